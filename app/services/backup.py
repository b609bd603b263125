"""Rolling backups (on close and daily by default, keeping the last 7 days and 4 weeks; the
schedule and the counts are business settings) and restore.

Backups go through the online backup API (temp file, fsync, integrity_check, rename) and are
keyed like the database, so they are exactly as encrypted as it is. Restore works on a copy:
the copy is checked first, the current database is kept as a backup, then the copy is renamed
into place and migrated if it is older than the app.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from glob import escape as glob_escape
from pathlib import Path

from sqlalchemy import func, select

from app.config.paths import AppPaths
from app.domain.clock import Clock
from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.domain.progress import Cancelled, Progress, never_cancelled, no_progress
from app.services.security import KeyRequest, open_key
from app.services.settings import BackupSchedule, SettingsService
from app.storage.backup import (
    PARTIAL_SUFFIX,
    CopyCancelledError,
    backup_database,
    copy_file,
    fsync_path,
)
from app.storage.database import Database
from app.storage.diagnosis import DamagedDatabaseError
from app.storage.engine import DatabaseKey, database_url, is_plain_sqlite, watch
from app.storage.health import synced_service
from app.storage.models import AuditLog
from app.storage.schema import SchemaAction, current_revision, ensure_schema, known_revisions
from app.storage.sqlite_dialect import first_broken_reference, quick_check

AUTO_PREFIX = "auto-"
_STAMP = "%Y%m%d-%H%M%S"
_AUTO_NAME = re.compile(r"^auto-(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})\.db$")
SQLITE_MIN_PAGE = 512
RESTORING = ".restoring"  # a restore's staged copy, beside the database


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size_bytes: int


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored: Path
    kept: Path | None  # the database that was replaced, kept as a backup
    schema: SchemaAction


@dataclass(frozen=True, slots=True)
class BackupFolderCheck:
    """A backup folder that exists and takes files, and what to warn about it, if anything."""

    folder: Path
    warning: str | None = None


def check_backup_folder(chosen: Path, encrypted: bool) -> BackupFolderCheck:
    """Make sure backups can be written to `chosen` (creating it if needed), or say why not.

    A cloud-sync folder is allowed but warned about: every backup is a full copy of the
    customer data uploaded to that service, and readable there when the database is plain.
    """
    text = str(chosen)
    if "\x00" in text or not text.strip():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "Choose a backup folder: the name given is empty or not a valid path."
            )
        )
    folder = chosen.expanduser()
    if not folder.is_absolute():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The backup folder '{text}' must be a full path, not a relative one."
            ),
            text=text,
        )
    if folder.exists() and not folder.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The backup folder {folder} is a file, not a folder."),
            folder=folder,
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The backup folder {folder} cannot be created ({reason})."
            ),
            folder=folder,
            reason=exc.strerror or exc,
        ) from exc
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".rapport-probe-"):
            pass
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "Rapport may not write to the backup folder {folder} ({reason})."
            ),
            folder=folder,
            reason=exc.strerror or exc,
        ) from exc
    service = synced_service(folder.resolve())
    if service is None:
        return BackupFolderCheck(folder)
    exposure = "encrypted" if encrypted else "unencrypted, readable by anyone with the account"
    return BackupFolderCheck(
        folder,
        f"{folder} is inside a {service} folder: every backup, a full copy of your customer "
        f"data, will be uploaded to {service} ({exposure}).",
    )


def kept_stamps(stamps: Iterable[datetime], keep_daily: int, keep_weekly: int) -> set[datetime]:
    """The newest backup of each of the last `keep_daily` days and `keep_weekly` ISO weeks."""
    days: set[object] = set()
    weeks: set[object] = set()
    kept: set[datetime] = set()
    for stamp in sorted(stamps, reverse=True):
        day, week = stamp.date(), stamp.isocalendar()[:2]
        if day not in days and len(days) < keep_daily:
            days.add(day)
            kept.add(stamp)
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.add(week)
            kept.add(stamp)
    return kept


class BackupService:
    """Automatic and manual backups of the open database."""

    def __init__(
        self, db: Database, paths: AppPaths, clock: Clock, settings: SettingsService
    ) -> None:
        self._db, self._paths, self._clock, self._settings = db, paths, clock, settings
        # Every write adds an audit row: the head at open tells what this session changed.
        self._backed_up_head = self._audit_head()

    @property
    def _stem(self) -> str:
        return self._db.path.stem if self._db.path else "database"

    def folder(self) -> Path:
        """The backup folder: the setting, else "backups" in the data folder."""
        chosen = self._settings.backups().folder
        return Path(chosen).expanduser() if chosen else self._paths.data_dir / "backups"

    def check_folder(self, chosen: str) -> BackupFolderCheck:
        """Check a folder the person chose in Settings (empty: the default folder)."""
        folder = Path(chosen.strip()) if chosen.strip() else self._paths.data_dir / "backups"
        return check_backup_folder(folder, self._db.key is not None)

    def backup_to(
        self, target: Path, progress: Progress = no_progress, cancelled: Cancelled | None = None
    ) -> Path:
        """A manual backup to a file the person chose (never pruned); given `cancelled`, it
        goes in steps and may stop (UserError), leaving no file behind."""
        if self._db.path is None:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "Only a database file can be backed up this way.")
            )
        try:
            return backup_database(
                self._db, target, lambda share: progress("copy", share), cancelled
            )
        except CopyCancelledError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The backup was cancelled; nothing was written to {target}."
                ),
                target=target,
            ) from exc

    def backup_now(
        self, progress: Progress = no_progress, cancelled: Cancelled | None = None
    ) -> Path:
        """An automatic backup into the backup folder, then prune the old ones (only once the
        new one is checked and in place, so the last good backup always stays)."""
        stamp = self._clock.now().strftime(_STAMP)
        head = self._audit_head()
        target = self.folder() / f"{AUTO_PREFIX}{self._stem}-{stamp}.db"
        made = self.backup_to(target, progress, cancelled)
        self._backed_up_head = head
        self.prune()
        return made

    def backup_if_due(
        self, progress: Progress = no_progress, cancelled: Cancelled | None = None
    ) -> Path | None:
        """The daily backup: made when the schedule is daily and none was taken today."""
        if self._settings.backups().schedule != BackupSchedule.DAILY:
            return None
        today = self._clock.now().date()
        if any(info.taken_at.date() == today for info in self.backups()):
            return None
        return self.backup_now(progress, cancelled)

    def backup_if_changed(self) -> Path | None:
        """The on-close backup: made when this session changed data (every write adds an audit
        row, so the audit head tells). File times cannot tell: opening a WAL database touches its
        -wal and -shm files. A first copy of an unchanged database is the daily backup's job, so
        closing never stalls on copying a large file that nothing changed."""
        return self.backup_now() if self.changed_since_backup() else None

    def _audit_head(self) -> int:
        with self._db.read() as session:
            return int(session.scalar(select(func.coalesce(func.max(AuditLog.id), 0))) or 0)

    def changed_since_backup(self) -> bool:
        """True when this session changed data since the last automatic backup and the
        schedule backs up on close (the on-close backup is then due)."""
        if self._db.path is None or self._audit_head() == self._backed_up_head:
            return False
        return self._settings.backups().schedule != BackupSchedule.OFF

    def tidy_leftovers(self) -> list[Path]:
        """Remove what a backup or restore killed midway left behind (half-written copies
        beside their target, a restore's staged copy beside the database); returns them.
        Only this database's names: another database's backup may be running in the folder."""
        found: list[Path] = []
        folder = self.folder()
        if folder.is_dir():
            stem = glob_escape(self._stem)
            for pattern in (f"{AUTO_PREFIX}{stem}-*", f"{stem}-*"):
                found += folder.glob(f"{pattern}{PARTIAL_SUFFIX}*")
        if self._db.path is not None:
            found += self._db.path.parent.glob(glob_escape(self._db.path.name) + RESTORING + "*")
        for path in set(found):
            path.unlink(missing_ok=True)
        return sorted(set(found))

    def backups(self) -> list[BackupInfo]:
        """This database's automatic backups, newest first."""
        folder = self.folder()
        if not folder.is_dir():
            return []
        found = []
        for path in folder.iterdir():
            match = _AUTO_NAME.match(path.name)
            if match and match["stem"] == self._stem:
                taken = datetime.strptime(match["stamp"], _STAMP).replace(
                    tzinfo=self._clock.now().tzinfo
                )
                found.append(BackupInfo(path, taken, path.stat().st_size))
        return sorted(found, key=lambda info: info.taken_at, reverse=True)

    def prune(self) -> list[Path]:
        """Delete automatic backups outside the kept daily and weekly ones; returns what went."""
        infos = self.backups()
        chosen = self._settings.backups()
        keep = kept_stamps((info.taken_at for info in infos), chosen.keep_daily, chosen.keep_weekly)
        removed = [info.path for info in infos if info.taken_at not in keep]
        for path in removed:
            path.unlink(missing_ok=True)
        return removed


def backup_key(path: Path, keys: KeyRequest, shown: Path | None = None) -> DatabaseKey | None:
    """The key a backup file opens with (from the keychain, else asked through `keys`); a
    missing or empty file is refused, never created. Ask on the GUI thread: it may prompt."""
    if not path.is_file() or path.stat().st_size == 0:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is no backup at {path}."), path=shown or path
        )
    if path.stat().st_size % SQLITE_MIN_PAGE and not is_plain_sqlite(path):
        # Every SQLite file, encrypted or not, is a whole number of pages: do not ask for the
        # passphrase of something that cannot be a database.
        raise _not_readable(shown or path)
    try:
        return open_key(path, keys).key
    except DamagedDatabaseError as exc:  # as a backup it is simply not one this app can read
        raise _not_readable(shown or path) from exc


def _not_readable(name: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("UserError", "{name} is not a Rapport database this app can read."),
        name=name,
    )


def verify_database_file(
    path: Path,
    key: DatabaseKey | None,
    shown: Path | None = None,
    cancelled: Cancelled = never_cancelled,
) -> None:
    """Refuse a file that is not a sound Rapport database this app can open (checks only);
    messages name `shown` (the file the person chose) when checking a staged copy."""
    name = shown or path
    db = Database(database_url(path), key=key)
    try:
        with db.engine.connect() as connection:
            watch(connection.connection.driver_connection, cancelled)
            quick = quick_check(connection)
            if quick != ["ok"]:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "The backup {name} is damaged ({problem}); it was not restored.",
                    ),
                    name=name,
                    problem=quick[0],
                )
            if first_broken_reference(connection) is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "The backup {name} has rows pointing at missing rows; it was not restored.",
                    ),
                    name=name,
                )
            revision = current_revision(connection)
    except UserError:
        raise
    except Exception as exc:
        if cancelled():
            raise CopyCancelledError from exc
        raise _not_readable(name) from exc
    finally:
        db.dispose()
    if revision not in known_revisions():
        if revision is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The backup {name} was written by another program; it was not restored.",
                ),
                name=name,
            )
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The backup {name} was written by a newer Rapport (schema {revision}); "
                "it was not restored.",
            ),
            name=name,
            revision=revision,
        )


def keep_current(
    target: Path, backups_dir: Path, now: datetime, cancelled: Cancelled = never_cancelled
) -> Path | None:
    """Copy the database about to be replaced (and its WAL) into the backup folder as is.

    A byte copy, not the backup API: it must work on a damaged file too, and it never writes
    to that file. A cancelled copy leaves nothing behind.
    """
    if not target.exists():
        return None
    backups_dir.mkdir(parents=True, exist_ok=True)
    kept = backups_dir / f"{target.stem}-before-restore-{now.strftime(_STAMP)}.db"
    try:
        for suffix in ("", "-wal"):
            source = target.with_name(target.name + suffix)
            if source.exists():
                copy_file(source, kept.with_name(kept.name + suffix), cancelled=cancelled)
    except BaseException:
        _remove_kept(kept)
        raise
    return kept


def restore_backup(
    backup: Path,
    target: Path,
    keys: KeyRequest,
    backups_dir: Path,
    now: datetime,
) -> RestoreResult:
    """Replace the (closed) database at `target` with a verified copy of `backup`."""
    return restore_with_key(backup, target, backup_key(backup, keys), backups_dir, now)


def restore_with_key(
    backup: Path,
    target: Path,
    key: DatabaseKey | None,
    backups_dir: Path,
    now: datetime,
    *,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> RestoreResult:
    """Replace the (closed) database at `target` with a verified copy of `backup`, which opens
    with `key`. Until the copy is renamed into place a cancel (UserError) changes nothing."""
    staged = target.with_name(target.name + RESTORING)
    if not backup.is_file():
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is no backup at {backup}."), backup=backup
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        progress("copy", 0.0)
        copy_file(backup, staged, lambda share: progress("copy", 0.4 * share), cancelled)
        side = backup.with_name(backup.name + "-wal")  # a backup made while open may have one
        if side.exists():
            copy_file(side, staged.with_name(staged.name + "-wal"), cancelled=cancelled)
        progress("verify", 0.4)
        verify_database_file(staged, key, shown=backup, cancelled=cancelled)
        progress("keep", 0.6)
        kept = keep_current(target, backups_dir, now, cancelled)
        if cancelled():
            _remove_kept(kept)
            raise CopyCancelledError
        progress("replace", 0.9)  # from here on the restore goes through
        for suffix in ("-wal", "-shm"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        os.replace(staged, target)
        fsync_path(target.parent)
    except CopyCancelledError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The restore was cancelled; nothing was changed.")
        ) from exc
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The backup could not be restored to {target}: {reason}."
            ),
            target=target,
            reason=exc.strerror,
        ) from exc
    finally:
        for suffix in ("", "-wal", "-shm"):
            staged.with_name(staged.name + suffix).unlink(missing_ok=True)
    db = Database(database_url(target), key=key)
    try:
        schema = ensure_schema(db, backups_dir, now)
    finally:
        db.dispose()
    progress("done", 1.0)
    return RestoreResult(target, kept, schema.action)


def _remove_kept(kept: Path | None) -> None:
    if kept is not None:
        for suffix in ("", "-wal"):
            kept.with_name(kept.name + suffix).unlink(missing_ok=True)


def newest_sound_backup(service: BackupService, keys: KeyRequest) -> Path | None:
    """The newest automatic backup that passes verification (for a damaged database)."""
    for info in service.backups():
        try:
            verify_database_file(info.path, backup_key(info.path, keys))
        except UserError:
            continue
        return info.path
    return None


def newest_backup_file(folder: Path, stem: str) -> Path | None:
    """The newest automatic backup of the database named `stem` in `folder` (by its stamp),
    found without opening the database (for advice when it is damaged)."""
    if not folder.is_dir():
        return None
    found = [
        (match["stamp"], path)
        for path in folder.iterdir()
        if (match := _AUTO_NAME.match(path.name)) and match["stem"] == stem
    ]
    return max(found)[1] if found else None


def replace_older_backups(service: BackupService) -> tuple[Path, list[Path]]:
    """After an erasure: one new automatic backup, then every older automatic one deleted, since
    they still hold the erased person. Copies saved elsewhere are beyond Rapport's reach."""
    made = service.backup_now()
    older = [info.path for info in service.backups() if info.path != made]
    for path in older:
        path.unlink(missing_ok=True)
    return made, older
