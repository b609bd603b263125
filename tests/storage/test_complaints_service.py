"""The complaint service against a real database: workflow, clocks, remedies, recovery, queues."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from app.bootstrap import AppContext
from app.domain.clock import FixedClock
from app.domain.complaint_workflow import SlaState
from app.domain.enums import Channel, ComplaintStatus, Priority, Remedy, SurveyKind
from app.domain.errors import UserError
from app.services.complaints import ComplaintDraft, ComplaintFilter, Queue
from app.services.contacts import ContactDraft
from app.services.settings import ComplaintSettings
from app.storage.models import AuditLog, Complaint, ComplaintEvent, Staff, SurveyResponse, Txn
from sqlalchemy import func, select

MONDAY_10 = datetime(2026, 3, 2, 10, tzinfo=UTC)  # the clock fixture's now; Berlin is UTC+1


def _customer(ctx: AppContext, paid_minor: int = 10_000) -> int:
    contact = ctx.contacts.create(ContactDraft(first_name="Ada", last_name="Byron"))
    if paid_minor:
        with ctx.db.write() as session:
            session.add(
                Txn(
                    contact_id=contact.id,
                    occurred_at=MONDAY_10 - timedelta(days=30),
                    kind="order",
                    amount_minor=paid_minor,
                    currency="EUR",
                    reference="SO-1",
                )
            )
    return contact.id


def _open(ctx: AppContext, contact_id: int, **changes: object) -> int:
    fields: dict[str, object] = {
        "contact_id": contact_id,
        "channel": Channel.EMAIL,
        "category": "late delivery",
        "priority": Priority.NORMAL,
        "description": "Parcel arrived a week late.",
    }
    fields.update(changes)
    return ctx.complaints.open(ComplaintDraft(**fields)).id  # type: ignore[arg-type]


def _events(ctx: AppContext, complaint_id: int) -> list[tuple[str, str | None, str | None]]:
    with ctx.db.read() as session:
        rows = session.execute(
            select(ComplaintEvent.kind, ComplaintEvent.to_status, ComplaintEvent.body)
            .where(ComplaintEvent.complaint_id == complaint_id)
            .order_by(ComplaintEvent.id)
        )
        return [(r.kind, r.to_status, r.body) for r in rows]


def test_open_numbers_cases_per_year_and_starts_both_clocks(ctx: AppContext) -> None:
    contact = _customer(ctx)
    first = ctx.complaints.get(_open(ctx, contact))
    second = ctx.complaints.get(_open(ctx, contact, priority=Priority.URGENT))
    assert (first.row.number, second.row.number) == ("C-2026-0001", "C-2026-0002")
    # Berlin office hours 09-17 local = 08-16 UTC; normal: 1 working day / 5 working days.
    assert first.first_response_due_at == datetime(2026, 3, 3, 10, tzinfo=UTC)
    assert first.resolution_due_at == datetime(2026, 3, 9, 10, tzinfo=UTC)
    assert second.first_response_due_at == datetime(2026, 3, 2, 11, tzinfo=UTC)
    assert first.events[0].to_status == "new"


def test_numbers_are_never_reused_even_after_a_soft_delete(ctx: AppContext) -> None:
    contact = _customer(ctx)
    first = _open(ctx, contact)
    with ctx.db.write() as session:
        session.get_one(Complaint, first).deleted_at = MONDAY_10
    assert ctx.complaints.get(_open(ctx, contact)).row.number == "C-2026-0002"
    late = _open(ctx, contact, opened_at=datetime(2025, 12, 30, 9, tzinfo=UTC))
    assert ctx.complaints.get(late).row.number == "C-2025-0001"


def test_open_refuses_bad_input(ctx: AppContext) -> None:
    contact = _customer(ctx)
    with pytest.raises(UserError, match="Describe the complaint"):
        _open(ctx, contact, description="  ")
    with pytest.raises(UserError, match="in the future"):
        _open(ctx, contact, opened_at=MONDAY_10 + timedelta(days=1))
    with pytest.raises(UserError, match="before 1900"):  # fuzzing found 0001-01-02 overflowing
        _open(ctx, contact, opened_at=datetime(1, 1, 2, tzinfo=UTC))
    with pytest.raises(UserError, match="Customer 999 does not exist"):
        _open(ctx, 999)


def test_walk_to_closed_with_pause_and_events(ctx: AppContext, clock: FixedClock) -> None:
    service, contact = ctx.complaints, _customer(ctx)
    case_id = _open(ctx, contact)
    clock.advance(timedelta(hours=1))
    service.transition(case_id, ComplaintStatus.ACKNOWLEDGED)
    service.transition(case_id, ComplaintStatus.WAITING_ON_CUSTOMER)
    before = service.get(case_id).resolution_due_at
    clock.advance(timedelta(days=1))  # 8 business hours waiting on the customer
    service.transition(case_id, ComplaintStatus.INVESTIGATING)
    view = service.get(case_id)
    assert view.first_response_at == MONDAY_10 + timedelta(hours=1)
    assert before is not None
    assert view.resolution_due_at == before + timedelta(days=1)
    with pytest.raises(UserError, match="can't be closed while it is investigating"):
        service.transition(case_id, ComplaintStatus.CLOSED)
    service.transition(case_id, ComplaintStatus.RESOLVED, note="Sent a new one.", satisfaction=4)
    service.transition(case_id, ComplaintStatus.CLOSED)
    view = service.get(case_id)
    assert (view.row.status, view.satisfaction, view.resolution) == (
        ComplaintStatus.CLOSED,
        4,
        "Sent a new one.",
    )
    assert [e[1] for e in _events(ctx, case_id)] == [
        "new",
        "acknowledged",
        "waiting_on_customer",
        "investigating",
        "resolved",
        "closed",
    ]
    with ctx.db.read() as session:
        actions = list(session.scalars(select(AuditLog.action).order_by(AuditLog.id)))
    assert actions.count("complaint.status") == 5


def test_reopen_counts_and_goes_back_to_investigating(ctx: AppContext) -> None:
    service = ctx.complaints
    case_id = _open(ctx, _customer(ctx))
    for step in (ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED):
        service.transition(case_id, step)
    service.transition(case_id, ComplaintStatus.INVESTIGATING)
    view = service.get(case_id)
    assert (view.row.status, view.reopen_count, view.resolved_at, view.closed_at) == (
        ComplaintStatus.INVESTIGATING,
        1,
        None,
        None,
    )


def test_priority_change_recomputes_due_times(ctx: AppContext) -> None:
    case_id = _open(ctx, _customer(ctx))
    ctx.complaints.set_priority(case_id, Priority.URGENT)
    view = ctx.complaints.get(case_id)
    assert view.first_response_due_at == MONDAY_10 + timedelta(hours=1)
    # 8 h: Monday 10-16 UTC (Berlin 11-17) is 6 h, then Tuesday 08-10 UTC.
    assert view.resolution_due_at == MONDAY_10 + timedelta(days=1)
    assert _events(ctx, case_id)[-1] == ("priority", None, "normal → urgent")


def test_refund_writes_a_ledger_row_and_respects_what_was_paid(ctx: AppContext) -> None:
    contact = _customer(ctx, paid_minor=5_000)
    case_id = _open(ctx, contact)
    with pytest.raises(UserError, match="can't be negative"):
        ctx.complaints.record_remedy(case_id, Remedy.REFUND, amount_minor=-100, currency="EUR")
    with pytest.raises(UserError, match=r"more than the 50\.00 EUR this customer has paid"):
        ctx.complaints.record_remedy(case_id, Remedy.REFUND, amount_minor=6_000, currency="EUR")
    changes = ctx.complaints.record_remedy(
        case_id, Remedy.REFUND, amount_minor=2_000, currency="eur"
    )
    assert ctx.complaints.total_paid(contact, "EUR") == 3_000
    ctx.complaints.record_remedy(
        case_id,
        Remedy.REFUND,
        amount_minor=4_000,
        currency="EUR",
        override_reason="Goodwill for a loyal customer",
    )
    with ctx.db.read() as session:
        txns = session.execute(
            select(Txn.id, Txn.kind, Txn.amount_minor, Txn.currency, Txn.complaint_id).where(
                Txn.kind == "refund"
            )
        ).all()
        detail = session.scalars(
            select(AuditLog.detail).where(AuditLog.action == "complaint.remedy")
        ).all()
    assert [(t.kind, t.amount_minor, t.currency, t.complaint_id) for t in txns] == [
        ("refund", 2_000, "EUR", case_id),
        ("refund", 4_000, "EUR", case_id),
    ]
    assert changes.txns == {txns[0].id}
    assert detail == ["remedy=refund", "remedy=refund override=over-paid-total"]
    assert "override: Goodwill" in (_events(ctx, case_id)[-1][2] or "")
    assert len(ctx.complaints.get(case_id).remedies) == 2


def test_credit_needs_an_amount_and_apology_needs_none(ctx: AppContext) -> None:
    case_id = _open(ctx, _customer(ctx))
    with pytest.raises(UserError, match="A credit needs an amount"):
        ctx.complaints.record_remedy(case_id, Remedy.CREDIT, currency="EUR")
    ctx.complaints.record_remedy(case_id, Remedy.CREDIT, amount_minor=99_999, currency="EUR")
    ctx.complaints.record_remedy(case_id, Remedy.APOLOGY)
    view = ctx.complaints.get(case_id)
    assert (view.remedy, view.remedy_amount_minor) == (Remedy.APOLOGY, None)
    assert [r.kind for r in view.remedies] == ["credit"]


def test_every_remedy_given_is_listed_and_a_mistaken_one_reversed(
    ctx: AppContext, clock: FixedClock
) -> None:
    contact = _customer(ctx, paid_minor=5_000)
    case_id = _open(ctx, contact)
    ctx.complaints.record_remedy(case_id, Remedy.APOLOGY)
    clock.advance(timedelta(minutes=5))
    ctx.complaints.record_remedy(case_id, Remedy.REFUND, amount_minor=2_000, currency="EUR")
    clock.advance(timedelta(minutes=5))
    ctx.complaints.record_remedy(case_id, Remedy.CREDIT, amount_minor=500, currency="EUR")
    given = ctx.complaints.get(case_id).given
    assert [(g.remedy, g.amount_minor, g.currency, g.at) for g in given] == [
        (Remedy.APOLOGY, None, None, MONDAY_10),
        (Remedy.REFUND, 2_000, "EUR", MONDAY_10 + timedelta(minutes=5)),
        (Remedy.CREDIT, 500, "EUR", MONDAY_10 + timedelta(minutes=10)),
    ]
    clock.advance(timedelta(minutes=5))
    changes = ctx.complaints.reverse_remedy(case_id, given[2])  # the credit was a slip
    view = ctx.complaints.get(case_id)
    assert [g.reversed_at for g in view.given] == [None, None, MONDAY_10 + timedelta(minutes=15)]
    assert (view.remedy, view.remedy_amount_minor, view.remedy_currency) == (
        Remedy.REFUND,
        2_000,
        "EUR",
    )
    assert [(r.kind, r.amount_minor) for r in view.remedies] == [
        ("refund", 2_000),
        ("credit", 500),
        ("credit", -500),
    ]
    assert changes.txns == {view.remedies[-1].id}
    assert _events(ctx, case_id)[-1] == ("remedy_reversed", None, "credit 5.00 EUR")
    with pytest.raises(UserError, match="already reversed"):
        ctx.complaints.reverse_remedy(case_id, given[2])
    ctx.complaints.reverse_remedy(case_id, given[1])
    assert ctx.complaints.total_paid(contact, "EUR") == 5_000  # the refund is paid back in
    ctx.complaints.reverse_remedy(case_id, given[0])
    view = ctx.complaints.get(case_id)
    assert all(g.reversed_at is not None for g in view.given)
    assert view.remedy is Remedy.NONE
    with ctx.db.read() as session:
        audited = session.scalars(
            select(AuditLog.detail).where(AuditLog.action == "complaint.remedy_reverse")
        ).all()
    assert [d.split()[0] for d in audited] == ["remedy=credit", "remedy=refund", "remedy=apology"]


def test_recovery_after_resolution_links_a_survey(ctx: AppContext, clock: FixedClock) -> None:
    contact = _customer(ctx)
    with ctx.db.write() as session:
        session.add(
            SurveyResponse(
                contact_id=contact, kind="nps", score=3, answered_at=MONDAY_10 - timedelta(days=9)
            )
        )
    case_id = _open(ctx, contact)
    with pytest.raises(UserError, match="once the complaint is resolved"):
        ctx.complaints.record_recovery(case_id, 4)
    ctx.complaints.transition(case_id, ComplaintStatus.ACKNOWLEDGED)
    ctx.complaints.transition(case_id, ComplaintStatus.RESOLVED)
    clock.advance(timedelta(days=2))
    with pytest.raises(UserError, match="NPS score must be between 0 and 10, not 11"):
        ctx.complaints.record_recovery(case_id, 5, (SurveyKind.NPS, 11))
    ctx.complaints.record_recovery(case_id, 5, (SurveyKind.NPS, 9))
    view = ctx.complaints.get(case_id)
    nps = view.recovery[0]
    assert (view.satisfaction, nps.before, nps.before_count, nps.after, nps.after_count) == (
        5,
        3.0,
        1,
        9.0,
        1,
    )
    with ctx.db.read() as session:
        linked = session.scalar(select(func.count()).where(SurveyResponse.complaint_id == case_id))
    assert linked == 1


def test_queues_and_overdue(ctx: AppContext, clock: FixedClock) -> None:
    contact = _customer(ctx)
    urgent = _open(ctx, contact, priority=Priority.URGENT)
    normal = _open(ctx, contact)
    waiting = _open(ctx, contact, priority=Priority.LOW)
    ctx.complaints.transition(waiting, ComplaintStatus.ACKNOWLEDGED)
    ctx.complaints.transition(waiting, ComplaintStatus.WAITING_ON_CUSTOMER)
    clock.advance(timedelta(hours=2))  # the urgent first response was due an hour ago
    service = ctx.complaints
    assert service.ids("due", False, ComplaintFilter(Queue.OVERDUE)) == [urgent]
    assert service.ids("due", False, ComplaintFilter(Queue.DUE_TODAY)) == []
    assert service.ids("due", False, ComplaintFilter(Queue.WAITING)) == [waiting]
    assert set(service.ids("number", True, ComplaintFilter(Queue.OPEN))) == {
        urgent,
        normal,
        waiting,
    }
    rows = service.rows([urgent, normal, waiting])
    assert rows[urgent].sla.state is SlaState.BREACHED
    assert rows[urgent].sla.left == -timedelta(hours=1)
    assert rows[waiting].sla.state is SlaState.PAUSED
    assert service.counts()[Queue.OVERDUE] == 1
    assert service.ids("customer", False, ComplaintFilter(Queue.ALL, contact)) != []


def test_recompute_puts_wall_clock_due_times_into_business_hours(ctx: AppContext) -> None:
    case_id = _open(ctx, _customer(ctx))
    with ctx.db.write() as session:
        session.get_one(Complaint, case_id).resolution_due_at = MONDAY_10 + timedelta(days=5)
    result = ctx.complaints.recompute_sla()
    assert (result.open_cases, result.changed) == (1, 1)
    assert ctx.complaints.get(case_id).resolution_due_at == datetime(2026, 3, 9, 10, tzinfo=UTC)
    assert ctx.complaints.recompute_sla().changed == 0


def test_settings_round_trip_and_change_the_clocks(ctx: AppContext) -> None:
    settings = ComplaintSettings(time_zone="UTC", holidays=["2026-03-03"])
    ctx.settings.save_complaints(settings)
    ctx.complaints.reload_settings()
    assert ctx.settings.complaints().holidays == ["2026-03-03"]
    view = ctx.complaints.get(_open(ctx, _customer(ctx)))
    assert view.first_response_due_at == datetime(2026, 3, 4, 10, tzinfo=UTC)  # Tuesday is off
    with pytest.raises(UserError, match="urgent SLA needs"):
        ctx.settings.save_complaints(ComplaintSettings(sla_hours={"urgent": [9, 8]}))


def test_public_holidays_and_own_closing_days_stop_the_clock(
    ctx: AppContext, clock: FixedClock
) -> None:
    """Bavaria's Epiphany (Tuesday 6 January 2026) and the shop's own stocktaking day
    (Wednesday 7 January) both pause the SLA clock; both settings are stored and read back."""
    clock.set(datetime(2026, 1, 5, 10, tzinfo=UTC))  # Monday
    settings = ComplaintSettings(
        time_zone="UTC",
        holidays=["2026-01-07"],
        holiday_names={"2026-01-07": "Stocktaking"},
        holiday_country="DE",
        holiday_region="BY",
    )
    ctx.settings.save_complaints(settings)
    ctx.complaints.reload_settings()
    assert ctx.settings.complaints() == settings
    view = ctx.complaints.get(_open(ctx, _customer(ctx)))
    assert view.first_response_due_at == datetime(2026, 1, 8, 10, tzinfo=UTC)  # Thursday
    with pytest.raises(UserError, match="'XY' is not a region of DE"):
        ctx.settings.save_complaints(replace(settings, holiday_region="XY"))
    with pytest.raises(UserError, match="closing day 2026-01-07 is longer than 200"):
        ctx.settings.save_complaints(replace(settings, holiday_names={"2026-01-07": "x" * 201}))


def test_assign_classify_note_reply_and_link_order(ctx: AppContext) -> None:
    contact = _customer(ctx)
    with ctx.db.write() as session:
        staff = Staff(name="Eva Roth")
        session.add(staff)
        session.flush()
        staff_id = staff.id
    case_id = _open(ctx, contact)
    service = ctx.complaints
    service.assign(case_id, staff_id)
    service.classify(case_id, "billing error", "system")
    service.add_note(case_id, "Checked the invoice.")
    service.reply(case_id, "Sorry, we are on it.")
    order = service.get(case_id).recent_orders[0]
    service.link_order(case_id, order.id)
    view = service.get(case_id)
    assert (view.row.owner, view.row.category, view.root_cause) == (
        "Eva Roth",
        "billing error",
        "system",
    )
    assert view.first_response_at == MONDAY_10  # the reply answered the customer
    assert [o.reference for o in view.linked_orders] == ["SO-1"]
    assert [e[0] for e in _events(ctx, case_id)][1:] == [
        "owner",
        "category",
        "note",
        "reply",
        "order",
    ]
    with pytest.raises(UserError, match="Write the note"):
        service.add_note(case_id, " ")
