"""The streaming sheet reader gives the values openpyxl's read-only reader gives."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from app.bootstrap import AppContext
from app.domain.errors import UserError
from app.services.import_export.xlsx_stream import _row_elements, open_workbook, sheet_rows

ROWS = [
    ["Name", "Born", "Score", "Active", "Note"],
    ["Anna Müller", date(1990, 4, 15), 12, True, "=not a formula"],
    ["Bob", datetime(2024, 1, 31, 14, 30), 2.5, False, None],
    [None, None, None, None, None],
    ["Chloé", time(9, 15), -3, None, "ünïcode ☃"],
    [None, None, 1e20, None, "last"],
]


def _workbook(path: Path, *, write_only: bool) -> Path:
    workbook = openpyxl.Workbook(write_only=write_only)
    sheet = workbook.create_sheet("People") if write_only else workbook.active
    if not write_only:
        sheet.title = "People"
    for row in ROWS:
        sheet.append(row)
    if not write_only:
        sheet["H9"] = "far away"  # a gap of rows and columns
    workbook.save(path)
    return path


def _openpyxl_rows(path: Path) -> list[tuple[int, list[object]]]:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        out = []
        for number, record in enumerate(workbook["People"].iter_rows(values_only=True), 1):
            values = list(record)
            while values and values[-1] is None:
                values.pop()
            if values:
                out.append((number, values))
        return out
    finally:
        workbook.close()


def _streamed_rows(path: Path) -> list[tuple[int, list[object]]]:
    workbook = open_workbook(path)
    try:
        out = []
        for number, values in sheet_rows(workbook, "People"):
            while values and values[-1] is None:
                values.pop()
            if values:
                out.append((number, values))
        return out
    finally:
        workbook.close()


@pytest.mark.parametrize("write_only", [True, False])  # inline strings, shared strings
def test_streamed_values_equal_openpyxl(tmp_path: Path, write_only: bool) -> None:
    path = _workbook(tmp_path / "people.xlsx", write_only=write_only)
    assert _streamed_rows(path) == _openpyxl_rows(path)


def test_a_sheet_with_a_document_type_is_refused(ctx: AppContext, tmp_path: Path) -> None:
    """A workbook whose sheet carries an entity bomb is refused when its first row is read (the
    streaming reader refuses such bytes, in the first step and past it)."""
    path = _workbook(tmp_path / "people.xlsx", write_only=True)
    bombed = tmp_path / "bombed.xlsx"
    declaration = b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(bombed, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.endswith("sheet1.xml"):
                sheet = declaration + data.replace(b"Anna", b"&lol2;")
                data = sheet
            target.writestr(item, data)
    with pytest.raises(UserError, match="possible XML bomb"):
        ctx.imports.inspect(bombed)
    with pytest.raises(UserError, match="possible XML bomb"):
        list(_row_elements(io.BytesIO(b" " * 300_000 + sheet)))  # past the first step too
