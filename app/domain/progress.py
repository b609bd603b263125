"""The two callbacks long work takes, defined once for every layer.

A service that copies, imports or recomputes a lot reports how far it is through `Progress`
and asks `Cancelled` between batches; the UI passes a worker's signal and cancel flag, the CLI
and tests pass the quiet defaults below.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[str, float], None]  # a stage name and the share done, 0..1
Cancelled = Callable[[], bool]  # True once the person asked to stop


def no_progress(_stage: str, _share: float) -> None:
    """Reports nowhere: nobody watches (the CLI, a test, a small write done at once)."""


def never_cancelled() -> bool:
    """Never asks to stop: nobody can press Cancel."""
    return False
