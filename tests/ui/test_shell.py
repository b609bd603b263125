"""The main window shell: navigation, empty states, status bar, remembered layout, one instance,
first run."""

from __future__ import annotations

import socket
import threading
from pathlib import Path
from typing import Any

import pytest
from app.bootstrap import AppContext
from app.config.paths import AppPaths
from app.domain.errors import UserError
from app.services import demo as demo_module
from app.services.contacts import ContactDraft
from app.ui.common.empty_state import EmptyState
from app.ui.controller import Controller
from app.ui.first_run import FirstRunChoice, FirstRunDialog
from app.ui.i18n import apply_language
from app.ui.main_window import MainWindow
from app.ui.panes import PANES
from app.ui.security.dialogs import RecoveryKeyDialog
from app.ui.single_instance import acquire_instance_lock, lock_path
from PySide6.QtCore import QPoint, QSize, Qt, QThreadPool
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.helpers import shown_window


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    return shown_window(qtbot, ctx)


def test_navigation_switches_panes_and_each_has_an_empty_state(
    window: MainWindow, qtbot: QtBot
) -> None:
    for row, spec in enumerate(PANES):
        window.navigation.setCurrentRow(row)
        assert window.current_pane_key == spec.key
        pane = window.stack.currentWidget()
        assert pane is window.pane(spec.key)
        state = pane.findChild(EmptyState)
        assert state is not None
        assert state.isVisible()
        assert len(state.message_label.text()) > 40  # says what will appear there


def test_keyboard_shortcuts_open_panes(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, "3", modifier=qtbot_ctrl())
    assert window.current_pane_key == "complaints"
    qtbot.keyClick(window, "1", modifier=qtbot_ctrl())
    assert window.current_pane_key == "contacts"


def qtbot_ctrl():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt  # noqa: PLC0415

    return Qt.KeyboardModifier.ControlModifier


def test_contacts_pane_counts_what_the_database_holds(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.contacts.create(ContactDraft("Anna", "Muller"))
    ctx.contacts.create(ContactDraft("Bob", "Stone"))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    count = win.pane("contacts").findChild(QLabel, "contact_count")
    assert count is not None
    assert count.text() == "2 contacts"


def test_status_bar_shows_file_schema_and_encryption(window: MainWindow, ctx: AppContext) -> None:
    texts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert str(ctx.db.path) in texts
    assert f"Schema {ctx.schema.revision}" in texts
    assert ("Encrypted" if ctx.encrypted else "Not encrypted") in texts


def test_geometry_and_last_pane_are_remembered(qtbot: QtBot, ctx: AppContext) -> None:
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(QSize(800, 520))  # the offscreen screen is 800x600
    first.move(QPoint(40, 30))
    first.show_pane("tasks")
    first.close()
    assert (ctx.paths.config_dir / "ui.json").exists()

    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == QSize(800, 520)
    assert second.current_pane_key == "tasks"


def test_second_instance_on_the_same_database_is_refused(db_path: Path) -> None:
    held = acquire_instance_lock(db_path)
    try:
        with pytest.raises(UserError, match=r"already open on test\.db \(process \d+"):
            acquire_instance_lock(db_path)
    finally:
        held.unlock()
    acquire_instance_lock(db_path).unlock()  # free again once released


def test_stale_lock_from_a_crashed_run_is_cleared(db_path: Path) -> None:
    dead_pid = 2**22 + 12345  # above Linux's pid_max default: no such process
    lock_path(db_path).write_text(f"{dead_pid}\nrapport\n{socket.gethostname()}\n")
    lock = acquire_instance_lock(db_path)
    lock.unlock()


def test_first_run_dialog_offers_three_starts(qtbot: QtBot) -> None:
    dialog = FirstRunDialog("/data/rapport.db")
    qtbot.addWidget(dialog)
    assert dialog.import_button.isEnabled()
    dialog.sample_button.click()
    assert dialog.choice is FirstRunChoice.SAMPLE
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen
def test_first_run_sample_data_fills_the_new_database(
    qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose_sample(dialog: FirstRunDialog) -> int:
        dialog.choice = FirstRunChoice.SAMPLE
        return 1

    monkeypatch.setattr(FirstRunDialog, "exec", choose_sample)
    monkeypatch.setattr(RecoveryKeyDialog, "exec", lambda _dialog: 1)  # typed back elsewhere
    controller = Controller(paths)
    controller.open(None)
    try:
        qtbot.waitUntil(
            lambda: controller.ctx is not None and controller.ctx.contacts.count() == 500,
            timeout=20_000,
        )
        assert controller.window is not None
        assert controller.window.isVisible()
    finally:
        controller.close()


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen
def test_sample_data_finishes_after_the_window_was_replaced(
    qtbot: QtBot, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A language switch while the sample is created replaces the window and its progress
    dialog: the task's progress must not reach the deleted dialog ("Internal C++ object
    already deleted"), and the new window still reopens on the finished sample."""
    entered, gate = threading.Event(), threading.Event()
    real_generate = demo_module.generate

    def held(*args: Any, **kwargs: Any) -> Any:
        entered.set()
        gate.wait(20)
        return real_generate(*args, **kwargs)

    def choose_sample(dialog: FirstRunDialog) -> int:
        dialog.choice = FirstRunChoice.SAMPLE
        return 1

    monkeypatch.setattr(demo_module, "generate", held)
    monkeypatch.setattr(FirstRunDialog, "exec", choose_sample)
    monkeypatch.setattr(RecoveryKeyDialog, "exec", lambda _dialog: 1)  # typed back elsewhere
    controller = Controller(paths)
    controller.open(None)
    try:
        first = controller.window
        assert first is not None
        qtbot.waitUntil(entered.is_set, timeout=10_000)
        with qtbot.waitSignal(first.destroyed, timeout=10_000):
            apply_language("de")
        german = controller.window
        gate.set()
        # the finished sample reopens the database in a new window
        qtbot.waitUntil(lambda: controller.window is not german, timeout=30_000)
        assert controller.ctx is not None
        assert controller.ctx.contacts.count() == 500
        assert controller.window is not None
        assert controller.window.isVisible()
        assert controller.window.navigation.item(0).text() == "Kontakte"
        # the replaced window's backup on close runs on: let it end before the database closes
        pool = QThreadPool.globalInstance()
        qtbot.waitUntil(lambda: pool.activeThreadCount() == 0, timeout=30_000)
    finally:
        gate.set()
        apply_language("en")
        controller.close()


def test_controller_refuses_a_database_already_open(
    paths: AppPaths, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(FirstRunDialog, "exec", lambda _dialog: 0)
    held = acquire_instance_lock(db_path)
    controller = Controller(paths)
    try:
        with pytest.raises(UserError, match="already open"):
            controller.open(str(db_path))
        assert controller.window is None
    finally:
        held.unlock()
        controller.close()


def test_global_actions_get_menu_entries_and_shortcuts(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui import main_window as main_window_module  # noqa: PLC0415
    from app.ui.actions import ActionSpec, Menu, action_title  # noqa: PLC0415

    ran: list[str] = []
    spec = ActionSpec(
        "log",
        action_title("Log Interaction…"),
        Menu.CUSTOMER,
        lambda win: ran.append(win.current_pane_key),
        "Ctrl+L",
    )
    monkeypatch.setattr(main_window_module, "GLOBAL_ACTIONS", (spec,))
    win = shown_window(qtbot, ctx)
    action = win.global_actions["log"]
    assert action.text() == "Log Interaction…"
    assert action.shortcut().toString() == "Ctrl+L"
    qtbot.keyClick(win, Qt.Key.Key_L, modifier=qtbot_ctrl())
    assert ran == [win.current_pane_key]


def test_empty_state_message_is_never_clipped(window: MainWindow, qtbot: QtBot) -> None:
    """A wrapped message gets the height its width needs (it once showed one squeezed line)."""
    window.resize(1280, 800)
    label = window.pane(window.current_pane_key).findChild(EmptyState).message_label
    qtbot.waitUntil(lambda: label.width() > 0)
    assert label.height() >= label.heightForWidth(label.width())
    assert label.heightForWidth(label.width()) > label.fontMetrics().height()  # wraps
