"""The sidebar's Tasks count follows the tasks at once: completing the one overdue task with the
Complete button clears the badge without waiting for the reminders' next tick."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest
from app.bootstrap import AppContext
from app.domain.clock import FixedClock
from app.services.tasks import TaskDraft
from app.ui.main_window import MainWindow
from app.ui.tasks.view import TasksPane
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform


def test_completing_a_task_updates_the_sidebar_count(
    ctx: AppContext, qtbot: QtBot, clock: FixedClock
) -> None:
    ctx.tasks.zone = UTC
    for title in ("Call back", "Send quote"):
        ctx.tasks.create(TaskDraft(title=title, due_at=clock.now() - timedelta(days=1)))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_pane("tasks")
    row = window.navigation.currentRow()
    assert window.navigation.item(row).text() == "Tasks (2)"
    pane = window.pane("tasks")
    assert isinstance(pane, TasksPane)
    pane.table.selectRow(0)
    qtbot.mouseClick(pane.done_button, Qt.MouseButton.LeftButton)
    assert window.navigation.item(row).text() == "Tasks (1)"
    pane.table.selectRow(0)
    qtbot.mouseClick(pane.done_button, Qt.MouseButton.LeftButton)
    assert window.navigation.item(row).text() == "Tasks"
