"""Imported contacts are searchable: the batch-written search documents equal the trigger's."""

from __future__ import annotations

from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.domain.contact_query import ContactFilter
from app.domain.errors import UserError
from app.services.import_export.search_index import TRIGGER, batch_statement
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


def test_a_failed_import_keeps_the_trigger(ctx: AppContext, tmp_path: Path) -> None:
    before = _trigger_sql(ctx)
    path = tmp_path / "people.csv"
    path.write_text(CSV, encoding="utf-8")
    plan = ctx.imports.plan(ctx.imports.inspect(path))
    with pytest.raises(UserError, match="cancelled"):
        ctx.imports.run(plan, cancelled=lambda: True)  # asked first inside the write
    assert _trigger_sql(ctx) == before


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
