"""Duplicates (skip, fill empty, overwrite, create), merging in a file, undo, cancel, dry run."""

from __future__ import annotations

from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.domain.errors import UserError
from app.services.contacts import ContactDraft
from app.services.import_export.contact_rows import CONTACT_COLUMNS
from app.services.import_export.importer import ImportReport
from app.services.import_export.plan import OnDuplicate
from app.storage.audit import anchor_key, verify_chain
from sqlalchemy import text

from tests.unit.import_helpers import DATA, contacts, count, run_import

HEADER = "Name,Email,Phone,Company,City\n"


def _csv(tmp_path: Path, body: str, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


@pytest.fixture
def anna(ctx: AppContext) -> int:
    draft = ContactDraft(first_name="Anna", last_name="Schmidt", email="anna@example.com")
    return ctx.contacts.create(draft).id


def test_existing_contact_is_skipped_by_default(ctx, anna, tmp_path) -> None:
    report = run_import(ctx, _csv(tmp_path, "Anna S,ANNA@example.com,,Acme,Berlin\n"))
    assert (report.created, report.skipped) == (0, 1)
    assert contacts(ctx)["Anna Schmidt"]["city"] is None


def test_update_fills_empty_fields_only(ctx, anna, tmp_path) -> None:
    path = _csv(tmp_path, "Anna Other,anna@example.com,030 1234567,Acme,Berlin\n")
    report = run_import(ctx, path, on_duplicate=OnDuplicate.UPDATE)
    assert report.updated == 1
    row = contacts(ctx)["Anna Schmidt"]  # the name was filled, so it stays
    assert (row["city"], row["company"], row["phone_norm"]) == ("Berlin", "Acme", "+49301234567")


def test_update_can_overwrite_and_undo_restores_the_old_values(ctx, anna, tmp_path) -> None:
    path = _csv(tmp_path, "Anna Weber,anna@example.com,,,Köln\nNew Person,new@example.com,,,\n")
    report = run_import(ctx, path, on_duplicate=OnDuplicate.UPDATE, overwrite=True)
    assert (report.created, report.updated) == (1, 1)
    assert contacts(ctx)["Anna Weber"]["city"] == "Köln"
    assert ctx.imports.last_import() == (report.batch_uid, "people.csv", 2)
    undone = ctx.imports.undo_last()
    assert (undone.removed, undone.restored) == (1, 1)
    after = contacts(ctx)
    assert set(after) == {"Anna Schmidt"}
    assert after["Anna Schmidt"]["city"] is None
    assert ctx.contacts.get(anna).version == 3  # updated, then restored: every change counted
    assert ctx.imports.last_import() is None
    with pytest.raises(UserError, match="no import to undo"):
        ctx.imports.undo_last()
    with ctx.db.read() as session:
        assert verify_chain(session, anchor_key(ctx.db.key)).ok


def test_create_policy_makes_a_second_contact(ctx, anna, tmp_path) -> None:
    report = run_import(
        ctx, _csv(tmp_path, "Anna S,anna@example.com,,,\n"), on_duplicate=OnDuplicate.CREATE
    )
    assert report.created == 1
    assert count(ctx, "contact") == 2


def test_rows_of_one_person_within_the_file_merge(ctx, tmp_path) -> None:
    body = (
        "Bob Stone,bob@example.com,,,\n"
        "Bob Stone,,0170 1234567,Stone Ltd,\n"
        "Robert Stone,BOB@example.com,0170 1234567,,Leipzig\n"
        "Bob Stone,bob.work@example.com,0170 1234567,,\n"
    )
    report = run_import(ctx, _csv(tmp_path, body))
    assert (report.created, report.merged) == (2, 2)
    with ctx.db.read() as session:
        from sqlalchemy import text  # noqa: PLC0415

        rows = session.execute(
            text("SELECT email, phone_norm, city FROM contact ORDER BY id")
        ).all()
    # Row 2 has no link to bob@ when it is read, so it starts a second contact; row 3 joins the
    # first (same e-mail, case-insensitive), row 4 the second (same phone).
    assert [tuple(r) for r in rows] == [
        ("bob@example.com", "+491701234567", "Leipzig"),
        ("bob.work@example.com", "+491701234567", None),
    ]


def test_undo_removes_exactly_what_the_import_created(ctx, tmp_path) -> None:
    run_import(ctx, DATA / "google.csv")
    first = contacts(ctx)
    run_import(ctx, DATA / "apple.vcf")
    assert count(ctx, "contact") == 7
    ctx.imports.undo_last()
    assert contacts(ctx) == first
    assert count(ctx, "company") == 1


def test_cancel_mid_import_leaves_the_database_as_it_was(ctx, tmp_path) -> None:
    rows = "".join(f"Person {n},p{n}@example.com,,,\n" for n in range(12_000))
    path = _csv(tmp_path, rows)
    calls: list[str] = []

    def cancelled() -> bool:
        calls.append("checked")
        return len(calls) > 1  # let the first batch through, then cancel

    plan = ctx.imports.plan(ctx.imports.inspect(path))
    with pytest.raises(UserError, match="cancelled; nothing was changed"):
        ctx.imports.run(plan, cancelled=cancelled)
    assert count(ctx, "contact") == 0
    assert count(ctx, "import_batch") == 0


def test_dry_run_reports_without_writing(ctx, tmp_path) -> None:
    plan = ctx.imports.plan(ctx.imports.inspect(DATA / "google.csv"), dry_run=True)
    report = ctx.imports.run(plan)
    assert (report.created, report.with_warnings, report.dry_run) == (4, 1, True)
    assert count(ctx, "contact") == 0


def _tags_of(ctx: AppContext, contact_id: int) -> list[str]:
    with ctx.db.read() as session:
        from sqlalchemy import text  # noqa: PLC0415

        return [
            str(name)
            for (name,) in session.execute(
                text(
                    "SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
                    "WHERE ct.contact_id = :c AND ct.deleted_at IS NULL ORDER BY t.name"
                ),
                {"c": contact_id},
            )
        ]


def test_a_tag_undone_then_imported_again_is_linked_again(ctx, anna, tmp_path) -> None:
    path = tmp_path / "tags.csv"
    path.write_text("Name,Email,Tags\nAnna S,anna@example.com,VIP\n", encoding="utf-8")
    assert run_import(ctx, path, on_duplicate=OnDuplicate.UPDATE).updated == 1
    assert _tags_of(ctx, anna) == ["VIP"]
    ctx.imports.undo_last()
    assert _tags_of(ctx, anna) == []
    again = run_import(ctx, path, on_duplicate=OnDuplicate.UPDATE)  # the link exists, deleted
    assert (again.updated, again.failed) == (1, 0)
    assert _tags_of(ctx, anna) == ["VIP"]
    ctx.imports.undo_last()  # and undoing the revival deletes it again
    assert _tags_of(ctx, anna) == []
    assert run_import(ctx, path, on_duplicate=OnDuplicate.UPDATE).updated == 1
    assert _tags_of(ctx, anna) == ["VIP"]


def test_reports_name_exactly_the_contacts_created_and_updated(ctx, anna, tmp_path) -> None:
    path = _csv(tmp_path, "Anna S,anna@example.com,,,Köln\nNew Person,new@example.com,,,\n")
    plan = ctx.imports.plan(
        ctx.imports.inspect(path), on_duplicate=OnDuplicate.UPDATE, dry_run=True
    )
    assert ctx.imports.run(plan).changes.contacts == frozenset()  # nothing was written
    report = run_import(ctx, path, on_duplicate=OnDuplicate.UPDATE)
    new_id = next(row["id"] for name, row in contacts(ctx).items() if name == "New Person")
    assert report.changes.contacts == {anna, new_id}
    assert ctx.imports.undo_last().changes.contacts == {anna, new_id}


def _search_documents(ctx: AppContext) -> list[tuple[str, ...]]:
    with ctx.db.read() as session:
        from sqlalchemy import text  # noqa: PLC0415

        rows = session.execute(
            text("SELECT rowid, name, email, phone, company, tags FROM contact_fts ORDER BY rowid")
        ).all()
    return [tuple(str(v) for v in row) for row in rows]


def test_a_row_merging_into_a_contact_already_written_gives_the_same_end_state(
    ctx, paths, clock, tmp_path, monkeypatch
) -> None:
    """Batches are written while later rows are still being read: a later row of the same
    person must leave the database as if it had been merged before writing."""
    from app.bootstrap import build_context  # noqa: PLC0415
    from app.services.import_export import importer  # noqa: PLC0415

    body = (
        "Name,Email,Phone,Company,City,Labels\n"
        "Bob Stone,bob@example.com,,,,VIP\n"
        "Cleo Park,cleo@example.com,,,,\n"
        "Robert Stone,BOB@example.com,0170 1234567,Stone Ltd,Leipzig,VIP; Golf\n"
        "Bob Stone,bob.work@example.com,0170 1234567,,,\n"
        "Cleo Park,cleo@example.com,030 1234567,,Berlin,\n"
    )
    path = tmp_path / "people.csv"
    path.write_text(body, encoding="utf-8")
    whole = build_context(tmp_path / "whole.db", paths=paths, clock=clock)
    try:
        expected = run_import(whole, path)
        expected_contacts, expected_search = contacts(whole), _search_documents(whole)
    finally:
        whole.close()
    monkeypatch.setattr(importer, "BATCH", 1)  # every new contact is written at once
    report = run_import(ctx, path)
    assert report.as_dict() | {"import_id": ""} == expected.as_dict() | {"import_id": ""}
    assert contacts(ctx) == expected_contacts
    assert _search_documents(ctx) == expected_search
    assert contacts(ctx)["Bob Stone"]["tags"] == ["Golf", "VIP"]
    ctx.imports.undo_last()
    assert count(ctx, "contact") == count(ctx, "contact_method") == count(ctx, "contact_tag") == 0


def _stored_state(ctx: AppContext) -> tuple[list[tuple[object, ...]], ...]:
    """Every contact column, extra method and tag link this import wrote, in id order."""
    with ctx.db.read() as session:
        return tuple(
            [tuple(row) for row in session.execute(text(sql)).all()]
            for sql in (
                f"SELECT id, {', '.join(CONTACT_COLUMNS)} FROM contact ORDER BY id",  # noqa: S608
                "SELECT contact_id, kind, label, value, value_norm FROM contact_method ORDER BY id",
                "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
                "ORDER BY ct.id",
            )
        )


def test_a_contact_dropped_from_memory_after_writing_is_merged_into_exactly(
    ctx, paths, clock, tmp_path, monkeypatch
) -> None:
    """A written contact is no longer held in memory: a later row merging into it loads it back
    from the database, and every field (custom fields, stage, labels, tags) ends as if the rows
    had merged before writing; a second late row merges into the loaded contact again."""
    from app.bootstrap import build_context  # noqa: PLC0415
    from app.services.import_export import importer  # noqa: PLC0415

    body = (
        "Name,Email,Phone,Company,Job,Street,Postcode,Region,Country,Born,Notes,Tags,Ref,Stage,"
        "Email 2,Email 2 label\n"
        "Dora Lang,dora@example.com,,,,,,,,,,VIP,,,,\n"
        "Evan Ray,evan@example.com,,,,,,,,,,,,,,\n"
        "Dora Lang,DORA@example.com,0170 7654321,Lang GmbH,Buyer,Hauptstr. 1,10115,Berlin,"
        "Atlantis,1980-02-03,Met at the fair,Golf; VIP,D-1,customer,dora.home@example.com,home\n"
        "D. Lang,,0170 7654321,,,,,,,,Second note,Tennis,,,dora.work@example.com,work\n"
        "Evan Ray,evan@example.com,,,,,,,,,,,,,,\n"
    )
    path = tmp_path / "people.csv"
    path.write_text(body, encoding="utf-8")
    mapping = (
        "full_name",
        "email",
        "phone",
        "company",
        "job_title",
        "street",
        "postcode",
        "region",
        "country",
        "birthday",
        "notes",
        "tags",
        "external_id",
        "stage",
        "email_2",
        "email_2_label",
    )

    def run(target: AppContext) -> ImportReport:
        plan = target.imports.plan(target.imports.inspect(path), mapping=mapping)
        return target.imports.run(plan)

    whole = build_context(tmp_path / "whole.db", paths=paths, clock=clock)
    try:
        expected, expected_state = run(whole), _stored_state(whole)
    finally:
        whole.close()
    monkeypatch.setattr(importer, "BATCH", 1)  # every new contact is written (and dropped) at once
    report = run(ctx)
    assert report.as_dict() | {"import_id": ""} == expected.as_dict() | {"import_id": ""}
    assert (report.created, report.merged, report.failed) == (2, 3, 0)
    assert _stored_state(ctx) == expected_state
    dora = contacts(ctx)["Dora Lang"]
    assert (dora["job_title"], dora["external_id"], dora["notes"]) == (
        "Buyer",
        "D-1",
        "Met at the fair",
    )
    assert dora["tags"] == ["Golf", "Tennis", "VIP"]
    assert ("email", "home", "dora.home@example.com") in dora["methods"]
    ctx.imports.undo_last()
    assert count(ctx, "contact") == count(ctx, "contact_method") == count(ctx, "contact_tag") == 0
