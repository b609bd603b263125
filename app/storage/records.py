"""Stamping helpers for the sync-ready columns, so every service writes them the same way, and
the owner check every service that assigns work makes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.storage.models import Staff, SyncColumns


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


def owner_name(session: Session, owner_id: int | None) -> str | None:
    """The name of the staff member a contact, case or task is given to (None: nobody); a
    UserError when that member does not exist (deleted meanwhile, here or on another copy)."""
    if owner_id is None:
        return None
    staff = session.get(Staff, owner_id)
    if staff is None or staff.deleted_at is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Staff member {owner_id} does not exist."),
            owner_id=owner_id,
        )
    return staff.name
