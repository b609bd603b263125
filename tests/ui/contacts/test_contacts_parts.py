"""The contacts pane's parts on their own (issue 21): the table, the filters and segments, the
bulk actions and the remembered columns, each driven through its real signals."""

from __future__ import annotations

import pytest
from app.bootstrap import AppContext
from app.config.ui_prefs import UiPrefs
from app.domain.contact_query import ContactFilter
from app.domain.enums import LifecycleStage
from app.services.changes import Changes
from app.services.contacts import ContactDraft
from app.ui.common.operations import Operations
from app.ui.contacts.bulk import BulkActions
from app.ui.contacts.columns import COLUMN_WIDTHS, PREFS_KEY, ColumnLayout
from app.ui.contacts.filters import ContactFilters
from app.ui.contacts.model import COLUMNS
from app.ui.contacts.table import ContactTable
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

CTRL = Qt.KeyboardModifier.ControlModifier

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform


@pytest.fixture
def people(ctx: AppContext) -> list[int]:
    drafts = (
        ContactDraft("Anna", "Adler", email="anna@example.com"),
        ContactDraft("Bob", "Brown", stage=LifecycleStage.CUSTOMER),
        ContactDraft("Cleo", "Cole"),
    )
    return [ctx.contacts.create(d).id for d in drafts]


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def table(qtbot: QtBot, ctx: AppContext, people: list[int]) -> ContactTable:
    widget = ContactTable(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_query(ContactFilter())
    return widget


def _click_header(qtbot: QtBot, table: ContactTable, key: str) -> None:
    header = table.table.horizontalHeader()
    logical = [c.key for c in COLUMNS].index(key)
    x = header.sectionViewportPosition(logical) + header.sectionSize(logical) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


# -- the table -------------------------------------------------------------------------------


def test_the_table_shows_a_query_and_chooses_its_states(
    table: ContactTable, qtmodeltester, ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(table.model)
    assert table.visible_names() == ["Anna Adler", "Bob Brown", "Cleo Cole"]
    assert table.count_label.text() == "3 contacts"
    assert table.current_id() == table.model.id_at(0)
    table.show_query(ContactFilter(text="nobody"))
    assert table.currentWidget() is table.no_match
    for contact_id in ctx.contacts.list_ids(ContactFilter()):
        ctx.contacts.delete_many([contact_id])
    table.show_query(ContactFilter())
    assert table.currentWidget() is table.empty


def test_a_header_click_asks_for_the_filter_again_and_a_double_click_to_open(
    table: ContactTable, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(table.resorted):
        _click_header(qtbot, table, "stage")
    table.show_query(ContactFilter())  # what the pane does on `resorted`
    assert table.visible_names()[-1] == "Bob Brown"  # Lead before Customer
    rect = table.table.visualRect(table.model.index(1, 0))
    viewport = table.table.viewport()
    with qtbot.waitSignal(table.open_requested):
        qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_table_repaints_an_edited_row_without_a_query(
    table: ContactTable, ctx: AppContext, people: list[int]
) -> None:
    anna = people[0]
    ctx.contacts.tag_many([anna], "vip")
    tags = [c.key for c in COLUMNS].index("tags")
    row = table.model.row_of(anna)
    assert row is not None
    table.refresh_rows(frozenset({anna}))
    assert table.model.index(row, tags).data() == "vip"
    assert table.shows_all(frozenset({anna}))
    assert not table.shows_all(frozenset({anna, 10_000}))


def test_an_action_on_everything_waits_while_the_list_is_counted(
    ctx: AppContext, qtbot: QtBot, people: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.contacts import table as table_module  # noqa: PLC0415

    monkeypatch.setattr(table_module, "FIRST_PAGE", 2)
    table = ContactTable(ctx)
    qtbot.addWidget(table)
    table.show()
    qtbot.waitExposed(table)
    table.show_query(ContactFilter())
    assert table.counting
    table.table.setFocus()
    qtbot.keyClick(table.table, Qt.Key.Key_A, CTRL)
    got: list[list[int]] = []
    with qtbot.waitSignal(table.message) as said:
        table.with_selected(got.append)
    assert "once they are counted" in said.args[0]
    qtbot.waitUntil(lambda: bool(got))
    assert sorted(got[0]) == sorted(people)


# -- filters and segments --------------------------------------------------------------------


@pytest.fixture
def filters(qtbot: QtBot, ctx: AppContext, host: QWidget) -> ContactFilters:
    widget = ContactFilters(ctx, Operations(host))
    qtbot.addWidget(widget)
    return widget


def test_typing_a_search_asks_for_the_list_a_moment_later(
    filters: ContactFilters, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(filters.changed):
        qtbot.keyClicks(filters.search_box, "anna")
    assert filters.current().text == "anna"


def test_a_stage_chosen_and_a_bad_amount_read_into_the_filter(
    filters: ContactFilters, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(filters.changed):
        filters.stage_filter.setCurrentIndex(filters.stage_filter.findData(LifecycleStage.LOYAL))
    assert filters.current().stages == (LifecycleStage.LOYAL,)
    qtbot.keyClicks(filters.ltv_min, "lots")
    with qtbot.waitSignal(filters.message) as said:
        query = filters.current()
    assert query.ltv_min_minor is None
    assert "'lots' is not an amount" in said.args[0]


def test_a_saved_segment_goes_through_the_runner_and_opens_by_a_click(
    filters: ContactFilters, qtbot: QtBot, ctx: AppContext
) -> None:
    filters.stage_filter.setCurrentIndex(filters.stage_filter.findData(LifecycleStage.CUSTOMER))
    operations = filters._operations
    with qtbot.waitSignal(operations.did_execute) as done:
        filters.save_segment("Customers")
    assert done.args == [Changes(segments=True), filters]
    filters.reload_segments()  # what the pane does on Changes.segments
    filters.stage_filter.setCurrentIndex(0)
    filters.show()
    qtbot.waitExposed(filters)
    (item,) = filters.segments.findItems("Customers", Qt.MatchFlag.MatchExactly)
    rect = filters.segments.visualItemRect(item)
    with qtbot.waitSignal(filters.changed):
        qtbot.mouseClick(filters.segments.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert filters.current().stages == (LifecycleStage.CUSTOMER,)
    with qtbot.waitSignal(filters.message) as said:
        filters.open_segment(10_000)
    assert said.args == ["This segment no longer exists."]


# -- bulk actions ----------------------------------------------------------------------------


@pytest.fixture
def bulk(table: ContactTable, ctx: AppContext, host: QWidget) -> BulkActions:
    return BulkActions(ctx, Operations(host), table, host)


def _menu_action(bulk: BulkActions, text: str) -> QAction:
    menus = [bulk.menu, *(a.menu() for a in bulk.menu.actions() if a.menu())]
    return next(a for m in menus for a in m.actions() if a.text() == text)


def test_a_stage_set_from_the_menu_changes_the_selection_in_place(
    bulk: BulkActions, table: ContactTable, qtbot: QtBot, ctx: AppContext, people: list[int]
) -> None:
    table.table.selectAll()
    with qtbot.waitSignal(bulk.contacts_changed) as changed:
        _menu_action(bulk, "Loyal").trigger()
    assert changed.args == [Changes(contacts=frozenset(people))]
    assert {ctx.contacts.get(i).stage for i in people} == {LifecycleStage.LOYAL}


def test_a_delete_from_the_menu_offers_its_undo(
    bulk: BulkActions, table: ContactTable, qtbot: QtBot, ctx: AppContext, people: list[int]
) -> None:
    table.table.selectRow(0)
    with (
        qtbot.waitSignal(bulk.undo_offered) as offered,
        qtbot.waitSignal(bulk.list_changed) as listed,
    ):
        _menu_action(bulk, "Delete").trigger()
    assert offered.args == ["1 contact deleted. Press Ctrl+Z to undo."]
    assert listed.args == [None]
    assert ctx.contacts.count() == 2
    with qtbot.waitSignals([bulk.undone, bulk.list_changed]):
        bulk.undo()
    assert ctx.contacts.count() == 3
    with qtbot.waitSignal(bulk.message) as said:
        bulk.undo()
    assert said.args == ["Nothing to undo."]


def test_a_bulk_action_on_nothing_says_what_to_do(
    bulk: BulkActions, table: ContactTable, qtbot: QtBot
) -> None:
    table.table.clearSelection()
    with qtbot.waitSignal(bulk.message) as said:
        bulk.tag("wholesale")
    assert said.args == ["Select contacts first (Ctrl+A selects all)."]


# -- columns ---------------------------------------------------------------------------------


def test_moved_and_hidden_columns_are_remembered(
    table: ContactTable, ctx: AppContext, qtbot: QtBot
) -> None:
    prefs = UiPrefs.load(ctx.paths.config_dir)
    layout = ColumnLayout(table.table, table.model, prefs, ctx.paths.config_dir, False)
    assert "churn_risk" not in layout.visible()  # no churn computed yet
    header = table.table.horizontalHeader()
    header.moveSection(header.visualIndex(2), 0)  # e-mail first: sectionMoved saves
    layout.set_visible("phone", False)
    saved = UiPrefs.load(ctx.paths.config_dir).columns[PREFS_KEY]
    assert saved[0] == "email"
    assert "phone" not in saved
    again = ContactTable(ctx)
    qtbot.addWidget(again)
    restored = ColumnLayout(
        again.table, again.model, UiPrefs.load(ctx.paths.config_dir), ctx.paths.config_dir, False
    )
    assert restored.visible() == saved


def test_columns_open_wide_enough_for_their_titles(table: ContactTable, ctx: AppContext) -> None:
    prefs = UiPrefs.load(ctx.paths.config_dir)
    layout = ColumnLayout(table.table, table.model, prefs, ctx.paths.config_dir, True)
    layout.fit()
    header = table.table.horizontalHeader()
    shown = [(i, c) for i, c in enumerate(COLUMNS) if not header.isSectionHidden(i)]
    assert len(shown) >= 10
    for logical, column in shown:
        least, _most = COLUMN_WIDTHS[column.key]
        assert header.sectionSize(logical) >= least, column.key
