"""Find Duplicates after a merge: pairs with the merged contact (now a tombstone) go too."""

from __future__ import annotations

import pytest
from app.bootstrap import AppContext
from app.services.contacts import ContactDraft
from app.services.duplicates import MergeRecord
from app.ui.contacts.dialogs import MergeDialog
from app.ui.contacts.duplicates_view import DuplicatesDialog
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform


def test_merging_a_pair_drops_every_pair_of_the_merged_contact(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [
        ctx.contacts.create(ContactDraft(name, "Meyer", email="anna@example.com")).id
        for name in ("Anna", "Ana", "Anne")
    ]
    merged: list[MergeRecord] = []
    dialog = DuplicatesDialog(ctx, merged.append)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.pairs) == 3)
    monkeypatch.setattr(MergeDialog, "exec", lambda _self: 1)  # accepted as proposed
    first = dialog.pairs[0]
    dialog.table.selectRow(0)
    dialog.merge_selected()
    gone = merged[0].merged_id
    assert gone in (first.first_id, first.second_id)
    left = [(p.first_id, p.second_id) for p in dialog.pairs]
    assert left == [tuple(i for i in ids if i != gone)]
    assert dialog.table.rowCount() == 2  # one line per contact of the pair
    assert dialog.status.text() == "1 likely duplicate pair."


def test_a_capped_list_stays_the_most_likely_pairs_after_a_merge(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the search kept only its MAX_PAIRS most likely pairs, a merge shortens the list
    but does not make it complete: the status keeps saying "most likely"."""
    from app.ui.contacts import duplicates_view  # noqa: PLC0415

    monkeypatch.setattr(duplicates_view, "MAX_PAIRS", 2)
    for name in ("Anna", "Ana", "Anne"):
        ctx.contacts.create(ContactDraft(name, "Meyer", email="anna@example.com"))
    pairs = ctx.duplicates.find_pairs(lambda *_a: None, lambda: False)[:2]
    dialog = DuplicatesDialog(ctx, lambda _record: None, pairs=pairs)
    qtbot.addWidget(dialog)
    assert dialog.status.text() == "The 2 most likely duplicate pairs."
    monkeypatch.setattr(MergeDialog, "exec", lambda _self: 1)
    dialog.table.selectRow(0)
    dialog.merge_selected()
    assert len(dialog.pairs) == 1
    assert dialog.status.text() == "The most likely duplicate pair."


def test_same_name_in_one_city_with_different_details_is_no_pair(ctx: AppContext) -> None:
    """Two "Ahmet Becker" in Köln with their own e-mails and companies are two people; with
    one detail unknown they are a weak pair, ranked below any shared e-mail or phone."""
    ctx.contacts.create(
        ContactDraft("Ahmet", "Becker", email="a.becker@one.de", company="One", city="Köln")
    )
    ctx.contacts.create(
        ContactDraft("Ahmet", "Becker", email="ahmet@two.de", company="Two", city="Köln")
    )
    assert ctx.duplicates.find_pairs(lambda *_a: None, lambda: False) == []
    weak = ctx.contacts.create(ContactDraft("Ahmet", "Becker", city="Köln")).id
    shared = [
        ctx.contacts.create(ContactDraft("Ina", "Meyer", phone=phone)).id
        for phone in ("+49 30 1234567", "030 1234567")
    ]
    found = ctx.duplicates.find_pairs(lambda *_a: None, lambda: False)
    assert (found[0].first_id, found[0].second_id, found[0].score) == (*shared, 100)
    assert all(weak in (p.first_id, p.second_id) for p in found[1:])
    assert all(p.score < 100 for p in found[1:])


def test_the_dialog_shows_each_pair_side_by_side_and_a_click_picks_the_pair(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = ctx.contacts.create(
        ContactDraft("Anna", "Meyer", email="anna@example.com", phone="+49 30 1111111")
    ).id
    second = ctx.contacts.create(
        ContactDraft("Ana", "Meyer", email="anna@example.com", company="Acme", city="Bonn")
    ).id
    merged: list[MergeRecord] = []
    dialog = DuplicatesDialog(ctx, merged.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.pairs) == 1)
    table = dialog.table
    lines = [[table.item(r, c).text() for c in range(5)] for r in range(2)]
    assert lines == [
        ["Anna Meyer", "anna@example.com", "+49 30 1111111", "", ""],
        ["Ana Meyer", "anna@example.com", "", "Acme", "Bonn"],
    ]
    assert table.item(0, 1).font().bold()  # shared: the evidence
    assert not table.item(0, 2).font().bold()
    assert table.rowSpan(0, 6) == 2
    rect = table.visualItemRect(table.item(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert {i.row() for i in table.selectedIndexes()} == {0, 1}
    monkeypatch.setattr(MergeDialog, "exec", lambda _self: 1)  # accepted as proposed
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert {merged[0].survivor_id, merged[0].merged_id} == {first, second}
