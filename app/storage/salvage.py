"""Salvage from a damaged SQLite file: read each table by rowid range and copy what reads.

`services.repair` decides what to salvage and reports it; this holds the statements that only
SQLite (and SQLCipher) understand: a schema table that may not parse, rowid ranges, PRAGMAs
and `INSERT OR IGNORE`. Connections are raw DB-API ones from `engine.connect_raw`.
"""

from __future__ import annotations

from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

MAX_ROWID = 2**63 - 1
CHUNK = 5_000  # rows per insert
FAILED_READS = 4_096  # per table: past this many unreadable ranges its damaged root is lost


def read_damaged_schema(source: Any) -> None:
    """Read the schema table, skipping entries that no longer parse (a damaged trigger or
    index) rather than failing every read; DatabaseError when even that is unreadable. Only for
    a scratch copy: the connection may then write a damaged schema."""
    source.execute("PRAGMA writable_schema = ON")
    source.execute("SELECT count(*) FROM sqlite_master").fetchone()


def begin_copy(out: Any) -> None:
    """Open the one write transaction of a salvage, foreign keys unchecked while rows arrive."""
    out.execute("PRAGMA foreign_keys = OFF")
    out.execute("BEGIN IMMEDIATE")


def column_names(source: Any, table: str) -> set[str]:
    """The columns `table` has in the damaged file (an older schema may lack some)."""
    return {row[1] for row in source.execute(f"PRAGMA table_info({table})")}


def copy_table(source: Any, out: Any, table: str, columns: list[str]) -> tuple[int, int]:
    """Copy every readable row of `table`: (rows copied, rowid ranges that could not be read)."""
    copier = _TableCopy(source, out, table, columns)
    copier.copy_range(-MAX_ROWID - 1, MAX_ROWID)
    copier.flush()
    return copier.copied, copier.lost_ranges


class _TableCopy:
    """Copies one table by rowid range, halving ranges SQLite cannot read."""

    def __init__(self, source: Any, out: Any, table: str, columns: list[str]) -> None:
        names = ", ".join(columns)
        self._read = f"SELECT {names} FROM {table} WHERE rowid BETWEEN ? AND ? ORDER BY rowid"  # noqa: S608 - model names
        marks = ", ".join("?" * len(columns))
        self._write = f"INSERT OR IGNORE INTO {table} ({names}) VALUES ({marks})"  # noqa: S608
        self._source, self._out = source, out
        self._pending: list[tuple[Any, ...]] = []
        self.copied = self.lost_ranges = 0
        self._failures_left = FAILED_READS

    def copy_range(self, low: int, high: int) -> None:
        try:
            found = self._source.execute(self._read, (low, high)).fetchall()
        except sqlcipher.DatabaseError:
            self._failures_left -= 1
            if low == high or self._failures_left <= 0:  # isolated, or the table is lost
                self.lost_ranges += 1
                return
            middle = low + (high - low) // 2
            self.copy_range(low, middle)
            self.copy_range(middle + 1, high)
            return
        self._pending.extend(found)
        if len(self._pending) >= CHUNK:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            before = self._out.total_changes
            self._out.executemany(self._write, self._pending)
            self.copied += self._out.total_changes - before
            self._pending = []


def drop_orphans(out: Any) -> dict[str, int]:
    """Delete rows whose parent row was lost (repeatedly: a dropped row can orphan others)."""
    dropped: dict[str, int] = {}
    while problems := out.execute("PRAGMA foreign_key_check").fetchall():
        for table, rowid, _parent, _fk in problems:
            out.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))  # noqa: S608
            dropped[table] = dropped.get(table, 0) + 1
    return dropped
