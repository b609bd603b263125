"""The panes know who I am on the team and what I may do: owner pickers list the staff, new
tasks default to me, "My contacts/cases/tasks" show my rows, and a viewer's copy can look but
not change (writing controls disabled with the reason; the runner refuses as a safety net)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.domain.enums import Channel, Priority
from app.services.changes import Changes
from app.services.complaints import ComplaintDraft
from app.services.contacts import ContactDraft
from app.services.interactions import InteractionDraft
from app.services.settings import BackupSettings
from app.services.tasks import TaskDraft, TaskList
from app.services.team import who_am_i
from app.ui.common.shell import LocalShell
from app.ui.complaints.view import ComplaintsPane
from app.ui.contacts.dialogs import ContactDialog
from app.ui.contacts.view import ContactsPane
from app.ui.main_window import MainWindow
from app.ui.quick_log.dialog import QuickLogDialog
from app.ui.settings.dialog import SettingsDialog
from app.ui.settings.pages import BackupsPage
from app.ui.tasks.dialogs import NewTaskDialog
from app.ui.tasks.view import TasksPane
from app.ui.timeline.view import ContactTimelineWidget
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from tests.team_seat_helpers import join, staff
from tests.ui.helpers import user_error_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: popups

ADMINS_ONLY = "Only the team's administrators change these; ask one of them."
WHY = "Your role on the team hub is viewer: you can look, not change."


def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    """A window whose background sync stays off (no hub runs in these tests)."""
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.sync.interval.stop()
    win.sync.soon.stop()
    return win


def settings_pages(qtbot: QtBot, win: MainWindow) -> tuple[SettingsDialog, dict[str, QWidget]]:
    """The window's settings dialog, opened, and its pages by title."""
    dialog = win.open_settings()
    qtbot.addWidget(dialog)
    titles = [dialog.page_list.item(i).text() for i in range(dialog.page_list.count())]
    return dialog, {title: dialog.page_widget(n) for n, title in enumerate(titles)}


def on_next_dialog(act: Callable[[QDialog], None]) -> list[QDialog]:
    """Run `act` on the modal dialog about to open; the list records what opened (a test
    whose dialog never opens does not hang: the check runs once the event loop turns)."""
    opened: list[QDialog] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            opened.append(dialog)
            act(dialog)

    QTimer.singleShot(0, check)
    return opened


def test_a_viewer_copy_disables_the_writing_actions_and_says_why(
    ctx: AppContext, qtbot: QtBot
) -> None:
    staff(ctx, "Sam", "sam")
    join(ctx, "sam", "viewer")
    win = window(qtbot, ctx)
    new_task = win.global_actions["new_task"]
    assert not new_task.isEnabled()
    assert WHY in new_task.toolTip()
    opened = on_next_dialog(lambda d: d.reject())
    new_task.trigger()
    qtbot.wait(50)
    assert opened == []
    assert win.global_actions["export.open"].isEnabled()  # looking is fine
    assert win.global_actions["import.open"].toolTip().endswith(WHY)
    contacts = win.pane("contacts")
    assert isinstance(contacts, ContactsPane)
    assert not contacts.new_action.isEnabled()
    assert [a.isEnabled() for a in contacts.bulk.menu.actions()[:4]] == [False] * 4
    assert contacts.export_action.isEnabled()


def test_a_member_copy_writes_and_a_sync_that_makes_me_viewer_locks_the_window(
    ctx: AppContext, qtbot: QtBot
) -> None:
    staff(ctx, "Sam", "sam")
    join(ctx, "sam", "member")
    win = window(qtbot, ctx)
    new_task = win.global_actions["new_task"]
    assert new_task.isEnabled()
    assert new_task.toolTip() == "New Task… (Ctrl+T)"
    opened = on_next_dialog(lambda d: d.reject())
    new_task.trigger()
    assert len(opened) == 1
    assert isinstance(opened[0], NewTaskDialog)
    join(ctx, "sam", "viewer")  # what the next sync stores
    win.sync.refresh_status()  # the controller's `changed`, as after a sync
    assert not new_task.isEnabled()
    assert new_task.toolTip() == f"New Task… (Ctrl+T)\n{WHY}"
    join(ctx, "sam", "member")
    win.sync.refresh_status()
    assert new_task.isEnabled()
    assert new_task.toolTip() == "New Task… (Ctrl+T)"


def test_the_runner_refuses_a_viewers_write_but_lets_them_leave_the_team(
    ctx: AppContext, qtbot: QtBot
) -> None:
    join(ctx, "sam", "viewer")
    win = window(qtbot, ctx)

    def write() -> Changes:
        return Changes(tasks=frozenset({ctx.tasks.create(TaskDraft(title="Sneaky")).id}))

    assert not win.operations.run(write, win)
    assert user_error_text(win) == WHY
    assert ctx.tasks.count(TaskList.UPCOMING) == 0
    assert win.operations.run(Changes, win, writes=False)  # a read, e.g. an export
    assert win.sync.leave()  # joining and leaving are this copy's own business
    assert not win.operations.seat.read_only
    assert win.operations.run(write, win)


def test_tasks_pane_buttons_follow_the_role(ctx: AppContext, qtbot: QtBot) -> None:
    join(ctx, "sam", "viewer")
    ctx.tasks.create(TaskDraft(title="Call back", due_at=ctx.clock.now() + timedelta(days=3)))
    pane = TasksPane(ctx)
    qtbot.addWidget(pane)
    pane.show_list(TaskList.UPCOMING)
    pane.table.setCurrentIndex(pane.model.index(0, 0))
    assert not pane.done_button.isEnabled()
    assert pane.done_button.toolTip() == WHY
    qtbot.mouseClick(pane.done_button, Qt.MouseButton.LeftButton)
    assert ctx.tasks.count(TaskList.DONE) == 0
    assert pane.export_button.isEnabled()
    join(ctx, "sam", "member")
    pane.shell.operations.seat.update(who_am_i(ctx.db))  # as the window does after a sync
    pane.table.setCurrentIndex(pane.model.index(0, 0))
    assert pane.done_button.isEnabled()
    qtbot.mouseClick(pane.done_button, Qt.MouseButton.LeftButton)
    assert ctx.tasks.count(TaskList.DONE) == 1


def test_a_new_task_is_mine_by_default_and_shows_its_owner(ctx: AppContext, qtbot: QtBot) -> None:
    adam = staff(ctx, "Adam")
    sam = staff(ctx, "Sam", "sam")
    join(ctx, "sam", "member")
    pane = TasksPane(ctx)
    qtbot.addWidget(pane)
    seen: list[list[str]] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NewTaskDialog)
        picker = dialog.owner_box
        seen.append([picker.itemText(i) for i in range(picker.count())])
        assert picker.currentData() == sam
        qtbot.keyClicks(dialog.title_box, "Send the quote")
        qtbot.keyClicks(dialog.due_box, "in 3 days")
        dialog.save()

    on_next_dialog(fill)
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    assert seen == [["Unassigned", "Adam", "Sam"]]
    pane.show_list(TaskList.UPCOMING)
    (task_id,) = ctx.tasks.ids(TaskList.UPCOMING)
    assert ctx.tasks.get(task_id).owner_id == sam
    owner = next(
        c
        for c in range(pane.model.columnCount())
        if pane.model.headerData(c, Qt.Orientation.Horizontal) == "Owner"
    )
    assert pane.model.index(0, owner).data() == "Sam"
    pane.table.setCurrentIndex(pane.model.index(0, 0))
    menu = pane.owner_button.menu()
    menu.aboutToShow.emit()  # as when the button's menu opens
    assert [(a.text(), a.isChecked()) for a in menu.actions()] == [
        ("Unassigned", False),
        ("Adam", False),
        ("Sam", True),
    ]
    menu.actions()[1].trigger()
    assert ctx.tasks.get(task_id).owner_id == adam
    assert pane.model.index(0, owner).data() == "Adam"


def test_my_tasks_shows_mine_and_is_remembered(ctx: AppContext, qtbot: QtBot) -> None:
    sam, vera = staff(ctx, "Sam", "sam"), staff(ctx, "Vera", "vera")
    later = ctx.clock.now() + timedelta(days=2)
    for title, owner in (("Mine", sam), ("Hers", vera), ("Nobody's", None)):
        ctx.tasks.create(TaskDraft(title=title, due_at=later, owner_id=owner))
    solo = TasksPane(ctx)
    qtbot.addWidget(solo)
    assert not solo.mine_button.isVisibleTo(solo)  # not in a team: no "My tasks"
    join(ctx, "sam", "member")
    pane = TasksPane(ctx)
    qtbot.addWidget(pane)
    pane.show_list(TaskList.UPCOMING)
    assert pane.mine_button.isVisibleTo(pane)
    assert pane.model.rowCount() == 3
    qtbot.mouseClick(pane.mine_button, Qt.MouseButton.LeftButton)
    assert [pane.model.row_data(r).title for r in range(pane.model.rowCount())] == ["Mine"]
    assert pane.tabs.tabText(2) == "Upcoming (1)"
    again = TasksPane(ctx)
    qtbot.addWidget(again)
    again.show_list(TaskList.UPCOMING)
    assert again.mine_button.isChecked()
    assert again.model.rowCount() == 1


def test_my_contacts_filter(ctx: AppContext, qtbot: QtBot) -> None:
    sam, vera = staff(ctx, "Sam", "sam"), staff(ctx, "Vera", "vera")
    for first, owner in (("Anna", sam), ("Bert", vera), ("Cleo", None)):
        ctx.contacts.create(ContactDraft(first_name=first, last_name="Test", owner_id=owner))
    join(ctx, "sam", "member")
    host = QWidget()
    qtbot.addWidget(host)
    shell = LocalShell(ctx, host)
    pane = ContactsPane(ctx, shell=shell)
    qtbot.addWidget(pane)
    box = pane.filters.mine_box
    assert box.isVisibleTo(pane.filters)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    qtbot.waitUntil(lambda: pane.visible_names() == ["Anna Test"])
    assert not pane.filters.owner_filter.isEnabled()
    again = ContactsPane(ctx, shell=shell)  # the same preferences: remembered
    qtbot.addWidget(again)
    assert again.filters.mine_box.isChecked()
    qtbot.waitUntil(lambda: again.visible_names() == ["Anna Test"])
    owners: list[object] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactDialog)
        owners.append(dialog.owner.currentData())
        dialog.reject()

    on_next_dialog(look)
    again.new_action.trigger()
    assert owners == [sam]  # a new contact is mine at first


def test_the_contact_editor_lists_staff_and_a_viewer_cannot_save(
    ctx: AppContext, qtbot: QtBot
) -> None:
    staff(ctx, "Sam", "sam")
    gone = staff(ctx, "Gone", active=False)
    anna = ctx.contacts.create(ContactDraft(first_name="Anna", last_name="Test", owner_id=gone))
    join(ctx, "sam", "viewer")
    pane = ContactsPane(ctx)
    qtbot.addWidget(pane)
    pane.reveal_contact(anna.id)
    seen: list[tuple[list[str], object, bool, str]] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, ContactDialog)
        owner = dialog.owner
        names = [owner.itemText(i) for i in range(owner.count())]
        seen.append(
            (
                names,
                owner.currentData(),
                dialog.save_button.isEnabled(),
                dialog.save_button.toolTip(),
            )
        )
        dialog.reject()

    on_next_dialog(look)
    pane.edit_current()
    assert seen == [(["Unassigned", "Gone", "Sam"], gone, False, WHY)]


def test_my_cases_filter(ctx: AppContext, qtbot: QtBot) -> None:
    sam, vera = staff(ctx, "Sam", "sam"), staff(ctx, "Vera", "vera")
    customer = ctx.contacts.create(ContactDraft(first_name="Anna", last_name="Test")).id
    for owner in (sam, vera, None):
        ctx.complaints.open(
            ComplaintDraft(
                customer, Channel.PHONE, "late", Priority.NORMAL, "Late.", owner_id=owner
            )
        )
    join(ctx, "sam", "member")
    pane = ComplaintsPane(ctx)
    qtbot.addWidget(pane)
    assert pane.count_label.text() == "3 cases"
    qtbot.mouseClick(pane.mine_button, Qt.MouseButton.LeftButton)
    assert pane.count_label.text() == "1 case"
    assert pane.queue_bar.tabText(0) == "Open (1)"
    assert pane.model.row_data(0).owner == "Sam"
    owner = pane.detail.owner
    qtbot.waitUntil(lambda: owner.count() == 3)
    assert [owner.itemText(i) for i in range(3)] == ["Unassigned", "Sam", "Vera"]
    assert owner.currentData() == sam


def test_a_viewer_sees_the_teams_settings_but_cannot_change_them(
    ctx: AppContext, qtbot: QtBot
) -> None:
    join(ctx, "sam", "admin")
    win = window(qtbot, ctx)
    dialog, pages = settings_pages(qtbot, win)
    business, appearance = pages["Business"], pages["Appearance"]
    assert business.isEnabled()
    business.name.setText("Renamed by a viewer")  # type: ignore[attr-defined]
    join(ctx, "sam", "viewer")  # a sync meanwhile made me a viewer
    win.sync.refresh_status()
    assert not business.isEnabled()
    assert business.toolTip() == WHY
    assert appearance.isEnabled()  # this computer's own preferences
    apply = dialog.buttons.button(QDialogButtonBox.StandardButton.Apply)
    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    beside = business._errors[business.name]  # type: ignore[attr-defined]
    assert beside.text() == WHY  # the refusal shows beside the first changed field
    assert ctx.settings.business().name != "Renamed by a viewer"
    dialog.reject()


def test_a_member_changes_custom_fields_but_not_the_admins_settings(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """The hub takes settings and staff from admins only: a member's change there would be
    refused and hold up every later sync, so a member's copy does not offer it."""
    join(ctx, "sam", "member")
    win = window(qtbot, ctx)
    dialog, pages = settings_pages(qtbot, win)
    for title in ("Business", "Working hours", "Staff"):
        page = pages[title]
        assert not page.isEnabled(), title
        assert page.toolTip() == ADMINS_ONLY, title
    assert pages["Custom fields"].isEnabled()
    join(ctx, "sam", "admin")  # a sync meanwhile made me an admin
    win.sync.refresh_status()
    assert pages["Business"].isEnabled()
    dialog.reject()


def test_a_viewer_sets_this_computers_backups(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    """Backups are this computer's own, never synced: a viewer's copy sets them too (before,
    they were the team's settings, and only an admin's folder, a path on their computer,
    reached every laptop)."""
    join(ctx, "sam", "viewer")
    win = window(qtbot, ctx)
    dialog, pages = settings_pages(qtbot, win)
    backups = pages["Backups"]
    assert backups.isEnabled()
    assert isinstance(backups, BackupsPage)
    qtbot.keyClicks(backups.folder, str(tmp_path / "mine"))
    backups.keep_daily.selectAll()
    qtbot.keyClicks(backups.keep_daily, "21")
    apply = dialog.buttons.button(QDialogButtonBox.StandardButton.Apply)
    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)
    assert ctx.settings.backups() == BackupSettings(str(tmp_path / "mine"), keep_daily=21)
    assert ctx.backups.folder() == tmp_path / "mine"
    dialog.reject()


def test_a_viewer_cannot_delete_from_a_contacts_timeline(ctx: AppContext, qtbot: QtBot) -> None:
    anna = ctx.contacts.create(ContactDraft(first_name="Anna", last_name="Test")).id
    ctx.interactions.log(InteractionDraft(anna, ctx.clock.now(), subject="Called"))
    join(ctx, "sam", "viewer")
    host = QWidget()
    qtbot.addWidget(host)
    widget = ContactTimelineWidget(ctx, anna, LocalShell(ctx, host).operations)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert not widget.log_button.isEnabled()
    view = widget.view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    view.list.setFocus()
    row = next(r for r in range(view.model.rowCount()) if view.model.entry_at(r) is not None)
    view.list.setCurrentIndex(view.model.index(row))
    qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    assert view.error_label.text() == WHY
    entry = view.selected_entry()
    assert entry is not None
    assert ctx.interactions.get(entry.source_id).subject == "Called"  # still there


def test_a_follow_up_logged_in_a_team_is_mine(ctx: AppContext, qtbot: QtBot) -> None:
    sam = staff(ctx, "Sam", "sam")
    join(ctx, "sam", "member")
    anna = ctx.contacts.create(ContactDraft(first_name="Anna", last_name="Test")).id
    dialog = QuickLogDialog(ctx, contact_id=anna)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.follow_up_box, "Send the quote")
    qtbot.keyClicks(dialog.follow_up_when, "in 3 days")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    (task,) = ctx.tasks.rows(ctx.tasks.ids(TaskList.UPCOMING)).values()
    assert (task.title, task.owner_id, task.owner) == ("Send the quote", sam, "Sam")
