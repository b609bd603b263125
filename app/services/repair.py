"""`rapport repair`: salvage what can still be read from a damaged database into a new file.

The damaged file is never written to: it (and its WAL) is copied aside and read from the copy.
Each table is read by rowid range; a range SQLite cannot read is split in halves until the
unreadable rows are isolated and skipped, so one damaged page costs only the rows on it. The new
file gets the current schema and the same key, so the keychain entry opens it too; search indexes
and rollups fill themselves through their triggers, cached figures are rebuilt by analytics. Rows
whose parent row was lost are dropped (and counted); the audit chain is sealed again only when
what was salvaged of it still verifies, otherwise `check` keeps reporting the gap.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.domain.progress import Progress, no_progress
from app.services.import_export.full_json import exported_tables
from app.storage.audit import anchor_key, rehash_legacy_chain, seal_chain
from app.storage.database import Database
from app.storage.engine import DatabaseKey, connect_raw, database_url
from app.storage.models import Base
from app.storage.salvage import (
    begin_copy,
    column_names,
    copy_table,
    drop_orphans,
    read_damaged_schema,
)
from app.storage.schema import ensure_schema
from app.storage.sqlite_dialect import integrity_check


@dataclass(frozen=True, slots=True)
class RepairResult:
    target: Path
    rows: dict[str, int]  # salvaged rows per table
    unreadable: dict[str, int]  # rowid ranges SQLite could not read, per table
    orphans: dict[str, int] = field(default_factory=dict)  # dropped: their parent was lost
    audit_sealed: bool = False
    integrity: str = "ok"


def repair(
    damaged: Path,
    key: DatabaseKey | None,
    target: Path,
    scratch: Path,
    *,
    now: datetime,
    progress: Progress = no_progress,
) -> RepairResult:
    """Salvage `damaged` (opened with `key`) into the new file `target`, keyed the same."""
    if target.exists():
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "{target} already exists; name a new file."),
            target=target,
        )
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".repair-") as folder:
        staged = Path(folder) / "damaged.db"
        for suffix in ("", "-wal"):
            source = damaged.with_name(damaged.name + suffix)
            if source.exists():
                shutil.copyfile(source, staged.with_name(staged.name + suffix))
        new = Database(database_url(target), key=key)
        try:
            ensure_schema(new, scratch, now)
        finally:
            new.dispose()
        return _salvage(staged, key, target, progress)


def _salvage(
    staged: Path, key: DatabaseKey | None, target: Path, progress: Progress
) -> RepairResult:
    source = connect_raw(staged, key)
    try:
        read_damaged_schema(source)  # the staged copy is a scratch file, never written here
    except sqlcipher.DatabaseError as exc:
        source.close()
        target.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Nothing can be salvaged: the part of the file that names its tables is "
                "unreadable ({problem}). Restore it from a backup.",
            ),
            problem=exc,
        ) from exc
    out = connect_raw(target, key)
    rows: dict[str, int] = {}
    unreadable: dict[str, int] = {}
    try:
        begin_copy(out)
        tables = exported_tables()
        for n, table in enumerate(tables):
            present = column_names(source, table)
            columns = [c.name for c in Base.metadata.tables[table].columns if c.name in present]
            if not columns:  # a table an older schema did not have yet
                continue
            rows[table], unreadable[table] = copy_table(source, out, table, columns)
            progress(table, (n + 1) / len(tables))
        orphans = drop_orphans(out)
        out.execute("COMMIT")
    except BaseException:
        out.close()
        target.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    out.close()
    sealed, integrity = _finish(target, key)
    return RepairResult(target, rows, unreadable, orphans, sealed, integrity)


def _finish(target: Path, key: DatabaseKey | None) -> tuple[bool, str]:
    """Seal the salvaged audit chain (when it verifies) and run SQLite's integrity check."""
    db = Database(database_url(target), key=key)
    try:
        with db.write() as session:
            rehash_legacy_chain(session.connection())  # rows from a file of schema 0011 or older
            sealed = seal_chain(session.connection(), anchor_key(key)).ok
        with db.read() as session:
            integrity = integrity_check(session.connection())
    finally:
        db.dispose()
    return sealed, str(integrity)
