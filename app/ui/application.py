"""The GUI's top level: the QApplication, its first frame, then the controller and its window.

This module stays light: start-up paints the first frame (app/ui/first_frame.py) before the
controller's module brings in SQLAlchemy, the ORM and the services.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThread, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.config.logs import LOG_FILE
from app.config.paths import APP_NAME, AppPaths
from app.config.ui_prefs import UiPrefs
from app.domain.errors import UserError
from app.ui.common.gui_gc import collect_on_gui_thread
from app.ui.common.wheel import install_wheel_guard
from app.ui.common.workers import stop_tasks
from app.ui.first_frame import FirstFrame, first_frame
from app.ui.i18n import apply_language, error_text, preferred_language
from app.ui.icons import resource_dir
from app.ui.theme import apply_theme, follow_system, saved_choice

if TYPE_CHECKING:
    from app.ui.controller import Controller

log = logging.getLogger(__name__)

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Set by the start-up measurement (make package, the packaging benchmark): print the time of the
# main window's first paint and quit.
PAINT_PROBE_ENV = "RAPPORT_PAINT_PROBE"


def application() -> QApplication:
    """The process's QApplication, created once, with the app icon."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("rapport")  # matches packaging/rapport.desktop, for the taskbar icon
    app.setWindowIcon(app_icon(resource_dir() / "icons"))
    return app


def app_icon(folder: Path) -> QIcon:
    """The Rapport icon from its PNG sizes (the frozen build ships the same files)."""
    icon = QIcon()
    for size in ICON_SIZES:
        file = folder / f"rapport-{size}.png"
        if file.is_file():
            icon.addFile(str(file))
    if icon.isNull():
        log.warning("No application icon found in %s", folder)
    return icon


def install_excepthook(log_dir: Path) -> None:
    """Bugs in slots are logged with their traceback and shown as one calm message.

    Only on the GUI thread while the app lives: a worker still running as the app quits must
    not build a dialog (Qt aborts the process then); its error is logged all the same.
    """

    def hook(
        kind: type[BaseException], value: BaseException, traceback: TracebackType | None
    ) -> None:
        log.critical("Unhandled error", exc_info=(kind, value, traceback))
        app = QApplication.instance()
        if app is not None and QThread.currentThread() is app.thread():
            show_crash_dialog(log_dir)

    sys.excepthook = hook


def show_crash_dialog(log_dir: Path) -> None:
    """Tell the person something broke and where the details are (no traceback on screen)."""
    QMessageBox.critical(
        None,
        APP_NAME,
        QApplication.translate(
            "Application", "Something went wrong. The details are in %1"
        ).replace("%1", str(log_dir / LOG_FILE)),
    )


class _FirstPaintProbe(QObject):
    """Prints the wall-clock time of the watched window's first paint, then quits the app."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time():.6f}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


class AfterFirstPaint(QObject):
    """Calls `then` once, when the watched window's first paint is done."""

    def __init__(self, watched: QWidget, then: Callable[[], None]) -> None:
        super().__init__(watched)
        self._then = then
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # runs once this paint has finished
        return False


def settle_heap() -> None:
    """Once the first window is up: collect startup garbage, then move everything that lives
    on into the permanent generation. A full collection then skips Qt wrappers, modules and
    the open pane (it took 45-52 ms with the contacts pane open on 100,000 contacts, a stall at
    any moment, e.g. mid-scroll; ~0 ms after). Objects created later are collected as usual;
    cyclic garbage among the frozen ones (a window replaced later) is not, by design."""
    gc.collect()
    gc.freeze()


def run_gui(target: str | None, paths: AppPaths) -> int:
    """Paint the first frame, then open the database fully and put its window in the frame's
    place; without a first frame (a new file, one to migrate or unlock) open it at once."""
    app = application()
    prefs = UiPrefs.load(paths.config_dir)
    apply_language(preferred_language(prefs))
    apply_theme(saved_choice(prefs))
    follow_system()
    install_wheel_guard()
    collect_on_gui_thread(app)
    install_excepthook(paths.log_dir)
    frame = first_frame(database_file(target, paths), prefs)
    probe = os.environ.get(PAINT_PROBE_ENV)
    opened: list[Controller] = []  # lives as long as the event loop
    if frame is None:
        code = open_database(target, paths, opened)
        if code is not None:
            return code
        watched: QWidget | None = opened[0].window
    else:
        frame.show()
        watched = frame
        if not probe:
            AfterFirstPaint(frame, lambda: _replace_first_frame(frame, target, paths, opened))
    if probe and watched is not None:
        watched.installEventFilter(_FirstPaintProbe(watched))
    return app.exec()


def database_file(target: str | None, paths: AppPaths) -> Path | None:
    """The database file `target` names (default: the user's), or None for a server URL."""
    if target is None:
        return paths.default_database
    if "://" in target:
        return None
    return Path(target).expanduser().resolve()


def open_database(target: str | None, paths: AppPaths, opened: list[Controller]) -> int | None:
    """Build the controller on `target` and show its window (appended to `opened`); on failure
    the person is told and the exit code returned."""
    from app.ui.controller import Controller  # noqa: PLC0415 - SQLAlchemy, ORM, services

    controller = Controller(paths)
    try:
        controller.open(target)
    except UserError as exc:
        QMessageBox.critical(None, APP_NAME, error_text(exc))
        return 2
    except Exception:
        # A windowed build has no console for the CLI's one-line report: show the log's path.
        log.exception("Could not open the database")
        show_crash_dialog(paths.log_dir)
        return 3
    opened.append(controller)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(stop_tasks)  # first: the tasks still read the open database
        app.aboutToQuit.connect(controller.close)
    if controller.window is not None:
        AfterFirstPaint(controller.window, settle_heap)
    return None


def _replace_first_frame(
    frame: FirstFrame, target: str | None, paths: AppPaths, opened: list[Controller]
) -> None:
    """Once the first frame is on screen: open the database fully; its window, placed from the
    same remembered layout, replaces the frame. A failure ends the app with its exit code."""
    code = open_database(target, paths, opened)
    if code is not None:
        QCoreApplication.exit(code)
        return
    frame.close()
    frame.deleteLater()
