"""Change capture: triggers on every synced table record each write, per changed column, in
`sync_change`, stamped by the hybrid logical clock (app/domain/hlc.py, the same `tick` in SQL).

The triggers are generated from the database's own tables (every table with a `uid`, minus the
local ones), and made again after every app upgrade on a copy that syncs (`sync_state.hub_url`
set, or `left_hub`: a copy that left its team captures on; `capture_during_upgrade`), so a table
or column a later migration adds or rebuilds is captured. References travel as uids.
Never-synced tables (search indexes, rollups, stats, bookkeeping) have no triggers, so their
maintenance costs nothing here. A pull writes with `sync_state.applying = 1`, which the
triggers skip, inside its own transaction. A copy that has never synced has no triggers at all
(a solo laptop pays neither time nor space): its first sync installs them (`start_capture`) and
records every row once (`capture_existing`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection

from app.domain.sync_rules import (
    LOCAL_COLUMNS,
    LOCAL_TABLES,
    ROW_ERASE,
    ROW_INSERT,
    ROW_PURGE,
)

# The wall clock in milliseconds (plus the test skew), then the clock's tick (domain.hlc.tick).
_NOW_MS = "(CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER) + skew_ms)"
TICK = f"UPDATE sync_state SET hlc = max(hlc + 1, {_NOW_MS} << 16) WHERE id = 1;"
# Capture runs once this copy syncs (start_capture installs the triggers; a first sync captures
# what was there before, see capture_existing), and not while a pull is written. A copy that
# left its hub goes on capturing, so joining it again sends what changed meanwhile.
_SYNCS = "coalesce(hub_url, left_hub) IS NOT NULL"
_ACTIVE = f"(SELECT applying = 0 AND {_SYNCS} FROM sync_state WHERE id = 1)"


@dataclass(frozen=True, slots=True)
class SyncedTable:
    """A synced table as the database holds it: its columns in order, which hold JSON, and
    which refer to another table's row (by local id; they travel as that row's uid)."""

    name: str
    columns: tuple[str, ...]
    json_columns: frozenset[str]
    references: dict[str, str]
    # the columns a travelling new row must carry (NOT NULL, no default): one that does not
    # (the hub took an erased person's text out of a linked row's first change; the blanked
    # value follows it in the log) is written as an empty text meanwhile
    required: frozenset[str]
    defaults: dict[str, str]  # the SQL default of each column that has one

    def value_sql(self, column: str, row: str = "NEW") -> str:
        """The SQL for a column's value as it travels (a reference becomes the row's uid)."""
        if column in self.references:
            return f"(SELECT uid FROM {self.references[column]} WHERE id = {row}.{column})"
        return f"{row}.{column}"

    def json_sql(self, column: str) -> str:
        """The column's travelling value as JSON text."""
        if column in self.json_columns:
            return f"json(NEW.{column})"
        return f"json_quote({self.value_sql(column)})"

    def row_json_sql(self) -> str:
        """The whole row as one JSON object (a new row travels as one change)."""
        pairs = ", ".join(
            f"'{c}', {'json(NEW.' + c + ')' if c in self.json_columns else self.value_sql(c)}"
            for c in self.columns
        )
        return f"json_object({pairs})"


def synced_tables(connection: Connection) -> list[SyncedTable]:
    """Every table with a uid except the local ones, read from the database itself."""
    names = [
        row[0]
        for row in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'sync_%' ORDER BY name"
        )
    ]
    tables = []
    for name in names:
        info = connection.exec_driver_sql(f"PRAGMA table_info({name})").fetchall()
        columns = [row[1] for row in info]
        if "uid" not in columns or name in LOCAL_TABLES:
            continue
        references = {
            row[3]: row[2] for row in connection.exec_driver_sql(f"PRAGMA foreign_key_list({name})")
        }
        tables.append(
            SyncedTable(
                name,
                tuple(c for c in columns if c not in LOCAL_COLUMNS),
                frozenset(row[1] for row in info if str(row[2]).upper() == "JSON"),
                references,
                frozenset(
                    str(row[1])
                    for row in info
                    if row[1] not in LOCAL_COLUMNS and row[3] and row[4] is None and not row[5]
                ),
                {str(row[1]): str(row[4]) for row in info if row[4] is not None},
            )
        )
    return tables


def _change(table: str, uid: str, column: str, value: str, *, base: str, seen: str) -> str:
    return (
        "INSERT INTO sync_change (tbl, uid, col, val, hlc, origin, base_hlc, seen_hlc, pushed) "
        f"SELECT '{table}', {uid}, '{column}', {value}, s.hlc, s.origin, {base}, {seen}, 0 "
        "FROM sync_state s WHERE s.id = 1"
    )


def _clock_of(table: str, column: str) -> str:
    """The stamp of the field's current value here: its own, else its row's insert."""
    return (
        f"coalesce((SELECT f.hlc FROM sync_field_clock f WHERE f.tbl = '{table}' AND "
        f"f.uid = NEW.uid AND f.col IN ('{column}', '*') ORDER BY f.col = '*' LIMIT 1), 0)"
    )


# What a delete saw of its row: everything this copy had pulled (the hub's log up to its cursor;
# its own writes it saw anyway). A cursor, not a clock: an edit it never saw may carry a smaller
# stamp than one it did, when the two laptops' clocks disagree.
_PULLED = "(SELECT cursor FROM sync_state WHERE id = 1)"


def _set_clock(table: str, column: str, when: str = "") -> str:
    return (
        "INSERT INTO sync_field_clock (tbl, uid, col, hlc, origin) "
        f"SELECT '{table}', NEW.uid, '{column}', s.hlc, s.origin FROM sync_state s WHERE s.id = 1"
        f"{when} ON CONFLICT (tbl, uid, col) DO UPDATE SET hlc = excluded.hlc, "
        "origin = excluded.origin;"
    )


def trigger_sql(table: SyncedTable) -> list[str]:
    """The three capture triggers of one table."""
    name = table.name
    insert = [
        TICK,
        _change(name, "NEW.uid", ROW_INSERT, table.row_json_sql(), base="0", seen="0") + ";",
        _set_clock(name, ROW_INSERT),
    ]
    update = [TICK]
    erasing = "OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL"
    if "erased_at" in table.columns:  # an erasure travels as one snapshot of the scrubbed row
        update += [
            f"DELETE FROM sync_change WHERE tbl = '{name}' AND uid = NEW.uid AND pushed = 0 "
            f"AND {erasing};",
            _change(name, "NEW.uid", ROW_ERASE, table.row_json_sql(), base="0", seen="0")
            + f" AND {erasing};",
            _set_clock(name, ROW_INSERT, f" AND {erasing}"),
            f"DELETE FROM sync_field_clock WHERE tbl = '{name}' AND uid = NEW.uid "
            f"AND col <> '*' AND {erasing};",
        ]
    for column in table.columns:
        if column == "uid":
            continue
        changed = f"OLD.{column} IS NOT NEW.{column}"
        if "erased_at" in table.columns:
            changed += f" AND NOT ({erasing})"
        update += [
            _change(
                name,
                "NEW.uid",
                column,
                table.json_sql(column),
                base=_clock_of(name, column),
                seen=_PULLED if column == "deleted_at" else _clock_of(name, "deleted_at"),
            )
            + f" AND {changed};",
            _set_clock(name, column, f" AND {changed}"),
        ]
    delete = [
        TICK,
        _change(name, "OLD.uid", ROW_PURGE, "NULL", base="0", seen="0") + ";",
    ]
    return [
        f"CREATE TRIGGER sync_{name}_ai AFTER INSERT ON {name} WHEN {_ACTIVE}\nBEGIN\n  "
        + "\n  ".join(insert)
        + "\nEND",
        f"CREATE TRIGGER sync_{name}_au AFTER UPDATE ON {name} WHEN {_ACTIVE}\nBEGIN\n  "
        + "\n  ".join(update)
        + "\nEND",
        f"CREATE TRIGGER sync_{name}_ad AFTER DELETE ON {name} WHEN {_ACTIVE}\nBEGIN\n  "
        + "\n  ".join(delete)
        + "\nEND",
    ]


_CAPTURE_TRIGGERS = (
    "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_%' ESCAPE '\\'"
)


def drop_triggers(connection: Connection) -> None:
    for (name,) in connection.exec_driver_sql(_CAPTURE_TRIGGERS).fetchall():
        connection.exec_driver_sql(f"DROP TRIGGER {name}")


def install_triggers(connection: Connection) -> None:
    """(Re)create the capture triggers of every synced table as the database stands now."""
    drop_triggers(connection)
    for table in synced_tables(connection):
        for statement in trigger_sql(table):
            connection.exec_driver_sql(statement)


@contextmanager
def capture_during_upgrade(connection: Connection) -> Iterator[None]:
    """Around an app upgrade's migrations (one transaction): changes captured and not pushed yet
    stay as they are; what the migrations write is not captured (every copy runs the same
    migrations); and on a copy that syncs the triggers are made again from the tables as they
    now stand, since a rebuilt table lost its own and a new column or table needs its own. So
    are a copy's that left its team: one that left before `left_hub` existed has the triggers
    still, with a condition that stops capture once it leaves again."""
    had_state = _has_sync_state(connection)
    if had_state:
        connection.exec_driver_sql("UPDATE sync_state SET applying = 1 WHERE id = 1")
    yield
    if not _has_sync_state(connection):
        return
    if had_state:
        connection.exec_driver_sql("UPDATE sync_state SET applying = 0 WHERE id = 1")
    syncs = connection.exec_driver_sql(f"SELECT {_SYNCS} FROM sync_state").scalar()
    if syncs or connection.exec_driver_sql(_CAPTURE_TRIGGERS).first() is not None:
        install_triggers(connection)


def _has_sync_state(connection: Connection) -> bool:
    return bool(
        connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'"
        ).scalar()
    )


def start_state(connection: Connection) -> None:
    """Give this database its origin id (once): the name its writes travel under."""
    connection.exec_driver_sql(
        "INSERT INTO sync_state (id, origin, hlc, skew_ms, applying, cursor, conflict_cursor) "
        f"SELECT 1, '{uuid.uuid4()}', 0, 0, 0, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM sync_state)"
    )


def start_capture(connection: Connection, hub_url: str) -> None:
    """Join a hub: from now on every write to a synced table is captured. The triggers exist
    only from here on, so a copy that never syncs pays nothing for them (an import of 100,000
    contacts took ~1.25x as long with the triggers in place, even switched off)."""
    install_triggers(connection)
    connection.exec_driver_sql("UPDATE sync_state SET hub_url = ? WHERE id = 1", (hub_url,))


def in_dependency_order(connection: Connection) -> list[SyncedTable]:
    """The synced tables, parents before children."""
    from app.storage.models import Base  # noqa: PLC0415 - only for the tables' dependency order

    order = {table.name: n for n, table in enumerate(Base.metadata.sorted_tables)}
    return sorted(synced_tables(connection), key=lambda t: order.get(t.name, len(order)))


def _capture_rows(connection: Connection, table: SyncedTable, which: str) -> int:
    """The rows of `table` that `which` (SQL over `NEW`) picks, captured as new rows (one `*`
    change each, at the clock's current stamp) in one statement; how many."""
    rows = f"FROM {table.name} AS NEW, sync_state s WHERE s.id = 1 AND {which}"
    total = int(
        connection.exec_driver_sql(
            "INSERT INTO sync_change (tbl, uid, col, val, hlc, origin, base_hlc, seen_hlc, "
            f"pushed) SELECT '{table.name}', NEW.uid, '*', {table.row_json_sql()}, s.hlc, "
            f"s.origin, 0, 0, 0 {rows}"
        ).rowcount
    )
    connection.exec_driver_sql(
        "INSERT INTO sync_field_clock (tbl, uid, col, hlc, origin) "
        f"SELECT '{table.name}', NEW.uid, '*', s.hlc, s.origin {rows} "
        "ON CONFLICT (tbl, uid, col) DO UPDATE SET hlc = excluded.hlc, origin = excluded.origin"
    )
    return total


def capture_existing(connection: Connection) -> int:
    """Rows written before capture existed (a database older than sync) become one `*` change
    each, parents before children, so a first sync uploads them; how many."""
    connection.exec_driver_sql(TICK)
    return sum(
        _capture_rows(
            connection,
            table,
            f"NOT EXISTS (SELECT 1 FROM sync_field_clock f WHERE f.tbl = '{table.name}' "
            "AND f.uid = NEW.uid AND f.col = '*')",
        )
        for table in in_dependency_order(connection)
    )


@contextmanager
def captured_in_bulk(connection: Connection, tables: Iterable[str]) -> Iterator[None]:
    """A bulk write (an import) inside the caller's transaction: the new rows of `tables` are
    captured once at the end, one statement per table, instead of by the insert trigger per
    row (which also saw a child before its parent and sent it without its reference). Edits
    of rows keep their per-row capture. Nothing changes on a copy that does not sync."""
    names = set(tables)
    wanted = {f"sync_{t}_ai" for t in names}
    found = {
        str(name): str(sql)
        for name, sql in connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        )
        if name in wanted
    }
    if not found or not connection.exec_driver_sql(f"SELECT {_ACTIVE}").scalar():
        yield
        return
    before = {
        t: int(connection.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {t}").scalar() or 0)
        for t in names
    }
    for name in found:
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    yield
    connection.exec_driver_sql(TICK)
    for table in in_dependency_order(connection):
        if f"sync_{table.name}_ai" in found:
            _capture_rows(connection, table, f"NEW.id > {before[table.name]}")
    for sql in found.values():
        connection.exec_driver_sql(sql)


def origin_of(connection: Connection) -> str:
    return str(connection.exec_driver_sql("SELECT origin FROM sync_state WHERE id = 1").scalar())
