"""Issue 8: opening an encrypted database and running the dashboard's aggregates must cost at
most 1.3x the same on the unencrypted file (the floor), measured in the same run."""

from __future__ import annotations

import time
from pathlib import Path

from app.storage.database import Database
from app.storage.engine import DatabaseKey, connect_raw, database_url

from tests.bench.model import BenchEnv, Scenario

# A fixed bench key: the encrypted copy lives in the scratch folder and holds sample data only.
BENCH_KEY = DatabaseKey(bytes(range(32)), bytes(range(100, 116)))

# The dashboard's headline figures for the last 12 months, as the dashboard pane asks them.
DASHBOARD_SQL = (
    "SELECT count(*) FROM contact WHERE deleted_at IS NULL",
    "SELECT count(*), sum(score >= 9), sum(score <= 6) FROM survey_response "
    "WHERE kind = 'nps' AND answered_at >= date('now', '-12 months')",
    "SELECT count(*), sum(score >= 4) FROM survey_response "
    "WHERE kind = 'csat' AND answered_at >= date('now', '-12 months')",
    "SELECT status, count(*) FROM complaint GROUP BY status",
    "SELECT substr(occurred_at, 1, 7) AS month, sum(amount_minor) FROM txn "
    "WHERE kind = 'order' AND occurred_at >= date('now', '-12 months') GROUP BY month",
    "SELECT count(*) FROM contact_stats WHERE churn_risk >= 70",
)


def encrypted_copy(env: BenchEnv) -> Path:
    return env.scratch / f"{env.database.stem}-encrypted.db"


def make_encrypted_copy(env: BenchEnv) -> None:
    """Export the sample into an encrypted copy once (sqlcipher_export, as re-keying does)."""
    target = encrypted_copy(env)
    if target.exists():
        return
    env.scratch.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    source = connect_raw(env.database, None)
    try:
        source.execute(f"ATTACH DATABASE ? AS enc KEY {BENCH_KEY.pragma_value()}", (str(partial),))
        source.execute("SELECT sqlcipher_export('enc')")
        source.execute("DETACH DATABASE enc")
    finally:
        source.close()
    partial.replace(target)


def _open_and_aggregate(path: Path, key: DatabaseKey | None) -> float:
    started = time.perf_counter()
    db = Database(database_url(path), key=key)
    try:
        with db.read() as session:
            connection = session.connection()
            for statement in DASHBOARD_SQL:
                connection.exec_driver_sql(statement).fetchall()
    finally:
        db.dispose()
    return time.perf_counter() - started


def encrypted_dashboard(env: BenchEnv) -> float:
    return _open_and_aggregate(encrypted_copy(env), BENCH_KEY)


def plain_dashboard(env: BenchEnv) -> float:
    return _open_and_aggregate(env.database, None)


SCENARIOS: list[Scenario] = [
    Scenario(
        name="security: open encrypted + dashboard aggregates",
        issue=8,
        measure=encrypted_dashboard,
        floor=plain_dashboard,
        max_ratio=1.3,
        setup=make_encrypted_copy,
        repeat=5,
    ),
]


if __name__ == "__main__":
    import sys

    env = BenchEnv(
        size="large",
        database=Path("/work/data/large.db"),
        scratch=Path(sys.argv[1]),
        python=sys.executable,
    )
    make_encrypted_copy(env)
    encrypted, plain = [], []
    for _ in range(int(sys.argv[2]) if len(sys.argv) > 2 else 5):
        encrypted.append(encrypted_dashboard(env))
        plain.append(plain_dashboard(env))
    encrypted.sort()
    plain.sort()
    print(
        f"encrypted median {encrypted[2]:.3f} s, plain median {plain[2]:.3f} s, "
        f"ratio {encrypted[2] / plain[2]:.2f} (target <= 1.3)"
    )
