"""One Rapport per database: a lock file beside it. A stale lock left by a crashed run on this
host is cleared by QLockFile itself (it checks whether the recorded process still runs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from app.domain.errors import QT_TRANSLATE_NOOP, UserError


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def acquire_instance_lock(database: Path) -> QLockFile:
    """Take the database's lock or explain who holds it; the caller keeps the returned lock."""
    database.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path(database)))
    lock.setStaleLockTime(0)  # never steal a live lock because it is old; dead owners still lose
    if lock.tryLock(100):
        return lock
    if lock.error() is QLockFile.LockError.PermissionError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Rapport cannot write in {parent}; open a database in a folder you may write to.",
            ),
            parent=database.parent,
        )
    pid, host, _app = lock.getLockInfo()
    if not pid:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Rapport is already open on {database}. Switch to that window, "
                "or open another database.",
            ),
            database=database.name,
        )
    raise UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "Rapport is already open on {database} (process {pid} on {host}). Switch to that "
            "window, or open another database.",
        ),
        database=database.name,
        pid=pid,
        host=host,
    )
