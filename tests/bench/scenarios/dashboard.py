# ruff: noqa: S608 - the floor statements are constants written out by hand
"""Issue 6 benchmarks: the whole dashboard vs the same aggregates as hand-written SQL, and the
per-customer refresh of every contact.

The sample is copied into scratch once (it is migrated on open, which adds the analytics
indexes); both sides then read the same file in the same process.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from app.bootstrap import AppContext, build_context
from app.config.paths import AppPaths
from app.domain.clock import FixedClock
from app.services.analytics import Scope

from tests.bench.model import BenchEnv, Scenario

# The dashboard's default view on the sample: twelve months by month, ending on the data's end.
AS_OF = datetime(2026, 11, 22, 12, tzinfo=UTC)
A, B = "2025-12-01 00:00:00.000000", "2026-11-23 00:00:00.000000"
W = 180 * 86400

# The same aggregates, written by hand: one statement per chart, bound values inlined.
FLOOR_SQL: tuple[str, ...] = (
    "SELECT date(answered_at, 'start of month') p, sum(score >= 9), sum(score BETWEEN 7 AND 8),"
    " sum(score <= 6) FROM survey_response WHERE kind = 'nps' AND deleted_at IS NULL"
    f" AND answered_at >= '{A}' AND answered_at < '{B}' GROUP BY p",
    "SELECT date(answered_at, 'start of month') p, sum(score >= 4), count(*) FROM survey_response"
    f" WHERE kind = 'csat' AND deleted_at IS NULL AND answered_at >= '{A}' AND answered_at < '{B}'"
    " GROUP BY p",
    "WITH o AS (SELECT contact_id, unixepoch(date(occurred_at)) d,"
    " lag(unixepoch(date(occurred_at))) OVER w prev,"
    " lead(unixepoch(date(occurred_at))) OVER w nxt FROM txn WHERE kind = 'order'"
    " AND deleted_at IS NULL WINDOW w AS (PARTITION BY contact_id ORDER BY occurred_at))"
    f" SELECT 's', d, count(*) FROM o WHERE prev IS NULL OR prev + {W} <= d GROUP BY d UNION ALL"
    f" SELECT 'e', d + {W}, count(*) FROM o WHERE nxt IS NULL OR nxt >= d + {W} GROUP BY d",
    "SELECT date(occurred_at, 'start of month') p, sum(CASE kind WHEN 'order' THEN amount_minor"
    " ELSE -amount_minor END), count(*) FROM txn WHERE kind IN ('order', 'refund', 'credit')"
    f" AND deleted_at IS NULL AND occurred_at >= '{A}' AND occurred_at < '{B}' GROUP BY p",
    "WITH o AS (SELECT DISTINCT contact_id, CAST(strftime('%Y', occurred_at) AS INTEGER) * 12"
    " + CAST(strftime('%m', occurred_at) AS INTEGER) - 1 mi FROM txn WHERE kind = 'order'"
    " AND deleted_at IS NULL), x AS (SELECT mi, min(mi) OVER (PARTITION BY contact_id) c FROM o)"
    " SELECT c, mi - c, count(*) FROM x WHERE c >= 24311 GROUP BY c, mi - c",
    "SELECT count(*), avg(lifetime_value_minor), avg(predicted_clv_minor) FROM contact_stats"
    " WHERE order_count > 0",
    "SELECT rfm_segment, count(*) FROM contact_stats WHERE rfm_segment IS NOT NULL"
    " GROUP BY rfm_segment",
    "SELECT category, count(*) FROM complaint WHERE deleted_at IS NULL"
    f" AND opened_at >= '{A}' AND opened_at < '{B}' GROUP BY category",
    "SELECT date(opened_at, 'start of month') p, count(*), sum(resolved_at <= resolution_due_at),"
    f" avg(satisfaction) FROM complaint WHERE deleted_at IS NULL AND opened_at >= '{A}'"
    f" AND opened_at < '{B}' GROUP BY p",
)


def _copy(env: BenchEnv) -> Path:
    target = env.scratch / "dashboard.db"
    if not target.exists():
        shutil.copyfile(env.database, target)
    return target


def _context(env: BenchEnv) -> AppContext:
    paths = AppPaths.from_environment()
    return build_context(_copy(env), paths=paths, clock=FixedClock(AS_OF))


def setup(env: BenchEnv) -> None:
    """Copy, migrate and fill the per-customer cache once, so every sample reads warm."""
    ctx = _context(env)
    try:
        ctx.analytics.refresh_contact_stats()
    finally:
        ctx.close()


def dashboard(env: BenchEnv) -> float:
    ctx = _context(env)
    try:
        scope = Scope(datetime(2025, 12, 1).date(), AS_OF.date())
        started = time.perf_counter()
        ctx.analytics.dashboard(scope)
        return time.perf_counter() - started
    finally:
        ctx.close()


def dashboard_floor(env: BenchEnv) -> float:
    connection = sqlcipher.connect(str(_copy(env)))  # the app's driver: one driver per file
    try:
        started = time.perf_counter()
        for sql in FLOOR_SQL:
            connection.execute(sql).fetchall()
        return time.perf_counter() - started
    finally:
        connection.close()


def refresh(env: BenchEnv) -> float:
    ctx = _context(env)
    try:
        started = time.perf_counter()
        ctx.analytics.refresh_contact_stats()
        return time.perf_counter() - started
    finally:
        ctx.close()


SCENARIOS: list[Scenario] = [
    Scenario(
        "dashboard: whole dashboard, 12 months by month",
        6,
        dashboard,
        floor=dashboard_floor,
        target=0.5,
        max_ratio=2.0,
        setup=setup,
    ),
    Scenario("dashboard: per-customer refresh, all contacts", 6, refresh, target=2.0, setup=setup),
]


if __name__ == "__main__":
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/data/large.db")
    scratch = Path(sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="rapport-"))
    scratch.mkdir(parents=True, exist_ok=True)
    bench_env = BenchEnv("large", source, scratch, sys.executable)
    setup(bench_env)
    for scenario in SCENARIOS:
        figure = scenario.measure(bench_env)
        floor = scenario.floor(bench_env) if scenario.floor else None
        ratio = f" ratio {figure / floor:.2f} (floor {floor:.3f} s)" if floor else ""
        print(f"{scenario.name}: {figure:.3f} s{ratio}")
