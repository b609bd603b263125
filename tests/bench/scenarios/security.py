"""Issue 8: opening an encrypted database and computing the dashboard on it must cost at most
1.3x the same on the unencrypted file (the floor), measured in the same run.

Both sides do what the app does: `build_context` (key lookup, schema check, pragmas) and then
the dashboard pane's own call, `AnalyticsService.dashboard(default_scope())`. The plain sample
is copied and migrated once; the encrypted copy is exported from it, so both hold the same data.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from app.bootstrap import build_context
from app.config.paths import AppPaths
from app.domain.clock import FixedClock
from app.services.security import KeyRequest, recovery_key_text
from app.storage.engine import DatabaseKey, connect_raw

from tests.bench.model import BenchEnv, Scenario

# A fixed bench key: the encrypted copy lives in the scratch folder and holds sample data only.
BENCH_KEY = DatabaseKey(bytes(range(32)), bytes(range(100, 116)))
# The demo samples end on their anchor day; the dashboard's default scope ends there too.
AS_OF = datetime(2026, 11, 22, 12, tzinfo=UTC)


def plain_copy(env: BenchEnv) -> Path:
    return env.scratch / "security-plain.db"


def encrypted_copy(env: BenchEnv) -> Path:
    return env.scratch / "security-encrypted.db"


# The encrypted copy opens with its recovery key typed in (a bench host has no keychain);
# that costs one key check, as the keychain path does.
RECOVERY = KeyRequest(lambda _reason, _path: recovery_key_text(BENCH_KEY.raw), use_keychain=False)


def _open_and_dashboard(path: Path, keys: KeyRequest) -> float:
    """Seconds from opening the database as the app does to the dashboard's figures."""
    started = time.perf_counter()
    ctx = build_context(path, paths=AppPaths.from_environment(), clock=FixedClock(AS_OF), keys=keys)
    try:
        ctx.analytics.dashboard(ctx.analytics.default_scope())
    finally:
        ctx.close()
    return time.perf_counter() - started


def make_copies(env: BenchEnv) -> None:
    """Copy and migrate the sample, fill the dashboard's per-customer cache, then export it
    into an encrypted copy (sqlcipher_export, as re-keying does)."""
    env.scratch.mkdir(parents=True, exist_ok=True)
    plain, target = plain_copy(env), encrypted_copy(env)
    if not plain.exists():
        shutil.copyfile(env.database, plain)
        ctx = build_context(plain, paths=AppPaths.from_environment(), clock=FixedClock(AS_OF))
        try:
            if ctx.analytics.contact_stats_missing():
                ctx.analytics.refresh_contact_stats()
        finally:
            ctx.close()
    if target.exists():
        return
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    source = connect_raw(plain, None)
    try:
        source.execute(f"ATTACH DATABASE ? AS enc KEY {BENCH_KEY.pragma_value()}", (str(partial),))
        source.execute("SELECT sqlcipher_export('enc')")
        version = source.execute("PRAGMA user_version").fetchone()[0]
        source.execute(f"PRAGMA enc.user_version = {int(version)}")
        source.execute("DETACH DATABASE enc")
    finally:
        source.close()
    partial.replace(target)


def encrypted_dashboard(env: BenchEnv) -> float:
    return _open_and_dashboard(encrypted_copy(env), RECOVERY)


def plain_dashboard(env: BenchEnv) -> float:
    return _open_and_dashboard(plain_copy(env), KeyRequest(plain=True))


SCENARIOS: list[Scenario] = [
    Scenario(
        name="security: open encrypted + dashboard aggregates",
        issue=8,
        measure=encrypted_dashboard,
        floor=plain_dashboard,
        max_ratio=1.3,
        setup=make_copies,
        repeat=5,
    ),
]


if __name__ == "__main__":
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/data/large.db")
    scratch = Path(sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="rapport-"))
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    bench_env = BenchEnv("large", source, scratch, sys.executable)
    make_copies(bench_env)
    encrypted, plain = [], []
    for _ in range(rounds):
        encrypted.append(encrypted_dashboard(bench_env))
        plain.append(plain_dashboard(bench_env))
    encrypted.sort()
    plain.sort()
    middle = rounds // 2
    print(
        f"encrypted median {encrypted[middle]:.3f} s, plain median {plain[middle]:.3f} s, "
        f"ratio {encrypted[middle] / plain[middle]:.2f} (target <= 1.3)"
    )
