"""What the bad-input tests found, pinned as plain examples: each once escaped as a crash or
a stall instead of a sentence."""

from __future__ import annotations

import pytest
from app.bootstrap import AppContext
from app.domain.business_hours import load_zone
from app.domain.contact_query import MAX_SEARCH_WORDS, ContactFilter, fts_query
from app.domain.errors import UserError
from app.services.contacts import ContactDraft


def test_a_pasted_page_is_not_a_search() -> None:
    with pytest.raises(UserError, match=r"^The search text is 1,100 characters long"):
        fts_query("' OR 1=1 --" * 100)
    words = " ".join(f"w{n}" for n in range(MAX_SEARCH_WORDS + 1))
    with pytest.raises(UserError, match=r"^Search for at most 16 different words"):
        fts_query(words)
    assert fts_query("ada ada ada") == '"ada"*'  # repeats count once


def test_the_quick_log_picker_narrows_by_the_first_words(ctx: AppContext) -> None:
    ctx.contacts.create(ContactDraft(first_name="Ada", last_name="Byron"))
    found = ctx.interactions.find_contacts("ada " * 50_000)
    assert [choice.display_name for choice in found] == ["Ada Byron"]


def test_stay_in_touch_outside_its_range_is_refused(ctx: AppContext) -> None:
    contact = ctx.contacts.create(ContactDraft(first_name="Ada")).id
    with pytest.raises(UserError, match=r"^'Every -739677 days' is not between 1 and"):
        ctx.tasks.stay_in_touch(contact, -739677)


def test_a_time_zone_name_too_long_for_a_file_is_unknown() -> None:
    with pytest.raises(UserError, match=r"is not a known time zone"):
        load_zone("a" * 100_000)


def test_filter_numbers_beyond_64_bits_are_refused(ctx: AppContext) -> None:
    with pytest.raises(UserError, match=r"^The highest lifetime value filter value .* range\.$"):
        ctx.contacts.list_ids(ContactFilter(ltv_max_minor=2**63))
