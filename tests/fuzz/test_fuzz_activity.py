"""Wild input at the activity entry points: the quick log (its "yesterday 15:00" time parser,
interaction and follow-up task), tasks, and complaints (open, transition, remedy, notes)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from app.bootstrap import AppContext
from app.domain.clock import FixedClock
from app.domain.enums import Channel, ComplaintStatus, Direction, Priority, Remedy
from app.domain.errors import UserError
from app.domain.when import parse_when
from app.services.complaints import ComplaintDraft
from app.services.contacts import ContactDraft
from app.services.interactions import InteractionDraft
from app.services.tasks import TaskDraft
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.wild import BUDGETS, assert_sound, calmly, fuzz, wild_text

moments = st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)
)
small_ints = st.none() | st.integers(min_value=-(2**63), max_value=2**63 - 1)


@pytest.mark.parametrize("examples", BUDGETS)
def test_time_parser_answers_a_moment_or_says_why(clock: FixedClock, examples: int) -> None:
    @fuzz(examples)
    @given(text=wild_text | st.sampled_from(["yesterday 15:00", "in 99999999999 days", "friday"]))
    def check(text: str) -> None:
        found = calmly(parse_when, text, clock.now(), UTC)
        if not isinstance(found, UserError):
            assert found.tzinfo is not None

    check()


@pytest.mark.parametrize("examples", BUDGETS)
def test_quick_log_and_tasks_store_or_refuse_in_words(ctx: AppContext, examples: int) -> None:
    contact = ctx.contacts.create(ContactDraft(first_name="Ada", email="ada@example.org")).id

    @fuzz(examples)
    @given(
        when=moments,
        subject=wild_text,
        body=wild_text,
        outcome=wild_text,
        minutes=small_ints,
        title=wild_text,
        notes=wild_text,
        repeat=small_ints,
        channel=st.sampled_from(Channel),
        direction=st.sampled_from(Direction),
    )
    def check(
        *,
        when: datetime,
        subject: str,
        body: str,
        outcome: str,
        minutes: int | None,
        title: str,
        notes: str,
        repeat: int | None,
        channel: Channel,
        direction: Direction,
    ) -> None:
        log = InteractionDraft(
            contact_id=contact,
            occurred_at=when,
            channel=channel,
            direction=direction,
            subject=subject,
            body=body,
            duration_minutes=minutes,
            outcome=outcome,
        )
        task = TaskDraft(
            title=title,
            contact_id=contact,
            due_at=when,
            notes=notes,
            remind_at=when,
            repeat_every_days=repeat,
        )
        calmly(ctx.tasks.log_with_follow_up, log, task)
        made = calmly(ctx.tasks.create, task)
        if not isinstance(made, UserError):
            calmly(ctx.tasks.snooze, made.id, when)
            calmly(ctx.tasks.complete, made.id, log)
        calmly(ctx.tasks.stay_in_touch, contact, repeat or 0)

    check()
    assert_sound(ctx)


@pytest.mark.parametrize("examples", BUDGETS)
def test_complaints_store_or_refuse_in_words(ctx: AppContext, examples: int) -> None:
    contact = ctx.contacts.create(ContactDraft(first_name="Ada", email="ada@example.org")).id

    @fuzz(examples)
    @given(
        category=wild_text,
        description=wild_text,
        text=wild_text,
        opened=st.none() | moments,
        target=st.sampled_from(ComplaintStatus),
        satisfaction=small_ints,
        remedy=st.sampled_from(Remedy),
        amount=small_ints,
        currency=st.none() | wild_text,
        priority=st.sampled_from(Priority),
    )
    def check(
        *,
        category: str,
        description: str,
        text: str,
        opened: datetime | None,
        target: ComplaintStatus,
        satisfaction: int | None,
        remedy: Remedy,
        amount: int | None,
        currency: str | None,
        priority: Priority,
    ) -> None:
        draft = ComplaintDraft(contact, Channel.EMAIL, category, priority, description, opened)
        case = calmly(ctx.complaints.open, draft)
        if isinstance(case, UserError):
            case = ctx.complaints.open(
                ComplaintDraft(contact, Channel.EMAIL, "delivery", priority, "Late parcel")
            )
        calmly(ctx.complaints.add_note, case.id, text)
        calmly(ctx.complaints.reply, case.id, text)
        calmly(ctx.complaints.classify, case.id, category, text or None)
        calmly(
            ctx.complaints.record_remedy,
            case.id,
            remedy,
            amount_minor=amount,
            currency=currency,
            override_reason=text,
        )
        calmly(ctx.complaints.transition, case.id, target, note=text, satisfaction=satisfaction)
        calmly(ctx.complaints.get, case.id)

    check()
    calmly(ctx.complaints.recompute_sla)
    assert_sound(ctx)


def test_far_future_snooze_and_repeat_are_refused_or_kept(
    ctx: AppContext, clock: FixedClock
) -> None:
    task = ctx.tasks.create(TaskDraft(title="Call", due_at=clock.now() + timedelta(days=1)))
    calmly(ctx.tasks.snooze, task.id, datetime(9999, 12, 31, 23, 59, tzinfo=UTC))
    assert_sound(ctx)
