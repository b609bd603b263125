"""Engine factory: every SQLite connection is opened through sqlcipher3 with the house pragmas.

sqlcipher3 bundles a current SQLite (FTS5 usable from triggers under trusted_schema=OFF) and is
the driver that encrypts; using it for every file means the stdlib sqlite3 and sqlcipher3 are
never used on the same file in one process.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import NoSuchModuleError

from app.domain.errors import QT_TRANSLATE_NOOP, UserError

# Re-exported: the file-level parts moved to app.storage.dbfile (no SQLAlchemy there).
from app.storage.dbfile import KEY_BYTES as KEY_BYTES  # noqa: PLC0414
from app.storage.dbfile import KEYRING_SERVICE as KEYRING_SERVICE  # noqa: PLC0414
from app.storage.dbfile import SALT_BYTES as SALT_BYTES  # noqa: PLC0414
from app.storage.dbfile import SQLITE_HEADER as SQLITE_HEADER  # noqa: PLC0414
from app.storage.dbfile import DatabaseKey as DatabaseKey  # noqa: PLC0414
from app.storage.dbfile import connect_raw as connect_raw  # noqa: PLC0414
from app.storage.dbfile import encrypted_uid as encrypted_uid  # noqa: PLC0414
from app.storage.dbfile import is_plain_sqlite as is_plain_sqlite  # noqa: PLC0414
from app.storage.dbfile import keychain_key as keychain_key  # noqa: PLC0414

PRAGMAS: tuple[tuple[str, str], ...] = (
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("busy_timeout", "5000"),
    ("trusted_schema", "OFF"),
    ("secure_delete", "ON"),
)


# Encrypted files pay a decrypt and an HMAC-SHA512 check each time a page enters SQLite's own
# cache (the OS cache holds only ciphertext), so their connections keep a large page cache: a
# dashboard's repeated scans then decrypt each page once. Temporary tables and sorts stay in
# memory so no decrypted rows reach a temporary file.
ENCRYPTED_PRAGMAS: tuple[tuple[str, str], ...] = (("temp_store", "MEMORY"),)
CACHE_SHARE_OF_MEMORY = 16  # an encrypted connection's cache may use 1/16 of physical memory
CACHE_BOUNDS_KIB = (32 * 1024, 256 * 1024)  # but at least 32 MiB and at most 256 MiB

BEGIN_OPTION = "rapport_begin"  # execution option: "IMMEDIATE" for writes, else DEFERRED


def encrypted_cache_kib(physical_bytes: int | None = None) -> int:
    """The page cache, in KiB, for an encrypted connection on this machine (allocated as used)."""
    physical = physical_memory() if physical_bytes is None else physical_bytes
    low, high = CACHE_BOUNDS_KIB
    return max(low, min(high, physical // CACHE_SHARE_OF_MEMORY // 1024))


def physical_memory() -> int:
    """Physical memory in bytes; where the OS does not say (Windows), assume 4 GiB."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return 4 * 1024**3


def release_freed_memory() -> None:
    """Hand the memory SQLite freed back to the system: glibc keeps freed small blocks in the
    process (a first download's page cache, ~750 MB at the large sample, stayed resident after
    it was shrunk); other systems' allocators return it themselves."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes  # noqa: PLC0415 - not needed before the window shows

    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return


WATCH_STEPS = 50_000  # SQLite VM steps between two looks at a cancel flag


def watch(
    connection: Any, cancelled: Callable[[], bool], tick: Callable[[], None] | None = None
) -> None:
    """Let a long statement on a raw connection report progress (`tick`) and stop when
    `cancelled()` turns true (it then fails with "interrupted")."""

    def handler() -> int:
        if tick is not None:
            tick()
        return 1 if cancelled() else 0

    connection.set_progress_handler(handler, WATCH_STEPS)


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


def make_engine(url: URL, key: DatabaseKey | None = None) -> Engine:
    """Create the engine; SQLite gets sqlcipher3, the key, the pragmas and explicit BEGIN."""
    if url.get_backend_name() != "sqlite":
        try:
            return create_engine(url)
        except (ImportError, NoSuchModuleError) as exc:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "A {backend} database needs the driver '{module}', which is not installed "
                    "with this copy of Rapport; install it or use a database file.",
                ),
                backend=url.get_backend_name(),
                module=getattr(exc, "name", None) or url.drivername,
            ) from exc
    engine = create_engine(
        url.set(drivername="sqlite+pysqlite"),
        module=sqlcipher,
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", partial(_on_connect, key))
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_connect(key: DatabaseKey | None, dbapi_connection: Any, _record: Any) -> None:
    """Key the connection first, take transaction control from the driver, set the pragmas."""
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        if key is not None:
            cursor.execute(f"PRAGMA key = {key.pragma_value()}")
            cursor.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message only
            cursor.execute(f"PRAGMA cache_size=-{encrypted_cache_kib()}")
            for name, value in ENCRYPTED_PRAGMAS:
                cursor.execute(f"PRAGMA {name}={value}")
        for name, value in PRAGMAS:
            cursor.execute(f"PRAGMA {name}={value}")
    finally:
        cursor.close()


def _on_begin(connection: Any) -> None:
    """Emit our own BEGIN: IMMEDIATE for writers so they take the write lock up front."""
    mode = connection.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")
