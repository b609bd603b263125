"""Wild input at the contact entry points the UI and CLI reach: create, update, search and
filters, bulk tagging, segments, the quick-log contact picker and the privacy lookup."""

from __future__ import annotations

from datetime import date

import pytest
from app.bootstrap import AppContext
from app.domain.contact_query import ContactFilter
from app.domain.enums import ContactSource, LifecycleStage, MethodKind
from app.domain.errors import UserError
from app.domain.validation import clean_name
from app.services.contacts import ContactDraft, MethodDraft
from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.wild import BUDGETS, assert_sound, calmly, fuzz, wild_text

drafts = st.builds(
    ContactDraft,
    first_name=wild_text,
    last_name=wild_text,
    email=wild_text,
    phone=wild_text,
    company=wild_text,
    job_title=wild_text,
    city=wild_text,
    stage=st.sampled_from(LifecycleStage),
    source=st.sampled_from(ContactSource),
    notes=wild_text,
    tags=st.none() | st.lists(wild_text, max_size=3).map(tuple),
    methods=st.none()
    | st.lists(
        st.builds(MethodDraft, kind=st.sampled_from(MethodKind), value=wild_text, label=wild_text),
        max_size=2,
    ).map(tuple),
    custom=st.none() | st.dictionaries(wild_text, wild_text, max_size=2),
)
filters = st.builds(
    ContactFilter,
    text=wild_text,
    stages=st.lists(st.sampled_from(LifecycleStage), max_size=2).map(tuple),
    tags=st.lists(wild_text, max_size=2).map(tuple),
    owner_id=st.none() | st.integers(),
    source=st.none() | st.sampled_from(ContactSource),
    open_complaint=st.none() | st.booleans(),
    contacted_after=st.none() | st.dates(min_value=date(1, 1, 1)),
    contacted_before=st.none() | st.dates(),
    ltv_min_minor=st.none() | st.integers(),
    ltv_max_minor=st.none() | st.integers(),
)


@pytest.mark.parametrize("examples", BUDGETS)
def test_create_and_update_store_or_refuse_in_words(ctx: AppContext, examples: int) -> None:
    base = ctx.contacts.create(ContactDraft(first_name="Base", email="base@example.org")).id

    @fuzz(examples)
    @given(first=drafts, second=drafts)
    def check(first: ContactDraft, second: ContactDraft) -> None:
        created = calmly(ctx.contacts.create, first)
        calmly(ctx.contacts.update, base, second)
        if not isinstance(created, UserError):
            stored = ctx.contacts.get(created.id).first_name  # control characters removed
            assert stored == clean_name(first.first_name, field="first name")

    check()
    assert_sound(ctx)


@pytest.mark.parametrize("examples", BUDGETS)
def test_search_filters_and_segments_answer_or_refuse_in_words(
    ctx: AppContext, examples: int
) -> None:
    ctx.contacts.create(ContactDraft(first_name="Ada", last_name="Byron", email="ada@example.org"))

    @fuzz(examples)
    @given(query=filters, sort=wild_text | st.sampled_from(["name", "company", "stage"]))
    def check(query: ContactFilter, sort: str) -> None:
        ids = calmly(ctx.contacts.list_ids, query)
        if not isinstance(ids, UserError):
            calmly(ctx.contacts.list_rows, ids[:50])
        calmly(ctx.contacts.list_ids, query, sort)
        calmly(ctx.segments.save, query.text or "segment", query)
        calmly(ctx.contacts.count)

    check()
    calmly(ctx.segments.list)
    assert_sound(ctx)


@pytest.mark.parametrize("examples", BUDGETS)
def test_bulk_tags_pickers_and_lookup_answer_or_refuse_in_words(
    ctx: AppContext, examples: int
) -> None:
    contact = ctx.contacts.create(ContactDraft(first_name="Ada", email="ada@example.org")).id

    @fuzz(examples)
    @given(text=wild_text)
    def check(text: str) -> None:
        calmly(ctx.contacts.tag_many, [contact], text)
        calmly(ctx.contacts.untag_many, [contact], text)
        calmly(ctx.interactions.find_contacts, text)
        calmly(ctx.complaints.find_customers, text)
        calmly(ctx.privacy.find_contact, text)
        calmly(ctx.segments.save, text, ContactFilter(text="ada"))

    check()
    assert_sound(ctx)
