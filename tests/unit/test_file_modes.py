"""Customer data is private to its user: under umask 022 every file the CLI writes is 0600 and
every folder it makes 0700 (databases, WAL, backups, exports, privacy zips, logs)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _rapport(*argv: str, env: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *argv],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        preexec_fn=lambda: os.umask(0o022),  # the umask under test
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_every_file_written_under_umask_022_is_private(tmp_path: Path) -> None:
    home, out = tmp_path / "home", tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "RAPPORT_HOME": str(home)}
    db = str(home / "data" / "rapport.db")
    _rapport("demo", "--db", db, "--plain", env=env)
    _rapport("backup", "--db", db, env=env)
    _rapport("backup", "--db", db, "-o", str(out / "copy.db"), env=env)
    _rapport("export", "all", str(out / "all.json"), "--db", db, env=env)
    _rapport("export", "contacts", str(out / "contacts.csv"), "--db", db, env=env)
    _rapport("export", "contacts", str(out / "c.xlsx"), "--format", "xlsx", "--db", db, env=env)
    _rapport("export", "ledger", str(out / "ledger.csv"), "--db", db, env=env)
    uid = _first_contact_uid(db)
    _rapport("privacy", "export", "--contact", uid, "-o", str(out / "p.zip"), "--db", db, env=env)
    made = [*home.rglob("*"), *out.iterdir()]  # SQLite gives the WAL its database's mode
    assert {p.name for p in out.iterdir()} >= {"copy.db", "all.json", "p.zip", "c.xlsx"}
    assert any(p.parent.name == "backups" for p in made)
    assert any(p.name == "rapport.log" for p in made)
    loose = {
        str(p.relative_to(tmp_path)): oct(stat.S_IMODE(p.stat().st_mode))
        for p in made
        if stat.S_IMODE(p.stat().st_mode) & 0o077
    }
    assert loose == {}


def _first_contact_uid(db: str) -> str:
    import sqlcipher3.dbapi2 as sqlcipher  # noqa: PLC0415 - the app's own SQLite library

    connection = sqlcipher.connect(db)
    try:
        return str(connection.execute("SELECT uid FROM contact ORDER BY id LIMIT 1").fetchone()[0])
    finally:
        connection.close()
