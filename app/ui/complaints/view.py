"""Complaints pane: until its feature lands it says what will appear here."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.bootstrap import AppContext
from app.ui.common.empty_state import EmptyState


class ComplaintsPane(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_state = EmptyState(
            self.tr("Complaints"),
            self.tr(
                "Complaint cases will appear here in queues (open, overdue, due today, waiting "
                "on the customer) with their SLA clocks."
            ),
        )
        QVBoxLayout(self).addWidget(self.empty_state)
