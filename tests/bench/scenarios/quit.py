"""Issue 24: quitting on the large sample. Each sample is a fresh process on a copy of the
sample (tests/bench/first_paint.py, `quit_after`): the app opens, settles, adds one contact so
the session has changed data (which starts the backup on close), then gets Ctrl+Q. Measured:
seconds from the key until the main window is off screen, which once waited for the whole
backup. The floor is the same keystroke closing a bare QMainWindow.
"""

from __future__ import annotations

import shutil

from tests.bench.first_paint import run_driver
from tests.bench.model import BenchEnv, Scenario

COPY_NAME = "quit-sample.db"


def _copy_sample(env: BenchEnv) -> None:
    """The app writes (a contact, its audit entries): it gets a copy, made once."""
    env.scratch.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(env.database, env.scratch / COPY_NAME)


def app_window_gone(env: BenchEnv) -> float:
    database = env.scratch / COPY_NAME
    figures = run_driver(env.python, env.scratch, database, quit_after=True)
    if not figures["windows_left"]:
        raise RuntimeError("closing started no backup, so the sample guards nothing")
    return figures["quit_seconds"]


def bare_window_gone(env: BenchEnv) -> float:
    return run_driver(env.python, env.scratch, None, quit_after=True)["quit_seconds"]


SCENARIOS = [
    Scenario(
        name="quit.window_gone_after_ctrl_q",
        issue=24,
        measure=app_window_gone,
        floor=bare_window_gone,
        target=1.0,
        setup=_copy_sample,
        repeat=3,
    ),
]
