"""A sync killed (SIGKILL) at any moment, while sending or while receiving, leaves both the
laptop and the hub sound, and the next sync completes with nothing lost or doubled."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from app.bootstrap import build_context
from app.config.paths import AppPaths
from sqlalchemy import text

from tests.sync.conftest import Hub, new_laptop

ROOT = Path(__file__).resolve().parents[2]
CONTACTS = 3000


def _sync(db: Path, url: str | None, kill_after: float | None) -> int | None:
    argv = [sys.executable, str(ROOT / "main.py"), "sync", "--db", str(db), "--batch", "400"]
    process = subprocess.Popen(
        [*argv, *(["--hub", url] if url else [])],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=os.environ.copy(),
    )
    if kill_after is None:
        _out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err.decode()
        return process.returncode
    time.sleep(kill_after)
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)
    return None


def _rows(db: Path, paths: AppPaths, sql: str) -> list[tuple[object, ...]]:
    ctx = build_context(db, paths=paths)
    try:
        with ctx.db.read() as session:
            return [tuple(r) for r in session.execute(text(sql))]
    finally:
        ctx.close()


@pytest.mark.slow  # about a minute: a dozen app processes started and killed
def test_sigkill_during_push_and_pull_leaves_both_sides_sound(
    hub: Hub,
    tmp_path: Path,
    paths: AppPaths,
    laptop_template: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = hub.add_user(f"k_{hub.name}")
    monkeypatch.setenv("PGPASSFILE", str(hub.pgpass()))
    a = new_laptop(laptop_template, tmp_path / "a.db")
    b = new_laptop(laptop_template, tmp_path / "b.db")
    ctx = build_context(a, paths=paths)
    with ctx.db.write() as session:
        session.execute(
            text(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :k) "
                "INSERT INTO contact (uid, created_at, updated_at, version, first_name, last_name,"
                " display_name, sort_name, search_phones, stage, source, custom) SELECT "
                "'c-' || i, '2026-01-01', '2026-01-01', 1, 'N' || i, 'X', 'N' || i, 'n' || i, '',"
                " 'lead', 'other', '{}' FROM n"
            ),
            {"k": CONTACTS},
        )
    ctx.close()
    chance = random.Random(22)  # noqa: S311 - kill moments, not secrets
    for db in (a, b):  # a sends, b receives
        for _ in range(3):
            _sync(db, url, kill_after=chance.uniform(1.2, 3.0))
            if db == b:  # a killed download: all of it or none of it
                assert _rows(db, paths, "SELECT count(*) FROM contact")[0][0] in {0, CONTACTS}
        _sync(db, url, kill_after=None)
        assert not db.with_name(db.name + ".download").exists()
        assert _rows(db, paths, "SELECT count(*) FROM contact") == [(CONTACTS,)]
        assert _rows(db, paths, "SELECT count(*) FROM sync_change WHERE pushed = 0") == [(0,)]
        check = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "check", "--db", str(db)],
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert check.returncode == 0, check.stdout.decode()
    assert hub.query("SELECT count(*) FROM contact") == [(CONTACTS,)]
    logged, distinct = hub.query(
        "SELECT count(*), count(DISTINCT (origin, seq)) FROM sync_change_log"
    )[0]
    assert logged == distinct
    keys = "SELECT uid, first_name FROM contact ORDER BY uid"
    assert _rows(a, paths, keys) == _rows(b, paths, keys)
