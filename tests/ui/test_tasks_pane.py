"""The Tasks pane: lists, snooze, complete, recurrence; reminders firing by the FixedClock; the
overdue badge; the calendar export read back with icalendar."""

from __future__ import annotations

from datetime import UTC, timedelta
from pathlib import Path

import icalendar
import pytest
from app.bootstrap import AppContext
from app.domain.clock import FixedClock
from app.domain.when import Snooze
from app.services.contacts import ContactDraft
from app.services.tasks import TaskDraft, TaskList
from app.ui.main_window import MainWindow
from app.ui.tasks.reminders import TaskReminders
from app.ui.tasks.view import TasksPane
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.ui.helpers import user_error_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform


@pytest.fixture
def pane(ctx: AppContext, qtbot: QtBot) -> TasksPane:
    ctx.tasks.zone = UTC
    widget = TasksPane(ctx)
    qtbot.addWidget(widget)
    return widget


def _select_first(pane: TasksPane) -> None:
    pane.table.setCurrentIndex(pane.model.index(0, 0))


def test_lists_snooze_and_complete(
    ctx: AppContext, pane: TasksPane, clock: FixedClock, qtmodeltester: ModelTester
) -> None:
    now = clock.now()
    ctx.tasks.create(TaskDraft(title="Late call", due_at=now - timedelta(hours=2)))
    ctx.tasks.create(TaskDraft(title="Send quote", due_at=now + timedelta(hours=2)))
    pane.requery()
    assert pane.tabs.tabText(0) == "Overdue (1)"
    assert pane.tabs.tabText(1) == "Today (1)"
    qtmodeltester.check(pane.model)
    _select_first(pane)
    pane.snooze(Snooze.HOUR)
    assert pane.tabs.tabText(0) == "Overdue"
    pane.show_list(TaskList.TODAY)
    assert [pane.model.row_data(r).title for r in range(pane.model.rowCount())] == [
        "Late call",
        "Send quote",
    ]
    _select_first(pane)
    pane.complete(log=False)
    assert "Done: Late call" in pane.message_label.text()
    pane.show_list(TaskList.DONE)
    assert pane.model.row_data(0).title == "Late call"
    assert not pane.done_button.isEnabled()


def test_completing_a_recurring_task_schedules_the_next(
    ctx: AppContext, pane: TasksPane, clock: FixedClock
) -> None:
    anna = ctx.contacts.create(ContactDraft(first_name="Anna", last_name="Berg")).id
    ctx.tasks.stay_in_touch(anna, 14)
    clock.advance(timedelta(days=15))
    pane.requery()
    assert pane.current_list is TaskList.OVERDUE
    _select_first(pane)
    pane.complete(log=False)
    pane.show_list(TaskList.UPCOMING)
    follow = pane.model.row_data(0)
    assert follow.title == "Stay in touch with Anna Berg"
    assert follow.due_at == clock.now() + timedelta(days=14)


def test_reminder_fires_when_the_clock_reaches_it(
    ctx: AppContext, qtbot: QtBot, clock: FixedClock
) -> None:
    due = clock.now() + timedelta(minutes=30)
    ctx.tasks.create(TaskDraft(title="Call Anna", due_at=due, remind_at=due))
    reminders = TaskReminders(ctx)
    with qtbot.assertNotEmitted(reminders.fired):
        reminders.tick()
    clock.advance(timedelta(minutes=31))
    with qtbot.waitSignal(reminders.fired) as fired:
        reminders.tick()
    assert [t.title for t in fired.args[0]] == ["Call Anna"]
    assert reminders.announced == [("Task due", "Call Anna")]
    with qtbot.assertNotEmitted(reminders.fired):
        reminders.tick()  # announced once only


def test_overdue_count_shows_on_the_navigation_item(
    ctx: AppContext, qtbot: QtBot, clock: FixedClock
) -> None:
    ctx.tasks.create(TaskDraft(title="Late", due_at=clock.now() - timedelta(days=1)))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    row = next(
        i for i in range(window.navigation.count()) if "Tasks" in window.navigation.item(i).text()
    )
    assert window.navigation.item(row).text() == "Tasks (1)"
    window.set_badge("tasks", 0)
    assert window.navigation.item(row).text() == "Tasks"


def test_export_calendar_reads_back(
    ctx: AppContext, pane: TasksPane, clock: FixedClock, tmp_path: Path
) -> None:
    due = clock.now() + timedelta(days=2)
    ctx.tasks.create(TaskDraft(title="Visit shop", due_at=due))
    target = tmp_path / "out.ics"
    pane.export_calendar(target)
    assert "1 task exported" in pane.message_label.text()
    events = list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == ["Visit shop"]
    pane.export_calendar(tmp_path / "missing" / "out.ics")
    assert "cannot be written" in user_error_text(pane)


def test_reminders_stop_when_the_database_closes(ctx: AppContext) -> None:
    reminders = TaskReminders(ctx)
    ctx.close()
    reminders.tick()
    assert not reminders.timer.isActive()


def _select(pane: TasksPane, task_id: int) -> None:
    """Show the open list holding the task and select it."""
    for which in (TaskList.OVERDUE, TaskList.TODAY, TaskList.UPCOMING):
        pane.show_list(which)
        for row in range(pane.model.rowCount()):
            if pane.model.row_data(row).id == task_id:
                pane.table.setCurrentIndex(pane.model.index(row, 0))
                return
    raise AssertionError(f"task {task_id} is in no open list")


def test_every_snooze_choice_and_a_picked_time(
    ctx: AppContext, pane: TasksPane, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.domain.when import parse_when, snooze_until  # noqa: PLC0415
    from PySide6.QtWidgets import QInputDialog  # noqa: PLC0415

    task = ctx.tasks.create(TaskDraft(title="Call Anna", due_at=clock.now() - timedelta(hours=1)))
    titles = [a.text() for a in pane.snooze_button.menu().actions()]
    assert len(titles) == len(Snooze) + 1  # every choice, then "Pick a time…"
    for choice in Snooze:
        _select(pane, task.id)
        pane.snooze(choice)
        assert ctx.tasks.get(task.id).due_at == snooze_until(choice, clock.now(), UTC)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("in 20 days", True))
    _select(pane, task.id)
    pane.snooze_pick()
    assert ctx.tasks.get(task.id).due_at == parse_when("in 20 days", clock.now(), UTC)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("yesterday", True))
    _select(pane, task.id)
    pane.snooze_pick()
    assert "only be snoozed to a time in the future" in user_error_text(pane)


def test_recurring_tasks_say_how_often(ctx: AppContext, pane: TasksPane) -> None:
    anna = ctx.contacts.create(ContactDraft(first_name="Anna", last_name="Berg")).id
    ctx.tasks.stay_in_touch(anna, 14)
    pane.show_list(TaskList.UPCOMING)
    assert pane.model.index(0, 4).data() == "every 14 days"


def test_new_recurring_task_by_keyboard(ctx: AppContext, qtbot: QtBot, clock: FixedClock) -> None:
    from app.domain.when import parse_when  # noqa: PLC0415
    from app.ui.tasks.dialogs import NewTaskDialog  # noqa: PLC0415
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    anna = ctx.contacts.create(ContactDraft(first_name="Anna", last_name="Berg")).id
    dialog = NewTaskDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.title_box.setFocus()
    qtbot.waitUntil(dialog.title_box.hasFocus)
    for text in ("Stay in touch", "ann", "friday", None, "30"):  # None: the reminder box
        focused = QApplication.focusWidget()
        assert focused is not None
        if text is not None:
            qtbot.keyClicks(focused, text)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    (task,) = ctx.tasks.rows(ctx.tasks.ids(TaskList.UPCOMING)).values()
    assert (task.title, task.contact_id, task.repeat_every_days) == ("Stay in touch", anna, 30)
    assert task.due_at == parse_when("friday", clock.now())
    assert task.remind_at == task.due_at
