"""The whole database as one JSON document, and back into an empty database with nothing lost.

Document schema (version 1):

    {"format": "rapport-export", "version": 1, "schema_revision": "0006",
     "exported_at": "2026-03-02T10:00:00+00:00",
     "tables": {"<table>": {"columns": ["id", "uid", ...], "rows": [[1, "…", ...], ...]}, ...}}

Tables come in foreign-key order; values are exactly what SQLite stores (times as naive UTC
text, JSON columns as their text, money as integer minor units). The derived `contact_stats`
cache is left out (analytics rebuilds it). Rows are streamed out one by one, so exporting the
large sample does not hold it in memory.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Connection
from sqlalchemy.exc import IntegrityError

from app.config.private import make_private
from app.domain.clock import Clock
from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.domain.progress import Progress
from app.services.import_export.json_values import check_row
from app.storage.audit import AuditTrail
from app.storage.database import Database
from app.storage.models import Base
from app.storage.schema import head_revision
from app.storage.sqlite_dialect import defer_foreign_keys, first_broken_reference

FORMAT, VERSION = "rapport-export", 1
# Derived data, rebuilt on load: the per-customer cache and the trigger-kept analytics rollups.
SKIPPED_TABLES = frozenset(
    {
        "contact_stats",
        "contact_stats_dirty",
        "audit_anchor",  # sealed with this database's key: sealed anew over the loaded chain
        "rollup_state",
        "order_spell",
        "cohort_cell",
        "survey_day",
        "ledger_day",
        # one copy's own sync identity and progress: a copy loaded elsewhere is a new copy
        "sync_state",
        "computer_setting",  # and its backups: the computer loading it sets its own
        "sync_change",
        "sync_field_clock",
        "sync_conflict",
    }
)


def exported_tables() -> list[str]:
    return [t.name for t in Base.metadata.sorted_tables if t.name not in SKIPPED_TABLES]


def export_json(db: Database, clock: Clock, path: Path, progress: Progress | None = None) -> int:
    """Write every table to `path`; returns the number of rows written."""
    tables = exported_tables()
    tmp = path.with_name(f".{path.name}.part")
    total = 0
    try:
        with db.read() as session, tmp.open("w", encoding="utf-8") as out:
            connection = session.connection()
            head = {
                "format": FORMAT,
                "version": VERSION,
                "schema_revision": head_revision(),
                "exported_at": clock.now().isoformat(),
            }
            out.write(json.dumps(head)[:-1] + ', "tables": {')
            for n, table in enumerate(tables):
                total += _write_table(connection, table, out, first=n == 0)
                if progress is not None:
                    progress(table, (n + 1) / len(tables))
            out.write("}}\n")
        make_private(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Cannot write {path} ({reason})."),
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    return total


def _write_table(connection: Connection, table: str, out: Any, *, first: bool) -> int:
    columns = [c.name for c in Base.metadata.tables[table].columns]
    names = ", ".join(columns)
    out.write(("" if first else ", ") + json.dumps(table) + ': {"columns": ')
    out.write(json.dumps(columns) + ', "rows": [')
    count = 0
    cursor = connection.exec_driver_sql(f"SELECT {names} FROM {table} ORDER BY id")  # noqa: S608 - model names
    for row in cursor:
        out.write(("," if count else "") + "\n" + json.dumps(list(row), ensure_ascii=False))
        count += 1
    out.write("]}")
    return count


def import_json(db: Database, audit: AuditTrail, path: Path) -> dict[str, int]:
    """Load a full export into an empty database (all or nothing); returns rows per table."""
    document = _read_document(path)
    known = set(exported_tables())
    tables: dict[str, Any] = document["tables"]
    unknown = sorted(set(tables) - known)
    if unknown:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The export holds a table this version does not know: '{name}'."
            ),
            name=unknown[0],
        )
    counts: dict[str, int] = {}
    with db.write() as session:
        connection = session.connection()
        for table in exported_tables():
            if connection.exec_driver_sql(f"SELECT 1 FROM {table} LIMIT 1").first():  # noqa: S608
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "This database is not empty (table {table} holds rows); a full export "
                        "can only be loaded into a new, empty database.",
                    ),
                    table=table,
                )
        defer_foreign_keys(connection)
        for table in exported_tables():
            counts[table] = _load_table(connection, table, tables.get(table))
        _check_references(connection)
        audit.seal(connection)
        audit.record(
            session,
            "import.full_json",
            "database",
            None,
            f"tables={len(counts)} rows={sum(counts.values())}",
        )
    return counts


def _read_document(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as handle:
            document = json.load(handle)
    except FileNotFoundError:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "There is no file at {path}."), path=path
        ) from None
    except (OSError, ValueError) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The file {path} is not a readable JSON export ({problem})."
            ),
            path=path.name,
            problem=exc,
        ) from exc
    except RecursionError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The file {path} nests its JSON too deeply to be a Rapport export."
            ),
            path=path.name,
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The file {path} is not a Rapport full export."),
            path=path.name,
        )
    if document.get("version") != VERSION or not isinstance(document.get("tables"), dict):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The file {path} is a Rapport export of an unknown version."
            ),
            path=path.name,
        )
    return document


def _load_table(connection: Connection, table: str, body: Any) -> int:
    if body is None:
        return 0
    columns = {c.name: c for c in Base.metadata.tables[table].columns}
    given = body.get("columns") if isinstance(body, dict) else None
    rows = body.get("rows") if isinstance(body, dict) else None
    if (
        not isinstance(given, list)
        or not isinstance(rows, list)
        or not all(isinstance(name, str) for name in given)
        or not set(given) <= set(columns)
        or len(set(given)) != len(given)
        or any(_required(column) and name not in given for name, column in columns.items())
    ):
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The table {table} in the export is damaged."),
            table=table,
        )
    if not rows:
        return 0
    if any(not isinstance(row, list) or len(row) != len(given) for row in rows):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "A row of table {table} in the export has the wrong number of values."
            ),
            table=table,
        )
    chosen = [columns[name] for name in given]
    for number, row in enumerate(rows, start=1):
        check_row(table, chosen, row, number)
    names = ", ".join(given)
    marks = ", ".join("?" * len(given))
    try:
        connection.exec_driver_sql(
            f"INSERT INTO {table} ({names}) VALUES ({marks})",  # noqa: S608 - checked names
            [tuple(row) for row in rows],
        )
    except IntegrityError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Rows of table {table} in the export clash with each other ({problem}); "
                "nothing was loaded.",
            ),
            table=table,
            problem=exc.orig,
        ) from exc
    return len(rows)


def _required(column: Column[object]) -> bool:
    """A column a row must give: not nullable, no default in SQL, not the integer key."""
    return not column.nullable and column.server_default is None and not column.primary_key


def _check_references(connection: Connection) -> None:
    """Every reference in the loaded rows points at a loaded row (checked before the commit,
    so a broken export is refused in words instead of failing the commit)."""
    broken = first_broken_reference(connection)
    if broken is not None:
        table, rowid, parent = broken
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Row #{rowid} of table {table} in the export points at a {parent} row the "
                "export does not hold; nothing was loaded.",
            ),
            rowid=rowid,
            table=table,
            parent=parent,
        )
