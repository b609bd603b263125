"""Limits and hostile input: size, rows, field length, zip bombs, encodings, random CSVs."""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.domain.errors import UserError
from app.services.import_export.limits import ImportLimits, neutralise, restore_neutralised
from app.services.import_export.readers import FileFormat, detect, read_rows
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.import_helpers import DATA, run_import


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"Name,Email\n" + b"x,y@example.com\n" * 100)
    with pytest.raises(UserError, match=r"big.csv is 0 MB; the import limit is 0 MB"):
        detect(path, ImportLimits(max_file_bytes=100))


def test_too_many_rows_is_refused_with_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("Name\n" + "x\n" * 11, encoding="utf-8")
    limits = ImportLimits(max_rows=10)
    with pytest.raises(UserError, match="more than 10 rows; split it"):
        list(read_rows(detect(path, limits), limits))


def test_an_over_long_field_is_left_out_of_its_row_only(ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text(f"Name,Notes\nA,{'n' * 100_001}\nB,fine\n", encoding="utf-8")
    report = run_import(ctx, path)
    assert (report.created, report.failed, report.with_warnings) == (2, 0, 1)
    assert report.warnings[0].row == 2
    assert "limit is 100,000" in str(report.warnings[0].reason)


def test_a_zip_bomb_workbook_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", "<a>" + " " * 50_000_000 + "</a>")
    with pytest.raises(UserError, match="possible zip bomb"):
        detect(path, ImportLimits())


def test_an_xml_bomb_workbook_is_refused(tmp_path: Path) -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&lol2;'
        "</workbook>"
    )
    path = tmp_path / "xml.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", bomb)
        archive.writestr("xl/workbook.xml", bomb)
    with pytest.raises(UserError, match="not a readable Excel workbook"):
        detect(path, ImportLimits())


def test_a_non_workbook_with_xlsx_name_is_a_clean_error(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("Name\nx\n", encoding="utf-8")
    with pytest.raises(UserError, match="not a valid Excel"):
        detect(path, ImportLimits())


@pytest.mark.parametrize(
    ("encoding", "bom", "expected"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
        ("cp1252", b"", "cp1252"),
    ],
)
def test_encodings_are_detected_and_names_survive(
    ctx: AppContext, tmp_path: Path, encoding: str, bom: bytes, expected: str
) -> None:
    path = tmp_path / "enc.csv"
    path.write_bytes(bom + "Name;Email\r\nRené Müller;rene@example.com\r\n".encode(encoding))
    source = ctx.imports.inspect(path)
    assert (source.encoding, source.delimiter) == (expected, ";")
    assert run_import(ctx, path).created == 1


def test_formula_cells_are_neutralised_and_restored() -> None:
    for cell in ("=1+1", "+49 30 123", "-2", "@SUM(A1)", "\tx", "\rx", "\nx", "\x00x"):
        assert neutralise(cell) == "'" + cell
        assert restore_neutralised(neutralise(cell)) == cell
    assert neutralise("Anna") == "Anna"
    assert restore_neutralised("'quoted") == "'quoted"


_CELL = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(st.lists(_CELL, min_size=1, max_size=5), min_size=1, max_size=8),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    junk=st.binary(max_size=20),
)
def test_random_csv_imports_or_fails_with_a_user_error(
    ctx: AppContext,
    tmp_path: Path,
    *,
    rows: list[list[str]],
    encoding: str,
    delimiter: str,
    junk: bytes,
) -> None:
    import csv  # noqa: PLC0415
    import io  # noqa: PLC0415

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL).writerows(
        [["Name", "Email", "Phone", "Notes"], *rows]
    )
    data = buffer.getvalue().encode(encoding, errors="replace") + junk
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    message = ""
    try:
        plan = ctx.imports.plan(ctx.imports.inspect(path))
        report = ctx.imports.run(plan)
    except UserError as exc:
        message = exc.message
    if message:
        assert "\n" not in message
        return
    assert report.created + report.skipped + report.merged + report.failed == report.rows
    assert all(str(problem.reason) for problem in report.failures)


def test_format_override_reads_a_vcard_with_any_name(ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "contacts.txt"
    path.write_bytes((DATA / "apple.vcf").read_bytes())
    assert ctx.imports.inspect(path).format is FileFormat.VCARD


def test_content_bytes_counts_an_xlsx_unpacked_and_other_files_as_they_are(tmp_path) -> None:
    from app.services.import_export.limits import content_bytes  # noqa: PLC0415

    text = tmp_path / "people.csv"
    text.write_text("Name\n" + "Anna Weber\n" * 1_000, encoding="utf-8")
    assert content_bytes(text) == text.stat().st_size
    packed = tmp_path / "book.xlsx"
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", "<row/>" * 10_000)
    assert content_bytes(packed) == 60_000 > packed.stat().st_size
