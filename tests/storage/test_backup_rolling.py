"""Rolling backups: daily when due, 7 daily + 4 weekly kept, encrypted like the database, and a
restore that checks first and keeps what it replaces."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from app.bootstrap import AppContext, build_context
from app.config.paths import AppPaths
from app.domain.clock import FixedClock
from app.domain.errors import UserError
from app.services.backup import kept_stamps, restore_backup
from app.services.contacts import ContactDraft
from app.services.security import KeyRequest
from app.services.settings import BackupSchedule, BackupSettings
from app.storage.engine import connect_raw, encrypted_uid
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text


def test_daily_backup_only_when_none_today(ctx: AppContext, clock: FixedClock) -> None:
    first = ctx.backups.backup_if_due()
    assert first is not None
    assert ctx.backups.backup_if_due() is None
    clock.advance(timedelta(days=1))
    assert ctx.backups.backup_if_due() is not None
    assert len(ctx.backups.backups()) == 2


def test_backups_are_encrypted_with_the_same_uid(ctx: AppContext) -> None:
    made = ctx.backups.backup_now()
    assert ctx.db.path is not None
    assert encrypted_uid(made) == encrypted_uid(ctx.db.path) is not None


def test_rolling_keeps_seven_daily_and_four_weekly(ctx: AppContext, clock: FixedClock) -> None:
    for _ in range(60):
        ctx.backups.backup_now()
        clock.advance(timedelta(days=1))
    kept = [info.taken_at.date() for info in ctx.backups.backups()]
    newest = kept[0]
    assert kept[:7] == [newest - timedelta(days=i) for i in range(7)]
    assert len(kept) <= 7 + 4
    weeks = {day.isocalendar()[:2] for day in kept}
    assert len(weeks) >= 4


@given(st.lists(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1))))
def test_kept_stamps_is_bounded_and_keeps_the_newest(stamps: list[datetime]) -> None:
    kept = kept_stamps(stamps, 7, 4)
    assert len(kept) <= 11
    assert kept <= set(stamps)
    if stamps:
        assert max(stamps) in kept


def test_backup_folder_is_a_setting(ctx: AppContext, tmp_path: Path) -> None:
    folder = tmp_path / "elsewhere"
    ctx.settings.save_backups(BackupSettings(folder=str(folder)))
    made = ctx.backups.backup_now()
    assert made.parent == folder


def test_restore_brings_back_the_data_and_keeps_the_replaced_file(
    db_path: Path, paths: AppPaths, clock: FixedClock
) -> None:
    ctx = build_context(db_path, paths=paths, clock=clock)
    ctx.contacts.create(ContactDraft(first_name="Kept"))
    backup = ctx.backups.backup_now()
    ctx.contacts.create(ContactDraft(first_name="Later"))
    ctx.close()
    result = restore_backup(backup, db_path, KeyRequest(), paths.data_dir / "backups", clock.now())
    assert result.kept is not None
    assert result.kept.exists()
    again = build_context(db_path, paths=paths, clock=clock)
    assert again.contacts.count() == 1
    again.close()
    before = build_context(result.kept, paths=paths, clock=clock)
    assert before.contacts.count() == 2
    before.close()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    ctx: AppContext, db_path: Path, paths: AppPaths, clock: FixedClock
) -> None:
    backup = ctx.backups.backup_now()
    ctx.close()
    data = bytearray(backup.read_bytes())
    data[5000:9000] = b"\x00" * 4000  # wreck a page (its HMAC no longer matches)
    backup.write_bytes(bytes(data))
    before = db_path.read_bytes()
    with pytest.raises(UserError, match=r"not restored|not a Rapport database"):
        restore_backup(backup, db_path, KeyRequest(), paths.data_dir / "backups", clock.now())
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*.restoring*"))


def test_kept_stamps_on_a_fixed_history() -> None:
    start = datetime(2026, 1, 1, 12, tzinfo=UTC)
    stamps = [start + timedelta(days=i) for i in range(40)]
    kept = sorted(kept_stamps(stamps, 7, 4), reverse=True)
    assert kept[:7] == sorted(stamps[-7:], reverse=True)
    assert len(kept) == 7 + 2  # the last 7 days span two ISO weeks: both among the dailies


def test_on_close_backup_only_when_the_session_changed_data(ctx: AppContext) -> None:
    assert ctx.backups.backup_if_changed() is None  # nothing written since it opened
    ctx.contacts.create(ContactDraft(first_name="Changed"))
    assert ctx.backups.backup_if_changed() is not None
    assert ctx.backups.backup_if_changed() is None
    ctx.contacts.create(ContactDraft(first_name="Again"))
    assert ctx.backups.backup_if_changed() is not None


def test_opening_and_reading_is_not_a_change(
    ctx: AppContext, db_path: Path, paths: AppPaths
) -> None:
    """Opening a WAL database touches its -wal/-shm files; that alone must not cost a backup."""
    ctx.contacts.create(ContactDraft(first_name="Anna"))
    assert ctx.backups.backup_if_changed() is not None
    ctx.close()
    reopened = build_context(db_path, paths=paths)
    try:
        reopened.contacts.count()
        assert reopened.backups.backup_if_changed() is None
        reopened.contacts.create(ContactDraft(first_name="Bob"))
        assert reopened.backups.backup_if_changed() is not None
    finally:
        reopened.close()


def test_schedule_and_counts_come_from_the_settings(ctx: AppContext, clock: FixedClock) -> None:
    backups = ctx.settings.backups()
    ctx.settings.save_backups(replace(backups, keep_daily=2, keep_weekly=0))
    for _day in range(5):
        ctx.backups.backup_now()
        clock.advance(timedelta(days=1))
    assert len(ctx.backups.backups()) == 2
    ctx.settings.save_backups(replace(backups, schedule=BackupSchedule.ON_CLOSE.value))
    assert ctx.backups.backup_if_due() is None  # no daily backup on this schedule
    ctx.contacts.create(ContactDraft(first_name="Changed"))
    assert ctx.backups.backup_if_changed() is not None
    ctx.settings.save_backups(replace(backups, schedule=BackupSchedule.OFF.value))
    ctx.contacts.create(ContactDraft(first_name="Again"))
    assert ctx.backups.backup_if_changed() is None  # off: not even on close


def test_a_stepped_backup_copies_one_snapshot_while_others_write(
    ctx: AppContext, tmp_path: Path
) -> None:
    """The window's backups go in steps, and the sync or the figures write in between: the copy
    neither starts over (SQLite restarts a copy whose source another connection changed) nor
    takes in what was written after it began."""
    with ctx.db.write() as session:  # about 5 steps' worth of pages
        session.execute(text("CREATE TABLE ballast (b BLOB)"))
        for _ in range(5):
            session.execute(text("INSERT INTO ballast VALUES (randomblob(4000000))"))
    before = ctx.contacts.create(ContactDraft(first_name="Before")).id
    shares: list[float] = []

    def progress(_label: str, share: float) -> None:
        shares.append(share)
        if len(shares) <= 3:  # a write through another connection between steps
            ctx.contacts.create(ContactDraft(first_name=f"During {len(shares)}"))

    made = ctx.backups.backup_to(tmp_path / "copy.db", progress, cancelled=lambda: False)

    assert len(shares) > 3
    assert shares == sorted(shares)  # never back to the first page
    copy = connect_raw(made, ctx.db.key)
    try:
        assert copy.execute("SELECT id FROM contact").fetchall() == [(before,)]
    finally:
        copy.close()
