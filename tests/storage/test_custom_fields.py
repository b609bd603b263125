"""Custom contact fields: stable keys, unique names, removal that hides values, all-or-nothing
saves with the other settings, and each change in the audit trail."""

from __future__ import annotations

import pytest
from app.bootstrap import AppContext
from app.domain.errors import UserError
from app.services.contacts import ContactDraft
from app.services.settings import CustomFieldDef, StaffMember, field_key
from app.storage.models import AuditLog
from sqlalchemy import select


def test_keys_are_folded_words_kept_unique() -> None:
    assert field_key("Shoe size", set()) == "shoe_size"
    assert field_key("Größe / Maß", set()) == "grosse_mass"
    assert field_key("Shoe size", {"shoe_size", "shoe_size_2"}) == "shoe_size_3"
    assert field_key("★★", set()) == "field"


def test_a_field_is_added_renamed_and_removed_and_its_key_never_reused(ctx: AppContext) -> None:
    size = ctx.settings.save_custom_field(CustomFieldDef(0, "", "Shoe size"))
    anna = ctx.contacts.create(ContactDraft("Anna", custom={size.key: "38"})).id
    renamed = ctx.settings.save_custom_field(CustomFieldDef(size.id, size.key, "Shoe size (EU)"))
    assert renamed.key == size.key == "shoe_size"
    assert ctx.contacts.profile(anna).contact.custom == {"shoe_size": "38"}

    ctx.settings.save_custom_field(CustomFieldDef(size.id, size.key, "", removed=True))
    assert ctx.settings.custom_fields() == []
    with pytest.raises(UserError, match="'shoe_size' is not a defined custom field"):
        ctx.contacts.update(anna, ContactDraft("Anna", custom={"shoe_size": "39"}))
    again = ctx.settings.save_custom_field(CustomFieldDef(0, "", "Shoe size"))
    assert again.key == "shoe_size_2"  # the removed field's values do not come back
    with ctx.db.read() as session:
        actions = session.scalars(
            select(AuditLog.action)
            .where(AuditLog.action.like("custom_field.%"))
            .order_by(AuditLog.id)
        ).all()
    assert actions == [
        "custom_field.create",
        "custom_field.update",
        "custom_field.delete",
        "custom_field.create",
    ]


@pytest.mark.parametrize(
    ("label", "message"),
    [
        ("  ", "needs a name"),
        ("shoe SIZE", "named 'shoe SIZE' already"),
        ("x" * 201, "the limit is 200"),
    ],
)
def test_blank_repeated_and_long_names_are_refused(
    ctx: AppContext, label: str, message: str
) -> None:
    ctx.settings.save_custom_field(CustomFieldDef(0, "", "Shoe size"))
    with pytest.raises(UserError, match=message):
        ctx.settings.save_custom_field(CustomFieldDef(0, "", label))
    assert [d.label for d in ctx.settings.custom_fields()] == ["Shoe size"]


def test_a_refused_field_saves_nothing_else_of_the_settings(ctx: AppContext) -> None:
    with pytest.raises(UserError):
        ctx.settings.save_all(
            None,
            None,
            [StaffMember(0, "Eva Roth", "", True)],
            [CustomFieldDef(0, "", "Size"), CustomFieldDef(0, "", "size")],
        )
    assert ctx.settings.staff() == []
    assert ctx.settings.custom_fields() == []


def test_a_name_freed_by_a_removal_can_be_taken_in_the_same_save(ctx: AppContext) -> None:
    old = ctx.settings.save_custom_field(CustomFieldDef(0, "", "Size"))
    ctx.settings.save_all(
        None, None, (), [CustomFieldDef(0, "", "Size"), CustomFieldDef(old.id, old.key, "", True)]
    )
    assert [(d.key, d.label) for d in ctx.settings.custom_fields()] == [("size_2", "Size")]
