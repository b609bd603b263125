"""Audit tampering `check` must catch: the newest rows deleted, any column of a row edited, the
anchor edited or removed, the whole chain rewritten with fresh hashes; older databases' chains
are carried into the new form on upgrade, tampering and all."""

from __future__ import annotations

from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.cli import main
from app.services.contacts import ContactDraft
from app.storage.audit import (
    GENESIS_HASH,
    HASHED_COLUMNS,
    anchor_key,
    entry_hash,
    seal_chain,
    verify_chain,
)
from app.storage.database import Database
from app.storage.health import check_database
from app.storage.models import AuditLog
from app.storage.schema import upgrade_to_head
from sqlalchemy import text


def _five_entries(ctx: AppContext) -> None:
    row = ctx.contacts.create(ContactDraft("Anna", "Muller"))
    ctx.contacts.update(row.id, ContactDraft("Anna", "Schmidt"))
    ctx.contacts.create(ContactDraft("Ben", "Okafor"))
    ctx.contacts.delete(row.id)
    ctx.contacts.restore(row.id)


def _verdict(ctx: AppContext) -> tuple[bool, str]:
    with ctx.db.read() as session:
        verdict = verify_chain(session, anchor_key(ctx.db.key))
    return verdict.ok, verdict.problem


def _tamper(ctx: AppContext, sql: str) -> None:
    with ctx.db.write() as session:
        session.execute(text(sql))


def test_an_untouched_chain_is_anchored_and_verifies(ctx: AppContext) -> None:
    _five_entries(ctx)
    assert _verdict(ctx) == (True, "")


@pytest.mark.parametrize("newest", [1, 3])
def test_deleting_the_newest_entries_is_caught(ctx: AppContext, newest: int) -> None:
    _five_entries(ctx)
    _tamper(ctx, f"DELETE FROM audit_log WHERE id > {5 - newest}")  # noqa: S608
    assert _verdict(ctx) == (False, f"the newest {newest} of 5 entries were removed")


def test_deleting_newest_then_writing_on_is_still_caught(ctx: AppContext) -> None:
    _five_entries(ctx)
    _tamper(ctx, "DELETE FROM audit_log WHERE id = 5")
    ctx.contacts.create(ContactDraft("Cleo", "New"))  # the anchor moves on from 5 to 6
    ok, problem = _verdict(ctx)
    assert not ok
    assert "removed" in problem or "does not end" in problem


EDITS = {
    "id": "id = 99",
    "uid": "uid = '00000000-0000-4000-8000-000000000000'",
    "created_at": "created_at = '2020-01-01 00:00:00.000000'",
    "updated_at": "updated_at = '2020-01-01 00:00:00.000000'",
    "version": "version = 2",
    "deleted_at": "deleted_at = '2026-03-02 10:00:00.000000'",
    "at": "at = '2020-01-01 00:00:00.000000'",
    "actor": "actor = 'someone else'",
    "action": "action = 'contact.view'",
    "entity": "entity = 'staff'",
    "entity_uid": "entity_uid = NULL",
    "detail": "detail = 'nothing happened'",
    "prev_hash": f"prev_hash = '{'1' * 64}'",
    "hash": f"hash = '{'2' * 64}'",
    "origin": "origin = 'another copy'",
}


def test_every_column_is_covered() -> None:
    assert set(EDITS) == {c.name for c in AuditLog.__table__.columns}
    # the local id differs on every synced copy: it orders a chain, and moving an entry breaks
    # the links, which the "id" edit shows
    assert set(HASHED_COLUMNS) | {"hash", "id"} == set(EDITS)


@pytest.mark.parametrize("column", list(EDITS))
def test_editing_any_column_of_an_entry_is_caught(ctx: AppContext, column: str) -> None:
    _five_entries(ctx)
    _tamper(ctx, f"UPDATE audit_log SET {EDITS[column]} WHERE id = 3")  # noqa: S608
    assert not _verdict(ctx)[0]


def test_rewriting_the_whole_chain_with_fresh_hashes_is_caught(ctx: AppContext) -> None:
    """Someone who knows the hash recipe but not the database key re-hashes after an edit."""
    _five_entries(ctx)
    _tamper(ctx, "DELETE FROM audit_log WHERE id = 5")
    with ctx.db.write() as session:
        connection = session.connection()
        prev = GENESIS_HASH
        names = ", ".join(("id", *HASHED_COLUMNS))
        for row in connection.exec_driver_sql(f"SELECT {names} FROM audit_log ORDER BY id").all():  # noqa: S608
            values = [prev if c == "prev_hash" else getattr(row, c) for c in HASHED_COLUMNS]
            linked, prev = prev, entry_hash(values)
            connection.exec_driver_sql(
                "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (linked, prev, row.id)
            )
        connection.exec_driver_sql("UPDATE audit_anchor SET entries = 4, head_hash = ?", (prev,))
    assert _verdict(ctx) == (False, "the chain's anchor was edited (its seal fails)")


def test_removing_the_anchor_is_caught(ctx: AppContext) -> None:
    _five_entries(ctx)
    _tamper(ctx, "DELETE FROM audit_anchor")
    assert _verdict(ctx) == (False, "the chain's anchor is missing (removed)")
    ctx.contacts.create(ContactDraft("Cleo", "New"))  # writing on does not bring it back
    assert _verdict(ctx) == (False, "the chain's anchor is missing (removed)")


def test_check_fails_on_deleted_newest_entries(
    ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    _five_entries(ctx)
    _tamper(ctx, "DELETE FROM audit_log WHERE id = 5")
    ctx.close()
    assert main(["check", "--db", str(ctx.db.path)]) == 1
    assert "FAIL audit_chain: the newest 1 of 5 entries were removed" in capsys.readouterr().out


def _legacy_entry(prev: str, at: str, n: int) -> tuple[object, ...]:
    """A row hashed in the chain's first form (before schema 0014)."""
    from app.storage.audit import _legacy_hash  # noqa: PLC0415 - the old form, for this test

    fields = ("local user", f"contact.create{n}", "contact", None, "")
    return (
        n,
        f"0000000{n}-0000-4000-8000-000000000000",
        at,
        at,
        1,
        None,
        at,
        *fields,
        prev,
        _legacy_hash(prev, at, fields),
    )


@pytest.mark.parametrize("tampered", [None, 2])
def test_an_older_chain_is_carried_into_the_new_form_on_upgrade(
    tmp_path: Path, tampered: int | None
) -> None:
    db = Database.open(tmp_path / "old.db")
    upgrade_to_head(db, "0011")
    at = "2026-03-02 10:00:00.000000"
    prev, rows = GENESIS_HASH, []
    for n in (1, 2, 3):
        row = _legacy_entry(prev, at, n)
        rows.append(row)
        prev = str(row[-1])
    legacy_columns = ("id", *(c for c in HASHED_COLUMNS if c != "origin"), "hash")  # as in 0011
    names = ", ".join(legacy_columns)
    with db.write() as session:
        session.connection().exec_driver_sql(
            f"INSERT INTO audit_log ({names}) VALUES ({', '.join('?' * len(legacy_columns))})",  # noqa: S608
            rows,
        )
        if tampered:
            session.connection().exec_driver_sql(
                "UPDATE audit_log SET detail = 'edited' WHERE id = ?", (tampered,)
            )
    before = {r.name: r for r in check_database(db)}["audit_chain"]  # checked, not upgraded
    assert before.ok is (tampered is None), before.detail
    upgrade_to_head(db)
    with db.read() as session:
        verdict = verify_chain(session, anchor_key(None))
    db.dispose()
    assert verdict.ok is (tampered is None)
    assert verdict.entries == (3 if tampered is None else tampered - 1)
    assert verdict.first_bad_id == tampered


def test_a_chain_cut_and_resealed_with_the_key_still_disagrees_with_the_backup(
    ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    """Someone holding the key can re-seal the anchor, but not the backups made before."""
    _five_entries(ctx)
    ctx.backups.backup_now()
    assert ctx.db.path is not None
    db = str(ctx.db.path)
    assert main(["check", "--db", db]) == 0
    assert "ok   audit_backup: agrees with auto-" in capsys.readouterr().out
    with ctx.db.write() as session:
        connection = session.connection()
        connection.exec_driver_sql("DELETE FROM audit_log WHERE id >= 5")
        seal_chain(connection, anchor_key(ctx.db.key))
    assert _verdict(ctx) == (True, "")
    ctx.close()
    assert main(["check", "--db", db]) == 1
    assert "FAIL audit_backup: entry 5 is not the one backup" in capsys.readouterr().out
