# ruff: noqa: S608 - SQL text here is assembled from constants only; values are bound.
"""The per-customer figures (contact_stats) computed set-based in SQL.

A refresh of every contact must take about a second on 100,000 contacts, so no customer row
travels through Python: one statement gathers each contact's raw aggregates into a temporary
table, a few statements find the RFM quintile thresholds, and one upsert scores every customer
(churn risk with its reasons, predicted CLV, RFM segment) and writes only the rows whose
figures changed. The formulas are those of app.domain.metrics (the reference the tests compare
against); the points, the RFM grid and the English reason codes are read from there.

Quintiles: a customer's score for a measure is 1 + (5 x (rank - 1)) // population with SQL
RANK() over ascending values, so it only depends on how many customers have a smaller value.
Score >= k exactly when the value exceeds the p-th smallest value, p = ceil((k - 1) x pop / 5);
those four values per measure (the thresholds) are all a scoring needs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from app.domain import metrics as m
from app.domain.complaint_workflow import OPEN_STATUSES
from app.storage.sqlite_dialect import in_json_ids, julian_day

FRESH = "temp.fresh_stats"

# (measure, column in the fresh table, column in contact_stats)
MEASURES = (
    ("r", "last_order", "last_order_at"),
    ("f", "orders", "order_count"),
    ("m", "clv", "lifetime_value_minor"),
)


def _only(column: str, subset: bool) -> str:
    return f" AND {column} {in_json_ids('ids')}" if subset else ""


def fresh_sql(subset: bool) -> str:
    """CREATE the temporary table of raw aggregates per live contact (or per :ids contact).

    Contacts are read in id order (NOT INDEXED keeps the planner off the name index, while
    :ids still look rows up by id): the per-contact index probes into interactions and
    surveys then move forward through those indexes, which halves the full refresh."""
    statuses = ", ".join(sorted(f"'{s.value}'" for s in OPEN_STATUSES))
    return f"""
CREATE TEMP TABLE fresh_stats AS
WITH t AS (
  SELECT contact_id,
    sum(kind = 'order') AS orders,
    total(CASE kind WHEN 'order' THEN amount_minor WHEN 'refund' THEN -amount_minor
          WHEN 'credit' THEN -amount_minor ELSE 0 END) AS clv,
    total(CASE WHEN kind = 'order' THEN amount_minor END) AS order_sum,
    min(CASE WHEN kind = 'order' THEN occurred_at END) AS first_order,
    max(CASE WHEN kind = 'order' THEN occurred_at END) AS last_order
  FROM txn WHERE deleted_at IS NULL{_only("contact_id", subset)} GROUP BY contact_id),
oc AS (
  SELECT contact_id, count(*) AS open_n, sum(priority IN ('urgent', 'high')) AS urgent_n
  FROM complaint WHERE deleted_at IS NULL AND status IN ({statuses}){_only("contact_id", subset)}
  GROUP BY contact_id)
SELECT c.id AS contact_id, c.sort_name AS sort_name, coalesce(t.orders, 0) AS orders,
  CAST(coalesce(t.clv, 0) AS INTEGER) AS clv, coalesce(t.order_sum, 0) AS order_sum,
  t.first_order AS first_order, t.last_order AS last_order,
  (SELECT max(i.occurred_at) FROM interaction i
   WHERE i.contact_id = c.id AND i.deleted_at IS NULL) AS last_i,
  coalesce(oc.open_n, 0) AS open_n, coalesce(oc.urgent_n, 0) AS urgent_n,
  (SELECT s.score FROM survey_response s WHERE s.kind = 'nps' AND s.contact_id = c.id
   AND s.deleted_at IS NULL ORDER BY s.answered_at DESC LIMIT 1) AS last_nps
FROM contact c NOT INDEXED
LEFT JOIN t ON t.contact_id = c.id
LEFT JOIN oc ON oc.contact_id = c.id
WHERE c.deleted_at IS NULL{_only("c.id", subset)}
"""


def _cuts(pop: int) -> dict[int, int]:
    """The 1-based position p of the threshold value for each score k = 2..5."""
    return {k: -(-(k - 1) * pop // 5) for k in range(2, 6)}  # ceil((k - 1) * pop / 5)


def fresh_thresholds(connection: Connection) -> dict[str, Any] | None:
    """The quintile thresholds r2..m5 over the fresh table (one sort per measure); None
    without customers."""
    pop = connection.exec_driver_sql(f"SELECT count(*) FROM {FRESH} WHERE orders > 0").scalar()
    if not pop:
        return None
    cuts = _cuts(pop)
    wanted = ", ".join(str(p) for p in sorted(set(cuts.values())))
    found: dict[str, Any] = {}
    for measure, column, _ in MEASURES:
        rows: dict[int, Any] = dict(
            connection.exec_driver_sql(
                f"SELECT rn, v FROM (SELECT {column} AS v, row_number() OVER "
                f"(ORDER BY {column}) AS rn FROM {FRESH} WHERE orders > 0) WHERE rn IN ({wanted})"
            ).all()
        )
        found.update({f"{measure}{k}": rows[p] for k, p in cuts.items()})
    return found


def cached_thresholds(connection: Connection) -> dict[str, Any] | None:
    """The quintile thresholds over the cached figures, for scoring a few stale contacts on
    the scale of the last full refresh without re-ranking everyone: recency and monetary
    values are read at an offset of their indexes, frequency from a count per order count.
    None when nothing is cached."""
    pop = connection.exec_driver_sql(
        "SELECT count(*) FROM contact_stats WHERE order_count > 0"
    ).scalar()
    if not pop:
        return None
    found: dict[str, Any] = {}
    at_offset = {
        "r": "SELECT last_order_at FROM contact_stats WHERE last_order_at IS NOT NULL "
        "ORDER BY last_order_at LIMIT 1 OFFSET ?",
        "m": "SELECT lifetime_value_minor FROM contact_stats WHERE order_count > 0 "
        "ORDER BY lifetime_value_minor LIMIT 1 OFFSET ?",
    }
    counts = connection.exec_driver_sql(
        "SELECT order_count, count(*) FROM contact_stats WHERE order_count > 0 "
        "GROUP BY order_count ORDER BY order_count"
    ).all()
    for k, p in _cuts(pop).items():
        for measure, sql in at_offset.items():
            found[f"{measure}{k}"] = connection.exec_driver_sql(sql, (p - 1,)).scalar()
        found[f"f{k}"] = next(value for value, upto in _running(counts) if upto >= p)
    return found


def _running(counts: Sequence[Any]) -> list[tuple[int, int]]:
    """(value, how many values are <= it) from (value, count) rows in ascending order."""
    total, out = 0, []
    for value, n in counts:
        total += n
        out.append((value, total))
    return out


def _half_even(expr: str) -> str:
    """SQL rounding to an integer the way Python's round() does (halves to the even number)."""
    return (
        f"CAST(CASE WHEN ({expr}) - floor({expr}) = 0.5 AND CAST(floor({expr}) AS INTEGER) % 2 = 0 "
        f"THEN floor({expr}) ELSE round({expr}) END AS INTEGER)"
    )


def _score(measure: str, column: str) -> str:
    return "(1 + " + " + ".join(f"({column} > :{measure}{k})" for k in range(2, 6)) + ")"


def _segment_case() -> str:
    """RFM segment from the r and fm scores, generated from the domain's grid."""
    cases = " ".join(
        f"WHEN r BETWEEN {rs.start} AND {rs.stop - 1} AND fm BETWEEN {fs.start} AND {fs.stop - 1} "
        f"THEN '{segment.value.replace(chr(39), chr(39) * 2)}'"
        for rs, fs, segment in m.RFM_GRID
    )
    return f"CASE {cases} END"


def _reason(code: str, points: str, value: str) -> str:
    """One JSON reason object (with a leading comma) when `points` > 0, else ''."""
    return (
        f'CASE WHEN {points} > 0 THEN \',{{"code":"{code}","points":\' || {points} '
        f"|| ',\"value\":' || {value} || '}}' ELSE '' END"
    )


_POINTS = (
    ("overdue", "overdue", "round(since / usual, 1)"),
    ("one_order", "one_order", "CAST(since AS INTEGER)"),
    ("lapsed", "lapsed", ":window"),
    ("urgent_complaint", "urgent", "'null'"),
    ("open_complaint", "open_c", "(open_n - urgent_n)"),
    ("detractor", "detractor", "last_nps"),
    ("passive", "passive", "last_nps"),
    ("quiet", "quiet", "CAST(since_i AS INTEGER)"),
)

STATS_COLUMNS = (
    "contact_id, lifetime_value_minor, order_count, last_order_at, last_interaction_at, "
    "open_complaints, predicted_clv_minor, rfm_segment, churn_risk, churn_reasons, sort_name"
)  # sort_name: the contact's, copied so the list's stats sorts break ties by name


def upsert_sql() -> str:
    """Score every fresh row and write the rows whose figures differ; RETURNING their ids.

    Binds :now (Julian day), :window (churn window days), :lifetime (years), :margin and the
    twelve thresholds r2..m5.
    """
    first, last, last_i = (julian_day(c) for c in ("first_order", "last_order", "last_i"))
    overdue = f"{float(m.OVERDUE_POINTS_PER_INTERVAL)} * (since / usual - 1)"
    points = " + ".join(p for _, p, _ in _POINTS)
    reasons = " || ".join(_reason(code, p, v) for code, p, v in _POINTS)
    per_year = f"(orders * {m.DAYS_PER_YEAR} / max(tenure, :window, 1.0))"
    predicted = _half_even(f"order_sum / orders * {per_year} * :lifetime * :margin")
    compared = STATS_COLUMNS.split(", ")[1:]
    updates = ", ".join(f"{c} = excluded.{c}" for c in [*compared, "computed_at"])
    old = ", ".join(f"contact_stats.{c}" for c in compared)
    new = ", ".join(f"excluded.{c}" for c in compared)
    return f"""
WITH g AS MATERIALIZED (
  SELECT *, :now - {first} AS tenure, :now - {last} AS since,
    :now - {last_i} AS since_i FROM {FRESH}),
u AS (SELECT *, CASE WHEN orders > 1 THEN (tenure - since) / (orders - 1) END AS usual FROM g),
p AS MATERIALIZED (
  SELECT *,
    CASE WHEN usual > 0 AND since > usual
      THEN min({m.OVERDUE_MAX_POINTS}, {_half_even(overdue)}) ELSE 0 END AS overdue,
    CASE WHEN usual IS NULL AND since > :window / 2.0 THEN {m.ONE_ORDER_POINTS} ELSE 0 END
      AS one_order,
    CASE WHEN since > :window THEN {m.LAPSED_POINTS} ELSE 0 END AS lapsed,
    CASE WHEN urgent_n > 0 THEN {m.URGENT_COMPLAINT_POINTS} ELSE 0 END AS urgent,
    CASE WHEN open_n - urgent_n > 0 THEN {m.OPEN_COMPLAINT_POINTS} ELSE 0 END AS open_c,
    CASE WHEN last_nps <= 6 THEN {m.DETRACTOR_POINTS} ELSE 0 END AS detractor,
    CASE WHEN last_nps BETWEEN 7 AND 8 THEN {m.PASSIVE_POINTS} ELSE 0 END AS passive,
    CASE WHEN since_i >= {m.QUIET_DAYS} THEN {m.QUIET_POINTS} ELSE 0 END AS quiet,
    {_score("r", "last_order")} AS r,
    ({_score("f", "orders")} + {_score("m", "clv")} + 1) / 2 AS fm
  FROM u)
INSERT INTO contact_stats ({STATS_COLUMNS}, computed_at)
SELECT contact_id, clv, orders, last_order, last_i, open_n,
  CASE WHEN orders > 0 THEN {predicted} END,
  CASE WHEN orders > 0 THEN {_segment_case()} END,
  CASE WHEN orders > 0 THEN min(100, {points}) END,
  CASE WHEN orders > 0 THEN '{{"reasons":[' || substr({reasons}, 2) || ']}}' ELSE '{{}}' END,
  sort_name, :stamp
FROM p WHERE true
ON CONFLICT (contact_id) DO UPDATE SET {updates}
WHERE ({old}) IS NOT ({new})
RETURNING contact_id
"""
