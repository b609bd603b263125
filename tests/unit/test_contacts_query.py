"""Search text to FTS5 query, and segment rules round-tripping through JSON."""

from __future__ import annotations

import json
from datetime import date

import pytest
from app.domain.contact_query import ContactFilter, fts_query
from app.domain.enums import ContactSource, LifecycleStage
from app.domain.errors import UserError
from hypothesis import given, settings
from hypothesis import strategies as st


def test_words_become_and_ed_prefix_terms() -> None:
    assert fts_query("anna mül") == '"anna"* AND "mül"*'
    assert fts_query("  ") is None
    assert fts_query("@@ --") is None


def test_digits_search_the_phone_forms_as_one_prefix() -> None:
    assert fts_query("030 1234") == 'phone: "0301234"*'
    assert fts_query("+49 (30) 12-34") == 'phone: "49301234"*'
    assert fts_query("12") == '"12"*'  # too short to be a phone: a word prefix


@settings(deadline=None)  # a loaded CI machine must not turn slowness into a failure
@given(st.text())
def test_any_typed_text_gives_a_quoted_query_or_none(typed: str) -> None:
    try:
        query = fts_query(typed)
    except UserError:  # too many different words: refused in one sentence, never a crash
        return
    if query is not None:
        assert query.count('"') % 2 == 0
        assert '""' not in query


def test_rule_round_trip() -> None:
    query = ContactFilter(
        text="acme",
        stages=(LifecycleStage.CUSTOMER,),
        tags=("vip",),
        owner_id=3,
        source=ContactSource.REFERRAL,
        open_complaint=True,
        contacted_after=date(2026, 1, 1),
        ltv_min_minor=10_000,
    )
    rule = json.loads(json.dumps(query.to_rule()))
    assert ContactFilter.from_rule(rule) == query
    assert ContactFilter().to_rule() == {}
    assert ContactFilter().is_empty


def test_unreadable_rule_is_a_user_error() -> None:
    with pytest.raises(UserError, match="segment rule"):
        ContactFilter.from_rule({"stages": ["not-a-stage"]})
