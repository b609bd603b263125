"""Every action of the main window, triggered the way a click triggers it (`QAction.trigger()`,
with the signal's arguments), on a database filled with the small sample: the menus, the
toolbar, the command palette's entries, each pane's own actions and its context menus.

Every dialog that opens is answered: first pass Cancel, second pass OK with its defaults
where that is safe (message boxes always get their escape answer: no deletes, no re-keys, no
restores). An error dialog, an exception in a slot (pytest-qt fails the test on it) or an
ERROR/CRITICAL log line fails the test.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from app.bootstrap import AppContext
from app.services.demo import DemoSize, generate
from app.ui.main_window import MainWindow
from PySide6.QtCore import QObject, QPoint, Qt, QThreadPool, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGraphicsScene,
    QGraphicsView,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform

ERROR_WORDS = ("Something went wrong", "went wrong")
# Leaving the window or the database is tried by other tests, not by a walk through the menus.
SKIPPED = ("&Quit",)


class Answerer:
    """Answers every modal widget as it shows; records error dialogs."""

    def __init__(self, accept: bool) -> None:
        self.accept = accept
        self.errors: list[str] = []
        self.answered: list[str] = []
        self._tried: set[int] = set()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.answer)
        self.timer.start()

    def answer(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or isinstance(modal, QProgressDialog):
            return
        self.answered.append(type(modal).__name__)
        if isinstance(modal, QMessageBox):
            text = f"{modal.text()} {modal.informativeText()}"
            if modal.icon() is QMessageBox.Icon.Critical or any(w in text for w in ERROR_WORDS):
                self.errors.append(text)
            escape = modal.escapeButton()
            if escape is not None:
                escape.click()
            else:
                modal.reject()
            return
        if self.accept and id(modal) not in self._tried and isinstance(modal, QDialog):
            self._tried.add(id(modal))  # tried once: a refused OK is cancelled next time
            box = modal.findChild(QDialogButtonBox)
            ok = box.button(QDialogButtonBox.StandardButton.Ok) if box else None
            if ok is not None and ok.isEnabled() and ok.isVisible():
                ok.click()
                return
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> Iterator[MainWindow]:
    generate(ctx.db, ctx.audit, DemoSize.SMALL)
    made = MainWindow(ctx)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made
    QThreadPool.globalInstance().waitForDone(30_000)


def _window_actions(window: MainWindow) -> list[QAction]:
    """The menus' and the toolbar's actions, then the palette's, each once."""
    found: list[QAction] = [action for _menu, action in window.menu_actions()]
    for bar in window.findChildren(QToolBar):
        found += [a for a in bar.actions() if not a.isSeparator() and a.menu() is None]
    return found


def _in_chart(item: QObject) -> bool:
    """Inside a chart (a graphics view or scene): the chart library's own menu actions, which
    only make sense from a right-click on the chart, are not the app's."""
    parent = item.parent()
    while parent is not None:
        if isinstance(parent, QGraphicsView | QGraphicsScene):
            return True
        parent = parent.parent()
    return False


def _pane_actions(pane: QWidget) -> list[QAction]:
    """A pane's own actions: its toolbars and buttons' menus, its keyboard actions."""
    return [
        action
        for action in pane.findChildren(QAction)
        if action.text()
        and not action.isSeparator()
        and action.menu() is None
        and not _in_chart(action)
    ]


def _context_menus(pane: QWidget) -> list[QMenu]:
    """Open each context menu of the pane (on its first row); each is closed as it pops up and
    kept (the panes parent their menus, so the actions live on)."""
    shown: list[QMenu] = []

    def close_popup() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            shown.append(popup)
            popup.close()

    closer = QTimer()
    closer.setInterval(10)
    closer.timeout.connect(close_popup)
    closer.start()
    for widget in pane.findChildren(QWidget):
        if widget.contextMenuPolicy() is not Qt.ContextMenuPolicy.CustomContextMenu:
            continue
        point = QPoint(5, 5)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            first = widget.model().index(0, 0)
            if first.isValid():
                widget.setCurrentIndex(first)
                point = widget.visualRect(first).center()
        widget.customContextMenuRequested.emit(point)
    closer.stop()
    return shown


def _trigger(action: QAction, qtbot: QtBot, window: MainWindow) -> None:
    if not action.isEnabled() or action.text() in SKIPPED:
        return
    action.trigger()
    qtbot.wait(5)
    for widget in QApplication.topLevelWidgets():  # non-modal windows the action opened
        if widget is not window and widget.isVisible() and not isinstance(widget, QMenu):
            widget.close()


@pytest.mark.parametrize("accept", [False, True], ids=["cancel", "ok"])
def test_every_action_works_when_clicked(
    window: MainWindow,
    qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
    accept: bool,
) -> None:
    caplog.set_level(logging.WARNING)
    answerer = Answerer(accept)
    triggered = 0
    for action in _window_actions(window):
        _trigger(action, qtbot, window)
        triggered += 1
    for entry in window.palette_entries():
        entry.run()
        qtbot.wait(5)
    for key in list(window.pane_actions):
        window.show_pane(key)
        pane = window.pane(key)
        qtbot.wait(20)
        for action in _pane_actions(pane):
            _trigger(action, qtbot, window)
            triggered += 1
        for menu in _context_menus(pane):
            for action in menu.actions():
                if not action.isSeparator() and action.menu() is None:
                    _trigger(action, qtbot, window)
                    triggered += 1
    QThreadPool.globalInstance().waitForDone(30_000)
    qtbot.wait(20)
    answerer.timer.stop()
    assert triggered > 40
    assert answerer.errors == []
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
