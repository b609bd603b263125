"""Creating a task, and picking a snooze time, from anywhere (keyboard friendly)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import AppContext
from app.domain.errors import UserError
from app.domain.when import parse_when
from app.services.changes import Changes
from app.services.tasks import MAX_REPEAT_DAYS, TaskDraft
from app.ui.common.owner_picker import owner_picker
from app.ui.i18n import current_language, error_text
from app.ui.quick_log.picker import ContactPicker
from app.ui.theme import mark_error


class NewTaskDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        contact_id: int | None = None,
        owner_id: int | None = None,
    ) -> None:
        """`owner_id`: who the task is for at first (the window passes me when in a team)."""
        super().__init__(parent)
        self.ctx = ctx
        self.changes = Changes()  # what the save wrote, for the operations runner
        self.setWindowTitle(self.tr("New Task"))
        self.title_box = QLineEdit()
        self.title_box.setPlaceholderText(self.tr("e.g. Send the quote"))
        self.contact_box = ContactPicker(ctx.interactions)
        if contact_id is not None:
            self.contact_box.set_contact(contact_id)
        self.due_box = QLineEdit()
        self.due_box.setPlaceholderText(self.tr("e.g. tomorrow, friday 10:00, in 3 days"))
        self.remind_box = QCheckBox(self.tr("Remind me when it is due"))
        self.remind_box.setChecked(True)
        self.repeat_box = QSpinBox()
        self.repeat_box.setRange(0, MAX_REPEAT_DAYS)
        self.repeat_box.setSpecialValueText(self.tr("does not repeat"))
        self.repeat_box.setPrefix(self.tr("every "))
        self.repeat_box.setSuffix(self.tr(" days"))
        self.owner_box = owner_picker(ctx.db, owner_id)
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        mark_error(self.error_label)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_box)
        form.addRow(self.tr("&Contact"), self.contact_box)
        form.addRow(self.tr("&Due"), self.due_box)
        form.addRow("", self.remind_box)
        form.addRow(self.tr("&Repeat (stay in touch)"), self.repeat_box)
        form.addRow(self.tr("&Owner"), self.owner_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def save(self) -> None:
        try:
            due = parse_when(
                self.due_box.text() or "tomorrow",
                self.ctx.clock.now(),
                field="due time",
                language=current_language(),
            )
            created = self.ctx.tasks.create(
                TaskDraft(
                    title=self.title_box.text(),
                    contact_id=self.contact_box.chosen(required=False),
                    due_at=due,
                    remind_at=due if self.remind_box.isChecked() else None,
                    repeat_every_days=self.repeat_box.value() or None,
                    owner_id=self.owner_box.currentData(),
                )
            )
        except UserError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.changes = Changes(tasks=frozenset({created.id}))
        self.accept()
