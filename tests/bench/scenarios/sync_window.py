"""Issue 23: a sync never blocks the window. The main window is open on a copy of the sample
that has joined a throwaway hub; another copy pushed a few thousand changes (edited contacts
and interactions, new tasks); the window's background sync pulls them and the open panes show
them. Measured: the worst stall of the window's event loop meanwhile (the longest gap between
two beats of a 5 ms timer, from the click on Sync Now until the pulled changes reached the
panes and the loop is quiet again), at most 100 ms.

The hub is the throwaway PostgreSQL of the sync scenarios (tests/bench/scenarios/sync.py).
"""

from __future__ import annotations

import atexit
import itertools
import shutil
import time
from typing import Any

from app.bootstrap import build_context
from app.config.paths import AppPaths
from app.services.sync.engine import SyncService
from app.storage.schema import head_revision
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from tests.bench.model import BenchEnv, Scenario
from tests.bench.scenarios.sync import _emptied, _new_hub, _template
from tests.sync.conftest import new_laptop

CONTACTS = 2000  # edited by the other copy each round, two fields each
INTERACTIONS = 1000  # their subjects edited
TASKS = 500  # new
BEAT_MS = 5
QUIET_S = 0.5  # after the sync: the panes' own reads of what it announced
_rounds = itertools.count(1)
_state: dict[str, Any] = {}


def _app() -> QApplication:
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication([])


def _setup(env: BenchEnv) -> None:
    """The window's copy uploads the sample to a new hub; the other copy downloads it."""
    if "window" in _state:
        return
    from app.ui.main_window import MainWindow  # noqa: PLC0415 - loads Qt widgets

    url = _new_hub("bench_window")
    folder = _emptied(env.scratch / "sync-window")
    paths = AppPaths.from_environment()
    mine = folder / "window.db"
    shutil.copyfile(env.database, mine)
    ctx = build_context(mine, paths=paths)
    SyncService(ctx.db, ctx.clock, head_revision()).sync(url)
    other = build_context(new_laptop(_template(folder), folder / "other.db"), paths=paths)
    other_sync = SyncService(other.db, other.clock, head_revision())
    other_sync.sync(url)
    _app()
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    window.show_pane("contacts")
    _settle(window, 2.0)
    _state.update(window=window, other=(other, other_sync))

    def close() -> None:
        window.close()
        ctx.close()
        other.close()

    atexit.register(close)


def _settle(window: Any, seconds: float) -> None:
    """Run the loop until the window's sync is idle and `seconds` passed without one."""
    app = _app()
    until = time.perf_counter() + seconds
    while window.sync.busy or time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.001)


def _push_changes() -> None:
    """The other copy's work of a day, sent to the hub (not timed)."""
    other, other_sync = _state["other"]
    tag = f"r{next(_rounds)}"
    with other.db.write() as session:
        session.execute(
            text(
                "UPDATE contact SET city = :t || '-' || id, notes = :t, version = version + 1 "
                "WHERE id IN (SELECT id FROM contact WHERE erased_at IS NULL ORDER BY random() "
                "LIMIT :n)"
            ),
            {"t": tag, "n": CONTACTS},
        )
        session.execute(
            text(
                "UPDATE interaction SET subject = :t, version = version + 1 WHERE id IN "
                "(SELECT id FROM interaction ORDER BY random() LIMIT :n)"
            ),
            {"t": tag, "n": INTERACTIONS},
        )
        session.execute(
            text(
                "INSERT INTO task (uid, created_at, updated_at, version, title, contact_id, "
                "priority, notes) SELECT lower(hex(randomblob(16))), datetime('now'), "
                "datetime('now'), 1, :t, id, 'normal', '' FROM contact "
                "WHERE erased_at IS NULL ORDER BY random() LIMIT :n"
            ),
            {"t": tag, "n": TASKS},
        )
    other_sync.sync()


def worst_stall(env: BenchEnv) -> float:
    """Sync Now clicked in the window; the longest the event loop went without a beat."""
    window = _state["window"]
    _push_changes()
    beats: list[float] = []
    clock = QElapsedTimer()
    beat = QTimer()
    beat.setInterval(BEAT_MS)
    beat.timeout.connect(lambda: beats.append(clock.nsecsElapsed() / 1e9))
    clock.start()
    beat.start()
    window.sync.action.trigger()
    if not window.sync.busy:
        raise RuntimeError("the window did not start a sync")
    _settle(window, QUIET_S)
    beat.stop()
    if window.sync.state.value != "idle":
        raise RuntimeError(f"the sync did not succeed: {window.sync.problem}")
    gaps = [later - earlier for earlier, later in itertools.pairwise([0.0, *beats])]
    return max(gaps) - BEAT_MS / 1000


SCENARIOS: list[Scenario] = [
    Scenario(
        name="sync: worst window stall during a background sync",
        issue=23,
        measure=worst_stall,
        target=0.1,
        setup=_setup,
        repeat=5,
    ),
]
