"""Follow-up automation: rules that turn what happened into the next step.

Event rules run inside the write that recorded the event (the services call `fire` through
their FollowUpHook), so an undone import undoes its follow-ups. Time rules (no contact for N
days, birthday in N days, churn risk at or above a threshold) run in `sweep`. Every run's uid is
derived from rule + contact + occurrence, so it happens once: a second sweep, a laptop back
after a week offline or a second laptop running the same rule creates nothing new.
Switching a rule on also catches up on the last 30 days, exactly what its preview lists.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, insert, select, text
from sqlalchemy.orm import Session, aliased

from app.domain.automation import (
    PLAYBOOKS,
    PREVIEW_DAYS,
    Action,
    ActionKind,
    Conditions,
    RuleSpec,
    TriggerKind,
    check_rule,
    fill_title,
    follow_up_uid,
    survey_email,
)
from app.domain.clock import Clock
from app.domain.contact_query import ContactFilter
from app.domain.enums import (
    Channel,
    ComplaintEventKind,
    ComplaintStatus,
    LifecycleStage,
    SurveyKind,
    TxnKind,
)
from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.domain.when import local_zone
from app.services.changes import Changes
from app.services.complaints import ComplaintDraft, ComplaintService
from app.services.contacts import clean_tag, contact_ids_matching, tag_id_named
from app.services.follow_ups import Source
from app.services.import_export.values import stored_moment
from app.storage.audit import AuditTrail
from app.storage.database import Database
from app.storage.models import (
    AutomationRule,
    AutomationRun,
    Complaint,
    ComplaintEvent,
    Contact,
    ContactStats,
    ContactTag,
    Interaction,
    Segment,
    Staff,
    SurveyResponse,
    Tag,
    Task,
    Txn,
)
from app.storage.records import restore, soft_delete, stamp_new, touch

_CHUNK = 500  # ids per IN (...) list
GREETING_HOUR = 9  # birthday follow-ups count from 09:00 local time
_SOURCE_TRIGGERS: dict[Source, tuple[TriggerKind, ...]] = {
    Source.TXN: (TriggerKind.ORDER_RECORDED, TriggerKind.FIRST_ORDER),
    Source.COMPLAINT: (TriggerKind.COMPLAINT_OPENED,),
    Source.COMPLAINT_EVENT: (TriggerKind.COMPLAINT_RESOLVED,),
    Source.INTERACTION: (TriggerKind.INTERACTION_LOGGED,),
    Source.SURVEY: (TriggerKind.SURVEY_ANSWERED,),
}


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One thing that happened (or came due) to one contact, as a rule sees it."""

    contact_id: int
    key: str  # names the occurrence; with rule and contact it makes the run's uid
    at: datetime  # due dates count from here
    order_minor: int | None = None
    survey: tuple[SurveyKind, int, str] | None = None  # kind, score, comment


@dataclass(frozen=True, slots=True)
class RuleRow:
    uid: str
    name: str
    enabled: bool
    playbook: str | None
    spec: RuleSpec
    stored: bool  # False: a playbook not yet switched on or edited


@dataclass(frozen=True, slots=True)
class Effect:
    """What one action did (or would do): the UI words it by `kind`."""

    kind: ActionKind
    text: str  # the task title, tag or stage
    due_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class PlannedFollowUp:
    rule_uid: str
    rule_name: str
    contact_id: int
    contact_name: str
    occurrence: str
    at: datetime
    effects: tuple[Effect, ...]


@dataclass(frozen=True, slots=True)
class RunResult:
    """What a sweep, a switch-on or a dry run created (or would create)."""

    follow_ups: tuple[PlannedFollowUp, ...]
    changes: Changes
    dry_run: bool

    @property
    def task_count(self) -> int:
        return sum(
            e.kind in (ActionKind.TASK, ActionKind.SURVEY_REQUEST)
            for f in self.follow_ups
            for e in f.effects
        )


@dataclass(frozen=True, slots=True)
class RunRow:
    """A line of the "Automation activity" list."""

    id: int
    rule_name: str
    contact_id: int
    contact_name: str
    ran_at: datetime
    cause: str
    effects: tuple[Effect, ...]
    undone_at: datetime | None


@dataclass(frozen=True, slots=True)
class UpcomingFollowUp:
    task_id: int
    title: str
    due_at: datetime | None
    rule_name: str


@dataclass(frozen=True, slots=True)
class _Rule:
    id: int | None
    uid: str
    spec: RuleSpec


@dataclass(frozen=True, slots=True)
class _Person:
    uid: str
    name: str
    first_name: str
    email: str | None
    stage: str
    owner: str


class AutomationService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        audit: AuditTrail,
        complaints: ComplaintService,
        zone: tzinfo | None = None,
    ) -> None:
        self._db, self._clock, self._audit = db, clock, audit
        self._complaints = complaints
        self.zone = zone or local_zone()

    # -- rules -------------------------------------------------------------------------------

    def rules(self) -> list[RuleRow]:
        """Stored rules, then the playbooks not stored yet (switched off), in name order."""
        with self._db.read() as session:
            stored = list(session.scalars(select(AutomationRule)))
        rows = [_rule_row(r) for r in stored if r.deleted_at is None]
        known = {r.uid for r in stored}
        rows += [
            RuleRow(p.uid, p.spec.name, False, p.key, p.spec, stored=False)
            for p in PLAYBOOKS
            if p.uid not in known
        ]
        return sorted(rows, key=lambda r: (r.playbook is None, r.name.casefold()))

    def rule(self, uid: str) -> RuleRow:
        for row in self.rules():
            if row.uid == uid:
                return row
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The automation rule {uid} does not exist."), uid=uid
        )

    def save(self, uid: str | None, spec: RuleSpec) -> RuleRow:
        """Store a new rule (uid None) or the edited one; a playbook is stored on first edit."""
        spec = check_rule(spec)
        now = self._clock.now()
        with self._db.write() as session:
            rule = self._stored(session, uid, now) if uid else None
            if rule is None:
                rule = AutomationRule(enabled=False)
                stamp_new(rule, now)
                session.add(rule)
            else:
                touch(rule, now)
            rule.name, rule.spec = spec.name, spec.to_json()
            session.flush()
            self._audit.record(session, "automation.rule_save", "automation_rule", rule.uid)
            return _rule_row(rule)

    def delete(self, uid: str) -> None:
        """Remove a rule (a tombstone: its past runs stay in the activity list)."""
        now = self._clock.now()
        with self._db.write() as session:
            rule = self._stored(session, uid, now)
            soft_delete(rule, now)
            self._audit.record(session, "automation.rule_delete", "automation_rule", rule.uid)

    def preview(self, uid: str | None, spec: RuleSpec) -> RunResult:
        """What switching `spec` on would create now: its follow-ups of the last 30 days (event
        rules) or those due now (time rules); nothing is written."""
        spec = check_rule(spec)
        with self._db.read() as session:
            rule = _Rule(self._rule_id(session, uid), uid or "", spec)
            planned = self._plan_switch_on(session, rule, self._clock.now())
            return RunResult(self._describe(session, rule, planned), Changes(), dry_run=True)

    def set_enabled(self, uid: str, enabled: bool) -> RunResult:
        """Switch a rule on (creating what its preview listed) or off (nothing is undone)."""
        now = self._clock.now()
        with self._db.write() as session:
            record = self._stored(session, uid, now)
            record.enabled = enabled
            touch(record, now)
            session.flush()
            action = "automation.rule_on" if enabled else "automation.rule_off"
            self._audit.record(session, action, "automation_rule", record.uid)
            if not enabled:
                return RunResult((), Changes(settings=True), dry_run=False)
            rule = _Rule(record.id, record.uid, RuleSpec.from_json(record.spec))
            planned = self._plan_switch_on(session, rule, now)
            described = self._describe(session, rule, planned)
            changes = self._apply(session, rule, planned, cause="switch-on", now=now)
            return RunResult(described, changes | Changes(settings=True), dry_run=False)

    def staff_choices(self) -> list[tuple[str, str]]:
        """(name, uid) of the active staff: rules name owners by uid, which travels."""
        with self._db.read() as session:
            rows = session.execute(
                select(Staff.name, Staff.uid)
                .where(Staff.deleted_at.is_(None), Staff.active.is_(True))
                .order_by(Staff.name)
            )
            return [(name, uid) for name, uid in rows]

    def _stored(self, session: Session, uid: str, now: datetime) -> AutomationRule:
        """The rule's row; a playbook gets its row (same uid on every laptop) when first used."""
        rule = session.scalar(select(AutomationRule).where(AutomationRule.uid == uid))
        if rule is not None and rule.deleted_at is None:
            return rule
        playbook = next((p for p in PLAYBOOKS if p.uid == uid), None)
        if rule is not None or playbook is None:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "The automation rule {uid} does not exist."),
                uid=uid,
            )
        rule = AutomationRule(
            uid=uid,
            name=playbook.spec.name,
            enabled=False,
            playbook=playbook.key,
            spec=playbook.spec.to_json(),
        )
        stamp_new(rule, now)
        session.add(rule)
        session.flush()
        return rule

    @staticmethod
    def _rule_id(session: Session, uid: str | None) -> int | None:
        if not uid:
            return None
        return session.scalar(
            select(AutomationRule.id).where(
                AutomationRule.uid == uid, AutomationRule.deleted_at.is_(None)
            )
        )

    # -- running -----------------------------------------------------------------------------

    def sweep(self, dry_run: bool = False) -> RunResult:
        """Run the switched-on time rules (at start, hourly, `rapport automations run`)."""
        now = self._clock.now()
        with self._db.read() as session:  # no write transaction unless a time rule is on
            if dry_run or not any(r.spec.is_timed for r in _enabled(session)):
                return replace(self._sweep_in(session, now, dry_run=True), dry_run=dry_run)
        with self._db.write() as session:
            return self._sweep_in(session, now, dry_run=False)

    def _sweep_in(self, session: Session, now: datetime, *, dry_run: bool) -> RunResult:
        described: list[PlannedFollowUp] = []
        changes = Changes()
        for rule in _enabled(session):
            if not rule.spec.is_timed:
                continue
            planned = self._due(session, rule, now, since=_last_run(session, rule))
            described += self._describe(session, rule, planned)
            if not dry_run:
                changes |= self._apply(session, rule, planned, cause="sweep", now=now)
        return RunResult(tuple(described), changes, dry_run)

    def fire(
        self, session: Session, source: Source, ids: Sequence[int], batch_id: int | None = None
    ) -> None:
        """Event rules for rows just written (FollowUpHook), inside the caller's transaction."""
        triggers = _SOURCE_TRIGGERS[source]
        rules = [r for r in _enabled(session) if r.spec.when.kind in triggers]
        if not rules or not ids:
            return
        session.flush()
        now = self._clock.now()
        wanted = list(ids)
        for rule in rules:
            found = [
                occ
                for start in range(0, len(wanted), _CHUNK)
                for occ in _events(session, rule.spec, ids=wanted[start : start + _CHUNK])
            ]
            planned = self._unseen(session, rule, self._passing(session, rule.spec, found))
            self._apply(session, rule, planned, cause="event", now=now, batch_id=batch_id)

    def stage_changed(self, session: Session, contact_ids: Sequence[int]) -> None:
        """Stage-change rules for contacts whose stage was just changed (FollowUpHook)."""
        rules = [r for r in _enabled(session) if r.spec.when.kind is TriggerKind.STAGE_CHANGED]
        if not rules or not contact_ids:
            return
        session.flush()
        now = self._clock.now()
        stages = dict(
            session.execute(
                select(Contact.id, Contact.stage).where(Contact.id.in_(contact_ids))
            ).all()
        )
        for rule in rules:
            wanted = rule.spec.when.stage
            found = [
                Occurrence(cid, f"stage:{stage}:{now.isoformat()}", now)
                for cid, stage in stages.items()
                if wanted is None or stage == wanted.value
            ]
            planned = self._unseen(session, rule, self._passing(session, rule.spec, found))
            self._apply(session, rule, planned, cause="event", now=now)

    def undo_import(self, session: Session, batch_id: int) -> None:
        """Undo the runs an import caused (FollowUpHook), inside the import's undo."""
        now = self._clock.now()
        runs = session.scalars(
            select(AutomationRun).where(
                AutomationRun.import_batch_id == batch_id, AutomationRun.undone_at.is_(None)
            )
        )
        for run in runs:
            _revert(session, run, now)

    # -- planning ----------------------------------------------------------------------------

    def _plan_switch_on(self, session: Session, rule: _Rule, now: datetime) -> list[Occurrence]:
        if rule.spec.is_timed:
            return self._due(session, rule, now, since=None)
        since = now - timedelta(days=PREVIEW_DAYS)
        found = _events(session, rule.spec, since=since)
        return self._unseen(session, rule, self._passing(session, rule.spec, found))

    def _due(
        self, session: Session, rule: _Rule, now: datetime, *, since: datetime | None
    ) -> list[Occurrence]:
        """What a time rule finds due now; with `since` (its last run), only silences that
        reached their length since then (the hourly sweep), else all (switching on)."""
        when = rule.spec.when
        known = rule.id or 0  # no rule has id 0: nothing counts as seen
        if when.kind is TriggerKind.NO_CONTACT:
            found = _silent(session, now, when.days, since)
        elif when.kind is TriggerKind.BIRTHDAY:
            found = _birthdays(session, now, when.days, self.zone)
        else:
            found = _churning(session, now, when.threshold, known)
        found = _live_contacts(session, found)
        return self._unseen(session, rule, self._passing(session, rule.spec, found))

    @staticmethod
    def _unseen(session: Session, rule: _Rule, found: list[Occurrence]) -> list[Occurrence]:
        """Drop what already ran (also runs undone since: an undo is not a reason to redo)."""
        if rule.id is None or not found:
            return found
        wanted = sorted({o.contact_id for o in found})
        seen = {
            pair
            for start in range(0, len(wanted), _CHUNK)
            for pair in session.execute(
                select(AutomationRun.contact_id, AutomationRun.occurrence).where(
                    AutomationRun.rule_id == rule.id,
                    AutomationRun.contact_id.in_(wanted[start : start + _CHUNK]),
                )
            )
        }
        return [o for o in found if (o.contact_id, o.key) not in seen]

    def _passing(
        self, session: Session, spec: RuleSpec, found: list[Occurrence]
    ) -> list[Occurrence]:
        """The occurrences whose contact meets the rule's conditions."""
        cond = spec.conditions
        if not found or cond == Conditions():
            return found
        allowed = _contacts_meeting(session, cond)
        kept = [o for o in found if allowed is None or o.contact_id in allowed]
        if cond.min_order_minor is None and cond.max_order_minor is None:
            return kept
        lifetime = dict(
            session.execute(
                select(ContactStats.contact_id, ContactStats.lifetime_value_minor)
            ).all()
        )
        low = cond.min_order_minor
        high = cond.max_order_minor
        out = []
        for occ in kept:
            value = (
                occ.order_minor if occ.order_minor is not None else lifetime.get(occ.contact_id, 0)
            )
            if (low is None or value >= low) and (high is None or value <= high):
                out.append(occ)
        return out

    # -- applying ----------------------------------------------------------------------------

    def _apply(
        self,
        session: Session,
        rule: _Rule,
        planned: list[Occurrence],
        *,
        cause: str,
        now: datetime,
        batch_id: int | None = None,
    ) -> Changes:
        if not planned or rule.id is None:
            return Changes()
        people = _people(session, [o.contact_id for o in planned])
        tasks: list[dict[str, Any]] = []
        runs: list[dict[str, Any]] = []
        complaints: set[int] = set()
        for occ in planned:
            person = people[occ.contact_id]
            uid = follow_up_uid(rule.uid, person.uid, occ.key)
            doing = _Doing(session, occ, person, uid, now, tasks)
            items = [self._act(doing, i, action) for i, action in enumerate(rule.spec.then)]
            effects = {"items": [i for i in items if i]}
            complaints.update(i["id"] for i in effects["items"] if i["op"] == "complaint")
            runs.append(
                {
                    "uid": uid,
                    "rule_id": rule.id,
                    "contact_id": occ.contact_id,
                    "occurrence": occ.key,
                    "ran_at": now,
                    "cause": cause,
                    "import_batch_id": batch_id,
                    "effects": effects,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
        task_ids = _insert_tasks(session, tasks)
        session.execute(insert(AutomationRun), runs)  # thousands at switch-on: one statement
        self._audit.record(
            session,
            "automation.run",
            "automation_rule",
            rule.uid,
            f"cause={cause} runs={len(planned)}",
        )
        return Changes(
            contacts=frozenset(o.contact_id for o in planned),
            tasks=frozenset(task_ids),
            complaints=frozenset(complaints),
        )

    def _act(self, doing: _Doing, index: int, action: Action) -> dict[str, Any] | None:
        """Carry out one action; what it did, for undo (None: nothing to do)."""
        session, contact_id, now = doing.session, doing.occ.contact_id, doing.now
        if action.kind in (ActionKind.TASK, ActionKind.SURVEY_REQUEST):
            return _create_task(doing, index, action)
        if action.kind is ActionKind.ADD_TAG:
            return _add_tag(session, contact_id, action.tag, now)
        if action.kind is ActionKind.REMOVE_TAG:
            return _remove_tag(session, contact_id, action.tag, now)
        if action.kind is ActionKind.SET_STAGE:
            return _set_stage(doing, action)
        if doing.occ.survey is None:  # OPEN_COMPLAINT: check_rule allows it on survey rules only
            return None
        kind, score, comment = doing.occ.survey
        text = f"{kind.value.upper()} {score}" + (f": {comment}" if comment else "")
        draft = ComplaintDraft(contact_id, Channel.EMAIL, action.category, action.priority, text)
        return {"op": "complaint", "id": self._complaints.open_in(session, draft).id}

    # -- activity and undo -------------------------------------------------------------------

    def activity(self, limit: int = 1000) -> list[RunRow]:
        """The latest runs, newest first, with what each created."""
        with self._db.read() as session:
            found = session.execute(
                select(AutomationRun, AutomationRule.name, Contact.display_name)
                .join(AutomationRule, AutomationRule.id == AutomationRun.rule_id)
                .join(Contact, Contact.id == AutomationRun.contact_id)
                .where(AutomationRun.deleted_at.is_(None))
                .order_by(AutomationRun.ran_at.desc(), AutomationRun.id.desc())
                .limit(limit)
            ).all()
            uids = [
                item["uid"]
                for run, _rule, _contact in found
                for item in run.effects.get("items", ())
                if item["op"] == "task"
            ]
            tasks = {
                uid: (title, due)
                for start in range(0, len(uids), _CHUNK)
                for uid, title, due in session.execute(
                    select(Task.uid, Task.title, Task.due_at).where(
                        Task.uid.in_(uids[start : start + _CHUNK])
                    )
                )
            }
            return [
                RunRow(
                    run.id,
                    rule_name,
                    run.contact_id,
                    contact_name,
                    run.ran_at,
                    run.cause,
                    _effects_of(session, run, tasks),
                    run.undone_at,
                )
                for run, rule_name, contact_name in found
            ]

    def undo(self, run_id: int) -> Changes:
        """Take back what one run did: its tasks and complaints removed, tags and stage back."""
        now = self._clock.now()
        with self._db.write() as session:
            run = session.get(AutomationRun, run_id)
            if run is None or run.deleted_at is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP("UserError", "Automation run #{run_id} does not exist."),
                    run_id=run_id,
                )
            if run.undone_at is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP("UserError", "This automation run was already undone.")
                )
            changes = _revert(session, run, now)
            self._audit.record(session, "automation.undo", "automation_run", run.uid)
            return changes

    def upcoming(self, contact_id: int) -> list[UpcomingFollowUp]:
        """Open tasks the rules created for a contact, soonest first (the 360° view)."""
        with self._db.read() as session:
            runs = session.execute(
                select(AutomationRun.effects, AutomationRule.name)
                .join(AutomationRule, AutomationRule.id == AutomationRun.rule_id)
                .where(AutomationRun.contact_id == contact_id, AutomationRun.undone_at.is_(None))
            ).all()
            rule_of = {
                item["uid"]: name
                for effects, name in runs
                for item in effects.get("items", ())
                if item["op"] == "task"
            }
            if not rule_of:
                return []
            tasks = session.scalars(
                select(Task)
                .where(
                    Task.uid.in_(rule_of),
                    Task.done_at.is_(None),
                    Task.deleted_at.is_(None),
                )
                .order_by(Task.due_at, Task.id)
            )
            return [UpcomingFollowUp(t.id, t.title, t.due_at, rule_of[t.uid]) for t in tasks]

    # -- describing --------------------------------------------------------------------------

    def _describe(
        self, session: Session, rule: _Rule, planned: list[Occurrence]
    ) -> tuple[PlannedFollowUp, ...]:
        people = _people(session, [o.contact_id for o in planned])
        return tuple(
            PlannedFollowUp(
                rule.uid,
                rule.spec.name,
                occ.contact_id,
                people[occ.contact_id].name,
                occ.key,
                occ.at,
                tuple(_planned_effect(a, occ, people[occ.contact_id]) for a in rule.spec.then),
            )
            for occ in planned
        )


# -- events ------------------------------------------------------------------------------------


def _events(
    session: Session,
    spec: RuleSpec,
    *,
    ids: list[int] | None = None,
    since: datetime | None = None,
) -> list[Occurrence]:
    """The events a rule reacts to: among rows `ids` (just written) or since `since`."""
    when = spec.when
    kind = when.kind

    def scope(id_column: Any, moment: Any) -> ColumnElement[bool]:
        chosen: ColumnElement[bool] = id_column.in_(ids) if ids is not None else moment >= since
        return chosen

    if kind in (TriggerKind.ORDER_RECORDED, TriggerKind.FIRST_ORDER):
        query = select(Txn.id, Txn.uid, Txn.contact_id, Txn.occurred_at, Txn.amount_minor).where(
            Txn.kind == TxnKind.ORDER.value,
            Txn.deleted_at.is_(None),
            scope(Txn.id, Txn.occurred_at),
        )
        prefix = "order"
        if kind is TriggerKind.FIRST_ORDER:
            earlier = aliased(Txn)
            query = query.where(
                ~exists().where(
                    earlier.contact_id == Txn.contact_id,
                    earlier.kind == TxnKind.ORDER.value,
                    earlier.deleted_at.is_(None),
                    (earlier.occurred_at < Txn.occurred_at)
                    | and_(earlier.occurred_at == Txn.occurred_at, earlier.id < Txn.id),
                )
            )
            prefix = "first-order"
        return [
            Occurrence(cid, f"{prefix}:{uid}", at, order_minor=amount)
            for _id, uid, cid, at, amount in session.execute(query)
        ]
    if kind is TriggerKind.COMPLAINT_OPENED:
        rows = session.execute(
            select(Complaint.uid, Complaint.contact_id, Complaint.opened_at).where(
                Complaint.deleted_at.is_(None), scope(Complaint.id, Complaint.opened_at)
            )
        )
        return [Occurrence(cid, f"complaint-opened:{uid}", at) for uid, cid, at in rows]
    if kind is TriggerKind.COMPLAINT_RESOLVED:
        rows = session.execute(
            select(ComplaintEvent.uid, Complaint.contact_id, ComplaintEvent.at)
            .join(Complaint, Complaint.id == ComplaintEvent.complaint_id)
            .where(
                ComplaintEvent.kind == ComplaintEventKind.STATUS.value,
                ComplaintEvent.to_status == ComplaintStatus.RESOLVED.value,
                ComplaintEvent.deleted_at.is_(None),
                Complaint.deleted_at.is_(None),
                scope(ComplaintEvent.id, ComplaintEvent.at),
            )
        )
        return [Occurrence(cid, f"complaint-resolved:{uid}", at) for uid, cid, at in rows]
    if kind is TriggerKind.INTERACTION_LOGGED:
        logged = select(Interaction.uid, Interaction.contact_id, Interaction.occurred_at).where(
            Interaction.deleted_at.is_(None), scope(Interaction.id, Interaction.occurred_at)
        )
        if when.channel is not None:
            logged = logged.where(Interaction.channel == when.channel.value)
        return [
            Occurrence(cid, f"interaction:{uid}", at) for uid, cid, at in session.execute(logged)
        ]
    if kind is TriggerKind.SURVEY_ANSWERED:
        return _answers(session, spec, scope(SurveyResponse.id, SurveyResponse.answered_at))
    return []  # stage changes leave no history to look back on; they arrive by stage_changed


def _answers(session: Session, spec: RuleSpec, scoped: ColumnElement[bool]) -> list[Occurrence]:
    when = spec.when
    query = select(
        SurveyResponse.uid,
        SurveyResponse.contact_id,
        SurveyResponse.answered_at,
        SurveyResponse.kind,
        SurveyResponse.score,
        SurveyResponse.comment,
    ).where(SurveyResponse.deleted_at.is_(None), scoped)
    if when.survey is not None:
        query = query.where(SurveyResponse.kind == when.survey.value)
    if when.score_min is not None:
        query = query.where(SurveyResponse.score >= when.score_min)
    if when.score_max is not None:
        query = query.where(SurveyResponse.score <= when.score_max)
    return [
        Occurrence(cid, f"survey:{uid}", at, survey=(SurveyKind(kind), score, comment or ""))
        for uid, cid, at, kind, score, comment in session.execute(query)
    ]


_SILENT_SQL = text(
    # Materialised, so each contact's last interaction is one seek in the covering index of
    # live interactions (contact_id, occurred_at), not one per use of it.
    "WITH seen AS MATERIALIZED (SELECT c.id, c.created_at, (SELECT max(i.occurred_at) "
    "FROM interaction i WHERE i.contact_id = c.id AND i.deleted_at IS NULL) AS last "
    "FROM contact c WHERE c.deleted_at IS NULL) "
    "SELECT id, coalesce(last, created_at) FROM seen WHERE coalesce(last, created_at) <= :cutoff"
)
_NEWLY_SILENT_SQL = text(
    # Only contacts touched (or created) in the window can have fallen silent in it.
    "WITH touched AS MATERIALIZED (SELECT contact_id AS id FROM interaction "
    "WHERE occurred_at > :low AND occurred_at <= :cutoff AND deleted_at IS NULL "
    "UNION SELECT id FROM contact WHERE created_at > :low AND created_at <= :cutoff), "
    "seen AS MATERIALIZED (SELECT t.id, coalesce((SELECT max(i.occurred_at) FROM interaction i "
    "WHERE i.contact_id = t.id AND i.deleted_at IS NULL), "
    "(SELECT c.created_at FROM contact c WHERE c.id = t.id)) AS began FROM touched t) "
    "SELECT id, began FROM seen WHERE began > :low AND began <= :cutoff"
)


def _silent(session: Session, now: datetime, days: int, since: datetime | None) -> list[Occurrence]:
    """Contacts whose last interaction (else their creation) is `days` or more ago, or with
    `since` only those whose silence reached `days` after it; one occurrence per silence,
    named by the day it began, due when it reached `days`."""
    cutoff = stored_moment(now - timedelta(days=days))
    if since is None:
        rows = session.execute(_SILENT_SQL, {"cutoff": cutoff})
    else:
        low = stored_moment(since - timedelta(days=days))
        rows = session.execute(_NEWLY_SILENT_SQL, {"cutoff": cutoff, "low": low})
    out = []
    for cid, began in rows:
        start = datetime.fromisoformat(began).replace(tzinfo=UTC)
        out.append(Occurrence(cid, f"no-contact:{began[:10]}", start + timedelta(days)))
    return out


def _birthdays(session: Session, now: datetime, days: int, zone: tzinfo) -> list[Occurrence]:
    """Contacts whose birthday is today or within `days`; one occurrence per birthday, counted
    from 09:00 local time `days` before it (a birthday passed while offline is not greeted)."""
    today = now.astimezone(zone).date()
    out = []
    for cid, born in session.execute(
        select(Contact.id, Contact.birthday).where(Contact.birthday.is_not(None))
    ):
        assert born is not None  # noqa: S101 - filtered in SQL
        upcoming = _next_birthday(born, today)
        if (upcoming - today).days <= days:
            start = datetime.combine(upcoming - timedelta(days), time(GREETING_HOUR), zone)
            out.append(Occurrence(cid, f"birthday:{upcoming.isoformat()}", start))
    return out


def _next_birthday(born: date, today: date) -> date:
    """This year's birthday, or next year's once passed; 29 February is the 28th in other years."""
    for year in (today.year, today.year + 1):
        try:
            day = born.replace(year=year)
        except ValueError:
            day = date(year, 2, 28)
        if day >= today:
            return day
    raise AssertionError("a birthday comes within a year")  # pragma: no cover


_CHURNING_SQL = text(
    # The rule's earlier runs are skipped here (the run index: rule, contact, occurrence), so
    # the hourly sweep reads the contacts that crossed since, not all 10,000 at risk.
    "SELECT s.contact_id, s.churn_key FROM (SELECT contact_id, 'churn:' || :threshold || ':' "
    "|| coalesce(substr(last_order_at, 1, 10), '-') AS churn_key FROM contact_stats "
    "WHERE churn_risk >= :threshold) AS s WHERE NOT EXISTS (SELECT 1 FROM automation_run r "
    "WHERE r.rule_id = :rule AND r.contact_id = s.contact_id AND r.occurrence = s.churn_key)"
)


def _churning(session: Session, now: datetime, threshold: int, rule_id: int) -> list[Occurrence]:
    """Customers whose churn risk is at or above `threshold`: once per spell since their last
    order (a new order and a new rise count again)."""
    rows = session.execute(_CHURNING_SQL, {"threshold": threshold, "rule": rule_id})
    return [Occurrence(cid, key, now) for cid, key in rows]


def _live_contacts(session: Session, found: list[Occurrence]) -> list[Occurrence]:
    """Drop deleted and erased contacts (looked up by key: the candidates are few)."""
    wanted = sorted({o.contact_id for o in found})
    live = {
        cid
        for start in range(0, len(wanted), _CHUNK)
        for cid in session.scalars(
            select(Contact.id).where(
                Contact.id.in_(wanted[start : start + _CHUNK]),
                Contact.deleted_at.is_(None),
                Contact.erased_at.is_(None),
            )
        )
    }
    return [o for o in found if o.contact_id in live]


def _last_run(session: Session, rule: _Rule) -> datetime | None:
    """When a time rule last acted (its sweeps and switch-on); None: never."""
    if rule.id is None:
        return None
    return session.scalar(
        select(func.max(AutomationRun.ran_at)).where(AutomationRun.rule_id == rule.id)
    )


# -- conditions --------------------------------------------------------------------------------


def _contacts_meeting(session: Session, cond: Conditions) -> set[int] | None:
    """Ids of the contacts meeting the contact-level conditions; None when there are none."""
    filters: list[ColumnElement[bool]] = []
    if cond.stages:
        filters.append(Contact.stage.in_([s.value for s in cond.stages]))
    if cond.owner_uid:
        filters.append(Contact.owner_id.in_(select(Staff.id).where(Staff.uid == cond.owner_uid)))
    if cond.tag:
        filters.append(
            exists().where(
                ContactTag.contact_id == Contact.id,
                ContactTag.deleted_at.is_(None),
                ContactTag.tag_id == Tag.id,
                func.lower(Tag.name) == cond.tag.casefold(),
                Tag.deleted_at.is_(None),
            )
        )
    if cond.segment:
        filters.append(_in_segment(session, cond.segment))
    if not filters:
        return None
    return set(session.scalars(select(Contact.id).where(Contact.deleted_at.is_(None), *filters)))


def _in_segment(session: Session, name: str) -> ColumnElement[bool]:
    """A saved segment of that name, else the RFM segment (case does not matter)."""
    rule = session.scalar(
        select(Segment.rule).where(
            func.lower(Segment.name) == name.casefold(), Segment.deleted_at.is_(None)
        )
    )
    if rule is not None:
        return Contact.id.in_(contact_ids_matching(ContactFilter.from_rule(rule)))
    return Contact.id.in_(
        select(ContactStats.contact_id).where(
            func.lower(ContactStats.rfm_segment) == name.casefold()
        )
    )


# -- actions -----------------------------------------------------------------------------------


def _people(session: Session, contact_ids: Iterable[int]) -> dict[int, _Person]:
    wanted = list(set(contact_ids))
    out: dict[int, _Person] = {}
    for start in range(0, len(wanted), _CHUNK):
        rows = session.execute(
            select(
                Contact.id,
                Contact.uid,
                Contact.display_name,
                Contact.first_name,
                Contact.email,
                Contact.stage,
                Staff.name,
            )
            .outerjoin(Staff, Staff.id == Contact.owner_id)
            .where(Contact.id.in_(wanted[start : start + _CHUNK]))
        )
        for cid, uid, name, first, email, stage, owner in rows:
            out[cid] = _Person(uid, name, first, email, stage, owner or "")
    return out


@dataclass(frozen=True, slots=True)
class _Doing:
    """One run being carried out: where, for whom, for what, when."""

    session: Session
    occ: Occurrence
    person: _Person
    run_uid: str
    now: datetime
    tasks: list[dict[str, Any]]  # the batch's new tasks, inserted together at its end


def _create_task(doing: _Doing, index: int, action: Action) -> dict[str, Any]:
    """A task (or survey request) with a derived uid, due `due_days` after the occurrence."""
    due = doing.occ.at + timedelta(days=action.due_days)
    uid = follow_up_uid(doing.run_uid, doing.person.uid, doing.occ.key, f"task{index}")
    doing.tasks.append(
        {
            "uid": uid,
            "contact_id": doing.occ.contact_id,
            "title": _title(action, doing.person),
            "notes": _task_notes(action, doing.person),
            "due_at": due,
            "remind_at": due,
            "priority": action.priority.value,
            "created_at": doing.now,
            "updated_at": doing.now,
            "version": 1,
        }
    )
    return {"op": "task", "uid": uid, "kind": action.kind.value}


def _insert_tasks(session: Session, tasks: list[dict[str, Any]]) -> list[int]:
    """Insert the batch's tasks in one statement and give their ids. A task whose uid is
    already here (another laptop's run of the same rule, synced) is not made twice."""
    uids = [t["uid"] for t in tasks]
    have: set[str] = set()
    for start in range(0, len(uids), _CHUNK):
        chunk = uids[start : start + _CHUNK]
        have.update(session.scalars(select(Task.uid).where(Task.uid.in_(chunk))))
    new = [t for t in tasks if t["uid"] not in have]
    if new:
        session.execute(insert(Task), new)
    return [
        task_id
        for start in range(0, len(uids), _CHUNK)
        for task_id in session.scalars(
            select(Task.id).where(Task.uid.in_(uids[start : start + _CHUNK]))
        )
    ]


def _set_stage(doing: _Doing, action: Action) -> dict[str, Any] | None:
    assert action.stage is not None  # noqa: S101 - check_rule refuses a rule without one
    contact = doing.session.get_one(Contact, doing.occ.contact_id)
    if contact.stage == action.stage.value:
        return None
    before, contact.stage = contact.stage, action.stage.value
    touch(contact, doing.now)
    return {"op": "stage", "contact": contact.id, "before": before}


def _title(action: Action, person: _Person) -> str:
    title = fill_title(
        action.title, name=person.name, first_name=person.first_name, owner=person.owner
    )
    return title[:500] or person.name


def _task_notes(action: Action, person: _Person) -> str | None:
    """The owner by name; a survey request carries its e-mail and a mailto: link."""
    lines = [f"@{person.owner}"] if person.owner else []
    if action.kind is ActionKind.SURVEY_REQUEST:
        subject, template = survey_email(action)
        first = person.first_name or person.name
        body = fill_title(template, name=person.name, first_name=first, owner=person.owner)
        lines += ["", subject, "", body, "", survey_mailto(person.email, subject, body)]
    return "\n".join(lines) or None


def survey_mailto(email: str | None, subject: str, body: str) -> str:
    query = urllib.parse.urlencode({"subject": subject, "body": body}, quote_via=urllib.parse.quote)
    return f"mailto:{urllib.parse.quote(email or '', safe='@')}?{query}"


def mailto_in(notes: str) -> str | None:
    """The mailto: link a survey request task carries in its notes, if any."""
    return next((line for line in notes.splitlines() if line.startswith("mailto:")), None)


def _add_tag(session: Session, contact_id: int, name: str, now: datetime) -> dict[str, Any] | None:
    tag = tag_id_named(session, clean_tag(name), now)
    link = session.scalar(
        select(ContactTag).where(ContactTag.contact_id == contact_id, ContactTag.tag_id == tag)
    )
    if link is None:
        link = ContactTag(contact_id=contact_id, tag_id=tag)
        stamp_new(link, now)
        session.add(link)
        session.flush()
    elif link.deleted_at is None:
        return None
    else:
        restore(link, now)
    return {"op": "tag_added", "id": link.id}


def _remove_tag(
    session: Session, contact_id: int, name: str, now: datetime
) -> dict[str, Any] | None:
    link = session.scalar(
        select(ContactTag)
        .join(Tag, Tag.id == ContactTag.tag_id)
        .where(
            ContactTag.contact_id == contact_id,
            ContactTag.deleted_at.is_(None),
            func.lower(Tag.name) == name.strip().casefold(),
        )
    )
    if link is None:
        return None
    soft_delete(link, now)
    return {"op": "tag_removed", "id": link.id}


def _revert(session: Session, run: AutomationRun, now: datetime) -> Changes:
    """Reverse a run's effects, newest first, and mark it undone."""
    tasks: set[int] = set()
    complaints: set[int] = set()
    for item in reversed(run.effects.get("items", [])):
        op, row_id = item["op"], item.get("id")
        if op == "task":
            task = session.scalar(select(Task).where(Task.uid == item["uid"]))
            if task is not None:
                _tombstone(session, Task, task.id, now)
                tasks.add(task.id)
        elif op == "complaint":
            _tombstone(session, Complaint, row_id, now)
            complaints.add(row_id)
        elif op == "tag_added":
            _tombstone(session, ContactTag, row_id, now)
        elif op == "tag_removed":
            link = session.get(ContactTag, row_id)
            if link is not None:
                restore(link, now)
        elif op == "stage":
            contact = session.get_one(Contact, item["contact"])
            contact.stage = LifecycleStage(item["before"]).value
            touch(contact, now)
    run.undone_at = now
    touch(run, now)
    return Changes(
        contacts=frozenset({run.contact_id}),
        tasks=frozenset(tasks),
        complaints=frozenset(complaints),
    )


def _tombstone(session: Session, model: Any, row_id: int, now: datetime) -> None:
    row = session.get(model, row_id)
    if row is not None and row.deleted_at is None:
        soft_delete(row, now)


def _effects_of(
    session: Session, run: AutomationRun, tasks: dict[str, tuple[str, datetime | None]]
) -> tuple[Effect, ...]:
    """What a run did, in words the UI can translate by kind; `tasks` holds the title and due
    time of every task named by the runs being described (one query for them all)."""
    out = []
    for item in run.effects.get("items", ()):
        op = item["op"]
        if op == "task":
            title, due = tasks.get(item["uid"], ("", None))
            out.append(Effect(ActionKind(item["kind"]), title, due))
        elif op == "complaint":
            number = session.scalar(select(Complaint.number).where(Complaint.id == item["id"]))
            out.append(Effect(ActionKind.OPEN_COMPLAINT, number or ""))
        elif op in ("tag_added", "tag_removed"):
            name = session.scalar(
                select(Tag.name)
                .join(ContactTag, ContactTag.tag_id == Tag.id)
                .where(ContactTag.id == item["id"])
            )
            kind = ActionKind.ADD_TAG if op == "tag_added" else ActionKind.REMOVE_TAG
            out.append(Effect(kind, name or ""))
        elif op == "stage":
            stage = session.scalar(select(Contact.stage).where(Contact.id == item["contact"]))
            out.append(Effect(ActionKind.SET_STAGE, stage or ""))
    return tuple(out)


def _planned_effect(action: Action, occ: Occurrence, person: _Person) -> Effect:
    if action.kind in (ActionKind.TASK, ActionKind.SURVEY_REQUEST):
        return Effect(action.kind, _title(action, person), occ.at + timedelta(days=action.due_days))
    if action.kind in (ActionKind.ADD_TAG, ActionKind.REMOVE_TAG):
        return Effect(action.kind, action.tag)
    if action.kind is ActionKind.SET_STAGE:
        return Effect(action.kind, action.stage.value if action.stage else "")
    return Effect(action.kind, action.category)


def _enabled(session: Session) -> list[_Rule]:
    rows = session.execute(
        select(AutomationRule.id, AutomationRule.uid, AutomationRule.spec).where(
            AutomationRule.enabled.is_(True), AutomationRule.deleted_at.is_(None)
        )
    )
    return [_Rule(rid, uid, RuleSpec.from_json(spec)) for rid, uid, spec in rows]


def _rule_row(rule: AutomationRule) -> RuleRow:
    spec = replace(RuleSpec.from_json(rule.spec), name=rule.name)
    return RuleRow(rule.uid, rule.name, rule.enabled, rule.playbook, spec, stored=True)
