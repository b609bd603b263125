"""Free-text search over interactions through interaction_fts: word prefixes with accents and
case folded, kept in step with edits and deletes, gone after a GDPR erase, interruptible."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from app.bootstrap import AppContext
from app.domain.enums import Channel
from app.services import timeline
from app.services.contacts import ContactDraft
from app.services.interactions import InteractionDraft, prefix_match
from app.services.timeline import QueryCancelled, Source, TimelineFilter
from app.storage.models import Interaction, Txn
from app.storage.records import stamp_new
from sqlalchemy import delete, text

T0 = datetime(2026, 2, 1, 12, 0, tzinfo=UTC)


def _contact(ctx: AppContext, first: str = "Anna") -> int:
    return ctx.contacts.create(ContactDraft(first_name=first, last_name="Berg")).id


def _log(ctx: AppContext, contact_id: int, hours: int, **kw: object) -> int:
    draft = InteractionDraft(
        contact_id=contact_id,
        occurred_at=T0 - timedelta(hours=hours),
        **kw,  # type: ignore[arg-type]
    )
    return ctx.interactions.log(draft).id


def _found(ctx: AppContext, words: str, **kw: object) -> list[int]:
    page = ctx.timeline.page(TimelineFilter(text=words, **kw))  # type: ignore[arg-type]
    return [e.source_id for e in page.entries if e.source is Source.INTERACTION]


def _indexed_terms(ctx: AppContext) -> set[str]:
    """Every term the index holds (fts5vocab reads the index itself, not the table)."""
    with ctx.db.read() as session:
        session.execute(
            text(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.interaction_terms "
                "USING fts5vocab(main, interaction_fts, 'row')"
            )
        )
        return set(session.scalars(text("SELECT term FROM temp.interaction_terms")))


def test_prefix_match_quotes_every_word() -> None:
    assert prefix_match('call "Anna" OR NEAR(') == '"call"* AND "Anna"* AND "OR"* AND "NEAR"*'
    assert prefix_match("  -- %% ") is None


def test_the_contact_picker_takes_a_folded_word_after_another(ctx: AppContext) -> None:
    """A word with a second spelling becomes a bracketed OR group, which FTS5 refuses after
    another term without an explicit AND (found by the slow fuzz test: 'a\x00bß')."""
    ctx.contacts.create(ContactDraft(first_name="Anna", last_name="Boß"))
    assert [c.display_name for c in ctx.interactions.find_contacts("an boß")] == ["Anna Boß"]
    assert [c.display_name for c in ctx.interactions.find_contacts("an boss")] == ["Anna Boß"]


def test_words_are_found_by_prefix_without_accents_or_case(ctx: AppContext) -> None:
    anna = _contact(ctx)
    quote = _log(ctx, anna, 1, subject="Sent quote to Müller", body="Prices for Zürich")
    _log(ctx, anna, 2, subject="Left voicemail", outcome="Call back Friday")
    assert _found(ctx, "muller") == [quote]
    assert _found(ctx, "ZUR") == [quote]
    assert _found(ctx, "quo mül") == [quote]  # every word, each as a prefix
    assert _found(ctx, "fri")  # the outcome is searched too
    assert _found(ctx, "uote") == []  # prefixes, not inner substrings
    assert _found(ctx, "%%") == _found(ctx, "")  # nothing searchable: no text filter


def test_index_follows_edits_and_deletes(ctx: AppContext) -> None:
    anna = _contact(ctx)
    row = _log(ctx, anna, 1, subject="Discussed the pelican order")
    ctx.interactions.update(
        row, InteractionDraft(contact_id=anna, occurred_at=T0, subject="Discussed the heron order")
    )
    assert _found(ctx, "pelican") == []
    assert _found(ctx, "heron") == [row]
    ctx.interactions.delete(row)
    assert _found(ctx, "heron") == []  # soft-deleted rows stay indexed but are not shown
    ctx.interactions.restore(row)
    assert _found(ctx, "heron") == [row]
    with ctx.db.write() as session:
        session.execute(delete(Interaction).where(Interaction.id == row))
    assert "heron" not in _indexed_terms(ctx)


def test_both_search_plans_give_the_same_pages(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna, bert = _contact(ctx), _contact(ctx, "Bert")
    for i in range(12):
        _log(ctx, anna if i % 2 else bert, i, subject=f"Quote {i}", channel=Channel.EMAIL)
        _log(ctx, anna, i, subject=f"Visit {i}", channel=Channel.PHONE)
    few = [_found(ctx, "quote"), _found(ctx, "quote", contact_id=anna)]
    monkeypatch.setattr(timeline, "FEW_MATCHES", 2)  # walk the time index instead
    assert [_found(ctx, "quote"), _found(ctx, "quote", contact_id=anna)] == few
    assert len(few[0]) == 12
    assert len(few[1]) == 6
    pages, after = [], None
    while True:
        page = ctx.timeline.page(TimelineFilter(text="quote"), after, limit=5)
        pages.extend(e.source_id for e in page.entries)
        if page.next_cursor is None:
            break
        after = page.next_cursor
    assert pages == few[0]


def test_channel_counts_follow_the_text(ctx: AppContext) -> None:
    anna = _contact(ctx)
    _log(ctx, anna, 1, subject="Quote sent", channel=Channel.EMAIL)
    _log(ctx, anna, 2, subject="Quote call", channel=Channel.PHONE)
    _log(ctx, anna, 3, subject="Birthday call", channel=Channel.PHONE)
    assert ctx.timeline.channel_counts(TimelineFilter(text="quote")) == {"email": 1, "phone": 1}
    assert ctx.timeline.channel_counts(TimelineFilter(text="quote", contact_id=anna)) == {
        "email": 1,
        "phone": 1,
    }
    assert ctx.timeline.channel_counts(TimelineFilter(text="call")) == {"phone": 2}


def test_a_cancelled_search_is_interrupted(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = _contact(ctx)
    _log(ctx, anna, 1, subject="Quote sent")
    monkeypatch.setattr(timeline, "PROGRESS_STEPS", 1)  # a tiny database finishes in fewer
    with pytest.raises(QueryCancelled):
        ctx.timeline.page(TimelineFilter(text="quote"), cancelled=lambda: True)
    with pytest.raises(QueryCancelled):
        ctx.timeline.channel_counts(TimelineFilter(text="quote"), cancelled=lambda: True)
    assert _found(ctx, "quote")  # the pooled connection works normally afterwards


def test_erased_words_leave_the_index(ctx: AppContext) -> None:
    erin, anna = _contact(ctx, "Erin"), _contact(ctx)
    _log(ctx, erin, 1, subject="Kestrel quote", body="Lives at Wren Lane", outcome="flamingo")
    kept = _log(ctx, anna, 1, subject="Kestrel visit")
    ctx.privacy.erase(erin)
    assert _found(ctx, "wren") == []
    assert _found(ctx, "flamingo") == []
    assert _found(ctx, "kestrel") == [kept]
    terms = _indexed_terms(ctx)
    assert {"wren", "lane", "flamingo", "quote"}.isdisjoint(terms)
    assert "kestrel" in terms


def test_other_sources_match_by_substring_globally_and_per_contact(ctx: AppContext) -> None:
    anna, bert = _contact(ctx), _contact(ctx, "Bert")
    with ctx.db.write() as session:
        for contact, reference in ((anna, "SO-0042"), (bert, "SO-0043")):
            row = Txn(
                contact_id=contact,
                occurred_at=T0,
                kind="order",
                amount_minor=1000,
                currency="EUR",
                reference=reference,
            )
            stamp_new(row, T0)
            session.add(row)

    def ledger(**kw: object) -> list[int]:
        page = ctx.timeline.page(TimelineFilter(**kw))  # type: ignore[arg-type]
        return [e.contact_id for e in page.entries if e.source is Source.LEDGER]

    assert sorted(ledger(text="so-004")) == sorted([anna, bert])
    assert ledger(text="0042") == [anna]
    assert ledger(text="so-004", contact_id=bert) == [bert]


def test_small_pages_of_a_search_mix_sources_like_one_big_page(ctx: AppContext) -> None:
    """A page of interactions bounds how far back the other sources are read: entries of
    other sources in between, tied in time or older than every interaction still come."""
    anna = _contact(ctx)
    for hour in range(6):
        _log(ctx, anna, hour, subject=f"Quote {hour}")
    with ctx.db.write() as session:
        for minutes in (30, 120, 150, 420):  # between, tied with "Quote 2", between, oldest
            row = Txn(
                contact_id=anna,
                occurred_at=T0 - timedelta(minutes=minutes),
                kind="order",
                amount_minor=100,
                currency="EUR",
                description="quote accepted",
            )
            stamp_new(row, T0)
            session.add(row)
    whole = [e.key for e in ctx.timeline.page(TimelineFilter(text="quote")).entries]
    assert len(whole) == 10
    for limit in (1, 2, 3, 4):
        pages, after = [], None
        while True:
            page = ctx.timeline.page(TimelineFilter(text="quote"), after, limit=limit)
            pages.extend(e.key for e in page.entries)
            if page.next_cursor is None:
                break
            after = page.next_cursor
        assert pages == whole
