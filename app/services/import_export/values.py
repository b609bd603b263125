"""Turning one cell of text into a stored value: dates, moments, money, tags, enums.

Each parser raises `FieldError` naming what was wrong; the importer adds the row and column.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TypeVar

from app.domain.errors import QT_TRANSLATE_NOOP, Term, UserError

STORED_MOMENT = "%Y-%m-%d %H:%M:%S.%f"
_MOMENT_FORMATS = ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M %z", "%d.%m.%Y %H:%M", "%d.%m.%Y")
_DATE_FORMATS = ("%Y-%m-%d", "%Y%m%d", "%d.%m.%Y", "%Y/%m/%d")
NO_YEAR = 1604  # Apple's year for a birthday given without one (vCard "--MM-DD")
# Where 03/04/1991 is March 4th (elsewhere it is the 3rd of April).
MONTH_FIRST_REGIONS = frozenset({"US", "CA", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "VI"})
_SLASHED = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")
_MONEY_JUNK = re.compile(r"[^\d,.\-]")


E = TypeVar("E", bound=StrEnum)


class FieldError(UserError, ValueError):
    """A cell that cannot be stored; the message says why, in words (the importer adds the row
    and column)."""


def stored_moment(moment: datetime) -> str:
    """The naive-UTC text form the database keeps (see models.UTCDateTime)."""
    return moment.astimezone(UTC).strftime(STORED_MOMENT)


def parse_moment(text: str) -> datetime:
    """ISO 8601 or Shopify's '2024-01-15 10:23:45 +0100'; a moment without a zone is UTC."""
    cleaned = text.strip()
    moment: datetime | None = None
    try:
        moment = datetime.fromisoformat(cleaned.replace("Z", "+00:00"))
    except ValueError:
        for fmt in _MOMENT_FORMATS:
            try:
                moment = datetime.strptime(cleaned, fmt)
                break
            except ValueError:
                continue
    if moment is None:
        raise FieldError(
            QT_TRANSLATE_NOOP(
                "UserError", "'{text}' is not a date and time (use 2024-01-31 14:30)"
            ),
            text=cleaned,
        )
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def parse_birthday(text: str, *, month_first: bool = False) -> date:
    """A date in a common form; '--04-15' (no year) keeps Apple's convention of year 1604;
    '20/01/1991' is day first, '01/20/1991' month first, and '03/04/1991' is read as the
    region writes dates (`month_first`)."""
    cleaned = text.strip()
    slashed = _SLASHED.fullmatch(cleaned)
    if slashed:
        first, second, year = (int(part) for part in slashed.groups())
        day_first = first > 12 or (second <= 12 and not month_first)
        day, month = (first, second) if day_first else (second, first)
        try:
            return date(year, month, day)
        except ValueError:
            pass
    if re.fullmatch(r"--\d{2}-?\d{2}", cleaned):
        digits = cleaned[2:].replace("-", "")
        cleaned = f"{NO_YEAR}-{digits[:2]}-{digits[2:]}"
    cleaned = cleaned.split("T")[0]
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).replace(tzinfo=UTC).date()
        except ValueError:
            continue
    raise FieldError(
        QT_TRANSLATE_NOOP("UserError", "'{text}' is not a date (use 1990-04-15)"), text=text.strip()
    )


def parse_money(text: str) -> int:
    """'1,234.50', '1.234,50', '€ 12,5' or '-3' -> minor units (cents)."""
    cleaned = _MONEY_JUNK.sub("", text)
    if "," in cleaned and "." in cleaned:
        decimal_mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
    elif "," in cleaned and len(cleaned.rsplit(",", 1)[1]) in {1, 2}:
        decimal_mark = ","
    else:
        decimal_mark = "."
    thousands = "." if decimal_mark == "," else ","
    normal = cleaned.replace(thousands, "").replace(decimal_mark, ".")
    try:
        amount = Decimal(normal)
    except InvalidOperation:
        raise FieldError(
            QT_TRANSLATE_NOOP("UserError", "'{text}' is not an amount of money"), text=text.strip()
        ) from None
    if not amount.is_finite() or abs(amount) >= 10**13:
        raise FieldError(
            QT_TRANSLATE_NOOP("UserError", "'{text}' is not a plausible amount of money"),
            text=text.strip(),
        )
    return int((amount * 100).to_integral_value())


def parse_int(text: str, low: int, high: int, what: Term) -> int:
    try:
        number = int(Decimal(text.strip().replace(",", ".")))
    except (InvalidOperation, ValueError):
        raise FieldError(
            QT_TRANSLATE_NOOP("UserError", "'{text}' is not a whole number"), text=text.strip()
        ) from None
    if not low <= number <= high:
        raise FieldError(
            QT_TRANSLATE_NOOP("UserError", "{what} {number} is outside {low} to {high}"),
            what=what,
            number=number,
            low=low,
            high=high,
        )
    return number


def parse_choice(text: str, choices: type[E], default: E | None = None) -> E:
    """An enum value by its stored text, case- and space-insensitive."""
    key = text.strip().casefold().replace(" ", "_").replace("-", "_")
    if not key and default is not None:
        return default
    for choice in choices:
        if key in {choice.value.replace("-", "_"), choice.name.casefold()}:
            return choice
    known = ", ".join(c.value for c in choices)
    raise FieldError(
        QT_TRANSLATE_NOOP("UserError", "'{text}' is not one of {known}"),
        text=text.strip(),
        known=known,
    )


def split_tags(text: str) -> list[str]:
    """'VIP, Newsletter' or Google's '* myContacts ::: Friends' -> ['VIP', 'Newsletter'] ..."""
    parts = re.split(r"\s*:::\s*|\s*[,;]\s*", text)
    tags = [part.strip().lstrip("* ").strip() for part in parts]
    return [tag[:100] for tag in dict.fromkeys(tags) if tag and tag != "myContacts"]
