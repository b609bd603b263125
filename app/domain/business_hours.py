"""Business time: a weekly schedule, holiday dates and a time zone, so SLA clocks only run while
the business is open (a case opened on Friday evening is not overdue on Monday morning).

Pure and Qt-free. Instants are aware datetimes (any zone); the schedule is read in `zone`, so a
working day keeps its local hours across daylight-saving changes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.domain.public_holidays import PublicHolidays

Interval = tuple[time, time]
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SEARCH_LIMIT_DAYS = 3 * 366  # a schedule with no working time left would otherwise loop forever


def parse_interval(text: str) -> Interval:
    """'09:00-17:00' -> (09:00, 17:00); the end must come after the start."""
    try:
        start_text, end_text = (part.strip() for part in text.split("-"))
        start, end = time.fromisoformat(start_text), time.fromisoformat(end_text)
    except ValueError:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "'{text}' is not a working period like 09:00-17:00."),
            text=text,
        ) from None
    if end <= start:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The working period '{text}' ends before it starts."),
            text=text,
        )
    return start, end


def format_interval(interval: Interval) -> str:
    return f"{interval[0]:%H:%M}-{interval[1]:%H:%M}"


def load_zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long for a file
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "'{name}' is not a known time zone (e.g. Europe/Berlin)."
            ),
            name=name[:80],
        ) from None


@dataclass(frozen=True, slots=True)
class BusinessCalendar:
    """When the business works: intervals per weekday (Monday first), holidays, and the zone."""

    week: tuple[tuple[Interval, ...], ...]
    holidays: frozenset[date] = frozenset()  # the business's own closing days
    zone: ZoneInfo = field(default_factory=lambda: ZoneInfo("UTC"))
    public: PublicHolidays | None = None  # the country's (and region's) public holidays
    _line: _WorkLine = field(init=False, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        if len(self.week) != 7:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "A weekly schedule needs an entry for each of the seven days."
                )
            )
        if not any(self.week):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The weekly schedule has no working hours on any day."
                )
            )
        object.__setattr__(self, "_line", _WorkLine(self._periods_on))

    @classmethod
    def from_settings(
        cls,
        schedule: Mapping[str, Sequence[str]],
        holidays: Iterable[str],
        zone: str,
        public: tuple[str, str] = ("", ""),
    ) -> BusinessCalendar:
        """Build from the stored form: {'mon': ['09:00-17:00'], ...}, ISO dates, a zone name,
        and the (country, subdivision) whose public holidays also close the business."""
        week = tuple(tuple(parse_interval(t) for t in schedule.get(day, ())) for day in DAY_NAMES)
        days: set[date] = set()
        for text in holidays:
            try:
                days.add(date.fromisoformat(text))
            except ValueError:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError", "'{text}' is not a holiday date like 2026-12-25."
                    ),
                    text=text,
                ) from None
        country, subdivision = public
        official = PublicHolidays(country, subdivision) if country else None
        return cls(week, frozenset(days), load_zone(zone), official)

    # -- the two questions an SLA clock asks -------------------------------------------------

    def add(self, start: datetime, duration: timedelta) -> datetime:
        """The instant when `duration` of business time has passed after `start`."""
        if duration <= timedelta(0):
            return start
        return _from_micros(self._line.add(_micros(start), duration // _MICRO))

    def between(self, start: datetime, end: datetime) -> timedelta:
        """Business time from `start` to `end` (zero when `end` is not after `start`)."""
        if end <= start:
            return timedelta(0)
        return self._line.span(_micros(start), _micros(end)) * _MICRO

    def is_working(self, instant: datetime) -> bool:
        local_day = instant.astimezone(self.zone).date()
        return any(a <= instant < b for a, b in self._periods_on(local_day))

    def is_closed(self, day: date) -> bool:
        """A closing day of the business or a public holiday where it works."""
        return day in self.holidays or (self.public is not None and day in self.public)

    def periods_on(self, day: date) -> tuple[tuple[datetime, datetime], ...]:
        """The day's working periods as UTC instants (for callers tabulating business time)."""
        return self._periods_on(day)

    def _periods_on(self, day: date) -> tuple[tuple[datetime, datetime], ...]:
        """The day's working periods as UTC instants (local hours, so DST is respected)."""
        intervals = () if self.is_closed(day) else self.week[day.weekday()]
        return tuple(
            (
                datetime.combine(day, a, tzinfo=self.zone).astimezone(UTC),
                datetime.combine(day, b, tzinfo=self.zone).astimezone(UTC),
            )
            for a, b in intervals
        )


_MICRO = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_DAY = 86_400_000_000


def _micros(instant: datetime) -> int:
    return (instant - _EPOCH) // _MICRO


def _from_micros(value: int) -> datetime:
    return _EPOCH + value * _MICRO


class _WorkLine:
    """The working periods of a span of days in integer microseconds, with the business time
    before each, so `position` and `add` are binary searches instead of day-by-day walks (the
    SLA recompute of every open case asks thousands of times). The span grows on demand."""

    def __init__(self, periods_on: Callable[[date], tuple[tuple[datetime, datetime], ...]]):
        self._periods_on = periods_on
        self._first = self._last = date.max  # nothing covered yet
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._before: list[int] = []  # business time before each period
        self._through: list[int] = []  # business time up to each period's end
        self._low = self._high = 0  # instants safely inside the span (a day from its edges)

    def span(self, start: int, end: int) -> int:
        """Business microseconds from `start` to `end` (one origin: cover both first)."""
        self._cover(start, end)
        return self._position(end) - self._position(start)

    def add(self, start: int, duration: int) -> int:
        self._cover(start, start)
        target = self._position(start) + duration
        for _ in range(_SEARCH_LIMIT_DAYS // 7):
            if self._through and self._through[-1] >= target:
                j = bisect_left(self._through, target)
                return self._starts[j] + target - self._before[j]
            self._extend_forward(7)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The business calendar has no working time left to count an SLA in."
            )
        )

    def _position(self, instant: int) -> int:
        """Business microseconds from the span's start to `instant` (inside the span)."""
        i = bisect_right(self._starts, instant) - 1
        if i < 0:
            return 0
        return self._before[i] + min(instant, self._ends[i]) - self._starts[i]

    def _cover(self, low: int, high: int) -> None:
        if self._low <= low and high <= self._high:
            return
        first = _from_micros(low).date() - timedelta(days=2)  # covers any zone offset
        last = _from_micros(high).date() + timedelta(days=2)
        if self._first == date.max:
            self._build(first, last)
        elif first < self._first:
            self._build(first, max(last, self._last))
        elif last > self._last:
            self._extend_forward((last - self._last).days)

    def _build(self, first: date, last: date) -> None:
        self._first, self._last = first, first - timedelta(days=1)
        self._starts, self._ends, self._before, self._through = [], [], [], []
        self._extend_forward((last - first).days + 1)

    def _extend_forward(self, days: int) -> None:
        for _ in range(days):
            self._last += timedelta(days=1)
            for open_at, close_at in self._periods_on(self._last):
                done = self._through[-1] if self._through else 0
                begin, end = _micros(open_at), _micros(close_at)
                self._starts.append(begin)
                self._ends.append(end)
                self._before.append(done)
                self._through.append(done + end - begin)
        self._low = _micros(datetime.combine(self._first, time(), UTC)) + _DAY
        self._high = _micros(datetime.combine(self._last, time(), UTC))


def office_week(start: str = "09:00", end: str = "17:00") -> dict[str, list[str]]:
    """Monday to Friday, one working period a day: the default schedule."""
    return {day: [f"{start}-{end}"] if day not in ("sat", "sun") else [] for day in DAY_NAMES}
