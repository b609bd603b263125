"""The docs/architecture.md section 8 formulas against small datasets worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest
from app.domain import metrics as m
from app.domain.metrics import Grouping, RfmSegment


def test_nps_counts_every_response_and_says_no_data_without_any() -> None:
    # scores 10, 9, 8, 7, 6, 0 -> 2 promoters, 2 passives, 2 detractors -> (2 - 2) / 6 = 0
    scores = [10, 9, 8, 7, 6, 0]
    classes = [m.nps_class(s) for s in scores]
    counts = [classes.count(c) for c in m.NpsClass]
    assert counts == [2, 2, 2]
    assert m.nps(*counts) == 0.0
    # 3 promoters, 0 passives, 1 detractor -> 100 * 2 / 4 = 50
    assert m.nps(3, 0, 1) == 50.0
    # only detractors -> -100
    assert m.nps(0, 0, 5) == -100.0
    assert m.nps(0, 0, 0) is None


@pytest.mark.parametrize(("score", "expected"), [(9, "promoter"), (8, "passive"), (6, "detractor")])
def test_nps_class_boundaries(score: int, expected: str) -> None:
    assert m.nps_class(score) == expected


def test_nps_class_rejects_a_score_outside_the_scale() -> None:
    with pytest.raises(ValueError, match="outside 0-10"):
        m.nps_class(11)


def test_csat_is_the_share_of_fours_and_fives() -> None:
    # answers 5, 4, 3, 1 -> 2 of 4 satisfied -> 50 %
    assert m.csat(2, 4) == 50.0
    assert m.csat(0, 0) is None


def test_churn_rate_and_its_yearly_compound() -> None:
    # 200 active on the 1st, 10 of them not active on the 30th -> 5 %
    assert m.churn_rate(200, 10) == 5.0
    assert m.churn_rate(0, 0) is None
    # a steady 5 % a month -> 1 - 0.95^12 = 0.4596...
    assert m.yearly_churn([0.05, 0.05]) == pytest.approx(0.459640, abs=1e-6)
    assert m.yearly_churn([]) is None


def test_expected_lifetime_is_capped_at_ten_years() -> None:
    assert m.expected_lifetime_years(0.25) == 4.0
    assert m.expected_lifetime_years(0.05) == 10.0  # 20 years, capped
    assert m.expected_lifetime_years(0.0) == 10.0
    assert m.expected_lifetime_years(None) == 10.0


def test_historical_clv_goes_negative_when_refunds_exceed_orders() -> None:
    # one order of 50.00, refunded 60.00 (goodwill), credit 5.00 -> -15.00
    assert m.historical_clv(5000, 6000, 500) == -1500


def test_predicted_clv_for_a_customer_with_one_order_uses_the_floored_tenure() -> None:
    # one order of 40.00 placed 10 days ago, window 180 days: 1 * 365.25 / 180 = 2.029 a year;
    # 4 years expected lifetime, margin 0.5 -> 4000 * 2.029166 * 4 * 0.5 = 16233.3 -> 16233
    per_year = m.orders_per_year(1, 10, 180)
    assert per_year == pytest.approx(2.029167, abs=1e-6)
    assert m.predicted_clv(4000, per_year, 4.0, 0.5) == 16233
    assert m.orders_per_year(0, 400, 180) == 0.0
    # 6 orders over two years (730.5 days) -> 3 a year
    assert m.orders_per_year(6, 730.5, 180) == 3.0


def test_quintiles_give_tied_customers_the_same_score() -> None:
    # five customers ranked 1, 2, 2, 4, 5 (two tied at rank 2) over a population of 5
    assert [m.quintile(r, 5) for r in (1, 2, 2, 4, 5)] == [1, 2, 2, 4, 5]
    # ten customers: ranks 1..10 -> two per score
    assert [m.quintile(r, 10) for r in range(1, 11)] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    # everyone tied at rank 1 -> everyone scores 1
    assert m.quintile(1, 3) == 1
    with pytest.raises(ValueError, match="outside"):
        m.quintile(6, 5)


@pytest.mark.parametrize(
    ("r", "f", "mon", "segment"),
    [
        (5, 5, 5, RfmSegment.CHAMPIONS),
        (5, 4, 3, RfmSegment.CHAMPIONS),  # FM = (4 + 3 + 1) // 2 = 4
        (4, 5, 4, RfmSegment.LOYAL),
        (3, 4, 4, RfmSegment.LOYAL),
        (5, 2, 2, RfmSegment.POTENTIAL_LOYALIST),
        (5, 1, 1, RfmSegment.NEW),
        (4, 1, 1, RfmSegment.PROMISING),
        (3, 3, 3, RfmSegment.NEED_ATTENTION),
        (3, 1, 2, RfmSegment.ABOUT_TO_SLEEP),
        (2, 4, 3, RfmSegment.AT_RISK),
        (1, 5, 5, RfmSegment.CANT_LOSE),
        (1, 1, 1, RfmSegment.HIBERNATING),
    ],
)
def test_rfm_segments(r: int, f: int, mon: int, segment: RfmSegment) -> None:
    assert m.rfm_segment(r, f, mon) is segment


def test_rfm_grid_covers_every_score_pair_exactly_once() -> None:
    for r in range(1, 6):
        for fm in range(1, 6):
            cells = [s for rr, ff, s in m.RFM_GRID if r in rr and fm in ff]
            assert len(cells) == 1, (r, fm, cells)


def _risk(**changes: object) -> m.RiskInputs:
    base = {
        "order_count": 4,
        "days_since_last_order": 30.0,
        "usual_interval_days": 30.0,
        "churn_window_days": 180,
        "open_complaints": 0,
        "open_urgent_complaints": 0,
        "last_nps": 9,
        "days_since_last_interaction": 5.0,
    }
    return m.RiskInputs(**{**base, **changes})  # type: ignore[arg-type]


def test_a_customer_on_schedule_has_no_risk() -> None:
    assert m.churn_risk(_risk()) == (0, ())


def test_churn_risk_explains_every_point() -> None:
    # 69 days since the last order against a usual 30 -> 2.3x -> round(20 * 1.3) = 26 points;
    # an open urgent complaint 25; last NPS 3 -> 20; 26 + 25 + 20 = 71
    score, reasons = m.churn_risk(
        _risk(days_since_last_order=69.0, open_complaints=1, open_urgent_complaints=1, last_nps=3)
    )
    assert score == 71
    assert [r.text for r in reasons] == [
        "no order for 2.3\N{MULTIPLICATION SIGN} their usual interval",
        "open urgent complaint",
        "last NPS 3",
    ]
    assert sum(r.points for r in reasons) == score


def test_churn_risk_is_capped_at_100() -> None:
    score, reasons = m.churn_risk(
        _risk(
            days_since_last_order=400.0,
            open_complaints=3,
            open_urgent_complaints=1,
            last_nps=0,
            days_since_last_interaction=200.0,
        )
    )
    # overdue 40 (capped) + lapsed 20 + urgent 25 + 2 other open 10 + detractor 20 + quiet 10
    assert sum(r.points for r in reasons) == 125
    assert score == 100


def test_churn_risk_of_one_order_customers_and_non_customers() -> None:
    score, reasons = m.churn_risk(
        _risk(order_count=1, usual_interval_days=None, days_since_last_order=100.0, last_nps=None)
    )
    assert (score, [r.code for r in reasons]) == (15, ["one_order"])
    assert m.churn_risk(_risk(order_count=0)) == (0, ())


def test_median_of_odd_even_and_empty_lists() -> None:
    assert m.median([5.0, 1.0, 3.0]) == 3.0
    assert m.median([4.0, 1.0, 3.0, 2.0]) == 2.5
    assert m.median([2.0, 2.0]) == 2.0
    assert m.median([]) is None


@pytest.mark.parametrize(
    ("grouping", "day", "start", "label"),
    [
        (Grouping.DAY, date(2026, 3, 31), date(2026, 3, 31), "2026-03-31"),
        (Grouping.WEEK, date(2026, 3, 8), date(2026, 3, 2), "2026-W10"),  # a Sunday
        (Grouping.WEEK, date(2026, 3, 2), date(2026, 3, 2), "2026-W10"),  # a Monday
        (Grouping.MONTH, date(2026, 3, 31), date(2026, 3, 1), "2026-03"),
        (Grouping.QUARTER, date(2026, 6, 30), date(2026, 4, 1), "2026-Q2"),
        (Grouping.QUARTER, date(2026, 1, 1), date(2026, 1, 1), "2026-Q1"),
    ],
)
def test_periods_on_their_boundaries(
    grouping: Grouping, day: date, start: date, label: str
) -> None:
    assert m.period_start(day, grouping) == start
    assert m.period_label(start, grouping) == label


def test_periods_list_every_period_including_empty_ones() -> None:
    months = m.periods(date(2025, 11, 15), date(2026, 2, 1), Grouping.MONTH)
    assert [m.period_label(p, Grouping.MONTH) for p in months] == [
        "2025-11",
        "2025-12",
        "2026-01",
        "2026-02",
    ]
    quarters = m.periods(date(2025, 12, 31), date(2026, 4, 1), Grouping.QUARTER)
    assert quarters == [date(2025, 10, 1), date(2026, 1, 1), date(2026, 4, 1)]
    assert m.next_period(date(2026, 12, 28), Grouping.WEEK) == date(2027, 1, 4)


def test_month_arithmetic_for_cohorts() -> None:
    assert m.month_index(date(2026, 1, 15)) - m.month_index(date(2025, 11, 1)) == 2
    assert m.add_months(date(2026, 1, 31), -2) == date(2025, 11, 1)
