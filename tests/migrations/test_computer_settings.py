"""Migration 0018 moves the backup settings out of the synced business record into this
computer's own settings, keeping the values a copy had chosen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from app.domain.clock import FixedClock
from app.services.settings import BackupSettings, SettingsService
from app.storage import schema
from app.storage.audit import AuditTrail
from app.storage.database import Database
from app.storage.schema import ensure_schema
from sqlalchemy import text


def _upgraded(tmp_path: Path, clock: FixedClock, business: dict[str, object] | None) -> Database:
    """A database at 0017, holding `business` as its business settings, upgraded to head."""
    db = Database.open(tmp_path / "old.db")
    schema.upgrade_to_head(db, target="0017")
    if business is not None:
        with db.write() as session:
            session.execute(
                text(
                    "INSERT INTO setting (uid, created_at, updated_at, version, key, value) "
                    "VALUES ('s-1', '2026-01-01', '2026-01-01', 1, 'business', :value)"
                ),
                {"value": json.dumps(business)},
            )
    ensure_schema(db, tmp_path / "backups", clock.now())
    return db


@pytest.mark.parametrize(
    ("business", "expected"),
    [
        (
            {
                "name": "Laden",
                "backup_folder": "/srv/copies",
                "backup_schedule": "on_close",
                "backup_keep_daily": 3,
                "backup_keep_weekly": 0,
            },
            BackupSettings("/srv/copies", "on_close", 3, 0),
        ),
        ({"name": "Laden", "backup_keep_daily": 9}, BackupSettings(keep_daily=9)),
        ({"name": "Laden"}, BackupSettings()),
        (None, BackupSettings()),
    ],
)
def test_the_backup_settings_chosen_before_are_kept(
    tmp_path: Path, clock: FixedClock, business: dict[str, object] | None, expected: BackupSettings
) -> None:
    db = _upgraded(tmp_path, clock, business)
    try:
        settings = SettingsService(db, clock, AuditTrail(clock))
        assert settings.backups() == expected
        assert settings.business().name == ("Laden" if business else "")
    finally:
        db.dispose()
