"""`python -m tests.bench.record RESULTS.json [...]`: put the figures of one or more runs into
the "Latest figures" section of BENCHMARKS.md (between its two markers), with the date, the
machine and the load it ran under, so the document always says where its numbers come from."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from tests.bench.report import COLUMNS, table_row
from tests.bench.sample import ROOT

DOCUMENT = ROOT / "BENCHMARKS.md"
START, END = "<!-- figures:start -->", "<!-- figures:end -->"


def run_section(payload: dict[str, Any]) -> str:
    machine, load = payload["machine"], payload["load_average"]
    header = (
        f"### `{payload['size']}` sample (seed {payload['seed']}), {payload['date']}\n\n"
        f"{machine['cpu']}, {machine['cpus']} cores, {machine['memory']} memory, "
        f"{machine['system']}; Python {machine['python']}, PySide6 {machine['pyside6']} "
        f"(Qt {machine['qt']}), SQLite {machine['sqlite']}, SQLAlchemy {machine['sqlalchemy']}; "
        f"load average {load['before']} before, {load['after']} after.\n\n"
    )
    lines = [
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "---|" * len(COLUMNS),
        *("| " + " | ".join(table_row(entry)) + " |" for entry in payload["scenarios"]),
    ]
    return header + "\n".join(lines) + "\n"


def record(results: list[Path], document: Path = DOCUMENT) -> None:
    text = document.read_text(encoding="utf-8")
    before, _, rest = text.partition(START)
    _, found, after = rest.partition(END)
    if not found:
        raise SystemExit(f"{document.name} has no {START} … {END} section")
    sections = [run_section(json.loads(path.read_text(encoding="utf-8"))) for path in results]
    body = "\n".join(sections)
    document.write_text(f"{before}{START}\n{body}{END}{after}", encoding="utf-8")


if __name__ == "__main__":
    record([Path(arg) for arg in sys.argv[1:]] or [ROOT / "bench-results.json"])
