"""Writes made in the tabs of a contact's 360° view reach every pane through the window's
operations runner (issue 21): before, they refreshed only the view they were made in."""

from __future__ import annotations

import pytest
from app.bootstrap import AppContext
from app.domain.enums import Channel, ConsentPurpose, Priority
from app.services.changes import Changes
from app.services.complaints import ComplaintDraft
from app.services.contacts import ContactDraft
from app.services.tasks import TaskList
from app.ui.complaints.dialogs import NewComplaintDialog
from app.ui.complaints.view import ComplaintsPane, ContactComplaintsWidget
from app.ui.contacts.profile import ContactProfileView
from app.ui.contacts.related import ContactTasksTab
from app.ui.contacts.view import ContactsPane
from app.ui.main_window import MainWindow
from app.ui.privacy.tab import PrivacyTab
from app.ui.tasks.dialogs import NewTaskDialog
from app.ui.tasks.view import LISTS, TasksPane
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import shown_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform


def _contacts(window: MainWindow) -> ContactsPane:
    window.show_pane("contacts")
    pane = window.pane("contacts")
    assert isinstance(pane, ContactsPane)
    return pane


def _open_tab(qtbot: QtBot, pane: ContactsPane, contact_id: int, title: str) -> QWidget:
    """Click the contact's row, then the 360° view's tab button titled `title`."""
    table = pane.table
    row = pane.model.row_of(contact_id)
    assert row is not None
    rect = table.visualRect(pane.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    profile: ContactProfileView = pane.profile
    qtbot.waitUntil(lambda: profile.contact_id == contact_id)
    button = next(b for b in profile.tab_buttons.buttons() if b.text().startswith(title))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    tab = profile.tab_widget.currentWidget()
    assert tab is not None
    return tab


def test_a_task_made_in_the_360_view_shows_in_the_tasks_pane(qtbot: QtBot, ctx: AppContext) -> None:
    anna = ctx.contacts.create(ContactDraft("Anna", "Adler")).id
    window = shown_window(qtbot, ctx)
    tasks = window.pane("tasks")
    assert isinstance(tasks, TasksPane)
    tasks.tabs.setCurrentIndex(LISTS.index(TaskList.UPCOMING))  # due tomorrow by default
    assert tasks.model.rowCount() == 0
    tab = _open_tab(qtbot, _contacts(window), anna, "Tasks")
    assert isinstance(tab, ContactTasksTab)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewTaskDialog)
        qtbot.keyClicks(dialog.title_box, "Send the quote")
        save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    with qtbot.waitSignal(window.operations.did_execute) as done:
        qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert done.args[1] is tab
    titles = [tasks.model.row_data(r).title for r in range(tasks.model.rowCount())]  # type: ignore[union-attr]
    assert titles == ["Send the quote"]
    assert tab.model.rowCount() == 1


def test_a_complaint_opened_and_noted_in_the_360_view_reaches_the_complaints_pane(
    qtbot: QtBot, ctx: AppContext
) -> None:
    anna = ctx.contacts.create(ContactDraft("Anna", "Adler")).id
    window = shown_window(qtbot, ctx)
    complaints = window.pane("complaints")
    assert isinstance(complaints, ComplaintsPane)
    complaints.model.requery()
    before = complaints.model.rowCount()
    tab = _open_tab(qtbot, _contacts(window), anna, "Complaints")
    assert isinstance(tab, ContactComplaintsWidget)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(NewComplaintDialog)
    assert isinstance(dialog, NewComplaintDialog)
    qtbot.keyClicks(dialog.description, "The parcel arrived broken.")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(window.operations.did_execute) as opened:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    (case,) = opened.args[0].complaints
    assert opened.args[1] is tab
    assert complaints.model.row_of(case) is not None
    assert complaints.model.rowCount() == before + 1
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.detail.view is not None)
    qtbot.keyClicks(tab.detail.message, "Called her back.")
    with qtbot.waitSignal(window.operations.did_execute) as noted:
        qtbot.mouseClick(tab.detail.note_button, Qt.MouseButton.LeftButton)
    assert noted.args[1] is tab.detail  # the window's runner, no longer one of its own
    assert case in noted.args[0].complaints


def test_a_complaint_opened_elsewhere_shows_in_the_open_360_tab(
    qtbot: QtBot, ctx: AppContext
) -> None:
    anna = ctx.contacts.create(ContactDraft("Anna", "Adler")).id
    window = shown_window(qtbot, ctx)
    tab = _open_tab(qtbot, _contacts(window), anna, "Complaints")
    assert isinstance(tab, ContactComplaintsWidget)
    assert tab.model.rowCount() == 0
    category = ctx.complaints.config().categories[0]
    draft = ComplaintDraft(anna, Channel.EMAIL, category, Priority.NORMAL, "Late again.")
    row = ctx.complaints.open(draft)
    window.operations.announce(Changes(complaints=frozenset({row.id})), "an import")
    assert tab.model.row_of(row.id) is not None


def test_consent_recorded_in_the_360_view_is_announced_and_an_erase_updates_the_row(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = ctx.contacts.create(ContactDraft("Anna", "Adler", email="anna@example.com")).id
    window = shown_window(qtbot, ctx)
    pane = _contacts(window)
    tab = _open_tab(qtbot, pane, anna, "Privacy")
    assert isinstance(tab, PrivacyTab)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a: ("signed form", True))
    with qtbot.waitSignal(window.operations.did_execute) as granted:
        qtbot.mouseClick(tab.grant_button, Qt.MouseButton.LeftButton)
    assert granted.args == [Changes.of_contacts(anna), tab]
    (state,) = [s for s in ctx.privacy.consents(anna) if s.granted]
    assert state.purpose is ConsentPurpose.EMAIL_MARKETING
    tab.erase()
    name = pane.model.index(pane.model.row_of(anna) or 0, 0).data()
    assert "Anna" not in str(name)
