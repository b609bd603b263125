from __future__ import annotations

from app.bootstrap import AppContext
from app.services.contacts import ContactDraft
from app.storage.audit import anchor_key, verify_chain
from sqlalchemy import text


def _three_entries(ctx: AppContext) -> None:
    row = ctx.contacts.create(ContactDraft("Anna", "Muller"))
    ctx.contacts.update(row.id, ContactDraft("Anna", "Schmidt"))
    ctx.contacts.delete(row.id)


def test_untouched_chain_verifies(ctx: AppContext) -> None:
    _three_entries(ctx)
    with ctx.db.read() as session:
        verdict = verify_chain(session, anchor_key(ctx.db.key))
    assert verdict.ok
    assert verdict.entries == 3


def test_edited_entry_is_detected(ctx: AppContext) -> None:
    _three_entries(ctx)
    with ctx.db.write() as session:
        session.execute(text("UPDATE audit_log SET action = 'contact.view' WHERE id = 2"))
    with ctx.db.read() as session:
        verdict = verify_chain(session, anchor_key(ctx.db.key))
    assert not verdict.ok
    assert verdict.first_bad_id == 2


def test_deleted_entry_is_detected(ctx: AppContext) -> None:
    _three_entries(ctx)
    with ctx.db.write() as session:
        session.execute(text("DELETE FROM audit_log WHERE id = 2"))
    with ctx.db.read() as session:
        verdict = verify_chain(session, anchor_key(ctx.db.key))
    assert not verdict.ok
    assert verdict.first_bad_id == 3
