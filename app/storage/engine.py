"""Engine factory: every SQLite connection is opened through sqlcipher3 with the house pragmas.

sqlcipher3 bundles a current SQLite (FTS5 usable from triggers under trusted_schema=OFF) and is
the driver that encrypts; using it for every file means the stdlib sqlite3 and sqlcipher3 are
never used on the same file in one process.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import NoSuchModuleError

from app.domain.errors import QT_TRANSLATE_NOOP, UserError

PRAGMAS: tuple[tuple[str, str], ...] = (
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("foreign_keys", "ON"),
    ("busy_timeout", "5000"),
    ("trusted_schema", "OFF"),
    ("secure_delete", "ON"),
)


def _bind_null(value: None) -> None:
    """Registered as None's adapter: the driver then finds it in its adapter table instead of
    raising and clearing two AttributeErrors (`__adapt__`, `__conform__`) for every None it
    binds, which made a None parameter ~30x dearer than an int (an import binds millions)."""
    return value


sqlcipher.register_adapter(type(None), _bind_null)


# Encrypted files pay a decrypt and an HMAC-SHA512 check each time a page enters SQLite's own
# cache (the OS cache holds only ciphertext), so their connections keep a large page cache: a
# dashboard's repeated scans then decrypt each page once. Temporary tables and sorts stay in
# memory so no decrypted rows reach a temporary file.
ENCRYPTED_PRAGMAS: tuple[tuple[str, str], ...] = (("temp_store", "MEMORY"),)
CACHE_SHARE_OF_MEMORY = 16  # an encrypted connection's cache may use 1/16 of physical memory
CACHE_BOUNDS_KIB = (32 * 1024, 256 * 1024)  # but at least 32 MiB and at most 256 MiB

BEGIN_OPTION = "rapport_begin"  # execution option: "IMMEDIATE" for writes, else DEFERRED

SQLITE_HEADER = b"SQLite format 3\x00"
SALT_BYTES = 16  # SQLCipher keeps its per-file salt, in clear, in the first 16 bytes
KEY_BYTES = 32
KEYRING_SERVICE = "Rapport"


@dataclass(frozen=True, slots=True)
class DatabaseKey:
    """A raw 256-bit SQLCipher key plus the file's salt; the salt doubles as the database uid.

    Giving the salt explicitly makes every copy keyed with it (backups, re-encrypted files)
    carry the same uid in its header, so one keychain entry opens all of them.
    """

    raw: bytes = field(repr=False)
    salt: bytes

    def __post_init__(self) -> None:
        if len(self.raw) != KEY_BYTES or len(self.salt) != SALT_BYTES:
            raise ValueError("a database key is 32 bytes with a 16-byte salt")

    @property
    def uid(self) -> str:
        return str(uuid.UUID(bytes=self.salt))

    def pragma_value(self) -> str:
        """The value for PRAGMA key / rekey / ATTACH ... KEY: a raw key, no KDF on each open."""
        return f"\"x'{self.raw.hex()}{self.salt.hex()}'\""


def is_plain_sqlite(path: Path) -> bool:
    """True for an unencrypted SQLite file (it starts with the SQLite header)."""
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def encrypted_uid(path: Path) -> str | None:
    """The database uid of an encrypted file (its salt), or None for plain, empty or missing."""
    if not path.is_file():
        return None
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_HEADER))
    if len(head) < SALT_BYTES or head == SQLITE_HEADER:
        return None
    return str(uuid.UUID(bytes=head[:SALT_BYTES]))


def keychain_key(path: Path) -> DatabaseKey | None:
    """The key the OS keychain holds for the encrypted file at `path`, if any."""
    uid = encrypted_uid(path)
    if uid is None:
        return None
    import keyring  # noqa: PLC0415 - only encrypted files need the keychain (start-up time)
    from keyring.errors import KeyringError  # noqa: PLC0415

    try:
        stored = keyring.get_password(KEYRING_SERVICE, uid)
    except KeyringError:
        return None
    if stored is None:
        return None
    return DatabaseKey(bytes.fromhex(stored), uuid.UUID(uid).bytes)


def encrypted_cache_kib(physical_bytes: int | None = None) -> int:
    """The page cache, in KiB, for an encrypted connection on this machine (allocated as used)."""
    physical = physical_memory() if physical_bytes is None else physical_bytes
    low, high = CACHE_BOUNDS_KIB
    return max(low, min(high, physical // CACHE_SHARE_OF_MEMORY // 1024))


@contextmanager
def page_cache(connection: Connection, kib: int) -> Iterator[None]:
    """The connection's page cache at `kib` KiB for a bulk write (scattered inserts into big
    indexes), then set back to what it was: the pooled connection keeps the size it was opened
    with (an encrypted one's is larger than SQLite's default)."""
    before = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or 0)
    connection.exec_driver_sql(f"PRAGMA cache_size=-{kib}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={before}")


def physical_memory() -> int:
    """Physical memory in bytes; where the OS does not say (Windows), assume 4 GiB."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return 4 * 1024**3


def connect_raw(path: Path, key: DatabaseKey | None) -> Any:
    """A bare sqlcipher3 connection (autocommit) keyed like the engine's, for copies and checks."""
    connection = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    if key is not None:
        connection.execute(f"PRAGMA key = {key.pragma_value()}")
        connection.execute("PRAGMA cipher_log_level = NONE")
    return connection


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
