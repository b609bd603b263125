"""Reading the times people type ("yesterday 15:00", "friday", "in 2 days", ISO dates) relative to
an injected clock, so quick logging never needs a date picker and tests control "now"."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from app.domain.errors import QT_TRANSLATE_NOOP, Term, UserError

DEFAULT_TIME = time(9, 0)  # a day given without a time means the start of the working day

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_UNITS = {
    "minute": timedelta(minutes=1),
    "min": timedelta(minutes=1),
    "hour": timedelta(hours=1),
    "h": timedelta(hours=1),
    "day": timedelta(days=1),
    "d": timedelta(days=1),
    "week": timedelta(weeks=1),
    "w": timedelta(weeks=1),
}
_RELATIVE = re.compile(r"^(?:in\s+(\d+)\s*([a-z]+?)s?|(\d+)\s*([a-z]+?)s?\s+ago)$")
_TIME = re.compile(r"^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$")


class Snooze(StrEnum):
    """The snooze choices a task offers besides picking a time."""

    HOUR = "hour"
    TOMORROW = "tomorrow"
    NEXT_WEEK = "next_week"


def local_zone() -> tzinfo:
    """The computer's time zone (what people mean by "15:00")."""
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def parse_when(
    text: str, now: datetime, zone: tzinfo | None = None, *, field: str = "time"
) -> datetime:
    """The aware UTC moment `text` names, read in `zone` (the local zone when None).

    Raises UserError naming `field` and the text when it is not a time Rapport understands.
    """
    zone = zone or local_zone()
    local_now = now.astimezone(zone)
    words = " ".join(text.strip().lower().replace(",", " ").split())
    if not words or words == "now":
        return now
    found = _relative(words, now) or _iso(words, zone) or _day_and_time(words, local_now)
    if found is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "'{text}' is not a {field} Rapport understands; try 'now', 'yesterday "
                "15:00', 'friday', 'in 2 days' or '2026-03-05 14:30'.",
            ),
            text=text.strip(),
            field=Term(field),
        )
    return found.astimezone(UTC)


def snooze_until(choice: Snooze, now: datetime, zone: tzinfo | None = None) -> datetime:
    """When a task snoozed with `choice` at `now` falls due again (aware UTC)."""
    local_now = now.astimezone(zone or local_zone())
    if choice is Snooze.HOUR:
        return now + timedelta(hours=1)
    if choice is Snooze.TOMORROW:
        target = local_now.date() + timedelta(days=1)
    else:
        target = local_now.date() + timedelta(days=7 - local_now.weekday())  # next Monday
    return datetime.combine(target, DEFAULT_TIME, local_now.tzinfo).astimezone(UTC)


def _relative(words: str, now: datetime) -> datetime | None:
    match = _RELATIVE.match(words)
    if match is None:
        return None
    ahead = match.group(1) is not None
    count, unit = (match.group(1), match.group(2)) if ahead else (match.group(3), match.group(4))
    step = _UNITS.get(unit)
    if step is None:
        return None
    try:
        delta = step * int(count)
        return now + delta if ahead else now - delta
    except OverflowError:  # "in 99999999 weeks": past the year 9999, so not a time
        return None


def _iso(words: str, zone: tzinfo) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(words.upper().replace(" ", "T", 1))
    except ValueError:
        return None
    if len(words) == 10:  # a bare date: the start of the working day
        parsed = datetime.combine(parsed.date(), DEFAULT_TIME)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)


def _day_and_time(words: str, local_now: datetime) -> datetime | None:
    """'tomorrow', 'friday 10:30', 'next monday', '15:00', 'yesterday 3pm'."""
    parts = words.split(" ")
    day: date | None = None
    clock: time | None = None
    if parts and parts[0] == "next" and len(parts) > 1:
        parts = parts[1:]
    head = parts[0]
    if head in ("today", "tomorrow", "yesterday"):
        day = local_now.date() + timedelta(days={"today": 0, "tomorrow": 1, "yesterday": -1}[head])
        parts = parts[1:]
    elif weekday := _weekday(head):
        ahead = (weekday[0] - local_now.weekday() - 1) % 7 + 1  # always a day still to come
        day = local_now.date() + timedelta(days=ahead)
        parts = parts[1:]
    if parts and parts[0] == "at":
        parts = parts[1:]
    if parts:
        clock = _clock_time(" ".join(parts))
        if clock is None:
            return None
    if day is None and clock is None:
        return None
    return datetime.combine(day or local_now.date(), clock or DEFAULT_TIME, local_now.tzinfo)


def _weekday(word: str) -> tuple[int] | None:
    """The weekday number of a name or a prefix of three letters or more ('fri')."""
    if len(word) < 3:
        return None
    return next(((i,) for i, name in enumerate(_WEEKDAYS) if name.startswith(word)), None)


def _clock_time(text: str) -> time | None:
    match = _TIME.match(text)
    if match is None:
        return None
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(3)
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)
