"""Follow-up automation benchmarks (issue 25): the hourly sweep of the time rules over the
sample, and a quick log with the five playbooks switched on beside the same save without rules.

Each runs on its own scratch copy of the sample (switching the playbooks on writes their
follow-ups there once, in setup). Alone: `python -m tests.bench --size medium --only NAME`.
"""

from __future__ import annotations

import os
import shutil
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from tests.bench.model import BenchEnv, Scenario
from tests.bench.scenarios.timeline import save_quick_log

_STATE: dict[str, Any] = {}


def _app() -> QApplication:
    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication([])


def _ctx(env: BenchEnv, name: str, *, rules: bool) -> Any:
    """A context on a scratch copy of the sample; with `rules`, the five playbooks are on."""
    key = f"{env.size}:{name}"
    if key not in _STATE:
        from app.bootstrap import build_context  # noqa: PLC0415 - after QT_QPA_PLATFORM
        from app.config.paths import AppPaths  # noqa: PLC0415
        from app.domain.automation import PLAYBOOKS  # noqa: PLC0415

        env.scratch.mkdir(parents=True, exist_ok=True)
        copy = env.scratch / f"automations-{name}.db"
        shutil.copyfile(env.database, copy)
        home = env.scratch / f"home-{name}"
        paths = AppPaths(home / "data", home / "config", home / "logs")
        _app()
        ctx = build_context(copy, paths=paths)
        if rules:
            for playbook in PLAYBOOKS:
                ctx.automations.set_enabled(playbook.uid, True)
        _STATE[key] = ctx
    return _STATE[key]


def _setup_sweep(env: BenchEnv) -> None:
    _ctx(env, "sweep", rules=True).automations.sweep()  # what is due was created at switch-on


def hourly_sweep(env: BenchEnv) -> float:
    """The sweep the window runs every hour: every switched-on time rule over every contact."""
    automations = _ctx(env, "sweep", rules=True).automations
    start = time.perf_counter()
    automations.sweep()
    return time.perf_counter() - start


def _first_contact(ctx: Any) -> int:
    from sqlalchemy import text  # noqa: PLC0415

    with ctx.db.read() as session:
        return int(session.scalar(text("SELECT min(id) FROM contact WHERE deleted_at IS NULL")))


def _quick_log(ctx: Any) -> float:
    return save_quick_log(ctx, _first_contact(ctx))


def _setup_logs(env: BenchEnv) -> None:
    _ctx(env, "rules", rules=True)
    _ctx(env, "plain", rules=False)


def quick_log_with_rules(env: BenchEnv) -> float:
    return _quick_log(_ctx(env, "rules", rules=True))


def quick_log_without_rules(env: BenchEnv) -> float:
    return _quick_log(_ctx(env, "plain", rules=False))


SCENARIOS: list[Scenario] = [
    Scenario("automations.hourly_sweep", 25, hourly_sweep, target=2.0, setup=_setup_sweep),
    Scenario(
        "automations.quick_log_five_rules",
        25,
        quick_log_with_rules,
        quick_log_without_rules,
        max_ratio=1.2,
        repeat=9,
        setup=_setup_logs,
    ),
]
