"""Small helpers shared by the UI tests: a shown main window, the runner's error message."""

from __future__ import annotations

from app.bootstrap import AppContext
from app.ui.main_window import MainWindow
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot


def shown_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    """A main window shown and active (window shortcuts need the active window)."""
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def user_error_text(parent: QWidget) -> str:
    """The text of the one error message the operations runner opened over `parent`, which
    is then closed."""
    (box,) = [b for b in parent.findChildren(QMessageBox, "user_error") if b.isVisible()]
    text = box.text()
    box.close()
    return text
