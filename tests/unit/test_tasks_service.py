"""Tasks: the four lists, snooze, completion with a log, recurrence, reminders, .ics export."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from app.bootstrap import AppContext
from app.domain.clock import FixedClock
from app.domain.enums import Channel
from app.domain.errors import UserError
from app.domain.when import Snooze, snooze_until
from app.services.contacts import ContactDraft
from app.services.interactions import InteractionDraft
from app.services.settings import BusinessSettings
from app.services.tasks import TaskDraft, TaskList
from app.services.timeline import TimelineFilter, TimelineKind


def _contact(ctx: AppContext) -> int:
    return ctx.contacts.create(ContactDraft(first_name="Anna", last_name="Berg")).id


def _task(ctx: AppContext, title: str, due: datetime | None, **kw: object) -> int:
    return ctx.tasks.create(TaskDraft(title=title, due_at=due, **kw)).id  # type: ignore[arg-type]


@pytest.fixture
def utc_tasks(ctx: AppContext) -> AppContext:
    ctx.tasks.zone = UTC
    return ctx


def test_lists_split_by_now_and_the_local_day(utc_tasks: AppContext, clock: FixedClock) -> None:
    ctx, now = utc_tasks, clock.now()
    late = _task(ctx, "Late", now - timedelta(hours=1))
    today = _task(ctx, "Today", now + timedelta(hours=3))
    later = _task(ctx, "Later", now + timedelta(days=2))
    undated = _task(ctx, "Someday", None)
    done = _task(ctx, "Done", now)
    ctx.tasks.complete(done)
    assert ctx.tasks.ids(TaskList.OVERDUE) == [late]
    assert ctx.tasks.ids(TaskList.TODAY) == [today]
    assert ctx.tasks.ids(TaskList.UPCOMING) == [later, undated]
    assert ctx.tasks.ids(TaskList.DONE) == [done]
    assert ctx.tasks.count(TaskList.OVERDUE) == 1


def test_snooze_moves_due_and_reminder(utc_tasks: AppContext, clock: FixedClock) -> None:
    ctx, now = utc_tasks, clock.now()
    task = _task(ctx, "Call back", now - timedelta(hours=1), remind_at=now - timedelta(hours=1))
    until = snooze_until(Snooze.TOMORROW, now, UTC)
    ctx.tasks.snooze(task, until)
    row = ctx.tasks.get(task)
    assert (row.due_at, row.remind_at) == (until, until)
    assert ctx.tasks.ids(TaskList.UPCOMING) == [task]
    with pytest.raises(UserError, match="future"):
        ctx.tasks.snooze(task, now - timedelta(minutes=1))


def test_complete_with_log_links_the_interaction(utc_tasks: AppContext, clock: FixedClock) -> None:
    ctx = utc_tasks
    anna = _contact(ctx)
    task = _task(ctx, "Call Anna", clock.now(), contact_id=anna)
    log = InteractionDraft(anna, clock.now(), Channel.PHONE, subject="Reached her")
    done = ctx.tasks.complete(task, log)
    assert done.interaction_id is not None
    assert ctx.tasks.get(task).interaction_id == done.interaction_id
    kinds = [e.kind for e in ctx.timeline.page(TimelineFilter(contact_id=anna)).entries]
    assert sorted(kinds) == sorted([TimelineKind.TASK, TimelineKind.INTERACTION])
    with pytest.raises(UserError, match="already done"):
        ctx.tasks.complete(task)


def test_stay_in_touch_creates_the_next_task_when_done(
    utc_tasks: AppContext, clock: FixedClock
) -> None:
    ctx = utc_tasks
    anna = _contact(ctx)
    first = ctx.tasks.stay_in_touch(anna, 30)
    assert first.title == "Stay in touch with Anna Berg"
    assert first.due_at == clock.now() + timedelta(days=30)
    clock.advance(timedelta(days=31))
    done = ctx.tasks.complete(first.id)
    assert done.next_task_id is not None
    follow = ctx.tasks.get(done.next_task_id)
    assert follow.due_at == clock.now() + timedelta(days=30)
    assert (follow.repeat_every_days, follow.contact_id) == (30, anna)
    ctx.tasks.reopen(first.id)
    assert ctx.tasks.get(first.id).done_at is None
    with pytest.raises(UserError, match="between 1 and"):
        ctx.tasks.create(TaskDraft(title="x", repeat_every_days=0))


def test_reminders_fall_due_once(utc_tasks: AppContext, clock: FixedClock) -> None:
    ctx, now = utc_tasks, clock.now()
    soon = _task(ctx, "Soon", now, remind_at=now + timedelta(minutes=5))
    _task(ctx, "Later", now, remind_at=now + timedelta(hours=5))
    assert ctx.tasks.due_reminders(now, now + timedelta(minutes=1)) == []
    due = ctx.tasks.due_reminders(now, now + timedelta(minutes=10))
    assert [t.id for t in due] == [soon]
    assert ctx.tasks.due_reminders(now + timedelta(minutes=10), now + timedelta(minutes=20)) == []


def test_quick_log_with_follow_up_is_one_save(utc_tasks: AppContext, clock: FixedClock) -> None:
    ctx = utc_tasks
    anna = _contact(ctx)
    changes = ctx.tasks.log_with_follow_up(
        InteractionDraft(anna, clock.now(), outcome="left voicemail"),
        TaskDraft(title="Call back", contact_id=anna, due_at=clock.now() + timedelta(days=4)),
    )
    assert len(changes.interactions) == 1
    assert len(changes.tasks) == 1
    with pytest.raises(UserError, match="needs a title"):
        ctx.tasks.log_with_follow_up(InteractionDraft(anna, clock.now()), TaskDraft(title=" "))
    assert ctx.tasks.count(TaskList.UPCOMING) == 1  # the failed save left nothing behind


def test_ics_export_parses_back(utc_tasks: AppContext, clock: FixedClock, tmp_path: Path) -> None:
    ctx = utc_tasks
    anna = _contact(ctx)
    due = clock.now() + timedelta(days=1)
    task = ctx.tasks.create(
        TaskDraft(title="Call Anna", contact_id=anna, due_at=due, remind_at=due, notes="Price")
    )
    _task(ctx, "No date", None)
    target = tmp_path / "tasks.ics"
    assert ctx.tasks.export_ics(target) == 1
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    event = events[0]
    assert str(event["summary"]) == "Call Anna (Anna Berg)"
    assert event.decoded("dtstart") == due
    assert str(event["uid"]) == f"{task.uid}@rapport"
    assert str(event["description"]) == "Price"
    assert len(list(event.walk("VALARM"))) == 1


def test_attachments_are_stored_by_hash_and_limited(ctx: AppContext, tmp_path: Path) -> None:
    anna = _contact(ctx)
    call = ctx.interactions.log(InteractionDraft(anna, datetime(2026, 3, 1, tzinfo=UTC))).id
    source = tmp_path / "quote.pdf"
    source.write_bytes(b"%PDF quote")
    first = ctx.attachments.attach(call, source)
    again = ctx.attachments.attach(call, source)
    assert first.sha256 == again.sha256
    stored = ctx.attachments.path_for(first.sha256)
    assert stored.read_bytes() == b"%PDF quote"
    assert (first.mime_type, first.size_bytes) == ("application/pdf", 10)
    ctx.attachments.remove(again.id)
    assert [a.id for a in ctx.attachments.for_interaction(call)] == [first.id]
    ctx.settings.save_business(BusinessSettings(attachment_limit_mb=1))
    big = tmp_path / "video.mp4"
    big.write_bytes(b"0" * (1024 * 1024 + 1))
    with pytest.raises(UserError, match=r"'video.mp4' is 1.0 MB; attachments may be at most 1 MB"):
        ctx.attachments.attach(call, big)
    with pytest.raises(UserError, match="cannot be read"):
        ctx.attachments.attach(call, tmp_path / "missing.txt")
