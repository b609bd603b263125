"""One road for every change: the operations runner, the Shell and Pane contracts, and panes
refreshing only what a write's Changes name."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

import pytest
from app.bootstrap import AppContext
from app.domain.contact_query import ContactFilter
from app.services.changes import Changes
from app.services.contacts import ContactDraft
from app.services.tasks import TaskDraft, TaskList
from app.ui.common.lazy_table import SortOrder
from app.ui.common.operations import Operations
from app.ui.common.shell import LocalShell, Pane, Shell
from app.ui.common.workers import CancelFlag, Progress
from app.ui.contacts.dialogs import ContactDialog
from app.ui.contacts.view import ContactsPane
from app.ui.dashboard.view import DashboardPane
from app.ui.main_window import MainWindow
from app.ui.panes import PANES
from app.ui.quick_log.dialog import QuickLogDialog
from app.ui.tasks.view import LISTS, TasksPane
from app.ui.timeline.view import TimelinePane
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.helpers import shown_window, user_error_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: popups


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    return shown_window(qtbot, ctx)


# -- the runner ------------------------------------------------------------------------------


def test_a_write_emits_its_changes_with_who_started_it(
    ctx: AppContext, host: QWidget, qtbot: QtBot
) -> None:
    anna = ctx.contacts.create(ContactDraft("Anna", "Berg")).id
    operations = Operations(host)
    told: list[Changes] = []
    with qtbot.waitSignal(operations.did_execute) as signal:
        ok = operations.run(lambda: ctx.contacts.tag_many([anna], "vip"), host, told.append)
    assert ok
    assert signal.args == [Changes.of_contacts(anna), host]
    assert told == [Changes.of_contacts(anna)]
    assert ctx.contacts.profile(anna).tags == ("vip",)


def test_a_user_error_is_shown_once_and_nothing_is_emitted(
    ctx: AppContext, host: QWidget, qtbot: QtBot
) -> None:
    task = ctx.tasks.create(TaskDraft("Call back")).id
    past = ctx.clock.now() - timedelta(hours=1)
    operations = Operations(host)
    with qtbot.assertNotEmitted(operations.did_execute):
        assert not operations.run(lambda: ctx.tasks.snooze(task, past), host)
    assert "only be snoozed to a time in the future" in user_error_text(host)


def test_a_bug_is_logged_and_reported_as_such(
    host: QWidget, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    operations = Operations(host)

    def broken() -> Changes:
        raise RuntimeError("a bug")

    with qtbot.assertNotEmitted(operations.did_execute), caplog.at_level(logging.ERROR):
        assert not operations.run(broken, host)
    (record,) = [r for r in caplog.records if r.name == "app.ui.common.operations"]
    assert record.exc_info is not None
    assert "a bug" in str(record.exc_info[1])
    assert "see the log" in user_error_text(host)


def test_a_long_write_shows_progress_and_cancel_leaves_the_database_as_it_was(
    ctx: AppContext, host: QWidget, qtbot: QtBot
) -> None:
    ids = [ctx.contacts.create(ContactDraft(f"P{i}", "Q")).id for i in range(30)]
    operations = Operations(host)
    shares: list[float] = []
    started, go_on = threading.Event(), threading.Event()

    def delete(progress: Progress, cancelled: CancelFlag) -> Changes:
        def report(label: str, share: float) -> None:
            shares.append(share)
            progress(label, share)

        started.set()
        go_on.wait(5)
        return ctx.contacts.delete_many(ids, report, cancelled)

    with qtbot.assertNotEmitted(operations.did_execute):
        operations.run_long(delete, host, "Deleting…")
        dialog = host.findChild(QProgressDialog, "operation_progress")
        assert dialog is not None
        assert dialog.isVisible()
        qtbot.waitUntil(started.is_set)
        cancel = dialog.findChild(QPushButton)
        assert cancel is not None
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        go_on.set()
        qtbot.waitUntil(lambda: not operations.running)
    assert ctx.contacts.count() == len(ids)
    assert "cancel" in user_error_text(host).lower()
    # The same write not cancelled reports progress and emits what it deleted.
    shares.clear()
    with qtbot.waitSignal(operations.did_execute) as signal:
        operations.run_long(delete, host, "Deleting…")
    assert signal.args[0].contacts == frozenset(ids)
    assert ctx.contacts.count() == 0
    assert shares
    assert 0 < shares[-1] <= 1


# -- the contracts ---------------------------------------------------------------------------


def test_the_main_window_is_a_shell_and_every_pane_a_pane(window: MainWindow, qtbot: QtBot) -> None:
    shell: Shell = window  # checked by mypy: MainWindow satisfies the Shell protocol
    assert shell.operations is window.operations
    for spec in PANES:
        pane = window.pane(spec.key)
        assert isinstance(pane, Pane), spec.key
    dashboard = window.pane("dashboard")
    assert isinstance(dashboard, DashboardPane)
    qtbot.waitUntil(lambda: not dashboard.busy)  # its figures are computed in the pool


def test_a_pane_on_its_own_gets_a_local_shell(ctx: AppContext, qtbot: QtBot) -> None:
    pane = TasksPane(ctx)
    qtbot.addWidget(pane)
    shell: Shell = pane.shell
    assert isinstance(shell, LocalShell)
    assert shell.built_pane("contacts") is None
    assert not shell.trigger("import.open")


# -- panes refresh only what Changes name ----------------------------------------------------


class _CountingSource:
    """Wraps the contact list's row source to count its id queries."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.id_queries = inner, 0

    def ids(self, sort: SortOrder, params: Any) -> Sequence[int]:
        self.id_queries += 1
        return self.inner.ids(sort, params)  # type: ignore[no-any-return]

    def rows(self, ids: Sequence[int]) -> Any:
        return self.inner.rows(ids)


def _edit_in_dialog(qtbot: QtBot, first_name: str) -> None:
    """Type a new first name into the ContactDialog that is about to open, and save."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ContactDialog)
        dialog.first_name.clear()
        qtbot.keyClicks(dialog.first_name, first_name)
        dialog.save()

    QTimer.singleShot(0, fill)


def test_editing_a_contact_repaints_its_row_and_360_view_without_requerying(
    ctx: AppContext, window: MainWindow, qtbot: QtBot
) -> None:
    anna = ctx.contacts.create(ContactDraft("Anna", "Berg")).id
    ctx.contacts.create(ContactDraft("Bob", "Stone"))
    window.show_pane("contacts")
    pane = window.pane("contacts")
    assert isinstance(pane, ContactsPane)
    pane.show_filter(ContactFilter())
    source = _CountingSource(pane.model._source)
    pane.model._source = source
    row = pane.model.row_of(anna)
    assert row is not None
    pane.table.selectRow(row)
    pane.set_part_shown(2, True)
    qtbot.waitUntil(lambda: pane.profile.contact_id == anna)
    _edit_in_dialog(qtbot, "Annika")
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)  # opens the edit dialog
    qtbot.waitUntil(lambda: "Annika Berg" in pane.visible_names())
    assert pane.profile.name_label.text() == "Annika Berg"
    assert source.id_queries == 0


def test_a_contact_created_elsewhere_takes_its_place_in_the_list(
    ctx: AppContext, window: MainWindow, qtbot: QtBot
) -> None:
    ctx.contacts.create(ContactDraft("Bob", "Stone"))
    pane = window.pane("contacts")
    assert isinstance(pane, ContactsPane)
    pane.show_filter(ContactFilter())
    carla = ctx.contacts.create(ContactDraft("Carla", "Diaz")).id
    window.operations.announce(Changes.of_contacts(carla), "an import")
    assert "Carla Diaz" in pane.visible_names()


def test_the_figure_refresher_repaints_rows_through_the_runner(
    ctx: AppContext, window: MainWindow, qtbot: QtBot
) -> None:
    anna = ctx.contacts.create(ContactDraft("Anna", "Berg")).id
    pane = window.pane("contacts")
    assert isinstance(pane, ContactsPane)
    with qtbot.waitSignal(window.operations.did_execute) as signal:
        window.stale_figures.refreshed.emit(Changes.of_contacts(anna))
    assert signal.args == [Changes.of_contacts(anna), window.stale_figures]


def test_a_quick_log_shows_in_the_timeline_and_its_follow_up_in_tasks(
    ctx: AppContext, window: MainWindow, qtbot: QtBot
) -> None:
    ctx.contacts.create(ContactDraft("Anna", "Berg"))
    timeline = window.pane("timeline")
    tasks = window.pane("tasks")
    assert isinstance(timeline, TimelinePane)
    assert isinstance(tasks, TasksPane)
    tasks.tabs.setCurrentIndex(LISTS.index(TaskList.UPCOMING))  # the follow-up is for tomorrow
    assert timeline.view.model.rowCount() == 0
    assert tasks.model.rowCount() == 0

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QuickLogDialog)
        qtbot.keyClicks(dialog.contact_box, "Anna")
        dialog.contact_box.set_contact(dialog.contact_box.chosen(required=True))
        qtbot.keyClicks(dialog.subject_box, "Called about the quote")
        qtbot.keyClicks(dialog.follow_up_box, "Send the quote")
        dialog.save()

    QTimer.singleShot(0, fill)
    window.global_actions["log_interaction"].trigger()
    qtbot.waitUntil(lambda: timeline.view.model.rowCount() > 0)
    assert tasks.model.rowCount() == 1
    row = tasks.model.row_data(0)
    assert row is not None
    assert row.title == "Send the quote"
