"""The status bar's sync indicator: "Synced 2 min ago", "Syncing…", "Offline — 12 changes
waiting", "3 conflicts". Hidden while the database is not in a team; a click opens the
conflict review."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QToolButton, QWidget

from app.ui.sync.controller import SyncController, SyncState

TICK_MS = 30_000  # "2 min ago" moves on while nothing else changes


class SyncIndicator(QToolButton):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_indicator")
        self.setAutoRaise(True)
        self.controller = controller
        controller.changed.connect(self.refresh)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        self.refresh()

    def refresh(self) -> None:
        controller = self.controller
        if controller.ctx.closed:
            return
        self.setVisible(controller.joined)
        if not controller.joined:
            return
        self.setText(self.describe())
        self.setAccessibleName(self.text())
        tip = self.tr("Click to review sync conflicts.")
        if controller.problem:
            tip = f"{controller.problem}\n{tip}"
        self.setToolTip(tip)

    def describe(self) -> str:
        """The one line the status bar shows, most pressing first."""
        controller, status = self.controller, self.controller.status
        if controller.state is SyncState.SYNCING:
            return self.tr("Syncing…")
        if controller.state is SyncState.OFFLINE:
            return self.tr("Offline — %n change(s) waiting", "", status.pending)
        if controller.state is SyncState.FAILED:
            return self.tr("Sync failed")
        if status.open_conflicts:
            return self.tr("%n conflict(s)", "", status.open_conflicts)
        if status.last_sync is None:
            return self.tr("Not synced yet")
        return self._synced_ago(datetime.fromisoformat(status.last_sync))

    def _synced_ago(self, when: datetime) -> str:
        now = self.controller.ctx.clock.now().replace(tzinfo=None)
        minutes = max(0, int((now - when).total_seconds() // 60))
        if minutes < 1:
            return self.tr("Synced just now")
        if minutes < 60:
            return self.tr("Synced %n min ago", "", minutes)
        if minutes < 48 * 60:
            return self.tr("Synced %n h ago", "", minutes // 60)
        return self.tr("Synced %n day(s) ago", "", minutes // (24 * 60))
