"""Copies of a live database with SQLite's online backup API: temp file, fsync, check, rename."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.config.private import make_private
from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.domain.progress import Cancelled, never_cancelled
from app.storage.engine import connect_raw, watch

if TYPE_CHECKING:
    from app.storage.database import Database

Share = Callable[[float], None]  # how much of a copy is done, 0..1
BACKUP_STEP_PAGES = 1024  # pages copied per backup step (4 MiB at 4 KiB pages)
COPY_CHUNK = 4 * 1024 * 1024
PARTIAL_SUFFIX = ".partial"
PARTIAL_SIDES = ("", "-journal", "-wal", "-shm")  # a copy's file and SQLite's files beside it
# SQLite's words for a write that did not fit (ENOSPC, a file size limit): the copy's disk.
DISK_TROUBLE = re.compile(r"database or disk is full|disk I/O error", re.IGNORECASE)


class CopyCancelledError(Exception):
    """A copy stopped on request; nothing of it was left behind."""


def _quiet(_share: float) -> None:
    return None


@contextmanager
def _one_snapshot(connection: Any) -> Iterator[None]:
    """A read transaction held across a stepped copy. SQLite starts a copy again from the first
    page when another connection wrote between two steps; a copy of a large database on a
    laptop that syncs, or whose figures refresh, in the background could so start over again
    and again. Inside one read transaction every step reads the same snapshot (WAL lets the
    writers go on), so none is missed and nothing restarts."""
    connection.execute("BEGIN")
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()  # takes the snapshot
        yield
    finally:
        connection.execute("ROLLBACK")


def backup_database(
    db: Database, target: Path, share: Share = _quiet, cancelled: Cancelled | None = None
) -> Path:
    """Write a consistent copy of `db` to `target`, keyed like `db`; never leaves a half-written
    file there.

    Given `cancelled`, the copy goes in steps that report progress and can stop
    (CopyCancelledError); between steps the database stays free for reading and writing (the
    window's backups run so). The copy is of one snapshot (`_one_snapshot`): what other
    connections write meanwhile is not in it and does not make it start again. Without
    `cancelled` the copy is one step (the command line).
    """
    stop = cancelled or never_cancelled
    tmp = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_partial(tmp)
    except OSError as exc:
        raise _not_written(target, exc) from exc

    def step(_status: int, remaining: int, total: int) -> None:
        if stop():
            raise CopyCancelledError
        share((total - remaining) / total if total else 1.0)

    raw = db.engine.raw_connection()
    try:
        source: Any = raw.driver_connection
        destination = connect_raw(tmp, db.key)
        try:
            pages = -1 if cancelled is None else BACKUP_STEP_PAGES
            with _one_snapshot(source):
                source.backup(destination, pages=pages, progress=step)
            watch(destination, stop)
            # quick_check reads (and, encrypted, authenticates) every page and checks each
            # b-tree: what a page copy can get wrong. integrity_check's index-to-table cross
            # check adds nothing for a page-for-page copy and took minutes on 100,000 contacts
            # (against 20 s), time a person waits at quit.
            verdict = destination.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            destination.close()
        if verdict != "ok":
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The backup written to {target} failed its integrity check."
                ),
                target=target,
            )
        make_private(tmp)
        fsync_path(tmp)
        os.replace(tmp, target)
        fsync_path(target.parent)
    except OSError as exc:
        raise _not_written(target, exc) from exc
    except Exception as exc:
        if stop():
            raise CopyCancelledError from None  # an interrupted integrity check
        if DISK_TROUBLE.search(str(exc)):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The backup could not be written to {target}: the disk is full or failing; "
                    "free some space or choose another place.",
                ),
                target=target,
            ) from exc
        raise
    finally:
        raw.close()
        remove_partial(tmp)
    return target


def remove_partial(tmp: Path) -> None:
    """Remove a half-written copy and the journal files SQLite keeps beside it."""
    for suffix in PARTIAL_SIDES:
        tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)


def _not_written(target: Path, exc: OSError) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("UserError", "The backup could not be written to {target}: {reason}."),
        target=target,
        reason=exc.strerror,
    )


def copy_file(
    source: Path, target: Path, share: Share = _quiet, cancelled: Cancelled = never_cancelled
) -> None:
    """Copy a file in chunks, flushed to disk; a cancelled copy is removed (CopyCancelledError)."""
    total = max(source.stat().st_size, 1)
    done = 0
    try:
        with source.open("rb") as reader, target.open("wb") as writer:
            while chunk := reader.read(COPY_CHUNK):
                if cancelled():
                    raise CopyCancelledError
                writer.write(chunk)
                done += len(chunk)
                share(done / total)
            writer.flush()
            os.fsync(writer.fileno())
    except BaseException:
        target.unlink(missing_ok=True)
        raise


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
