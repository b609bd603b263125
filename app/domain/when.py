"""Reading the times people type ("yesterday 15:00", "friday", "in 2 days", ISO dates) relative to
an injected clock, so quick logging never needs a date picker and tests control "now"."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from app.domain.errors import QT_TRANSLATE_NOOP, Term, UserError

DEFAULT_TIME = time(9, 0)  # a day given without a time means the start of the working day

_MINUTE, _HOUR, _DAY, _WEEK = (
    timedelta(minutes=1),
    timedelta(hours=1),
    timedelta(days=1),
    timedelta(weeks=1),
)
_TIME = re.compile(r"^(\d{1,2})(?::(\d{2}))?\s*(am|pm|h)?$")
# day first: 31.12.2026, 31/12/2026, 31.12.26, 31.12. (this year)
_DAY_FIRST = re.compile(r"^(\d{1,2})[./](\d{1,2})(?:[./](\d{4}|\d{2})?)?$")


@dataclass(frozen=True, slots=True)
class DateWords:
    """The words one language uses for times people type (all lower case, accents removed)."""

    now: frozenset[str]
    days: dict[str, int]  # "yesterday": -1; a phrase may have several words
    weekdays: tuple[str, ...]  # Monday first
    coming: frozenset[str]  # "next" friday
    past: frozenset[str]  # "last" friday (Spanish also puts it after: "viernes pasado")
    fillers: frozenset[str]  # skipped: "at", "um", "uhr", "a las", "el"
    units: dict[str, timedelta]  # "2 days": singular and plural forms
    ahead: str  # "in" 2 days
    ago_before: str  # "vor" 2 Tagen, "hace" 2 dias ("" when none)
    ago_after: str  # 2 days "ago" ("" when none)
    day_first: bool = False  # numeric dates 31.12.2026 / 31/12/2026
    extra: dict[str, str] = field(default_factory=dict)  # spellings folded to one ("nachste")


ENGLISH = DateWords(
    now=frozenset({"now"}),
    days={"today": 0, "tomorrow": 1, "yesterday": -1},
    weekdays=("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    coming=frozenset({"next", "this", "on"}),
    past=frozenset({"last"}),
    fillers=frozenset({"at"}),
    units={
        **dict.fromkeys(("minute", "minutes", "min", "mins"), _MINUTE),
        **dict.fromkeys(("hour", "hours", "h", "hr", "hrs"), _HOUR),
        **dict.fromkeys(("day", "days", "d"), _DAY),
        **dict.fromkeys(("week", "weeks", "w"), _WEEK),
    },
    ahead="in",
    ago_before="",
    ago_after="ago",
)
GERMAN = DateWords(
    now=frozenset({"jetzt"}),
    days={"heute": 0, "morgen": 1, "ubermorgen": 2, "gestern": -1, "vorgestern": -2},
    weekdays=("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    coming=frozenset({"nachsten", "nachster", "kommenden", "kommender", "diesen", "am"}),
    past=frozenset({"letzten", "letzter", "vergangenen", "vergangener", "vorigen", "voriger"}),
    fillers=frozenset({"um", "uhr"}),
    units={
        **dict.fromkeys(("minute", "minuten", "min"), _MINUTE),
        **dict.fromkeys(("stunde", "stunden", "std", "h"), _HOUR),
        **dict.fromkeys(("tag", "tagen", "tage"), _DAY),
        **dict.fromkeys(("woche", "wochen"), _WEEK),
    },
    ahead="in",
    ago_before="vor",
    ago_after="",
    day_first=True,
    extra={"naechsten": "nachsten", "naechster": "nachster", "uebermorgen": "ubermorgen"},
)
SPANISH = DateWords(
    now=frozenset({"ahora"}),
    days={
        "hoy": 0,
        "manana": 1,
        "pasado manana": 2,
        "ayer": -1,
        "anteayer": -2,
        "antes de ayer": -2,
        "antier": -2,
    },
    weekdays=("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"),
    coming=frozenset({"proximo", "este"}),
    past=frozenset({"pasado"}),
    fillers=frozenset({"a", "las", "la", "el"}),
    units={
        **dict.fromkeys(("minuto", "minutos", "min"), _MINUTE),
        **dict.fromkeys(("hora", "horas", "h"), _HOUR),
        **dict.fromkeys(("dia", "dias"), _DAY),
        **dict.fromkeys(("semana", "semanas"), _WEEK),
    },
    ahead="en",
    ago_before="hace",
    ago_after="",
    day_first=True,
)
LANGUAGE_WORDS: dict[str, DateWords] = {"en": ENGLISH, "de": GERMAN, "es": SPANISH}


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
    text: str,
    now: datetime,
    zone: tzinfo | None = None,
    *,
    field: str = "time",
    language: str = "en",
) -> datetime:
    """The aware UTC moment `text` names, read in `zone` (the local zone when None).

    `language` (an ISO 639-1 code, the interface language) adds its words and numeric date order
    to the English ones; accents and case do not matter. Raises UserError naming `field` and the
    text when it is not a time Rapport understands.
    """
    zone = zone or local_zone()
    local_now = now.astimezone(zone)
    lang = LANGUAGE_WORDS.get(language, ENGLISH)
    words = _folded(text, lang)
    if not words or words in lang.now or words in ENGLISH.now:
        return now
    found = (
        _relative(words, now, lang)
        or _iso(words, zone)
        or _day_and_time(words, local_now, lang)
        or _day_and_time(words, local_now, ENGLISH)
    )
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


def _folded(text: str, lang: DateWords) -> str:
    """Lower case, accents removed (mañana -> manana), commas and runs of spaces as one space,
    other spellings of a word folded to the listed one."""
    plain = unicodedata.normalize("NFKD", text.strip().lower().replace(",", " "))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(lang.extra.get(word, word) for word in plain.split())


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


def _relative(words: str, now: datetime, lang: DateWords) -> datetime | None:
    """'in 2 days', '3 hours ago', 'vor 2 Tagen', 'hace 3 horas', 'en 2 dias' (and English)."""
    for words_of in (lang, ENGLISH):
        found = _relative_in(words, now, words_of)
        if found is not None:
            return found
    return None


def _relative_in(words: str, now: datetime, lang: DateWords) -> datetime | None:
    parts = re.sub(r"(\d+)([a-z]+)", r"\1 \2", words).split(" ")
    if len(parts) != 3:
        return None
    if parts[0] == lang.ahead:
        sign, count, unit = 1, parts[1], parts[2]
    elif lang.ago_before and parts[0] == lang.ago_before:
        sign, count, unit = -1, parts[1], parts[2]
    elif lang.ago_after and parts[2] == lang.ago_after:
        sign, count, unit = -1, parts[0], parts[1]
    else:
        return None
    step = lang.units.get(unit)
    if step is None or not count.isdigit():
        return None
    try:
        return now + step * int(count) * sign
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


def _day_and_time(words: str, local_now: datetime, lang: DateWords) -> datetime | None:
    """'tomorrow', 'friday 10:30', 'next monday', 'last friday', '15:00', 'yesterday 3pm';
    'gestern um 15 Uhr', 'letzten Freitag', '31.12.2026 14:30'; 'ayer a las 15:00',
    'el viernes pasado', 'pasado mañana'."""
    parts = [p for p in words.split(" ") if p not in lang.fillers]
    day, parts = _day(parts, local_now.date(), lang)
    clock: time | None = None
    if parts:
        clock = _clock_time(" ".join(parts))
        if clock is None:
            return None
    if day is None and clock is None:
        return None
    return datetime.combine(day or local_now.date(), clock or DEFAULT_TIME, local_now.tzinfo)


def _day(parts: list[str], today: date, lang: DateWords) -> tuple[date | None, list[str]]:
    """The day the first words name (None when they name none) and the words left over."""
    if not parts:
        return None, parts
    for phrase, offset in sorted(lang.days.items(), key=lambda item: -len(item[0])):
        size = phrase.count(" ") + 1
        if " ".join(parts[:size]) == phrase:
            return today + timedelta(days=offset), parts[size:]
    if (numeric := _numeric_day(parts[0], today, lang)) is not None:
        return numeric, parts[1:]
    back = parts[0] in lang.past
    if back or parts[0] in lang.coming:
        parts = parts[1:]
    weekday = _weekday(parts[0], lang) if parts else None
    if weekday is None:
        return None, parts
    rest = parts[1:]
    if rest and rest[0] in lang.past:  # Spanish: "el viernes pasado"
        back, rest = True, rest[1:]
    if back:  # the most recent one before today
        return today - timedelta(days=(today.weekday() - weekday[0] - 1) % 7 + 1), rest
    ahead = (weekday[0] - today.weekday() - 1) % 7 + 1  # always a day still to come
    return today + timedelta(days=ahead), rest


def _numeric_day(word: str, today: date, lang: DateWords) -> date | None:
    """31.12.2026 or 31/12/2026 (two-digit years are this century; no year is this year)."""
    match = _DAY_FIRST.match(word) if lang.day_first else None
    if match is None:
        return None
    year = int(match.group(3)) if match.group(3) else today.year
    try:
        return date(year + 2000 if year < 100 else year, int(match.group(2)), int(match.group(1)))
    except ValueError:
        return None


def _weekday(word: str, lang: DateWords) -> tuple[int] | None:
    """The weekday number of a name or a prefix of three letters or more ('fri', 'mié')."""
    if len(word) < 3:
        return None
    return next(((i,) for i, name in enumerate(lang.weekdays) if name.startswith(word)), None)


def _clock_time(text: str) -> time | None:
    match = _TIME.match(text)
    if match is None:
        return None
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(3)
    if half in ("am", "pm"):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)
