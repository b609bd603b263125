"""Smaller cases of 'import never loses a contact' beside the corpus: encodings without a
byte-order mark, company cards, rows with nothing to identify anyone."""

from __future__ import annotations

from pathlib import Path

import pytest
from app.bootstrap import AppContext

from tests.unit.import_helpers import contacts, run_import

RUSSIAN = "Имя,Фамилия,Email\nИван,Петров,ivan@example.ru\nОльга,Смирнова,olga@example.ru\n"  # noqa: RUF001 - Cyrillic on purpose


@pytest.mark.parametrize(
    ("encoding", "detected"),
    [("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"), ("cp1251", "cp1251")],
)
def test_encodings_without_a_byte_order_mark_are_detected(
    ctx: AppContext, tmp_path: Path, encoding: str, detected: str
) -> None:
    path = tmp_path / "people.csv"
    path.write_bytes(RUSSIAN.encode(encoding))
    source = ctx.imports.inspect(path)
    assert source.encoding == detected
    plan = ctx.imports.plan(source, mapping=("first_name", "last_name", "email"))
    assert ctx.imports.run(plan).created == 2
    assert contacts(ctx)["Иван Петров"]["email"] == "ivan@example.ru"


def test_a_card_whose_name_is_its_company_is_a_company(ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "company.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Apple Computer AG\r\n"
        "ORG:Apple Computer AG;\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    assert run_import(ctx, path).created == 1
    apple = contacts(ctx)["Apple Computer AG"]
    assert (apple["first_name"], apple["last_name"], apple["company"]) == (
        "",
        "",
        "Apple Computer AG",
    )


def test_only_rows_with_nothing_identifying_are_skipped(ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(
        "Name,Email,Phone,Company,City,Birth Month,Birth Day\n"
        ",,,,Berlin,4,15\n"  # a city and a birthday name nobody
        ",not-an-address,,,,,\n"  # an e-mail as typed: shown by it, the address left out
        ",,+49 30 1234567,,,,\n"  # a phone only
        "Ann Lee,,,,,04,31\n",  # 31 April: left out, reported
        encoding="utf-8",
    )
    plan = ctx.imports.plan(ctx.imports.inspect(path))
    preview = ctx.imports.preview(plan)
    assert [row.action for row in preview] == ["fail", "create", "create", "create"]
    report = ctx.imports.run(plan)
    assert (report.created, report.failed, report.with_warnings) == (3, 1, 2)
    assert report.failures[0].sentence() == (
        "Row 2: nothing identifies a contact (no name, company, e-mail or phone)."
    )
    assert [p.sentence() for p in report.warnings] == [
        "Row 3, column 'Email': e-mail 'not-an-address' is not valid; left out.",
        "Row 5, column 'Birth Day': birthday '04 / 31' is not a date; left out.",
    ]
    stored = contacts(ctx)
    assert set(stored) == {"not-an-address", "+49 30 1234567", "Ann Lee"}
    assert stored["+49 30 1234567"]["phone_norm"] == "+49301234567"


def test_a_vcard_with_a_byte_order_mark_read_as_plain_utf8(ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "bom.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nEND:VCARD\r\n", "utf-8-sig")
    source = ctx.imports.inspect(path, encoding="utf-8")  # chosen by hand: the BOM is text
    assert ctx.imports.run(ctx.imports.plan(source)).created == 1
