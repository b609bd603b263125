"""Small dialogs for encryption: the recovery key (shown once), the passphrase prompt, and the
encryption settings (encrypt, decrypt, new recovery key)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.security import (
    MIN_PASSPHRASE,
    KeyRequest,
    PassphrasePrompt,
    PlainChoice,
    PlainOffer,
    PromptReason,
    key_from_secret,
)
from app.ui.theme import mark_error


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once, with a way to copy it; it is not stored anywhere.

    It stays until the person types back the key's last group: proof it was written down,
    not clicked away. `in_keychain` says what else opens the file (the keychain, or the
    passphrase just chosen), so the text tells the truth about when the key is needed.
    """

    def __init__(
        self,
        recovery_key: str,
        location: str,
        parent: QWidget | None = None,
        *,
        in_keychain: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        self.setModal(True)
        self.last_group = recovery_key.rsplit("-", 1)[-1]
        intro = QLabel(
            (
                self.tr(
                    "%1 is encrypted. If this computer's keychain is ever lost, this recovery "
                    "key alone opens it again. Print it or write it down and keep it somewhere "
                    "safe: it is shown only now."
                )
                if in_keychain
                else self.tr(
                    "%1 is encrypted with the passphrase you chose. If you ever forget the "
                    "passphrase, this recovery key alone opens it again. Print it or write it "
                    "down and keep it somewhere safe: it is shown only now."
                )
            ).replace("%1", location)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label = QLabel(recovery_key)
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setWordWrap(True)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.TypeWriter)
        mono.setPointSize(mono.pointSize() + 3)
        self.key_label.setFont(mono)
        self.confirm = QLineEdit()
        self.confirm.setMaxLength(len(self.last_group) + 2)
        self.confirm.setMaximumWidth(120)
        self.confirm.setFont(mono)
        self.confirm.textChanged.connect(self._confirm_changed)
        confirm_label = QLabel(
            self.tr(
                "To confirm you have saved it, type the last %1 characters of the key:"
            ).replace("%1", str(len(self.last_group)))
        )
        confirm_label.setWordWrap(True)
        confirm_label.setBuddy(self.confirm)
        self.confirm.setAccessibleName(self.tr("Last group of the recovery key"))
        copy = QPushButton(self.tr("&Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(recovery_key))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("I have saved it"))
        self.ok_button.setEnabled(False)
        self.buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # no fixed size hints
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addWidget(confirm_label)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self.confirm.setFocus()

    def _confirm_changed(self, text: str) -> None:
        self.ok_button.setEnabled(self.confirmed(text))

    def confirmed(self, text: str) -> bool:
        return text.strip().upper() == self.last_group.upper()

    def accept(self) -> None:
        if self.confirmed(self.confirm.text()):
            super().accept()

    def reject(self) -> None:
        """Escape and the window's close button do nothing: the key is shown only now."""
        self.confirm.setFocus()


class PassphraseDialog(QDialog):
    """Asks for a new passphrase (twice) or for the passphrase / recovery key of a file."""

    def __init__(self, reason: PromptReason, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reason, self.path = reason, path
        self.setWindowTitle(self.tr("Passphrase"))
        texts = {
            PromptReason.NEW: self.tr(
                "No safe system keychain is available, so %1 will be protected by a "
                "passphrase. Choose one of at least %2 characters."
            ),
            PromptReason.CHANGE: self.tr(
                "Choose a new passphrase for %1, of at least %2 characters. The old passphrase "
                "and the old recovery key stop working; a new recovery key is shown next."
            ),
            PromptReason.UNLOCK: self.tr(
                "%1 is encrypted. Enter its passphrase or its recovery key."
            ),
        }
        text = texts[reason].replace("%2", str(MIN_PASSPHRASE)).replace("%1", str(path))
        intro = QLabel(text)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        mark_error(self.error)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        if reason is not PromptReason.UNLOCK:
            form.addRow(self.tr("&Repeat:"), self.second)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    def secret(self) -> str:
        return self.first.text()

    def _accept_if_valid(self) -> None:
        if self.reason is not PromptReason.UNLOCK:
            if len(self.first.text()) < MIN_PASSPHRASE:
                self.error.setText(
                    self.tr("The passphrase must have at least %1 characters.").replace(
                        "%1", str(MIN_PASSPHRASE)
                    )
                )
                return
            if self.first.text() != self.second.text():
                self.error.setText(self.tr("The two passphrases differ."))
                return
        elif not self.first.text():
            self.error.setText(self.tr("Enter the passphrase or the recovery key."))
            return
        elif self.path.exists() and key_from_secret(self.path, self.first.text()) is None:
            self.error.setText(
                self.tr(
                    "That passphrase or recovery key does not open this file. Check it and try "
                    "again; its recovery key works here too."
                )
            )
            self.first.selectAll()
            self.first.setFocus()
            return
        self.accept()


def gui_prompt(parent: QWidget | None) -> PassphrasePrompt:
    """A PassphrasePrompt that asks with a dialog; cancel gives None."""

    def ask(reason: PromptReason, path: Path) -> str | None:
        dialog = PassphraseDialog(reason, path, parent)
        return dialog.secret() if dialog.exec() == QDialog.DialogCode.Accepted else None

    return ask


class PlainFallbackDialog(QMessageBox):
    """Asked when the passphrase for a new database was cancelled: store it unencrypted?"""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("No passphrase"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.tr("Create an unencrypted database instead?"))
        self.setInformativeText(
            self.tr(
                "Without a passphrase, %1 is stored unencrypted: anyone who gets this computer, "
                "its disk or a copy of the file (a lost laptop, a backup) can read every contact "
                "in it. You can encrypt it later from File > Encryption."
            ).replace("%1", str(path))
        )
        self.plain_button = self.addButton(
            self.tr("Create &unencrypted"), QMessageBox.ButtonRole.AcceptRole
        )
        self.retry_button = self.addButton(
            self.tr("&Choose a passphrase"), QMessageBox.ButtonRole.RejectRole
        )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.retry_button)
        self.setEscapeButton(self.retry_button)

    def choice(self) -> PlainChoice:
        clicked = self.clickedButton()
        if clicked is self.plain_button:
            return PlainChoice.PLAIN
        if clicked is self.cancel_button:
            return PlainChoice.CANCEL
        return PlainChoice.RETRY


def gui_offer_plain(parent: QWidget | None) -> PlainOffer:
    """A PlainOffer that asks with PlainFallbackDialog."""

    def ask(path: Path) -> PlainChoice:
        dialog = PlainFallbackDialog(path, parent)
        dialog.exec()
        return dialog.choice()

    return ask


def gui_keys(parent: QWidget | None) -> KeyRequest:
    return KeyRequest(gui_prompt(parent), offer_plain=gui_offer_plain(parent))
