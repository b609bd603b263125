"""The merged stream: every source, newest first, keyset pages without gaps, filters in SQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from app.bootstrap import AppContext
from app.domain.clock import FixedClock
from app.domain.enums import Channel, Direction
from app.domain.errors import UserError
from app.services.contacts import ContactDraft
from app.services.interactions import InteractionDraft
from app.services.tasks import TaskDraft
from app.services.timeline import (
    ComplaintFacts,
    InteractionFacts,
    LedgerFacts,
    Source,
    TimelineFilter,
    TimelineKind,
)
from app.storage.models import Complaint, ComplaintEvent, Consent, Staff, SurveyResponse, Txn
from app.storage.records import stamp_new

T0 = datetime(2026, 2, 1, 12, 0, tzinfo=UTC)


def _contact(ctx: AppContext, first: str = "Anna") -> int:
    return ctx.contacts.create(ContactDraft(first_name=first, last_name="Berg")).id


def _log(ctx: AppContext, contact_id: int, at: datetime, **kw: object) -> int:
    draft = InteractionDraft(contact_id=contact_id, occurred_at=at, **kw)  # type: ignore[arg-type]
    return ctx.interactions.log(draft).id


def _seed_other_sources(ctx: AppContext, contact_id: int) -> None:
    with ctx.db.write() as s:
        complaint = Complaint(
            number="C-2026-0001", contact_id=contact_id, opened_at=T0, channel="email"
        )
        rows = [
            Txn(
                contact_id=contact_id,
                occurred_at=T0 + timedelta(hours=1),
                kind="order",
                amount_minor=12345,
                currency="EUR",
                reference="SO-1",
            ),
            Txn(
                contact_id=contact_id,
                occurred_at=T0 + timedelta(hours=2),
                kind="refund",
                amount_minor=2000,
                currency="EUR",
            ),
            SurveyResponse(
                contact_id=contact_id,
                kind="nps",
                score=9,
                comment="Great",
                answered_at=T0 + timedelta(hours=3),
                channel="email",
            ),
            Consent(
                contact_id=contact_id,
                purpose="email_marketing",
                granted=False,
                at=T0 + timedelta(hours=4),
                evidence="unsubscribe link",
            ),
            complaint,
        ]
        for row in rows:
            stamp_new(row, T0)
        s.add_all(rows)
        s.flush()
        event = ComplaintEvent(
            complaint_id=complaint.id,
            at=T0 + timedelta(hours=5),
            kind="status",
            from_status="new",
            to_status="acknowledged",
            actor="Sam",
        )
        stamp_new(event, T0)
        s.add(event)


def test_stream_mixes_every_source_newest_first(ctx: AppContext, clock: FixedClock) -> None:
    anna = _contact(ctx)
    _seed_other_sources(ctx, anna)
    _log(ctx, anna, T0, subject="Intro call", body="Long notes\nsecond line")
    task = ctx.tasks.create(TaskDraft(title="Send brochure", contact_id=anna))
    clock.set(T0 + timedelta(hours=6))
    ctx.tasks.complete(task.id)
    page = ctx.timeline.page(TimelineFilter(contact_id=anna))
    assert [e.kind for e in page.entries] == [
        TimelineKind.TASK,
        TimelineKind.COMPLAINT,
        TimelineKind.CONSENT,
        TimelineKind.SURVEY,
        TimelineKind.REFUND,
        TimelineKind.ORDER,
        TimelineKind.INTERACTION,
    ]
    facts = [e.facts for e in page.entries]
    assert facts[1] == ComplaintFacts("C-2026-0001", "status", "new", "acknowledged", "")
    assert LedgerFacts(12345, "EUR", "SO-1", "") in facts
    assert isinstance(facts[-1], InteractionFacts)
    assert facts[-1].body == "Long notes\nsecond line"
    assert all(e.contact_name == "Anna Berg" for e in page.entries)
    assert page.next_cursor is None


def test_keyset_pages_cover_the_stream_once_even_with_ties(ctx: AppContext) -> None:
    anna = _contact(ctx)
    expected = {_log(ctx, anna, T0 + timedelta(minutes=i // 3)) for i in range(25)}
    seen: list[int] = []
    cursor = None
    while True:
        page = ctx.timeline.page(TimelineFilter(), cursor, limit=4)
        seen += [e.source_id for e in page.entries]
        times = [e.at for e in page.entries]
        assert times == sorted(times, reverse=True)
        cursor = page.next_cursor
        if cursor is None:
            break
    assert sorted(seen) == sorted(expected)
    assert len(seen) == len(set(seen))


def test_filters_by_channel_kind_staff_dates_and_text(ctx: AppContext) -> None:
    anna, ben = _contact(ctx), _contact(ctx, "Ben")
    with ctx.db.write() as s:
        sam = Staff(name="Sam")
        stamp_new(sam, T0)
        s.add(sam)
        s.flush()
        sam_id = sam.id
    call = _log(ctx, anna, T0, channel=Channel.PHONE, subject="Left voicemail", staff_id=sam_id)
    mail = _log(ctx, ben, T0 + timedelta(days=1), channel=Channel.EMAIL, subject="Quote 50%")
    _seed_other_sources(ctx, anna)

    def ids(**kw: object) -> list[tuple[int, int]]:
        return [e.key for e in ctx.timeline.page(TimelineFilter(**kw)).entries]  # type: ignore[arg-type]

    assert ids(channels=frozenset({"phone"})) == [(Source.INTERACTION, call)]
    assert set(ids(channels=frozenset({"phone", "email"}))) >= {
        (Source.INTERACTION, call),
        (Source.INTERACTION, mail),
    }
    assert ids(staff_id=sam_id) == [(Source.INTERACTION, call)]
    assert ids(text="50%") == [(Source.INTERACTION, mail)]
    assert ids(text="VOICEMAIL") == [(Source.INTERACTION, call)]
    kinds = {
        e.kind
        for e in ctx.timeline.page(TimelineFilter(kinds=frozenset({TimelineKind.REFUND}))).entries
    }
    assert kinds == {TimelineKind.REFUND}
    window = TimelineFilter(since=T0 + timedelta(hours=12), until=T0 + timedelta(days=2))
    assert [e.source_id for e in ctx.timeline.page(window).entries] == [mail]
    counts = ctx.timeline.channel_counts(TimelineFilter(channels=frozenset({"phone"})))
    assert counts == {"phone": 1, "email": 2}  # one e-mail interaction, one e-mail survey


def test_deleted_interaction_leaves_and_restore_brings_it_back(ctx: AppContext) -> None:
    anna = _contact(ctx)
    call = _log(ctx, anna, T0, subject="Call")
    ctx.interactions.delete(call)
    assert ctx.timeline.page(TimelineFilter(contact_id=anna)).entries == ()
    with pytest.raises(UserError, match="was deleted"):
        ctx.interactions.get(call)
    ctx.interactions.restore(call)
    assert [e.source_id for e in ctx.timeline.page(TimelineFilter(contact_id=anna)).entries] == [
        call
    ]


def test_edit_validates_and_keeps_plain_text(ctx: AppContext) -> None:
    anna = _contact(ctx)
    call = _log(ctx, anna, T0, subject="Call")
    row = ctx.interactions.update(
        call,
        InteractionDraft(
            anna, T0, Channel.MEETING, Direction.INBOUND, "", "<b>see https://x.y</b>", 30
        ),
    )
    assert row.subject == "<b>see https://x.y</b>"
    assert row.duration_minutes == 30
    with pytest.raises(UserError, match="between 0 and 24 hours"):
        ctx.interactions.update(call, InteractionDraft(anna, T0, duration_minutes=2000))


def test_contact_picker_uses_prefixes(ctx: AppContext) -> None:
    anna = _contact(ctx)
    _contact(ctx, "Annabel")
    _contact(ctx, "Ben")
    assert {c.display_name for c in ctx.interactions.find_contacts("ann")} == {
        "Anna Berg",
        "Annabel Berg",
    }
    assert next(c.id for c in ctx.interactions.find_contacts("anna be")) == anna
    assert ctx.interactions.find_contacts('"*') == []
