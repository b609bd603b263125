"""Start-up to the first paint of the main window, whole process, beside a bare PySide6 window.

Each sample is a fresh process (tests/bench/first_paint.py) started offscreen with no remembered
layout: interpreter start, imports, opening (and checking the schema of) the sample database,
building the main window and its first pane, and painting the first frame all count. The floor
is the same for a bare 1280x800 QMainWindow: what Python and Qt alone cost on this machine.
The CPU-time variant counts only the process's own CPU seconds up to that frame, a figure that
other work on a shared machine disturbs far less than the wall clock; issue 24 bounds it at 4x
the bare window's, from source. The first frame is the window on the contact list's first page
(app/ui/first_frame.py); the working main window takes its place once the database is fully
open, which `startup_main_window_paint` reports (no target).
"""

from __future__ import annotations

from tests.bench.first_paint import run_driver
from tests.bench.model import BenchEnv, Scenario


def app_first_paint(env: BenchEnv) -> float:
    return run_driver(env.python, env.scratch, env.database)["first_paint"]


def bare_window_first_paint(env: BenchEnv) -> float:
    return run_driver(env.python, env.scratch, None)["first_paint"]


def app_main_window_paint(env: BenchEnv) -> float:
    return run_driver(env.python, env.scratch, env.database, settle=True)["main_window_paint"]


def app_first_paint_cpu(env: BenchEnv) -> float:
    return run_driver(env.python, env.scratch, env.database)["first_paint_cpu"]


def bare_window_first_paint_cpu(env: BenchEnv) -> float:
    return run_driver(env.python, env.scratch, None)["first_paint_cpu"]


SCENARIOS = [
    Scenario(
        name="startup_first_paint",
        issue=10,
        measure=app_first_paint,
        floor=bare_window_first_paint,
        repeat=5,
    ),
    Scenario(
        name="startup_main_window_paint",
        issue=24,
        measure=app_main_window_paint,
        floor=bare_window_first_paint,
        repeat=5,
    ),
    Scenario(
        name="startup_first_paint_cpu",
        issue=24,
        measure=app_first_paint_cpu,
        floor=bare_window_first_paint_cpu,
        max_ratio=4.0,
        repeat=5,
    ),
]
