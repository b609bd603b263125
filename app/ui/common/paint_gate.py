"""Work that must not come before a widget's first frame (start-up: the list's first page)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class PaintGate(QObject):
    """Runs work at once, except while the watched widget is on screen but not yet painted:
    then right after its first frame. Timers started while a window is being built can be
    overdue before the window's first paint on a busy machine, and their work (a worker
    reading 100,000 ids, the 360° view of a contact) would then delay that frame."""

    def __init__(self, watched: QWidget) -> None:
        super().__init__(watched)
        self._watched: QWidget | None = watched
        self._waiting: list[Callable[[], None]] = []
        watched.installEventFilter(self)

    def run(self, work: Callable[[], None]) -> None:
        if self._watched is None or not self._watched.isVisible():
            work()
        elif work not in self._waiting:
            self._waiting.append(work)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._watched = None
            QTimer.singleShot(0, self._release)  # once this frame has been painted
        return False

    def _release(self) -> None:
        waiting, self._waiting = self._waiting, []
        for work in waiting:
            work()
