"""Imported contacts are searchable: the batch-written search documents equal the trigger's."""

from __future__ import annotations

from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.domain.contact_query import ContactFilter
from app.domain.errors import UserError
from app.services.import_export.plan import OnDuplicate
from app.storage.batch_triggers import (
    REWRITE_TRIGGERS,
    STALE_TRIGGER,
    TRIGGER,
    batch_statement,
)
from sqlalchemy import text

from tests.unit.import_helpers import run_import

CSV = (
    "First Name,Last Name,Email,Email 2,Phone,Company,Tags\n"
    "Anna,Müller,anna@example.com,anna.m@work.example,+49 30 1234567,Acme GmbH,VIP\n"
    "Bob,Stone,bob@example.com,,,,\n"
    'Chloé,Dubois,,,+33 1 42 68 53 00,Maison SA,"Newsletter, VIP"\n'
)


def _documents(ctx: AppContext) -> list[tuple[object, ...]]:
    with ctx.db.read() as session:
        return [
            tuple(row)
            for row in session.execute(
                text("SELECT rowid, name, email, phone, company, tags FROM contact_fts ORDER BY 1")
            )
        ]


def _trigger_sql(ctx: AppContext) -> str:
    with ctx.db.read() as session:
        found = session.execute(
            text("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": TRIGGER}
        ).scalar()
    return str(found)


def test_imported_documents_equal_what_the_trigger_writes(ctx: AppContext, tmp_path: Path) -> None:
    before = _trigger_sql(ctx)
    path = tmp_path / "people.csv"
    path.write_text(CSV, encoding="utf-8")
    assert run_import(ctx, path).created == 3
    assert _trigger_sql(ctx) == before  # put back as it was
    imported = _documents(ctx)
    assert len(imported) == 3
    with ctx.db.write() as session:  # rebuild each document through the trigger itself
        session.execute(text("DELETE FROM contact_fts"))
        session.execute(text("UPDATE contact SET id = id"))
    assert _documents(ctx) == imported
    found = ctx.contacts.list_ids(ContactFilter(text="Maison"))
    assert len(found) == 1


def _triggers(ctx: AppContext) -> dict[str, str]:
    with ctx.db.read() as session:
        rows = session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
        return {str(name): str(sql) for name, sql in rows}


def test_rows_merging_into_written_contacts_and_updates_are_indexed_once_right(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The documents are written after the late merges, with the re-writing triggers set
    aside meanwhile; they come back, and an update of an existing contact re-indexes it."""
    from app.services.import_export import importer  # noqa: PLC0415

    before = _triggers(ctx)
    assert {TRIGGER, *REWRITE_TRIGGERS} <= set(before)
    path = tmp_path / "people.csv"
    path.write_text(CSV, encoding="utf-8")
    run_import(ctx, path)
    later = tmp_path / "later.csv"
    later.write_text(
        "First Name,Last Name,Email,Phone,Company,Tags\n"
        "Dan,Berg,dan@example.com,,,\n"
        "Eve,Lind,eve@example.com,,,\n"
        "Dan,Berg,dan@example.com,+49 30 7654321,Berg AG,Golf\n"  # merges into a written row
        "Bob,Stone,bob@example.com,,Stone Ltd,Sailing\n",  # updates an existing contact
        encoding="utf-8",
    )
    monkeypatch.setattr(importer, "BATCH", 1)  # every new contact is written at once
    report = run_import(ctx, later, on_duplicate=OnDuplicate.UPDATE)
    assert (report.created, report.merged, report.updated) == (2, 1, 1)
    assert _triggers(ctx) == before
    imported = _documents(ctx)
    with ctx.db.write() as session:  # rebuild each document through the trigger itself
        session.execute(text("DELETE FROM contact_fts"))
        session.execute(text("UPDATE contact SET id = id"))
    assert _documents(ctx) == imported
    for word in ("Golf", "Berg AG", "Sailing", "Stone Ltd"):
        assert len(ctx.contacts.list_ids(ContactFilter(text=word))) == 1, word


def test_a_failed_import_keeps_the_trigger_and_the_indexes(ctx: AppContext, tmp_path: Path) -> None:
    before, indexes = _trigger_sql(ctx), _contact_indexes(ctx)
    path = tmp_path / "people.csv"
    path.write_text(CSV, encoding="utf-8")
    plan = ctx.imports.plan(ctx.imports.inspect(path))
    with pytest.raises(UserError, match="cancelled"):
        ctx.imports.run(plan, cancelled=lambda: True)  # asked first inside the write
    assert _trigger_sql(ctx) == before
    assert _contact_indexes(ctx) == indexes


def test_batch_statement_follows_the_trigger_or_declines() -> None:
    sql = (
        "CREATE TRIGGER contact_fts_ai AFTER INSERT ON contact BEGIN INSERT INTO contact_fts"
        "(rowid, name) SELECT c.id, c.first_name FROM contact c WHERE c.id = new.id; END"
    )
    assert batch_statement(sql) == (
        "INSERT INTO contact_fts(rowid, name) SELECT c.id, c.first_name FROM contact c "
        "WHERE c.id BETWEEN ? AND ?"
    )
    assert batch_statement(sql.replace("c.first_name", "new.first_name")) is None
    assert batch_statement(sql.replace("; END", "; DELETE FROM x; END")) is None


def _contact_indexes(ctx: AppContext) -> list[tuple[str, str]]:
    with ctx.db.read() as session:
        rows = session.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contact' "
                "ORDER BY name"
            )
        )
        return [(str(name), str(sql)) for name, sql in rows]


def _plan_rows(ctx: AppContext, sql: str) -> str:
    with ctx.db.read() as session:
        return " | ".join(str(r[-1]) for r in session.execute(text(f"EXPLAIN QUERY PLAN {sql}")))


def test_indexes_set_aside_for_a_big_import_come_back_the_same(
    ctx: AppContext, tmp_path: Path
) -> None:
    """Into an empty table the contact indexes are dropped and built again after the rows:
    same definitions, same planner statistics, same query plans, and they find the rows."""
    from app.storage.deferred_indexes import DeferredIndexes  # noqa: PLC0415

    before = _contact_indexes(ctx)
    with ctx.db.write() as session:
        session.execute(text("ANALYZE contact"))
        stats = sorted(session.execute(text("SELECT * FROM sqlite_stat1 WHERE tbl = 'contact'")))
        probe = DeferredIndexes(session.connection(), "contact", len(CSV))
        assert len(probe.deferred) == len([i for i in before if i[1] != "None"]) > 10
    query = "SELECT id FROM contact WHERE email_norm = 'bob@example.com'"
    plan_before = _plan_rows(ctx, query)
    path = tmp_path / "people.csv"
    path.write_text(CSV, encoding="utf-8")
    assert run_import(ctx, path).created == 3
    assert _contact_indexes(ctx) == before
    with ctx.db.read() as session:
        assert (
            sorted(session.execute(text("SELECT * FROM sqlite_stat1 WHERE tbl = 'contact'")))
            == stats
        )
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert session.execute(text(query)).scalar() is not None
    assert _plan_rows(ctx, query) == plan_before


def test_a_small_file_into_a_bigger_table_keeps_the_indexes(ctx: AppContext) -> None:
    from app.storage.deferred_indexes import DeferredIndexes  # noqa: PLC0415

    path_bytes = 10_000
    with ctx.db.write() as session:
        connection = session.connection()
        assert DeferredIndexes(connection, "contact", path_bytes).deferred  # empty table
        connection.exec_driver_sql(
            "INSERT INTO contact (id, uid, created_at, updated_at, version, first_name, "
            "last_name, display_name, sort_name, search_phones, stage, source, custom) "
            "WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n "
            "WHERE value < 200) "
            "SELECT value, 'u' || value, '2026-01-01', '2026-01-01', 1, 'A', 'B', 'A B', 'a b', "
            "'', 'lead', 'import', '{}' FROM n"
        )
        assert DeferredIndexes(connection, "contact", path_bytes).deferred == ()
        session.rollback()


def test_imported_contacts_are_marked_stale_once_each_in_id_order(
    ctx: AppContext, tmp_path: Path
) -> None:
    """The batch stale marks equal the per-row trigger's: one mark per new contact, sequence
    numbers after the existing ones and rising with the id; the trigger is put back."""
    with ctx.db.write() as session:
        session.execute(text("DELETE FROM contact_stats_dirty"))
        session.execute(text("INSERT INTO contact_stats_dirty (contact_id, seq) VALUES (0, 41)"))
        before = session.execute(
            text("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": STALE_TRIGGER}
        ).scalar()
    path = tmp_path / "people.csv"
    path.write_text(CSV, encoding="utf-8")
    assert run_import(ctx, path).created == 3
    with ctx.db.read() as session:
        marks = session.execute(
            text("SELECT contact_id, seq FROM contact_stats_dirty ORDER BY contact_id")
        ).all()
        ids = list(session.scalars(text("SELECT id FROM contact ORDER BY id")))
        after = session.execute(
            text("SELECT sql FROM sqlite_master WHERE name = :n"), {"n": STALE_TRIGGER}
        ).scalar()
    assert [tuple(m) for m in marks] == [(0, 41), *((i, 42 + n) for n, i in enumerate(ids))]
    assert after == before is not None


def test_documents_of_batches_and_late_merges_find_every_spelling_and_phone(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Documents written batch by batch, one re-written after a later row merged into its
    contact: folded spellings and every phone form are found, the documents equal the
    trigger's, and FTS5 secure-delete is on again afterwards."""
    from app.services.import_export import importer  # noqa: PLC0415

    monkeypatch.setattr(importer, "BATCH", 2)
    path = tmp_path / "people.csv"
    path.write_text(
        "First Name,Last Name,Email,Phone,Company\n"
        "Jürgen,Müller,jm@example.com,+49 30 1234567,\n"
        "Anna,Strauß,as@example.com,030 7654321,\n"
        "Zoë,Weber,zw@example.com,+4940111222,\n"
        "Liam,Novak,ln@example.com,,\n"
        "Jürgen,Müller,jm@example.com,,Bäckerei Schäfer\n",  # merges into the first, written
        encoding="utf-8",
    )
    report = run_import(ctx, path)
    assert (report.created, report.merged) == (4, 1)
    with ctx.db.read() as session:
        phones = {
            str(first): phone
            for first, phone in session.execute(text("SELECT first_name, phone_norm FROM contact"))
        }
        secure = session.execute(
            text("SELECT v FROM contact_fts_config WHERE k = 'secure-delete'")
        ).scalar()
    assert phones == {
        "Jürgen": "+49301234567",
        "Anna": "+49307654321",
        "Zoë": "+4940111222",
        "Liam": None,
    }
    assert secure == 1
    for words, first in (
        ("Mueller", "Jürgen"),
        ("muller", "Jürgen"),
        ("Baeckerei Schaefer", "Jürgen"),
        ("030 1234", "Jürgen"),
        ("Strauss", "Anna"),
        ("0307654", "Anna"),
        ("49307654321", "Anna"),
        ("040 111", "Zoë"),
    ):
        found = ctx.contacts.list_ids(ContactFilter(text=words))
        with ctx.db.read() as session:
            names = [
                session.execute(
                    text("SELECT first_name FROM contact WHERE id = :i"), {"i": i}
                ).scalar()
                for i in found
            ]
        assert names == [first], words
    imported = _documents(ctx)
    with ctx.db.write() as session:  # rebuild each document through the trigger itself
        session.execute(text("DELETE FROM contact_fts"))
        session.execute(text("UPDATE contact SET id = id"))
    assert _documents(ctx) == imported
