"""Keeps the cached per-customer figures (contact list columns, 360° view) current in the app.

Triggers mark the contacts whose ledger, interactions, complaints or surveys changed (table
contact_stats_dirty); this refresher looks for such marks every few seconds and refreshes just
those contacts in the thread pool. Writes that land between two looks share one refresh, so a
burst of edits costs one recomputation. No pyqtgraph here: the main window builds it at start.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from app.bootstrap import AppContext
from app.services.changes import Changes
from app.ui.common.workers import CancelFlag, Progress, Task

log = logging.getLogger(__name__)

INTERVAL_MS = 3000


class StaleFiguresRefresher(QObject):
    """Refreshes stale per-customer figures off the GUI thread; `refreshed` says which."""

    refreshed = Signal(object)  # Changes

    def __init__(
        self, ctx: AppContext, interval_ms: int = INTERVAL_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._task: Task | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.refresh_now)
        self._timer.start()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def refresh_now(self) -> None:
        """Start a refresh of the stale contacts unless one is running already."""
        if self._task is not None or self._ctx.closed:
            return
        analytics = self._ctx.analytics

        def compute(_progress: Progress, _cancelled: CancelFlag) -> Changes:
            return analytics.refresh_stale_contact_stats()

        task = Task(compute)
        task.signals.done.connect(self._done)
        task.signals.failed.connect(self._failed)
        self._task = task
        task.start()

    def stop(self) -> None:
        self._timer.stop()

    def _done(self, changes: Changes) -> None:
        self._task = None
        if changes.contacts:
            self.refreshed.emit(changes)

    def _failed(self, message: str) -> None:
        self._task = None
        log.warning("Refreshing the customer figures failed: %s", message)
