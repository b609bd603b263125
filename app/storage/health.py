"""`rapport check`: SQLite's own checks, the schema revision and the audit hash chain."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import inspect
from sqlalchemy.exc import DatabaseError

from app.storage.audit import (
    ANCHOR_ID,
    anchor_key,
    anchor_mac,
    verify_chain,
    verify_legacy_chain,
)
from app.storage.database import Database
from app.storage.diagnosis import FileReport, encrypted_report, plain_report
from app.storage.engine import DatabaseKey, connect_raw
from app.storage.schema import current_revision, head_revision, known_revisions
from app.storage.sqlite_dialect import quick_check


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


def file_check(path: Path, key: DatabaseKey | None) -> tuple[CheckResult, FileReport]:
    """The file's own structure: a plain header against the size, or every encrypted page's
    checksum against the key."""
    report = plain_report(path) if key is None else encrypted_report(path, key)
    return CheckResult("file", report.ok, report.describe()), report


def check_database(db: Database) -> list[CheckResult]:
    """Run every check SQLite can still run on the file and say what each found; a damaged
    file that SQLite stops reading ends the list with what it said."""
    results: list[CheckResult] = []
    try:
        _sqlite_checks(db, results)
    except DatabaseError as exc:
        results.append(
            CheckResult("readable", False, f"SQLite stopped reading it: {exc.orig or exc}")
        )
    return results


def _sqlite_checks(db: Database, results: list[CheckResult]) -> None:
    with db.engine.connect() as connection:
        for pragma in ("quick_check", "integrity_check"):
            found = [row[0] for row in connection.exec_driver_sql(f"PRAGMA {pragma}")]
            results.append(CheckResult(pragma, found == ["ok"], "; ".join(found[:5])))
        problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        results.append(
            CheckResult(
                "foreign_key_check",
                not problems,
                "ok"
                if not problems
                else f"{len(problems)} rows point at missing rows, first in table {problems[0][0]}",
            )
        )
        revision = current_revision(connection)
    head = head_revision()
    results.append(
        CheckResult(
            "schema_version",
            revision == head,
            f"{revision} (current)"
            if revision == head
            else f"{revision or 'none'}; this app expects {head}"
            + (" and does not know that revision" if revision not in known_revisions() else ""),
        )
    )
    if revision is not None:  # every Rapport revision has the audit log
        results.append(_chain_result(db))


def _chain_result(db: Database) -> CheckResult:
    """The audit chain: anchored, or in its first form until the database is upgraded."""
    with db.read() as session:
        connection = session.connection()
        anchored = inspect(connection).has_table("audit_anchor")
        verdict = (
            verify_chain(connection, anchor_key(db.key))
            if anchored
            else verify_legacy_chain(connection)
        )
    if not verdict.ok:
        return CheckResult("audit_chain", False, f"{verdict.problem} (tampered or damaged)")
    said = "anchored" + _seal_note(db) if anchored else "old form, anchored when upgraded"
    return CheckResult("audit_chain", True, f"{verdict.entries} entries verified, {said}")


def backup_agreement(db: Database, backup: Path) -> CheckResult:
    """Today's chain must still hold the head a backup sealed: someone holding the key could
    rewrite and re-seal the chain in the database, not in every backup made before."""
    name = "audit_backup"
    try:
        connection = connect_raw(backup, db.key)
        try:
            found = connection.execute(
                "SELECT entries, head_hash, mac FROM audit_anchor WHERE id = ?", (ANCHOR_ID,)
            ).fetchone()
        finally:
            connection.close()
    except sqlcipher.Error as exc:
        return CheckResult(name, True, f"{backup.name} not compared: it cannot be read ({exc})")
    if found is None:
        return CheckResult(name, True, f"{backup.name} not compared: it predates the anchor")
    entries, head_hash, mac = found
    if mac != anchor_mac(anchor_key(db.key), entries, head_hash):
        return CheckResult(name, False, f"the anchor in {backup.name} does not match its seal")
    with db.read() as session:
        live = (
            session.connection()
            .exec_driver_sql(
                "SELECT hash FROM audit_log ORDER BY id LIMIT 1 OFFSET ?", (max(entries - 1, 0),)
            )
            .scalar()
        )
    if entries and live != head_hash:
        return CheckResult(
            name,
            False,
            f"entry {entries} is not the one backup {backup.name} holds: the chain was "
            "rewritten or cut since",
        )
    return CheckResult(name, True, f"agrees with {backup.name} ({entries} entries then)")


def _seal_note(db: Database) -> str:
    """What the anchor's seal proves: keyed for encrypted files, only a checksum for plain."""
    if db.key is not None or db.path is None:
        return ""
    return " (plain database: the anchor's seal uses no secret; encrypt it for a keyed seal)"


# Folder names that sync clients use; a live SQLite file there gets copied mid-write.
_SYNCED_FOLDERS: tuple[tuple[str, str], ...] = (
    ("dropbox", "Dropbox"),
    ("onedrive", "OneDrive"),
    ("mobile documents", "iCloud Drive"),
    ("icloud drive", "iCloud Drive"),
    ("icloudrive", "iCloud Drive"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
)
_NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smbfs", "smb3", "afpfs", "sshfs", "fuse.sshfs", "9p", "davfs"}
)


def quick_check_ok(db: Database) -> bool:
    """SQLite's quick_check on open: False when the file is damaged."""
    try:
        with db.engine.connect() as connection:
            found = quick_check(connection)
    except DatabaseError:
        return False
    return found == ["ok"]


def location_warning(path: Path, mounts: Path = Path("/proc/mounts")) -> str | None:
    """Why the folder holding the database is a risky place for it, or None when it is fine."""
    if str(path).startswith(("\\\\", "//")):
        return f"{path} is on a network share; a dropped connection can damage the database."
    resolved = path.expanduser().resolve()
    service = synced_service(resolved)
    if service is not None:
        return (
            f"{path} is inside a {service} folder; sync can copy the database while it "
            "is being written and damage it. Keep it in a local folder and rely on "
            "Rapport's backups."
        )
    fstype = _filesystem_type(resolved, mounts)
    if fstype in _NETWORK_FILESYSTEMS:
        return f"{path} is on a network share ({fstype}); a dropped connection can damage it."
    return None


def synced_service(path: Path) -> str | None:
    """The cloud-sync service whose folder holds `path` (Dropbox, OneDrive, ...), or None."""
    for part in (p.lower() for p in path.parts):
        for marker, service in _SYNCED_FOLDERS:
            if part == marker or part.startswith(marker + " ") or part.startswith(marker + "-"):
                return service
    return None


def _filesystem_type(path: Path, mounts: Path) -> str | None:
    """The type of the filesystem holding `path`, from the longest matching mount point."""
    try:
        lines = mounts.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None  # not Linux, or no /proc: nothing more to learn here
    best, best_type = "", None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = str(path) == point or str(path).startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, best_type = point, fields[2]
    return best_type
