"""`make profile SCENARIO=name`: one sample of a scenario under pyinstrument, a sampling
profiler, so a slow path is found rather than guessed. Whole-process scenarios profile their
child process too (the start-up driver reads PROFILE_ENV)."""

from __future__ import annotations

import os
from pathlib import Path

from pyinstrument import Profiler

from tests.bench.first_paint import PROFILE_ENV
from tests.bench.model import BenchEnv, Scenario


def profile_scenario(found: list[tuple[str, Scenario]], env: BenchEnv, folder: Path) -> int:
    """Profile one sample of the single scenario in `found`; write HTML and text reports."""
    if len(found) != 1:
        print("make profile: name exactly one scenario (make profile SCENARIO=name)")
        return 2
    _module, scenario = found[0]
    folder.mkdir(parents=True, exist_ok=True)
    if scenario.setup is not None:
        scenario.setup(env)
    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in scenario.name)
    child_report = folder / f"{stem}-process"
    os.environ[PROFILE_ENV] = str(child_report.resolve())
    profiler = Profiler()
    profiler.start()
    try:
        value = scenario.measure(env)
    finally:
        profiler.stop()
        del os.environ[PROFILE_ENV]
    (folder / f"{stem}.html").write_text(profiler.output_html(), encoding="utf-8")
    (folder / f"{stem}.txt").write_text(profiler.output_text(), encoding="utf-8")
    print(profiler.output_text())
    print(f"{scenario.name}: {value:.4g} {scenario.unit} (one profiled sample)")
    print(f"Reports: {folder / stem}.html and .txt", end="")
    child_html = child_report.with_suffix(".html")
    print(f"; the app process: {child_html} and .txt" if child_html.exists() else "")
    return 0
