"""Writing what a pull brought into the local database, by the merge rule: per field the
highest (clock, origin) wins. Runs inside one write transaction with capture switched off
(`sync_state.applying`), so pulled writes are not sent back, and a kill leaves nothing half
done. A row created here under a name another copy created first takes that copy's uid."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

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
from app.storage.sync_capture import SyncedTable, synced_tables

log = logging.getLogger(__name__)


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

    def __enter__(self) -> LocalApplier:
        self._sql("UPDATE sync_state SET applying = 1 WHERE id = 1")
        return self

    def __exit__(self, *_exc: object) -> None:
        # the clock moves past every stamp it has seen
        self._sql(
            "UPDATE sync_state SET applying = 0, hlc = max(hlc, ?) WHERE id = 1", self._newest
        )

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

    # --- helpers --------------------------------------------------------------------------------

    def _local(self, table: SyncedTable, column: str, value: Any) -> Any:
        """A travelling value as this database stores it (a uid becomes the local id)."""
        if value is None:
            return None
        if column in table.references:
            return self._id(table.references[column], str(value))
        if column in table.json_columns or isinstance(value, dict | list):
            return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        if isinstance(value, bool):
            return int(value)
        return value

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
        self._sql(
            "INSERT INTO sync_field_clock (tbl, uid, col, hlc, origin) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (tbl, uid, col) DO UPDATE SET hlc = excluded.hlc, "
            "origin = excluded.origin",
            table,
            uid,
            column,
            stamp.hlc,
            stamp.origin,
        )
        self._newest = max(self._newest, stamp.hlc)


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
