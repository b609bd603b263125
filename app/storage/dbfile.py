"""The database file below SQLAlchemy: its key, the keychain entry that holds it, and a bare
sqlcipher3 connection keyed like the engine's. Nothing here imports SQLAlchemy, so start-up can
read the first screen before the ORM is loaded (app/storage/first_page.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher


def _bind_null(value: None) -> None:
    """Registered as None's adapter: the driver then finds it in its adapter table instead of
    raising and clearing two AttributeErrors (`__adapt__`, `__conform__`) for every None it
    binds, which made a None parameter ~30x dearer than an int (an import binds millions)."""
    return value


sqlcipher.register_adapter(type(None), _bind_null)


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


def connect_raw(path: Path, key: DatabaseKey | None) -> Any:
    """A bare sqlcipher3 connection (autocommit) keyed like the engine's, for copies and checks."""
    connection = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    if key is not None:
        connection.execute(f"PRAGMA key = {key.pragma_value()}")
        connection.execute("PRAGMA cipher_log_level = NONE")
    return connection
