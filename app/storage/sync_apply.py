"""Writing what a pull brought into the local database, by the merge rule: per field the
highest (clock, origin) wins. Runs inside one write transaction with capture switched off
(`sync_state.applying`), so pulled writes are not sent back, and a kill leaves nothing half
done. A row created here under a name another copy created first takes that copy's uid."""

from __future__ import annotations

import json
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from app.domain.hlc import Stamp, wins
from app.domain.sync_rules import NATURAL_KEYS, ROW_ERASE, ROW_INSERT, ROW_PURGE
from app.storage.sync_capture import SyncedTable, synced_tables

log = logging.getLogger(__name__)

# The search index's per-row triggers on contacts, whose work a pull does once at the end.
_INDEX_TRIGGERS = ("contact_fts_ai", "contact_fts_au")
_ONE_CONTACT = re.compile(r"\bc\.id\s*=\s*new\.id\b", re.IGNORECASE)
_INSERT_BODY = re.compile(r"\b(INSERT INTO contact_fts\b.*?);\s*END\s*$", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class Pulled:
    """One change as the hub's log holds it; `val` is decoded JSON."""

    cursor: int
    tbl: str
    uid: str
    col: str
    val: Any
    hlc: int
    origin: str

    @property
    def stamp(self) -> Stamp:
        return Stamp(self.hlc, self.origin)


class _Result:
    """What a statement gave, read the way the rest of storage reads results."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor
        self.rowcount = int(cursor.rowcount)

    def scalar(self) -> Any:
        row = self._cursor.fetchone()
        return None if row is None else row[0]


class LocalApplier:
    """Applies pulled changes through one connection already in a write transaction."""

    def __init__(self, connection: Connection) -> None:
        self.tables = {t.name: t for t in synced_tables(connection)}
        # the driver's own cursor: tens of thousands of tiny statements per pull
        self._cursor: Any = connection.connection.cursor()
        self._newest = 0
        self._index: _DeferredIndex | None = None

    def __enter__(self) -> LocalApplier:
        self._sql("UPDATE sync_state SET applying = 1 WHERE id = 1")
        self._index = _DeferredIndex(self._cursor)
        return self

    def __exit__(self, error: type[BaseException] | None, *_rest: object) -> None:
        if error is not None:
            return  # the caller's rollback undoes all of it, the set-aside triggers included
        if self._index is not None:
            self._index.finish()
        # the clock moves past every stamp it has seen
        self._sql(
            "UPDATE sync_state SET applying = 0, hlc = max(hlc, ?) WHERE id = 1", self._newest
        )

    def apply_all(self, changes: Iterable[Pulled]) -> int:
        """Merge changes in the hub's order; how many changed this copy. Runs of plain field
        changes, and of new rows of one table, are written with one statement per column or
        table (the driver's executemany) instead of a few statements per change."""
        changed = 0
        run: list[Pulled] = []
        run_kind: tuple[str, str] | None = None
        for change in changes:
            kind = self._bulk_kind(change)
            if run and kind != run_kind:
                changed += self._flush(run)
                run = []
            run_kind = kind
            if kind is None:
                changed += self.apply(change)
            else:
                run.append(change)
        return changed + (self._flush(run) if run else 0)

    def _bulk_kind(self, change: Pulled) -> tuple[str, str] | None:
        """("field", "") for a plain field change, ("row", table) for a row that may be new;
        None for what goes one by one (erasures, purges, named rows, complaint numbers)."""
        table = self.tables.get(change.tbl)
        if table is None or (table.name == "complaint" and change.col in {ROW_INSERT, "number"}):
            return None
        if change.col == ROW_INSERT:
            return None if table.name in NATURAL_KEYS else ("row", table.name)
        if change.col in {ROW_ERASE, ROW_PURGE} or change.col not in table.columns:
            return None
        return ("field", "")

    def _flush(self, run: list[Pulled]) -> int:
        if run[0].col == ROW_INSERT:
            return self._insert_rows(self.tables[run[0].tbl], run)
        return self._write_fields(run)

    def _sql(self, sql: str, *params: Any) -> Any:
        return self._cursor.execute(sql, params)

    def _run(self, sql: str, params: tuple[Any, ...] = ()) -> _Result:
        return _Result(self._cursor.execute(sql, params))

    def apply(self, change: Pulled) -> bool:
        """Merge one change; True when it changed this copy."""
        table = self.tables.get(change.tbl)
        if table is None:
            return False
        if change.col == ROW_ERASE:
            self._erase(table, change)
            return True
        clocks = self._clocks(change.tbl, change.uid)
        if ROW_ERASE in clocks or ROW_PURGE in clocks:
            return False  # erased or purged here: takes no more writes
        if change.col == ROW_PURGE:
            self._run(f"DELETE FROM {table.name} WHERE uid = ?", (change.uid,))
            self._forget(table.name, change.uid)
            self._set_clock(table.name, change.uid, ROW_PURGE, change.stamp)
            return True
        if change.col == ROW_INSERT:
            return self._row(table, change)
        current = clocks.get(change.col, clocks.get(ROW_INSERT))
        return self._field(table, change.uid, change.col, change.val, change.stamp, current)

    # --- rows ---------------------------------------------------------------------------------

    def _row(self, table: SyncedTable, change: Pulled) -> bool:
        values: dict[str, Any] = change.val
        if self._id(table.name, change.uid) is None:
            same = self._natural_twin(table, change.uid, values)
            if same is None:
                self._insert(table, values)
                self._set_clock(table.name, change.uid, ROW_INSERT, change.stamp)
                return True
            self._adopt(table, same, change.uid)
        changed = False
        for column, value in values.items():
            if column != "uid":
                clocks = self._clocks(table.name, change.uid)
                current = clocks.get(column, clocks.get(ROW_INSERT))
                changed |= self._field(table, change.uid, column, value, change.stamp, current)
        return changed

    def _insert(self, table: SyncedTable, values: dict[str, Any]) -> None:
        if table.name == "complaint":
            self._free_number(values["uid"], values.get("number"))
        columns = [c for c in table.columns if c in values]
        params = [self._local(table, c, values[c]) for c in columns]
        marks = ", ".join("?" for _ in columns)
        self._run(
            f"INSERT INTO {table.name} ({', '.join(columns)}, version) VALUES ({marks}, 1)",
            tuple(params),
        )

    def _erase(self, table: SyncedTable, change: Pulled) -> None:
        """An erasure elsewhere: the scrubbed row, whatever was written here since."""
        values: dict[str, Any] = change.val
        if self._id(table.name, change.uid) is None:
            self._insert(table, values)
        else:
            columns = [c for c in table.columns if c in values and c != "uid"]
            assignments = ", ".join(f"{c} = ?" for c in columns)
            self._run(
                f"UPDATE {table.name} SET {assignments}, version = version + 1 WHERE uid = ?",
                (*(self._local(table, c, values[c]) for c in columns), change.uid),
            )
        self._forget(table.name, change.uid)
        self._set_clock(table.name, change.uid, ROW_INSERT, change.stamp)
        self._set_clock(table.name, change.uid, ROW_ERASE, change.stamp)

    def _forget(self, table: str, uid: str) -> None:
        """Drop what this copy still held about a row that is gone or erased."""
        self._run("DELETE FROM sync_field_clock WHERE tbl = ? AND uid = ?", (table, uid))
        self._run("DELETE FROM sync_change WHERE tbl = ? AND uid = ? AND pushed = 0", (table, uid))
        self._run(
            "UPDATE sync_conflict SET local = NULL, remote = NULL, base = NULL "
            "WHERE tbl = ? AND uid = ?",
            (table, uid),
        )

    # --- fields -------------------------------------------------------------------------------

    def _field(  # noqa: PLR0917 - one field's change and what this copy holds
        self,
        table: SyncedTable,
        uid: str,
        column: str,
        value: Any,
        stamp: Stamp,
        current: Stamp | None,
    ) -> bool:
        if column not in table.columns or not wins(stamp, current):
            return False
        if table.name == "complaint" and column == "number":
            self._free_number(uid, value)
        updated = self._run(
            f"UPDATE {table.name} SET {column} = ?, version = version + 1 WHERE uid = ?",
            (self._local(table, column, value), uid),
        ).rowcount
        if updated:
            self._set_clock(table.name, uid, column, stamp)
        return bool(updated)

    def _free_number(self, uid: str, number: Any) -> None:
        """A case numbered here provisionally gives its number up to the hub's (its own comes)."""
        self._run(
            "UPDATE complaint SET number = 'P-' || substr(uid, 1, 13) WHERE number = ? "
            "AND uid <> ?",
            (number, uid),
        )

    # --- natural keys ---------------------------------------------------------------------------

    def _natural_twin(self, table: SyncedTable, uid: str, values: dict[str, Any]) -> int | None:
        key = NATURAL_KEYS.get(table.name)
        if key is None or any(c not in values for c in key):
            return None
        where = " AND ".join(f"{c} IS ?" for c in key)
        found = self._run(
            f"SELECT id FROM {table.name} WHERE {where} AND uid <> ?",
            (*(self._local(table, c, values[c]) for c in key), uid),
        ).scalar()
        return None if found is None else int(found)

    def _adopt(self, table: SyncedTable, local_id: int, uid: str) -> None:
        """The row made here under a name another copy made first becomes that row: it takes
        its uid, and so do the changes here not yet sent that name it."""
        old = str(self._run(f"SELECT uid FROM {table.name} WHERE id = ?", (local_id,)).scalar())
        log.info("sync: %s %s made here is the one %s made elsewhere; merged", table.name, old, uid)
        self._run(f"UPDATE {table.name} SET uid = ? WHERE id = ?", (uid, local_id))
        self._run("DELETE FROM sync_field_clock WHERE tbl = ? AND uid = ?", (table.name, old))
        self._run(
            "UPDATE sync_change SET uid = ? WHERE tbl = ? AND uid = ? AND pushed = 0",
            (uid, table.name, old),
        )
        for other in self.tables.values():
            for column, parent in other.references.items():
                if parent != table.name:
                    continue
                self._run(
                    f"UPDATE sync_change SET val = json_set(val, '$.{column}', ?) "
                    "WHERE tbl = ? AND col IN ('*', '!') AND pushed = 0 "
                    f"AND json_extract(val, '$.{column}') = ?",
                    (uid, other.name, old),
                )
                self._run(
                    "UPDATE sync_change SET val = json_quote(?) WHERE tbl = ? AND col = ? "
                    "AND pushed = 0 AND val = json_quote(?)",
                    (uid, other.name, column, old),
                )

    # --- many at once ---------------------------------------------------------------------------

    def _insert_rows(self, table: SyncedTable, run: list[Pulled]) -> int:
        """New rows of one table in one statement; a row this copy has (or had) merges alone."""
        uids = [change.uid for change in run]
        known = set(self._ids(table.name, uids)) | {
            str(row[0])
            for row in self._sql(
                "SELECT uid FROM sync_field_clock WHERE tbl = ? AND col IN ('!', '-') "
                "AND uid IN (SELECT value FROM json_each(?))",
                table.name,
                json.dumps(uids),
            )
        }
        fresh: dict[str, Pulled] = {}
        alone: list[Pulled] = []
        for change in run:
            if change.uid in known or change.uid in fresh:
                alone.append(change)
            else:
                fresh[change.uid] = change
        if fresh:
            columns = [c for c in table.columns if c in next(iter(fresh.values())).val]
            rows = self._local_rows(table, columns, [c.val for c in fresh.values()])
            marks = ", ".join("?" for _ in columns)
            self._cursor.executemany(
                f"INSERT INTO {table.name} ({', '.join(columns)}, version) VALUES ({marks}, 1)",
                rows,
            )
            self._set_clocks((table.name, c.uid, ROW_INSERT, c.stamp) for c in fresh.values())
        return len(fresh) + sum(self.apply(change) for change in alone)

    def _write_fields(self, run: list[Pulled]) -> int:
        """Field changes merged in memory against this copy's clocks, then written with one
        UPDATE per row (executemany over the rows changing the same columns)."""
        by_table: dict[str, set[str]] = defaultdict(set)
        for change in run:
            by_table[change.tbl].add(change.uid)
        ids: dict[tuple[str, str], int] = {}
        clocks: dict[tuple[str, str], dict[str, Stamp]] = defaultdict(dict)
        for name, uids in by_table.items():
            ids.update(((name, uid), row_id) for uid, row_id in self._ids(name, uids).items())
            for uid, col, hlc, origin in self._sql(
                "SELECT uid, col, hlc, origin FROM sync_field_clock WHERE tbl = ? "
                "AND uid IN (SELECT value FROM json_each(?))",
                name,
                json.dumps(sorted(uids)),
            ):
                clocks[(name, str(uid))][str(col)] = Stamp(int(hlc), str(origin))
        rows: dict[tuple[str, str], dict[str, Any]] = defaultdict(dict)
        written: list[tuple[str, str, str, Stamp]] = []
        for change in run:
            key = (change.tbl, change.uid)
            held, stamp = clocks[key], change.stamp
            if key not in ids or ROW_ERASE in held or ROW_PURGE in held:
                continue
            if wins(stamp, held.get(change.col, held.get(ROW_INSERT))):
                held[change.col] = stamp
                rows[key][change.col] = change.val
                written.append((change.tbl, change.uid, change.col, stamp))
        shapes: dict[tuple[str, tuple[str, ...]], list[tuple[str, str]]] = defaultdict(list)
        for (name, uid), values in rows.items():
            shapes[(name, tuple(values))].append((name, uid))
        for (name, columns), keys in shapes.items():
            local = self._local_rows(self.tables[name], columns, [rows[key] for key in keys])
            assignments = ", ".join(f"{column} = ?" for column in columns)
            self._cursor.executemany(
                f"UPDATE {name} SET {assignments}, version = version + 1 WHERE id = ?",
                [(*values, ids[key]) for values, key in zip(local, keys, strict=True)],
            )
        self._set_clocks(written)
        return len(written)

    def _local_rows(
        self, table: SyncedTable, columns: Sequence[str], rows: Sequence[dict[str, Any]]
    ) -> list[tuple[Any, ...]]:
        """Travelling rows as this database stores them (see `_local`), references resolved
        with one query per referenced table."""
        refs: dict[str, dict[str, int]] = {}
        for column in columns:
            parent = table.references.get(column)
            if parent is not None:
                wanted = {str(r[column]) for r in rows if r.get(column) is not None}
                refs[column] = self._ids(parent, wanted) if wanted else {}
        return [
            tuple(
                refs[column].get(str(row[column]))
                if column in refs and row.get(column) is not None
                else _stored(table, column, row.get(column))
                for column in columns
            )
            for row in rows
        ]

    def _ids(self, table: str, uids: Iterable[str]) -> dict[str, int]:
        return {
            str(uid): int(row_id)
            for uid, row_id in self._sql(
                f"SELECT uid, id FROM {table} WHERE uid IN (SELECT value FROM json_each(?))",
                json.dumps(list(uids)),
            )
        }

    def _set_clocks(self, stamps: Iterable[tuple[str, str, str, Stamp]]) -> None:
        rows = [(tbl, uid, col, s.hlc, s.origin) for tbl, uid, col, s in stamps]
        self._cursor.executemany(_SET_CLOCK, rows)
        self._newest = max([self._newest, *(row[3] for row in rows)])

    # --- helpers --------------------------------------------------------------------------------

    def _local(self, table: SyncedTable, column: str, value: Any) -> Any:
        """A travelling value as this database stores it (a uid becomes the local id)."""
        if value is not None and column in table.references:
            return self._id(table.references[column], str(value))
        return _stored(table, column, value)

    def _id(self, table: str, uid: str) -> int | None:
        found = self._run(f"SELECT id FROM {table} WHERE uid = ?", (uid,)).scalar()
        return None if found is None else int(found)

    def _clocks(self, table: str, uid: str) -> dict[str, Stamp]:
        """The stamps this copy holds for a row's fields (and `*`, `!`, `-` for the row)."""
        rows = self._sql(
            "SELECT col, hlc, origin FROM sync_field_clock WHERE tbl = ? AND uid = ?", table, uid
        ).fetchall()
        return {str(col): Stamp(int(hlc), str(origin)) for col, hlc, origin in rows}

    def _set_clock(self, table: str, uid: str, column: str, stamp: Stamp) -> None:
        self._set_clocks([(table, uid, column, stamp)])


def _stored(table: SyncedTable, column: str, value: Any) -> Any:
    """A travelling value (not a reference) as this database stores it."""
    if value is None:
        return None
    if column in table.json_columns or isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, bool):
        return int(value)
    return value


_SET_CLOCK = (
    "INSERT INTO sync_field_clock (tbl, uid, col, hlc, origin) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (tbl, uid, col) DO UPDATE SET hlc = excluded.hlc, origin = excluded.origin"
)


class _DeferredIndex:
    """The contacts' search index written once per pull: its per-row triggers are set aside
    (temporary ones note the contacts written instead) and the noted documents are rebuilt
    by the trigger's own statement at the end. A trigger of another shape stays in place."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor
        self._kept: list[str] = []
        document = ""
        for name, sql in cursor.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
            _INDEX_TRIGGERS,
        ).fetchall():
            found = _INSERT_BODY.search(str(sql))
            if found is None or len(_ONE_CONTACT.findall(found.group(1))) != 1:
                continue
            document = _ONE_CONTACT.sub("c.id IN (SELECT id FROM temp.sync_indexed)", found[1])
            self._kept.append(str(sql))
            cursor.execute(f"DROP TRIGGER {name}")
        self._document = document
        if not self._kept:
            return
        cursor.execute("CREATE TEMP TABLE IF NOT EXISTS sync_indexed (id INTEGER PRIMARY KEY)")
        for event in ("INSERT", "UPDATE"):
            cursor.execute(
                f"CREATE TEMP TRIGGER sync_indexed_{event.lower()} AFTER {event} ON main.contact "
                "BEGIN INSERT OR IGNORE INTO sync_indexed VALUES (new.id); END"
            )

    def finish(self) -> None:
        if not self._kept:
            return
        for event in ("insert", "update"):
            self._cursor.execute(f"DROP TRIGGER temp.sync_indexed_{event}")
        self._cursor.execute("DELETE FROM contact_fts WHERE rowid IN (SELECT id FROM sync_indexed)")
        self._cursor.execute(self._document)
        self._cursor.execute("DELETE FROM sync_indexed")
        for sql in self._kept:
            self._cursor.execute(sql)
