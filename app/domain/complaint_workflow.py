"""The complaint case workflow: which status may follow which, what counts as a reopen, when the
SLA clock pauses, and the case-number format. Pure rules, no storage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from app.domain.business_hours import BusinessCalendar
from app.domain.enums import ComplaintStatus as S
from app.domain.errors import QT_TRANSLATE_NOOP, Term, Terms, UserError

NEXT_STATUSES: dict[S, tuple[S, ...]] = {
    S.NEW: (S.ACKNOWLEDGED, S.INVESTIGATING),
    S.ACKNOWLEDGED: (S.INVESTIGATING, S.WAITING_ON_CUSTOMER, S.RESOLVED),
    S.INVESTIGATING: (S.WAITING_ON_CUSTOMER, S.RESOLVED),
    S.WAITING_ON_CUSTOMER: (S.INVESTIGATING, S.RESOLVED),
    S.RESOLVED: (S.CLOSED, S.INVESTIGATING),
    S.CLOSED: (S.INVESTIGATING,),
}
OPEN_STATUSES = frozenset({S.NEW, S.ACKNOWLEDGED, S.INVESTIGATING, S.WAITING_ON_CUSTOMER})
DONE_STATUSES = frozenset({S.RESOLVED, S.CLOSED})

# How a status reads inside an error sentence (lower case, words).
_LABELS = {
    S.NEW: Term(QT_TRANSLATE_NOOP("UserError", "new")),
    S.ACKNOWLEDGED: Term(QT_TRANSLATE_NOOP("UserError", "acknowledged")),
    S.INVESTIGATING: Term(QT_TRANSLATE_NOOP("UserError", "investigating")),
    S.WAITING_ON_CUSTOMER: Term(QT_TRANSLATE_NOOP("UserError", "waiting on customer")),
    S.RESOLVED: Term(QT_TRANSLATE_NOOP("UserError", "resolved")),
    S.CLOSED: Term(QT_TRANSLATE_NOOP("UserError", "closed")),
}
_NUMBER = re.compile(r"^C-(\d{4})-(\d{4,})$")


def next_statuses(current: S) -> tuple[S, ...]:
    """The legal next steps, in the order the case view offers them."""
    return NEXT_STATUSES[current]


def is_reopen(current: S, target: S) -> bool:
    """Going back from resolved or closed to investigating reopens the case."""
    return current in DONE_STATUSES and target is S.INVESTIGATING


def check_transition(current: S, target: S) -> None:
    """Refuse an illegal step with a sentence that says why."""
    if target in NEXT_STATUSES[current]:
        return
    if target is S.CLOSED:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "A complaint can't be closed while it is {status}: resolve it first."
            ),
            status=_LABELS[current],
        )
    if target is current:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The complaint is already {status}."),
            status=_LABELS[current],
        )
    raise UserError(
        QT_TRANSLATE_NOOP(
            "UserError", "A complaint can't go from {status} to {target}; allowed next: {allowed}."
        ),
        status=_LABELS[current],
        target=_LABELS[target],
        allowed=Terms(tuple(_LABELS[s] for s in NEXT_STATUSES[current])),
    )


def pauses_clock(status: S) -> bool:
    """The resolution clock stops while the business waits on the customer."""
    return status is S.WAITING_ON_CUSTOMER


def counts_as_first_response(current: S, target: S) -> bool:
    """Leaving `new` means someone answered the customer."""
    return current is S.NEW and target is not S.NEW


def format_case_number(year: int, sequence: int) -> str:
    """C-YYYY-NNNN (the sequence widens past 9999 rather than wrapping)."""
    if not sequence >= 1:
        raise ValueError("case sequence numbers start at 1")
    return f"C-{year:04d}-{sequence:04d}"


def parse_case_number(number: str) -> tuple[int, int]:
    match = _NUMBER.match(number)
    if match is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "'{number}' is not a case number like C-2026-0042."),
            number=number,
        )
    return int(match.group(1)), int(match.group(2))


# -- SLA clocks ------------------------------------------------------------------------------


class SlaState(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"  # under a quarter of the target left
    BREACHED = "breached"
    PAUSED = "paused"  # waiting on the customer
    MET = "met"  # resolved in time
    MISSED = "missed"  # resolved late


AT_RISK_SHARE = 0.25
ZERO = timedelta(0)


@dataclass(frozen=True, slots=True)
class SlaTargets:
    """First response and resolution targets, in business time."""

    first_response: timedelta
    resolution: timedelta

    @classmethod
    def hours(cls, first: float, resolution: float) -> SlaTargets:
        return cls(timedelta(hours=first), timedelta(hours=resolution))


@dataclass(frozen=True, slots=True)
class DueTimes:
    first_response: datetime
    resolution: datetime


@dataclass(frozen=True, slots=True)
class SlaClock:
    """Where a case stands against its SLA: `left` is business time, negative once breached."""

    state: SlaState
    due_at: datetime | None
    left: timedelta
    target: timedelta


def due_times(
    calendar: BusinessCalendar, opened_at: datetime, targets: SlaTargets, paused: timedelta
) -> DueTimes:
    """Both clocks start at `opened_at`; the resolution one is pushed back by the paused time."""
    return DueTimes(
        calendar.add(opened_at, targets.first_response),
        calendar.add(opened_at, targets.resolution + paused),
    )


@dataclass(frozen=True, slots=True)
class CaseTimes:
    """The parts of a case that decide its SLA clock."""

    status: S
    first_response_due_at: datetime | None
    resolution_due_at: datetime | None
    first_response_at: datetime | None
    resolved_at: datetime | None


def sla_clock(
    calendar: BusinessCalendar, targets: SlaTargets, case: CaseTimes, now: datetime
) -> SlaClock:
    """The clock that matters now: first response until answered, then resolution."""
    if case.status in DONE_STATUSES:
        due = case.resolution_due_at
        late = due is not None and case.resolved_at is not None and case.resolved_at > due
        return SlaClock(SlaState.MISSED if late else SlaState.MET, due, ZERO, targets.resolution)
    if pauses_clock(case.status):
        return SlaClock(SlaState.PAUSED, None, ZERO, targets.resolution)
    due, target = case.resolution_due_at, targets.resolution
    first_due = case.first_response_due_at if case.first_response_at is None else None
    if first_due is not None and (due is None or first_due < due):
        due, target = first_due, targets.first_response
    if due is None:
        return SlaClock(SlaState.ON_TRACK, None, ZERO, target)
    if now >= due:
        return SlaClock(SlaState.BREACHED, due, -calendar.between(due, now), target)
    left = calendar.between(now, due)
    state = SlaState.AT_RISK if left < target * AT_RISK_SHARE else SlaState.ON_TRACK
    return SlaClock(state, due, left, target)
