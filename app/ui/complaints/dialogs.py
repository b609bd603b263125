"""Dialogs of the complaints feature: a new complaint (from anywhere or from a contact) and the
resolve step that asks how the customer feels."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import AppContext
from app.domain.enums import Channel, Priority
from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.services.complaints import ComplaintDraft, ComplaintRow
from app.ui.complaints.model import priority_label
from app.ui.complaints.pick_lists import fill_pick_list, picked_value
from app.ui.i18n import enum_label, error_text
from app.ui.theme import mark_error


def error_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    mark_error(label)
    label.setAccessibleName(QCoreApplication.translate("Complaints", "Error"))
    label.hide()
    return label


def show_error(label: QLabel, exc: UserError | None) -> None:
    label.setText("" if exc is None else "⚠ " + error_text(exc))
    label.setVisible(exc is not None)


class NewComplaintDialog(QDialog):
    """Customer, channel, category, priority, description and when it was received."""

    opened = Signal(object)  # the ComplaintRow

    def __init__(
        self, ctx: AppContext, contact_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Complaint"))
        self._ctx, self._contact_id = ctx, contact_id
        self.created: ComplaintRow | None = None
        config = ctx.complaints.config()
        form = QFormLayout()
        self.customer_search = QLineEdit()
        self.customer_search.setPlaceholderText(self.tr("Type a customer's name…"))
        self.customer_list = QListWidget()
        self.customer_list.setMaximumHeight(120)
        self.customer_list.setAccessibleName(self.tr("Matching customers"))
        if contact_id is not None:
            self.customer_search.setText(ctx.complaints.customer_name(contact_id))
            self.customer_search.setReadOnly(True)
            self.customer_list.hide()
        self.customer_search.textEdited.connect(self._search)
        form.addRow(self.tr("&Customer:"), self.customer_search)
        form.addRow("", self.customer_list)
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(enum_label(channel), channel)
        self.channel.setCurrentIndex(self.channel.findData(Channel.EMAIL))
        form.addRow(self.tr("C&hannel:"), self.channel)
        self.category = QComboBox()
        self.category.setEditable(True)
        fill_pick_list(self.category, config.categories, config.categories[0])
        form.addRow(self.tr("C&ategory:"), self.category)
        self.priority = QComboBox()
        for priority in Priority:
            self.priority.addItem(priority_label(priority), priority)
        self.priority.setCurrentIndex(self.priority.findData(Priority.NORMAL))
        form.addRow(self.tr("&Priority:"), self.priority)
        self.opened_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.opened_at.setDateTime(
            QDateTime.fromMSecsSinceEpoch(int(ctx.clock.now().timestamp() * 1000))
        )
        self.opened_at.setCalendarPopup(True)
        self.opened_at.setToolTip(
            self.tr("When the complaint was received; the clock starts here.")
        )
        form.addRow(self.tr("&Received:"), self.opened_at)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        form.addRow(self.tr("&Description:"), self.description)
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open Complaint"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 480)

    def _search(self, text: str) -> None:
        self.customer_list.clear()
        try:
            matches = self._ctx.complaints.find_customers(text)
        except UserError as exc:
            show_error(self.error, exc)
            return
        for contact_id, name in matches:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, contact_id)
            self.customer_list.addItem(item)
        if matches:
            self.customer_list.setCurrentRow(0)

    def chosen_customer(self) -> int | None:
        if self._contact_id is not None:
            return self._contact_id
        item = self.customer_list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def accept(self) -> None:
        contact_id = self.chosen_customer()
        if contact_id is None:
            show_error(
                self.error,
                UserError(QT_TRANSLATE_NOOP("UserError", "Choose the customer who complained.")),
            )
            return
        received = self.opened_at.dateTime().toSecsSinceEpoch()
        draft = ComplaintDraft(
            contact_id=contact_id,
            channel=Channel(self.channel.currentData()),
            category=picked_value(self.category),
            priority=Priority(self.priority.currentData()),
            description=self.description.toPlainText(),
            opened_at=min(datetime.fromtimestamp(received, UTC), self._ctx.clock.now()),
        )
        try:
            self.created = self._ctx.complaints.open(draft)
        except UserError as exc:
            show_error(self.error, exc)
            return
        self.opened.emit(self.created)
        super().accept()


class ResolveDialog(QDialog):
    """How it was resolved, and the customer's satisfaction afterwards if already known."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolve Complaint"))
        form = QFormLayout()
        self.resolution = QPlainTextEdit()
        self.resolution.setTabChangesFocus(True)
        form.addRow(self.tr("&Resolution:"), self.resolution)
        self.satisfaction = satisfaction_combo()
        form.addRow(self.tr("Customer &satisfaction:"), self.satisfaction)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def rating(self) -> int | None:
        value = self.satisfaction.currentData()
        return None if value is None else int(value)


def satisfaction_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("Complaints", "Not asked yet"), None)
    for score in range(1, 6):
        text = QCoreApplication.translate("Complaints", "%1 of 5").replace("%1", str(score))
        combo.addItem(text, score)
    return combo
