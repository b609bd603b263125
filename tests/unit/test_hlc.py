"""The hybrid logical clock never goes backwards, whatever the wall clock does, and a received
stamp moves it past the sender's."""

from __future__ import annotations

from app.domain.hlc import Stamp, pack, receive, tick, wall_ms, wins
from hypothesis import given
from hypothesis import strategies as st

NOW = 1_780_000_000_000  # ms, December 2026
SKEW = 24 * 3600 * 1000

events = st.lists(
    st.tuples(st.booleans(), st.integers(-SKEW, SKEW), st.integers(0, pack(NOW + 2 * SKEW))),
    max_size=60,
)


@given(events)
def test_stamps_strictly_increase_under_any_wall_clock(steps: list[tuple[bool, int, int]]) -> None:
    last = 0
    for received, skew, remote in steps:
        after = receive(last, remote, NOW + skew) if received else tick(last, NOW + skew)
        assert after > last
        if received:
            assert after > remote
        last = after


@given(st.integers(0, 2**40), st.integers(0, 2**40))
def test_a_tick_is_at_least_the_wall_clock(last: int, now_ms: int) -> None:
    assert wall_ms(tick(last, now_ms)) >= now_ms


def test_wall_clock_going_back_keeps_counting_from_the_last_stamp() -> None:
    first = tick(0, NOW)
    assert tick(first, NOW - 60_000) == first + 1


def test_highest_stamp_wins_and_the_origin_breaks_ties() -> None:
    assert wins(Stamp(5, "a"), None)
    assert wins(Stamp(6, "a"), Stamp(5, "z"))
    assert wins(Stamp(5, "b"), Stamp(5, "a"))
    assert not wins(Stamp(5, "a"), Stamp(5, "a"))
