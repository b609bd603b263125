"""Contacts pane. The lazy 100,000-row list and the 360° view arrive with the contacts issue."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.bootstrap import AppContext
from app.ui.common.empty_state import EmptyState


class ContactsPane(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        count = ctx.contacts.count()
        message = self.tr(
            "Your customers will be listed here, searchable as you type, with each one's "
            "history a click away."
        )
        if count:
            message += " " + self.tr("This database holds %Ln contact(s).", "", count)
        self.empty_state = EmptyState(self.tr("Contacts"), message)
        QVBoxLayout(self).addWidget(self.empty_state)
