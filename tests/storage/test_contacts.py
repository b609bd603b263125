"""The contact vertical slice: validation, one transaction per write, version, tombstones, audit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from app.bootstrap import AppContext
from app.domain.clock import FixedClock
from app.domain.enums import LifecycleStage
from app.domain.errors import UserError
from app.services.contacts import ContactDraft
from app.storage.models import AuditLog, Contact
from sqlalchemy import select, text


def test_create_validates_and_normalises(ctx: AppContext) -> None:
    row = ctx.contacts.create(
        ContactDraft(
            "Anna", "Müller", email="Anna@Example.com", phone="030 1234567", company="Acme GmbH"
        )
    )
    assert row.display_name == "Anna Müller"
    assert row.email == "Anna@example.com"
    assert row.company == "Acme GmbH"
    assert row.version == 1
    with ctx.db.read() as session:
        stored = session.get_one(Contact, row.id)
        assert stored.phone_norm == "+49301234567"
        assert stored.email_norm == "anna@example.com"
        assert stored.sort_name == "anna muller"


def test_update_bumps_version_and_updated_at(ctx: AppContext, clock: FixedClock) -> None:
    row = ctx.contacts.create(ContactDraft("Anna", "Muller"))
    clock.advance(timedelta(hours=1))
    updated = ctx.contacts.update(
        row.id, ContactDraft("Anna", "Schmidt", stage=LifecycleStage.CUSTOMER)
    )
    assert updated.version == 2
    assert updated.stage is LifecycleStage.CUSTOMER
    with ctx.db.read() as session:
        stored = session.get_one(Contact, row.id)
        assert stored.updated_at == clock.now()
        assert stored.created_at == clock.now() - timedelta(hours=1)


def test_bad_field_changes_nothing(ctx: AppContext) -> None:
    row = ctx.contacts.create(ContactDraft("Anna", "Muller", email="anna@example.com"))
    with pytest.raises(UserError, match="not a valid e-mail"):
        ctx.contacts.update(row.id, ContactDraft("Changed", "Name", email="bob@"))
    again = ctx.contacts.get(row.id)
    assert (again.first_name, again.email, again.version) == ("Anna", "anna@example.com", 1)


def test_a_contact_needs_some_name(ctx: AppContext) -> None:
    with pytest.raises(UserError, match="needs a first name"):
        ctx.contacts.create(ContactDraft(email="x@example.com"))


def test_soft_delete_and_restore(ctx: AppContext) -> None:
    row = ctx.contacts.create(ContactDraft("Anna", "Muller"))
    changes = ctx.contacts.delete(row.id)
    assert changes.contacts == {row.id}
    assert ctx.contacts.count() == 0
    assert ctx.contacts.get(row.id).deleted_at is not None  # a tombstone, not gone
    with pytest.raises(UserError, match="was deleted"):
        ctx.contacts.update(row.id, ContactDraft("X"))
    ctx.contacts.restore(row.id)
    assert ctx.contacts.count() == 1
    assert ctx.contacts.get(row.id).version == 3


def test_every_write_is_audited_without_personal_data(ctx: AppContext) -> None:
    row = ctx.contacts.create(ContactDraft("Anna", "Muller", email="anna@example.com"))
    ctx.contacts.update(row.id, ContactDraft("Anna", "Muller", email="anna@example.org"))
    ctx.contacts.delete(row.id)
    with ctx.db.read() as session:
        entries = session.scalars(select(AuditLog).order_by(AuditLog.id)).all()
        dump = session.execute(text("SELECT * FROM audit_log")).all()
    assert [e.action for e in entries] == ["contact.create", "contact.update", "contact.delete"]
    assert {e.entity_uid for e in entries} == {row.uid}
    assert "anna" not in repr(dump).lower()
    assert "muller" not in repr(dump).lower()
