"""Timeline and quick-log benchmarks (issue 4), each beside the raw SQL doing the same job.

GUI scenarios time from building the widget (or clicking the filter) to the list viewport's
first real paint. Run alone: `python -m tests.bench.scenarios.timeline [DB]`.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QListView

from tests.bench.model import BenchEnv, Scenario

_STATE: dict[str, Any] = {}
PAGE = 200
FIRST_PAGE = 60  # what the list asks for first (app.ui.timeline.model.FIRST_PAGE)
SEARCH_WORDS = ("quote", "voicemail")  # common words of the sample's subjects, alternated


def _app() -> QApplication:
    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication([])


def _database(env: BenchEnv) -> Path:
    """A migrated copy of the sample in scratch (the timeline indexes come with 0003)."""
    target = env.scratch / "timeline-bench.db"
    if not target.exists():
        env.scratch.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(env.database, target)
    return target


def _ctx(env: BenchEnv) -> Any:
    if "ctx" not in _STATE:
        from app.bootstrap import build_context  # noqa: PLC0415 - after QT_QPA_PLATFORM
        from app.config.paths import AppPaths  # noqa: PLC0415

        home = env.scratch / "home"
        paths = AppPaths(home / "data", home / "config", home / "logs")
        _app()
        _STATE["ctx"] = build_context(_database(env), paths=paths)
    return _STATE["ctx"]


def _heavy_contact(env: BenchEnv) -> int:
    with sqlite3.connect(_database(env)) as con:
        return int(con.execute("SELECT min(id) FROM contact").fetchone()[0])


class _PaintWatch(QObject):
    """Ends `loop` when the watched viewport paints.

    The waits use a QEventLoop, not a processEvents() loop: PySide6 6.12's processEvents()
    drops a reference to None on every call, and thousands of calls abort the interpreter.
    """

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.loop.quit)
        return False


def _until_painted(
    view: QListView, start: float, action: Callable[[], None] | None = None
) -> float:
    loop = QEventLoop()
    watch = _PaintWatch(loop)
    view.viewport().installEventFilter(watch)
    if action is not None:
        action()
    loop.exec()
    elapsed = time.perf_counter() - start
    view.viewport().removeEventFilter(watch)
    return elapsed


class _ResultsPaintWatch(_PaintWatch):
    """Ends `loop` at the first paint once the search's page has landed."""

    def __init__(self, loop: QEventLoop, model: Any) -> None:
        super().__init__(loop)
        self.model = model

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.model.searching:
            QTimer.singleShot(0, self.loop.quit)
        return False


def _settle() -> None:
    """Let the (delayed) background per-channel counts finish outside the timed part."""
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)
    loop.exec()
    QThreadPool.globalInstance().waitForDone()
    QTimer.singleShot(0, loop.quit)
    loop.exec()


def contact_paint(env: BenchEnv) -> float:
    from app.ui.timeline.view import ContactTimelineWidget  # noqa: PLC0415

    ctx, contact = _ctx(env), _heavy_contact(env)
    start = time.perf_counter()
    widget = ContactTimelineWidget(ctx, contact)
    widget.resize(1280, 800)
    widget.show()
    elapsed = _until_painted(widget.view.list, start)
    _settle()
    widget.close()
    widget.deleteLater()
    return elapsed


def contact_floor(env: BenchEnv) -> float:
    contact = _heavy_contact(env)
    start = time.perf_counter()
    with sqlite3.connect(_database(env)) as con:
        con.execute(
            "SELECT * FROM interaction WHERE contact_id = ? AND deleted_at IS NULL "
            "ORDER BY occurred_at DESC LIMIT ?",
            (contact, PAGE),
        ).fetchall()
    return time.perf_counter() - start


def global_paint(env: BenchEnv) -> float:
    from app.ui.timeline.view import TimelinePane  # noqa: PLC0415

    ctx = _ctx(env)
    start = time.perf_counter()
    pane = TimelinePane(ctx)
    pane.resize(1280, 800)
    pane.show()
    elapsed = _until_painted(pane.view.list, start)
    _settle()
    _STATE["pane"] = pane
    return elapsed


def global_floor(env: BenchEnv) -> float:
    start = time.perf_counter()
    with sqlite3.connect(_database(env)) as con:
        con.execute(
            "SELECT * FROM interaction WHERE deleted_at IS NULL ORDER BY occurred_at DESC LIMIT ?",
            (PAGE,),
        ).fetchall()
    return time.perf_counter() - start


def channel_filter(env: BenchEnv) -> float:
    if "pane" not in _STATE:
        global_paint(env)
    view = _STATE["pane"].view
    button = view.channel_buttons["phone"]
    if button.isChecked():
        button.setChecked(False)
        _settle()
    start = time.perf_counter()
    elapsed = _until_painted(view.list, start, button.click)
    _settle()
    button.setChecked(False)
    _settle()
    return elapsed


def channel_floor(env: BenchEnv) -> float:
    start = time.perf_counter()
    with sqlite3.connect(_database(env)) as con:
        con.execute(
            "SELECT * FROM interaction WHERE channel = 'phone' AND deleted_at IS NULL "
            "ORDER BY occurred_at DESC LIMIT ?",
            (PAGE,),
        ).fetchall()
    return time.perf_counter() - start


def global_search(env: BenchEnv) -> float:
    """From the typed word taking effect (the end of the typing pause) to the first page of
    matches painted; the query runs in a worker while the pane shows "Searching…"."""
    if "pane" not in _STATE:
        global_paint(env)
    view = _STATE["pane"].view
    _STATE["word"] = word = SEARCH_WORDS[_STATE.get("searches", 0) % len(SEARCH_WORDS)]
    _STATE["searches"] = _STATE.get("searches", 0) + 1
    view.search_box.setText(word)
    loop = QEventLoop()
    watch = _ResultsPaintWatch(loop, view.model)
    view.list.viewport().installEventFilter(watch)
    start = time.perf_counter()
    view.requery()
    loop.exec()
    elapsed = time.perf_counter() - start
    view.list.viewport().removeEventFilter(watch)
    if view.model.entry_count() == 0:
        raise RuntimeError(f"the search for {word!r} found nothing")
    _settle()
    view.search_box.setText("")
    view.requery()
    _settle()
    return elapsed


def global_search_floor(env: BenchEnv) -> float:
    """The first page of matching interactions from the FTS5 index, newest first, by the
    fastest plan for a common word (walk the time index, test each id against the matches);
    the app also searches the other sources' text, which this floor leaves out."""
    word = _STATE.get("word", SEARCH_WORDS[0])
    start = time.perf_counter()
    with sqlite3.connect(_database(env)) as con:
        con.execute(
            "SELECT * FROM interaction WHERE +id IN (SELECT rowid FROM interaction_fts "
            "WHERE interaction_fts MATCH ?) AND deleted_at IS NULL "
            "ORDER BY occurred_at DESC LIMIT ?",
            (f'"{word}"*', FIRST_PAGE),
        ).fetchall()
    return time.perf_counter() - start


def channel_counts(env: BenchEnv) -> float:
    """The global per-channel counts the filter chips show (computed in a worker)."""
    from app.services.timeline import TimelineFilter  # noqa: PLC0415

    ctx = _ctx(env)
    start = time.perf_counter()
    counts = ctx.timeline.channel_counts(TimelineFilter())
    elapsed = time.perf_counter() - start
    if not counts:
        raise RuntimeError("no channel counts")
    return elapsed


def channel_counts_floor(env: BenchEnv) -> float:
    """The same counts by hand: live interactions and surveys grouped by channel."""
    start = time.perf_counter()
    with sqlite3.connect(_database(env)) as con:
        for table, at in (("interaction", "occurred_at"), ("survey_response", "answered_at")):
            con.execute(
                f"SELECT channel, count(*) FROM {table} WHERE deleted_at IS NULL "  # noqa: S608 - fixed names
                f"AND {at} IS NOT NULL AND channel IS NOT NULL GROUP BY channel"
            ).fetchall()
    return time.perf_counter() - start


def quick_log_save(env: BenchEnv) -> float:
    return save_quick_log(_ctx(env), _heavy_contact(env))


def save_quick_log(ctx: Any, contact_id: int) -> float:
    """The quick log's Save (an interaction and its follow-up task), timed from the click."""
    from app.ui.quick_log.dialog import QuickLogDialog  # noqa: PLC0415

    dialog = QuickLogDialog(ctx, contact_id=contact_id)
    dialog.outcome_box.setText("left voicemail")
    dialog.notes_box.setPlainText("call back friday")
    dialog.follow_up_box.setText("Call back")
    dialog.follow_up_when.setText("friday")
    dialog.show()
    start = time.perf_counter()
    dialog.save()
    elapsed = time.perf_counter() - start
    if dialog.error_label.text():
        raise RuntimeError(dialog.error_label.text())
    dialog.deleteLater()
    return elapsed


def quick_log_floor(env: BenchEnv) -> float:
    """The same two rows (interaction and task) inserted and committed with sqlite3."""
    contact = _heavy_contact(env)
    start = time.perf_counter()
    con = sqlite3.connect(_database(env), isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        con.execute(
            "INSERT INTO interaction (contact_id, occurred_at, channel, direction, subject, "
            "uid, created_at, updated_at, version) VALUES (?, datetime('now'), 'phone', "
            "'outbound', 'floor', lower(hex(randomblob(16))), datetime('now'), "
            "datetime('now'), 1)",
            (contact,),
        )
        con.execute(
            "INSERT INTO task (contact_id, title, priority, uid, created_at, updated_at, "
            "version) VALUES (?, 'floor', 'normal', lower(hex(randomblob(16))), "
            "datetime('now'), datetime('now'), 1)",
            (contact,),
        )
        con.execute("ROLLBACK")
    finally:
        con.close()
    return time.perf_counter() - start


SCENARIOS: list[Scenario] = [
    Scenario("timeline.contact_5000_paint", 4, contact_paint, contact_floor, target=0.100),
    Scenario("timeline.global_first_page", 4, global_paint, global_floor, target=0.150),
    Scenario("timeline.channel_filter", 4, channel_filter, channel_floor, target=0.150),
    Scenario("timeline.quick_log_save", 4, quick_log_save, quick_log_floor, target=0.050),
    # not in the numbers: a search shows "Searching…" and counts fill in after the list
    Scenario("timeline.global_search", 4, global_search, global_search_floor, target=0.5),
    Scenario(
        "timeline.channel_counts",
        4,
        channel_counts,
        channel_counts_floor,
        target=0.5,
        max_ratio=1.5,
    ),
]


def main(database: str = "/work/data/large.db") -> None:
    """Run every scenario once per repeat against a scratch copy and print the medians."""
    default = Path(tempfile.gettempdir()) / "rapport-bench-timeline"
    scratch = Path(os.environ.get("BENCH_SCRATCH", str(default)))
    env = BenchEnv("large", Path(database), scratch, sys.executable)
    for scenario in SCENARIOS:
        samples = sorted(scenario.measure(env) for _ in range(scenario.repeat))
        floors = (
            sorted(scenario.floor(env) for _ in range(scenario.repeat)) if scenario.floor else [0.0]
        )
        median, floor = samples[len(samples) // 2], floors[len(floors) // 2]
        print(
            f"{scenario.name}: median {median * 1000:.1f} ms (min {samples[0] * 1000:.1f}, "
            f"max {samples[-1] * 1000:.1f}); floor {floor * 1000:.1f} ms; "
            f"target {scenario.target and scenario.target * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main(*sys.argv[1:2])
