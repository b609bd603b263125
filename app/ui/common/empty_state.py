"""The calm message a pane shows when it has nothing to show yet, with the next step."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.icons import icon
from app.ui.theme import colours, theme_signals

MESSAGE_WIDTH = 520
ICON_SIZE = QSize(48, 48)


class EmptyState(QWidget):
    """A heading and a wrapped message, centred in a column of readable width.

    The labels are added without alignment flags: a word-wrapped QLabel placed with an
    alignment gets its one-line size hint and clips its text.
    """

    def __init__(
        self, title: str, message: str, parent: QWidget | None = None, *, icon_name: str = ""
    ) -> None:
        super().__init__(parent)
        self._icon_name = icon_name
        self.icon_label = QLabel(self)  # parented now: a shown parentless label is a window
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.icon_label.setHidden(not icon_name)
        self._draw_icon()
        theme_signals().changed.connect(self._draw_icon)
        self.title_label = QLabel(title)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.message_label = QLabel(message)
        self.message_label.setWordWrap(True)
        for label in (self.title_label, self.message_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QWidget()
        column.setMaximumWidth(MESSAGE_WIDTH)
        text = QVBoxLayout(column)
        text.setSpacing(12)
        text.addWidget(self.icon_label)
        text.addWidget(self.title_label)
        text.addWidget(self.message_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def _draw_icon(self, _dark: bool = False) -> None:
        """The pane's icon, large and muted, above the heading (redrawn on a theme switch)."""
        if self._icon_name:
            picture = icon(self._icon_name, colours().muted)
            self.icon_label.setPixmap(picture.pixmap(ICON_SIZE, self.devicePixelRatioF()))
