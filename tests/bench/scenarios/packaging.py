"""Issue 9: the frozen app's start to first paint against the same from source, in one run.

Both start `rapport` offscreen on the same demo database with RAPPORT_PAINT_PROBE set, so the
main window prints the wall-clock time of its first paint and quits (app/ui/application.py).
The frozen build is made first if dist/ has none (`make package` leaves one there).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.model import BenchEnv, Scenario

ROOT = Path(__file__).resolve().parents[3]
FROZEN = ROOT / "dist" / "rapport" / "rapport"
PROBE_ENV = "RAPPORT_PAINT_PROBE"  # app.ui.application.PAINT_PROBE_ENV, not imported: no Qt here
START_TIMEOUT = 120


def first_paint_seconds(command: list[str], database: Path, home: Path) -> float:
    """Seconds from starting `command` on `database` (offscreen) to the main window's first
    paint."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RAPPORT_HOME": str(home), PROBE_ENV: "1"}
    env.pop("RAPPORT_DB", None)
    started = time.time()
    done = subprocess.run(
        [*command, "--db", str(database)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT,
        check=False,
    )
    painted = [line for line in done.stdout.splitlines() if line.startswith("first-paint ")]
    if done.returncode != 0 or not painted:
        raise RuntimeError(f"{command[0]} did not paint (exit {done.returncode}): {done.stderr}")
    return float(painted[0].split()[1]) - started


def demo_database(folder: Path) -> Path:
    """A small demo database made by the frozen build (so both sides open the same file)."""
    database = folder / "startup-demo.db"
    if not database.exists():
        subprocess.run(
            [str(FROZEN), "demo", "--plain", "--db", str(database)],
            env={**os.environ, "RAPPORT_HOME": str(folder / "home")},
            check=True,
            capture_output=True,
            timeout=START_TIMEOUT,
        )
    return database


def compare_first_paint(scratch: Path, python: str, samples: int = 5) -> dict[str, float]:
    """Median start to first paint, frozen and from source: one warm-up each, then alternating so
    both see the same machine (its load changes from minute to minute)."""
    database, home = demo_database(scratch), scratch / "home"
    commands = {"frozen": [str(FROZEN)], "source": [python, str(ROOT / "main.py")]}
    times: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(samples + 1):
        for name, command in commands.items():
            seconds = first_paint_seconds(command, database, home)
            if round_:
                times[name].append(seconds)
    frozen, source = statistics.median(times["frozen"]), statistics.median(times["source"])
    return {
        "frozen_s": round(frozen, 3),
        "source_s": round(source, 3),
        "ratio": round(frozen / source, 2),
    }


def _build_if_missing(env: BenchEnv) -> None:
    if not FROZEN.exists():
        subprocess.run(
            [env.python, str(ROOT / "packaging" / "build.py"), "--onedir-only"], check=True
        )
    demo_database(env.scratch)


def _frozen(env: BenchEnv) -> float:
    return first_paint_seconds([str(FROZEN)], demo_database(env.scratch), env.scratch / "home")


def _source(env: BenchEnv) -> float:
    return first_paint_seconds(
        [env.python, str(ROOT / "main.py")], demo_database(env.scratch), env.scratch / "home"
    )


SCENARIOS: list[Scenario] = [
    Scenario(
        name="packaging.frozen_first_paint",
        measure=_frozen,
        floor=_source,
        issue=24,
        max_ratio=1.2,  # issue 24 (was 1.5 under issue 9)
        setup=_build_if_missing,
    ),
]


if __name__ == "__main__":
    scratch = ROOT / "build" / "bench-packaging"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    bench = BenchEnv("small", scratch / "unused.db", scratch, sys.executable)
    _build_if_missing(bench)
    print(compare_first_paint(scratch, sys.executable))
