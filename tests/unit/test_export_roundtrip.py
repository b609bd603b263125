"""Export -> import round trips for every format, the full JSON export, and formula safety."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from app.bootstrap import AppContext, build_context
from app.config.paths import AppPaths
from app.domain.clock import FixedClock
from app.domain.errors import UserError
from app.services.contacts import ContactDraft
from app.services.demo import DemoSize, generate
from app.services.import_export.exporter import ExportFormat, safe_cell
from app.services.import_export.full_json import export_json, exported_tables, import_json
from app.services.settings import CustomFieldDef
from sqlalchemy import text

from tests.unit.import_helpers import DATA, contacts, run_import

COMPARED = (
    "first_name",
    "last_name",
    "email",
    "phone_norm",
    "company",
    "job_title",
    "street",
    "city",
    "postcode",
    "country",
    "birthday",
    "notes",
    "methods",
    "tags",
)


@pytest.fixture
def other(tmp_path: Path, paths: AppPaths, clock: FixedClock) -> Iterator[AppContext]:
    context = build_context(tmp_path / "other.db", paths=paths, clock=clock)
    yield context
    context.close()


def _filled(ctx: AppContext) -> None:
    run_import(ctx, DATA / "google.csv")
    run_import(ctx, DATA / "apple.vcf")
    run_import(ctx, DATA / "android.vcf")


def _comparable(ctx: AppContext) -> dict[str, tuple[object, ...]]:
    return {
        name: tuple(str(row[key]) if key == "birthday" else row[key] for key in COMPARED)
        for name, row in contacts(ctx).items()
    }


@pytest.mark.parametrize(
    ("fmt", "suffix"),
    [
        (ExportFormat.CSV, "csv"),
        (ExportFormat.VCARD3, "vcf"),
        (ExportFormat.VCARD4, "vcf"),
        (ExportFormat.XLSX, "xlsx"),
    ],
)
def test_contacts_survive_export_and_import(
    ctx: AppContext, other: AppContext, tmp_path: Path, fmt: ExportFormat, suffix: str
) -> None:
    _filled(ctx)
    path = tmp_path / f"out.{suffix}"
    result = ctx.exports.contacts(path, fmt)
    assert result.rows == len(contacts(ctx))
    report = run_import(other, path)
    assert report.failed == 0
    assert _comparable(other) == _comparable(ctx)


@pytest.mark.parametrize(
    ("fmt", "suffix"), [(ExportFormat.CSV, "csv"), (ExportFormat.XLSX, "xlsx")]
)
def test_custom_fields_survive_a_spreadsheet_export_and_import(
    ctx: AppContext, other: AppContext, tmp_path: Path, fmt: ExportFormat, suffix: str
) -> None:
    """They follow Google's columns under their names; a database with a field of that name
    maps the column back to it."""
    for context in (ctx, other):
        context.settings.save_custom_field(CustomFieldDef(0, "", "Shoe size"))
    ctx.contacts.create(ContactDraft("Anna", "Meyer", custom={"shoe_size": "=38"}))
    ctx.contacts.create(ContactDraft("Ben", "Kurz"))
    path = tmp_path / f"out.{suffix}"
    ctx.exports.contacts(path, fmt)
    report = run_import(other, path)
    assert report.created == 2
    profiles = [other.contacts.profile(i) for i in report.changes.contacts]
    found = {p.contact.display_name: p.contact.custom for p in profiles}
    assert found == {"Anna Meyer": {"shoe_size": "=38"}, "Ben Kurz": {}}
    if fmt is ExportFormat.CSV:  # the file itself holds it neutralised against formulas
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        assert rows[0][-1] == "Shoe size"
        assert rows[1][-1] == "'=38"


def test_a_selection_exports_only_those_contacts(ctx: AppContext, tmp_path: Path) -> None:
    _filled(ctx)
    chosen = [row["id"] for row in contacts(ctx).values()][:2]
    assert ctx.exports.contacts(tmp_path / "two.csv", ExportFormat.CSV, chosen).rows == 2
    with pytest.raises(UserError, match="No contacts are selected"):
        ctx.exports.contacts(tmp_path / "none.csv", ExportFormat.CSV, [])


def test_formula_like_cells_are_neutralised_in_csv(ctx: AppContext, tmp_path: Path) -> None:
    ctx.contacts.create(
        ContactDraft(
            first_name='=HYPERLINK("x")', last_name="@evil", notes="-1+1", job_title="+cmd"
        )
    )
    path = tmp_path / "out.csv"
    ctx.exports.contacts(path, ExportFormat.CSV)
    with path.open(encoding="utf-8", newline="") as handle:
        row = next(iter(csv.DictReader(handle)))
    assert row["First Name"] == '\'=HYPERLINK("x")'
    assert row["Last Name"] == "'@evil"
    assert row["Notes"] == "'-1+1"
    assert row["Organization Title"] == "'+cmd"


def test_phone_numbers_are_written_as_is_and_come_back(
    ctx: AppContext, other: AppContext, tmp_path: Path
) -> None:
    """A phone number is not a formula: Google's CSV carries '+49 …', not "'+49 …", while a
    formula next to it is still neutralised; the import reads both back unchanged."""
    ctx.contacts.create(ContactDraft("Anna", "=1+2", phone="+49 30 1234567"))
    ctx.contacts.create(ContactDraft("Ben", "+1+1", phone="030 7654321"))
    path = tmp_path / "out.csv"
    ctx.exports.contacts(path, ExportFormat.CSV)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = {row["First Name"]: row for row in csv.DictReader(handle)}
    assert rows["Anna"]["Phone 1 - Value"] == "+49 30 1234567"
    assert rows["Anna"]["Last Name"] == "'=1+2"
    assert rows["Ben"]["Last Name"] == "'+1+1"
    assert not rows["Ben"]["Phone 1 - Value"].startswith("'")
    report = run_import(other, path)
    assert report.failed == 0
    assert _comparable(other) == _comparable(ctx)
    assert {row["last_name"] for row in contacts(other).values()} == {"=1+2", "+1+1"}


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("+4930123456", "+4930123456"),
        ("+49 (30) 123-456", "+49 (30) 123-456"),
        ("+1 202-555-0143", "+1 202-555-0143"),
        ("+12", "'+12"),  # too short for any country: a sum, not a number
        ("+49 30 1234567+1", "'+49 30 1234567+1"),
        ("+49 30 HYPERLINK", "'+49 30 HYPERLINK"),
        ("-4930123456", "'-4930123456"),
        ("=4930123456", "'=4930123456"),
        ("\t+4930123456", "'\t+4930123456"),
        ("030 1234567", "030 1234567"),
    ],
)
def test_safe_cell_spares_phone_numbers_only(cell: str, written: str) -> None:
    assert safe_cell(cell) == written


def test_formula_like_cells_are_neutralised_in_xlsx(ctx: AppContext, tmp_path: Path) -> None:
    import openpyxl  # noqa: PLC0415

    ctx.contacts.create(ContactDraft(first_name="=1+2", last_name="Safe"))
    path = tmp_path / "out.xlsx"
    ctx.exports.contacts(path, ExportFormat.XLSX)
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        cells = [c.value for c in next(book.active.iter_rows(min_row=2, max_row=2))]
    finally:
        book.close()  # a read-only workbook keeps its file open until closed
    assert cells[0] == "'=1+2"


def test_ledger_and_surveys_export_as_csv(ctx: AppContext, tmp_path: Path) -> None:
    run_import(ctx, DATA / "shopify_customers.csv")
    run_import(ctx, DATA / "shopify_orders.csv")
    ledger = tmp_path / "ledger.csv"
    assert ctx.exports.ledger(ledger).rows == 2
    lines = ledger.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "occurred_at,contact_email,kind,amount,currency,reference,description"
    assert ",order,64.50,EUR,#1001," in lines[1]
    assert ctx.exports.surveys(tmp_path / "surveys.csv").rows == 0


def test_full_json_export_loads_into_an_empty_database_with_nothing_lost(
    ctx: AppContext, other: AppContext, tmp_path: Path
) -> None:
    generate(ctx.db, ctx.audit, DemoSize.SMALL, seed=3)
    _filled(ctx)
    path = tmp_path / "all.json"
    export_json(ctx.db, ctx.clock, path)
    import_json(other.db, other.audit, path)
    for table in exported_tables():
        if table == "audit_log":
            continue
        sql = text(f"SELECT * FROM {table} ORDER BY id")  # noqa: S608
        with ctx.db.read() as a, other.db.read() as b:
            assert a.execute(sql).all() == b.execute(sql).all(), table
    with ctx.db.read() as a, other.db.read() as b:
        sql = text("SELECT * FROM audit_log ORDER BY id")
        original = a.execute(sql).all()
        assert b.execute(sql).all()[: len(original)] == original  # plus one row for the load
        fts = text("SELECT rowid FROM contact_fts WHERE contact_fts MATCH 'garcia'")
        assert a.execute(fts).all() == b.execute(fts).all() != []
    with pytest.raises(UserError, match="not empty"):
        import_json(other.db, other.audit, path)


def test_a_damaged_json_export_is_a_clean_error(other: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(UserError, match="not a Rapport full export"):
        import_json(other.db, other.audit, path)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(UserError, match="not a readable JSON export"):
        import_json(other.db, other.audit, path)
