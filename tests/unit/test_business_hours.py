"""Business-time arithmetic, with cases worked out by hand on a calendar."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from app.domain.business_hours import BusinessCalendar, office_week, parse_interval
from app.domain.complaint_workflow import SlaTargets, due_times
from app.domain.errors import UserError
from app.domain.public_holidays import PublicHolidays, holiday_countries, subdivisions
from hypothesis import given
from hypothesis import strategies as st

H = timedelta(hours=1)


def utc(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)  # 2026-03-02 is a Monday


def calendar(zone: str = "UTC", holidays: tuple[str, ...] = ()) -> BusinessCalendar:
    return BusinessCalendar.from_settings(office_week(), holidays, zone)


def test_time_inside_one_working_day() -> None:
    assert calendar().add(utc(2, 10), 3 * H) == utc(2, 13)
    assert calendar().between(utc(2, 10), utc(2, 13)) == 3 * H


def test_friday_afternoon_runs_over_the_weekend() -> None:
    # Friday 16:00 + 2 h: one hour on Friday, the second on Monday 09:00-10:00.
    assert calendar().add(utc(6, 16), 2 * H) == utc(9, 10)
    # Friday 15:00 to Monday 11:00: 2 h on Friday + 2 h on Monday.
    assert calendar().between(utc(6, 15), utc(9, 11)) == 4 * H


def test_holiday_is_skipped() -> None:
    cal = calendar(holidays=("2026-03-09",))  # the Monday
    assert cal.add(utc(6, 16), 2 * H) == utc(10, 10)
    assert cal.between(utc(6, 15), utc(10, 11)) == 4 * H
    assert not cal.is_working(utc(9, 12))


def test_public_holidays_of_the_country_and_region_close_the_business_too() -> None:
    """Bavaria keeps Epiphany (6 January), Berlin does not; Good Friday is everyone's, and the
    business's own closing day (Christmas Eve) counts beside them, in any year."""

    def closed(region: str) -> list[int]:
        cal = BusinessCalendar.from_settings(
            office_week(), ("2026-12-24",), "Europe/Berlin", ("DE", region)
        )
        return [d for d in range(1, 32) if cal.is_closed(date(2026, 1, d))]

    assert closed("BY") == [1, 6]
    assert closed("BE") == [1]
    assert closed("") == [1]
    cal = BusinessCalendar.from_settings(office_week(), ("2026-12-24",), "UTC", ("DE", "BY"))
    assert cal.is_closed(date(2026, 12, 24))
    assert cal.is_closed(date(2031, 4, 11))  # Good Friday
    # Thursday 2 April 2026 16:00 + 2 h: Good Friday and Easter Monday are skipped.
    assert cal.add(datetime(2026, 4, 2, 16, tzinfo=UTC), 2 * H) == datetime(
        2026, 4, 7, 10, tzinfo=UTC
    )


def test_unknown_country_or_region_is_refused() -> None:
    with pytest.raises(UserError, match="no public holidays on file for the country 'XX'"):
        BusinessCalendar.from_settings(office_week(), (), "UTC", ("XX", ""))
    with pytest.raises(UserError, match="'ZZ' is not a region of DE"):
        BusinessCalendar.from_settings(office_week(), (), "UTC", ("DE", "ZZ"))


def test_subdivisions_and_named_holidays_for_the_settings_page() -> None:
    assert ("BY", "Bayern") in subdivisions("DE")
    assert ("SCT", "Scotland") in subdivisions("GB")
    assert "DE" in holiday_countries()
    named = PublicHolidays("DE", "BY").named(2026, "de")
    assert (date(2026, 1, 6), "Heilige Drei Könige") in named
    assert PublicHolidays("DE").named(2026, "tlh")[0] == (date(2026, 1, 1), "New Year's Day")
    assert PublicHolidays("ES").named(2026, "es")[0] == (date(2026, 1, 1), "Año Nuevo")


def test_edges_of_the_working_day() -> None:
    cal = calendar()
    assert cal.add(utc(2, 16), H) == utc(2, 17)  # ends exactly at closing, not next morning
    assert cal.add(utc(2, 17), H) == utc(3, 10)  # starting at closing counts from next opening
    assert cal.add(utc(2, 7), H) == utc(2, 10)  # before opening counts from opening
    assert cal.between(utc(2, 17), utc(3, 9)) == timedelta(0)  # the night is not business time
    assert cal.add(utc(2, 12), timedelta(0)) == utc(2, 12)
    assert cal.between(utc(3, 9), utc(2, 9)) == timedelta(0)


def test_five_business_days_span_a_week() -> None:
    assert calendar().add(utc(2, 10), 40 * H) == utc(9, 10)


def test_across_a_pause() -> None:
    cal = calendar()
    opened = utc(2, 10)  # Monday 10:00, resolution target 8 business hours
    paused = cal.between(utc(2, 12), utc(3, 12))  # waiting Monday 12:00 to Tuesday 12:00
    assert paused == 8 * H  # Monday 12-17 (5 h) + Tuesday 9-12 (3 h)
    due = due_times(cal, opened, SlaTargets.hours(1, 8), paused)
    assert due.first_response == utc(2, 11)
    # 16 business hours from Monday 10:00: Monday 7 h, Tuesday 8 h, Wednesday 09:00-10:00.
    assert due.resolution == utc(4, 10)


def test_schedule_read_in_another_time_zone() -> None:
    cal = calendar("Europe/Berlin")  # UTC+1 in early March
    # 07:30 UTC is 08:30 in Berlin: the clock starts at 09:00 local (08:00 UTC).
    assert cal.add(utc(2, 7, 30), H) == utc(2, 9)
    assert cal.is_working(utc(2, 8))
    assert not cal.is_working(utc(2, 16, 30))
    # A whole Berlin working day is 8 h, i.e. 08:00-16:00 UTC.
    assert cal.between(utc(2, 0), utc(2, 23)) == 8 * H


def test_daylight_saving_change_keeps_local_hours() -> None:
    cal = calendar("Europe/Berlin")  # clocks go forward on Sunday 2026-03-29
    friday_4pm_local = datetime(2026, 3, 27, 16, tzinfo=ZoneInfo("Europe/Berlin"))
    due = cal.add(friday_4pm_local, 2 * H)
    # One hour on Friday, the second on Monday 09:00-10:00 local, now UTC+2.
    assert due == utc(30, 8)


def test_two_periods_a_day() -> None:
    week = {day: ["09:00-12:00", "13:00-17:00"] for day in ("mon", "tue", "wed", "thu", "fri")}
    cal = BusinessCalendar.from_settings(week, (), "UTC")
    assert cal.add(utc(2, 11, 30), H) == utc(2, 13, 30)  # lunch does not count
    assert cal.between(utc(2, 9), utc(2, 17)) == 7 * H


def test_bad_settings_are_refused_in_plain_words() -> None:
    with pytest.raises(UserError, match="'17:00-09:00' ends before it starts"):
        parse_interval("17:00-09:00")
    with pytest.raises(UserError, match="not a working period"):
        parse_interval("nine to five")
    with pytest.raises(UserError, match="not a known time zone"):
        calendar("Mars/Olympus")
    with pytest.raises(UserError, match="not a holiday date"):
        calendar(holidays=("25.12.2026",))
    with pytest.raises(UserError, match="no working hours"):
        BusinessCalendar.from_settings({}, (), "UTC")


instants = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)
)


@given(instants, st.integers(min_value=0, max_value=200 * 3600))
def test_adding_then_measuring_gives_the_duration_back(start: datetime, seconds: int) -> None:
    cal = calendar("Europe/Berlin", ("2026-12-25",))
    duration = timedelta(seconds=seconds)
    assert cal.between(start, cal.add(start, duration)) == duration


@given(instants, instants)
def test_between_is_never_more_than_wall_time(a: datetime, b: datetime) -> None:
    cal = calendar("America/New_York")
    assert timedelta(0) <= cal.between(a, b) <= max(b - a, timedelta(0))
