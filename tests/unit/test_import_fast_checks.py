"""The import's fast paths give the same verdicts as the libraries they short-cut."""

from __future__ import annotations

import pytest
from app.domain.errors import UserError
from app.domain.validation import parse_phone
from app.services.import_export.fast_checks import cached_phone, country_code, plain_address
from email_validator import EmailNotValidError, validate_email
from hypothesis import example, given, settings
from hypothesis import strategies as st

_LOCAL_CHARS = "abcXYZ019.!#$%&'*+/=?^_`{|}~-\"(),:;<>[\\]@ é"
_DOMAIN_CHARS = "abcXYZ019.-_ é"
_TLDS = ("com", "de", "DE", "c", "x1", "test", "local", "localhost", "onion", "example", "co")


def _library_verdict(text: str) -> str | None:
    try:
        return str(validate_email(text, check_deliverability=False).normalized)
    except EmailNotValidError:
        return None


addresses = st.builds(
    lambda local, domain, tld: f"{local}@{domain}{tld}",
    st.text(_LOCAL_CHARS, min_size=0, max_size=70),
    st.text(_DOMAIN_CHARS, min_size=0, max_size=70),
    st.sampled_from(_TLDS).map(lambda t: f".{t}") | st.just(""),
)


@settings(max_examples=3000, deadline=None)
@given(addresses | st.text(max_size=80))
@example("person1@example.com")
@example("Anna.Mueller+crm@Sub.Example.DE")
@example("a..b@example.com")
@example(".a@example.com")
@example("a@-example.com")
@example("a@ex--ample.com")
@example("a@xn--mller-kva.de")
@example("a@example.local")
@example("a@mail.test")
@example("a@123.com")
@example("a@example.c")
@example("x" * 65 + "@example.com")
@example("a@" + "b" * 64 + ".com")
@example("a@" + ("b" * 60 + ".") * 5 + "com")
def test_plain_address_agrees_with_email_validator(text: str) -> None:
    fast = plain_address(text)
    if fast is not None:  # decided here: email-validator must say exactly the same
        assert _library_verdict(text) == fast


@pytest.mark.parametrize(
    "text", ["person1@example.com", "a.b-c+d@mail.example.co", "O'Brien@Shop.IE"]
)
def test_plain_address_takes_the_common_shape(text: str) -> None:
    assert plain_address(text) == _library_verdict(text)
    assert plain_address(text) is not None


@given(st.text(alphabet="+0123456789 ()-./x", max_size=25))
@settings(max_examples=300, deadline=None)
def test_cached_phone_agrees_with_parse_phone(text: str) -> None:
    cleaned = " ".join(text.split())
    try:
        expected: object = parse_phone(cleaned, "DE")
    except UserError as exc:
        expected = exc.message
    assert cached_phone(cleaned, "DE") == expected
    assert cached_phone(cleaned, "DE") == expected  # the cached answer too


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Germany", "DE"),
        ("Deutschland", "DE"),
        ("Allemagne", "DE"),
        ("alemania", "DE"),
        ("United Kingdom", "GB"),
        ("UK", "GB"),
        ("XK", "XK"),  # other two letters are taken as the code they are, as before
        ("Great Britain", "GB"),
        ("Österreich", "AT"),
        ("Oesterreich", "AT"),
        ("U.S.A.", "US"),
        ("Vereinigte Staaten von Amerika", "US"),
        ("Etats-Unis", "US"),
        ("Côte d'Ivoire", "CI"),
        ("de", "DE"),
        ("Atlantis", None),
    ],
)
def test_country_names_map_to_iso_codes(text: str, code: str | None) -> None:
    assert country_code(text) == code
