"""Engine factory: every SQLite connection is opened through sqlcipher3 with the house pragmas.

sqlcipher3 bundles a current SQLite (FTS5 usable from triggers under trusted_schema=OFF) and is
the driver that encrypts; using it for every file means the stdlib sqlite3 and sqlcipher3 are
never used on the same file in one process.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL

PRAGMAS: tuple[tuple[str, str], ...] = (
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("busy_timeout", "5000"),
    ("trusted_schema", "OFF"),
    ("secure_delete", "ON"),
)

BEGIN_OPTION = "rapport_begin"  # execution option: "IMMEDIATE" for writes, else DEFERRED


def database_url(target: str | Path) -> URL:
    """Turn a path or a SQLAlchemy URL into a URL; a bare path means a SQLite file."""
    text = str(target)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite", database=str(Path(text).expanduser().resolve()))


def sqlite_file(url: URL) -> Path | None:
    """The database file behind a SQLite URL, or None for memory and other back ends."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(str(url.database))


def make_engine(url: URL) -> Engine:
    """Create the engine; SQLite gets sqlcipher3, the pragmas and explicit BEGIN handling."""
    if url.get_backend_name() != "sqlite":
        return create_engine(url)
    engine = create_engine(
        url.set(drivername="sqlite+pysqlite"),
        module=sqlcipher,
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    """Take transaction control away from the driver, then set the pragmas before any BEGIN."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for name, value in PRAGMAS:
            cursor.execute(f"PRAGMA {name}={value}")
    finally:
        cursor.close()


def _on_begin(connection: Any) -> None:
    """Emit our own BEGIN: IMMEDIATE for writers so they take the write lock up front."""
    mode = connection.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")
