"""The contract between benchmark scenarios and the runner (`make bench`).

A scenario measures one operation beside its floor (the raw SQLite query, bare Qt window or
sqlite3 `.import` doing the same job) in the same run; the runner alternates the two, repeats,
and reports median/min/max and the ratio. Targets come from the issues: an absolute bound on
the median, a bound on the ratio to the floor, or both. Scenario modules live in
tests/bench/scenarios/ and expose SCENARIOS: list[Scenario].
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path


@dataclass(frozen=True, slots=True)
class BenchEnv:
    """What a scenario may use. `database` is the cached sample of `size`: treat it as read-only
    and copy it into `scratch` first if the scenario writes."""

    size: str
    database: Path
    scratch: Path
    python: str  # the interpreter running the app, for whole-process scenarios


Measure = Callable[[BenchEnv], float]  # one sample: seconds (or MB where unit == "MB")


@dataclass(frozen=True, slots=True)
class Scenario:
    name: str
    issue: int
    measure: Measure
    floor: Measure | None = None
    target: float | None = None  # the median must be at most this (in `unit`)
    max_ratio: float | None = None  # median(measure) / median(floor) must be at most this
    unit: str = "s"
    repeat: int = 5
    setup: Callable[[BenchEnv], None] | None = None  # once, before the first sample
    warmup: int = 1  # untimed rounds of measure and floor before the samples (imports, caches)
    # `target` for a sample size where it differs ("medium": 220.0); others keep `target`
    size_targets: Mapping[str, float] | None = None

    def for_size(self, size: str) -> Scenario:
        """This scenario with the target that applies to the `size` sample."""
        if not self.size_targets or size not in self.size_targets:
            return self
        return replace(self, target=self.size_targets[size])
