"""Stamping helpers for the sync-ready columns, so every service writes them the same way."""

from __future__ import annotations

from datetime import datetime

from app.storage.models import SyncColumns


def stamp_new(record: SyncColumns, now: datetime) -> None:
    """Set created_at and updated_at of a row about to be inserted."""
    record.created_at = now
    record.updated_at = now


def touch(record: SyncColumns, now: datetime) -> None:
    """Mark a row changed: updated_at moves; the ORM bumps `version` when it writes the UPDATE."""
    record.updated_at = now


def soft_delete(record: SyncColumns, now: datetime) -> None:
    """Tombstone a row: it disappears from lists but can be restored (undo, sync)."""
    record.deleted_at = now
    touch(record, now)


def restore(record: SyncColumns, now: datetime) -> None:
    record.deleted_at = None
    touch(record, now)
