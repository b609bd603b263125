"""What a run reports: the table on stdout and bench-results.json, with the machine and the
library versions the figures were measured on, so they can be compared and re-run."""

from __future__ import annotations

import datetime
import json
import os
import platform
import statistics
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3.dbapi2 as sqlcipher
from PySide6 import QtCore
from PySide6 import __version__ as pyside_version
from sqlalchemy import __version__ as sqlalchemy_version

if TYPE_CHECKING:
    from tests.bench.runner import Outcome

COLUMNS = ("scenario", "median", "min", "max", "floor", "ratio", "target", "met")


def format_value(value: float | None, unit: str) -> str:
    """Seconds below one as milliseconds; other units as they come."""
    if value is None:
        return "-"
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    return f"{value:.1f} {unit}"


def format_target(target: float | None, max_ratio: float | None, unit: str) -> str:
    parts = []
    if target is not None:
        parts.append(f"<= {format_value(target, unit)}")
    if max_ratio is not None:
        parts.append(f"<= {max_ratio:g}x")
    return ", ".join(parts) or "-"


def table_row(entry: dict[str, Any]) -> tuple[str, ...]:
    """One scenario's row, from its bench-results.json entry (see outcome_json)."""
    unit, ratio = entry["unit"], entry["ratio"]
    met = "FAILED" if entry["error"] else {True: "yes", False: "NO", None: "-"}[entry["met"]]
    return (
        entry["name"],
        format_value(entry["median"], unit),
        format_value(entry["min"], unit),
        format_value(entry["max"], unit),
        format_value(entry["floor_median"], unit),
        f"{ratio:.2f}x" if ratio is not None else "-",
        format_target(entry["target"], entry["max_ratio"], unit),
        met,
    )


def print_table(outcomes: list[Outcome]) -> None:
    rows = [COLUMNS, *(table_row(outcome_json(o)) for o in outcomes)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    print()
    for index, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        print("  ".join(cells))
        if index == 0:
            print("  ".join("-" * w for w in widths))


def machine() -> dict[str, Any]:
    """Where the figures come from: host, CPU, memory, and the versions that matter."""
    return {
        "host": platform.node(),
        "system": f"{platform.system()} {platform.release()}",
        "machine": platform.machine(),
        "cpu": _proc_field("/proc/cpuinfo", "model name") or platform.processor(),
        "cpus": os.cpu_count(),
        "memory": _memory(),
        "python": platform.python_version(),
        "pyside6": pyside_version,
        "qt": QtCore.qVersion(),
        "sqlite": sqlcipher.sqlite_version,
        "sqlalchemy": sqlalchemy_version,
        "qt_platform": os.environ.get("QT_QPA_PLATFORM", ""),
    }


def _memory() -> str | None:
    total = _proc_field("/proc/meminfo", "MemTotal")  # "24683656 kB"
    return f"{int(total.split()[0]) / 1024**2:.1f} GiB" if total else None


def _proc_field(path: str, name: str) -> str | None:
    """A `name: value` line from a Linux /proc file; None elsewhere."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    for line in lines:
        key, _, value = line.partition(":")
        if key.strip() == name:
            return value.strip()
    return None


def outcome_json(outcome: Outcome) -> dict[str, Any]:
    scenario = outcome.scenario
    samples, floors = outcome.samples, outcome.floor_samples
    return {
        "name": scenario.name,
        "module": outcome.module,
        "issue": scenario.issue,
        "unit": scenario.unit,
        "samples": samples,
        "median": outcome.median,
        "min": min(samples, default=None),
        "max": max(samples, default=None),
        "stdev": statistics.stdev(samples) if len(samples) > 1 else None,
        "floor_samples": floors,
        "floor_median": outcome.floor_median,
        "floor_min": min(floors, default=None),
        "floor_max": max(floors, default=None),
        "ratio": outcome.ratio,
        "target": scenario.target,
        "max_ratio": scenario.max_ratio,
        "met": outcome.met,
        "missed": outcome.misses(),
        "error": outcome.error,
    }


def write_json(
    path: Path,
    outcomes: list[Outcome],
    *,
    size: str,
    seed: int,
    database: Path,
    load: tuple[str, str],
) -> dict[str, Any]:
    payload = {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "command": " ".join([Path(sys.executable).name, "-m", "tests.bench", *sys.argv[1:]]),
        "size": size,
        "seed": seed,
        "database": database.name,
        "machine": machine(),
        "load_average": {"before": load[0], "after": load[1]},
        "scenarios": [outcome_json(o) for o in outcomes],
        "all_met": all(o.met is not False for o in outcomes),
    }
    path.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return payload
