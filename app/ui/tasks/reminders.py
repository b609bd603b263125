"""Reminders while the app is open: a QTimer asks the task service which reminders fell due
since the last tick (by the injected clock) and shows a tray notification; the overdue count
goes on the Tasks navigation item."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from app.bootstrap import AppContext
from app.domain.errors import UserError
from app.services.tasks import TaskList, TaskRow

log = logging.getLogger(__name__)

TICK_MS = 30_000


class TaskReminders(QObject):
    fired = Signal(list)  # the TaskRows announced on this tick
    overdue_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._since: datetime = ctx.clock.now()
        self.announced: list[tuple[str, str]] = []  # (title, message), newest last
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        """Announce reminders due since the last tick; refresh the overdue count."""
        if self.ctx.closed:  # the window outlived its database (switched or closed)
            self.timer.stop()
            return
        now = self.ctx.clock.now()
        try:
            due = self.ctx.tasks.due_reminders(self._since, now)
        except UserError as exc:  # e.g. the database is busy: try again on the next tick
            log.warning("Reminders skipped: %s", exc)
            return
        self._since = now
        for task in due:
            self._announce(task)
        if due:
            self.fired.emit(due)
        self.count_overdue()

    def count_overdue(self) -> None:
        """Tell the navigation's badge how many tasks are overdue (after a tick or a task edit)."""
        if not self.ctx.closed:
            self.overdue_changed.emit(self.ctx.tasks.count(TaskList.OVERDUE))

    def _announce(self, task: TaskRow) -> None:
        title = self.tr("Task due")
        message = f"{task.title} — {task.contact_name}" if task.contact_name else task.title
        self.announced.append((title, message))
        if self.tray is not None:
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information)
