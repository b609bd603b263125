# ruff: noqa: S608 - SQL text here is assembled from constants and parameter names only.
"""The SQLite-specific statements and SQL fragments the services use, each behind a name.

Services write portable SQL (ORM, Core expressions, or plain text of standard SQL) and call these
for what only SQLite says this way: PRAGMAs, the integrity checks, the schema table, date
arithmetic, JSON id lists, group_concat, compiling for SQLite. A second engine changes this
module (and `fts`, `deferred_indexes`, `batch_triggers`, `salvage`, `cipher`), not the
services; `tests/unit/test_sql_home.py` keeps SQLite's words out of the rest of app/.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

from sqlalchemy import (
    ClauseElement,
    ColumnElement,
    Connection,
    Select,
    bindparam,
    func,
    literal_column,
    select,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import InstrumentedAttribute

from app.domain.metrics import Grouping


class BrokenReference(NamedTuple):
    """A row whose foreign key points at no row: its table, row id and the parent table."""

    table: str
    row: int | None
    parent: str


# --- on an SQLAlchemy connection ------------------------------------------------------------


def set_cache_kib(connection: Connection, kib: int) -> None:
    """Give this connection a page cache of `kib` KiB (big writes that scatter over indexes)."""
    connection.exec_driver_sql(f"PRAGMA cache_size=-{kib}")


@contextmanager
def page_cache(connection: Connection, kib: int) -> Iterator[None]:
    """The connection's page cache at `kib` KiB for a bulk write (scattered inserts into big
    indexes), then set back to what it was: the pooled connection keeps the size it was opened
    with (an encrypted one's is larger than SQLite's default)."""
    before = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or 0)
    set_cache_kib(connection, kib)
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={before}")


def defer_foreign_keys(connection: Connection) -> None:
    """Check foreign keys at this transaction's commit, not per row (rows load in any order)."""
    connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


def first_broken_reference(connection: Connection) -> BrokenReference | None:
    """The first row pointing at a row that is not there, or None when every reference holds."""
    found = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
    return None if found is None else BrokenReference(found[0], found[1], found[2])


def quick_check(connection: Connection) -> list[str]:
    """SQLite's quick structural check: ["ok"], or one line per problem found."""
    return [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check")]


def integrity_check(connection: Connection) -> str:
    """The first line of SQLite's full integrity check: "ok" when the file is sound."""
    return str(connection.exec_driver_sql("PRAGMA integrity_check").scalar())


def checkpoint_wal(connection: Connection) -> None:
    """Move every committed change into the main file and empty the write-ahead log."""
    connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


# --- on a raw DB-API connection (engine.connect_raw) ------------------------------------------


def read_schema(raw: Any) -> None:
    """Read the schema table: fails (DatabaseError) when the key is wrong or the file damaged."""
    raw.execute("SELECT count(*) FROM sqlite_master").fetchone()


def unjournaled(raw: Any) -> None:
    """A scratch file that no other connection opens and nobody recovers after a crash (it is
    written again): no rollback journal, no waiting for the disk."""
    for pragma in ("journal_mode = OFF", "synchronous = OFF"):
        raw.execute(f"PRAGMA {pragma}")


def raw_integrity_check(raw: Any) -> str:
    """The first line of SQLite's full integrity check on a raw connection."""
    return str(raw.execute("PRAGMA integrity_check").fetchone()[0])


# --- Core expressions -----------------------------------------------------------------------


def joined_text(
    column: ColumnElement[str] | InstrumentedAttribute[str], separator: str
) -> ColumnElement[Any]:
    """An aggregate: the group's values of `column` as one text, `separator` between them."""
    return func.group_concat(column, literal_column(f"'{separator}'"))


def json_ids(parameter: str) -> Select[Any]:
    """One row per element of the JSON array bound as `parameter`, for an `IN (...)`: a list
    of any length as one parameter, so the statement's text never changes with it."""
    return select(literal_column("value")).select_from(func.json_each(bindparam(parameter)))


def compiled(statement: ClauseElement) -> str:
    """The SQL text of a Core statement, compiled once for SQLite and reused as text."""
    return str(statement.compile(dialect=sqlite.dialect()))


# --- SQL fragments for text queries -----------------------------------------------------------


def in_json_ids(parameter: str) -> str:
    """SQL for `IN` the elements of the JSON array bound as `:parameter`."""
    return f"IN (SELECT value FROM json_each(:{parameter}))"


def julian_day(expression: str) -> str:
    """SQL for the stored time `expression` as a (fractional) Julian day number."""
    return f"julianday({expression})"


def unix_seconds(expression: str) -> str:
    """SQL for the stored time `expression` as whole seconds since 1970 (UTC)."""
    return f"unixepoch({expression})"


def day_of(expression: str) -> str:
    """SQL for the 'YYYY-MM-DD' day of the stored time `expression`."""
    return f"date({expression})"


def day_of_unix(seconds: str) -> str:
    """SQL for the 'YYYY-MM-DD' day of `seconds` since 1970 (UTC)."""
    return f"date({seconds}, 'unixepoch')"


def month_index(expression: str) -> str:
    """SQL for the month of the stored time `expression` as year * 12 + month - 1."""
    return (
        f"(CAST(strftime('%Y', {expression}) AS INTEGER) * 12"
        f" + CAST(strftime('%m', {expression}) AS INTEGER) - 1)"
    )


def period_start(expression: str, grouping: Grouping) -> str:
    """SQL for the 'YYYY-MM-DD' first day of the period holding `expression` (weeks: Monday)."""
    if grouping is Grouping.DAY:
        return f"date({expression})"
    if grouping is Grouping.WEEK:
        return f"date({expression}, 'weekday 0', '-6 days')"
    if grouping is Grouping.MONTH:
        return f"date({expression}, 'start of month')"
    return (
        f"date({expression}, 'start of month', "
        f"printf('-%d months', (cast(strftime('%m', {expression}) AS INTEGER) - 1) % 3))"
    )


def next_period_start(start: str, grouping: Grouping) -> str:
    """SQL for the first day after the period that starts on the day `start`."""
    step = {
        Grouping.DAY: "'+1 day'",
        Grouping.WEEK: "'+7 days'",
        Grouping.MONTH: "'+1 month'",
        Grouping.QUARTER: "'+3 months'",
    }[grouping]
    return f"date({start}, {step})"
