"""The Privacy tab of the contact 360° view: consent per purpose, export, erase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import AppContext
from app.domain.enums import ConsentPurpose
from app.domain.errors import UserError
from app.services.privacy import ConsentState
from app.ui.common.formatting import format_datetime
from app.ui.common.operations import Operations
from app.ui.i18n import enum_label, error_text
from app.ui.theme import mark_error


class PrivacyTab(QWidget):
    """Hosted by the contacts 360° view; every change goes through PrivacyService and what it
    changed is announced on `operations` (an erase takes the name out of the list at once).
    A refused change is shown in the tab's own status line, beside the buttons."""

    def __init__(
        self, ctx: AppContext, contact_id: int, operations: Operations | None = None
    ) -> None:
        super().__init__()
        self.ctx, self.contact_id = ctx, contact_id
        self.operations = operations or Operations(self)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Purpose"), self.tr("Consent"), self.tr("Since"), self.tr("Evidence")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.grant_button = QPushButton(self.tr("&Grant…"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"))
        self.export_button = QPushButton(self.tr("E&xport All Data…"))
        self.erase_button = QPushButton(self.tr("&Erase Person…"))
        mark_error(self.erase_button)  # destructive: in the theme's error colour
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.grant_button.clicked.connect(lambda: self._record(granted=True))
        self.withdraw_button.clicked.connect(lambda: self._record(granted=False))
        self.export_button.clicked.connect(self._export)
        self.erase_button.clicked.connect(self._erase)
        buttons = QHBoxLayout()
        for button in (self.grant_button, self.withdraw_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.export_button, self.erase_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        caption = QLabel(self.tr("Consent (the latest answer per purpose counts)"))
        layout.addWidget(caption)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        states = self.ctx.privacy.consents(self.contact_id)
        self.table.setRowCount(len(states))
        for row, state in enumerate(states):
            for column, text in enumerate(self._cells(state)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, state.purpose.value)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        if not self.table.selectedItems() and states:
            self.table.selectRow(0)
        erased = self.ctx.privacy.is_erased(self.contact_id)
        for button in (self.grant_button, self.withdraw_button, self.erase_button):
            self.operations.seat.enable(button, not erased)

    def _cells(self, state: ConsentState) -> tuple[str, str, str, str]:
        answer = (
            self.tr("not asked")
            if state.granted is None
            else self.tr("granted")
            if state.granted
            else self.tr("withdrawn")
        )
        when = format_datetime(state.at) if state.at else ""
        return enum_label(state.purpose), answer, when, state.evidence

    def selected_purpose(self) -> ConsentPurpose:
        items = self.table.selectedItems()
        return (
            ConsentPurpose(items[0].data(Qt.ItemDataRole.UserRole))
            if items
            else ConsentPurpose.EMAIL_MARKETING
        )

    def record(self, purpose: ConsentPurpose, granted: bool, evidence: str) -> None:
        """Record an answer (also the path tests drive); errors are shown, not raised."""
        try:
            changes = self.ctx.privacy.set_consent(self.contact_id, purpose, granted, evidence)
        except UserError as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText("")
        self.refresh()
        self.operations.announce(changes, self)

    def _record(self, granted: bool) -> None:
        evidence, ok = QInputDialog.getText(
            self,
            self.tr("Consent"),
            self.tr("How was this given or withdrawn (e.g. 'signed form, 2 March')?"),
        )
        if ok:
            self.record(self.selected_purpose(), granted, evidence)

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export All Data"),
            str(Path.home() / f"contact-{self.contact_id}-data.zip"),
            self.tr("Zip files (*.zip)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        try:
            result = self.ctx.privacy.export(self.contact_id, path)
        except UserError as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("Exported to %1").replace("%1", str(result.path)))

    def _erase(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Erase person"),
            self.tr(
                "Erase everything personal held on this contact? Orders, scores and dates are "
                "kept without the person's name; this cannot be undone."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.erase()

    def erase(self) -> None:
        try:
            changes = self.ctx.privacy.erase(self.contact_id)
        except UserError as exc:
            self.status.setText(error_text(exc))
            return
        self.status.setText(self.tr("This contact has been erased."))
        self.refresh()
        self.operations.announce(changes, self)
