"""One wrapper around the engine: read and write transactions, and environment errors in words."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.storage.engine import (
    BEGIN_OPTION,
    DatabaseKey,
    database_url,
    keychain_key,
    make_engine,
    sqlite_file,
)

# Driver messages that mean "the environment", not "a bug", and what to tell the person.
_ENVIRONMENT_ERRORS: tuple[tuple[str, Callable[[], UserError]], ...] = (
    (
        r"database is locked|database table is locked",
        lambda: UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The database is busy in another program; close it there and try again.",
            )
        ),
    ),
    (
        r"database or disk is full|disk I/O error",
        lambda: UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The disk holding the database is full or failing; free some space and try again.",
            )
        ),
    ),
    (
        r"attempt to write a readonly database|readonly",
        lambda: UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The database folder is read-only; move the database to a folder you can write to.",
            )
        ),
    ),
    (
        r"file is not a database|file is encrypted",
        lambda: UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "This file is not a Rapport database, or it is encrypted with another key.",
            )
        ),
    ),
    (
        r"unable to open database file",
        lambda: UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The database file cannot be opened; check that the folder "
                "exists and that you may write to it.",
            )
        ),
    ),
    (
        r"could not connect|connection refused|could not translate host name|"
        r"password authentication failed|no password supplied|timeout expired",
        lambda: UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The database server cannot be reached or refused the login; check the "
                "address, the network and the password.",
            )
        ),
    ),
    (
        r"database disk image is malformed",
        lambda: UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The database file is damaged; restore it from a backup (File > Restore).",
            )
        ),
    ),
)


def environment_error(exc: BaseException) -> UserError | None:
    """Translate a driver error caused by the environment into a UserError; None for bugs."""
    if not isinstance(exc, OperationalError | DatabaseError):
        return None
    text = str(getattr(exc, "orig", exc))
    for pattern, error in _ENVIRONMENT_ERRORS:
        if re.search(pattern, text, re.IGNORECASE):
            return error()
    return None


class Database:
    """The application's database: sessions for reading and for writing, one transaction each."""

    def __init__(
        self, url: URL, engine: Engine | None = None, key: DatabaseKey | None = None
    ) -> None:
        self.url = url
        self.key = key
        self.engine = engine or make_engine(url, key)
        self._writer = self.engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})

    @classmethod
    def open(cls, target: str | Path, key: DatabaseKey | None = None) -> Database:
        """Open a database; an encrypted file without a key given uses the keychain's key."""
        url = database_url(target)
        file = sqlite_file(url)
        if key is None and file is not None:
            key = keychain_key(file)
        return cls(url, key=key)

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for other back ends."""
        return sqlite_file(self.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work: a deferred transaction, ended by closing the session (the
        pool rolls it back); objects read stay usable, detached, after the block."""
        with Session(self.engine, expire_on_commit=False) as session, _translated():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE ... COMMIT); rolled back whole on any error."""
        with (
            Session(self._writer, expire_on_commit=False) as session,
            _translated(),
            session.begin(),
        ):
            yield session

    @contextmanager
    def write_beside(self, other: Path, name: str) -> Iterator[Session]:
        """`write()` on a connection that also reads another file of this key (a side file
        of rows to copy in), attached as `name` for the time of the transaction only: SQLite
        detaches a file only outside a transaction, so on this connection after the commit
        or rollback, before the pool lends it again."""
        with self._writer.connect() as connection:
            raw: Any = connection.connection.dbapi_connection
            raw.execute(f"ATTACH DATABASE ? AS {name}", (str(other),))
            try:
                with (
                    Session(connection, expire_on_commit=False) as session,
                    _translated(),
                    session.begin(),
                ):
                    yield session
            finally:
                raw.execute(f"DETACH DATABASE {name}")

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def _translated() -> Iterator[None]:
    """Re-raise environment failures as UserError; let bugs through untouched."""
    try:
        yield
    except (OperationalError, DatabaseError) as exc:
        user_error = environment_error(exc)
        if user_error is None:
            raise
        raise user_error from exc
