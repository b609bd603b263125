"""The case workflow: every legal and illegal step, reopen rules, SLA clock states, numbers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import product

import pytest
from app.domain.business_hours import BusinessCalendar, office_week
from app.domain.complaint_workflow import (
    CaseTimes,
    SlaState,
    SlaTargets,
    check_transition,
    counts_as_first_response,
    format_case_number,
    is_reopen,
    next_statuses,
    parse_case_number,
    pauses_clock,
    sla_clock,
)
from app.domain.enums import ComplaintStatus as S
from app.domain.errors import UserError

LEGAL = {
    (S.NEW, S.ACKNOWLEDGED),
    (S.NEW, S.INVESTIGATING),
    (S.ACKNOWLEDGED, S.INVESTIGATING),
    (S.ACKNOWLEDGED, S.WAITING_ON_CUSTOMER),
    (S.ACKNOWLEDGED, S.RESOLVED),
    (S.INVESTIGATING, S.WAITING_ON_CUSTOMER),
    (S.INVESTIGATING, S.RESOLVED),
    (S.WAITING_ON_CUSTOMER, S.INVESTIGATING),
    (S.WAITING_ON_CUSTOMER, S.RESOLVED),
    (S.RESOLVED, S.CLOSED),
    (S.RESOLVED, S.INVESTIGATING),
    (S.CLOSED, S.INVESTIGATING),
}
ILLEGAL = sorted(set(product(S, S)) - LEGAL)


@pytest.mark.parametrize(("current", "target"), sorted(LEGAL))
def test_legal_steps_are_allowed_and_offered(current: S, target: S) -> None:
    check_transition(current, target)
    assert target in next_statuses(current)


@pytest.mark.parametrize(("current", "target"), ILLEGAL)
def test_illegal_steps_are_refused(current: S, target: S) -> None:
    with pytest.raises(UserError) as caught:
        check_transition(current, target)
    assert target not in next_statuses(current)
    assert str(caught.value).endswith(".")


def test_refusals_say_why() -> None:
    with pytest.raises(UserError, match="can't be closed while it is investigating: resolve"):
        check_transition(S.INVESTIGATING, S.CLOSED)
    with pytest.raises(UserError, match="already resolved"):
        check_transition(S.RESOLVED, S.RESOLVED)
    with pytest.raises(UserError, match="from new to resolved; allowed next: acknowledged"):
        check_transition(S.NEW, S.RESOLVED)


def test_reopen_is_going_back_to_investigating_from_a_done_case() -> None:
    assert is_reopen(S.RESOLVED, S.INVESTIGATING)
    assert is_reopen(S.CLOSED, S.INVESTIGATING)
    assert not is_reopen(S.WAITING_ON_CUSTOMER, S.INVESTIGATING)


def test_clock_pauses_only_while_waiting_and_first_response_is_leaving_new() -> None:
    assert [s for s in S if pauses_clock(s)] == [S.WAITING_ON_CUSTOMER]
    assert counts_as_first_response(S.NEW, S.ACKNOWLEDGED)
    assert not counts_as_first_response(S.ACKNOWLEDGED, S.INVESTIGATING)


def test_case_numbers() -> None:
    assert format_case_number(2026, 7) == "C-2026-0007"
    assert format_case_number(2026, 12345) == "C-2026-12345"
    assert parse_case_number("C-2026-0042") == (2026, 42)
    with pytest.raises(UserError, match="'2026-42' is not a case number"):
        parse_case_number("2026-42")


CAL = BusinessCalendar.from_settings(office_week(), (), "UTC")
TARGETS = SlaTargets.hours(4, 16)
MONDAY_9 = datetime(2026, 3, 2, 9, tzinfo=UTC)


def _case(status: S, answered: bool = False, resolved_at: datetime | None = None) -> CaseTimes:
    return CaseTimes(
        status,
        MONDAY_9 + timedelta(hours=4),
        MONDAY_9 + timedelta(days=2),
        MONDAY_9 if answered else None,
        resolved_at,
    )


def test_first_response_clock_runs_until_answered() -> None:
    clock = sla_clock(CAL, TARGETS, _case(S.NEW), MONDAY_9 + timedelta(hours=1))
    assert (clock.state, clock.left, clock.target) == (
        SlaState.ON_TRACK,
        timedelta(hours=3),
        TARGETS.first_response,
    )


def test_under_a_quarter_left_is_at_risk_and_past_due_is_breached() -> None:
    at_risk = sla_clock(CAL, TARGETS, _case(S.NEW), MONDAY_9 + timedelta(hours=3, minutes=30))
    assert at_risk.state is SlaState.AT_RISK
    late = sla_clock(CAL, TARGETS, _case(S.NEW), MONDAY_9 + timedelta(hours=6))
    assert (late.state, late.left) == (SlaState.BREACHED, -timedelta(hours=2))


def test_resolution_clock_after_the_first_answer() -> None:
    clock = sla_clock(CAL, TARGETS, _case(S.INVESTIGATING, answered=True), MONDAY_9)
    # Due Wednesday 09:00: Monday and Tuesday are 16 business hours away.
    assert (clock.state, clock.left) == (SlaState.ON_TRACK, timedelta(hours=16))


def test_waiting_pauses_and_done_cases_are_met_or_missed() -> None:
    now = MONDAY_9 + timedelta(days=5)
    assert sla_clock(CAL, TARGETS, _case(S.WAITING_ON_CUSTOMER), now).state is SlaState.PAUSED
    in_time = _case(S.RESOLVED, True, MONDAY_9 + timedelta(days=1))
    assert sla_clock(CAL, TARGETS, in_time, now).state is SlaState.MET
    late = _case(S.CLOSED, True, MONDAY_9 + timedelta(days=3))
    assert sla_clock(CAL, TARGETS, late, now).state is SlaState.MISSED
