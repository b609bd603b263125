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


@settings(deadline=None)  # speed is for the benchmarks; this is about never crashing
@given(st.text(max_size=30) | st.from_regex(r"in \d{1,12} (days|weeks)", fullmatch=True))
def test_wild_input_parses_or_says_why(text: str) -> None:
    try:
        outcome = str(parse_when(text, NOW, UTC).tzinfo)
    except UserError as exc:
        outcome = str(exc)
    assert outcome == "UTC" or "understands" in outcome


def test_snooze_choices() -> None:
    assert snooze_until(Snooze.HOUR, NOW, UTC) == NOW + timedelta(hours=1)
    assert snooze_until(Snooze.TOMORROW, NOW, UTC) == datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
    assert snooze_until(Snooze.NEXT_WEEK, NOW, UTC) == datetime(2026, 3, 9, 9, 0, tzinfo=UTC)
