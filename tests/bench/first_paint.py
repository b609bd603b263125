"""Whole-process start-up driver: one fresh process per sample, so interpreter start, imports,
opening the database and the first frame all count, as they do for a person.

Run as a script by `run_driver` (the parent side, below). The child starts the app offscreen on
a database (or, for the floor, a bare QMainWindow of the same size), waits until the main
window's first real frame has been painted, optionally opens one pane and lets it settle, then
prints one line `BENCH-RESULT {json}` with the seconds since the parent launched it, the CPU
seconds it had used by then and the process's peak RSS, and exits. A dialog instead of the
main window is reported as an error.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

# The parent's time.time() just before it started the process: wall-clock time is the one
# clock Python guarantees to share between processes.
LAUNCHED_ENV = "RAPPORT_BENCH_LAUNCHED"
# When set, the child runs under pyinstrument and writes its reports to this path + .html/.txt.
PROFILE_ENV = "RAPPORT_BENCH_PROFILE"
# When set, the child writes the names in sys.modules at the first frame to this file.
MODULES_ENV = "RAPPORT_BENCH_MODULES"
RESULT_MARK = "BENCH-RESULT "
DRIVER_TIMEOUT = 180.0  # seconds; a hung start-up fails the sample instead of the whole run
SETTLE_QUIET_TICKS = 10  # 100 ms ticks with the global thread pool idle: the pane has settled
SETTLE_LIMIT_TICKS = 600
WINDOW_SIZE = (1280, 800)  # the app's default size when no layout is remembered


# -- parent side ----------------------------------------------------------------------------


def run_driver(
    python: str,
    scratch: Path,
    database: Path | None,
    *,
    settle: bool = False,
    pane: str | None = None,
    quit_after: bool = False,
    extra_env: dict[str, str] | None = None,
) -> dict[str, float]:
    """Start one driver process (the app on `database`, or the bare window when None) and
    return its figures: `first_paint` seconds, `first_paint_cpu` (CPU seconds the process had
    used by then, which a busy machine disturbs far less), `peak_rss_mb` and
    `main_window_paint` (when the main window painted: after the app's first frame, if it paints
    one, else the same as `first_paint`). With `settle`
    (implied by `pane`) the process first opens the pane and waits for background work to
    finish, so the peak RSS covers it. With `quit_after` (implies settle) it then changes data
    (one new contact, so the backup on close has work) and presses Ctrl+Q: `quit_seconds` is how
    long the main window stayed on screen after the key, `windows_left` how many windows were
    still showing then."""
    scratch.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="home-", dir=scratch))  # no remembered layout
    command = [python, str(Path(__file__).resolve())]
    command += ["--bare"] if database is None else ["--db", str(database)]
    command += ["--pane", pane] if pane else []
    command += ["--settle"] if settle else []
    command += ["--quit"] if quit_after else []
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RAPPORT_HOME": str(home)}
    environ.update(extra_env or {})
    try:
        environ[LAUNCHED_ENV] = repr(time.time())
        done = subprocess.run(
            command,
            check=False,
            env=environ,
            capture_output=True,
            text=True,
            timeout=DRIVER_TIMEOUT,
        )
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return _parse_result(done)


def modules_at_first_paint(python: str, scratch: Path, database: Path) -> set[str]:
    """The names in sys.modules of a fresh app process on `database` when its main window's
    first frame has been painted: what start-up imported before a person saw anything."""
    listing = scratch / "modules-at-first-paint.txt"
    run_driver(python, scratch, database, extra_env={MODULES_ENV: str(listing)})
    return set(listing.read_text(encoding="utf-8").split())


def _parse_result(done: subprocess.CompletedProcess[str]) -> dict[str, float]:
    lines = [line for line in done.stdout.splitlines() if line.startswith(RESULT_MARK)]
    if not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"start-up driver exited with {done.returncode}: {tail}")
    result: dict[str, Any] = json.loads(lines[-1].removeprefix(RESULT_MARK))
    if "error" in result:
        raise RuntimeError(f"start-up driver: {result['error']}")
    return {key: float(value) for key, value in result.items()}


# -- child side -----------------------------------------------------------------------------


def _peak_rss_mb() -> float:
    """This process's peak resident set. On Linux from VmHWM: getrusage's ru_maxrss survives
    exec, so a child would report at least the RSS of the parent that started it."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    import resource  # noqa: PLC0415 - POSIX only

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes vs KiB


def _report(payload: dict[str, Any]) -> None:
    print(RESULT_MARK + json.dumps(payload), flush=True)


def _child(argv: list[str]) -> int:
    launched = float(os.environ[LAUNCHED_ENV])
    database = argv[argv.index("--db") + 1] if "--db" in argv else None
    pane = argv[argv.index("--pane") + 1] if "--pane" in argv else None
    quits = "--quit" in argv
    settle = "--settle" in argv or pane is not None or quits

    from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer  # noqa: PLC0415
    from PySide6.QtGui import QAction, QKeySequence  # noqa: PLC0415
    from PySide6.QtTest import QTest  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget  # noqa: PLC0415

    class Probe(QObject):
        """Application-wide event filter: notices the first painted frame (the app's first
        frame or its main window), then (optionally) the main window and one of its panes, and
        finishes once that frame is complete."""

        def __init__(self) -> None:
            super().__init__()
            self.painted_at: float | None = None
            self.cpu_at_paint: float | None = None
            self.window: QMainWindow | None = None
            self.pane_widget: QWidget | None = None
            self.waiting_for_main = False
            self.main_painted_at: float | None = None  # the main window after a first frame
            self.quiet_ticks = 0
            self.ticks = 0
            self.quit_pressed_at: float | None = None
            self.quit_seconds = 0.0
            self.windows_left = 0.0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() is not QEvent.Type.Paint or not isinstance(watched, QWidget):
                return False
            top = watched.window()
            if self.window is None or self.waiting_for_main:
                if isinstance(top, QMainWindow):
                    self.notice_main_window(top)
                elif top.isWindow() and top.isVisible():
                    self.fail(f"a window other than the main window appeared: {_describe(top)}")
            elif self.pane_widget is not None and (
                watched is self.pane_widget or self.pane_widget.isAncestorOf(watched)
            ):
                self.pane_widget = None
                QTimer.singleShot(0, self.settle)
            return False

        def notice_main_window(self, top: QMainWindow) -> None:
            """The first painted frame (the app's first frame, or its main window), then, when
            the pane is to settle, the real main window that replaces a first frame."""
            if self.window is None:
                self.window = top
                # Runs after the whole frame (all widgets of this sync) has been painted.
                QTimer.singleShot(0, self.first_frame_done)
            elif hasattr(top, "show_pane"):
                self.waiting_for_main = False
                self.window = top
                self.main_painted_at = time.time() - launched
                QTimer.singleShot(0, self.open_pane)

        def first_frame_done(self) -> None:
            self.painted_at = time.time() - launched
            self.cpu_at_paint = time.process_time()  # this process's CPU since it started
            if listing := os.environ.get(MODULES_ENV):
                Path(listing).write_text("\n".join(sorted(sys.modules)), encoding="utf-8")
            if not settle:
                self.finish()
            elif database is not None and not hasattr(self.window, "show_pane"):
                self.waiting_for_main = True  # a first frame: the main window follows it
            else:
                self.open_pane()

        def open_pane(self) -> None:
            opens_pane = pane is not None and hasattr(self.window, "show_pane")
            if opens_pane and self.window.current_pane_key != pane:  # type: ignore[union-attr]
                self.pane_widget = self.window.pane(pane)  # type: ignore[union-attr]
                self.window.show_pane(pane)  # type: ignore[union-attr]
            else:  # the bare window, or the pane is already showing
                self.settle()

        def settle(self) -> None:
            """Wait until background work (dashboard computation) has been idle for a while."""
            self.ticks += 1
            busy = QThreadPool.globalInstance().activeThreadCount() > 0
            self.quiet_ticks = 0 if busy else self.quiet_ticks + 1
            if self.quiet_ticks < SETTLE_QUIET_TICKS and self.ticks < SETTLE_LIMIT_TICKS:
                QTimer.singleShot(100, self.settle)
            elif quits:
                self.change_then_quit()
            else:
                self.finish()

        def change_then_quit(self) -> None:
            """One new contact (the session changed data, so closing starts a backup), then
            Ctrl+Q once the window is active; `gone` measures until it is off screen."""
            window = self.window
            assert window is not None
            if hasattr(window, "ctx"):
                from app.services.contacts import ContactDraft  # noqa: PLC0415

                window.ctx.contacts.create(ContactDraft(first_name="Quit", last_name="Bench"))
            window.activateWindow()
            self.ticks = 0
            self.press_quit()

        def press_quit(self) -> None:
            window = self.window
            assert window is not None
            self.ticks += 1
            if not window.isActiveWindow() and self.ticks < SETTLE_LIMIT_TICKS:
                QTimer.singleShot(10, self.press_quit)
                return
            self.quit_pressed_at = time.perf_counter()
            QTest.keySequence(window, QKeySequence("Ctrl+Q"))
            self.gone()

        def gone(self) -> None:
            window = self.window
            assert window is not None
            assert self.quit_pressed_at is not None
            if window.isVisible():
                QTimer.singleShot(10, self.gone)
                return
            self.quit_seconds = time.perf_counter() - self.quit_pressed_at
            others = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
            self.windows_left = float(len(others))  # the app's: the on-close backup's window
            self.finish()

        def finish(self) -> None:
            _report(
                {
                    "first_paint": self.painted_at,
                    "first_paint_cpu": self.cpu_at_paint,
                    "peak_rss_mb": _peak_rss_mb(),
                    "main_window_paint": self.main_painted_at or self.painted_at,
                    "quit_seconds": self.quit_seconds,
                    "windows_left": self.windows_left,
                }
            )
            QApplication.exit(0)

        @staticmethod
        def fail(message: str) -> None:
            _report({"error": message})
            os._exit(1)  # a modal dialog would block a normal exit

    probe = Probe()
    if database is None:
        app = QApplication(sys.argv[:1])
        app.installEventFilter(probe)
        window = QMainWindow()
        window.resize(*WINDOW_SIZE)
        quit_action = QAction(window)  # as the app's File > Quit
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(window.close)
        window.addAction(quit_action)
        window.show()
        return app.exec()

    import app.ui.application as gui  # noqa: PLC0415 - the app's own start-up path follows

    make_application = gui.application

    def application_with_probe() -> QApplication:
        qapp = make_application()
        qapp.installEventFilter(probe)
        return qapp

    gui.application = application_with_probe
    from app.cli import main as rapport  # noqa: PLC0415

    return rapport(["--db", database])


def _describe(window: Any) -> str:
    text = window.text() if hasattr(window, "text") else ""
    return f"{window.windowTitle()!r} {text!r}".strip()


def _profiled(argv: list[str], stem: Path) -> int:
    from pyinstrument import Profiler  # noqa: PLC0415 - only under `make profile`

    profiler = Profiler()
    profiler.start()
    try:
        return _child(argv)
    finally:
        profiler.stop()
        stem.with_suffix(".html").write_text(profiler.output_html(), encoding="utf-8")
        stem.with_suffix(".txt").write_text(profiler.output_text(), encoding="utf-8")


if __name__ == "__main__":
    profile_to = os.environ.get(PROFILE_ENV)
    sys.exit(_profiled(sys.argv[1:], Path(profile_to)) if profile_to else _child(sys.argv[1:]))
