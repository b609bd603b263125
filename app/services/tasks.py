"""Follow-up tasks: the Today/Overdue/Upcoming/Done lists, create, snooze, complete (optionally
logging what happened), "stay in touch every N days" recurrence, reminders and iCalendar export.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from app.domain.clock import Clock
from app.domain.enums import Priority
from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.domain.validation import clean_name, clean_text
from app.domain.when import local_zone
from app.services.changes import Changes
from app.services.interactions import InteractionDraft, InteractionService
from app.storage.audit import AuditTrail
from app.storage.database import Database
from app.storage.models import Contact, Staff, Task
from app.storage.records import owner_name, stamp_new, touch

if TYPE_CHECKING:
    import icalendar

MAX_REPEAT_DAYS = 3650
EVENT_LENGTH = timedelta(minutes=30)  # how long a task blocks in the calendar


class TaskList(StrEnum):
    TODAY = "today"
    OVERDUE = "overdue"
    UPCOMING = "upcoming"
    DONE = "done"


OPEN_LISTS = (TaskList.OVERDUE, TaskList.TODAY, TaskList.UPCOMING)


@dataclass(frozen=True, slots=True)
class TaskDraft:
    title: str
    contact_id: int | None = None
    due_at: datetime | None = None
    notes: str = ""
    priority: Priority = Priority.NORMAL
    remind_at: datetime | None = None
    repeat_every_days: int | None = None
    owner_id: int | None = None  # the staff member who is to do it


@dataclass(frozen=True, slots=True)
class TaskRow:
    id: int
    uid: str
    title: str
    contact_id: int | None
    contact_name: str
    due_at: datetime | None
    done_at: datetime | None
    priority: Priority
    remind_at: datetime | None
    repeat_every_days: int | None
    notes: str
    interaction_id: int | None
    owner_id: int | None = None
    owner: str = ""  # the owner's name


@dataclass(frozen=True, slots=True)
class Completion:
    """What completing a task did: the next task of a recurrence, the interaction logged."""

    changes: Changes
    next_task_id: int | None
    interaction_id: int | None


class TaskService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        audit: AuditTrail,
        interactions: InteractionService,
        zone: tzinfo | None = None,
    ) -> None:
        self._db, self._clock, self._audit = db, clock, audit
        self._interactions = interactions
        self.zone = zone or local_zone()

    # -- lists -------------------------------------------------------------------------------

    def ids(
        self, which: TaskList, contact_id: int | None = None, owner_id: int | None = None
    ) -> list[int]:
        """Ids of one list in display order (soonest first; Done: latest done first), of one
        contact's or one owner's tasks when given."""
        query = self._list_query(which, owner_id)
        if contact_id is not None:
            query = query.where(Task.contact_id == contact_id)
        with self._db.read() as session:
            return list(session.scalars(query))

    def rows(self, ids: Sequence[int]) -> Mapping[int, TaskRow]:
        with self._db.read() as session:
            found = session.execute(
                select(Task, Contact.display_name, Staff.name)
                .outerjoin(Contact, Contact.id == Task.contact_id)
                .outerjoin(Staff, Staff.id == Task.owner_id)
                .where(Task.id.in_(ids), Task.deleted_at.is_(None))
            )
            return {task.id: _row(task, name, owner) for task, name, owner in found}

    def get(self, task_id: int) -> TaskRow:
        found = self.rows([task_id])
        if task_id not in found:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "Task #{task_id} does not exist or was deleted."),
                task_id=task_id,
            )
        return found[task_id]

    def count(self, which: TaskList, owner_id: int | None = None) -> int:
        with self._db.read() as session:
            sub = self._list_query(which, owner_id).subquery()
            return session.scalar(select(func.count()).select_from(sub)) or 0

    def _list_query(self, which: TaskList, owner_id: int | None = None) -> Select[Any]:
        now = self._clock.now()
        start_tomorrow = self._start_of_day(now, 1)
        live: ColumnElement[bool] = Task.deleted_at.is_(None)
        if owner_id is not None:  # "My tasks": ix_task_owner_id narrows before the lists
            live = and_(live, Task.owner_id == owner_id)
        open_: ColumnElement[bool] = and_(live, Task.done_at.is_(None))
        query = select(Task.id)
        if which is TaskList.DONE:
            return query.where(live, Task.done_at.is_not(None)).order_by(
                Task.done_at.desc(), Task.id.desc()
            )
        if which is TaskList.OVERDUE:
            query = query.where(open_, Task.due_at < now)
        elif which is TaskList.TODAY:
            query = query.where(open_, Task.due_at >= now, Task.due_at < start_tomorrow)
        else:
            query = query.where(open_, (Task.due_at >= start_tomorrow) | Task.due_at.is_(None))
        return query.order_by(Task.due_at.is_(None), Task.due_at, Task.id)

    def _start_of_day(self, at: datetime, days_ahead: int) -> datetime:
        local = at.astimezone(self.zone)
        return datetime.combine(local.date() + timedelta(days=days_ahead), time(), local.tzinfo)

    # -- writes ------------------------------------------------------------------------------

    def create(self, draft: TaskDraft) -> TaskRow:
        with self._db.write() as session:
            task = self.create_in(session, draft)
            owner = session.get(Staff, task.owner_id) if task.owner_id else None
            name = None if owner is None else owner.name
            return _row(task, _contact_name(session, task.contact_id), name)

    def create_in(self, session: Session, draft: TaskDraft) -> Task:
        """Store a task inside the caller's transaction (a quick log with a follow-up)."""
        title = clean_name(draft.title, field="task title")
        if not title:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "A task needs a title."))
        repeat = draft.repeat_every_days
        if repeat is not None:
            _check_repeat(repeat)
        if draft.contact_id is not None:
            contact = session.get(Contact, draft.contact_id)
            if contact is None or contact.deleted_at is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError", "Contact #{contact_id} does not exist or was deleted."
                    ),
                    contact_id=draft.contact_id,
                )
        owner_name(session, draft.owner_id)
        task = Task(
            title=title,
            contact_id=draft.contact_id,
            owner_id=draft.owner_id,
            due_at=draft.due_at,
            notes=clean_text(draft.notes, field="task notes") or None,
            priority=Priority(draft.priority).value,
            remind_at=draft.remind_at,
            repeat_every_days=repeat,
        )
        stamp_new(task, self._clock.now())
        session.add(task)
        session.flush()
        self._audit.record(session, "task.create", "task", task.uid)
        return task

    def log_with_follow_up(
        self, log: InteractionDraft, follow_up: TaskDraft | None = None
    ) -> Changes:
        """The quick log's save: the interaction and its follow-up task in one transaction."""
        with self._db.write() as session:
            interaction = self._interactions.log_in(session, log)
            task_ids = frozenset({self.create_in(session, follow_up).id}) if follow_up else None
        return Changes(
            contacts=frozenset({log.contact_id}),
            interactions=frozenset({interaction.id}),
            tasks=task_ids or frozenset(),
        )

    def stay_in_touch(self, contact_id: int, every_days: int) -> TaskRow:
        """Start a "stay in touch every N days" task for a contact, first due in N days."""
        _check_repeat(every_days)
        with self._db.write() as session:
            name = _contact_name(session, contact_id)
            due = self._clock.now() + timedelta(days=every_days)
            draft = TaskDraft(
                title=f"Stay in touch with {name}",
                contact_id=contact_id,
                due_at=due,
                remind_at=due,
                repeat_every_days=every_days,
            )
            task = self.create_in(session, draft)
            return _row(task, name)

    def snooze(self, task_id: int, until: datetime) -> Changes:
        """Move an open task (and its reminder) to `until`."""
        if until <= self._clock.now():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "A task can only be snoozed to a time in the future."
                )
            )
        with self._db.write() as session:
            task = _open_task(session, task_id)
            task.due_at = until
            if task.remind_at is not None:
                task.remind_at = until
            touch(task, self._clock.now())
            self._audit.record(session, "task.snooze", "task", task.uid)
        return Changes(tasks=frozenset({task_id}))

    def complete(self, task_id: int, log: InteractionDraft | None = None) -> Completion:
        """Mark done; optionally log what happened; a recurring task schedules its next one."""
        now = self._clock.now()
        with self._db.write() as session:
            task = _open_task(session, task_id)
            interaction_id = None
            if log is not None:
                interaction_id = self._interactions.log_in(session, log).id
                task.interaction_id = interaction_id
            task.done_at = now
            touch(task, now)
            self._audit.record(session, "task.complete", "task", task.uid)
            next_id = self._schedule_next(session, task, now)
        changed = frozenset(i for i in (task_id, next_id) if i is not None)
        contacts = frozenset({task.contact_id}) if task.contact_id else frozenset()
        interactions = frozenset({interaction_id}) if interaction_id else frozenset()
        return Completion(
            Changes(tasks=changed, contacts=contacts, interactions=interactions),
            next_id,
            interaction_id,
        )

    def assign(self, task_id: int, owner_id: int | None) -> Changes:
        """Give a task to another staff member (None: to nobody)."""
        with self._db.write() as session:
            task = _live_task(session, task_id)
            owner_name(session, owner_id)
            task.owner_id = owner_id
            touch(task, self._clock.now())
            self._audit.record(session, "task.assign", "task", task.uid)
        return Changes(tasks=frozenset({task_id}))

    def reopen(self, task_id: int) -> Changes:
        """Undo a completion (the next task of a recurrence stays)."""
        with self._db.write() as session:
            task = _live_task(session, task_id)
            task.done_at = None
            touch(task, self._clock.now())
            self._audit.record(session, "task.reopen", "task", task.uid)
        return Changes(tasks=frozenset({task_id}))

    def _schedule_next(self, session: Session, done: Task, now: datetime) -> int | None:
        if not done.repeat_every_days:
            return None
        due = now + timedelta(days=done.repeat_every_days)
        remind = None if done.remind_at is None else due
        follow = self.create_in(
            session,
            TaskDraft(
                title=done.title,
                contact_id=done.contact_id,
                due_at=due,
                notes=done.notes or "",
                priority=Priority(done.priority),
                remind_at=remind,
                repeat_every_days=done.repeat_every_days,
                owner_id=done.owner_id,
            ),
        )
        return follow.id

    # -- reminders and export ----------------------------------------------------------------

    def due_reminders(self, after: datetime, until: datetime) -> list[TaskRow]:
        """Open tasks whose reminder falls in (after, until]: what to announce now."""
        with self._db.read() as session:
            ids = list(
                session.scalars(
                    select(Task.id)
                    .where(
                        Task.deleted_at.is_(None),
                        Task.done_at.is_(None),
                        Task.remind_at > after,
                        Task.remind_at <= until,
                    )
                    .order_by(Task.remind_at, Task.id)
                )
            )
        found = self.rows(ids)
        return [found[i] for i in ids if i in found]

    def export_ics(self, path: Path, which: Sequence[TaskList] = OPEN_LISTS) -> int:
        """Write the open tasks of `which` lists with a due time as calendar events; the count."""
        import icalendar  # noqa: PLC0415 - only the calendar export needs it, not start-up

        ids = [i for lst in which for i in self.ids(lst)]
        found = self.rows(ids)
        calendar = icalendar.Calendar()
        calendar.add("prodid", "-//Rapport//Tasks//EN")
        calendar.add("version", "2.0")
        count = 0
        for task_id in ids:
            task = found.get(task_id)
            if task is None or task.due_at is None:
                continue
            calendar.add_component(_event(task, self._clock.now()))
            count += 1
        try:
            path.write_bytes(calendar.to_ical())
        except OSError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The calendar file '{path}' cannot be written ({problem})."
                ),
                path=path,
                problem=exc,
            ) from exc
        return count


def _event(task: TaskRow, now: datetime) -> icalendar.Event:
    import icalendar  # noqa: PLC0415 - see export_ics

    assert task.due_at is not None  # noqa: S101 - the caller skips undated tasks
    event = icalendar.Event()
    event.add("uid", f"{task.uid}@rapport")
    event.add("dtstamp", now)
    event.add("dtstart", task.due_at)
    event.add("dtend", task.due_at + EVENT_LENGTH)
    summary = f"{task.title} ({task.contact_name})" if task.contact_name else task.title
    event.add("summary", summary)
    if task.notes:
        event.add("description", task.notes)
    if task.remind_at is not None:
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", task.remind_at)
        event.add_component(alarm)
    return event


def _live_task(session: Session, task_id: int) -> Task:
    """The task, unless it is gone (another window or copy may have deleted it meanwhile)."""
    task = session.get(Task, task_id)
    if task is None or task.deleted_at is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Task #{task_id} does not exist or was deleted."),
            task_id=task_id,
        )
    return task


def _open_task(session: Session, task_id: int) -> Task:
    task = _live_task(session, task_id)
    if task.done_at is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Task '{title}' is already done."), title=task.title
        )
    return task


def _contact_name(session: Session, contact_id: int | None) -> str:
    if contact_id is None:
        return ""
    name = session.scalar(select(Contact.display_name).where(Contact.id == contact_id))
    if name is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Contact #{contact_id} does not exist."),
            contact_id=contact_id,
        )
    return name


def _row(task: Task, contact_name: str | None, owner: str | None = None) -> TaskRow:
    return TaskRow(
        id=task.id,
        uid=task.uid,
        title=task.title,
        contact_id=task.contact_id,
        contact_name=contact_name or "",
        due_at=task.due_at,
        done_at=task.done_at,
        priority=Priority(task.priority),
        remind_at=task.remind_at,
        repeat_every_days=task.repeat_every_days,
        notes=task.notes or "",
        interaction_id=task.interaction_id,
        owner_id=task.owner_id,
        owner=owner or "",
    )


def _check_repeat(days: int) -> None:
    if not 1 <= days <= MAX_REPEAT_DAYS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "'Every {days} days' is not between 1 and {limit} days."
            ),
            days=days,
            limit=MAX_REPEAT_DAYS,
        )
