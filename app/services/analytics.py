# ruff: noqa: S608 - SQL text here is assembled from constants only; values are bound.
"""Analytics: the metrics of docs/architecture.md section 8 as SQL aggregates, plus the
per-customer cache.

Every figure is counted in SQL (GROUP BY, window functions); Python only turns the counted
figures into metrics with app.domain.metrics and fills the periods SQL found nothing for with
"no data" (value None, n 0), never a zero. Periods are calendar periods in UTC.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.domain import metrics as m
from app.domain.business_hours import BusinessCalendar
from app.domain.clock import Clock
from app.domain.contact_query import ContactFilter
from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.domain.metrics import Grouping
from app.domain.progress import Cancelled, Progress, never_cancelled, no_progress
from app.services import analytics_scoring as scoring
from app.services.changes import Changes
from app.services.contacts import contact_ids_matching
from app.services.settings import SettingsService
from app.storage import rollups
from app.storage.audit import AuditTrail
from app.storage.database import Database
from app.storage.models import RollupState, Segment, Staff
from app.storage.sqlite_dialect import (
    day_of,
    day_of_unix,
    in_json_ids,
    month_index,
    next_period_start,
    period_start,
    unix_seconds,
)

MINOR_PER_MAJOR = 100  # money is shown in major units; every currency used so far has 2 digits
CLV_BINS = 20
STORED_TIME = "%Y-%m-%d %H:%M:%S.%f"  # how UTCDateTime columns are written in SQLite


@dataclass(frozen=True, slots=True)
class Point:
    """One period of a series: `value` None means no data; `n` is the sample size behind it."""

    start: date
    label: str
    value: float | None
    n: int
    parts: tuple[tuple[str, float], ...] = ()  # e.g. NPS promoter/passive/detractor shares


@dataclass(frozen=True, slots=True)
class Figure:
    """A single figure over the whole range, with its sample size."""

    value: float | None
    n: int


@dataclass(frozen=True, slots=True)
class Scope:
    """What to compute over: an inclusive date range, a grouping and an optional filter."""

    start: date
    end: date
    grouping: Grouping = Grouping.MONTH
    stage: str | None = None
    source: str | None = None
    tag: str | None = None
    owner_id: int | None = None
    segment: str | None = None

    def previous(self) -> Scope:
        """The range of the same length just before this one (for "change vs previous")."""
        length = self.end - self.start
        end = self.start - timedelta(days=1)
        return replace(self, start=end - length, end=end)


@dataclass(frozen=True, slots=True)
class Kpi:
    key: str
    current: Figure
    previous: Figure


@dataclass(frozen=True, slots=True)
class CohortRow:
    """A cohort (month of first order): its size and retention % at months 0, 1, 2, ..."""

    start: date
    label: str
    size: int
    retention: tuple[float | None, ...]


@dataclass(frozen=True, slots=True)
class Cohorts:
    rows: tuple[CohortRow, ...]
    average: tuple[Point, ...]  # start/label unused (month offset in `label`), weighted mean


@dataclass(frozen=True, slots=True)
class Distribution:
    """A histogram (bin lower edges in major units) with its mean, median and sample size."""

    edges: tuple[float, ...]
    counts: tuple[int, ...]
    mean: float | None
    median: float | None
    n: int
    over: int = 0  # values at or above `top` (the 95th percentile): an open-ended last bin
    top: float | None = None


@dataclass(frozen=True, slots=True)
class ComplaintFigures:
    by_category: tuple[tuple[str, int], ...]
    volume: tuple[Point, ...]
    median_resolution_hours: tuple[Point, ...]
    sla_met: tuple[Point, ...]
    satisfaction: tuple[Point, ...]
    median_first_response_hours: Figure
    median_resolution_hours_overall: Figure
    sla_met_overall: Figure
    reopen_rate: Figure
    remedy_share: Figure
    recovery_satisfaction: Figure
    nps_before: Figure
    nps_after: Figure


@dataclass(frozen=True, slots=True)
class Dashboard:
    scope: Scope
    kpis: tuple[Kpi, ...]
    nps: tuple[Point, ...]
    csat: tuple[Point, ...]
    churn: tuple[Point, ...]
    active: tuple[Point, ...]
    revenue: tuple[Point, ...]
    cohorts: Cohorts
    clv_historical: Distribution
    clv_predicted: Distribution
    rfm: tuple[tuple[str, int], ...]
    complaints: ComplaintFigures
    currency: str  # ISO 4217 code of the money figures (revenue, CLV): the business's
    computed_at: datetime = field(compare=False, default=datetime.min.replace(tzinfo=UTC))


def stored(moment: datetime | date) -> str:
    """A bound parameter in the stored text form of UTC times (dates mean their midnight)."""
    if not isinstance(moment, datetime):
        moment = datetime(moment.year, moment.month, moment.day, tzinfo=UTC)
    return moment.astimezone(UTC).strftime(STORED_TIME)


class _Filter:
    """The contact filter of a scope as an SQL condition on `<alias>.contact_id` plus params.

    `rollups` is True when every live contact counts and the caller allows the rollup tables
    (app/storage/rollups.py), which hold exactly the live contacts' figures.
    """

    def __init__(self, session: Session, scope: Scope, rollups: bool = True) -> None:
        self.params: dict[str, Any] = {}
        conditions = ["fc.deleted_at IS NULL"]
        rules = _segment_rules(session, scope.segment) if scope.segment else {}
        for key, value in (
            ("stage", scope.stage or rules.get("stage")),
            ("source", scope.source or rules.get("source")),
            ("owner_id", scope.owner_id or rules.get("owner_id")),
        ):
            if value is not None:
                conditions.append(f"fc.{key} = :f_{key}")
                self.params[f"f_{key}"] = value
        tag = scope.tag or rules.get("tag")
        if tag is not None:
            conditions.append(
                "EXISTS (SELECT 1 FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
                "WHERE ct.contact_id = fc.id AND ct.deleted_at IS NULL AND t.name = :f_tag)"
            )
            self.params["f_tag"] = tag
        if rules.get("rfm_segment"):
            conditions.append(
                "fc.id IN (SELECT contact_id FROM contact_stats WHERE rfm_segment = :f_rfm)"
            )
            self.params["f_rfm"] = rules["rfm_segment"]
        if rules.get("list_filter"):
            conditions.append(f"fc.id IN ({_ids_sql(session, rules['list_filter'])})")
        self.rollups = rollups and len(conditions) == 1
        # Without a filter and without deleted contacts every row counts: skip the join.
        needed = len(conditions) > 1 or session.scalar(
            text("SELECT EXISTS (SELECT 1 FROM contact WHERE deleted_at IS NOT NULL)")
        )
        self._where = " AND ".join(conditions) if needed else ""

    def rows(self, base: str, alias: str) -> _Rows:
        """Where to count live rows of `base` (survey_response or txn) for this filter: the
        base table itself, or its day rollup when `rollups` allows it."""
        if self.rollups:
            return _Rows(f"{_DAY_ROLLUP[base]} {alias}", f"{alias}.day", f"{alias}.n", "da", "db")
        moment = "answered_at" if base == "survey_response" else "occurred_at"
        where = f"{alias}.deleted_at IS NULL{self.on(alias)}"
        return _Rows(f"{base} {alias}", f"{alias}.{moment}", "1", "a", "b", where)

    def on(self, alias: str) -> str:
        """' AND <alias>.contact_id IN (...)', or '' when every contact counts."""
        if not self._where:
            return ""
        return f" AND {alias}.contact_id IN (SELECT fc.id FROM contact fc WHERE {self._where})"


_DAY_ROLLUP = {"survey_response": "survey_day", "txn": "ledger_day"}


@dataclass(frozen=True, slots=True)
class _Rows:
    """A row source for counting: `weight` is how many base rows one row stands for, `low` and
    `high` name the range bounds (from _range) that fit its time column."""

    table: str
    moment: str
    weight: str
    low: str
    high: str
    where: str = ""

    def within(self) -> str:
        """The WHERE conditions: live rows of the filter's contacts inside the range."""
        live = f"{self.weight} != 0" if not self.where else self.where
        return f"{live} AND {self.moment} >= :{self.low} AND {self.moment} < :{self.high}"


_SIMPLE_RULE_KEYS = frozenset({"stage", "source", "tag", "owner_id"})


def _segment_rules(session: Session, name: str) -> dict[str, Any]:
    """A saved segment's rule: its simple keys (stage, source, tag, owner_id) as they are, a
    rule saved from the contact list (any other key) as `list_filter`, the ContactFilter the
    list itself runs; else an RFM segment name."""
    rule = session.scalar(
        select(Segment.rule).where(Segment.name == name, Segment.deleted_at.is_(None))
    )
    if rule is not None:
        if set(rule) <= _SIMPLE_RULE_KEYS:
            return dict(rule)
        return {"list_filter": ContactFilter.from_rule(rule)}
    if name in {s.value for s in m.RfmSegment}:
        return {"rfm_segment": name}
    raise UserError(
        QT_TRANSLATE_NOOP("UserError", "There is no segment named '{name}'."), name=name
    )


def _ids_sql(session: Session, query: ContactFilter) -> str:
    """The contact list's own query for `query` as SQL text with its values inlined, so a
    segment counts on the dashboard exactly the contacts the list shows for it. Colons are
    escaped because the text goes into `text()`, which would read ':word' as a parameter."""
    statement = contact_ids_matching(query)
    compiled = statement.compile(bind=session.get_bind(), compile_kwargs={"literal_binds": True})
    return str(compiled).replace(":", "\\:")


class AnalyticsService:
    def __init__(
        self, db: Database, clock: Clock, audit: AuditTrail, settings: SettingsService
    ) -> None:
        self._db, self._clock, self._audit, self._settings = db, clock, audit, settings

    def default_scope(self, grouping: Grouping = Grouping.MONTH) -> Scope:
        """The last twelve whole-or-current months up to today."""
        today = self._clock.now().date()
        return Scope(m.add_months(today, -11), today, grouping)

    def owners(self) -> list[tuple[int, str]]:
        """Staff who can own contacts, for the owner filter."""
        with self._db.read() as session:
            rows = session.execute(
                select(Staff.id, Staff.name).where(Staff.deleted_at.is_(None)).order_by(Staff.name)
            )
            return [(row.id, row.name) for row in rows]

    # -- the whole dashboard ---------------------------------------------------------------

    def dashboard(
        self,
        scope: Scope,
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
        *,
        from_rollups: bool = True,
    ) -> Dashboard:
        """Every chart's figures for `scope`; stops early when cancelled.

        The complaint figures are read on a second connection while the rest are read on
        this one (SQLite releases the GIL while it works, so both cores are used). Without a
        contact filter, churn and cohorts come from the trigger-maintained rollups unless
        `from_rollups` is False (tests compare both ways).
        """
        _check_scope(scope)
        window = self._settings.business().churn_window_days
        if self.contact_stats_missing():
            self.refresh_contact_stats()
        self.ensure_rollups(window)
        with ThreadPoolExecutor(max_workers=1) as pool:
            complaints = pool.submit(self._complaints_apart, scope, from_rollups)
            try:
                results = self._dashboard_steps(scope, window, from_rollups, progress, cancelled)
            finally:
                if not complaints.running():
                    complaints.cancel()
            results["complaints"] = complaints.result()
        (nps, csat), (churn, active) = results["surveys"], results["churn"]
        clv_historical, clv_predicted, rfm = results["value"]
        return Dashboard(
            scope=scope,
            kpis=results["kpis"],
            nps=nps,
            csat=csat,
            churn=churn,
            active=active,
            revenue=results["revenue"],
            cohorts=results["cohorts"],
            clv_historical=clv_historical,
            clv_predicted=clv_predicted,
            rfm=rfm,
            complaints=results["complaints"],
            currency=self._settings.business().currency,
            computed_at=self._clock.now(),
        )

    def _complaints_apart(self, scope: Scope, from_rollups: bool) -> ComplaintFigures:
        with self._db.read() as session:
            return self._complaints(session, _Filter(session, scope, from_rollups), scope)

    def _dashboard_steps(
        self,
        scope: Scope,
        window: int,
        from_rollups: bool,
        progress: Progress,
        cancelled: Cancelled,
    ) -> dict[str, Any]:
        """Every figure but the complaints, read in one snapshot, step by step."""
        with self._db.read() as session:
            flt = _Filter(session, scope, from_rollups)
            steps: list[tuple[str, Callable[[], Any]]] = [
                (
                    "surveys",
                    lambda: (self._nps(session, flt, scope), self._csat(session, flt, scope)),
                ),
                ("churn", lambda: self._churn_and_active(session, flt, scope, window)),
                ("revenue", lambda: self._revenue(session, flt, scope)),
                ("cohorts", lambda: self._cohorts(session, flt, scope)),
                ("value", lambda: (*self._clv(session, flt), self._rfm(session, flt))),
                ("kpis", lambda: self._kpis(session, flt, scope, window)),
            ]
            results: dict[str, Any] = {}
            for number, (name, step) in enumerate(steps):
                if cancelled():
                    raise UserError(
                        QT_TRANSLATE_NOOP("UserError", "The dashboard calculation was cancelled.")
                    )
                progress(name, number / len(steps))
                results[name] = step()
            return results

    def ensure_rollups(self, window: int) -> None:
        """Rebuild the spell and cohort rollups when they were built for another churn window."""
        with self._db.read() as session:
            built = session.scalar(select(RollupState.churn_window_days))
        if built == window:
            return
        with self._db.write() as session:
            for statement in rollups.rebuild(window):
                session.execute(text(statement))
            self._audit.record(session, "rollups.rebuild", "rollup_state", None, f"window={window}")

    # -- surveys ---------------------------------------------------------------------------

    def _survey_counts(
        self, session: Session, flt: _Filter, scope: Scope, kind: str, buckets: str
    ) -> dict[date, tuple[int, ...]]:
        src = flt.rows("survey_response", "s")
        sql = (
            f"SELECT {period_start(src.moment, scope.grouping)} AS p, "
            f"{buckets.format(w=src.weight)} FROM {src.table} "
            f"WHERE s.kind = :kind AND {src.within()} GROUP BY p"
        )
        rows = session.execute(text(sql), {**_range(scope), "kind": kind, **flt.params})
        return {date.fromisoformat(r[0]): tuple(int(v or 0) for v in r[1:]) for r in rows}

    def _nps(self, session: Session, flt: _Filter, scope: Scope) -> tuple[Point, ...]:
        counts = self._survey_counts(
            session,
            flt,
            scope,
            "nps",
            "sum((s.score >= 9) * {w}), sum((s.score BETWEEN 7 AND 8) * {w}), "
            "sum((s.score <= 6) * {w})",
        )
        return _fill(scope, counts, _nps_point)

    def _csat(self, session: Session, flt: _Filter, scope: Scope) -> tuple[Point, ...]:
        counts = self._survey_counts(
            session, flt, scope, "csat", "sum((s.score >= 4) * {w}), sum({w})"
        )
        return _fill(scope, counts, lambda c: (m.csat(c[0], c[1]), c[1], ()))

    # -- churn and active customers ----------------------------------------------------------

    def _churn_and_active(
        self, session: Session, flt: _Filter, scope: Scope, window: int
    ) -> tuple[tuple[Point, ...], tuple[Point, ...]]:
        """Churn per period and active customers at each period's end, from activity spells.

        A spell starts at an order not covered by the window of the previous one and ends on
        the lapse day (order day + window) of an order not followed within the window. Active
        on day D = spells started by D minus spells ended by D. Churned in a period = spells
        ending inside it (after its first day) with no new order before the period ends; this
        holds while the window is at least as long as the period (the default 180 days is).
        """
        period, after = period_start(day_of_unix("e"), scope.grouping), "next_p"
        day = unix_seconds(day_of("t.occurred_at"))
        sql = (
            f"WITH o AS (SELECT t.contact_id, {day} AS d, "
            f"lag({day}) OVER w AS prev, "
            f"lead({day}) OVER w AS nxt "
            f"FROM txn t WHERE t.kind = 'order' AND t.deleted_at IS NULL{flt.on('t')} "
            "WINDOW w AS (PARTITION BY t.contact_id ORDER BY t.occurred_at)), "
            "ends AS (SELECT d + :w AS e, nxt FROM o WHERE nxt IS NULL OR nxt >= d + :w) "
            "SELECT 's', d, count(*), 0, 0 FROM o WHERE prev IS NULL OR prev + :w <= d GROUP BY d "
            "UNION ALL "
            f"SELECT 'e', e, count(*), sum(nxt IS NULL OR nxt >= {unix_seconds(after)}), "
            "sum(nxt IS NULL OR nxt > :cap) FROM "
            f"(SELECT e, nxt, {next_period_start(period, scope.grouping)} AS {after} FROM ends) "
            "GROUP BY e"
        )
        params = {"w": window * 86400, "cap": _epoch(scope.end), **flt.params}
        if flt.rollups:
            sql = _SPELL_SQL.format(next_p=next_period_start(period, scope.grouping))
        rows = session.execute(text(sql), params).all()
        starts = [(int(r[1]), int(r[2])) for r in rows if r[0] == "s"]
        ends = [(int(r[1]), int(r[2]), int(r[3]), int(r[4])) for r in rows if r[0] == "e"]
        return _spell_series(scope, starts, ends)

    # -- money -------------------------------------------------------------------------------

    def _revenue(self, session: Session, flt: _Filter, scope: Scope) -> tuple[Point, ...]:
        """Net revenue (orders - refunds - credits) per period, n = ledger rows counted."""
        src = flt.rows("txn", "t")
        sql = (
            f"SELECT {period_start(src.moment, scope.grouping)} AS p, "
            "sum(CASE t.kind WHEN 'order' THEN t.amount_minor "
            "WHEN 'refund' THEN -t.amount_minor WHEN 'credit' THEN -t.amount_minor END), "
            f"sum({src.weight}) FROM {src.table} WHERE t.kind IN ('order', 'refund', 'credit') "
            f"AND {src.within()} GROUP BY p"
        )
        rows = session.execute(text(sql), {**_range(scope), **flt.params})
        found = {date.fromisoformat(r[0]): (int(r[1]), int(r[2])) for r in rows}
        return _fill(scope, found, lambda c: (c[0] / MINOR_PER_MAJOR, c[1], ()))

    def _cohorts(self, session: Session, flt: _Filter, scope: Scope) -> Cohorts:
        """Cohorts whose first order falls in the range; retention up to the range's end."""
        month = month_index("t.occurred_at")
        sql = (
            f"WITH o AS (SELECT DISTINCT t.contact_id, {month} AS mi FROM txn t "
            f"WHERE t.kind = 'order' AND t.deleted_at IS NULL{flt.on('t')}), "
            "x AS (SELECT mi, min(mi) OVER (PARTITION BY contact_id) AS c FROM o) "
            "SELECT c, mi - c AS k, count(*) FROM x "
            "WHERE c BETWEEN :c0 AND :c1 AND mi <= :c1 GROUP BY c, k"
        )
        if flt.rollups:
            sql = (
                "SELECT cohort, k, n FROM cohort_cell "
                "WHERE cohort BETWEEN :c0 AND :c1 AND cohort + k <= :c1 AND n > 0"
            )
        first, last = m.month_index(scope.start), m.month_index(scope.end)
        found = {
            (int(c), int(k)): int(n)
            for c, k, n in session.execute(text(sql), {"c0": first, "c1": last, **flt.params})
        }
        return _cohort_table(first, last, found)

    def _clv(self, session: Session, flt: _Filter) -> tuple[Distribution, Distribution]:
        """Historical and predicted CLV of customers with orders, from the per-customer cache."""
        # The partial index of each column holds it for buyers alone: medians are index walks.
        base = "FROM contact_stats s INDEXED BY {} WHERE s.order_count > 0" + flt.on("s")
        return (
            _distribution(
                session,
                "s.lifetime_value_minor",
                base.format("ix_contact_stats_buyer_ltv"),
                flt.params,
            ),
            _distribution(
                session,
                "s.predicted_clv_minor",
                base.format("ix_contact_stats_buyer_pclv"),
                flt.params,
            ),
        )

    def _rfm(self, session: Session, flt: _Filter) -> tuple[tuple[str, int], ...]:
        sql = (
            "SELECT s.rfm_segment, count(*) FROM contact_stats s "
            f"WHERE s.rfm_segment IS NOT NULL{flt.on('s')} GROUP BY s.rfm_segment"
        )
        counts: dict[str, int] = {str(k): int(v) for k, v in session.execute(text(sql), flt.params)}
        return tuple((s.value, int(counts.get(s.value, 0))) for s in m.RfmSegment)

    # -- complaints --------------------------------------------------------------------------

    def _complaints(self, session: Session, flt: _Filter, scope: Scope) -> ComplaintFigures:
        """Complaints opened in the range. Response and resolution times are business hours
        (the complaint SLA's calendar; paused_seconds are business seconds already)."""
        where = "c.deleted_at IS NULL AND c.opened_at >= :a AND c.opened_at < :b" + flt.on("c")
        params = {**_range(scope), **flt.params}
        _tabulate_business_time(session, self._settings.complaints().calendar(), where, params)
        category_sql = (
            f"SELECT c.category, count(*) FROM complaint c WHERE {where} "
            "GROUP BY c.category ORDER BY count(*) DESC, c.category"
        )
        by_category = tuple(
            (str(k), int(n)) for k, n in session.execute(text(category_sql), params)
        )
        period = period_start("c.opened_at", scope.grouping)
        resolution = f"{_business_hours('c.resolved_at')} - c.paused_seconds / 3600.0"
        first_response = _business_hours("c.first_response_at")
        per_period = session.execute(
            text(
                f"SELECT {period} AS p, count(*), "
                "sum(c.resolved_at IS NOT NULL AND c.resolution_due_at IS NOT NULL), "
                "sum(c.resolved_at <= c.resolution_due_at), "
                "sum(c.satisfaction), count(c.satisfaction) "
                f"FROM complaint c WHERE {where} GROUP BY p"
            ),
            params,
        ).all()
        rows = {date.fromisoformat(r[0]): tuple(int(v or 0) for v in r[1:]) for r in per_period}
        # Business hours cost several lookups per complaint: measure each complaint once.
        session.execute(text("DROP TABLE IF EXISTS temp.complaint_hours"))
        session.execute(
            text(
                f"CREATE TEMP TABLE complaint_hours AS SELECT {period} AS p, "
                f"{resolution} AS resolution, {first_response} AS first_response "
                f"FROM complaint c WHERE {where}"
            ),
            params,
        )
        medians = _medians(session, "resolution", "p")
        totals = [sum(r[i] for r in rows.values()) for i in range(5)]
        overall_median = _medians(session, "resolution", "'all'").get("all")
        first_median = _medians(session, "first_response", "'all'").get("all")
        session.execute(text("DROP TABLE temp.complaint_hours"))
        reopened, resolved, remedied = (
            int(v or 0)
            for v in session.execute(
                text(
                    "SELECT sum(c.reopen_count > 0), sum(c.resolved_at IS NOT NULL), "
                    "sum(c.resolved_at IS NOT NULL AND c.remedy != 'none') "
                    f"FROM complaint c WHERE {where}"
                ),
                params,
            ).one()
        )
        before, after = self._complainant_nps(session, where, params)
        return ComplaintFigures(
            by_category=by_category,
            volume=_fill(scope, rows, lambda c: (float(c[0]), c[0], ())),
            median_resolution_hours=_fill(
                scope,
                {p: medians[p.isoformat()] for p in rows if p.isoformat() in medians},
                lambda v: (v[0], v[1], ()),
            ),
            sla_met=_fill(scope, rows, lambda c: (m.share(c[2], c[1]), c[1], ())),
            satisfaction=_fill(scope, rows, lambda c: (c[3] / c[4] if c[4] else None, c[4], ())),
            median_first_response_hours=_figure(first_median),
            median_resolution_hours_overall=_figure(overall_median),
            sla_met_overall=Figure(m.share(totals[2], totals[1]), totals[1]),
            reopen_rate=Figure(m.share(reopened, totals[0]), totals[0]),
            remedy_share=Figure(m.share(remedied, resolved), resolved),
            recovery_satisfaction=Figure(totals[3] / totals[4] if totals[4] else None, totals[4]),
            nps_before=before,
            nps_after=after,
        )

    def _complainant_nps(
        self, session: Session, where: str, params: dict[str, Any]
    ) -> tuple[Figure, Figure]:
        """NPS of complainants' last answer before opening vs their first after resolution."""
        pick = (
            "(SELECT s.score FROM survey_response s WHERE s.contact_id = c.contact_id "
            "AND s.kind = 'nps' AND s.deleted_at IS NULL AND s.answered_at {cmp} "
            "ORDER BY s.answered_at {order} LIMIT 1)"
        )
        before = pick.format(cmp="< c.opened_at", order="DESC")
        after = pick.format(cmp="> c.resolved_at", order="ASC")
        sql = (
            # MATERIALIZED: each answer is looked up once, not once per sum() that reads it.
            "WITH x AS MATERIALIZED (SELECT "
            f"{before} AS b, CASE WHEN c.resolved_at IS NOT NULL THEN {after} END AS a "
            f"FROM complaint c WHERE {where}) "
            "SELECT sum(b >= 9), sum(b BETWEEN 7 AND 8), sum(b <= 6), "
            "sum(a >= 9), sum(a BETWEEN 7 AND 8), sum(a <= 6) FROM x"
        )
        c = [int(v or 0) for v in session.execute(text(sql), params).one()]
        return (
            Figure(m.nps(c[0], c[1], c[2]), sum(c[:3])),
            Figure(m.nps(c[3], c[4], c[5]), sum(c[3:])),
        )

    # -- KPI tiles -----------------------------------------------------------------------------

    def _kpis(self, session: Session, flt: _Filter, scope: Scope, window: int) -> tuple[Kpi, ...]:
        """NPS, CSAT, churn, active customers and open complaints, now and one range earlier."""
        figures = [self._kpi_figures(session, flt, s, window) for s in (scope, scope.previous())]
        keys = ("nps", "csat", "churn", "active", "open_complaints")
        return tuple(Kpi(k, figures[0][k], figures[1][k]) for k in keys)

    def _kpi_figures(
        self, session: Session, flt: _Filter, scope: Scope, window: int
    ) -> dict[str, Figure]:
        whole = replace(scope, grouping=Grouping.DAY)
        src = flt.rows("survey_response", "s")
        w = src.weight
        survey_sql = (
            f"SELECT sum((s.kind = 'nps' AND s.score >= 9) * {w}), "
            f"sum((s.kind = 'nps' AND s.score BETWEEN 7 AND 8) * {w}), "
            f"sum((s.kind = 'nps' AND s.score <= 6) * {w}), "
            f"sum((s.kind = 'csat' AND s.score >= 4) * {w}), sum((s.kind = 'csat') * {w}) "
            f"FROM {src.table} WHERE s.kind IN ('nps', 'csat') AND {src.within()}"
        )
        row = session.execute(text(survey_sql), {**_range(whole), **flt.params}).one()
        p, pa, d, sat, total = (int(v or 0) for v in row)
        active_start, churned, active_end = self._range_churn(session, flt, scope, window)
        open_sql = (
            "SELECT count(*) FROM complaint c WHERE c.deleted_at IS NULL "
            "AND c.opened_at < :b AND (c.resolved_at IS NULL OR c.resolved_at >= :b)"
            f"{flt.on('c')}"
        )
        open_now = int(session.scalar(text(open_sql), {**_range(whole), **flt.params}) or 0)
        return {
            "nps": Figure(m.nps(p, pa, d), p + pa + d),
            "csat": Figure(m.csat(sat, total), total),
            "churn": Figure(m.churn_rate(active_start, churned), active_start),
            "active": Figure(float(active_end), active_end),
            "open_complaints": Figure(float(open_now), open_now),
        }

    def _range_churn(
        self, session: Session, flt: _Filter, scope: Scope, window: int
    ) -> tuple[int, int, int]:
        """(active on the first day, of those not active on the last day, active on the last)."""
        sql = (
            "WITH per AS (SELECT t.contact_id, "
            "max(t.occurred_at >= :fa AND t.occurred_at < :fb) AS on_first, "
            "max(t.occurred_at >= :la AND t.occurred_at < :lb) AS on_last "
            f"FROM txn t WHERE t.kind = 'order' AND t.deleted_at IS NULL{flt.on('t')} "
            "AND t.occurred_at >= :fa AND t.occurred_at < :lb GROUP BY t.contact_id) "
            "SELECT sum(on_first), sum(on_first AND NOT on_last), sum(on_last) FROM per"
        )
        first, last = scope.start, scope.end
        if flt.rollups:
            spells = session.execute(
                text(_RANGE_CHURN_SQL), {"f": _epoch(first), "l": _epoch(last)}
            )
            at_first, lapsed, at_last = spells.one()
            return int(at_first), int(lapsed), int(at_last)
        params = {
            "fa": stored(first - timedelta(days=window - 1)),
            "fb": stored(first + timedelta(days=1)),
            "la": stored(last - timedelta(days=window - 1)),
            "lb": stored(last + timedelta(days=1)),
            **flt.params,
        }
        row = session.execute(text(sql), params).one()
        return int(row[0] or 0), int(row[1] or 0), int(row[2] or 0)

    # -- the per-customer cache ----------------------------------------------------------------

    def contact_stats_missing(self) -> bool:
        """True when customers have orders but the per-customer cache is empty."""
        with self._db.read() as session:
            return bool(
                session.scalar(
                    text(
                        "SELECT NOT EXISTS (SELECT 1 FROM contact_stats) "
                        "AND EXISTS (SELECT 1 FROM txn WHERE kind = 'order')"
                    )
                )
            )

    def refresh_contact_stats(self, contact_ids: Iterable[int] | None = None) -> Changes:
        """Recompute the cached per-customer figures (all contacts, or only `contact_ids`).

        Set-based in SQL (services/analytics_scoring.py); only rows whose figures changed are
        written, so `Changes` names just those. A full refresh ranks every customer for the RFM
        quintiles once; a partial one scores its contacts against the thresholds of the cached
        figures (the last full refresh's scale) instead of re-ranking everyone. Predicted CLV
        uses the yearly churn of all customers either way. Stale marks of the refreshed
        contacts are cleared in the same transaction.
        """
        business = self._settings.business()
        window = business.churn_window_days
        self.ensure_rollups(window)
        now = self._clock.now()
        wanted = None if contact_ids is None else sorted(set(contact_ids))
        with self._db.write() as session:
            connection = session.connection()
            cuts = None if wanted is None else scoring.cached_thresholds(connection)
            if cuts is None:
                wanted = None  # a full refresh, or nothing cached to score against yet
            ids = {} if wanted is None else {"ids": json.dumps(wanted)}
            connection.exec_driver_sql(f"DROP TABLE IF EXISTS {scoring.FRESH}")
            connection.execute(text(scoring.fresh_sql(wanted is not None)), ids)
            if wanted is None:
                cuts = scoring.fresh_thresholds(connection)
            lifetime = m.expected_lifetime_years(self._yearly_churn(session, now.date(), window))
            params = {
                "now": _julian(now),
                "window": window,
                "lifetime": lifetime,
                "margin": business.gross_margin,
                "stamp": stored(now),
                **{f"{k}{n}": None for k, *_ in scoring.MEASURES for n in range(2, 6)},
                **(cuts or {}),
            }
            changed = set(session.scalars(text(scoring.upsert_sql()), params))
            gone = "contact_id NOT IN (SELECT contact_id FROM temp.fresh_stats)"
            only = "" if wanted is None else f" AND contact_id {in_json_ids('ids')}"
            changed |= set(
                session.scalars(
                    text(f"DELETE FROM contact_stats WHERE {gone}{only} RETURNING contact_id"), ids
                )
            )
            session.execute(text(f"DELETE FROM contact_stats_dirty WHERE true{only}"), ids)
            connection.exec_driver_sql(f"DROP TABLE {scoring.FRESH}")
            self._audit.record(
                session,
                "contact_stats.refresh",
                "contact_stats",
                None,
                f"contacts={'all' if wanted is None else len(wanted)} changed={len(changed)}",
            )
        return Changes(contacts=frozenset(changed))

    def refresh_stale_contact_stats(self) -> Changes:
        """Refresh just the contacts whose data changed since their figures were computed
        (marked by triggers on the ledger, interactions, complaints, surveys and contacts)."""
        with self._db.read() as session:
            stale = list(session.scalars(text("SELECT contact_id FROM contact_stats_dirty")))
        if not stale:
            return Changes()
        return self.refresh_contact_stats(stale)

    def _yearly_churn(self, session: Session, today: date, window: int) -> float | None:
        """Yearly churn compounded from the last twelve whole months of churn (all customers)."""
        last_month_end = today.replace(day=1) - timedelta(days=1)
        scope = Scope(m.add_months(last_month_end, -11), last_month_end, Grouping.MONTH)
        churn, _ = self._churn_and_active(session, _Filter(session, scope), scope, window)
        rates = [p.value / 100 for p in churn if p.value is not None]
        return m.yearly_churn(rates)


# -- helpers ---------------------------------------------------------------------------------


def _check_scope(scope: Scope) -> None:
    if scope.end < scope.start:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The period ends ({end}) before it starts ({start})."),
            end=scope.end,
            start=scope.start,
        )


def _range(scope: Scope) -> dict[str, str]:
    """Bounds for `>= :a AND < :b` covering the scope's first to last day inclusive."""
    first, after = m.period_start(scope.start, scope.grouping), scope.end + timedelta(days=1)
    return {
        "a": stored(first),
        "b": stored(after),
        "da": first.isoformat(),  # the same bounds for the rollups' 'YYYY-MM-DD' days
        "db": after.isoformat(),
    }


def _fill(
    scope: Scope,
    found: dict[date, Any],
    make: Callable[[Any], tuple[float | None, int, tuple[tuple[str, float], ...]]],
) -> tuple[Point, ...]:
    """One point per period of the scope; periods SQL found nothing for say "no data"."""
    points = []
    for start in m.periods(scope.start, scope.end, scope.grouping):
        label = m.period_label(start, scope.grouping)
        if start in found:
            value, n, parts = make(found[start])
            points.append(Point(start, label, value, n, parts))
        else:
            points.append(Point(start, label, None, 0))
    return tuple(points)


def _nps_point(c: tuple[int, ...]) -> tuple[float | None, int, tuple[tuple[str, float], ...]]:
    promoters, passives, detractors = c
    n = promoters + passives + detractors
    parts = tuple(
        (cls.value, 100.0 * count / n)
        for cls, count in zip(m.NpsClass, (promoters, passives, detractors), strict=True)
    )
    return m.nps(promoters, passives, detractors), n, parts


def _spell_series(
    scope: Scope,
    starts: Sequence[tuple[int, int]],
    ends: Sequence[tuple[int, int, int, int]],
) -> tuple[tuple[Point, ...], tuple[Point, ...]]:
    """Churn and active-customer points per period from per-day spell starts and ends.

    `ends` rows: lapse day, spells ending, of those not renewed before their period ends, of
    those not renewed by the range's last day (used for the period the range cuts short)."""
    started = _Cumulative([(d, n) for d, n in starts])
    ended = _Cumulative([(d, n) for d, n, _, _ in ends])
    lapsed = _Cumulative([(d, c) for d, _, c, _ in ends])
    lapsed_by_end = _Cumulative([(d, c) for d, _, _, c in ends])
    churn, active = [], []
    for start in m.periods(scope.start, scope.end, scope.grouping):
        # A period still running (or past the range) ends on the range's last day: lapses
        # further on are only a forecast.
        period_end = _epoch(m.next_period(start, scope.grouping)) - 86400
        first, last = _epoch(start), min(period_end, _epoch(scope.end))
        label = m.period_label(start, scope.grouping)
        at_start = started.upto(first) - ended.upto(first)
        counted = lapsed if last == period_end else lapsed_by_end
        churned = counted.upto(last) - counted.upto(first)
        churn.append(Point(start, label, m.churn_rate(at_start, churned), at_start))
        at_end = started.upto(last) - ended.upto(last)
        active.append(Point(start, label, float(at_end), at_end))
    return tuple(churn), tuple(active)


class _Cumulative:
    """Running totals of per-day counts, asked "how many up to and including day D"."""

    def __init__(self, per_day: list[tuple[int, int]]) -> None:
        per_day.sort()
        self._days = [d for d, _ in per_day]
        self._totals = list(accumulate(n for _, n in per_day))

    def upto(self, day: int) -> int:
        i = bisect_right(self._days, day)
        return self._totals[i - 1] if i else 0


def _epoch(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())


def _cohort_table(first: int, last: int, found: dict[tuple[int, int], int]) -> Cohorts:
    rows = []
    for c in range(first, last + 1):
        start = date(c // 12, c % 12 + 1, 1)
        size = found.get((c, 0), 0)
        shares = tuple(m.share(found.get((c, k), 0), size) for k in range(last - c + 1))
        rows.append(CohortRow(start, m.period_label(start, Grouping.MONTH), size, shares))
    average = []
    for k in range(last - first + 1):
        reached = range(first, last + 1 - k)
        size = sum(found.get((c, 0), 0) for c in reached)
        kept = sum(found.get((c, k), 0) for c in reached)
        average.append(
            Point(date(first // 12, first % 12 + 1, 1), str(k), m.share(kept, size), size)
        )
    return Cohorts(tuple(rows), tuple(average))


def _distribution(session: Session, column: str, base: str, params: dict[str, Any]) -> Distribution:
    """A histogram of a money column from 0 (or the minimum) to its 95th percentile, in major
    units; what lies above is counted apart (`over`), so the chart shows it as an open-ended
    bin instead of a spike."""
    n, mean, low = session.execute(
        text(f"SELECT count({column}), avg({column}), min({column}) {base}"),
        params,
    ).one()
    if not n:
        return Distribution((), (), None, None, 0)
    at = f"SELECT {column} {base} AND {column} IS NOT NULL ORDER BY {column} LIMIT 1 OFFSET :o"
    median = session.scalar(text(at), {**params, "o": (n - 1) // 2})
    if n % 2 == 0:
        median = (median + session.scalar(text(at), {**params, "o": n // 2})) / 2
    high = session.scalar(text(at), {**params, "o": min(n - 1, int(n * 0.95))})
    low = min(0, int(low))
    width = max(1.0, (float(high) - low) / CLV_BINS)
    bins = f"min(max(CAST(({column} - :low) / :width AS INTEGER), 0), {CLV_BINS})"
    grouped = session.execute(
        text(f"SELECT {bins} AS b, count(*) {base} AND {column} IS NOT NULL GROUP BY b"),
        {**params, "low": low, "width": width},
    )
    found = {int(b): int(n) for b, n in grouped}
    return Distribution(
        edges=tuple((low + i * width) / MINOR_PER_MAJOR for i in range(CLV_BINS)),
        counts=tuple(int(found.get(i, 0)) for i in range(CLV_BINS)),
        mean=float(mean) / MINOR_PER_MAJOR,
        median=float(median) / MINOR_PER_MAJOR,
        n=int(n),
        over=found.get(CLV_BINS, 0),
        top=(low + CLV_BINS * width) / MINOR_PER_MAJOR,
    )


def _medians(session: Session, column: str, period: str) -> dict[str, tuple[float, int]]:
    """Median of a temp.complaint_hours column per period (SQLite has no median(): the middle
    row(s) by window)."""
    sql = (
        f"WITH v AS (SELECT {period} AS p, {column} AS x FROM temp.complaint_hours "
        f"WHERE {column} IS NOT NULL), "
        "r AS (SELECT p, x, row_number() OVER (PARTITION BY p ORDER BY x) AS rn, "
        "count(*) OVER (PARTITION BY p) AS n FROM v) "
        "SELECT p, avg(x), max(n) FROM r WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY p"
    )
    return {str(p): (float(x), int(n)) for p, x, n in session.execute(text(sql))}


def _tabulate_business_time(
    session: Session, calendar: BusinessCalendar, where: str, params: dict[str, Any]
) -> None:
    """Fill this connection's temp.work_period with every working period (epoch seconds) from
    the first opening to the last response or resolution of the complaints `where` selects,
    each with the business seconds before it, so SQL can measure business time by lookups."""
    first, last = session.execute(
        text(
            "SELECT min(c.opened_at), max(max(coalesce(c.resolved_at, c.opened_at), "
            f"coalesce(c.first_response_at, c.opened_at))) FROM complaint c WHERE {where}"
        ),
        params,
    ).one()
    session.execute(
        text("CREATE TEMP TABLE IF NOT EXISTS work_period (s REAL PRIMARY KEY, e REAL, cum REAL)")
    )
    session.execute(text("DELETE FROM temp.work_period"))
    if first is None:
        return
    day, end = date.fromisoformat(first[:10]) - timedelta(days=1), date.fromisoformat(last[:10])
    rows, before = [], 0.0
    while day <= end + timedelta(days=1):
        for start, stop in calendar.periods_on(day):
            rows.append({"s": start.timestamp(), "e": stop.timestamp(), "cum": before})
            before += (stop - start).total_seconds()
        day += timedelta(days=1)
    if rows:
        session.execute(text("INSERT INTO temp.work_period VALUES (:s, :e, :cum)"), rows)


def _business_hours(end: str) -> str:
    """SQL for the business hours from c.opened_at to `end` (NULL when `end` is NULL), from
    temp.work_period: the business time before each instant, subtracted."""

    def position(moment: str) -> str:
        x = f"({unix_seconds(moment)} + CAST(substr({moment}, 20) AS REAL))"  # exact to 1 µs
        return (
            f"coalesce((SELECT w.cum + min(max({x} - w.s, 0), w.e - w.s) FROM temp.work_period w "
            f"WHERE w.s <= {x} ORDER BY w.s DESC LIMIT 1), 0)"
        )

    return (
        f"(CASE WHEN {end} IS NOT NULL THEN "
        f"max({position(end)} - {position('c.opened_at')}, 0) / 3600.0 END)"
    )


def _figure(found: tuple[float, int] | None) -> Figure:
    return Figure(None, 0) if found is None else Figure(found[0], found[1])


# Churn starts and ends per day from the spell rollup; the same rows as the base-table query.
_SPELL_SQL = (
    "SELECT 's', start_day, count(*), 0, 0 FROM order_spell GROUP BY start_day "
    "UNION ALL "
    "SELECT 'e', e, sum(n), sum(CASE WHEN nxt IS NULL OR nxt >= np THEN n ELSE 0 END), "
    "sum(CASE WHEN nxt IS NULL OR nxt > :cap THEN n ELSE 0 END) FROM "
    f"(SELECT e, nxt, n, {unix_seconds('{next_p}')} AS np FROM "
    "(SELECT end_day AS e, next_start AS nxt, count(*) AS n FROM order_spell "
    "GROUP BY end_day, next_start)) GROUP BY e"
)

# (active on day f, of those not active on day l, active on day l): a spell covers day D
# when start_day <= D < end_day, and a customer has at most one spell covering a day; a spell
# covering f that lasts past l covers l too, so only the earlier-ending ones need a look.
_RANGE_CHURN_SQL = (
    "SELECT (SELECT count(*) FROM order_spell WHERE end_day > :f AND start_day <= :f), "
    "(SELECT count(*) FROM order_spell a WHERE a.end_day > :f AND a.start_day <= :f "
    "AND a.end_day <= :l AND NOT EXISTS (SELECT 1 FROM order_spell b "
    "WHERE b.contact_id = a.contact_id AND b.start_day > a.start_day "
    "AND b.start_day <= :l AND b.end_day > :l)), "
    "(SELECT count(*) FROM order_spell WHERE end_day > :l AND start_day <= :l)"
)


def _julian(moment: datetime) -> float:
    return moment.timestamp() / 86400.0 + 2440587.5


# -- the `rapport stats` report ------------------------------------------------------------------


def stats_scope(
    default: Scope, start: str | None, end: str | None, by: str, segment: str | None
) -> Scope:
    """The scope asked for on the command line; dates are YYYY-MM-DD."""
    last = _parse_day(end, "--to") if end else default.end
    first = _parse_day(start, "--from") if start else m.add_months(last, -11)
    return Scope(first, last, Grouping(by), segment=segment)


FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)  # what the figures can span


def _parse_day(raw: str, option: str) -> date:
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "'{raw}' is not a date in the form YYYY-MM-DD ({option})."
            ),
            raw=raw,
            option=option,
        ) from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "{option} {raw} is out of range; give a day from {first} to {last}."
            ),
            option=option,
            raw=raw,
            first=FIRST_DAY.isoformat(),
            last=LAST_DAY.isoformat(),
        )
    return day


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def series_json(points: Iterable[Point]) -> list[dict[str, Any]]:
    """[{"period": "2025-03", "value": 12.5, "n": 240}, ...]; value null means no data."""
    return [{"period": p.label, "value": _r(p.value), "n": p.n} for p in points]


def figure_json(figure: Figure) -> dict[str, Any]:
    return {"value": _r(figure.value), "n": figure.n}


def distribution_json(d: Distribution) -> dict[str, Any]:
    return {
        "mean": _r(d.mean),
        "median": _r(d.median),
        "n": d.n,
        "bins": [{"from": _r(e), "count": c} for e, c in zip(d.edges, d.counts, strict=True)],
        "over": {"from": _r(d.top), "count": d.over},
    }


def stats_payload(board: Dashboard) -> dict[str, Any]:
    """The `rapport stats --json` document (README "Command line")."""
    c = board.complaints
    return {
        "nps": series_json(board.nps),
        "csat": series_json(board.csat),
        "churn": series_json(board.churn),
        "cohorts": {
            "rows": [
                {"cohort": r.label, "size": r.size, "retention": [_r(v) for v in r.retention]}
                for r in board.cohorts.rows
            ],
            "average": [
                {"month": int(p.label), "value": _r(p.value), "n": p.n}
                for p in board.cohorts.average
            ],
        },
        "clv": {
            "historical": distribution_json(board.clv_historical),
            "predicted": distribution_json(board.clv_predicted),
        },
        "rfm": dict(board.rfm),
        "complaints": {
            "by_category": dict(c.by_category),
            "volume": series_json(c.volume),
            "median_resolution_hours": series_json(c.median_resolution_hours),
            "sla_met": series_json(c.sla_met),
            "satisfaction": series_json(c.satisfaction),
            "median_first_response_hours": figure_json(c.median_first_response_hours),
            "median_resolution_hours_overall": figure_json(c.median_resolution_hours_overall),
            "sla_met_overall": figure_json(c.sla_met_overall),
            "reopen_rate": figure_json(c.reopen_rate),
            "remedy_share": figure_json(c.remedy_share),
            "recovery_satisfaction": figure_json(c.recovery_satisfaction),
            "nps_before": figure_json(c.nps_before),
            "nps_after": figure_json(c.nps_after),
        },
    }
