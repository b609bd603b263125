"""`make bench`: find every scenario module, measure each scenario beside its floor in this one
run, print the table, write bench-results.json and exit 1 when a target is missed.

Samples alternate between the scenario and its floor, and the order flips every round (M F, F M,
M F, …), so a machine that warms up or slows down during the run affects both alike.
"""

from __future__ import annotations

import argparse
import importlib
import math
import os
import pkgutil
import shutil
import statistics
import sys
import tempfile
import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tests.bench import scenarios as scenario_package
from tests.bench.model import BenchEnv, Measure, Scenario
from tests.bench.report import format_value, print_table, write_json
from tests.bench.sample import CACHE, ROOT, discard, fingerprint, sample_database

SIZES = ("small", "medium", "large")
RESULTS = ROOT / "bench-results.json"


@dataclass
class Outcome:
    """One scenario's samples (in its unit) and what became of its targets."""

    scenario: Scenario
    module: str
    samples: list[float] = field(default_factory=list)
    floor_samples: list[float] = field(default_factory=list)
    error: str | None = None

    @property
    def median(self) -> float | None:
        return statistics.median(self.samples) if self.samples else None

    @property
    def floor_median(self) -> float | None:
        return statistics.median(self.floor_samples) if self.floor_samples else None

    @property
    def ratio(self) -> float | None:
        median, floor = self.median, self.floor_median
        return median / floor if median is not None and floor else None

    @property
    def has_target(self) -> bool:
        return self.scenario.target is not None or self.scenario.max_ratio is not None

    def misses(self) -> list[str]:
        """Why the scenario fails, in words; empty when every target it has is met."""
        if self.error is not None:
            return [f"failed: {self.error}"]
        found: list[str] = []
        target, max_ratio, median = self.scenario.target, self.scenario.max_ratio, self.median
        unit = self.scenario.unit
        if target is not None and median is not None and median > target:
            found.append(
                f"median {format_value(median, unit)} > target {format_value(target, unit)}"
            )
        if max_ratio is not None:
            ratio = self.ratio
            if ratio is None:
                found.append("no floor figure to compare with")
            elif ratio > max_ratio:
                found.append(f"ratio {ratio:.2f}x > {max_ratio:g}x the floor")
        return found

    @property
    def met(self) -> bool | None:
        """True/False against the targets; None when the scenario has none and did not fail."""
        if self.error is None and not self.has_target:
            return None
        return not self.misses()


def discover() -> list[tuple[str, Scenario]]:
    """(module, scenario) for every SCENARIOS list in tests/bench/scenarios/, by module name.
    A module that fails to import is reported as a failed pseudo-scenario, not a crash."""
    found: list[tuple[str, Scenario]] = []
    for info in sorted(pkgutil.iter_modules(scenario_package.__path__), key=lambda i: i.name):
        name = f"{scenario_package.__name__}.{info.name}"
        try:
            module = importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - one broken module must not hide the others
            found.append((info.name, _broken_module(info.name, exc)))
            continue
        found.extend((info.name, scenario) for scenario in getattr(module, "SCENARIOS", []))
    return found


def _broken_module(module: str, exc: Exception) -> Scenario:
    message = f"{type(exc).__name__}: {exc}"

    def fail(_env: BenchEnv) -> float:
        raise RuntimeError(f"cannot import tests/bench/scenarios/{module}.py ({message})")

    return Scenario(name=f"{module} (import)", issue=0, measure=fail, repeat=1, warmup=0)


def run_scenario(module: str, scenario: Scenario, env: BenchEnv, repeat: int | None) -> Outcome:
    scenario = scenario.for_size(env.size)
    outcome = Outcome(scenario, module)
    rounds = repeat or scenario.repeat
    started = time.perf_counter()
    print(f"  {scenario.name} ({module}) …", end="", flush=True)
    before = fingerprint(env.database)
    try:
        if scenario.setup is not None:
            scenario.setup(env)
        for _ in range(scenario.warmup):
            _sample_pair(scenario, env)
        for round_number in range(rounds):
            first, second = _sample_pair(scenario, env, floor_first=round_number % 2 == 1)
            outcome.samples.append(first)
            if second is not None:
                outcome.floor_samples.append(second)
    except Exception as exc:  # noqa: BLE001 - report the failure and go on with the next one
        outcome.error = f"{type(exc).__name__}: {exc}"
        traceback.print_exc(file=sys.stderr)
    if fingerprint(env.database) != before:
        outcome.error = (
            "it changed the shared sample database (copy it into env.scratch before writing); "
            "the cached copy was discarded"
        )
    print(f" {time.perf_counter() - started:.1f} s", flush=True)
    return outcome


def _sample_pair(
    scenario: Scenario, env: BenchEnv, *, floor_first: bool = False
) -> tuple[float, float | None]:
    """One sample of the scenario and, when it has one, of its floor, in the order asked."""
    floor: float | None = None
    if floor_first and scenario.floor is not None:
        floor = _sample(scenario.floor, env)
    value = _sample(scenario.measure, env)
    if not floor_first and scenario.floor is not None:
        floor = _sample(scenario.floor, env)
    return value, floor


def _sample(measure: Measure, env: BenchEnv) -> float:
    value = float(measure(env))
    if math.isnan(value) or value < 0:  # NaN or negative: a broken scenario, not a fast one
        raise ValueError(f"the scenario returned {value!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__)
    parser.add_argument("--size", choices=SIZES, default="large")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", action="append", metavar="NAME", help="run just these")
    parser.add_argument("--repeat", type=int, help="samples per scenario (default: its own)")
    parser.add_argument("--results", type=Path, default=RESULTS, help="the JSON report")
    parser.add_argument("--list", action="store_true", help="list the scenarios and exit")
    parser.add_argument(
        "--profile", type=Path, metavar="DIR", help="profile one run of --only NAME into DIR"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    found = discover()
    if args.list:
        for module, scenario in found:
            print(f"{scenario.name:40} {module:16} issue {scenario.issue}")
        return 0
    if args.only:
        unknown = set(args.only) - {scenario.name for _, scenario in found}
        if unknown:
            print(f"make bench: no scenario named {', '.join(sorted(unknown))}", file=sys.stderr)
            return 2
        found = [(module, s) for module, s in found if s.name in args.only]
    python = sys.executable
    database = sample_database(python, args.size, args.seed)
    scratch_root = Path(tempfile.mkdtemp(prefix="scratch-", dir=CACHE))
    os.environ["RAPPORT_HOME"] = str(scratch_root / "home")  # in-process apps stay in here
    try:
        if args.profile is not None:
            from tests.bench.profiling import profile_scenario  # noqa: PLC0415

            env = _env(args.size, database, scratch_root, found[0][1], python)
            return profile_scenario(found, env, args.profile)
        started, pristine = time.perf_counter(), fingerprint(database)
        load = _load_average()
        print(f"Measuring {len(found)} scenario(s) on {database.name}; load {load}:", flush=True)
        outcomes = [
            run_scenario(module, s, _env(args.size, database, scratch_root, s, python), args.repeat)
            for module, s in found
        ]
        seconds = time.perf_counter() - started
        if fingerprint(database) != pristine:
            discard(database)
    finally:
        shutil.rmtree(scratch_root, ignore_errors=True)
    print_table(outcomes)
    write_json(
        args.results,
        outcomes,
        size=args.size,
        seed=args.seed,
        database=database,
        load=(load, _load_average()),
    )
    print(f"\n{len(outcomes)} scenario(s) in {seconds:.0f} s; figures in {args.results}")
    return _verdict(outcomes)


def _env(
    size: str, database: Path, scratch_root: Path, scenario: Scenario, python: str
) -> BenchEnv:
    scratch = scratch_root / "".join(c if c.isalnum() else "_" for c in scenario.name)
    scratch.mkdir(parents=True, exist_ok=True)
    return BenchEnv(size=size, database=database, scratch=scratch, python=python)


def _load_average() -> str:
    """The 1/5/15-minute load averages: figures taken on a busy machine say so."""
    if not hasattr(os, "getloadavg"):
        return "unknown"
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def _verdict(outcomes: list[Outcome]) -> int:
    missed = [(o, reason) for o in outcomes for reason in o.misses()]
    if not missed:
        return 0
    print("\nMissed:", file=sys.stderr)
    for outcome, reason in missed:
        scenario = outcome.scenario
        print(f"  {scenario.name} (issue {scenario.issue}): {reason}", file=sys.stderr)
    return 1
