"""Runs the time rules at start and every hour while the window is open, off the GUI thread
(a sweep over 100,000 contacts reads them all); `swept` carries what it created."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from app.bootstrap import AppContext
from app.services.automations import RunResult
from app.ui.common.seat import Seat
from app.ui.common.workers import CancelFlag, Progress, Task

log = logging.getLogger(__name__)

HOUR_MS = 60 * 60 * 1000


class AutomationSweeper(QObject):
    swept = Signal(object)  # RunResult

    def __init__(
        self,
        ctx: AppContext,
        interval_ms: int = HOUR_MS,
        parent: QObject | None = None,
        *,
        seat: Seat | None = None,
    ) -> None:
        """`seat`: a team viewer's copy runs no rules (what they plan would be writes)."""
        super().__init__(parent)
        self._ctx = ctx
        self._seat = seat or Seat(self)
        self._task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sweep_now)
        self.timer.start()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def sweep_now(self) -> None:
        """Start a sweep unless one is running (a long one is not started twice)."""
        if self._task is not None or self._ctx.closed or self._seat.read_only:
            return
        automations = self._ctx.automations

        def run(_progress: Progress, _cancelled: CancelFlag) -> RunResult:
            return automations.sweep()

        task = Task(run)
        task.signals.done.connect(self._done)
        task.signals.failed.connect(self._failed)
        self._task = task
        task.start()

    def stop(self) -> None:
        self.timer.stop()

    def _done(self, result: RunResult) -> None:
        self._task = None
        if result.follow_ups:
            self.swept.emit(result)

    def _failed(self, message: str) -> None:
        self._task = None
        log.warning("The scheduled automation check failed: %s", message)
