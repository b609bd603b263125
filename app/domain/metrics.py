"""The metric formulas of docs/architecture.md section 8, as pure functions over already-counted
figures.

SQL does the counting (services/analytics.py); these functions hold the one definition of each
metric so the dashboard, the CLI and the contact list agree. A figure that cannot be computed
(no responses, no customers) is None, never a made-up zero.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

LIFETIME_CAP_YEARS = 10.0
DAYS_PER_YEAR = 365.25


class Grouping(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"


class NpsClass(StrEnum):
    PROMOTER = "promoter"
    PASSIVE = "passive"
    DETRACTOR = "detractor"


def nps_class(score: int) -> NpsClass:
    """Promoters answer 9-10, passives 7-8, detractors 0-6."""
    if not 0 <= score <= 10:
        raise ValueError(f"NPS score {score} is outside 0-10")
    if score >= 9:
        return NpsClass.PROMOTER
    return NpsClass.PASSIVE if score >= 7 else NpsClass.DETRACTOR


def nps(promoters: int, passives: int, detractors: int) -> float | None:
    """100 x (promoters - detractors) / responses; None without responses."""
    responses = promoters + passives + detractors
    if responses < 1:
        return None
    return 100.0 * (promoters - detractors) / responses


def csat(satisfied: int, responses: int) -> float | None:
    """100 x (answers scoring 4 or 5) / answers; None without answers."""
    if responses < 1:
        return None
    return 100.0 * satisfied / responses


def share(part: int, whole: int) -> float | None:
    """A percentage of a count; None when there is nothing to divide by."""
    return None if whole < 1 else 100.0 * part / whole


def churn_rate(active_at_start: int, churned: int) -> float | None:
    """Customers active on a month's first day but not its last, over those active on the first."""
    return share(churned, active_at_start)


def yearly_churn(monthly_rates: list[float]) -> float | None:
    """Compound the mean monthly churn (a fraction 0-1) into a yearly fraction."""
    if not monthly_rates:
        return None
    mean = sum(monthly_rates) / len(monthly_rates)
    return 1.0 - (1.0 - mean) ** 12


def expected_lifetime_years(yearly_churn_fraction: float | None) -> float:
    """1 / yearly churn, capped at ten years (no churn at all also means the cap)."""
    if yearly_churn_fraction is None or yearly_churn_fraction <= 1.0 / LIFETIME_CAP_YEARS:
        return LIFETIME_CAP_YEARS
    return 1.0 / yearly_churn_fraction


def historical_clv(orders_minor: int, refunds_minor: int, credits_minor: int) -> int:
    """Orders minus refunds minus credits, in minor units (negative when refunds exceed orders)."""
    return orders_minor - refunds_minor - credits_minor


def orders_per_year(order_count: int, tenure_days: float, min_tenure_days: float) -> float:
    """Orders per year since the first order; tenure is floored (one order yesterday is not 365
    orders a year) at `min_tenure_days`, normally the churn window."""
    if order_count < 1:
        return 0.0
    return order_count * DAYS_PER_YEAR / max(tenure_days, min_tenure_days, 1.0)


def predicted_clv(
    average_order_minor: float, per_year: float, lifetime_years: float, gross_margin: float
) -> int:
    """Average order value x orders per year x expected lifetime x gross margin, rounded."""
    return round(average_order_minor * per_year * lifetime_years * gross_margin)


def quintile(rank: int, population: int) -> int:
    """Score 1-5 from a 1-based ascending rank (SQL RANK(), so ties share a score)."""
    if population < 1 or not 1 <= rank <= population:
        raise ValueError(f"rank {rank} outside 1..{population}")
    return 1 + (5 * (rank - 1)) // population


class RfmSegment(StrEnum):
    CHAMPIONS = "champions"
    LOYAL = "loyal"
    POTENTIAL_LOYALIST = "potential loyalist"
    NEW = "new"
    PROMISING = "promising"
    NEED_ATTENTION = "need attention"
    ABOUT_TO_SLEEP = "about to sleep"
    AT_RISK = "at risk"
    CANT_LOSE = "can't lose"
    HIBERNATING = "hibernating"


# (recency scores, frequency-monetary scores, segment): the usual R x FM grid; every cell once.
RFM_GRID: tuple[tuple[range, range, RfmSegment], ...] = (
    (range(5, 6), range(4, 6), RfmSegment.CHAMPIONS),
    (range(3, 5), range(4, 6), RfmSegment.LOYAL),
    (range(4, 6), range(2, 4), RfmSegment.POTENTIAL_LOYALIST),
    (range(5, 6), range(1, 2), RfmSegment.NEW),
    (range(4, 5), range(1, 2), RfmSegment.PROMISING),
    (range(3, 4), range(3, 4), RfmSegment.NEED_ATTENTION),
    (range(3, 4), range(1, 3), RfmSegment.ABOUT_TO_SLEEP),
    (range(1, 3), range(3, 5), RfmSegment.AT_RISK),
    (range(1, 3), range(5, 6), RfmSegment.CANT_LOSE),
    (range(1, 3), range(1, 3), RfmSegment.HIBERNATING),
)


def fm_score(frequency: int, monetary: int) -> int:
    """Frequency and monetary scores folded into one, halves rounded up."""
    return (frequency + monetary + 1) // 2


def rfm_segment(recency: int, frequency: int, monetary: int) -> RfmSegment:
    """The named segment of a customer's R, F and M scores (each 1-5)."""
    fm = fm_score(frequency, monetary)
    for r_range, fm_range, segment in RFM_GRID:
        if recency in r_range and fm in fm_range:
            return segment
    raise ValueError(f"RFM scores {recency}/{frequency}/{monetary} outside 1-5")


# Points each churn-risk reason adds (docs/architecture.md section 8); the SQL scoring reads
# these too.
OVERDUE_POINTS_PER_INTERVAL = 20  # per usual interval overdue beyond the first
OVERDUE_MAX_POINTS = 40
ONE_ORDER_POINTS = 15
LAPSED_POINTS = 20
URGENT_COMPLAINT_POINTS = 25
OPEN_COMPLAINT_POINTS = 10
DETRACTOR_POINTS = 20
PASSIVE_POINTS = 5
QUIET_POINTS = 10
QUIET_DAYS = 90

# English wording of each reason code; `{value}` is the reason's number. The UI words the same
# codes through its translation catalogue, so stored reasons carry no language.
REASON_TEXT: dict[str, str] = {
    "overdue": "no order for {value:.1f}\N{MULTIPLICATION SIGN} their usual interval",
    "one_order": "one order only, {value:.0f} days ago",
    "lapsed": "no order within the {value:.0f}-day window",
    "urgent_complaint": "open urgent complaint",
    "open_complaint": "{value:.0f} open complaint(s)",
    "detractor": "last NPS {value:.0f}",
    "passive": "last NPS {value:.0f}",
    "quiet": "no contact for {value:.0f} days",
}


@dataclass(frozen=True, slots=True)
class RiskReason:
    """One reason behind a churn-risk score: a stable code, its points and its number (days,
    a ratio, a count or a score; None when the code says it all). Worded only for display."""

    code: str
    points: int
    value: float | None = None

    @property
    def text(self) -> str:
        """The English sentence (CLI, JSON, logs); the UI translates the code instead."""
        return reason_text(self.code, self.value)


def reason_text(code: str, value: float | None) -> str:
    """English wording of a stored reason; an unknown code is shown as it is."""
    template = REASON_TEXT.get(code)
    if template is None:
        return code
    return template.format(value=0.0 if value is None else float(value))


def stored_reasons(detail: object) -> tuple[RiskReason, ...]:
    """The reasons of a contact_stats.churn_reasons value. Rows written before reasons were
    stored as codes carry an English `text` instead of a `value`: its number is taken from
    that text, so old rows read like new ones until the next refresh rewrites them."""
    items = detail.get("reasons", ()) if isinstance(detail, dict) else ()
    reasons = []
    for item in items if isinstance(items, list) else ():
        if not isinstance(item, dict):
            continue
        value = item.get("value")
        if value is None and isinstance(item.get("text"), str):
            number = _NUMBER.search(item["text"])
            value = float(number.group()) if number else None
        points = item.get("points", 0)
        reasons.append(
            RiskReason(
                str(item.get("code", "")),
                points if isinstance(points, int) else 0,
                value if isinstance(value, int | float) else None,
            )
        )
    return tuple(reasons)


_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


@dataclass(frozen=True, slots=True)
class RiskInputs:
    """What churn risk looks at for one customer (days are whole or fractional days)."""

    order_count: int
    days_since_last_order: float
    usual_interval_days: float | None  # mean gap between orders; None with one order
    churn_window_days: int
    open_complaints: int
    open_urgent_complaints: int
    last_nps: int | None
    days_since_last_interaction: float | None


def churn_risk(inputs: RiskInputs) -> tuple[int, tuple[RiskReason, ...]]:
    """A 0-100 score with every reason that added to it; customers without orders score 0.

    The reference definition: the bulk refresh scores in SQL (services/analytics_scoring.py)
    and its tests check it against this function.
    """
    if inputs.order_count < 1:
        return 0, ()
    reasons = [*_order_gap_reasons(inputs), *_complaint_reasons(inputs)]
    if inputs.last_nps is not None and inputs.last_nps <= 6:
        reasons.append(RiskReason("detractor", DETRACTOR_POINTS, inputs.last_nps))
    elif inputs.last_nps is not None and inputs.last_nps <= 8:
        reasons.append(RiskReason("passive", PASSIVE_POINTS, inputs.last_nps))
    quiet = inputs.days_since_last_interaction
    if quiet is not None and quiet >= QUIET_DAYS:
        reasons.append(RiskReason("quiet", QUIET_POINTS, int(quiet)))
    return min(100, sum(r.points for r in reasons)), tuple(reasons)


def _order_gap_reasons(inputs: RiskInputs) -> list[RiskReason]:
    days, window = inputs.days_since_last_order, inputs.churn_window_days
    reasons: list[RiskReason] = []
    usual = inputs.usual_interval_days
    if usual is not None and usual > 0 and days > usual:
        ratio = days / usual
        points = min(OVERDUE_MAX_POINTS, round(OVERDUE_POINTS_PER_INTERVAL * (ratio - 1)))
        if points > 0:
            reasons.append(RiskReason("overdue", points, round(ratio, 1)))
    elif usual is None and days > window / 2:
        reasons.append(RiskReason("one_order", ONE_ORDER_POINTS, int(days)))
    if days > window:
        reasons.append(RiskReason("lapsed", LAPSED_POINTS, window))
    return reasons


def _complaint_reasons(inputs: RiskInputs) -> list[RiskReason]:
    reasons: list[RiskReason] = []
    if inputs.open_urgent_complaints:
        reasons.append(RiskReason("urgent_complaint", URGENT_COMPLAINT_POINTS))
    others = inputs.open_complaints - inputs.open_urgent_complaints
    if others > 0:
        reasons.append(RiskReason("open_complaint", OPEN_COMPLAINT_POINTS, others))
    return reasons


def median(values: list[float]) -> float | None:
    """The middle value (mean of the two middle ones for an even count); None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


def period_start(day: date, grouping: Grouping) -> date:
    """The first day of the period holding `day` (weeks start on Monday)."""
    if grouping is Grouping.DAY:
        return day
    if grouping is Grouping.WEEK:
        return day - timedelta(days=day.weekday())
    if grouping is Grouping.MONTH:
        return day.replace(day=1)
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def next_period(start: date, grouping: Grouping) -> date:
    """The first day of the period after the one starting on `start`."""
    if grouping is Grouping.DAY:
        return start + timedelta(days=1)
    if grouping is Grouping.WEEK:
        return start + timedelta(days=7)
    months = 1 if grouping is Grouping.MONTH else 3
    total = start.year * 12 + start.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def periods(first: date, last: date, grouping: Grouping) -> list[date]:
    """Start days of every period touching first..last, in order (empty ones included)."""
    out: list[date] = []
    current = period_start(first, grouping)
    while current <= last:
        out.append(current)
        current = next_period(current, grouping)
    return out


def period_label(start: date, grouping: Grouping) -> str:
    """How a period is named in exports: 2026-03-02, 2026-W10, 2026-03, 2026-Q1."""
    if grouping is Grouping.DAY:
        return start.isoformat()
    if grouping is Grouping.WEEK:
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if grouping is Grouping.MONTH:
        return f"{start.year}-{start.month:02d}"
    return f"{start.year}-Q{(start.month - 1) // 3 + 1}"


def month_index(day: date) -> int:
    """Months since year 0, so cohort offsets are plain subtraction."""
    return day.year * 12 + day.month - 1


def add_months(day: date, months: int) -> date:
    """The first day of the month `months` after the month of `day`."""
    total = month_index(day) + months
    return date(total // 12, total % 12 + 1, 1)
