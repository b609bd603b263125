"""Complaint cases: open, move through the workflow, talk, put right and check the customer
recovered. Every write is one audited transaction that also writes a `complaint_event` (which the
customer's timeline shows). SLA clocks count business hours from the complaint settings.

`paused_seconds` holds business seconds spent waiting on the customer (or resolved before a
reopen); the resolution due time is pushed back by exactly that much.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    Table,
    and_,
    bindparam,
    case,
    cast,
    func,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session

from app.domain.business_hours import BusinessCalendar
from app.domain.clock import Clock, as_utc
from app.domain.complaint_workflow import (
    DONE_STATUSES,
    OPEN_STATUSES,
    CaseTimes,
    SlaClock,
    SlaState,
    SlaTargets,
    check_transition,
    counts_as_first_response,
    due_times,
    format_case_number,
    is_reopen,
    next_statuses,
    pauses_clock,
    sla_clock,
)
from app.domain.enums import (
    SURVEY_SCALE,
    Channel,
    ComplaintEventKind,
    ComplaintStatus,
    Priority,
    Remedy,
    SurveyKind,
    TxnKind,
)
from app.domain.errors import QT_TRANSLATE_NOOP, Amount, UserError
from app.domain.validation import clean_name, clean_text, fold
from app.services.changes import Changes
from app.services.follow_ups import FollowUpHook, NoFollowUps, Source
from app.services.settings import ComplaintSettings, SettingsService
from app.storage.audit import AuditTrail
from app.storage.database import Database
from app.storage.models import Complaint, ComplaintEvent, Contact, Staff, SurveyResponse, Txn
from app.storage.records import owner_name, stamp_new, touch

COMPLAINT_TABLE: Table = Complaint.__table__  # type: ignore[assignment]
MONEY_REMEDIES = frozenset({Remedy.REFUND, Remedy.CREDIT})
_ACTIVE = (ComplaintStatus.NEW, ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.INVESTIGATING)


EARLIEST_YEAR = 1900  # an opening date before this is a typing slip


class Queue(StrEnum):
    OPEN = "open"
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    WAITING = "waiting"
    RESOLVED_THIS_WEEK = "resolved_this_week"
    ALL = "all"


@dataclass(frozen=True, slots=True)
class ComplaintFilter:
    """Which cases a list shows: a queue, optionally one customer's or one owner's cases."""

    queue: Queue = Queue.OPEN
    contact_id: int | None = None
    owner_id: int | None = None  # "My cases"


@dataclass(frozen=True, slots=True)
class ComplaintDraft:
    contact_id: int
    channel: Channel
    category: str
    priority: Priority
    description: str
    opened_at: datetime | None = None  # None: now; may be in the past for a late-logged case
    owner_id: int | None = None


@dataclass(frozen=True, slots=True)
class ComplaintRow:
    """One line of a queue, with its SLA clock worked out at fetch time."""

    id: int
    number: str
    contact_id: int
    customer: str
    category: str
    priority: Priority
    status: ComplaintStatus
    owner: str | None
    opened_at: datetime
    sla: SlaClock


@dataclass(frozen=True, slots=True)
class EventRow:
    at: datetime
    actor: str
    kind: str
    from_status: str | None
    to_status: str | None
    body: str | None


@dataclass(frozen=True, slots=True)
class LedgerRow:
    id: int
    occurred_at: datetime
    kind: str
    amount_minor: int
    currency: str
    reference: str | None


@dataclass(frozen=True, slots=True)
class GivenRemedy:
    """One remedy recorded on a case. A refund or credit is its ledger row (`txn_id`), any other
    remedy its history event (`event_id`); `reversed_at` is set once it was taken back."""

    remedy: Remedy
    at: datetime
    amount_minor: int | None
    currency: str | None
    txn_id: int | None
    event_id: int | None
    reversed_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ScoreShift:
    """A survey kind's mean score before the complaint vs after its resolution."""

    kind: SurveyKind
    before: float | None
    before_count: int
    after: float | None
    after_count: int


@dataclass(frozen=True, slots=True)
class ComplaintView:
    """Everything the case view shows; plain values only."""

    row: ComplaintRow
    uid: str
    channel: str
    root_cause: str | None
    owner_id: int | None
    description: str
    first_response_due_at: datetime | None
    resolution_due_at: datetime | None
    first_response_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    reopen_count: int
    resolution: str | None
    remedy: Remedy
    remedy_amount_minor: int | None
    remedy_currency: str | None
    satisfaction: int | None
    next_statuses: tuple[ComplaintStatus, ...]
    events: tuple[EventRow, ...]
    given: tuple[GivenRemedy, ...]  # every remedy recorded, oldest first
    remedies: tuple[LedgerRow, ...]
    linked_orders: tuple[LedgerRow, ...]
    recent_orders: tuple[LedgerRow, ...]
    recovery: tuple[ScoreShift, ...]


@dataclass(frozen=True, slots=True)
class SlaRecompute:
    open_cases: int
    changed: int
    breached: int
    at_risk: int


class ComplaintService:
    def __init__(
        self, db: Database, clock: Clock, audit: AuditTrail, settings: SettingsService
    ) -> None:
        self._db, self._clock, self._audit, self._settings = db, clock, audit, settings
        self._config: tuple[ComplaintSettings, BusinessCalendar] | None = None
        self.follow_ups: FollowUpHook = NoFollowUps()

    # -- settings --------------------------------------------------------------------------

    def config(self) -> ComplaintSettings:
        return self._calendar_config()[0]

    def reload_settings(self) -> None:
        """Forget the cached calendar after the settings changed."""
        self._config = None

    def _calendar_config(self) -> tuple[ComplaintSettings, BusinessCalendar]:
        if self._config is None:
            config = self._settings.complaints()
            self._config = (config, config.calendar())
        return self._config

    def _targets(self, priority: Priority) -> SlaTargets:
        return SlaTargets.hours(*self.config().targets(priority))

    def find_customers(self, text: str, limit: int = 20) -> list[tuple[int, str]]:
        """Customers whose name starts with `text` (accent- and case-free), for the case form."""
        key = fold(clean_name(text, field="customer")).replace("%", "").replace("_", "")
        if not key:
            return []
        with self._db.read() as session:
            rows = session.execute(
                select(Contact.id, Contact.display_name)
                .where(
                    Contact.sort_name.like(key + "%"),
                    Contact.deleted_at.is_(None),
                    Contact.erased_at.is_(None),
                )
                .order_by(Contact.sort_name)
                .limit(limit)
            )
            return [(r.id, r.display_name) for r in rows]

    def customer_name(self, contact_id: int) -> str:
        with self._db.read() as session:
            name = session.scalar(select(Contact.display_name).where(Contact.id == contact_id))
        if name is None:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "Customer {contact_id} does not exist (any more)."),
                contact_id=contact_id,
            )
        return name

    # -- opening and the workflow ------------------------------------------------------------

    def open(self, draft: ComplaintDraft) -> ComplaintRow:
        """Register a complaint; its clocks start at `opened_at`."""
        with self._db.write() as session:
            complaint_id = self.open_in(session, draft).id
        return self.rows([complaint_id])[complaint_id]

    def open_in(self, session: Session, draft: ComplaintDraft) -> Complaint:
        """Register a complaint inside the caller's transaction (also a rule's detractor case)."""
        now = self._clock.now()
        opened_at = as_utc(draft.opened_at) if draft.opened_at else now
        if opened_at > now:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "A complaint can't be opened in the future.")
            )
        if opened_at.year < EARLIEST_YEAR:  # the business calendar works on real dates only
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "A complaint can't be opened before {year}."),
                year=EARLIEST_YEAR,
            )
        description = clean_text(draft.description, field="description")
        if not description:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "Describe the complaint before saving it.")
            )
        category = clean_name(draft.category, field="category")
        if not category:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose a category for the complaint."))
        _, calendar = self._calendar_config()
        due = due_times(calendar, opened_at, self._targets(draft.priority), timedelta(0))
        contact = session.get(Contact, draft.contact_id)
        if contact is None or contact.deleted_at is not None or contact.erased_at is not None:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "Customer {contact_id} does not exist (any more)."),
                contact_id=draft.contact_id,
            )
        owner_name(session, draft.owner_id)
        complaint = Complaint(
            number=_next_number(session, opened_at.year),
            contact_id=draft.contact_id,
            opened_at=opened_at,
            channel=draft.channel.value,
            category=category,
            priority=draft.priority.value,
            status=ComplaintStatus.NEW.value,
            owner_id=draft.owner_id,
            description=description,
            first_response_due_at=due.first_response,
            resolution_due_at=due.resolution,
            paused_seconds=0,
            reopen_count=0,
            remedy=Remedy.NONE.value,
        )
        stamp_new(complaint, now)
        session.add(complaint)
        session.flush()
        self._event(session, complaint, ComplaintEventKind.STATUS, to_status="new")
        self._audit.record(
            session, "complaint.open", "complaint", complaint.uid, f"priority={draft.priority}"
        )
        self.follow_ups.fire(session, Source.COMPLAINT, [complaint.id])
        return complaint

    def transition(
        self,
        complaint_id: int,
        target: ComplaintStatus,
        *,
        note: str = "",
        satisfaction: int | None = None,
    ) -> Changes:
        """Move a case to a legal next status; resolving may record the recovery rating."""
        now = self._clock.now()
        text = clean_text(note, field="note")
        if satisfaction is not None:
            _check_satisfaction(satisfaction)
            if target is not ComplaintStatus.RESOLVED:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError", "A satisfaction rating is recorded when the case is resolved."
                    )
                )
        _, calendar = self._calendar_config()
        with self._db.write() as session:
            complaint = _live(session, complaint_id)
            current = ComplaintStatus(complaint.status)
            check_transition(current, target)
            if counts_as_first_response(current, target) and complaint.first_response_at is None:
                complaint.first_response_at = now
            if pauses_clock(current) and complaint.paused_since is not None:
                self._resume(complaint, calendar, complaint.paused_since, now)
            if is_reopen(current, target):
                complaint.reopen_count += 1
                if complaint.resolved_at is not None:
                    self._resume(complaint, calendar, complaint.resolved_at, now)
                complaint.resolved_at = complaint.closed_at = None
            if pauses_clock(target):
                complaint.paused_since = now
            if target is ComplaintStatus.RESOLVED:
                complaint.resolved_at = now
                complaint.resolution = text or complaint.resolution
                complaint.satisfaction = satisfaction
            if target is ComplaintStatus.CLOSED:
                complaint.closed_at = now
            complaint.status = target.value
            touch(complaint, now)
            event = self._event(
                session,
                complaint,
                ComplaintEventKind.STATUS,
                from_status=current.value,
                to_status=target.value,
                body=text or None,
            )
            action = "complaint.reopen" if is_reopen(current, target) else "complaint.status"
            self._audit.record(
                session, action, "complaint", complaint.uid, f"{current.value}->{target.value}"
            )
            if target is ComplaintStatus.RESOLVED:
                session.flush()
                self.follow_ups.fire(session, Source.COMPLAINT_EVENT, [event.id])
            return self._changed(complaint)

    def add_note(self, complaint_id: int, text: str) -> Changes:
        """An internal note on the case."""
        return self._write_text(complaint_id, ComplaintEventKind.NOTE, text)

    def reply(self, complaint_id: int, text: str) -> Changes:
        """A reply sent to the customer; the first one stops the first-response clock."""
        return self._write_text(complaint_id, ComplaintEventKind.REPLY, text)

    def assign(self, complaint_id: int, owner_id: int | None) -> Changes:
        now = self._clock.now()
        with self._db.write() as session:
            complaint = _live(session, complaint_id)
            owner = owner_name(session, owner_id)
            complaint.owner_id = owner_id
            touch(complaint, now)
            self._event(session, complaint, ComplaintEventKind.OWNER, body=owner or "unassigned")
            self._audit.record(session, "complaint.assign", "complaint", complaint.uid)
            return self._changed(complaint)

    def set_priority(self, complaint_id: int, priority: Priority) -> Changes:
        """Change the priority; both due times are recomputed from the new targets."""
        now = self._clock.now()
        _, calendar = self._calendar_config()
        with self._db.write() as session:
            complaint = _live(session, complaint_id)
            before = complaint.priority
            if before == priority.value:
                return Changes()
            complaint.priority = priority.value
            self._apply_due_times(complaint, calendar)
            touch(complaint, now)
            self._event(
                session, complaint, ComplaintEventKind.PRIORITY, body=f"{before} → {priority}"
            )
            self._audit.record(
                session, "complaint.priority", "complaint", complaint.uid, f"{before}->{priority}"
            )
            return self._changed(complaint)

    def classify(self, complaint_id: int, category: str, root_cause: str | None) -> Changes:
        """Set the category and root cause (free text; the settings lists are suggestions)."""
        now = self._clock.now()
        category = clean_name(category, field="category")
        cause = clean_name(root_cause, field="root cause") or None
        if not category:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "A complaint needs a category."))
        with self._db.write() as session:
            complaint = _live(session, complaint_id)
            complaint.category, complaint.root_cause = category, cause
            touch(complaint, now)
            body = f"{category} / {cause or '-'}"
            self._event(session, complaint, ComplaintEventKind.CATEGORY, body=body)
            self._audit.record(session, "complaint.classify", "complaint", complaint.uid)
            return self._changed(complaint)

    # -- remedies and recovery ---------------------------------------------------------------

    def record_remedy(
        self,
        complaint_id: int,
        remedy: Remedy,
        *,
        amount_minor: int | None = None,
        currency: str | None = None,
        override_reason: str = "",
    ) -> Changes:
        """Record how the case was put right; a refund or credit is also a ledger row."""
        if remedy is Remedy.NONE:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "Choose a remedy (apology, refund, credit, ...).")
            )
        now = self._clock.now()
        reason = clean_text(override_reason, field="override reason")
        money = remedy in MONEY_REMEDIES
        code = (currency or "").strip().upper()
        if money:
            _check_money(remedy, amount_minor, code)
        with self._db.write() as session:
            complaint = _live(session, complaint_id)
            detail = f"remedy={remedy}"
            body = remedy.value
            txn_ids: frozenset[int] = frozenset()
            if money and amount_minor is not None:
                if remedy is Remedy.REFUND:
                    paid = _net_paid(session, complaint.contact_id, code)
                    if amount_minor > paid:
                        if not reason:
                            raise UserError(
                                QT_TRANSLATE_NOOP(
                                    "UserError",
                                    "A refund of {amount} is more than the {paid} this customer "
                                    "has paid in total; give a reason to override.",
                                ),
                                amount=Amount(amount_minor, code),
                                paid=Amount(paid, code),
                            )
                        detail += " override=over-paid-total"
                        body += f" (override: {reason})"
                description = f"{remedy.value.capitalize()} for complaint {complaint.number}"
                txn_ids = _ledger_row(
                    session,
                    complaint,
                    remedy,
                    Amount(amount_minor, code),
                    description=description,
                    now=now,
                )
                body = f"{body} {_money(amount_minor, code)}"
            complaint.remedy = remedy.value
            complaint.remedy_amount_minor = amount_minor if money else None
            complaint.remedy_currency = code if money else None
            touch(complaint, now)
            self._event(session, complaint, ComplaintEventKind.REMEDY, body=body)
            self._audit.record(session, "complaint.remedy", "complaint", complaint.uid, detail)
            changes = self._changed(complaint)
            return Changes(complaints=changes.complaints, contacts=changes.contacts, txns=txn_ids)

    def reverse_remedy(self, complaint_id: int, given: GivenRemedy) -> Changes:
        """Take back a remedy recorded by mistake: a refund or credit gets a reversing ledger row
        (same kind, the negative amount, linked to the case), every remedy a history event; the
        case's remedy becomes the latest one still standing."""
        now = self._clock.now()
        with self._db.write() as session:
            complaint = _live(session, complaint_id)
            standing = [g for g in _given_remedies(session, complaint_id) if g.reversed_at is None]
            key = (given.txn_id, given.event_id)
            if not any((g.txn_id, g.event_id) == key for g in standing):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "The {remedy} of complaint {number} was already reversed or is not "
                        "recorded on it.",
                    ),
                    remedy=given.remedy,
                    number=complaint.number,
                )
            body = given.remedy.value
            txn_ids: frozenset[int] = frozenset()
            if given.txn_id is not None and given.amount_minor is not None:
                code = given.currency or ""
                description = f"Reversal of {given.remedy.value} for complaint {complaint.number}"
                txn_ids = _ledger_row(
                    session,
                    complaint,
                    given.remedy,
                    Amount(-given.amount_minor, code),
                    description=description,
                    now=now,
                )
                body = f"{body} {_money(given.amount_minor, code)}"
            remaining = [g for g in standing if (g.txn_id, g.event_id) != key]
            latest = remaining[-1] if remaining else None
            complaint.remedy = latest.remedy.value if latest else Remedy.NONE.value
            complaint.remedy_amount_minor = latest.amount_minor if latest else None
            complaint.remedy_currency = latest.currency if latest else None
            touch(complaint, now)
            self._event(session, complaint, ComplaintEventKind.REMEDY_REVERSED, body=body)
            self._audit.record(
                session,
                "complaint.remedy_reverse",
                "complaint",
                complaint.uid,
                f"remedy={given.remedy}",
            )
            changes = self._changed(complaint)
            return Changes(complaints=changes.complaints, contacts=changes.contacts, txns=txn_ids)

    def record_recovery(
        self,
        complaint_id: int,
        satisfaction: int,
        survey: tuple[SurveyKind, int] | None = None,
        comment: str = "",
    ) -> Changes:
        """After resolution: the customer's satisfaction (1-5) and optionally an NPS/CSAT answer
        linked to the case."""
        _check_satisfaction(satisfaction)
        now = self._clock.now()
        if survey is not None:
            low, high = SURVEY_SCALE[survey[0]]
            if not low <= survey[1] <= high:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError", "A {kind} score must be between {low} and {high}, not {score}."
                    ),
                    kind=survey[0].value.upper(),
                    low=low,
                    high=high,
                    score=survey[1],
                )
        with self._db.write() as session:
            complaint = _live(session, complaint_id)
            if ComplaintStatus(complaint.status) not in DONE_STATUSES:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError", "Check how the customer feels once the complaint is resolved."
                    )
                )
            complaint.satisfaction = satisfaction
            touch(complaint, now)
            surveys: frozenset[int] = frozenset()
            body = f"satisfaction {satisfaction}/5"
            if survey is not None:
                response = SurveyResponse(
                    contact_id=complaint.contact_id,
                    kind=survey[0].value,
                    score=survey[1],
                    comment=clean_text(comment, field="comment") or None,
                    answered_at=now,
                    complaint_id=complaint.id,
                )
                stamp_new(response, now)
                session.add(response)
                session.flush()
                surveys = frozenset({response.id})
                self.follow_ups.fire(session, Source.SURVEY, [response.id])
                body += f", {survey[0].value.upper()} {survey[1]}"
            self._event(session, complaint, ComplaintEventKind.RECOVERY, body=body)
            self._audit.record(session, "complaint.recovery", "complaint", complaint.uid)
            changes = self._changed(complaint)
            return Changes(
                complaints=changes.complaints, contacts=changes.contacts, surveys=surveys
            )

    def link_order(self, complaint_id: int, txn_id: int) -> Changes:
        """Tie one of the customer's orders to the case."""
        now = self._clock.now()
        with self._db.write() as session:
            complaint = _live(session, complaint_id)
            order = session.get(Txn, txn_id)
            if (
                order is None
                or order.deleted_at is not None
                or order.kind != TxnKind.ORDER.value
                or order.contact_id != complaint.contact_id
            ):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError", "Order {txn_id} is not one of this customer's orders."
                    ),
                    txn_id=txn_id,
                )
            order.complaint_id = complaint.id
            touch(order, now)
            touch(complaint, now)
            self._event(session, complaint, ComplaintEventKind.ORDER, body=order.reference or "")
            self._audit.record(session, "complaint.link_order", "complaint", complaint.uid)
            changes = self._changed(complaint)
            return Changes(
                complaints=changes.complaints, contacts=changes.contacts, txns=frozenset({txn_id})
            )

    # -- SLA recompute -----------------------------------------------------------------------

    def recompute_sla(self) -> SlaRecompute:
        """Recompute both due times of every open case in business hours (e.g. after the
        settings changed, or for data imported with wall-clock due times)."""
        now = self._clock.now()
        _, calendar = self._calendar_config()
        targets = {p: self._targets(p) for p in Priority}
        c = COMPLAINT_TABLE.c
        text_of = {  # read the stored text and parse it in C: 5x faster than the ORM types
            name: type_coerce(getattr(c, name), String).label(name)
            for name in (
                "opened_at",
                "paused_since",
                "first_response_at",
                "first_response_due_at",
                "resolution_due_at",
            )
        }
        with self._db.write() as session:
            pause_start = _pause_starts(session)
            cases = session.execute(
                select(c.id, c.status, c.priority, c.paused_seconds, *text_of.values()).where(
                    c.deleted_at.is_(None), c.status.in_([s.value for s in OPEN_STATUSES])
                )
            ).all()
            updates: list[dict[str, Any]] = []
            breached = at_risk = 0
            for case_ in cases:
                status = ComplaintStatus(case_.status)
                target = targets[Priority(case_.priority)]
                opened = _parse_stored(case_.opened_at)
                assert opened is not None  # noqa: S101 - NOT NULL column
                due = due_times(calendar, opened, target, timedelta(seconds=case_.paused_seconds))
                times = CaseTimes(
                    status,
                    due.first_response,
                    due.resolution,
                    _parse_stored(case_.first_response_at),
                    None,
                )
                state = sla_clock(calendar, target, times, now).state
                breached += state is SlaState.BREACHED
                at_risk += state is SlaState.AT_RISK
                paused_since = case_.paused_since
                if pauses_clock(status) and paused_since is None:
                    paused_since = _stored(pause_start.get(case_.id, now))
                first, resolution = _stored(due.first_response), _stored(due.resolution)
                if (first, resolution, paused_since) != (
                    case_.first_response_due_at,
                    case_.resolution_due_at,
                    case_.paused_since,
                ):
                    updates.append(
                        {
                            "b_id": case_.id,
                            "b_first": first,
                            "b_due": resolution,
                            "b_paused": paused_since,
                        }
                    )
            if updates:
                session.execute(
                    update(COMPLAINT_TABLE)
                    .where(c.id == bindparam("b_id"))
                    .values(
                        first_response_due_at=bindparam("b_first", type_=String),
                        resolution_due_at=bindparam("b_due", type_=String),
                        paused_since=bindparam("b_paused", type_=String),
                        version=c.version + 1,
                        updated_at=now,
                    ),
                    updates,
                )
            self._audit.record(
                session, "complaint.sla_recompute", "complaint", None, f"changed={len(updates)}"
            )
        return SlaRecompute(len(cases), len(updates), breached, at_risk)

    # -- reading -----------------------------------------------------------------------------

    def ids(self, sort_key: str, descending: bool, where: ComplaintFilter) -> list[int]:
        """Ordered ids of a queue (filter and sort in SQL)."""
        order = _SORTS.get(sort_key)
        if order is None:
            raise ValueError(f"unknown complaint sort key {sort_key!r}")
        expr = order()
        query = select(Complaint.id).where(*self._conditions(where))
        if sort_key == "customer":  # join only what the sort needs: 20,000 lookups cost
            query = query.join(Contact, Contact.id == Complaint.contact_id)
        elif sort_key == "owner":
            query = query.outerjoin(Staff, Staff.id == Complaint.owner_id)
        query = query.order_by(expr.desc() if descending else expr.asc(), Complaint.id.desc())
        with self._db.read() as session:
            return list(session.scalars(query))

    def counts(self, owner_id: int | None = None) -> dict[Queue, int]:
        """How many cases each queue holds, for the queue selector (one pass over the table,
        or over one owner's cases through their index)."""
        totals = [
            func.coalesce(func.sum(case((and_(*self._conditions(ComplaintFilter(q))), 1))), 0)
            for q in Queue
        ]
        query = select(*totals).select_from(Complaint)
        if owner_id is not None:
            query = query.where(Complaint.owner_id == owner_id)
        with self._db.read() as session:
            found = session.execute(query).one()
        return {queue: int(value) for queue, value in zip(Queue, found, strict=True)}

    def rows(self, ids: Sequence[int]) -> dict[int, ComplaintRow]:
        if not ids:
            return {}
        with self._db.read() as session:
            found = session.execute(
                select(
                    Complaint.id,
                    Complaint.number,
                    Complaint.contact_id,
                    Contact.display_name,
                    Complaint.category,
                    Complaint.priority,
                    Complaint.status,
                    Staff.name.label("owner"),
                    Complaint.opened_at,
                    Complaint.first_response_due_at,
                    Complaint.resolution_due_at,
                    Complaint.first_response_at,
                    Complaint.resolved_at,
                )
                .join(Contact, Contact.id == Complaint.contact_id)
                .outerjoin(Staff, Staff.id == Complaint.owner_id)
                .where(Complaint.id.in_(list(ids)))
            ).all()
        return {r.id: self._row(r) for r in found}

    def get(self, complaint_id: int) -> ComplaintView:
        row = self.rows([complaint_id]).get(complaint_id)
        if row is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "Complaint {complaint_id} does not exist (any more)."
                ),
                complaint_id=complaint_id,
            )
        with self._db.read() as session:
            complaint = _live(session, complaint_id)
            events = session.execute(
                select(ComplaintEvent)
                .where(ComplaintEvent.complaint_id == complaint_id)
                .order_by(ComplaintEvent.at, ComplaintEvent.id)
            ).scalars()
            linked = session.scalars(
                select(Txn)
                .where(Txn.complaint_id == complaint_id, Txn.deleted_at.is_(None))
                .order_by(Txn.occurred_at)
            ).all()
            recent = session.scalars(
                select(Txn)
                .where(
                    Txn.contact_id == complaint.contact_id,
                    Txn.kind == TxnKind.ORDER.value,
                    Txn.deleted_at.is_(None),
                    Txn.occurred_at <= complaint.opened_at,
                    or_(Txn.complaint_id.is_(None), Txn.complaint_id != complaint_id),
                )
                .order_by(Txn.occurred_at.desc())
                .limit(5)
            ).all()
            return ComplaintView(
                row=row,
                uid=complaint.uid,
                channel=complaint.channel,
                root_cause=complaint.root_cause,
                owner_id=complaint.owner_id,
                description=complaint.description,
                first_response_due_at=complaint.first_response_due_at,
                resolution_due_at=complaint.resolution_due_at,
                first_response_at=complaint.first_response_at,
                resolved_at=complaint.resolved_at,
                closed_at=complaint.closed_at,
                reopen_count=complaint.reopen_count,
                resolution=complaint.resolution,
                remedy=Remedy(complaint.remedy),
                remedy_amount_minor=complaint.remedy_amount_minor,
                remedy_currency=complaint.remedy_currency,
                satisfaction=complaint.satisfaction,
                next_statuses=next_statuses(ComplaintStatus(complaint.status)),
                events=tuple(
                    EventRow(e.at, e.actor, e.kind, e.from_status, e.to_status, e.body)
                    for e in events
                ),
                given=_given_remedies(session, complaint_id),
                remedies=tuple(_ledger(t) for t in linked if t.kind != TxnKind.ORDER.value),
                linked_orders=tuple(_ledger(t) for t in linked if t.kind == TxnKind.ORDER.value),
                recent_orders=tuple(_ledger(t) for t in recent),
                recovery=_recovery(session, complaint),
            )

    def total_paid(self, contact_id: int, currency: str) -> int:
        """Orders minus refunds already given, in minor units: the most a refund may be."""
        with self._db.read() as session:
            return _net_paid(session, contact_id, currency.upper())

    # -- helpers -----------------------------------------------------------------------------

    def _conditions(self, where: ComplaintFilter) -> list[ColumnElement[bool]]:
        now = self._clock.now()
        conditions: list[ColumnElement[bool]] = [Complaint.deleted_at.is_(None)]
        if where.contact_id is not None:
            conditions.append(Complaint.contact_id == where.contact_id)
        if where.owner_id is not None:
            conditions.append(Complaint.owner_id == where.owner_id)
        active = Complaint.status.in_([s.value for s in _ACTIVE])
        queue = where.queue
        if queue is Queue.OPEN:
            conditions.append(Complaint.status.in_([s.value for s in OPEN_STATUSES]))
        elif queue is Queue.OVERDUE:
            conditions += [active, _active_due() < now]
        elif queue is Queue.DUE_TODAY:
            start, end = self._today(now)
            conditions += [active, _active_due() >= now, _active_due() < end]
        elif queue is Queue.WAITING:
            conditions.append(Complaint.status == ComplaintStatus.WAITING_ON_CUSTOMER.value)
        elif queue is Queue.RESOLVED_THIS_WEEK:
            start, _end = self._today(now)
            week_start = start - timedelta(days=start.astimezone(self._zone()).weekday())
            conditions += [
                Complaint.status.in_([s.value for s in DONE_STATUSES]),
                Complaint.resolved_at >= week_start,
            ]
        return conditions

    def _zone(self) -> Any:
        return self._calendar_config()[1].zone

    def _today(self, now: datetime) -> tuple[datetime, datetime]:
        """The business's local day around `now`, as UTC instants."""
        local = now.astimezone(self._zone())
        start = local.replace(hour=0, minute=0, second=0, microsecond=0)
        return as_utc(start), as_utc(start + timedelta(days=1))

    def _row(self, r: Any) -> ComplaintRow:
        _, calendar = self._calendar_config()
        priority, status = Priority(r.priority), ComplaintStatus(r.status)
        times = CaseTimes(
            status, r.first_response_due_at, r.resolution_due_at, r.first_response_at, r.resolved_at
        )
        return ComplaintRow(
            id=r.id,
            number=r.number,
            contact_id=r.contact_id,
            customer=r.display_name,
            category=r.category,
            priority=priority,
            status=status,
            owner=r.owner,
            opened_at=r.opened_at,
            sla=sla_clock(calendar, self._targets(priority), times, self._clock.now()),
        )

    def _apply_due_times(self, complaint: Complaint, calendar: BusinessCalendar) -> None:
        due = due_times(
            calendar,
            complaint.opened_at,
            self._targets(Priority(complaint.priority)),
            timedelta(seconds=complaint.paused_seconds),
        )
        complaint.first_response_due_at = due.first_response
        complaint.resolution_due_at = due.resolution

    def _resume(
        self, complaint: Complaint, calendar: BusinessCalendar, since: datetime, now: datetime
    ) -> None:
        """The clock ran no business time from `since` to now: push the resolution due back."""
        complaint.paused_seconds += int(calendar.between(since, now).total_seconds())
        complaint.paused_since = None
        self._apply_due_times(complaint, calendar)

    def _write_text(self, complaint_id: int, kind: ComplaintEventKind, text: str) -> Changes:
        body = clean_text(text, field=kind.value)
        if not body:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "Write the {kind} before saving it."),
                kind=kind,
            )
        now = self._clock.now()
        with self._db.write() as session:
            complaint = _live(session, complaint_id)
            if kind is ComplaintEventKind.REPLY and complaint.first_response_at is None:
                complaint.first_response_at = now
            touch(complaint, now)
            self._event(session, complaint, kind, body=body)
            self._audit.record(session, f"complaint.{kind.value}", "complaint", complaint.uid)
            return self._changed(complaint)

    def _event(
        self,
        session: Session,
        complaint: Complaint,
        kind: ComplaintEventKind,
        *,
        from_status: str | None = None,
        to_status: str | None = None,
        body: str | None = None,
    ) -> ComplaintEvent:
        now = self._clock.now()
        event = ComplaintEvent(
            complaint_id=complaint.id,
            at=now,
            actor=self._audit.actor,
            kind=kind.value,
            from_status=from_status,
            to_status=to_status,
            body=body,
        )
        stamp_new(event, now)
        session.add(event)
        return event

    @staticmethod
    def _changed(complaint: Complaint) -> Changes:
        return Changes(
            complaints=frozenset({complaint.id}), contacts=frozenset({complaint.contact_id})
        )


# -- module helpers ----------------------------------------------------------------------------


def _live(session: Session, complaint_id: int) -> Complaint:
    complaint = session.get(Complaint, complaint_id)
    if complaint is None or complaint.deleted_at is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Complaint {complaint_id} does not exist (any more)."),
            complaint_id=complaint_id,
        )
    return complaint


def _next_number(session: Session, year: int) -> str:
    """The next free number of the year; numbers are never reused (rows are never hard-deleted,
    and the highest ever issued wins)."""
    prefix = f"C-{year:04d}-"
    highest = session.scalar(
        select(func.max(cast(func.substr(Complaint.number, len(prefix) + 1), Integer))).where(
            Complaint.number.like(prefix + "%")
        )
    )
    return format_case_number(year, (highest or 0) + 1)


def _active_due() -> ColumnElement[Any]:
    """The due time that matters: first response until answered (if earlier), then resolution."""
    return case(
        (
            Complaint.first_response_at.is_(None),
            func.min(Complaint.first_response_due_at, Complaint.resolution_due_at),
        ),
        else_=Complaint.resolution_due_at,
    )


def _rank(column: Any, values: Sequence[str]) -> Callable[[], Any]:
    return lambda: case({v: i for i, v in enumerate(values)}, value=column, else_=len(values))


_SORTS: dict[str, Callable[[], Any]] = {
    "number": lambda: Complaint.opened_at,  # numbers follow opening order within a year
    "customer": lambda: Contact.sort_name,
    "category": lambda: Complaint.category,
    "priority": _rank(Complaint.priority, [p.value for p in reversed(Priority)]),
    "status": _rank(Complaint.status, [s.value for s in ComplaintStatus]),
    "owner": lambda: Staff.name,
    "age": lambda: Complaint.opened_at,
    "due": _active_due,
}
SORT_KEYS = tuple(_SORTS)


def _check_satisfaction(value: int) -> None:
    if not 1 <= value <= 5:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "Satisfaction after resolution is rated 1 to 5, not {value}."
            ),
            value=value,
        )


def _check_money(remedy: Remedy, amount_minor: int | None, currency: str) -> None:
    if amount_minor is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "A {remedy} needs an amount."), remedy=remedy
        )
    if amount_minor < 0:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "A {remedy} can't be negative ({amount})."),
            remedy=remedy,
            amount=Amount(amount_minor, currency),
        )
    if amount_minor == 0:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "A {remedy} of zero puts nothing right; enter the amount."
            ),
            remedy=remedy,
        )
    if len(currency) != 3 or not currency.isalpha():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "'{currency}' is not a three-letter currency code (ISO 4217)."
            ),
            currency=currency,
        )


def _money(amount_minor: int, currency: str) -> str:
    return str(Amount(amount_minor, currency))


def _net_paid(session: Session, contact_id: int, currency: str) -> int:
    signed = case(
        (Txn.kind == TxnKind.ORDER.value, Txn.amount_minor),
        (Txn.kind == TxnKind.REFUND.value, -Txn.amount_minor),
        else_=0,
    )
    total = session.scalar(
        select(func.coalesce(func.sum(signed), 0)).where(
            Txn.contact_id == contact_id, Txn.currency == currency, Txn.deleted_at.is_(None)
        )
    )
    return max(0, int(total or 0))


_STORED = "%Y-%m-%d %H:%M:%S.%f"  # how UTCDateTime columns sit in SQLite (naive UTC text)


def _stored(instant: datetime) -> str:
    return as_utc(instant).strftime(_STORED)


def _parse_stored(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def _pause_starts(session: Session) -> dict[int, datetime]:
    """When each waiting case last went to waiting (for data that never set paused_since)."""
    at = func.max(ComplaintEvent.at)
    rows = session.execute(
        select(ComplaintEvent.complaint_id, at.label("at"))
        .join(Complaint, Complaint.id == ComplaintEvent.complaint_id)
        .where(
            Complaint.status == ComplaintStatus.WAITING_ON_CUSTOMER.value,
            Complaint.paused_since.is_(None),
            ComplaintEvent.to_status == ComplaintStatus.WAITING_ON_CUSTOMER.value,
        )
        .group_by(ComplaintEvent.complaint_id)
    )
    return {r.complaint_id: as_utc(datetime.fromisoformat(str(r.at))) for r in rows}


def _ledger(txn: Txn) -> LedgerRow:
    return LedgerRow(
        txn.id, txn.occurred_at, txn.kind, txn.amount_minor, txn.currency, txn.reference
    )


def _ledger_row(
    session: Session,
    complaint: Complaint,
    remedy: Remedy,
    money: Amount,
    *,
    description: str,
    now: datetime,
) -> frozenset[int]:
    """Write the ledger row of a refund or credit given on (or, negative, taken back from) a
    case; its id."""
    txn = Txn(
        contact_id=complaint.contact_id,
        occurred_at=now,
        kind=TxnKind.REFUND.value if remedy is Remedy.REFUND else TxnKind.CREDIT.value,
        amount_minor=money.minor,
        currency=money.currency,
        reference=complaint.number,
        description=description,
        complaint_id=complaint.id,
    )
    stamp_new(txn, now)
    session.add(txn)
    session.flush()
    return frozenset({txn.id})


def _given_remedies(session: Session, complaint_id: int) -> tuple[GivenRemedy, ...]:
    """Every remedy of a case, oldest first, each reversal marking the latest standing remedy
    of its kind and amount. Refunds and credits are read from the ledger; other remedies from
    their events (whose body is the remedy's name; a money remedy's event is its ledger's echo)."""
    money = [r.value for r in MONEY_REMEDIES]
    txns = session.execute(
        select(Txn.id, Txn.occurred_at, Txn.kind, Txn.amount_minor, Txn.currency)
        .where(Txn.complaint_id == complaint_id, Txn.kind.in_(money), Txn.deleted_at.is_(None))
        .order_by(Txn.occurred_at, Txn.id)
    ).all()
    plain = [r.value for r in Remedy if r not in MONEY_REMEDIES and r is not Remedy.NONE]
    events = session.execute(
        select(ComplaintEvent.id, ComplaintEvent.at, ComplaintEvent.kind, ComplaintEvent.body)
        .where(
            ComplaintEvent.complaint_id == complaint_id,
            ComplaintEvent.kind.in_(
                [ComplaintEventKind.REMEDY.value, ComplaintEventKind.REMEDY_REVERSED.value]
            ),
            ComplaintEvent.body.in_(plain),
        )
        .order_by(ComplaintEvent.at, ComplaintEvent.id)
    ).all()
    given: list[GivenRemedy] = []
    reversals: list[tuple[datetime, tuple[object, ...]]] = []
    for t in txns:
        if t.amount_minor > 0:
            remedy = Remedy(t.kind)
            given.append(GivenRemedy(remedy, t.occurred_at, t.amount_minor, t.currency, t.id, None))
        else:
            reversals.append((t.occurred_at, (t.kind, -t.amount_minor, t.currency)))
    for e in events:
        if e.kind == ComplaintEventKind.REMEDY.value:
            given.append(GivenRemedy(Remedy(e.body), e.at, None, None, None, e.id))
        else:
            reversals.append((e.at, (e.body, None, None)))
    given.sort(key=lambda g: g.at)
    for at, what in sorted(reversals, key=lambda r: r[0]):
        for i in reversed(range(len(given))):
            g = given[i]
            same = (g.remedy.value, g.amount_minor, g.currency) == what
            if same and g.reversed_at is None and g.at <= at:
                given[i] = replace(g, reversed_at=at)
                break
    return tuple(given)


def _recovery(session: Session, complaint: Complaint) -> tuple[ScoreShift, ...]:
    """NPS and CSAT before the complaint was opened vs after it was resolved (a customer has a
    handful of answers: fetched by customer, averaged here)."""
    answers = session.execute(
        select(SurveyResponse.kind, SurveyResponse.score, SurveyResponse.answered_at).where(
            SurveyResponse.contact_id == complaint.contact_id,
            SurveyResponse.deleted_at.is_(None),
        )
    ).all()
    resolved = complaint.resolved_at
    shifts = []
    for kind in (SurveyKind.NPS, SurveyKind.CSAT):
        mine = [a for a in answers if a.kind == kind.value]
        before = [a.score for a in mine if a.answered_at < complaint.opened_at]
        after = [a.score for a in mine if resolved is not None and a.answered_at >= resolved]
        shifts.append(ScoreShift(kind, _mean(before), len(before), _mean(after), len(after)))
    return tuple(shifts)


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None
