"""Timeline pane: until its feature lands it says what will appear here."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.bootstrap import AppContext
from app.ui.common.empty_state import EmptyState


class TimelinePane(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_state = EmptyState(
            self.tr("Timeline"),
            self.tr(
                "Every call, e-mail, meeting, order and survey answer will appear here, newest "
                "first, grouped by day."
            ),
        )
        QVBoxLayout(self).addWidget(self.empty_state)
