"""Hybrid logical clock: wall-clock milliseconds with a counter, packed in one integer.

A stamp is `ms << 16 | counter`. Ticking takes the larger of "one past the last stamp" and
"now with a zero counter", so stamps never go backwards even when the wall clock does, and a
received stamp pushes the clock forward: whatever happened before a write has a smaller stamp.
The capture triggers compute the same `tick` in SQL (app/storage/sync_capture.py).
"""

from __future__ import annotations

from dataclasses import dataclass

COUNTER_BITS = 16


def pack(ms: int, counter: int = 0) -> int:
    return (ms << COUNTER_BITS) | counter


def wall_ms(stamp: int) -> int:
    """The wall-clock part of a stamp (milliseconds since the epoch)."""
    return stamp >> COUNTER_BITS


def tick(last: int, now_ms: int) -> int:
    """The stamp of a local event: after `last`, and at least the wall clock."""
    return max(last + 1, pack(now_ms))


def receive(last: int, remote: int, now_ms: int) -> int:
    """The clock after seeing a `remote` stamp: after both it and `last`."""
    return max(last + 1, remote + 1, pack(now_ms))


@dataclass(frozen=True, slots=True, order=True)
class Stamp:
    """A write's place in the total order: stamps first, the origin breaks ties."""

    hlc: int
    origin: str


def wins(incoming: Stamp, current: Stamp | None) -> bool:
    """Last writer wins per field: the highest (hlc, origin) is the value every copy keeps."""
    return current is None or incoming > current
