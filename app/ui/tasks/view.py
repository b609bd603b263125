"""Tasks pane: until its feature lands it says what will appear here."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.bootstrap import AppContext
from app.ui.common.empty_state import EmptyState


class TasksPane(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_state = EmptyState(
            self.tr("Tasks"),
            self.tr(
                "Your follow-ups will appear here: what is due today, what is overdue and what "
                "comes next."
            ),
        )
        QVBoxLayout(self).addWidget(self.empty_state)
