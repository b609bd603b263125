"""The 360° view's line of upcoming automated follow-ups (open tasks a rule created)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.bootstrap import AppContext
from app.ui.common.formatting import format_datetime

SHOWN = 3  # the soonest few; the Tasks tab lists them all


class UpcomingFollowUps(QLabel):
    """Hidden when no rule has planned anything for the contact."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Upcoming automated follow-ups"))
        self.hide()

    def show_contact(self, contact_id: int) -> None:
        items = self._ctx.automations.upcoming(contact_id)
        lines = [
            f"{item.title} ({format_datetime(item.due_at)})" if item.due_at else item.title
            for item in items[:SHOWN]
        ]
        if len(items) > SHOWN:
            lines.append(self.tr("and %n more", "", len(items) - SHOWN))
        self.setText(self.tr("Automated follow-ups: %1").replace("%1", "; ".join(lines)))
        self.setToolTip("\n".join(f"{i.rule_name}: {i.title}" for i in items))
        self.setVisible(bool(items))
