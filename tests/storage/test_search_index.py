"""The FTS5 contact index is kept current by triggers, whatever table the change is in."""

from __future__ import annotations

from app.bootstrap import AppContext
from app.services.contacts import ContactDraft
from sqlalchemy import text


def _match(ctx: AppContext, query: str) -> list[int]:
    with ctx.db.read() as session:
        rows = session.execute(
            text("SELECT rowid FROM contact_fts WHERE contact_fts MATCH :q ORDER BY rowid"),
            {"q": query},
        )
        return [r[0] for r in rows]


def test_accents_and_case_do_not_matter(ctx: AppContext) -> None:
    jurgen = ctx.contacts.create(ContactDraft("Jürgen", "Müller"))
    ctx.contacts.create(ContactDraft("Bob", "Stone"))
    assert _match(ctx, "mull*") == [jurgen.id]
    assert _match(ctx, "JURG*") == [jurgen.id]


def test_phone_digits_in_any_form(ctx: AppContext) -> None:
    anna = ctx.contacts.create(ContactDraft("Anna", "A", phone="+49 30 1234567"))
    assert _match(ctx, 'phone: "0301234"*') == [anna.id]
    assert _match(ctx, 'phone: "49301234"*') == [anna.id]


def test_company_rename_and_tags_reach_the_index(ctx: AppContext) -> None:
    anna = ctx.contacts.create(ContactDraft("Anna", "A", company="Acme"))
    with ctx.db.write() as session:
        session.execute(text("UPDATE company SET name = 'Globex' WHERE name = 'Acme'"))
        session.execute(
            text(
                "INSERT INTO tag (uid, created_at, updated_at, version, name) "
                "VALUES ('t', '2026-01-01', '2026-01-01', 1, 'wholesale')"
            )
        )
        session.execute(
            text(
                "INSERT INTO contact_tag "
                "(uid, created_at, updated_at, version, contact_id, tag_id) "
                "SELECT 'ct', '2026-01-01', '2026-01-01', 1, :c, id FROM tag"
            ),
            {"c": anna.id},
        )
    assert _match(ctx, "company: globex") == [anna.id]
    assert _match(ctx, "company: acme") == []
    assert _match(ctx, "tags: whole*") == [anna.id]


def test_deleted_contacts_leave_the_index_and_come_back_on_restore(ctx: AppContext) -> None:
    anna = ctx.contacts.create(ContactDraft("Anna", "Zebra"))
    ctx.contacts.delete(anna.id)
    assert _match(ctx, "zebra") == []
    ctx.contacts.restore(anna.id)
    assert _match(ctx, "zebra") == [anna.id]
