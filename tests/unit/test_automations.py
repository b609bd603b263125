"""Follow-up automation: each event and action, conditions, exactly-once runs (also after a week
offline), the undo of a run and of an import, the preview equal to what switching on creates."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.domain.automation import (
    PLAYBOOKS,
    Action,
    ActionKind,
    Conditions,
    RuleSpec,
    TriggerKind,
    When,
    check_rule,
    follow_up_uid,
)
from app.domain.clock import FixedClock
from app.domain.contact_query import ContactFilter
from app.domain.enums import (
    Channel,
    ComplaintStatus,
    Direction,
    LifecycleStage,
    Priority,
    SurveyKind,
)
from app.domain.errors import UserError
from app.services.complaints import ComplaintDraft
from app.services.contacts import ContactDraft
from app.services.import_export.presets import ImportKind
from app.services.interactions import InteractionDraft
from app.storage.models import (
    AuditLog,
    AutomationRule,
    AutomationRun,
    Complaint,
    Contact,
    ContactStats,
    Staff,
    Task,
)
from sqlalchemy import delete, func, select

from tests.unit.import_helpers import run_import

PLAYBOOK = {p.key: p for p in PLAYBOOKS}


def _contact(ctx: AppContext, first: str, **kw: object) -> int:
    draft = ContactDraft(first_name=first, last_name="Berg", email=f"{first.lower()}@example.com")
    return ctx.contacts.create(replace(draft, **kw)).id  # type: ignore[arg-type]


def _tags(ctx: AppContext, contact_id: int) -> tuple[str, ...]:
    return ctx.contacts.profile(contact_id).tags


def _born(ctx: AppContext, contact_id: int, day: date) -> None:
    with ctx.db.write() as session:
        session.get_one(Contact, contact_id).birthday = day


def _rule(ctx: AppContext, spec: RuleSpec) -> str:
    uid = ctx.automations.save(None, spec).uid
    ctx.automations.set_enabled(uid, True)
    return uid


def _task_rule(when: When, title: str = "Call {name}", **cond: object) -> RuleSpec:
    return RuleSpec(
        "Test rule",
        when,
        Conditions(**cond),  # type: ignore[arg-type]
        (Action(ActionKind.TASK, title, due_days=2, priority=Priority.HIGH),),
    )


def _tasks(ctx: AppContext) -> list[tuple[str, datetime | None]]:
    with ctx.db.read() as session:
        rows = session.execute(
            select(Task.title, Task.due_at).where(Task.deleted_at.is_(None)).order_by(Task.id)
        )
        return [(t, d) for t, d in rows]


def _log(ctx: AppContext, contact_id: int, channel: Channel = Channel.PHONE) -> None:
    ctx.interactions.log(
        InteractionDraft(contact_id, ctx.clock.now(), channel, Direction.OUTBOUND, "Talked")
    )


def _orders(ctx: AppContext, tmp_path: Path, *lines: str) -> None:
    path = tmp_path / f"orders{len(list(tmp_path.iterdir()))}.csv"
    path.write_text("email,amount,occurred_at\n" + "\n".join(lines) + "\n", "utf-8")
    report = run_import(ctx, path, kind=ImportKind.ORDERS)
    assert not report.failures


# -- rules as data -------------------------------------------------------------------------------


def test_a_rule_survives_its_json_and_bad_rules_are_refused() -> None:
    spec = RuleSpec(
        "Detractors",
        When(TriggerKind.SURVEY_ANSWERED, survey=SurveyKind.NPS, score_max=6),
        Conditions(
            segment="at risk",
            stages=(LifecycleStage.CUSTOMER,),
            tag="vip",
            owner_uid="u1",
            min_order_minor=100,
        ),
        (
            Action(ActionKind.OPEN_COMPLAINT, category="Service", priority=Priority.URGENT),
            Action(ActionKind.SET_STAGE, stage=LifecycleStage.CHURNED),
        ),
    )
    assert RuleSpec.from_json(spec.to_json()) == spec
    with pytest.raises(UserError, match="at least one action"):
        check_rule(replace(spec, then=()))
    with pytest.raises(UserError, match="only be opened from a survey"):
        check_rule(replace(spec, when=When(TriggerKind.FIRST_ORDER)))
    with pytest.raises(UserError, match="form this version"):
        RuleSpec.from_json({"when": {"kind": "moon_phase"}})


def test_playbooks_are_listed_switched_off_until_switched_on(ctx: AppContext) -> None:
    rules = ctx.automations.rules()
    assert {r.playbook for r in rules} == set(PLAYBOOK)
    assert not any(r.enabled or r.stored for r in rules)
    uid = PLAYBOOK["birthday"].uid
    ctx.automations.set_enabled(uid, True)
    row = ctx.automations.rule(uid)
    assert (row.enabled, row.stored, row.playbook) == (True, True, "birthday")
    edited = replace(row.spec, when=When(TriggerKind.BIRTHDAY, days=5))
    assert ctx.automations.save(uid, edited).spec.when.days == 5
    ctx.automations.set_enabled(uid, False)
    ctx.automations.delete(uid)
    assert uid not in {r.uid for r in ctx.automations.rules()}  # deleted, not back as a template
    with ctx.db.read() as session:
        actions = list(session.scalars(select(AuditLog.action).where(AuditLog.entity_uid == uid)))
    assert actions == [
        "automation.rule_on",
        "automation.rule_save",
        "automation.rule_off",
        "automation.rule_delete",
    ]


# -- events --------------------------------------------------------------------------------------


def test_first_order_thank_you_call_and_undo_of_the_import(
    ctx: AppContext, tmp_path: Path, clock: FixedClock
) -> None:
    anna = _contact(ctx, "Anna")
    ctx.automations.set_enabled(PLAYBOOK["thank_you_call"].uid, True)
    _orders(ctx, tmp_path, "anna@example.com,20.00,2026-03-01")
    due = datetime(2026, 3, 4, tzinfo=UTC)
    assert _tasks(ctx) == [("Thank-you call to Anna Berg", due)]
    _orders(ctx, tmp_path, "anna@example.com,30.00,2026-03-02")  # not a first order
    assert len(_tasks(ctx)) == 1
    ctx.imports.undo_last()  # the second import: nothing of the first one changes
    assert len(_tasks(ctx)) == 1
    ctx.imports.undo_last()  # the first: its follow-up goes with it
    assert _tasks(ctx) == []
    assert [r.undone_at for r in ctx.automations.activity()] == [clock.now()]
    assert ctx.automations.upcoming(anna) == []


def test_order_recorded_with_an_order_value_condition(ctx: AppContext, tmp_path: Path) -> None:
    _contact(ctx, "Anna")
    _rule(ctx, _task_rule(When(TriggerKind.ORDER_RECORDED), min_order_minor=5000))
    _orders(
        ctx,
        tmp_path,
        "anna@example.com,20.00,2026-03-01T10:00",
        "anna@example.com,80.00,2026-03-01T11:00",
    )
    assert [t for t, _ in _tasks(ctx)] == ["Call Anna Berg"]


def test_complaint_opened_and_resolved_with_a_survey_request(
    ctx: AppContext, clock: FixedClock
) -> None:
    anna = _contact(ctx, "Anna")
    _rule(ctx, _task_rule(When(TriggerKind.COMPLAINT_OPENED), "Apologise to {first_name}"))
    ctx.automations.set_enabled(PLAYBOOK["complaint_check_in"].uid, True)
    case = ctx.complaints.open(
        ComplaintDraft(anna, Channel.EMAIL, "Delivery", Priority.NORMAL, "Late parcel")
    )
    assert [t for t, _ in _tasks(ctx)] == ["Apologise to Anna"]
    ctx.complaints.transition(case.id, ComplaintStatus.INVESTIGATING)
    ctx.complaints.transition(case.id, ComplaintStatus.RESOLVED, note="Sent again")
    week = clock.now() + timedelta(days=7)
    assert _tasks(ctx)[1:] == [
        ("Check in with Anna Berg after their complaint", week),
        ("Ask Anna Berg how satisfied they are", week),
    ]
    with ctx.db.read() as session:
        notes = session.scalar(select(Task.notes).order_by(Task.id.desc()).limit(1))
    assert notes is not None
    assert "mailto:anna@example.com?subject=How%20did%20we%20do%3F&body=Hello%20Anna" in notes
    assert "On a scale from 1 to 5" in notes


def test_interaction_by_channel_tags_and_stage_then_undo(ctx: AppContext) -> None:
    anna = _contact(ctx, "Anna", tags=("new",))
    spec = RuleSpec(
        "Met in person",
        When(TriggerKind.INTERACTION_LOGGED, channel=Channel.MEETING),
        then=(
            Action(ActionKind.ADD_TAG, tag="met"),
            Action(ActionKind.REMOVE_TAG, tag="new"),
            Action(ActionKind.SET_STAGE, stage=LifecycleStage.PROSPECT),
        ),
    )
    _rule(ctx, spec)
    _log(ctx, anna, Channel.PHONE)
    assert _tags(ctx, anna) == ("new",)
    _log(ctx, anna, Channel.MEETING)
    assert (_tags(ctx, anna), ctx.contacts.get(anna).stage) == (("met",), LifecycleStage.PROSPECT)
    [run] = ctx.automations.activity()
    assert [(e.kind, e.text) for e in run.effects] == [
        (ActionKind.ADD_TAG, "met"),
        (ActionKind.REMOVE_TAG, "new"),
        (ActionKind.SET_STAGE, "prospect"),
    ]
    ctx.automations.undo(run.id)
    assert (_tags(ctx, anna), ctx.contacts.get(anna).stage) == (("new",), LifecycleStage.LEAD)
    with pytest.raises(UserError, match="already undone"):
        ctx.automations.undo(run.id)


def test_stage_change_from_the_form_and_in_bulk(ctx: AppContext) -> None:
    anna, bob = _contact(ctx, "Anna"), _contact(ctx, "Bob")
    _rule(ctx, _task_rule(When(TriggerKind.STAGE_CHANGED, stage=LifecycleStage.CUSTOMER)))
    draft = ContactDraft(first_name="Anna", last_name="Berg", email="anna@example.com")
    ctx.contacts.update(anna, replace(draft, stage=LifecycleStage.PROSPECT))
    assert _tasks(ctx) == []
    ctx.contacts.update(anna, replace(draft, stage=LifecycleStage.CUSTOMER))
    ctx.contacts.update(anna, replace(draft, stage=LifecycleStage.CUSTOMER, notes="same stage"))
    ctx.contacts.set_stage_many([anna, bob], LifecycleStage.CUSTOMER)  # only Bob moves
    assert [t for t, _ in _tasks(ctx)] == ["Call Anna Berg", "Call Bob Berg"]


def test_detractor_answer_opens_a_complaint(ctx: AppContext) -> None:
    anna = _contact(ctx, "Anna")
    spec = RuleSpec(
        "Detractors",
        When(TriggerKind.SURVEY_ANSWERED, survey=SurveyKind.NPS, score_max=6),
        then=(Action(ActionKind.OPEN_COMPLAINT, category="Detractor", priority=Priority.HIGH),),
    )
    _rule(ctx, spec)
    case = ctx.complaints.open(
        ComplaintDraft(anna, Channel.EMAIL, "Delivery", Priority.NORMAL, "Late parcel")
    )
    ctx.complaints.transition(case.id, ComplaintStatus.INVESTIGATING)
    ctx.complaints.transition(case.id, ComplaintStatus.RESOLVED)
    ctx.complaints.record_recovery(case.id, 4, (SurveyKind.NPS, 8))  # a passive: nothing
    assert _cases(ctx) == [case.id]
    ctx.complaints.record_recovery(case.id, 2, (SurveyKind.NPS, 3), "Still cross")
    opened = ctx.complaints.get(_cases(ctx)[-1])
    assert (opened.row.category, opened.row.priority) == ("Detractor", Priority.HIGH)
    assert opened.description == "NPS 3: Still cross"
    [run] = ctx.automations.activity()
    assert run.effects[0].kind is ActionKind.OPEN_COMPLAINT
    ctx.automations.undo(run.id)
    assert _cases(ctx) == [case.id]


def _cases(ctx: AppContext) -> list[int]:
    with ctx.db.read() as session:
        return list(
            session.scalars(
                select(Complaint.id).where(Complaint.deleted_at.is_(None)).order_by(Complaint.id)
            )
        )


# -- conditions ----------------------------------------------------------------------------------


def test_conditions_stage_tag_owner_and_segment(ctx: AppContext) -> None:
    with ctx.db.write() as session:
        session.add(Staff(name="Eva"))
    with ctx.db.read() as session:
        eva_id, eva_uid = session.execute(select(Staff.id, Staff.uid)).one()
    customer = LifecycleStage.CUSTOMER
    fits = _contact(ctx, "Fits", stage=customer, tags=("vip",), owner_id=eva_id, company="Acme")
    _contact(ctx, "Lead", stage=LifecycleStage.LEAD, tags=("vip",), owner_id=eva_id, company="Acme")
    _contact(ctx, "Untagged", stage=customer, owner_id=eva_id, company="Acme")
    _contact(ctx, "Other", stage=customer, tags=("vip",), company="Acme")
    _contact(ctx, "Away", stage=customer, tags=("vip",), owner_id=eva_id, company="Zenith")
    ctx.segments.save("Acme people", ContactFilter(text="Acme"))
    when = When(TriggerKind.INTERACTION_LOGGED)
    _rule(
        ctx,
        _task_rule(when, stages=(customer,), tag="VIP", owner_uid=eva_uid, segment="acme people"),
    )
    for contact_id in ctx.contacts.list_ids(ContactFilter()):
        _log(ctx, contact_id)
    assert [t for t, _ in _tasks(ctx)] == ["Call Fits Berg"]
    assert [u.title for u in ctx.automations.upcoming(fits)] == ["Call Fits Berg"]


def test_rfm_segment_condition(ctx: AppContext) -> None:
    champ, other = _contact(ctx, "Champ"), _contact(ctx, "Other")
    with ctx.db.write() as session:
        session.add(ContactStats(contact_id=champ, rfm_segment="champions"))
        session.add(ContactStats(contact_id=other, rfm_segment="hibernating"))
    _rule(ctx, _task_rule(When(TriggerKind.INTERACTION_LOGGED), segment="Champions"))
    _log(ctx, champ)
    _log(ctx, other)
    assert [t for t, _ in _tasks(ctx)] == ["Call Champ Berg"]


# -- time rules ----------------------------------------------------------------------------------


def test_no_contact_sweep_runs_once_also_after_a_week_offline(
    ctx: AppContext, clock: FixedClock
) -> None:
    start = clock.now()
    anna = _contact(ctx, "Anna")
    clock.advance(timedelta(days=5))
    bob = _contact(ctx, "Bob")
    _log(ctx, anna)  # Anna's silence starts again now
    _rule(ctx, _task_rule(When(TriggerKind.NO_CONTACT, days=30)))
    clock.advance(timedelta(days=31))
    first = ctx.automations.sweep()
    assert sorted(f.contact_name for f in first.follow_ups) == ["Anna Berg", "Bob Berg"]
    assert ctx.automations.sweep().follow_ups == ()  # idempotent
    clock.advance(timedelta(days=7))  # a week with the laptop closed
    assert ctx.automations.sweep().follow_ups == ()
    _log(ctx, bob)
    clock.advance(timedelta(days=37))
    again = ctx.automations.sweep()
    assert [f.contact_name for f in again.follow_ups] == ["Bob Berg"]
    assert again.follow_ups[0].at == start + timedelta(days=5 + 31 + 7 + 30)
    assert ctx.automations.sweep().follow_ups == ()
    assert len(_tasks(ctx)) == 3


def test_birthday_exactly_once_across_an_offline_week(ctx: AppContext, clock: FixedClock) -> None:
    ctx.automations.zone = UTC
    today = clock.now().date()  # 2 March 2026
    soon, later, leap = _contact(ctx, "Soon"), _contact(ctx, "Later"), _contact(ctx, "Leap")
    _born(ctx, soon, date(1990, 3, 4))
    _born(ctx, later, date(1985, 3, 12))
    _born(ctx, leap, date(1992, 2, 29))  # 28 February in 2026: passed
    ctx.automations.set_enabled(PLAYBOOK["birthday"].uid, True)  # 3 days ahead
    assert [t for t, _ in _tasks(ctx)] == ["Send Soon Berg a birthday greeting"]
    assert _tasks(ctx)[0][1] == datetime(2026, 3, 4, 9, tzinfo=UTC)
    clock.advance(timedelta(days=8))  # offline until 10 March; Later's birthday is the 12th
    assert [f.contact_name for f in ctx.automations.sweep().follow_ups] == ["Later Berg"]
    assert ctx.automations.sweep().follow_ups == ()
    clock.set(datetime(today.year + 1, 3, 1, 10, tzinfo=UTC))  # next year's birthday counts anew
    assert [f.contact_id for f in ctx.automations.sweep().follow_ups] == [soon]


def test_churn_risk_crossing_the_threshold(ctx: AppContext, clock: FixedClock) -> None:
    risky, calm = _contact(ctx, "Risky"), _contact(ctx, "Calm")
    last = clock.now() - timedelta(days=200)
    with ctx.db.write() as session:
        session.add(ContactStats(contact_id=risky, churn_risk=82, last_order_at=last))
        session.add(ContactStats(contact_id=calm, churn_risk=30, last_order_at=last))
    ctx.automations.set_enabled(PLAYBOOK["win_back"].uid, True)
    assert _tasks(ctx) == [("Win back Risky Berg", clock.now() + timedelta(days=2))]
    assert ctx.automations.sweep().follow_ups == ()


def test_two_laptops_derive_the_same_uids(ctx: AppContext) -> None:
    anna = _contact(ctx, "Anna")
    rule = _rule(ctx, _task_rule(When(TriggerKind.INTERACTION_LOGGED)))
    _log(ctx, anna)
    with ctx.db.read() as session:
        run_uid, occurrence = session.execute(
            select(AutomationRun.uid, AutomationRun.occurrence)
        ).one()
    assert run_uid == follow_up_uid(rule, ctx.contacts.get(anna).uid, occurrence)


# -- preview -------------------------------------------------------------------------------------


def test_preview_lists_exactly_what_switching_on_creates(
    ctx: AppContext, tmp_path: Path, clock: FixedClock
) -> None:
    for name in ("Anna", "Bob", "Cleo"):
        _contact(ctx, name)
    _orders(
        ctx,
        tmp_path,
        "anna@example.com,20.00,2026-02-20",
        "bob@example.com,20.00,2026-01-02",  # more than 30 days ago
        "cleo@example.com,20.00,2026-02-27",
        "cleo@example.com,25.00,2026-02-28",  # not her first
    )
    uid = PLAYBOOK["thank_you_call"].uid
    preview = ctx.automations.preview(uid, PLAYBOOK["thank_you_call"].spec)
    assert preview.dry_run
    assert preview.task_count == 2
    assert _tasks(ctx) == []
    created = ctx.automations.set_enabled(uid, True)
    assert created.follow_ups == preview.follow_ups
    assert len(_tasks(ctx)) == preview.task_count
    ctx.automations.set_enabled(uid, False)
    assert ctx.automations.set_enabled(uid, True).follow_ups == ()  # once, also switched on again
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(AutomationRun)) == 2


def test_dry_run_sweep_writes_nothing(ctx: AppContext, clock: FixedClock) -> None:
    _contact(ctx, "Anna")
    uid = ctx.automations.save(None, _task_rule(When(TriggerKind.NO_CONTACT, days=10))).uid
    clock.advance(timedelta(days=11))
    assert ctx.automations.sweep(dry_run=True).follow_ups == ()  # switched off
    with ctx.db.write() as session:  # switched on behind the service's back: the sweep finds it
        rule = session.scalar(select(AutomationRule).where(AutomationRule.uid == uid))
        assert rule is not None
        rule.enabled = True
    dry = ctx.automations.sweep(dry_run=True)
    assert [f.contact_name for f in dry.follow_ups] == ["Anna Berg"]
    assert _tasks(ctx) == []
    assert ctx.automations.sweep().follow_ups == dry.follow_ups


def test_a_follow_up_already_synced_from_another_laptop_is_not_made_twice(
    ctx: AppContext,
) -> None:
    anna = _contact(ctx, "Anna")
    rule = _rule(ctx, _task_rule(When(TriggerKind.INTERACTION_LOGGED)))
    _log(ctx, anna)
    [run] = ctx.automations.activity()
    with ctx.db.write() as session:  # the other laptop's run arrived with its task only
        session.execute(delete(AutomationRun))
    ctx.automations.set_enabled(rule, False)
    assert ctx.automations.set_enabled(rule, True).task_count == 1  # the backfill plans it again
    assert [t for t, _ in _tasks(ctx)] == ["Call Anna Berg"]  # one task, the same uid
    assert [r.effects for r in ctx.automations.activity()] == [run.effects]
