from __future__ import annotations

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
