"""Crash safety: a writer killed with SIGKILL at a random moment leaves a database that opens,
passes integrity_check and holds whole batches only; full disks and unwritable places give a
clear message and no damage."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest
from app.bootstrap import build_context
from app.config.paths import AppPaths
from app.domain.clock import FixedClock
from app.domain.errors import UserError
from app.services.contacts import ContactDraft
from app.storage.backup import backup_database
from app.storage.database import Database
from keyring.backends import null
from sqlalchemy import make_url, text

from tests.storage.crash_child import BATCH

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def no_keychain() -> None:
    """Like the child processes: no keychain, so both sides use the test's passphrase file."""
    keyring.set_keyring(null.Keyring())


def _kill_midway(db: Path, mode: str, rng: random.Random, window: float) -> None:
    """Start the child, wait until it is working, let it run a random while, SIGKILL it."""
    with subprocess.Popen(
        [sys.executable, "-m", "tests.storage.crash_child", str(db), mode],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0, window))
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()


def _assert_sound(db: Path, paths: AppPaths, clock: FixedClock) -> int:
    """The database opens, passes integrity_check; returns the number of contacts."""
    ctx = build_context(db, paths=paths, clock=clock)
    try:
        with ctx.db.read() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            return int(session.execute(text("SELECT count(*) FROM contact")).scalar_one())
    finally:
        ctx.close()


def _import_runs(runs: int, tmp_path: Path, paths: AppPaths, clock: FixedClock) -> None:
    rng = random.Random(runs)  # noqa: S311 - kill moments, not secrets
    db = tmp_path / "crash.db"
    build_context(db, paths=paths, clock=clock).close()
    for _ in range(runs):
        _kill_midway(db, "import", rng, window=2.5)
        assert _assert_sound(db, paths, clock) % BATCH == 0  # whole batches or none


def _create_runs(runs: int, tmp_path: Path, paths: AppPaths, clock: FixedClock) -> None:
    rng = random.Random(runs)  # noqa: S311 - kill moments, not secrets
    for run in range(runs):
        db = tmp_path / f"new-{run}.db"
        _kill_midway(db, "create", rng, window=1.0)
        assert _assert_sound(db, paths, clock) == 0  # created now, or completed by the child


def _backup_runs(runs: int, tmp_path: Path, paths: AppPaths, clock: FixedClock) -> None:
    rng = random.Random(runs)  # noqa: S311 - kill moments, not secrets
    db = tmp_path / "live.db"
    ctx = build_context(db, paths=paths, clock=clock)
    ctx.contacts.create(ContactDraft(first_name="Still", last_name="Here"))
    folder = ctx.backups.folder()
    ctx.close()
    for _ in range(runs):
        _kill_midway(db, "backup", rng, window=0.5)
        assert _assert_sound(db, paths, clock) == 1
    for backup in folder.glob("*.db"):  # finished backups are whole; partial ones never named so
        assert _assert_sound(backup, paths, clock) == 1


def test_kill_during_import_keeps_whole_batches(
    tmp_path: Path, paths: AppPaths, clock: FixedClock
) -> None:
    _import_runs(2, tmp_path, paths, clock)


def test_kill_during_creation_and_migration(
    tmp_path: Path, paths: AppPaths, clock: FixedClock
) -> None:
    _create_runs(1, tmp_path, paths, clock)


def test_kill_during_backup(tmp_path: Path, paths: AppPaths, clock: FixedClock) -> None:
    _backup_runs(1, tmp_path, paths, clock)


@pytest.mark.slow
def test_fifty_kills_during_import(tmp_path: Path, paths: AppPaths, clock: FixedClock) -> None:
    _import_runs(50, tmp_path, paths, clock)


@pytest.mark.slow
def test_many_kills_during_creation_and_backup(
    tmp_path: Path, paths: AppPaths, clock: FixedClock
) -> None:
    _create_runs(20, tmp_path, paths, clock)
    _backup_runs(20, tmp_path, paths, clock)


def _write_past_a_page_limit(db: Database) -> None:
    """Cap the file at its current size plus one page, then write far more than that."""
    with db.write() as session:
        pages = session.execute(text("PRAGMA page_count")).scalar()
        session.execute(text(f"PRAGMA max_page_count = {int(pages or 1) + 1}"))
        session.execute(
            text(
                "INSERT INTO tag (uid, created_at, updated_at, version, name) "
                "VALUES ('x', '2026-01-01', '2026-01-01', 1, :n)"
            ),
            {"n": "x" * 200_000},
        )


def test_full_database_disk_is_a_clear_message_and_no_damage(
    tmp_path: Path, paths: AppPaths, clock: FixedClock
) -> None:
    ctx = build_context(tmp_path / "full.db", paths=paths, clock=clock)
    ctx.contacts.create(ContactDraft(first_name="Before"))
    with pytest.raises(UserError, match="disk holding the database is full"):
        _write_past_a_page_limit(ctx.db)
    ctx.db.dispose()  # drop the connection that still carries the page limit
    assert ctx.contacts.count() == 1
    ctx.close()
    assert _assert_sound(tmp_path / "full.db", paths, clock) == 1


def test_full_backup_disk_leaves_no_partial_file(
    tmp_path: Path, paths: AppPaths, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = build_context(tmp_path / "live.db", paths=paths, clock=clock)

    def no_space(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_space)
    with pytest.raises(UserError, match="No space left on device"):
        backup_database(ctx.db, tmp_path / "b" / "copy.db")
    assert list((tmp_path / "b").iterdir()) == []
    ctx.close()


def test_unwritable_places_give_a_clear_message(
    tmp_path: Path, paths: AppPaths, clock: FixedClock
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(UserError, match="cannot be opened"):
        build_context(blocker / "rapport.db", paths=paths, clock=clock)
    ctx = build_context(tmp_path / "ok.db", paths=paths, clock=clock)
    with pytest.raises(UserError, match="could not be written"):
        ctx.backups.backup_to(blocker / "copy.db")
    ctx.close()


def test_a_read_only_database_is_refused_in_words(tmp_path: Path, paths: AppPaths) -> None:
    db = tmp_path / "ro.db"
    ctx = build_context(db, paths=paths)
    ctx.close()
    readonly = Database(make_url(f"sqlite:///file:{db}?mode=ro&uri=true"), key=ctx.db.key)
    with pytest.raises(UserError, match=r"read-only"):
        _write_past_a_page_limit(readonly)
    readonly.dispose()
