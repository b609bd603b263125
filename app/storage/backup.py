"""Copies of a live database with SQLite's online backup API: temp file, fsync, check, rename."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.storage.engine import connect_raw

if TYPE_CHECKING:
    from app.storage.database import Database


def backup_database(db: Database, target: Path) -> Path:
    """Write a consistent copy of `db` to `target`, keyed like `db`; never leaves a half-written
    file there."""
    tmp = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
    except OSError as exc:
        raise _not_written(target, exc) from exc
    raw = db.engine.raw_connection()
    try:
        source: Any = raw.driver_connection
        destination = connect_raw(tmp, db.key)
        try:
            source.backup(destination)
            verdict = destination.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            destination.close()
        if verdict != "ok":
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The backup written to {target} failed its integrity check."
                ),
                target=target,
            )
        fsync_path(tmp)
        os.replace(tmp, target)
        fsync_path(target.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _not_written(target, exc) from exc
    finally:
        raw.close()
    return target


def _not_written(target: Path, exc: OSError) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("UserError", "The backup could not be written to {target}: {reason}."),
        target=target,
        reason=exc.strerror,
    )


def fsync_path(path: Path) -> None:
    """Flush a file (or a folder entry, where the OS allows it) to the disk."""
    flags = os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() and hasattr(os, "O_DIRECTORY") else 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        if path.is_dir():
            return  # folders cannot be opened for fsync on every platform
        raise
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
