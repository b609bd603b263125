"""Widgets that lay themselves out anew when their width changes shape: a filter row that wraps,
a grid of dashboard cards that drops to one column. Each says which shape a width calls for
(`fit`) and how to place its widgets in a shape (`arrange`); this base re-arranges after a
resize that changes the shape."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget

ShapeT = TypeVar("ShapeT", bound=Hashable)


class Reflowing(QWidget, Generic[ShapeT]):
    """Base: `shape` is what `arrange` last laid out; subclasses give `fit` and `arrange`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shape: ShapeT | None = None

    def fit(self, width: int) -> ShapeT:
        raise NotImplementedError

    def narrowest(self) -> int:
        """The width of the narrowest shape (one item per line)."""
        raise NotImplementedError

    def minimumSizeHint(self) -> QSize:
        """As narrow as the narrowest shape, whatever the shape now: the current shape's own
        minimum (every item of a line side by side) would keep the parent from narrowing this
        widget to the width at which it re-flows."""
        return QSize(self.narrowest(), super().minimumSizeHint().height())

    def arrange(self, shape: ShapeT) -> None:
        raise NotImplementedError

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-arrange after the resize, not inside it: moving widgets between lines changes
        the height, which re-runs the parent's layout that is resizing this widget now."""
        super().resizeEvent(event)
        if self.fit(event.size().width()) != self.shape:
            QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        self.arrange(self.fit(self.width()))


class CardGrid(Reflowing[int]):
    """Cards in reading order, in as many columns (at most `max_columns`) as fit at the widest
    card's minimum width, so a scroll area without a horizontal scrollbar never cuts one off."""

    def __init__(
        self, cards: Sequence[QWidget], max_columns: int = 2, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._cards, self._max_columns = list(cards), max_columns
        self._grid = QGridLayout(self)
        self.arrange(max_columns)

    def _card_width(self) -> int:
        return max(card.minimumSizeHint().width() for card in self._cards)

    def narrowest(self) -> int:
        margins = self._grid.contentsMargins()
        return self._card_width() + margins.left() + margins.right()

    def fit(self, width: int) -> int:
        margins = self._grid.contentsMargins()
        spacing = max(self._grid.horizontalSpacing(), 0)
        room = width - margins.left() - margins.right() + spacing
        return max(1, min(self._max_columns, room // (self._card_width() + spacing)))

    def arrange(self, shape: int) -> None:
        """`shape` columns of equal width, cards filling them row by row."""
        if shape == self.shape:
            return
        for card in self._cards:
            self._grid.removeWidget(card)
        for column in range(max(self._grid.columnCount(), shape)):
            self._grid.setColumnStretch(column, 1 if column < shape else 0)
        for index, card in enumerate(self._cards):
            self._grid.addWidget(card, index // shape, index % shape)
        self.shape = shape
