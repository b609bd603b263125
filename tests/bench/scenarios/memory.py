"""Peak memory (RSS) of the whole app, in MB, beside a bare PySide6 window's.

Fresh processes as for start-up (tests/bench/first_paint.py): the app opens the sample database,
paints its main window, optionally shows a pane, then waits until background work has been
quiet for a second before reading the process's peak RSS. The dashboard is opened by its
pane key, so the figure covers the real dashboard once it lands (an empty state until then).
Issue 24 bounds that at 220 MB on the medium sample and 250 MB on the large one.
"""

from __future__ import annotations

from tests.bench.first_paint import run_driver
from tests.bench.model import BenchEnv, Scenario


def app_database_open(env: BenchEnv) -> float:
    return run_driver(env.python, env.scratch, env.database, settle=True)["peak_rss_mb"]


def app_dashboard_shown(env: BenchEnv) -> float:
    return run_driver(env.python, env.scratch, env.database, pane="dashboard")["peak_rss_mb"]


def bare_window(env: BenchEnv) -> float:
    return run_driver(env.python, env.scratch, None, settle=True)["peak_rss_mb"]


SCENARIOS = [
    Scenario(
        name="memory_database_open",
        issue=10,
        measure=app_database_open,
        floor=bare_window,
        unit="MB",
        repeat=3,
        warmup=0,
    ),
    Scenario(
        name="memory_dashboard_shown",
        issue=24,
        measure=app_dashboard_shown,
        floor=bare_window,
        target=250.0,
        size_targets={"medium": 220.0},
        unit="MB",
        repeat=3,
        warmup=0,
    ),
]
