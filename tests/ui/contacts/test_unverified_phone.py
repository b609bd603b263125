"""An imported phone that did not validate is kept as typed and marked unverified (issue 19):
the 360° view and the contact editor show the mark, in the interface language."""

from __future__ import annotations

from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.domain.contact_query import ContactFilter
from app.domain.enums import MethodKind
from app.services.contacts import ContactDraft
from app.ui.contacts.dialogs import ContactDialog
from app.ui.contacts.view import ContactsPane
from app.ui.i18n import apply_language
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform


def _import_bob(ctx: AppContext, tmp_path: Path) -> int:
    """Thunderbird's CSV with a placeholder work phone and a too-short mobile number."""
    path = tmp_path / "thunderbird.csv"
    path.write_text(
        "First Name,Last Name,Primary Email,Work Phone,Mobile Number\n"
        "Robert,Lee,bob@example.com,BusinessPhone 12,123456\n",
        encoding="utf-8",
    )
    assert ctx.imports.run(ctx.imports.plan(ctx.imports.inspect(path))).created == 1
    (bob,) = ctx.contacts.list_ids(ContactFilter(text="Robert"))
    return bob


def _shown_pane(qtbot: QtBot, ctx: AppContext) -> ContactsPane:
    pane = ContactsPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1090, 700)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def _click_name(qtbot: QtBot, pane: ContactsPane, name: str) -> None:
    row = pane.visible_names().index(name)
    rect = pane.table.visualRect(pane.model.index(row, 0))
    qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: pane.profile.name_label.text() == name)


@pytest.mark.parametrize(("language", "mark"), [("en", "unverified"), ("de", "nicht geprüft")])
def test_the_360_view_marks_unverified_phones_only(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, language: str, mark: str
) -> None:
    _import_bob(ctx, tmp_path)
    ctx.contacts.create(ContactDraft("Anna", "Adler", phone="+49 30 1234567"))
    apply_language(language)
    try:
        pane = _shown_pane(qtbot, ctx)
        _click_name(qtbot, pane, "Robert Lee")
        phones = pane.profile.reach_labels[MethodKind.PHONE]
        lines = phones.text().split("<br>")
        assert len(lines) == 2
        assert all(mark in line for line in lines), lines
        assert phones.toolTip()
        _click_name(qtbot, pane, "Anna Adler")
        assert mark not in phones.text()
        assert phones.toolTip() == ""
    finally:
        apply_language("en")


def test_the_editor_marks_the_imported_phone_until_it_is_changed_and_saves_it_again(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    bob = _import_bob(ctx, tmp_path)
    profile = ctx.contacts.profile(bob)
    dialog = ContactDialog(ctx, profile)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.phone.text() == "BusinessPhone 12"
    assert dialog.phone_hint.isVisible()
    assert "Unverified" in dialog.phone_hint.text()
    extra = dialog.methods.item(0, 2)
    assert extra.text() == "123456"
    assert "Unverified" in extra.toolTip()
    assert not extra.icon().isNull()
    qtbot.keyClicks(dialog.phone, "3")
    assert not dialog.phone_hint.isVisible()
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Backspace)
    assert dialog.phone_hint.isVisible()
    dialog.job_title.setText("Miller")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None, dialog.form_error.text()
    again = ctx.contacts.profile(bob)
    assert again.unverified_phones == {"BusinessPhone 12", "123456"}
    assert again.contact.job_title == "Miller"


def test_a_phone_typed_in_the_form_is_not_marked(qtbot: QtBot, ctx: AppContext) -> None:
    anna = ctx.contacts.create(ContactDraft("Anna", "Adler", phone="+49 30 1234567")).id
    dialog = ContactDialog(ctx, ctx.contacts.profile(anna))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.phone_hint.isVisible()
