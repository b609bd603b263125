"""The contacts pane: search, filters, segments, editing, undo, bulk actions, merge, keys."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from app.bootstrap import AppContext, build_context
from app.config.paths import AppPaths
from app.domain.clock import FixedClock
from app.domain.contact_query import ContactFilter
from app.domain.enums import ContactSource, LifecycleStage
from app.services.changes import Changes
from app.services.contacts import ContactDraft, ContactService
from app.storage.models import Contact, ContactStats
from app.ui.common.workers import Task
from app.ui.contacts import bulk as bulk_module
from app.ui.contacts import table as table_module
from app.ui.contacts import view as view_module
from app.ui.contacts.dialogs import ContactDialog, MergeDialog
from app.ui.contacts.duplicates_view import DuplicatesDialog
from app.ui.contacts.model import COLUMNS
from app.ui.contacts.view import ContactsPane
from app.ui.i18n import apply_language
from app.ui.main_window import MainWindow
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.helpers import user_error_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def add(ctx: AppContext) -> Callable[..., list[int]]:
    def make(*drafts: ContactDraft) -> list[int]:
        return [ctx.contacts.create(d).id for d in drafts]

    return make


@pytest.fixture
def pane(qtbot: QtBot, ctx: AppContext, add: Callable[..., list[int]]) -> ContactsPane:
    add(
        ContactDraft("Jürgen", "Müller", phone="+49 30 1234567", tags=("vip",)),
        ContactDraft("Anna", "Muller-Smith", email="anna@example.com"),
        ContactDraft("Bob", "Stone", stage=LifecycleStage.CUSTOMER),
    )
    widget = ContactsPane(ctx)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def window_pane(qtbot: QtBot, ctx: AppContext, add: Callable[..., list[int]]) -> ContactsPane:
    """The pane inside a shown, active main window (shortcuts need an active window)."""
    add(ContactDraft("Anna", "A"), ContactDraft("Bob", "B"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    pane = window.pane("contacts")
    assert isinstance(pane, ContactsPane)
    return pane


def test_list_model_passes_the_model_tester(pane: ContactsPane, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(pane.model)


def test_search_ignores_accents_and_finds_phone_in_any_form(
    pane: ContactsPane, qtbot: QtBot
) -> None:
    qtbot.keyClicks(pane.search_box, "muller")
    qtbot.waitUntil(lambda: pane.visible_names() == ["Anna Muller-Smith", "Jürgen Müller"])
    pane.search_box.setText("030 1234")
    qtbot.waitUntil(lambda: pane.visible_names() == ["Jürgen Müller"])
    assert pane.count_label.text() == "1 contact"
    pane.search_box.setText("zzz")
    qtbot.waitUntil(lambda: pane.list_stack.currentWidget() is pane.no_match)


def test_filter_and_segment_save_reopen(pane: ContactsPane, ctx: AppContext) -> None:
    pane.stage_filter.setCurrentIndex(pane.stage_filter.findData(LifecycleStage.CUSTOMER))
    assert pane.visible_names() == ["Bob Stone"]
    pane.save_segment("Customers")
    assert [s.name for s in ctx.segments.list()] == ["Customers"]
    pane.stage_filter.setCurrentIndex(0)
    assert len(pane.visible_names()) == 3
    item = pane.segments.findItems("Customers", Qt.MatchFlag.MatchExactly)[0]
    pane.segments.itemClicked.emit(item)
    assert pane.visible_names() == ["Bob Stone"]
    assert pane.stage_filter.currentData() == LifecycleStage.CUSTOMER


def test_tag_filter_and_open_complaint_filter(pane: ContactsPane, ctx: AppContext) -> None:
    pane.tag_filter.setCurrentIndex(pane.tag_filter.findData("vip"))
    assert pane.visible_names() == ["Jürgen Müller"]
    pane.tag_filter.setCurrentIndex(0)
    bob = ctx.contacts.list_ids(pane.current_filter().__class__(text="stone"))[0]
    with ctx.db.write() as session:
        session.add(ContactStats(contact_id=bob, open_complaints=2, lifetime_value_minor=5000))
    pane.complaint_filter.setCurrentIndex(pane.complaint_filter.findData(True))
    assert pane.visible_names() == ["Bob Stone"]
    pane.complaint_filter.setCurrentIndex(0)
    pane.contacted_after.setDate(QDate(2026, 1, 1))
    assert pane.visible_names() == []
    pane.save_segment("Recent")
    pane.contacted_after.setDate(pane.contacted_after.minimumDate())
    assert len(pane.visible_names()) == 3
    pane.show_filter(ctx.segments.list()[0].query)
    assert pane.contacted_after.date() == QDate(2026, 1, 1)


def test_edit_dialog_shows_messages_beside_fields(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = ContactDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.first_name.setText("Eve")
    dialog.email.setText("bob@")
    dialog.phone.setText("12")
    dialog.save()
    assert dialog.saved is None
    assert dialog.errors["email"].isVisibleTo(dialog)
    assert "e-mail" in dialog.errors["email"].text()
    assert dialog.errors["phone"].isVisibleTo(dialog)
    assert not dialog.errors["first_name"].isVisibleTo(dialog)
    dialog.email.setText("eve@example.com")
    dialog.phone.setText("030 1234567")
    dialog.tags.setText("vip, new")
    dialog.save()
    assert dialog.saved is not None
    profile = ctx.contacts.profile(dialog.saved.id)
    assert profile.tags == ("new", "vip")
    # untouched, stage and source are the defaults, not whatever the first item was
    assert (profile.contact.stage, profile.contact.source) == (
        LifecycleStage.LEAD,
        ContactSource.OTHER,
    )


def test_delete_with_undo_and_shortcuts(window_pane: ContactsPane, qtbot: QtBot) -> None:
    pane = window_pane
    pane.table.setFocus()
    pane.table.selectRow(0)
    first = pane.visible_names()[0]
    qtbot.keyClick(pane.table, Qt.Key.Key_Delete)
    assert first not in pane.visible_names()
    assert "Ctrl+Z" in pane.undo_label.text()
    qtbot.keyClick(pane.table, Qt.Key.Key_Z, CTRL)
    assert first in pane.visible_names()
    qtbot.keyClick(pane.table, Qt.Key.Key_F, CTRL)
    assert pane.search_box.hasFocus()


def test_a_contact_deleted_on_another_copy_leaves_the_list(
    window_pane: ContactsPane, ctx: AppContext, qtbot: QtBot
) -> None:
    """A sync that deleted a shown contact announces it like an edit: its row, read again,
    is gone, and the list runs its query again instead of showing a blank row."""
    pane = window_pane
    window = pane.window()
    assert isinstance(window, MainWindow)
    bob = next(i for i in range(pane.model.rowCount()) if "Bob" in pane.visible_names()[i])
    bob_id = pane.model.id_at(bob)
    ctx.contacts.delete(bob_id)  # as a pull writes it: nothing of the pane's own
    with qtbot.waitSignal(pane.model.requeried):
        window.operations.announce(Changes.of_contacts(bob_id), "a sync")
        pane.table.viewport().repaint()
    assert pane.model.row_of(bob_id) is None
    assert pane.visible_names() == ["Anna A"]
    assert all(pane.model.row_data(r) is not None for r in range(pane.model.rowCount()))


def test_bulk_tag_stage_and_delete(pane: ContactsPane, ctx: AppContext) -> None:
    pane.table.selectAll()
    assert len(pane.selected_ids()) == 3
    pane.bulk_tag("wholesale")
    pane.bulk_stage(LifecycleStage.LOYAL)
    ids = pane.selected_ids()
    assert all(ctx.contacts.profile(i).contact.stage is LifecycleStage.LOYAL for i in ids)
    assert all("wholesale" in ctx.contacts.profile(i).tags for i in ids)
    pane.bulk_untag("wholesale")
    assert all("wholesale" not in ctx.contacts.profile(i).tags for i in ids)
    pane.delete_selected()
    assert pane.list_stack.currentWidget() is pane.empty
    pane.undo()
    assert len(pane.visible_names()) == 3


def test_merge_and_undo(pane: ContactsPane, ctx: AppContext) -> None:
    ids = ctx.contacts.list_ids(pane.current_filter())
    keep, other = ids[0], ids[1]
    record = ctx.duplicates.merge(keep, other, {"name": other})
    pane.merged(record)
    assert len(pane.visible_names()) == 2
    pane.undo()
    assert len(pane.visible_names()) == 3


def test_customer_text_is_plain(qtbot: QtBot, ctx: AppContext) -> None:
    evil = "<b>x</b><img src=file:///etc/passwd>"
    ctx.contacts.create(ContactDraft(evil, "", company=evil))
    widget = ContactsPane(ctx)
    qtbot.addWidget(widget)
    assert widget.visible_names() == [evil]
    qtbot.waitUntil(lambda: widget.profile.name_label.text() == evil)
    assert widget.profile.name_label.textFormat() == Qt.TextFormat.PlainText


def test_columns_are_remembered(qtbot: QtBot, ctx: AppContext, pane: ContactsPane) -> None:
    pane.set_column_visible("phone", False)
    header = pane.table.horizontalHeader()
    header.moveSection(header.visualIndex(2), 0)  # e-mail first
    again = ContactsPane(ctx)
    qtbot.addWidget(again)
    assert again.visible_columns() == pane.visible_columns()
    assert again.visible_columns()[0] == "email"
    assert "phone" not in again.visible_columns()


def test_ctrl_n_opens_the_new_contact_dialog(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[bool] = []
    monkeypatch.setattr(ContactsPane, "new_contact", lambda _self: opened.append(True))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.global_actions["contact.new"].trigger()
    assert opened == [True]
    assert window.current_pane_key == "contacts"


def test_arrows_move_and_enter_opens(
    window_pane: ContactsPane, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    pane = window_pane
    opened: list[int | None] = []
    monkeypatch.setattr(
        ContactsPane, "edit_current", lambda self: opened.append(self.profile.contact_id)
    )
    pane.table.setFocus()
    pane.table.selectRow(0)
    qtbot.keyClick(pane.table, Qt.Key.Key_Down)
    assert pane.table.currentIndex().row() == 1
    qtbot.waitUntil(lambda: pane.profile.name_label.text() == pane.visible_names()[1])
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    assert opened == [pane.profile.contact_id]


def test_duplicates_dialog_merges_with_undo(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx.contacts.create(ContactDraft("Anna", "Meyer", email="anna@example.com"))
    ctx.contacts.create(ContactDraft("Anna", "Meier", email="anna@example.com"))
    pane = ContactsPane(ctx)
    qtbot.addWidget(pane)
    dialog = DuplicatesDialog(ctx, pane.merged, pane)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.pairs) == 1)
    assert dialog.table.item(0, 6).text() == "same e-mail"
    monkeypatch.setattr(MergeDialog, "exec", lambda _self: 1)  # accepted
    dialog.merge_selected()
    assert pane.visible_names() == ["Anna Meyer"]
    pane.undo()
    assert pane.visible_names() == ["Anna Meier", "Anna Meyer"]


def test_duplicate_reasons_read_in_the_interface_language(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.contacts.create(ContactDraft("Anna", "Meyer", phone="+49 30 1234567"))
    ctx.contacts.create(ContactDraft("Anna", "Meier", phone="030 1234567"))
    apply_language("es")
    try:
        pane = ContactsPane(ctx)
        qtbot.addWidget(pane)
        dialog = DuplicatesDialog(ctx, pane.merged, pane)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: len(dialog.pairs) == 1)
        assert dialog.table.item(0, 6).text() == "mismo teléfono"
        names = {dialog.table.item(0, 0).text(), dialog.table.item(1, 0).text()}
        assert names == {"Anna Meyer", "Anna Meier"}  # as typed, not the folded sort key
    finally:
        apply_language("en")


def test_profile_tabs_host_the_features_and_build_only_when_shown(
    qtbot: QtBot, ctx: AppContext, add: Callable[..., list[int]]
) -> None:
    from app.ui.complaints.view import ContactComplaintsWidget  # noqa: PLC0415
    from app.ui.contacts.profile import ContactProfileView  # noqa: PLC0415
    from app.ui.privacy.tab import PrivacyTab  # noqa: PLC0415
    from app.ui.timeline.view import ContactTimelineWidget  # noqa: PLC0415

    (anna,) = add(ContactDraft("Anna", "Muller"))
    view = ContactProfileView(ctx)
    qtbot.addWidget(view)
    view.show_contact(anna)
    tabs = view.tab_widget
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert isinstance(tabs.widget(0), ContactTimelineWidget)
    assert not isinstance(tabs.widget(1), ContactComplaintsWidget)  # not shown yet: not built
    tabs.setCurrentIndex(1)
    assert isinstance(tabs.widget(1), ContactComplaintsWidget)
    privacy = next(i for i, t in enumerate(titles) if t.startswith("Privacy"))
    tabs.setCurrentIndex(privacy)
    assert isinstance(tabs.widget(privacy), PrivacyTab)
    assert tabs.currentIndex() == privacy


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: the message box
def test_big_bulk_change_runs_in_a_worker_and_cancel_changes_nothing(
    pane: ContactsPane, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk_module, "BULK_INLINE", 0)  # three contacts count as "big"
    pane.table.selectAll()
    ids = pane.selected_ids()
    pane.bulk_stage(LifecycleStage.LOYAL)
    qtbot.waitUntil(lambda: not pane.shell.operations.running)
    assert {ctx.contacts.profile(i).contact.stage for i in ids} == {LifecycleStage.LOYAL}
    before = {i: ctx.contacts.profile(i).contact.version for i in ids}
    start = Task.start
    monkeypatch.setattr(Task, "start", lambda _task, _pool=None: None)  # held until cancelled
    pane.bulk_tag("wholesale")
    (task,) = pane.shell.operations.running
    task.cancelled.cancel()  # what the progress dialog's Cancel does
    monkeypatch.setattr(Task, "start", start)
    task.start()
    qtbot.waitUntil(lambda: not pane.shell.operations.running)
    assert "cancelled" in user_error_text(pane)
    assert {i: ctx.contacts.profile(i).contact.version for i in ids} == before
    assert all("wholesale" not in ctx.contacts.profile(i).tags for i in ids)
    pane.delete_selected()
    qtbot.waitUntil(lambda: pane.list_stack.currentWidget() is pane.empty)
    pane.undo()
    qtbot.waitUntil(lambda: len(pane.visible_names()) == 3)


def test_merge_undo_survives_a_restart(
    qtbot: QtBot, ctx: AppContext, db_path: Path, paths: AppPaths, clock: FixedClock
) -> None:
    keep = ctx.contacts.create(ContactDraft("Anna", "Meyer", email="anna@example.com")).id
    other = ctx.contacts.create(ContactDraft("Ana", "Meier", email="anna@example.com")).id
    ctx.duplicates.merge(keep, other, {"name": other})
    ctx.close()
    again = build_context(db_path, paths=paths, clock=clock)
    try:
        pane = ContactsPane(again)
        qtbot.addWidget(pane)
        assert pane.visible_names() == ["Ana Meier"]
        pane.undo()
        assert pane.visible_names() == ["Ana Meier", "Anna Meyer"]
        assert again.duplicates.last_undoable_merge() is None
    finally:
        again.close()


def test_a_long_list_paints_its_first_page_then_appends_the_rest(
    pane: ContactsPane, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(table_module, "FIRST_PAGE", 2)
    pane.apply_filter()
    assert pane.model.rowCount() == 2
    assert pane.count_label.text() == "Counting contacts…"
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3)
    assert pane.count_label.text() == "3 contacts"
    assert pane.visible_names() == ["Anna Muller-Smith", "Bob Stone", "Jürgen Müller"]
    qtmodeltester.check(pane.model)


def test_a_header_click_paints_the_first_page_then_appends_the_rest(
    pane: ContactsPane, qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table_module, "FIRST_PAGE", 2)
    with ctx.db.write() as session:
        for value, contact_id in enumerate(pane.model.id_at(r) for r in range(3)):
            session.add(ContactStats(contact_id=contact_id, lifetime_value_minor=value))
    column = [c.key for c in COLUMNS].index("lifetime_value")
    header = pane.table.horizontalHeader()
    header.setSortIndicator(column, Qt.SortOrder.DescendingOrder)
    assert pane.counting
    assert pane.visible_names() == ["Jürgen Müller", "Bob Stone"]
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3)
    assert pane.visible_names() == ["Jürgen Müller", "Bob Stone", "Anna Muller-Smith"]
    assert pane.count_label.text() == "3 contacts"


def test_revealing_a_contact_past_the_first_page_chooses_it_when_its_row_lands(
    pane: ContactsPane, qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Open contact (from a task, the timeline, the palette) on a contact that sorts after
    the first page: its row is chosen once the rest of the list has been read."""
    monkeypatch.setattr(table_module, "FIRST_PAGE", 2)
    monkeypatch.setattr(table_module, "COUNT_DELAY_MS", 60_000)  # read at once when needed
    last = ctx.contacts.list_ids(ContactFilter())[-1]
    pane.apply_filter()
    pane.reveal_contact(last)
    assert pane.counting
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3)
    assert pane.list_stack.current_id() == last
    assert pane.visible_names()[pane.table.currentIndex().row()] == "Jürgen Müller"


def _select_all_on_the_first_page(pane: ContactsPane, qtbot: QtBot) -> None:
    """Ctrl+A while only the first page (2 of 3, FIRST_PAGE patched) is shown and the rest
    is still being counted."""
    pane.apply_filter()
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_A, CTRL)
    assert pane.counting
    assert pane.model.rowCount() == 2


def test_ctrl_a_while_counting_selects_every_matching_contact(
    pane: ContactsPane, qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table_module, "FIRST_PAGE", 2)
    _select_all_on_the_first_page(pane, qtbot)
    ids = ctx.contacts.list_ids(ContactFilter())
    assert len(ids) == 3
    pane.bulk_stage(LifecycleStage.CUSTOMER)  # runs when the whole list has been read
    qtbot.waitUntil(lambda: {ctx.contacts.get(i).stage for i in ids} == {LifecycleStage.CUSTOMER})
    pane.apply_filter()
    qtbot.keyClick(pane.table, Qt.Key.Key_A, CTRL)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3)
    assert len(pane.table.selectionModel().selectedRows()) == 3


def test_a_bulk_action_on_everything_while_counting_waits_for_the_list_off_the_gui_thread(
    pane: ContactsPane, qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+A then a bulk tag while "Counting contacts…": the whole list is read by the worker
    (never on the GUI thread) and the tag reaches every contact when it lands."""
    monkeypatch.setattr(table_module, "FIRST_PAGE", 2)
    monkeypatch.setattr(table_module, "COUNT_DELAY_MS", 60_000)  # the worker waits for the action
    readers: list[bool] = []
    whole_list = ContactService.list_ids

    def list_ids(service: ContactService, *args: object) -> list[int]:
        readers.append(threading.current_thread() is threading.main_thread())
        return whole_list(service, *args)  # type: ignore[arg-type]  # the real method

    monkeypatch.setattr(ContactService, "list_ids", list_ids)
    pane = ContactsPane(ctx)
    qtbot.addWidget(pane)
    _select_all_on_the_first_page(pane, qtbot)
    pane.bulk_tag("wholesale")
    assert "once they are counted" in pane.undo_label.text()
    assert pane.count_label.text() == "Counting contacts…"
    qtbot.waitUntil(lambda: "3 contacts changed." in pane.undo_label.text())
    assert readers == [False]  # one read of the whole list, by the worker
    everyone = whole_list(ctx.contacts, ContactFilter())
    assert all("wholesale" in ctx.contacts.profile(i).tags for i in everyone)
    assert len(pane.table.selectionModel().selectedRows()) == 3


def test_a_waiting_bulk_action_is_dropped_when_the_list_changes(
    pane: ContactsPane, qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table_module, "FIRST_PAGE", 2)
    _select_all_on_the_first_page(pane, qtbot)
    pane.bulk_tag("wholesale")
    pane.search_box.setText("bob")
    pane.apply_filter()  # before the whole list has landed
    assert "nothing was changed" in pane.undo_label.text()
    qtbot.waitUntil(lambda: not pane.ids_loading)
    everyone = ctx.contacts.list_ids(ContactFilter())
    assert all("wholesale" not in ctx.contacts.profile(i).tags for i in everyone)


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen
def test_a_narrow_pane_folds_the_filters_and_the_360_view_can_be_folded_and_remembered(
    pane: ContactsPane, qtbot: QtBot, ctx: AppContext
) -> None:
    pane.resize(1090, 700)
    pane.show()
    qtbot.waitExposed(pane)
    sizes = pane.splitter.sizes()
    assert sizes[view_module.SIDE] == 0
    assert sizes[view_module.PROFILE] > 0
    assert not pane.filters_action.isChecked()
    assert pane.details_action.isChecked()
    pane.resize(1700, 700)
    qtbot.waitUntil(lambda: pane.splitter.sizes()[view_module.SIDE] > 0)
    pane.details_action.trigger()
    assert pane.splitter.sizes()[view_module.PROFILE] == 0
    again = ContactsPane(ctx)
    qtbot.addWidget(again)
    again.resize(1700, 700)
    again.show()
    qtbot.waitExposed(again)
    assert again.splitter.sizes()[view_module.PROFILE] == 0
    assert not again.details_action.isChecked()
    again.details_action.trigger()
    assert (
        again.splitter.sizes()[view_module.PROFILE] == view_module.PART_WIDTHS[view_module.PROFILE]
    )
    assert again.profile.contact_id == again.model.id_at(0)


def test_segments_are_listed_under_contacts_in_the_navigation(
    window_pane: ContactsPane, ctx: AppContext
) -> None:
    pane = window_pane
    window = pane.window()
    assert isinstance(window, MainWindow)
    nav = window.navigation

    def children() -> list[str]:
        return [
            nav.item(r).text().strip()
            for r in range(nav.count())
            if nav.item(r).data(Qt.ItemDataRole.UserRole + 2) is not None
        ]

    pane.search_box.setText("bob")
    pane.apply_filter()
    pane.save_segment("Bobs")
    assert children() == ["Bobs"]
    contacts_row = next(r for r in range(nav.count()) if nav.item(r).text() == "Contacts")
    assert nav.item(contacts_row + 1).text().strip() == "Bobs"
    pane.search_box.setText("")
    pane.apply_filter()
    assert len(pane.visible_names()) == 2
    window.show_pane("timeline")
    nav.setCurrentRow(contacts_row + 1)  # clicking the child runs it in the contacts pane
    assert window.current_pane_key == "contacts"
    assert pane.visible_names() == ["Bob B"]
    (segment,) = ctx.segments.list()
    pane.rename_segment(segment.id, "Bob")
    assert children() == ["Bob"]
    pane.delete_segment(segment.id)
    assert children() == []
    window.show_pane("tasks")
    assert window.current_pane_key == "tasks"


def test_import_button_triggers_the_global_import_action(window_pane: ContactsPane) -> None:
    window = window_pane.window()
    assert isinstance(window, MainWindow)
    triggered: list[bool] = []
    window.global_actions["import.open"].triggered.disconnect()
    window.global_actions["import.open"].triggered.connect(lambda: triggered.append(True))
    window_pane.import_button.click()
    assert triggered == [True]


def test_an_imported_contact_saves_again_with_its_unverified_phone_and_display_name(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    """Issue 19 keeps a phone that does not validate (as typed) and a file's own display name;
    editing such a contact in the form must neither refuse the phone nor lose the name."""
    path = tmp_path / "thunderbird.csv"
    path.write_text(
        "First Name,Last Name,Display Name,Primary Email,Work Phone\n"
        "Robert,Lee,Bob from the Mill,bob@example.com,BusinessPhone 12\n",
        encoding="utf-8",
    )
    assert ctx.imports.run(ctx.imports.plan(ctx.imports.inspect(path))).created == 1
    with ctx.db.read() as session:
        row = ctx.contacts.get(session.scalars(select(Contact.id)).one())
    assert (row.display_name, row.phone) == ("Bob from the Mill", "BusinessPhone 12")
    dialog = ContactDialog(ctx, ctx.contacts.profile(row.id))
    qtbot.addWidget(dialog)
    dialog.job_title.setText("Miller")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None, dialog.form_error.text()
    contact = ctx.contacts.profile(row.id).contact
    assert (contact.display_name, contact.phone, contact.job_title) == (
        "Bob from the Mill",
        "BusinessPhone 12",
        "Miller",
    )
    dialog = ContactDialog(ctx, ctx.contacts.profile(row.id))
    qtbot.addWidget(dialog)
    dialog.phone.setText("12")  # a changed phone is checked as ever
    dialog.last_name.setText("Leigh")  # and a renamed contact shows its new name
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    assert dialog.saved is None
    dialog.phone.setText("BusinessPhone 12")
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    assert dialog.saved is not None
    assert ctx.contacts.profile(row.id).contact.display_name == "Robert Leigh"
