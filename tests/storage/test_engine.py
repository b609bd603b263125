from __future__ import annotations

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from app.bootstrap import AppContext
from app.domain.errors import UserError
from app.storage.database import environment_error
from app.storage.engine import connect_raw
from sqlalchemy import text
from sqlalchemy.exc import OperationalError


@pytest.mark.parametrize(
    ("pragma", "expected"),
    [
        ("journal_mode", "wal"),
        ("synchronous", 2),  # FULL
        ("foreign_keys", 1),
        ("busy_timeout", 5000),
        ("trusted_schema", 0),
        ("secure_delete", 1),
    ],
)
def test_every_connection_has_the_house_pragmas(
    ctx: AppContext, pragma: str, expected: object
) -> None:
    with ctx.db.read() as session:
        assert session.execute(text(f"PRAGMA {pragma}")).scalar() == expected


def test_write_takes_the_write_lock_at_begin(ctx: AppContext) -> None:
    """BEGIN IMMEDIATE: a second writer is refused even before the first writes anything."""
    assert ctx.db.path is not None
    other = connect_raw(ctx.db.path, ctx.db.key)  # the test database is encrypted
    other.execute("PRAGMA busy_timeout=0")
    try:
        with ctx.db.write() as session:
            session.execute(text("SELECT 1"))
            with pytest.raises(sqlcipher.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again after COMMIT
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_write_rolls_back_whole_on_error(ctx: AppContext) -> None:
    def insert_then_fail() -> None:
        with ctx.db.write() as session:
            session.execute(
                text(
                    "INSERT INTO tag (uid, created_at, updated_at, version, name) "
                    "VALUES ('t1', '2026-01-01', '2026-01-01', 1, 'vip')"
                )
            )
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        insert_then_fail()
    with ctx.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM tag")).scalar() == 0


def test_locked_database_becomes_a_plain_user_error() -> None:
    exc = OperationalError("BEGIN", {}, sqlcipher.OperationalError("database is locked"))
    error = environment_error(exc)
    assert isinstance(error, UserError)
    assert "busy in another program" in str(error)


def test_unknown_driver_error_is_treated_as_a_bug() -> None:
    exc = OperationalError("SELECT", {}, sqlcipher.OperationalError("no such column: x"))
    assert environment_error(exc) is None
