"""A search box with its filter fields that wraps instead of squeezing: on one line when the
width allows, else the search box on a line of its own and the fields in a grid of equal columns
(as many per line as fit), so a narrow panel shows "Any staff", not "A…". An optional action
button stays at the end of the search box's line, so it costs the panel no line of its own."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLineEdit, QWidget

from app.ui.common.reflow import Reflowing

SEARCH_CHARS = 18  # a search box narrower than this many characters is cramped
FIELD_CHARS = 10  # a typed date ("2026-01-01") fits a text field this wide
FIELD_PADDING = 28  # frame, text margins and a clear button or drop-down arrow
ACTION_SPACING = 6  # between the search box and its action button


class WrappingFilterRow(Reflowing[tuple[int, bool]]):
    """`search` then `fields` (combo boxes and short text fields), laid out for the width;
    `action`, when given, right after the search box on its line."""

    def __init__(
        self,
        search: QWidget,
        fields: Sequence[QWidget],
        parent: QWidget | None = None,
        *,
        action: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._action = action
        self._search = search if action is None else _search_line(search, action)
        self._fields = list(fields)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.arrange((len(self._fields), True))  # shape: fields per line, search beside them

    def narrowest(self) -> int:
        return max(w.minimumSizeHint().width() for w in (self._search, *self._fields))

    def fit(self, width: int) -> tuple[int, bool]:
        """(fields per line, search box beside them) for `width`: one line when everything
        fits readable, else the most fields per line that fit, lines kept even (4 fields make
        lines of 4, 2 or 1, never 3 and 1)."""
        spacing = max(self._grid.horizontalSpacing(), 0)
        needs = [self.need(w) for w in self._fields]
        if sum(needs) + self.need(self._search) + spacing * len(needs) <= width:
            return len(needs), True
        count = len(needs)
        for per_line in (n for n in range(count, 1, -1) if count % n == 0):
            lines = [needs[i : i + per_line] for i in range(0, count, per_line)]
            if all(sum(line) + spacing * (per_line - 1) <= width for line in lines):
                return per_line, False
        return 1, False

    def need(self, widget: QWidget) -> int:
        """The width at which `widget` still reads whole."""
        metrics = widget.fontMetrics()
        if widget is self._search:
            action = self._action.sizeHint().width() + ACTION_SPACING if self._action else 0
            return metrics.horizontalAdvance("x" * SEARCH_CHARS) + FIELD_PADDING + action
        if isinstance(widget, QComboBox):
            return widget.sizeHint().width()
        text = widget.placeholderText() if isinstance(widget, QLineEdit) else ""
        sample = text if len(text) > FIELD_CHARS else "0" * FIELD_CHARS
        return metrics.horizontalAdvance(sample) + FIELD_PADDING

    def arrange(self, shape: tuple[int, bool]) -> None:
        """Place the widgets: search box first on the line, or above the fields' grid."""
        if self.shape == shape:
            return
        per_line, beside = shape
        for widget in (self._search, *self._fields):
            self._grid.removeWidget(widget)
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        self.shape = shape
        if beside:  # one line: search 3 parts, each field 1
            self._grid.addWidget(self._search, 0, 0)
            self._grid.setColumnStretch(0, 3)
            for column, widget in enumerate(self._fields, start=1):
                self._grid.addWidget(widget, 0, column)
                self._grid.setColumnStretch(column, 1)
            return
        self._grid.addWidget(self._search, 0, 0, 1, per_line)
        for index, widget in enumerate(self._fields):
            self._grid.addWidget(widget, 1 + index // per_line, index % per_line)
        for column in range(per_line):
            self._grid.setColumnStretch(column, 1)


def _search_line(search: QWidget, action: QWidget) -> QWidget:
    """The search box and its action as one item of the grid."""
    line = QWidget()
    layout = QHBoxLayout(line)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(ACTION_SPACING)
    layout.addWidget(search, 1)
    layout.addWidget(action)
    return line
