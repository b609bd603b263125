"""The case view: what happened, what may happen next (only legal steps are offered), the talk
with the customer, how it was put right and whether the customer recovered."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import AppContext
from app.domain.complaint_workflow import SlaState
from app.domain.enums import ComplaintStatus, Priority, Remedy, SurveyKind
from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.services.changes import Changes
from app.services.complaints import (
    MONEY_REMEDIES,
    ComplaintRow,
    ComplaintView,
    EventRow,
    GivenRemedy,
    LedgerRow,
)
from app.ui.common.formatting import format_datetime, format_money, format_number
from app.ui.common.operations import Operations
from app.ui.common.owner_picker import fill_owner_picker
from app.ui.complaints.dialogs import ResolveDialog, error_label, satisfaction_combo, show_error
from app.ui.complaints.model import (
    priority_label,
    sla_text,
    status_label,
)
from app.ui.complaints.pick_lists import fill_pick_list, picked_value
from app.ui.i18n import enum_label
from app.ui.icons import status_icon
from app.ui.theme import colours


def local_time(value: datetime | None) -> str:
    return "-" if value is None else format_datetime(value)


def step_label(current: ComplaintStatus, target: ComplaintStatus) -> str:
    """What the button does, in words: 'Reopen' rather than 'Investigating' from a done case."""
    if target is ComplaintStatus.INVESTIGATING and current in (
        ComplaintStatus.RESOLVED,
        ComplaintStatus.CLOSED,
    ):
        return QCoreApplication.translate("Complaints", "Reopen")
    return {
        ComplaintStatus.ACKNOWLEDGED: QCoreApplication.translate("Complaints", "Acknowledge"),
        ComplaintStatus.INVESTIGATING: QCoreApplication.translate("Complaints", "Investigate"),
        ComplaintStatus.WAITING_ON_CUSTOMER: QCoreApplication.translate(
            "Complaints", "Wait on Customer"
        ),
        ComplaintStatus.RESOLVED: QCoreApplication.translate("Complaints", "Resolve…"),
        ComplaintStatus.CLOSED: QCoreApplication.translate("Complaints", "Close"),
        ComplaintStatus.NEW: QCoreApplication.translate("Complaints", "New"),
    }[target]


def event_text(event: EventRow) -> str:
    if event.kind == "status":
        what = status_label(ComplaintStatus(event.to_status or "new"))
        if event.from_status:
            what = f"{status_label(ComplaintStatus(event.from_status))} → {what}"
    else:
        kinds = {
            "note": QCoreApplication.translate("Complaints", "Note"),
            "reply": QCoreApplication.translate("Complaints", "Reply"),
            "remedy": QCoreApplication.translate("Complaints", "Remedy"),
            "remedy_reversed": QCoreApplication.translate("Complaints", "Remedy reversed"),
            "priority": QCoreApplication.translate("Complaints", "Priority"),
            "owner": QCoreApplication.translate("Complaints", "Owner"),
            "category": QCoreApplication.translate("Complaints", "Category"),
            "recovery": QCoreApplication.translate("Complaints", "Recovery"),
            "order": QCoreApplication.translate("Complaints", "Order linked"),
        }
        what = kinds.get(event.kind, event.kind)
    body = f": {event.body}" if event.body else ""
    return f"{local_time(event.at)} · {event.actor} · {what}{body}"


def ledger_text(row: LedgerRow) -> str:
    reference = f" · {row.reference}" if row.reference else ""
    amount = format_money(row.amount_minor, row.currency)
    return f"{local_time(row.occurred_at)} · {enum_label(row.kind)} · {amount}{reference}"


def given_text(given: GivenRemedy) -> str:
    """'07.12.2026 10:15 · Refund 12,00 €', with when it was reversed if it was."""
    what = enum_label(given.remedy)
    if given.amount_minor is not None:
        what = f"{what} {format_money(given.amount_minor, given.currency or '')}"
    text = f"{local_time(given.at)} · {what}"
    if given.reversed_at is not None:
        reversed_at = QCoreApplication.translate("Complaints", "reversed %1").replace(
            "%1", local_time(given.reversed_at)
        )
        text = f"{text} · {reversed_at}"
    return text


def _score(value: float | None, count: int) -> str:
    return "-" if value is None else f"{format_number(value, 1)} (n={format_number(count)})"


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ComplaintDetail(QScrollArea):
    """Shows one case and runs its writes through the operations runner (which carries their
    Changes to every pane); `changed` also tells the list this view sits beside."""

    changed = Signal(object)  # Changes

    def __init__(
        self, ctx: AppContext, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx, self._operations = ctx, operations
        self.view: ComplaintView | None = None
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Complaint details"))
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        self.title = _plain()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = _plain()
        self.sla_label = _plain()
        self.steps = QHBoxLayout()
        self.error = error_label()
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        self.sla_icon = QLabel()
        sla_row = QHBoxLayout()
        sla_row.addWidget(self.sla_icon)
        sla_row.addWidget(self.sla_label, 1)
        layout.addLayout(sla_row)
        layout.addLayout(self.steps)
        layout.addWidget(self.error)
        layout.addWidget(self._case_box())
        layout.addWidget(self._talk_box())
        layout.addWidget(self._remedy_box())
        layout.addWidget(self._recovery_box())
        layout.addWidget(self._orders_box())
        history = QGroupBox(self.tr("History"))
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("History"))
        self.history.setWordWrap(True)
        self.history.setMinimumHeight(140)
        QVBoxLayout(history).addWidget(self.history)
        layout.addWidget(history)
        layout.addStretch(1)
        self.setEnabled(False)
        operations.seat.guard(
            self.priority,
            self.owner,
            self.category,
            self.root_cause,
            self.save_classification,
            self.message,
            self.note_button,
            self.reply_button,
            self.remedy,
            self.remedy_button,
            self.satisfaction,
            self.survey_kind,
            self.survey_score,
            self.recent_orders,
        )

    # -- building ----------------------------------------------------------------------------

    def _case_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Case"))
        form = QFormLayout(box)
        self.description = _plain()
        form.addRow(self.tr("Description:"), self.description)
        self.priority = QComboBox()
        for priority in Priority:
            self.priority.addItem(priority_label(priority), priority)
        self.priority.activated.connect(self._priority_chosen)
        form.addRow(self.tr("&Priority:"), self.priority)
        self.owner = QComboBox()
        self.owner.activated.connect(self._owner_chosen)
        form.addRow(self.tr("&Owner:"), self.owner)
        self.category = QComboBox()
        self.category.setEditable(True)
        self.root_cause = QComboBox()
        self.root_cause.setEditable(True)
        self.save_classification = QPushButton(self.tr("Save"))
        self.save_classification.setToolTip(self.tr("Save the category and root cause"))
        self.save_classification.clicked.connect(self._classify)
        row = QHBoxLayout()
        row.addWidget(self.root_cause, 1)
        row.addWidget(self.save_classification)
        form.addRow(self.tr("C&ategory:"), self.category)
        form.addRow(self.tr("Root cause:"), row)
        self.due_label = _plain()
        form.addRow(self.tr("Due:"), self.due_label)
        return box

    def _talk_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Notes and Replies"))
        layout = QVBoxLayout(box)
        self.message = QPlainTextEdit()
        self.message.setAccessibleName(self.tr("Note or reply"))
        self.message.setPlaceholderText(self.tr("Write a note for the team or a reply…"))
        self.message.setTabChangesFocus(True)
        self.message.setMaximumHeight(90)
        self.note_button = QPushButton(self.tr("Add &Note"))
        self.note_button.clicked.connect(lambda: self._send(self._ctx.complaints.add_note))
        self.reply_button = QPushButton(self.tr("Send &Reply"))
        self.reply_button.clicked.connect(lambda: self._send(self._ctx.complaints.reply))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.reply_button)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        return box

    def _remedy_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Remedy"))
        form = QFormLayout(box)
        self.given = QListWidget()
        self.given.setAccessibleName(self.tr("Remedies given"))
        self.given.setMaximumHeight(90)
        self.given.currentRowChanged.connect(self._given_chosen)
        self.reverse_button = QPushButton(self.tr("Re&verse Remedy…"))
        self.reverse_button.setToolTip(self.tr("Take back the chosen remedy, recorded by mistake"))
        self.reverse_button.clicked.connect(self._reverse_remedy)
        given = QHBoxLayout()
        given.addWidget(self.given, 1)
        given.addWidget(self.reverse_button, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Given:"), given)
        self.remedy = QComboBox()
        for remedy in Remedy:
            if remedy is not Remedy.NONE:
                self.remedy.addItem(enum_label(remedy), remedy)
        self.remedy.currentIndexChanged.connect(self._remedy_kind_changed)
        self.amount = QDoubleSpinBox()
        self.amount.setDecimals(2)
        self.amount.setRange(-1_000_000, 1_000_000)
        self.currency = QLineEdit(self._ctx.settings.business().currency)
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(60)
        money = QHBoxLayout()
        money.addWidget(self.remedy)
        money.addWidget(self.amount, 1)
        money.addWidget(self.currency)
        form.addRow(self.tr("Remedy:"), money)
        self.override_reason = QLineEdit()
        self.override_reason.setPlaceholderText(self.tr("Why refund more than was paid"))
        form.addRow(self.tr("Override reason:"), self.override_reason)
        self.remedy_button = QPushButton(self.tr("Record Remedy"))
        self.remedy_button.clicked.connect(self._record_remedy)
        form.addRow("", self.remedy_button)
        self.remedies = QListWidget()
        self.remedies.setAccessibleName(self.tr("Remedies"))
        self.remedies.setMaximumHeight(70)
        form.addRow(self.tr("Ledger:"), self.remedies)
        self._remedy_kind_changed()
        return box

    def _recovery_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Recovery"))
        form = QFormLayout(box)
        self.satisfaction = satisfaction_combo()
        self.survey_kind = QComboBox()
        self.survey_kind.addItem(self.tr("No survey answer"), None)
        self.survey_kind.addItem(self.tr("NPS (0-10)"), SurveyKind.NPS)
        self.survey_kind.addItem(self.tr("CSAT (1-5)"), SurveyKind.CSAT)
        self.survey_score = QSpinBox()
        self.survey_score.setRange(0, 10)
        row = QHBoxLayout()
        row.addWidget(self.satisfaction)
        row.addWidget(self.survey_kind)
        row.addWidget(self.survey_score)
        form.addRow(self.tr("Satisfaction:"), row)
        self.recovery_button = QPushButton(self.tr("Record Recovery"))
        self.recovery_button.clicked.connect(self._record_recovery)
        form.addRow("", self.recovery_button)
        self.before_after = _plain()
        form.addRow(self.tr("Before vs after:"), self.before_after)
        return box

    def _orders_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Linked Orders"))
        layout = QVBoxLayout(box)
        self.linked_orders = QListWidget()
        self.linked_orders.setAccessibleName(self.tr("Linked orders"))
        self.linked_orders.setMaximumHeight(70)
        self.recent_orders = QComboBox()
        self.link_button = QPushButton(self.tr("Link Order"))
        self.link_button.clicked.connect(self._link_order)
        row = QHBoxLayout()
        row.addWidget(self.recent_orders, 1)
        row.addWidget(self.link_button)
        layout.addWidget(self.linked_orders)
        layout.addLayout(row)
        return box

    # -- showing -----------------------------------------------------------------------------

    def show_case(self, complaint_id: int | None) -> None:
        show_error(self.error, None)
        if complaint_id is None:
            self.view = None
            self.setEnabled(False)
            self.title.setText(self.tr("No complaint selected"))
            return
        self.view = self._ctx.complaints.get(complaint_id)
        self.setEnabled(True)
        self._fill(self.view)

    def _fill(self, view: ComplaintView) -> None:
        row = view.row
        self.title.setText(f"{row.number} · {row.customer}")
        summary = (
            self.tr("%1 · %2 priority · via %3 · opened %4")
            .replace("%1", status_label(row.status))
            .replace("%2", priority_label(row.priority))
            .replace("%3", enum_label(view.channel))
            .replace("%4", local_time(row.opened_at))
        )
        if view.reopen_count:
            summary += " · " + self.tr("reopened %Ln time(s)", "", view.reopen_count)
        self.summary.setText(summary)
        self._show_sla(view.row)
        self._fill_steps(view)
        self.description.setText(view.description)
        self.priority.setCurrentIndex(self.priority.findData(row.priority))
        self._fill_owner(view)
        config = self._ctx.complaints.config()
        fill_pick_list(self.category, config.categories, row.category)
        fill_pick_list(self.root_cause, ["", *config.root_causes], view.root_cause or "")
        self.due_label.setText(
            self.tr("first response %1 (answered %2) · resolution %3")
            .replace("%1", local_time(view.first_response_due_at))
            .replace("%2", local_time(view.first_response_at))
            .replace("%3", local_time(view.resolution_due_at))
        )
        self._fill_remedy(view)
        self._fill_recovery(view)
        self.linked_orders.clear()
        self.linked_orders.addItems([ledger_text(o) for o in view.linked_orders])
        self.recent_orders.clear()
        for order in view.recent_orders:
            self.recent_orders.addItem(ledger_text(order), order.id)
        self._operations.seat.enable(self.link_button, bool(view.recent_orders))
        self.history.clear()
        self.history.addItems([event_text(e) for e in view.events])
        self.history.scrollToBottom()

    def refresh_clock(self) -> None:
        """Re-read only the SLA line (edits in progress elsewhere in the view are kept)."""
        if self.view is not None:
            row = self._ctx.complaints.rows([self.view.row.id]).get(self.view.row.id)
            if row is not None:
                self._show_sla(row)

    def _show_sla(self, row: ComplaintRow) -> None:
        state = row.sla.state
        colour, icon = "", QIcon()
        if state in (SlaState.BREACHED, SlaState.MISSED):
            colour, icon = colours().breached, status_icon("breached")
        elif state is SlaState.AT_RISK:
            colour, icon = colours().at_risk, status_icon("warning")
        size = self.sla_label.fontMetrics().height()
        self.sla_icon.setPixmap(icon.pixmap(size, size) if not icon.isNull() else QPixmap())
        self.sla_icon.setVisible(not icon.isNull())
        self.sla_label.setText(self.tr("SLA: %1").replace("%1", sla_text(row)))
        self.sla_label.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")

    def _fill_steps(self, view: ComplaintView) -> None:
        while self.steps.count():
            item = self.steps.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.step_buttons: dict[ComplaintStatus, QPushButton] = {}
        for target in view.next_statuses:
            button = QPushButton(step_label(view.row.status, target))
            button.clicked.connect(lambda _=False, t=target: self.request_transition(t))
            self._operations.seat.guard(button)
            self.steps.addWidget(button)
            self.step_buttons[target] = button
        self.steps.addStretch(1)

    def _fill_owner(self, view: ComplaintView) -> None:
        fill_owner_picker(self.owner, self._ctx.db, view.owner_id)

    def _fill_remedy(self, view: ComplaintView) -> None:
        self.given.clear()
        for remedy in view.given:
            item = QListWidgetItem(given_text(remedy))
            item.setData(Qt.ItemDataRole.UserRole, remedy)
            if remedy.reversed_at is not None:
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
            self.given.addItem(item)
        if not view.given:
            placeholder = QListWidgetItem(self._legacy_remedy(view))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.given.addItem(placeholder)
        self._given_chosen()
        self.remedies.clear()
        self.remedies.addItems([ledger_text(r) for r in view.remedies])

    def _legacy_remedy(self, view: ComplaintView) -> str:
        """The case's remedy field alone, for cases whose remedies left no history."""
        if view.remedy is Remedy.NONE:
            return self.tr("None yet")
        if view.remedy_amount_minor is not None:
            currency = view.remedy_currency or self._ctx.settings.business().currency
            return f"{enum_label(view.remedy)} {format_money(view.remedy_amount_minor, currency)}"
        return enum_label(view.remedy)

    def _chosen_remedy(self) -> GivenRemedy | None:
        item = self.given.currentItem()
        chosen = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return chosen if isinstance(chosen, GivenRemedy) else None

    def _given_chosen(self) -> None:
        chosen = self._chosen_remedy()
        wanted = chosen is not None and chosen.reversed_at is None
        self._operations.seat.enable(self.reverse_button, wanted)

    def _fill_recovery(self, view: ComplaintView) -> None:
        done = view.row.status in (ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED)
        self._operations.seat.enable(self.recovery_button, done)
        self.satisfaction.setCurrentIndex(max(0, self.satisfaction.findData(view.satisfaction)))
        parts = []
        for shift in view.recovery:
            before = _score(shift.before, shift.before_count)
            after = _score(shift.after, shift.after_count)
            parts.append(f"{shift.kind.value.upper()} {before} → {after}")
        self.before_after.setText("   ".join(parts))

    # -- writing -----------------------------------------------------------------------------

    def _run(self, write: Callable[[int], Changes]) -> bool:
        """Run one service write for the shown case through the runner; True when it worked."""
        if self.view is None:
            return False
        complaint_id = self.view.row.id

        def done(changes: Changes) -> None:
            self.show_case(complaint_id)
            self.changed.emit(changes)

        return self._operations.run(lambda: write(complaint_id), self, done)

    def request_transition(self, target: ComplaintStatus) -> None:
        service = self._ctx.complaints
        if target is ComplaintStatus.RESOLVED:
            dialog = ResolveDialog(self)
            if dialog.exec() != ResolveDialog.DialogCode.Accepted:
                return
            note, rating = dialog.resolution.toPlainText(), dialog.rating()
            self._run(lambda i: service.transition(i, target, note=note, satisfaction=rating))
            return
        self._run(lambda i: service.transition(i, target))

    def _send(self, write: Callable[[int, str], Changes]) -> None:
        text = self.message.toPlainText()
        if self._run(lambda i: write(i, text)):
            self.message.clear()

    def _priority_chosen(self) -> None:
        priority = Priority(self.priority.currentData())
        self._run(lambda i: self._ctx.complaints.set_priority(i, priority))

    def _owner_chosen(self) -> None:
        owner = self.owner.currentData()
        self._run(lambda i: self._ctx.complaints.assign(i, None if owner is None else int(owner)))

    def _classify(self) -> None:
        category, cause = picked_value(self.category), picked_value(self.root_cause)
        self._run(lambda i: self._ctx.complaints.classify(i, category, cause))

    def _remedy_kind_changed(self) -> None:
        money = self.remedy.currentData() in MONEY_REMEDIES
        for widget in (self.amount, self.currency, self.override_reason):
            self._operations.seat.enable(widget, money)

    def _record_remedy(self) -> None:
        remedy = Remedy(self.remedy.currentData())
        money = remedy in MONEY_REMEDIES
        amount = round(self.amount.value() * 100) if money else None
        currency, reason = self.currency.text(), self.override_reason.text()
        if self._run(
            lambda i: self._ctx.complaints.record_remedy(
                i, remedy, amount_minor=amount, currency=currency, override_reason=reason
            )
        ):
            self.amount.setValue(0)
            self.override_reason.clear()

    def _reverse_remedy(self) -> None:
        chosen = self._chosen_remedy()
        if chosen is None or chosen.reversed_at is not None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Reverse Remedy"),
            (
                self.tr("Reverse %1? A reversing entry is written to the customer's ledger.")
                if chosen.txn_id is not None
                else self.tr("Reverse %1?")
            ).replace("%1", given_text(chosen)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda i: self._ctx.complaints.reverse_remedy(i, chosen))

    def _record_recovery(self) -> None:
        rating = self.satisfaction.currentData()
        if rating is None:
            show_error(
                self.error,
                UserError(
                    QT_TRANSLATE_NOOP("UserError", "Choose the customer's satisfaction (1 to 5).")
                ),
            )
            return
        kind = self.survey_kind.currentData()
        survey = None if kind is None else (SurveyKind(kind), self.survey_score.value())
        self._run(lambda i: self._ctx.complaints.record_recovery(i, int(rating), survey))

    def _link_order(self) -> None:
        order = self.recent_orders.currentData()
        if order is not None:
            self._run(lambda i: self._ctx.complaints.link_order(i, int(order)))
