"""The Privacy tab and the audit log viewer, driven as a person would."""

from __future__ import annotations

import zipfile
from pathlib import Path

from app.bootstrap import AppContext
from app.domain.enums import ConsentPurpose
from app.services.contacts import ContactDraft
from app.services.security import PromptReason
from app.ui.audit.view import AuditLogView
from app.ui.privacy.tab import PrivacyTab
from app.ui.security.dialogs import PassphraseDialog, RecoveryKeyDialog
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot


def _contact(ctx: AppContext) -> int:
    return ctx.contacts.create(
        ContactDraft(first_name="Pia", last_name="Lind", email="pia@example.org")
    ).id


def test_privacy_tab_records_consent_exports_and_erases(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    contact_id = _contact(ctx)
    tab = PrivacyTab(ctx, contact_id)
    qtbot.addWidget(tab)
    assert tab.table.rowCount() == len(ConsentPurpose)
    assert tab.table.item(0, 1).text() == "not asked"
    tab.record(ConsentPurpose.EMAIL_MARKETING, True, "signed form")
    assert tab.table.item(0, 1).text() == "granted"
    assert tab.table.item(0, 3).text() == "signed form"
    tab.record(ConsentPurpose.SMS, True, "")
    assert "evidence" in tab.status.text()
    tab.export_to(tmp_path / "pia.zip")
    with zipfile.ZipFile(tmp_path / "pia.zip") as bundle:
        assert b"pia@example.org" in bundle.read("data.json")
    tab.erase()
    assert ctx.contacts.get(contact_id).email is None
    assert not tab.erase_button.isEnabled()
    assert tab.status.text() == "This contact has been erased."


def test_audit_viewer_filters_by_action_entity_and_date(
    qtbot: QtBot, qtmodeltester: object, ctx: AppContext
) -> None:
    for _ in range(3):
        _contact(ctx)
    view = AuditLogView(ctx)
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    everything = view.model.rowCount()
    assert everything >= 3
    view.action_box.setCurrentIndex(view.action_box.findData("contact.create"))
    assert view.model.rowCount() == 3
    assert view.model.data(view.model.index(0, 1)) == "contact.create"
    view.entity_box.setCurrentIndex(view.entity_box.findData("setting"))
    assert view.model.rowCount() == 0
    view.entity_box.setCurrentIndex(0)
    view.until_edit.setDate(QDate(2000, 1, 1))
    view.since_edit.setDate(QDate(1999, 1, 1))
    assert view.model.rowCount() == 0
    assert view.count_label.text() == "0 entries"


def test_recovery_key_dialog_shows_the_key_as_plain_text(qtbot: QtBot) -> None:
    dialog = RecoveryKeyDialog("ABCD-EFGH", "x.db")
    qtbot.addWidget(dialog)
    assert dialog.key_label.text() == "ABCD-EFGH"
    assert dialog.key_label.textFormat() is Qt.TextFormat.PlainText


def test_passphrase_dialog_refuses_short_or_differing_passphrases(qtbot: QtBot) -> None:
    dialog = PassphraseDialog(PromptReason.NEW, Path("x.db"))
    qtbot.addWidget(dialog)
    dialog.first.setText("short")
    dialog.second.setText("short")
    dialog.buttons.accepted.emit()
    assert "at least" in dialog.error.text()
    dialog.first.setText("long enough passphrase")
    dialog.second.setText("long enough passphrasE")
    dialog.buttons.accepted.emit()
    assert dialog.error.text() == "The two passphrases differ."
    dialog.second.setText("long enough passphrase")
    dialog.buttons.accepted.emit()
    assert dialog.result() == PassphraseDialog.DialogCode.Accepted
    assert dialog.secret() == "long enough passphrase"
