"""Custom contact fields in imports: a column named like a field fills it, a column can be mapped
to one by hand, values are checked, and updates and undo treat them like any other field."""

from __future__ import annotations

from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.domain.errors import UserError
from app.services.contacts import ContactDraft
from app.services.import_export.plan import OnDuplicate
from app.services.settings import CustomFieldDef

from tests.unit.import_helpers import run_import


@pytest.fixture
def sizes(ctx: AppContext) -> CustomFieldDef:
    return ctx.settings.save_custom_field(CustomFieldDef(0, "", "Shoe size"))


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "people.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _custom(ctx: AppContext, contact_id: int) -> dict[str, str]:
    return ctx.contacts.profile(contact_id).contact.custom


def test_a_column_named_like_a_custom_field_fills_it(
    ctx: AppContext, sizes: CustomFieldDef, tmp_path: Path
) -> None:
    path = _csv(tmp_path, "Name,Email,Shoe Size\nAnna Meyer,anna@example.com,38\n")
    plan = ctx.imports.plan(ctx.imports.inspect(path))
    assert plan.mapping == ("full_name", "email", "custom:shoe_size")
    preview = ctx.imports.preview(plan)
    assert preview[0].values["custom:shoe_size"] == "38"
    report = ctx.imports.run(plan)
    (anna,) = report.changes.contacts
    assert _custom(ctx, anna) == {"shoe_size": "38"}


def test_a_column_is_mapped_to_a_custom_field_by_hand_and_checked(
    ctx: AppContext, sizes: CustomFieldDef, tmp_path: Path
) -> None:
    long = "x" * 1001
    path = _csv(tmp_path, f"Name,Size EU\nAnna Meyer,39\nBen Kurz,{long}\n")
    source = ctx.imports.inspect(path)
    with pytest.raises(UserError, match="'custom:nope' is not a field of contacts imports"):
        ctx.imports.plan(source, mapping=("full_name", "custom:nope"))
    report = ctx.imports.run(ctx.imports.plan(source, mapping=("full_name", "custom:shoe_size")))
    assert report.created == 2  # Ben lands without the over-long value, which is reported
    ((row, field, column),) = [(p.row, p.field, p.column) for p in report.warnings]
    assert (row, field, column) == (3, "custom:shoe_size", "Size EU")


def test_updates_fill_custom_fields_and_undo_restores_them(
    ctx: AppContext, sizes: CustomFieldDef, tmp_path: Path
) -> None:
    anna = ctx.contacts.create(ContactDraft("Anna", "Meyer", email="anna@example.com")).id
    path = _csv(tmp_path, "Name,Email,Shoe size\nAnna Meyer,anna@example.com,38\n")
    report = run_import(ctx, path, on_duplicate=OnDuplicate.UPDATE)
    assert report.updated == 1
    assert _custom(ctx, anna) == {"shoe_size": "38"}
    ctx.imports.undo_last()
    assert _custom(ctx, anna) == {}
