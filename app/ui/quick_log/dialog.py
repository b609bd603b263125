"""Quick log: "called Anna, left voicemail, call back Friday" in seconds, keyboard only.

Tab walks the fields, the contact field suggests as you type (contact search index, prefix
match), Ctrl+Enter saves. The interaction and the optional follow-up task are one save.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import AppContext
from app.domain.enums import Channel, Direction
from app.domain.errors import UserError
from app.domain.when import parse_when
from app.services.changes import Changes
from app.services.interactions import InteractionDraft
from app.services.tasks import TaskDraft
from app.services.team import who_am_i
from app.ui.i18n import current_language, enum_label, error_text
from app.ui.quick_log.picker import ContactPicker
from app.ui.theme import mark_error

MAX_MINUTES = 24 * 60


class QuickLogDialog(QDialog):
    """Logs a new interaction (or edits one when `interaction_id` is given)."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        contact_id: int | None = None,
        interaction_id: int | None = None,
        complete_task: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.interaction_id = ctx, interaction_id
        self.complete_task = complete_task
        self.changes = Changes()  # what the save wrote, for the operations runner
        self._staff_id: int | None = None  # kept when editing: the form does not show it
        self.setWindowTitle(
            self.tr("Edit Interaction") if interaction_id else self.tr("Log Interaction")
        )
        self._build()
        if contact_id is not None:
            self.contact_box.set_contact(contact_id)
        if interaction_id is not None:
            self._load(interaction_id)

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.contact_box = ContactPicker(self.ctx.interactions)
        self.channel_combo = QComboBox()
        for channel in Channel:
            self.channel_combo.addItem(enum_label(channel), channel)
        self.direction_combo = QComboBox()
        for direction in (Direction.OUTBOUND, Direction.INBOUND, Direction.INTERNAL):
            self.direction_combo.addItem(enum_label(direction), direction)
        self.when_box = QLineEdit()
        self.when_box.setPlaceholderText(self.tr("now — or 'yesterday 15:00', '2026-03-05 09:30'"))
        self.duration_box = QSpinBox()
        self.duration_box.setRange(0, MAX_MINUTES)
        self.duration_box.setSuffix(self.tr(" min"))
        self.duration_box.setSpecialValueText(self.tr("—"))
        self.outcome_box = QLineEdit()
        self.outcome_box.setPlaceholderText(self.tr("e.g. left voicemail"))
        self.subject_box = QLineEdit()
        self.subject_box.setPlaceholderText(self.tr("One line for the timeline (optional)"))
        self.notes_box = QPlainTextEdit()
        self.notes_box.setTabChangesFocus(True)
        self.notes_box.setFixedHeight(90)
        self.follow_up_box = QLineEdit()
        self.follow_up_box.setPlaceholderText(self.tr("Follow-up task (optional), e.g. call back"))
        self.follow_up_when = QLineEdit()
        self.follow_up_when.setPlaceholderText(self.tr("When, e.g. friday, in 2 days"))
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        mark_error(self.error_label)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Contact"), self.contact_box)
        form.addRow(self.tr("C&hannel"), self.channel_combo)
        form.addRow(self.tr("&Direction"), self.direction_combo)
        form.addRow(self.tr("&When"), self.when_box)
        form.addRow(self.tr("D&uration"), self.duration_box)
        form.addRow(self.tr("&Outcome"), self.outcome_box)
        form.addRow(self.tr("&Summary"), self.subject_box)
        form.addRow(self.tr("&Notes"), self.notes_box)
        form.addRow(self.tr("&Follow-up"), self.follow_up_box)
        form.addRow(self.tr("Follow-up d&ue"), self.follow_up_when)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _load(self, interaction_id: int) -> None:
        row = self.ctx.interactions.get(interaction_id)
        self.contact_box.set_contact(row.contact_id)
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(row.channel))
        self.direction_combo.setCurrentIndex(self.direction_combo.findData(row.direction))
        self.when_box.setText(row.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        self.duration_box.setValue(row.duration_minutes or 0)
        self.outcome_box.setText(row.outcome)
        self.subject_box.setText(row.subject)
        self.notes_box.setPlainText(row.body)
        self._staff_id = row.staff_id
        self.follow_up_box.hide()
        self.follow_up_when.hide()

    # -- saving ------------------------------------------------------------------------------

    def draft(self) -> tuple[InteractionDraft, TaskDraft | None]:
        """What the form says, parsed; raises UserError naming the field that is wrong."""
        now = self.ctx.clock.now()
        contact_id = self.contact_box.chosen()
        assert contact_id is not None  # noqa: S101 - chosen() raises when none is required
        minutes = self.duration_box.value() or None
        log = InteractionDraft(
            contact_id=contact_id,
            occurred_at=parse_when(
                self.when_box.text(), now, field="time", language=current_language()
            ),
            channel=self.channel_combo.currentData(),
            direction=self.direction_combo.currentData(),
            subject=self.subject_box.text(),
            body=self.notes_box.toPlainText(),
            duration_minutes=minutes,
            outcome=self.outcome_box.text(),
            staff_id=self._staff_id,
        )
        follow_up = None
        if self.follow_up_box.isVisible() and self.follow_up_box.text().strip():
            due = parse_when(
                self.follow_up_when.text() or "tomorrow",
                now,
                field="follow-up time",
                language=current_language(),
            )
            me = who_am_i(self.ctx.db)  # in a team, my follow-ups are mine
            follow_up = TaskDraft(
                title=self.follow_up_box.text(),
                contact_id=contact_id,
                due_at=due,
                remind_at=due,
                owner_id=None if me is None else me.staff_id,
            )
        return log, follow_up

    def save(self) -> None:
        try:
            log, follow_up = self.draft()
            if self.interaction_id is not None:
                self.ctx.interactions.update(self.interaction_id, log)
                self.changes = Changes(interactions=frozenset({self.interaction_id}))
            elif self.complete_task is not None:
                self.changes = self.ctx.tasks.complete(self.complete_task, log).changes
            else:
                self.changes = self.ctx.tasks.log_with_follow_up(log, follow_up)
        except UserError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.accept()
