"""Cleaning and validating what people type: names, e-mail addresses, phone numbers."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from app.domain.errors import QT_TRANSLATE_NOOP, Term, UserError

MAX_NAME_LENGTH = 200
MAX_TEXT_LENGTH = 100_000

# The `field=` names services pass to the cleaners below (and to domain.when): they appear in
# error sentences as Terms, so they are marked here for translation. A test keeps this complete.
FIELD_LABELS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("UserError", "name"),
    QT_TRANSLATE_NOOP("UserError", "e-mail"),
    QT_TRANSLATE_NOOP("UserError", "phone"),
    QT_TRANSLATE_NOOP("UserError", "first name"),
    QT_TRANSLATE_NOOP("UserError", "last name"),
    QT_TRANSLATE_NOOP("UserError", "company"),
    QT_TRANSLATE_NOOP("UserError", "job title"),
    QT_TRANSLATE_NOOP("UserError", "city"),
    QT_TRANSLATE_NOOP("UserError", "notes"),
    QT_TRANSLATE_NOOP("UserError", "note"),
    QT_TRANSLATE_NOOP("UserError", "reply"),
    QT_TRANSLATE_NOOP("UserError", "label"),
    QT_TRANSLATE_NOOP("UserError", "tag"),
    QT_TRANSLATE_NOOP("UserError", "address"),
    QT_TRANSLATE_NOOP("UserError", "url"),
    QT_TRANSLATE_NOOP("UserError", "social"),
    QT_TRANSLATE_NOOP("UserError", "segment name"),
    QT_TRANSLATE_NOOP("UserError", "custom field name"),
    QT_TRANSLATE_NOOP("UserError", "summary"),
    QT_TRANSLATE_NOOP("UserError", "outcome"),
    QT_TRANSLATE_NOOP("UserError", "customer"),
    QT_TRANSLATE_NOOP("UserError", "description"),
    QT_TRANSLATE_NOOP("UserError", "category"),
    QT_TRANSLATE_NOOP("UserError", "root cause"),
    QT_TRANSLATE_NOOP("UserError", "override reason"),
    QT_TRANSLATE_NOOP("UserError", "comment"),
    QT_TRANSLATE_NOOP("UserError", "task title"),
    QT_TRANSLATE_NOOP("UserError", "task notes"),
    QT_TRANSLATE_NOOP("UserError", "time"),
    QT_TRANSLATE_NOOP("UserError", "follow-up time"),
    QT_TRANSLATE_NOOP("UserError", "due time"),
)


def clean_text(raw: str | None, *, field: str, max_length: int = MAX_TEXT_LENGTH) -> str:
    """Strip surrounding space and control characters; refuse NULs and over-long text."""
    text = (raw or "").strip()
    if "\x00" in text:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The {field} contains a NUL character, which is not allowed."
            ),
            field=Term(field),
        )
    if len(text) > max_length:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The {field} is {length:,} characters long; the limit is {limit:,}."
            ),
            field=Term(field),
            length=len(text),
            limit=max_length,
        )
    if text.isprintable():  # no control character at all: the common case, checked in C
        return text
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def clean_name(raw: str | None, *, field: str = "name") -> str:
    """A single-line name: inner runs of space collapsed, at most MAX_NAME_LENGTH characters."""
    if raw and _clean_already(raw):
        return raw
    text = clean_text(raw, field=field, max_length=MAX_NAME_LENGTH)
    return " ".join(text.split())


def _clean_already(text: str) -> bool:
    """Whether clean_name would return `text` as it is (most names of a big import): printable
    text has no whitespace but the ASCII space, so single inner spaces and none around are all
    that is left to check (in C)."""
    return (
        len(text) <= MAX_NAME_LENGTH
        and text.isprintable()
        and text[0] != " "
        and text[-1] != " "
        and "  " not in text
    )


def normalise_email(raw: str | None, *, field: str = "e-mail") -> str | None:
    """Return the normalised address (domain lower-cased, IDNA handled) or None when blank."""
    from email_validator import EmailNotValidError, validate_email  # noqa: PLC0415 - off start-up

    text = clean_name(raw, field=field)
    if not text:
        return None
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "'{text}' is not a valid e-mail address ({problem})."),
            text=text,
            problem=exc,
        ) from exc
    return str(result.normalized)


def email_match_key(email: str | None) -> str | None:
    """The form used to find the same address again: the normalised address, lower-cased."""
    return email.casefold() if email else None


@dataclass(frozen=True, slots=True)
class Phone:
    """A valid phone number: E.164 for storage and matching, the digit forms people search by."""

    e164: str
    national_digits: str

    def search_forms(self) -> tuple[str, ...]:
        """Digit strings a search may start with: '4930123', '030123' and '30123' for Berlin."""
        international = self.e164.lstrip("+")
        without_trunk = self.national_digits.lstrip("0")
        return tuple(dict.fromkeys((international, self.national_digits, without_trunk)))


def parse_phone(raw: str | None, region: str, *, field: str = "phone") -> Phone | None:
    """Parse a phone number typed in any common format; `region` applies when no +code is given."""
    import phonenumbers  # noqa: PLC0415 - a big module, kept off the start-up path

    text = clean_name(raw, field=field)
    if not text:
        return None
    try:
        number = phonenumbers.parse(text, region.upper() or None)
    except phonenumbers.NumberParseException as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "'{text}' is not a phone number ({problem})."),
            text=text,
            problem=exc,
        ) from exc
    if not phonenumbers.is_valid_number(number):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "'{text}' is not a valid phone number (default region {region})."
            ),
            text=text,
            region=region.upper(),
        )
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return Phone(e164=e164, national_digits="".join(ch for ch in national if ch.isdigit()))


def display_name_of(first: str, last: str, company: str | None = None) -> str:
    """What a list shows for a contact: 'First Last', else the company, else a placeholder."""
    name = f"{first} {last}" if first and last else first or last
    return name or (company or "") or "(no name)"


def fold(text: str) -> str:
    """Case- and accent-free form for sorting and matching: 'Müller' -> 'muller'."""
    if text.isascii():  # NFKD leaves ASCII as it is, and casefold() is lower() there
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
