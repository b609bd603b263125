"""The rows of one worksheet, parsed straight from its XML.

openpyxl's reader still opens the workbook: its sheet list, shared strings, date styles and
1900/1904 epoch, all parsed through defusedxml; its worksheets are not opened (a read-only
worksheet parses its whole sheet once to find its size when the file does not state it, as
openpyxl's own write-only files do not: twice per import, about as long as reading the rows).
Only the sheet's cells, the bulk of the file,
are read here, without openpyxl's per-cell objects and with the C parser (defusedxml's
parsers are pure Python): about 30 s for 50,000 rows of inline strings before. The values are
those openpyxl's read-only reader gives (numbers, dates by style, shared and inline strings,
booleans).

XML bombs need entities, and entities need a document type declaration: a sheet containing
"<!DOCTYPE" or "<!ENTITY" anywhere is refused before its bytes reach the parser (a worksheet
never has one). External resources are never fetched by ElementTree.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import Element, XMLPullParser
from zipfile import ZipFile

from app.domain.errors import QT_TRANSLATE_NOOP, UserError

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _CELL, _VALUE = f"{_NS}row", f"{_NS}c", f"{_NS}v"
_INLINE, _TEXT, _RUN = f"{_NS}is", f"{_NS}t", f"{_NS}r"
_COLUMN = re.compile(r"[A-Z]+")
_STEP = 256 * 1024
_MARK = len(b"<!DOCTYPE") - 1  # kept from the previous step: a mark split between two


@dataclass(frozen=True, slots=True)
class StreamedWorkbook:
    """A workbook opened for reading its rows: its worksheets (name -> XML part, in order) and
    how its cells read; close() when done."""

    archive: ZipFile
    sheets: dict[str, str]
    cells: _CellReader

    def close(self) -> None:
        self.archive.close()


def open_workbook(path: Path) -> StreamedWorkbook:
    """The workbook's parts openpyxl reads (with defusedxml), its worksheets left unopened."""
    # openpyxl (with numpy) takes 130 ms to load: paid by workbooks only, not by every import
    from openpyxl.reader.excel import ExcelReader  # noqa: PLC0415
    from openpyxl.styles.stylesheet import apply_stylesheet  # noqa: PLC0415

    reader = ExcelReader(path, read_only=True, data_only=True)
    try:
        reader.read_manifest()
        reader.read_strings()
        reader.read_workbook()
        apply_stylesheet(reader.archive, reader.wb)
        sheets = {
            sheet.name: rel.target
            for sheet, rel in reader.parser.find_sheets()
            if rel.target in reader.valid_files and "chartsheet" not in rel.Type
        }
    except BaseException:
        reader.archive.close()
        raise
    workbook = reader.wb
    cells = _CellReader(
        reader.shared_strings,
        workbook.epoch,
        workbook._date_formats,
        workbook._timedelta_formats,
    )
    return StreamedWorkbook(reader.archive, sheets, cells)


def sheet_rows(workbook: StreamedWorkbook, sheet: str) -> Iterator[tuple[int, list[object]]]:
    """(row number, cell values from column A on) for every row present in the sheet's XML."""
    number = 0
    with workbook.archive.open(workbook.sheets[sheet]) as source:
        for element in _row_elements(source):
            number = int(element.get("r") or number + 1)
            yield number, workbook.cells.row(element)
            element.clear()


def _row_elements(source: IO[bytes]) -> Iterator[Element]:
    """Each completed <row> element, parsed in 256 KB steps."""
    parser: XMLPullParser[Element] = XMLPullParser(events=("end",))
    tail = b""
    while chunk := source.read(_STEP):
        window = tail + chunk
        if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The workbook's sheet declares a document type; it was refused as a "
                    "possible XML bomb.",
                )
            )
        tail = window[-_MARK:]
        parser.feed(chunk)
        yield from _rows_of(parser)
    parser.close()
    yield from _rows_of(parser)


def _rows_of(parser: XMLPullParser[Element]) -> Iterator[Element]:
    for event in parser.read_events():
        element: object = event[-1]  # ("end", element): only end events are asked for
        if isinstance(element, Element) and element.tag == _ROW:
            yield element


class _CellReader:
    def __init__(self, shared: list[str], epoch: Any, dates: set[int], durations: set[int]) -> None:
        self.shared, self.epoch, self.dates, self.durations = shared, epoch, dates, durations

    def row(self, row: Element) -> list[object]:
        values: list[object] = []
        for cell in row.iter(_CELL):
            reference = cell.get("r")
            column = _column_number(reference) if reference else len(values) + 1
            values.extend([None] * (column - 1 - len(values)))
            values.append(self.value(cell))
        return values

    def value(self, cell: Element) -> object:
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            inline = cell.find(_INLINE)
            return None if inline is None else _inline_text(inline)
        text = cell.findtext(_VALUE) or None
        if text is None:
            return None
        if kind == "n":
            return self._numeric(text, int(cell.get("s", 0)))
        return self._typed(kind, text)

    def _numeric(self, text: str, style: int) -> object:
        number = _number(text)
        if style not in self.dates:
            return number
        from openpyxl.utils.datetime import from_excel  # noqa: PLC0415 - loaded by open_workbook

        try:
            return from_excel(number, self.epoch, timedelta=style in self.durations)
        except (OverflowError, ValueError):
            return "#VALUE!"

    def _typed(self, kind: str, text: str) -> object:
        if kind == "s":
            return self.shared[int(text)]
        if kind == "b":
            return bool(int(text))
        if kind == "d":
            from openpyxl.utils.datetime import from_ISO8601  # noqa: PLC0415 - as in _numeric

            return from_ISO8601(text)
        return text  # "str" (a formula's text result) and "e" (an error such as #N/A)


def _number(text: str) -> int | float:
    """As openpyxl casts: whole numbers written without '.' or 'E' are ints."""
    if "." in text or "E" in text or "e" in text:
        return float(text)
    return int(text)


def _inline_text(inline: Element) -> str:
    """The plain text of an inline string: its <t>, or its rich-text runs (phonetic runs left
    out, as openpyxl does)."""
    parts = [inline.findtext(_TEXT) or ""]
    parts += [run.findtext(_TEXT) or "" for run in inline.findall(_RUN)]
    return "".join(parts)


def _column_number(reference: str) -> int:
    letters = _COLUMN.match(reference)
    number = 0
    for letter in letters.group(0) if letters else "A":
        number = number * 26 + ord(letter) - 64
    return number
