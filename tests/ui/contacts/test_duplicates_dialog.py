"""Find Duplicates after a merge: pairs with the merged contact (now a tombstone) go too."""

from __future__ import annotations

import pytest
from app.bootstrap import AppContext
from app.services.contacts import ContactDraft
from app.services.duplicates import MergeRecord
from app.ui.contacts.dialogs import MergeDialog
from app.ui.contacts.duplicates_view import DuplicatesDialog
from pytestqt.qtbot import QtBot


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
    assert dialog.table.rowCount() == 1
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
