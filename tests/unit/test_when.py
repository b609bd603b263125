"""Typed times are read relative to the injected clock, in the given zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from app.domain.errors import UserError
from app.domain.when import Snooze, parse_when, snooze_until
from hypothesis import given, settings
from hypothesis import strategies as st

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # a Monday
BERLIN_WINTER = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", NOW),
        ("now", NOW),
        ("yesterday 15:00", datetime(2026, 3, 1, 15, 0, tzinfo=UTC)),
        ("tomorrow", datetime(2026, 3, 3, 9, 0, tzinfo=UTC)),
        ("Tomorrow at 3pm", datetime(2026, 3, 3, 15, 0, tzinfo=UTC)),
        ("friday", datetime(2026, 3, 6, 9, 0, tzinfo=UTC)),
        ("fri 10:30", datetime(2026, 3, 6, 10, 30, tzinfo=UTC)),
        ("monday", datetime(2026, 3, 9, 9, 0, tzinfo=UTC)),  # today is Monday: the next one
        ("next tuesday", datetime(2026, 3, 3, 9, 0, tzinfo=UTC)),
        ("in 2 days", NOW + timedelta(days=2)),
        ("in 90 minutes", NOW + timedelta(minutes=90)),
        ("3 hours ago", NOW - timedelta(hours=3)),
        ("in 1 week", NOW + timedelta(weeks=1)),
        ("16:45", datetime(2026, 3, 2, 16, 45, tzinfo=UTC)),
        ("2026-03-05", datetime(2026, 3, 5, 9, 0, tzinfo=UTC)),
        ("2026-03-05 14:30", datetime(2026, 3, 5, 14, 30, tzinfo=UTC)),
        ("2026-03-05T14:30", datetime(2026, 3, 5, 14, 30, tzinfo=UTC)),
    ],
)
def test_parses_common_forms(text: str, expected: datetime) -> None:
    assert parse_when(text, NOW, UTC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last friday", datetime(2026, 2, 27, 9, 0, tzinfo=UTC)),
        ("last monday", datetime(2026, 2, 23, 9, 0, tzinfo=UTC)),  # today's a Monday: a week ago
        ("on wednesday at 8am", datetime(2026, 3, 4, 8, 0, tzinfo=UTC)),
        ("2days ago", NOW - timedelta(days=2)),
    ],
)
def test_english_past_weekdays(text: str, expected: datetime) -> None:
    assert parse_when(text, NOW, UTC) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jetzt", NOW),
        ("heute 14:00", datetime(2026, 3, 2, 14, 0, tzinfo=UTC)),
        ("gestern 15:00", datetime(2026, 3, 1, 15, 0, tzinfo=UTC)),
        ("Gestern um 15 Uhr", datetime(2026, 3, 1, 15, 0, tzinfo=UTC)),
        ("vorgestern", datetime(2026, 2, 28, 9, 0, tzinfo=UTC)),
        ("morgen", datetime(2026, 3, 3, 9, 0, tzinfo=UTC)),
        ("übermorgen 10:30", datetime(2026, 3, 4, 10, 30, tzinfo=UTC)),
        ("uebermorgen", datetime(2026, 3, 4, 9, 0, tzinfo=UTC)),
        ("Freitag", datetime(2026, 3, 6, 9, 0, tzinfo=UTC)),
        ("am Freitag um 10:30", datetime(2026, 3, 6, 10, 30, tzinfo=UTC)),
        ("nächsten Dienstag", datetime(2026, 3, 3, 9, 0, tzinfo=UTC)),
        ("letzten Freitag", datetime(2026, 2, 27, 9, 0, tzinfo=UTC)),
        ("mi", None),  # two letters name no day
        ("Mittwoch 8:00", datetime(2026, 3, 4, 8, 0, tzinfo=UTC)),
        ("in 2 Tagen", NOW + timedelta(days=2)),
        ("vor 3 Stunden", NOW - timedelta(hours=3)),
        ("31.12.2026", datetime(2026, 12, 31, 9, 0, tzinfo=UTC)),
        ("5.3.2026 14:30", datetime(2026, 3, 5, 14, 30, tzinfo=UTC)),
        ("5.3.", datetime(2026, 3, 5, 9, 0, tzinfo=UTC)),
        ("31.02.2026", None),
        ("yesterday 15:00", datetime(2026, 3, 1, 15, 0, tzinfo=UTC)),  # English still works
        ("2026-03-05", datetime(2026, 3, 5, 9, 0, tzinfo=UTC)),
    ],
)
def test_german_words_and_day_first_dates(text: str, expected: datetime | None) -> None:
    if expected is None:
        with pytest.raises(UserError):
            parse_when(text, NOW, UTC, language="de")
    else:
        assert parse_when(text, NOW, UTC, language="de") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ahora", NOW),
        ("hoy", datetime(2026, 3, 2, 9, 0, tzinfo=UTC)),
        ("ayer 15:00", datetime(2026, 3, 1, 15, 0, tzinfo=UTC)),
        ("ayer a las 15:00", datetime(2026, 3, 1, 15, 0, tzinfo=UTC)),
        ("anteayer", datetime(2026, 2, 28, 9, 0, tzinfo=UTC)),
        ("antes de ayer", datetime(2026, 2, 28, 9, 0, tzinfo=UTC)),
        ("mañana", datetime(2026, 3, 3, 9, 0, tzinfo=UTC)),
        ("manana a las 10", datetime(2026, 3, 3, 10, 0, tzinfo=UTC)),
        ("pasado mañana", datetime(2026, 3, 4, 9, 0, tzinfo=UTC)),
        ("viernes", datetime(2026, 3, 6, 9, 0, tzinfo=UTC)),
        ("el miércoles a las 8:00", datetime(2026, 3, 4, 8, 0, tzinfo=UTC)),
        ("miercoles", datetime(2026, 3, 4, 9, 0, tzinfo=UTC)),
        ("sábado", datetime(2026, 3, 7, 9, 0, tzinfo=UTC)),
        ("el próximo martes", datetime(2026, 3, 3, 9, 0, tzinfo=UTC)),
        ("el viernes pasado", datetime(2026, 2, 27, 9, 0, tzinfo=UTC)),
        ("el pasado viernes", datetime(2026, 2, 27, 9, 0, tzinfo=UTC)),
        ("en 2 días", NOW + timedelta(days=2)),
        ("hace 3 horas", NOW - timedelta(hours=3)),
        ("31/12/2026", datetime(2026, 12, 31, 9, 0, tzinfo=UTC)),
        ("5/3/2026 14:30", datetime(2026, 3, 5, 14, 30, tzinfo=UTC)),
        ("13/13/2026", None),
        ("friday", datetime(2026, 3, 6, 9, 0, tzinfo=UTC)),  # English still works
    ],
)
def test_spanish_words_and_day_first_dates(text: str, expected: datetime | None) -> None:
    if expected is None:
        with pytest.raises(UserError):
            parse_when(text, NOW, UTC, language="es")
    else:
        assert parse_when(text, NOW, UTC, language="es") == expected


def test_english_keeps_iso_dates_only() -> None:
    with pytest.raises(UserError):
        parse_when("5.3.2026", NOW, UTC)


def test_local_zone_is_applied() -> None:
    assert parse_when("yesterday 15:00", NOW, BERLIN_WINTER) == datetime(
        2026, 3, 1, 14, 0, tzinfo=UTC
    )


@pytest.mark.parametrize(
    "junk", ["banana", "25:00", "in 2 fortnights", "13pm", "tomorrow soon", "in 99999999 weeks"]
)
def test_junk_is_a_user_error_naming_the_text(junk: str) -> None:
    with pytest.raises(UserError, match=junk):
        parse_when(junk, NOW, UTC, field="follow-up time")


@pytest.mark.parametrize("language", ["en", "de", "es"])
@settings(deadline=None)  # speed is for the benchmarks; this is about never crashing
@given(text=st.text(max_size=30) | st.from_regex(r"in \d{1,12} (days|weeks)", fullmatch=True))
def test_wild_input_parses_or_says_why(text: str, language: str) -> None:
    try:
        outcome = str(parse_when(text, NOW, UTC, language=language).tzinfo)
    except UserError as exc:
        outcome = str(exc)
    assert outcome == "UTC" or "understands" in outcome


def test_snooze_choices() -> None:
    assert snooze_until(Snooze.HOUR, NOW, UTC) == NOW + timedelta(hours=1)
    assert snooze_until(Snooze.TOMORROW, NOW, UTC) == datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
    assert snooze_until(Snooze.NEXT_WEEK, NOW, UTC) == datetime(2026, 3, 9, 9, 0, tzinfo=UTC)
