"""Writing what a pull brought into the local database, by the merge rule: per field the
highest (clock, origin) wins. Runs inside one write transaction with capture switched off
(`sync_state.applying`), so pulled writes are not sent back, and a kill leaves nothing half
done. A row created here under a name another copy created first takes that copy's uid."""

from __future__ import annotations

import json
import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection

from app.domain.hlc import Stamp, wins
from app.domain.sync_rules import (
    NAME_COLUMNS,
    NAME_SOURCES,
    NATURAL_KEYS,
    ROW_ERASE,
    ROW_INSERT,
    ROW_PURGE,
)
from app.domain.validation import display_name_of, fold
from app.storage import rollups
from app.storage.sync_capture import SyncedTable, in_dependency_order, synced_tables

log = logging.getLogger(__name__)

# The search index's per-row triggers on contacts, whose work a pull does once at the end.
_INDEX_TRIGGERS = ("contact_fts_ai", "contact_fts_au")
_ONE_CONTACT = re.compile(r"\bc\.id\s*=\s*new\.id\b", re.IGNORECASE)
_ROW_VALUES = re.compile(
    r"\bINSERT INTO (?P<index>\w+)\s*\((?P<columns>[^)]*)\)\s*VALUES\s*\((?P<values>[^)]*)\)"
    r"\s*;\s*END\s*$",
    re.IGNORECASE,
)
DOWNLOAD_CACHE_KIB = 512 * 1024  # a first download's page cache (uid indexes, clocks): 256 MB
# left the large sample's copy ~10 s slower, spilling pages it dirtied again
# Every contact's cached figures stale at once (the per-row triggers mark one at a time).
_ALL_STALE = (
    "INSERT OR REPLACE INTO contact_stats_dirty (contact_id, seq) SELECT c.id, "
    "(SELECT coalesce(max(seq), 0) FROM contact_stats_dirty) + row_number() OVER (ORDER BY c.id) "
    "FROM contact c"
)
_HEADER = re.compile(
    r"^CREATE TRIGGER \w+ (?P<event>(?:BEFORE|AFTER) [\w ,]+?) ON (?P<table>\w+) BEGIN\b",
    re.IGNORECASE,
)
_TOUCH = re.compile(
    r"\bBEGIN UPDATE contact SET id = id WHERE (?P<where>[^;]*);\s*END\s*$", re.IGNORECASE
)
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
        # parents before children: new rows written together go in this order
        self.tables = {t.name: t for t in in_dependency_order(connection)}
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
        """Merge changes in the hub's order; how many changed this copy. Runs of new rows and
        plain field changes are written together, new rows first (table by table, parents
        before children), then the fields, with one executemany per table
        and shape instead of a few statements per change. Erasures and purges go one by one,
        between the runs."""
        changed = 0
        run: list[Pulled] = []
        for change in changes:
            if self._together(change):
                run.append(change)
                continue
            if run:
                changed += self._flush(run)
                run = []
            changed += self.apply(change)
        return changed + (self._flush(run) if run else 0)

    def copy_new_rows(self, staged: str, step: Callable[[int], None]) -> dict[str, int]:
        """A first download's new and erased rows copied straight from the table `staged`
        (columns as the hub's log: cursor, tbl, uid, col, val, hlc, origin), one INSERT ...
        SELECT per table this copy holds nothing of yet: SQLite reads each value out of the
        JSON, looks each reference up and writes the row, with no Python object per value.
        What it gives is what `apply_all` gives for those rows (see `_copy_sql`); parents come
        first, so an erased customer is there for the notes that name it. How many rows each
        table it copied took; `step` hears each such count (and may raise to stop). The
        tables left out (rows here already, twins under a natural key, a row the constraints
        refuse) are `apply_all`'s, as are all other changes, and so are the tables that refer
        to one left out: their rows may name a row of it that `apply_all` writes later (an
        erased customer comes as its erasure)."""
        copied: dict[str, int] = {}
        for table in self.tables.values():
            parents = set(table.references.values()) - {table.name}
            if not parents <= copied.keys():
                continue
            count = self._copied(table, staged)
            if count is not None:
                copied[table.name] = count
                step(count)
        return copied

    def _copied(self, table: SyncedTable, staged: str) -> int | None:
        """The rows of `table` copied from `staged`, or None when they were left out."""
        held = self._sql(
            f"SELECT EXISTS (SELECT 1 FROM {table.name}) "
            "OR EXISTS (SELECT 1 FROM sync_field_clock WHERE tbl = ?)",
            table.name,
        ).fetchone()[0]
        rows = (
            f"FROM {staged} s WHERE s.tbl = '{table.name}' "
            f"AND s.col IN ('{ROW_INSERT}', '{ROW_ERASE}')"
        )
        if held or self._twins(table, rows):
            return None
        erased = f"{rows} AND s.col = '{ROW_ERASE}'"
        self._sql("SAVEPOINT copy_rows")
        try:
            count = int(
                self._cursor.execute(
                    f"INSERT INTO {table.name} ({', '.join(table.columns)}, version) "
                    f"SELECT {_copy_sql(table)}, 1 {rows} ORDER BY s.cursor"
                ).rowcount
            )
            # the stamps `_row` and `_erase` keep: the row's, and an erased row's erasure
            self._sql(  # in the clocks' key order: appended, not scattered over the index
                f"{_COPY_CLOCKS} SELECT s.tbl, s.uid, '{ROW_INSERT}', s.hlc, s.origin {rows} "
                "ORDER BY s.uid"
            )
            self._sql(f"{_COPY_CLOCKS} SELECT s.tbl, s.uid, s.col, s.hlc, s.origin {erased}")
        except sqlcipher.IntegrityError:
            self._sql("ROLLBACK TO copy_rows")
            return None
        finally:
            self._sql("RELEASE copy_rows")
        newest = self._sql(f"SELECT max(s.hlc) {rows}").fetchone()[0]
        self._newest = max(self._newest, int(newest or 0))
        return count

    def _twins(self, table: SyncedTable, rows: str) -> bool:
        """Whether two of the new rows share a natural key (they merge, as `_row` merges)."""
        key = NATURAL_KEYS.get(table.name)
        if key is None:
            return False
        names = ", ".join(f"json_extract(s.val, '$.{column}')" for column in key)
        return bool(
            self._sql(
                f"SELECT EXISTS (SELECT 1 {rows} GROUP BY {names} HAVING count(*) > 1)"
            ).fetchone()[0]
        )

    def _together(self, change: Pulled) -> bool:
        """Whether a change can be written with its neighbours: a row that may be new or a
        plain field's value (not an erasure or purge, nor a table or column unknown here)."""
        table = self.tables.get(change.tbl)
        if table is None or change.col in {ROW_ERASE, ROW_PURGE}:
            return False
        return change.col == ROW_INSERT or change.col in table.columns

    def _flush(self, run: list[Pulled]) -> int:
        rows: dict[str, list[Pulled]] = {name: [] for name in self.tables}
        fields = []
        for change in run:
            if change.col == ROW_INSERT:
                rows[change.tbl].append(change)
            else:
                fields.append(change)
        changed = sum(
            self._insert_rows(self.tables[name], new) for name, new in rows.items() if new
        )
        return changed + (self._write_fields(fields) if fields else 0)

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
        blank = [c for c in table.required if c not in values]  # see SyncedTable.required
        marks = ", ".join("?" for _ in [*columns, *blank])
        self._run(
            f"INSERT INTO {table.name} ({', '.join([*columns, *blank])}, version) "
            f"VALUES ({marks}, 1)",
            (*params, *("" for _ in blank)),
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
        self._run(_FREE_NUMBER, (number, uid))

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
        """New rows of one table in one statement; a row this copy has (or had), one named
        like a row here, or one of another shape merges alone."""
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
        shape = [c for c in table.columns if c in run[0].val]
        fresh: dict[str, Pulled] = {}
        alone: list[Pulled] = []
        for change in run:
            if (
                change.uid in known
                or change.uid in fresh
                or len(change.val) != len(shape)
                or not table.required <= change.val.keys()  # `_insert` fills them in
            ):
                alone.append(change)
            else:
                fresh[change.uid] = change
        rows = self._local_rows(table, shape, [c.val for c in fresh.values()])
        key = NATURAL_KEYS.get(table.name)
        if key is not None and rows:
            for change in self._named_alike(table, shape, key, fresh, rows):
                alone.append(fresh.pop(change.uid))
            rows = self._local_rows(table, shape, [c.val for c in fresh.values()])
        if fresh:
            if table.name == "complaint":
                self._cursor.executemany(
                    _FREE_NUMBER, [(c.val.get("number"), c.uid) for c in fresh.values()]
                )
            marks = ", ".join("?" for _ in shape)
            self._cursor.executemany(
                f"INSERT INTO {table.name} ({', '.join(shape)}, version) VALUES ({marks}, 1)",
                rows,
            )
            self._set_clocks((table.name, c.uid, ROW_INSERT, c.stamp) for c in fresh.values())
        return len(fresh) + sum(self.apply(change) for change in alone)

    def _named_alike(
        self,
        table: SyncedTable,
        shape: list[str],
        key: tuple[str, ...],
        fresh: dict[str, Pulled],
        rows: list[list[Any]],
    ) -> list[Pulled]:
        """The new rows whose natural key a row here (or an earlier one of them) holds: they
        merge alone, as `_row` does."""
        if any(column not in shape for column in key):
            return list(fresh.values())
        at = [shape.index(column) for column in key]
        taken = {tuple(row) for row in self._sql(f"SELECT {', '.join(key)} FROM {table.name}")}
        alike = []
        for change, row in zip(fresh.values(), rows, strict=True):
            name = tuple(row[i] for i in at)
            if name in taken:
                alike.append(change)
            taken.add(name)
        return alike

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
        self._cursor.executemany(  # as `_field` does: the hub's numbers replace provisional ones
            _FREE_NUMBER,
            [
                (v["number"], uid)
                for (name, uid), v in rows.items()
                if name == "complaint" and "number" in v
            ],
        )
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
    ) -> list[list[Any]]:
        """Travelling rows, each holding exactly `columns`, as this database stores them (see
        `_local`), references resolved with one query per referenced table. Plain values are
        taken as they are (only JSON columns travel as objects), so most columns cost a
        lookup."""
        refs: dict[str, dict[str, int]] = {}
        for column in columns:
            parent = table.references.get(column)
            if parent is not None:
                wanted = {str(r[column]) for r in rows if r[column] is not None}
                refs[column] = self._ids(parent, wanted) if wanted else {}
        special = [
            (at, column)
            for at, column in enumerate(columns)
            if column in refs or column in table.json_columns
        ]
        out = []
        for row in rows:
            values = [row[column] for column in columns]
            for at, column in special:
                value = values[at]
                if value is not None:
                    values[at] = (
                        refs[column].get(str(value))
                        if column in refs
                        else _stored(table, column, value)
                    )
            out.append(values)
        return out

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


def _copy_sql(table: SyncedTable) -> str:
    """The SELECT list that reads a new row of `table` out of its travelling JSON (`s.val`) as
    `_local_rows` and `_stored` make it: a reference's uid becomes the local id (NULL when that
    row is not here), a JSON column keeps its value's JSON text (SQLite's is compact, as
    `_stored` writes it) and a JSON null is NULL; a column the row does not carry gets what an
    INSERT leaving it out gives, and a required one an empty text, as `_insert` writes it."""
    select = []
    for column in table.columns:
        path = f"'$.{column}'"
        if column == "uid":
            value = "s.uid"
        elif column in table.references:
            value = (
                f"(SELECT p.id FROM {table.references[column]} p "
                f"WHERE p.uid = json_extract(s.val, {path}))"
            )
        elif column in table.json_columns:
            value = f"nullif(s.val -> {path}, 'null')"  # a JSON string is quoted there
        else:
            value = f"json_extract(s.val, {path})"
        if column in table.required:  # never NULL: NULL means not carried
            value = f"coalesce({value}, '')"
        elif column in table.defaults:
            value = (
                f"CASE WHEN json_type(s.val, {path}) IS NULL THEN {table.defaults[column]} "
                f"ELSE {value} END"
            )
        select.append(value)
    return ", ".join(select)


def _stored(table: SyncedTable, column: str, value: Any) -> Any:
    """A travelling value (not a reference) as this database stores it."""
    if value is None:
        return None
    if column in table.json_columns or isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, bool):
        return int(value)
    return value


_FREE_NUMBER = (
    "UPDATE complaint SET number = 'P-' || substr(uid, 1, 13) WHERE number = ? AND uid <> ?"
)
_COPY_CLOCKS = "INSERT INTO sync_field_clock (tbl, uid, col, hlc, origin)"
_SET_CLOCK = (
    "INSERT INTO sync_field_clock (tbl, uid, col, hlc, origin) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (tbl, uid, col) DO UPDATE SET hlc = excluded.hlc, origin = excluded.origin"
)


@contextmanager
def upkeep_set_aside(connection: Connection) -> Iterator[None]:
    """For a first download: the rollups' and stale marks' per-row triggers set aside (the
    rollups are rebuilt once, every contact marked stale once) and the interactions' search
    documents written by one statement for the new rows, inside the caller's transaction (an
    error rolls all of it back, the dropped triggers included)."""
    with _interaction_documents_after(connection):
        with rollups.suspended(connection), _indexes_built_after(connection):
            yield
        connection.exec_driver_sql(_ALL_STALE)


@contextmanager
def _interaction_documents_after(connection: Connection) -> Iterator[None]:
    """The interactions' search documents of the rows written meanwhile made once at the end,
    by the insert trigger's own statement over them. Their index reads its text from the
    interactions themselves (external content), so the triggers that take a document out when
    a row changes or goes would ask it to remove one it never had (SQLite reports the file
    damaged): while the rows go in, those act for the older rows only."""
    trigger = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'interaction_fts_ai'"
    ).scalar()
    found = _ROW_VALUES.search(str(trigger or ""))
    if not found:
        yield
        return
    before = int(
        connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM interaction").scalar() or 0
    )
    removers = [
        (str(name), str(sql))
        for name, sql in connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            f"AND tbl_name = 'interaction' AND sql LIKE '%INSERT INTO {found['index']}("
            f"{found['index']},%'"
        )
    ]
    connection.exec_driver_sql("DROP TRIGGER interaction_fts_ai")
    for name, sql in removers:
        header = _HEADER.match(sql)
        if header is None:
            raise ValueError(f"trigger {name} is not of the shape set aside: {sql}")
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
        connection.exec_driver_sql(
            f"CREATE TEMP TRIGGER {name}_older {header['event']} ON main.{header['table']} "
            f"WHEN old.id <= {before} BEGIN{sql[header.end() :]}"
        )
    yield
    for name, sql in removers:
        connection.exec_driver_sql(f"DROP TRIGGER temp.{name}_older")
        connection.exec_driver_sql(sql)
    values = re.sub(r"\bnew\.", "", found["values"], flags=re.IGNORECASE)
    connection.exec_driver_sql(
        f"INSERT INTO {found['index']} ({found['columns']}) SELECT {values} "
        "FROM interaction WHERE id > ?",
        (before,),
    )
    connection.exec_driver_sql(str(trigger))


@contextmanager
def _indexes_built_after(connection: Connection) -> Iterator[None]:
    """The secondary indexes of the synced tables still empty, dropped while the rows go in
    and built once at the end (one sort instead of scattered inserts), with a large page cache
    meanwhile for the uid indexes that stay. Unique indexes stay: they check what goes in."""
    empty = [
        t.name
        for t in synced_tables(connection)
        if not connection.exec_driver_sql(f"SELECT EXISTS (SELECT 1 FROM {t.name})").scalar()
    ]
    indexes = [
        (str(name), str(sql))
        for name, table, sql in connection.exec_driver_sql(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' "
            "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'"
        )
        if table in empty
    ]
    cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{DOWNLOAD_CACHE_KIB}")
    try:
        for name, _sql in indexes:
            connection.exec_driver_sql(f"DROP INDEX {name}")
        yield
        for _name, sql in indexes:
            connection.exec_driver_sql(sql)
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache or -2000)}")


class _DeferredIndex:
    """The contacts' search index written once per pull: its per-row triggers are set aside
    and so are those that rewrite a contact to reindex it when its tags, methods or company
    change; temporary triggers note the contacts instead, and the noted documents are rebuilt
    by the index trigger's own statement at the end. Triggers of another shape stay."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor
        self._kept: list[str] = []
        self._noting: list[str] = []
        self._document = ""
        triggers = [
            (str(name), str(sql))
            for name, sql in cursor.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                "AND sql LIKE '%contact%'"
            )
        ]
        for name, sql in triggers:
            found = _INSERT_BODY.search(sql) if name in _INDEX_TRIGGERS else None
            if found is not None and len(_ONE_CONTACT.findall(found[1])) == 1:
                self._document = _ONE_CONTACT.sub("c.id IN (SELECT id FROM sync_indexed)", found[1])
                self._set_aside(name, sql, "VALUES (new.id)")
        if not self._document:
            return
        for name, sql in triggers:
            touch = _TOUCH.search(sql)
            if touch is not None:
                self._set_aside(name, sql, f"SELECT id FROM main.contact WHERE {touch['where']}")

    def _set_aside(self, name: str, sql: str, noted: str) -> None:
        """Drop a trigger (kept to restore) and note the contacts it would have reindexed."""
        header = _HEADER.match(sql)
        if header is None:
            return
        self._cursor.execute(
            "CREATE TEMP TABLE IF NOT EXISTS sync_indexed (id INTEGER PRIMARY KEY)"
        )
        self._kept.append(sql)
        self._cursor.execute(f"DROP TRIGGER {name}")
        noting = f"sync_indexed_{len(self._noting)}"
        self._cursor.execute(
            f"CREATE TEMP TRIGGER {noting} {header['event']} ON main.{header['table']} "
            f"BEGIN INSERT OR IGNORE INTO sync_indexed {noted}; END"
        )
        self._noting.append(noting)

    def finish(self) -> None:
        if not self._kept:
            return
        for noting in self._noting:
            self._cursor.execute(f"DROP TRIGGER temp.{noting}")
        if self._document:
            self._cursor.execute(
                "DELETE FROM contact_fts WHERE rowid IN (SELECT id FROM sync_indexed)"
            )
            self._cursor.execute(self._document)
        self._cursor.execute("DELETE FROM sync_indexed")
        for sql in self._kept:
            self._cursor.execute(sql)


def names_touched(changes: Iterable[tuple[str, str, str]]) -> set[str]:
    """The contacts whose shown name a batch of (table, uid, column) changes may leave stale
    (a new row is one copy's: its name is as that copy made it)."""
    return {uid for table, uid, column in changes if table == "contact" and column in NAME_COLUMNS}


def settle_display_names(connection: Connection, uids: Iterable[str]) -> None:
    """Make the shown name again from the merged names where they came from more than one copy
    and no longer make it (one copy's first name, another's last name). A function of the
    merged values and clocks alone, run by every copy after a sync and by the hub's trigger,
    so all agree; written with capture off: nothing travels. A name the copies' writes agree
    on, or one set by a single copy (an import's own display name), is left as it is."""
    touched = sorted(uids)
    if not touched:
        return
    connection.exec_driver_sql("UPDATE sync_state SET applying = 1 WHERE id = 1")
    for uid in touched:
        row = connection.exec_driver_sql(
            "SELECT c.first_name, c.last_name, co.name, c.display_name, c.sort_name FROM contact c "
            "LEFT JOIN company co ON co.id = c.company_id WHERE c.uid = ? "
            "AND c.erased_at IS NULL",
            (uid,),
        ).first()
        if row is None:
            continue
        made = display_name_of(row[0] or "", row[1] or "", row[2])
        if (made, fold(made)) == tuple(row[3:]) or len(_name_origins(connection, uid)) <= 1:
            continue
        connection.exec_driver_sql(
            "UPDATE contact SET display_name = ?, sort_name = ?, version = version + 1 "
            "WHERE uid = ?",
            (made, fold(made), uid),
        )
    connection.exec_driver_sql("UPDATE sync_state SET applying = 0 WHERE id = 1")


def _name_origins(connection: Connection, uid: str) -> set[str]:
    """The copies whose writes the contact's name fields hold now (a field's own clock, else
    its row's insert)."""
    clocks: dict[str, str] = {
        str(col): str(origin)
        for col, origin in connection.exec_driver_sql(
            "SELECT col, origin FROM sync_field_clock WHERE tbl = 'contact' AND uid = ?", (uid,)
        )
    }
    return {clocks.get(column, clocks.get(ROW_INSERT, "")) for column in NAME_SOURCES}
