from __future__ import annotations

import string
import unicodedata

import pytest
from app.domain.errors import UserError
from app.domain.validation import (
    clean_name,
    clean_text,
    display_name_of,
    fold,
    normalise_email,
    parse_phone,
)
from hypothesis import example, given, settings
from hypothesis import strategies as st


def test_phone_in_local_format_gets_e164_and_search_forms() -> None:
    phone = parse_phone("030 1234567", "DE")
    assert phone is not None
    assert phone.e164 == "+49301234567"
    assert phone.search_forms() == ("49301234567", "0301234567", "301234567")


def test_phone_with_country_code_ignores_default_region() -> None:
    phone = parse_phone("+44 20 7946 0958", "DE")
    assert phone is not None
    assert phone.e164 == "+442079460958"


@pytest.mark.parametrize("raw", ["12", "call me", "+49 30", "+1 555 0100 999"])
def test_impossible_phone_is_refused_with_the_value_named(raw: str) -> None:
    with pytest.raises(UserError, match=raw.replace("+", r"\+")):
        parse_phone(raw, "DE")


def test_blank_phone_and_email_are_none() -> None:
    assert parse_phone("  ", "DE") is None
    assert normalise_email("") is None


def test_email_domain_is_normalised() -> None:
    assert normalise_email(" Anna@Example.COM ") == "Anna@example.com"


def test_bad_email_names_the_value() -> None:
    with pytest.raises(UserError, match="'bob@' is not a valid e-mail address"):
        normalise_email("bob@")


def test_text_with_nul_is_refused() -> None:
    with pytest.raises(UserError, match="NUL"):
        clean_text("a\x00b", field="notes")


def test_overlong_name_is_refused() -> None:
    with pytest.raises(UserError, match="limit is 200"):
        clean_name("x" * 201)


def test_name_whitespace_and_control_characters_are_cleaned() -> None:
    assert clean_name("  Anna \x07  Maria\t ") == "Anna Maria"


def test_fold_removes_case_and_accents() -> None:
    assert fold("Jürgen MÜLLER") == "jurgen muller"


def test_display_name_falls_back_to_company() -> None:
    assert display_name_of("", "", "Acme") == "Acme"
    assert display_name_of("Anna", "", None) == "Anna"


def _clean_name_in_full(raw: str) -> str:
    """clean_name without its short-cut for text that needs no cleaning."""
    return " ".join(clean_text(raw, field="name", max_length=200).split())


_NAME_CHARS = "ab Ü\t\n\x00\xa0\u2003\u200b\x85é"


@settings(max_examples=2000, deadline=None)
@given(st.text(_NAME_CHARS, max_size=12) | st.text(max_size=12) | st.just("a" * 200))
@example("a" * 201)
@example(" Anna")
@example("Anna  Maria")
@example("Anna\u00a0Maria")
def test_clean_name_short_cut_agrees_with_cleaning_in_full(raw: str) -> None:
    try:
        expected: str | type[UserError] = _clean_name_in_full(raw)
    except UserError:
        expected = UserError
    try:
        got: str | type[UserError] = clean_name(raw)
    except UserError:
        got = UserError
    assert got == expected


@settings(max_examples=2000, deadline=None)
@given(st.text(max_size=12) | st.text(string.printable, max_size=12))
def test_fold_short_cut_for_ascii_agrees_with_decomposing(text: str) -> None:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    assert fold(text) == "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@pytest.mark.parametrize(
    ("first", "last", "company", "shown"),
    [
        ("Anna", "Lee", "Acme", "Anna Lee"),
        ("Anna", "", "Acme", "Anna"),
        ("", "Lee", None, "Lee"),
        ("", "", "Acme", "Acme"),
        ("", "", None, "(no name)"),
    ],
)
def test_display_name_of(first: str, last: str, company: str | None, shown: str) -> None:
    assert display_name_of(first, last, company) == shown
