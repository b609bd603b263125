"""The contact list's ids (search, filters, sorts in SQL), rows, bulk actions, segments,
duplicates and merge with undo."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from app.bootstrap import AppContext
from app.domain.contact_query import ContactFilter
from app.domain.enums import LifecycleStage, MethodKind
from app.domain.errors import UserError
from app.domain.metrics import RiskReason
from app.services.contacts import ContactDraft, MethodDraft
from app.storage.models import Contact, ContactStats, Interaction, Staff, Txn
from app.storage.records import stamp_new
from sqlalchemy import select


def _stats(ctx: AppContext, contact_id: int, **values: object) -> None:
    """A cached figures row as the analytics refresh writes it (with the contact's sort name)."""
    with ctx.db.write() as session:
        name = session.scalar(select(Contact.sort_name).where(Contact.id == contact_id))
        session.add(ContactStats(contact_id=contact_id, sort_name=name, **values))


def _names(ctx: AppContext, ids: list[int]) -> list[str]:
    rows = ctx.contacts.list_rows(ids)
    return [rows[i].display_name for i in ids]


@pytest.fixture
def three(ctx: AppContext) -> list[int]:
    with ctx.db.write() as session:
        for name in ("Zoe Staff", "Adam Staff"):
            staff = Staff(name=name)
            stamp_new(staff, datetime(2026, 1, 1, tzinfo=UTC))
            session.add(staff)
    owners = {n: i for i, n in ctx.contacts.owners()}
    drafts = (
        ContactDraft(
            "Carl",
            "C",
            company="Beta",
            stage=LifecycleStage.CUSTOMER,
            owner_id=owners["Zoe Staff"],
            email="carl@example.com",
        ),
        ContactDraft(
            "Anna",
            "A",
            company="Alpha",
            stage=LifecycleStage.LOYAL,
            owner_id=owners["Adam Staff"],
            phone="+49 30 1234567",
        ),
        ContactDraft("Bert", "B", stage=LifecycleStage.LEAD, tags=("vip",)),
    )
    return [ctx.contacts.create(d).id for d in drafts]


def test_every_sort_in_both_directions(ctx: AppContext, three: list[int]) -> None:
    carl, anna, bert = three
    _stats(ctx, carl, lifetime_value_minor=500, open_complaints=1)
    _stats(ctx, anna, lifetime_value_minor=900, open_complaints=0)
    expected = {
        "name": [anna, bert, carl],
        "company": [anna, carl, bert],  # no company last
        "stage": [bert, carl, anna],  # lifecycle order: lead, customer, loyal
        "owner": [anna, carl, bert],  # Adam, Zoe, nobody
        "lifetime_value": [carl, anna, bert],  # not computed last
    }
    for sort, ids in expected.items():
        assert ctx.contacts.list_ids(ContactFilter(), sort) == ids, sort
    assert ctx.contacts.list_ids(ContactFilter(), "name", descending=True) == [carl, bert, anna]
    assert ctx.contacts.list_ids(ContactFilter(), "company", descending=True) == [carl, anna, bert]
    assert ctx.contacts.list_ids(ContactFilter(), "lifetime_value", True) == [anna, carl, bert]
    for sort in ("email", "phone", "last_interaction", "open_complaints", "churn_risk"):
        assert sorted(ctx.contacts.list_ids(ContactFilter(), sort)) == sorted(three)
    with pytest.raises(UserError, match="sorted by"):
        ctx.contacts.list_ids(ContactFilter(), "uid")


def test_stats_sort_walks_index_order_and_keeps_to_live_matches(
    ctx: AppContext, three: list[int]
) -> None:
    carl, anna, bert = three
    extra = ctx.contacts.create(ContactDraft("Dora", "D", stage=LifecycleStage.LEAD)).id
    _stats(ctx, carl, lifetime_value_minor=0, open_complaints=2, churn_risk=40)
    _stats(ctx, anna, lifetime_value_minor=0, open_complaints=0, churn_risk=40)
    _stats(ctx, extra, lifetime_value_minor=0, open_complaints=2, churn_risk=None)
    assert ctx.contacts.list_ids(ContactFilter(), "churn_risk") == [anna, carl, bert, extra]
    assert ctx.contacts.list_ids(ContactFilter(), "churn_risk", True) == [
        carl,  # ties by name, reversed with the direction
        anna,
        extra,  # no value: name order, reversed with the direction
        bert,
    ]
    assert ctx.contacts.list_ids(ContactFilter(), "open_complaints", True) == [
        extra,
        carl,
        anna,
        bert,
    ]
    leads = ContactFilter(stages=(LifecycleStage.LEAD,))
    assert ctx.contacts.list_ids(leads, "open_complaints") == [extra, bert]
    ctx.contacts.delete(carl)
    assert ctx.contacts.list_ids(ContactFilter(), "open_complaints") == [anna, extra, bert]
    statements = ctx.contacts.list_ids_sql(ContactFilter(), "churn_risk")
    assert [len(s) for s in statements] == [2, 2]


def test_first_page_is_the_start_of_the_whole_list(ctx: AppContext, three: list[int]) -> None:
    carl, anna, _bert = three
    extra = ctx.contacts.create(ContactDraft("Carla", "D", stage=LifecycleStage.LEAD)).id
    _stats(ctx, carl, lifetime_value_minor=0, open_complaints=2)
    _stats(ctx, anna, lifetime_value_minor=0, open_complaints=0)
    _stats(ctx, extra, lifetime_value_minor=700, open_complaints=2)
    ctx.contacts.delete(anna)
    for query in (ContactFilter(), ContactFilter(stages=(LifecycleStage.LEAD,))):
        for sort in ("lifetime_value", "open_complaints", "name"):
            for descending in (False, True):
                whole = ctx.contacts.list_ids(query, sort, descending)
                first = ctx.contacts.list_first_ids(query, 1, sort, descending)
                assert first == whole[:1], (query, sort, descending)
    # with values for too few contacts, the page is short: the caller reads the whole list
    assert ctx.contacts.list_first_ids(ContactFilter(), 3, "lifetime_value") == [carl, extra]
    assert ctx.contacts.list_first_ids(ContactFilter(text="car"), 1, "lifetime_value") is None
    assert ctx.contacts.list_first_ids(ContactFilter(text="car"), 1, "name", True) == [extra]
    assert ctx.contacts.list_first_ids(ContactFilter(text="car"), 5, "name") == [carl, extra]
    assert ctx.contacts.list_first_ids(ContactFilter(text="zzz"), 5, "name") == []


def test_first_search_hits_follow_each_typed_word_and_filter(
    ctx: AppContext, three: list[int]
) -> None:
    """The first-hits query is compiled once per filter and reused for every word typed: each
    word and each filter still gets its own hits (none carried over from the query before)."""
    carl, anna, bert = three
    carla = ctx.contacts.create(
        ContactDraft("Carla", "D", stage=LifecycleStage.LEAD, tags=("vip",))
    ).id
    queries = [
        ContactFilter(text=text, **extra)  # type: ignore[arg-type]
        for extra in (
            {},
            {"stages": (LifecycleStage.LEAD,)},
            {"tags": ("vip",)},
            {"tags": ("vip",), "contacted_after": date(2026, 1, 1)},
        )
        for text in ("c", "car", "carl", "a", "be", "zzz", "car", "c")
    ]
    for query in queries:
        for descending in (False, True):
            whole = ctx.contacts.list_ids(query, "name", descending)
            assert ctx.contacts.list_first_ids(query, 2, "name", descending) == whole[:2], query
    assert ctx.contacts.list_first_ids(ContactFilter(text="carl"), 5) == [carl, carla]
    assert ctx.contacts.list_first_ids(ContactFilter(text="carl", tags=("vip",)), 5) == [carla]
    assert ctx.contacts.list_first_ids(ContactFilter(text="an"), 5) == [anna]
    assert ctx.contacts.list_first_ids(ContactFilter(text="be", tags=("vip",)), 5) == [bert]


def test_stats_sorts_break_ties_by_name_in_both_directions(ctx: AppContext) -> None:
    """Equal figures come out in name order (created in another order, so ids disagree),
    reversed with the direction, with and without a filter; the first page is the start of
    the whole list."""
    made = {
        name: ctx.contacts.create(ContactDraft(name, "X", stage=stage)).id
        for name, stage in (
            ("Zora", LifecycleStage.LEAD),
            ("Mia", LifecycleStage.CUSTOMER),
            ("Anna", LifecycleStage.LEAD),
            ("Emil", LifecycleStage.LEAD),
            ("Bea", LifecycleStage.CUSTOMER),
        )
    }
    ctx.analytics.refresh_contact_stats()  # writes each row's sort name with its figures
    when = datetime(2026, 2, 1, tzinfo=UTC)
    with ctx.db.write() as session:
        for name, value in (("Zora", 500), ("Mia", 500), ("Anna", 500), ("Emil", 900)):
            row = session.get(ContactStats, made[name])
            assert row is not None
            assert row.sort_name == f"{name.lower()} x"
            row.lifetime_value_minor = row.open_complaints = value
            row.churn_risk, row.last_interaction_at = 40, when
    z, m, a, e, b = (made[n] for n in ("Zora", "Mia", "Anna", "Emil", "Bea"))
    expected = {
        "lifetime_value": [b, a, m, z, e],  # Bea's 0 first, then 500 by name, then 900
        "open_complaints": [b, a, m, z, e],
        "churn_risk": [a, e, m, z, b],  # Bea has no risk: after the values, by name
        "last_interaction": [a, e, m, z, b],
    }
    leads = ContactFilter(stages=(LifecycleStage.LEAD,))
    for sort, ids in expected.items():
        assert ctx.contacts.list_ids(ContactFilter(), sort) == ids, sort
        assert ctx.contacts.list_ids(leads, sort) == [i for i in ids if i in (z, a, e)], sort
        valued = [i for i in ids if i != b or sort in ("lifetime_value", "open_complaints")]
        assert ctx.contacts.list_ids(ContactFilter(), sort, True)[: len(valued)] == valued[::-1]
        for query in (ContactFilter(), leads):
            for descending in (False, True):
                whole = ctx.contacts.list_ids(query, sort, descending)
                for size in (1, 2, 3):
                    first = ctx.contacts.list_first_ids(query, size, sort, descending)
                    assert first == whole[:size], (sort, query, descending, size)


def test_stats_rows_follow_renames_and_merges(ctx: AppContext) -> None:
    """The sort name copied into contact_stats follows edits, merges and their undo."""
    zed = ctx.contacts.create(ContactDraft("Zed", "Z"))
    amy = ctx.contacts.create(ContactDraft("Amy", "A"))
    ctx.analytics.refresh_contact_stats()

    def copied(contact_id: int) -> str | None:
        with ctx.db.read() as session:
            return session.scalar(
                select(ContactStats.sort_name).where(ContactStats.contact_id == contact_id)
            )

    assert ctx.contacts.list_ids(ContactFilter(), "lifetime_value") == [amy.id, zed.id]
    ctx.contacts.update(zed.id, ContactDraft("Aaron", "Z"))
    assert copied(zed.id) == "aaron z"
    assert ctx.contacts.list_ids(ContactFilter(), "lifetime_value") == [zed.id, amy.id]
    record = ctx.duplicates.merge(amy.id, zed.id, {"name": zed.id})
    assert copied(amy.id) == "aaron z"
    ctx.duplicates.unmerge(record)
    assert copied(amy.id) == "amy a"


def test_filters_combine_with_and(ctx: AppContext, three: list[int]) -> None:
    carl, anna, bert = three
    when = datetime(2026, 2, 1, 12, tzinfo=UTC)
    _stats(ctx, carl, lifetime_value_minor=500, open_complaints=1, last_interaction_at=when)
    assert ctx.contacts.list_ids(ContactFilter(tags=("vip",))) == [bert]
    assert ctx.contacts.list_ids(ContactFilter(stages=(LifecycleStage.LOYAL,))) == [anna]
    assert ctx.contacts.list_ids(ContactFilter(open_complaint=True)) == [carl]
    assert ctx.contacts.list_ids(ContactFilter(open_complaint=False)) == [anna, bert]
    assert ctx.contacts.list_ids(ContactFilter(ltv_min_minor=100)) == [carl]
    assert ctx.contacts.list_ids(ContactFilter(contacted_after=date(2026, 2, 1))) == [carl]
    assert ctx.contacts.list_ids(ContactFilter(contacted_before=date(2026, 2, 1))) == []
    assert ctx.contacts.list_ids(ContactFilter(text="c", stages=(LifecycleStage.LEAD,))) == []
    assert ctx.contacts.list_ids(ContactFilter(text="030 1234")) == [anna]
    assert ctx.contacts.list_ids(ContactFilter(text="alpha")) == [anna]


def test_rows_carry_tags_owner_and_stats(ctx: AppContext, three: list[int]) -> None:
    carl, _anna, bert = three
    _stats(
        ctx, carl, lifetime_value_minor=500, last_interaction_at=datetime(2026, 2, 1, tzinfo=UTC)
    )
    rows = ctx.contacts.list_rows(three)
    assert rows[bert].tags == "vip"
    assert rows[carl].owner == "Zoe Staff"
    assert rows[carl].lifetime_value_minor == 500
    assert rows[carl].last_interaction_at == datetime(2026, 2, 1, tzinfo=UTC)
    assert rows[bert].lifetime_value_minor is None
    assert not ctx.contacts.churn_known()


def test_extra_methods_tags_and_custom_fields(ctx: AppContext) -> None:
    with pytest.raises(UserError, match="valid e-mail"):
        ctx.contacts.create(
            ContactDraft("A", methods=(MethodDraft(MethodKind.EMAIL, "bad@", "work"),))
        )
    with pytest.raises(UserError, match="custom field"):
        ctx.contacts.create(ContactDraft("A", custom={"shoe": "42"}))
    made = ctx.contacts.create(
        ContactDraft(
            "A",
            tags=("b", "a"),
            methods=(MethodDraft(MethodKind.EMAIL, "Work@Example.com", "work"),),
        )
    )
    profile = ctx.contacts.profile(made.id)
    assert profile.tags == ("a", "b")
    assert profile.methods == (MethodDraft(MethodKind.EMAIL, "Work@example.com", "work"),)
    assert ctx.contacts.list_ids(ContactFilter(text="work@exa")) == [made.id]
    ctx.contacts.update(made.id, ContactDraft("A", tags=("a",)))
    assert ctx.contacts.profile(made.id).tags == ("a",)
    assert ctx.contacts.tag_names() == ["a", "b"]


def test_bulk_actions_and_undo_of_delete(ctx: AppContext, three: list[int]) -> None:
    ctx.contacts.tag_many(three, "wholesale")
    ctx.contacts.tag_many(three, "wholesale")  # idempotent
    assert ctx.contacts.list_ids(ContactFilter(tags=("wholesale",))) == sorted(
        three, key=lambda i: _names(ctx, [i])
    )
    ctx.contacts.untag_many(three[:1], "wholesale")
    assert len(ctx.contacts.list_ids(ContactFilter(tags=("wholesale",)))) == 2
    ctx.contacts.tag_many(three[:1], "wholesale")  # the old link comes back
    assert len(ctx.contacts.list_ids(ContactFilter(text="wholesale"))) == 3
    ctx.contacts.set_stage_many(three, LifecycleStage.ADVOCATE)
    assert ctx.contacts.list_ids(ContactFilter(stages=(LifecycleStage.ADVOCATE,)))
    ctx.contacts.delete_many(three[:2])
    assert ctx.contacts.list_ids(ContactFilter()) == [three[2]]
    ctx.contacts.restore_many(three[:2])
    assert len(ctx.contacts.list_ids(ContactFilter())) == 3
    assert ctx.contacts.profile(three[0]).contact.version > 1


def test_segments_save_replace_and_delete(ctx: AppContext) -> None:
    with pytest.raises(UserError, match="at least one filter"):
        ctx.segments.save("All", ContactFilter())
    saved = ctx.segments.save("VIPs", ContactFilter(tags=("vip",)))
    ctx.segments.save("VIPs", ContactFilter(tags=("vip",), text="anna"))
    assert [s.query.text for s in ctx.segments.list()] == ["anna"]
    ctx.segments.delete(saved.id)
    assert ctx.segments.list() == []
    assert ctx.segments.save("VIPs", ContactFilter(text="x")).id == saved.id


def test_duplicates_found_and_merge_undone(ctx: AppContext, clock: object) -> None:
    keep = ctx.contacts.create(ContactDraft("Anna", "Meyer", email="anna@example.com", tags=("a",)))
    other = ctx.contacts.create(ContactDraft("Ana", "Meyer", email="ANNA@example.com", tags=("b",)))
    near = ctx.contacts.create(ContactDraft("Jonathan", "Smithson", city="Berlin"))
    near2 = ctx.contacts.create(ContactDraft("Jonathan", "Smithsen", city="Berlin"))
    ctx.contacts.create(ContactDraft("Jonathan", "Smithsen", city="Hamburg"))
    hints = ctx.duplicates.likely_duplicates_of(other.id)
    assert [(h.first_id, h.reason) for h in hints] == [(keep.id, "same e-mail")]
    pairs = ctx.duplicates.find_pairs(lambda _m, _f: None, lambda: False)
    assert {(p.first_id, p.second_id) for p in pairs} == {(keep.id, other.id), (near.id, near2.id)}
    when = datetime(2026, 1, 5, tzinfo=UTC)
    with ctx.db.write() as session:
        for row in (
            Interaction(
                contact_id=other.id, occurred_at=when, channel="phone", direction="inbound"
            ),
            Txn(
                contact_id=other.id,
                occurred_at=when,
                kind="order",
                amount_minor=100,
                currency="EUR",
            ),
        ):
            stamp_new(row, when)
            session.add(row)
    record = ctx.duplicates.merge(keep.id, other.id, {"name": other.id})
    merged = ctx.contacts.profile(keep.id)
    assert merged.contact.display_name == "Ana Meyer"
    assert merged.tags == ("a", "b")
    assert ctx.contacts.get(other.id).deleted_at is not None
    with ctx.db.read() as session:
        assert set(session.scalars(select(Interaction.contact_id))) == {keep.id}
        assert set(session.scalars(select(Txn.contact_id))) == {keep.id}
    ctx.duplicates.unmerge(record)
    back = ctx.contacts.profile(keep.id)
    assert back.contact.display_name == "Anna Meyer"
    assert back.tags == ("a",)
    assert ctx.contacts.get(other.id).deleted_at is None
    with ctx.db.read() as session:
        assert set(session.scalars(select(Txn.contact_id))) == {other.id}
    with pytest.raises(UserError, match="itself"):
        ctx.duplicates.merge(keep.id, keep.id)


def test_profile_reads_churn_reasons_as_analytics_writes_them(ctx: AppContext) -> None:
    """Codes and numbers as AnalyticsService.refresh_contact_stats writes them; rows written
    before that (English text, no value) read the same until the next refresh."""
    anna = ctx.contacts.create(ContactDraft("Anna", "A")).id
    reasons = [
        {"code": "overdue", "points": 40, "value": 2.3},
        {"code": "urgent_complaint", "points": 25, "value": None},
    ]
    _stats(ctx, anna, churn_risk=65, churn_reasons={"reasons": reasons})
    assert ctx.contacts.profile(anna).churn_reasons == (
        RiskReason("overdue", 40, 2.3),
        RiskReason("urgent_complaint", 25, None),
    )
    old = [
        {"code": "overdue", "points": 40, "text": "no order for 2.3× their usual interval"},  # noqa: RUF001
        {"code": "quiet", "points": 10, "text": "no contact for 120 days"},
    ]
    bert = ctx.contacts.create(ContactDraft("Bert", "B")).id
    _stats(ctx, bert, churn_risk=50, churn_reasons={"reasons": old})
    found = ctx.contacts.profile(bert).churn_reasons
    assert found == (RiskReason("overdue", 40, 2.3), RiskReason("quiet", 10, 120.0))
    assert [r.text for r in found] == [
        "no order for 2.3× their usual interval",  # noqa: RUF001 - the English wording
        "no contact for 120 days",
    ]
