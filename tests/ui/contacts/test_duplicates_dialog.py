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
