"""Reading CSV/TSV, vCard and xlsx files into rows of text, with format, encoding, delimiter and
header detection. Every reader yields `SourceRow`s numbered as a person sees them in the file."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TextIO

from app.domain.errors import QT_TRANSLATE_NOOP, Message, UserError
from app.services.import_export.ldif_reader import LDIF_COLUMNS, ldif_rows
from app.services.import_export.limits import ImportLimits, check_file_size, check_zip_bomb
from app.services.import_export.vcard import VCARD_COLUMNS, read_cards, vcard_values
from app.services.import_export.xlsx_stream import StreamedWorkbook, open_workbook, sheet_rows

SAMPLE_BYTES = 256 * 1024
DELIMITERS = ",;\t|"
# Offered for a manual choice; detection may name any other encoding Python knows.
ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "cp1252",
    "latin-1",
    "iso8859-15",
    "cp1250",
    "cp1251",
    "koi8-r",
    "mac-roman",
    "shift_jis",
    "cp932",
    "euc-jp",
    "gb18030",
    "big5",
    "euc-kr",
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class FileFormat(StrEnum):
    AUTO = "auto"
    CSV = "csv"
    VCARD = "vcard"
    XLSX = "xlsx"
    LDIF = "ldif"


# Files people pick that Rapport cannot read: (magic bytes or suffix, what they are).
_FOREIGN_MAGIC = (
    (b"!BDN", "an Outlook data file (.pst)"),
    (b"\xd0\xcf\x11\xe0", "an old Office file (.xls, .msg or .doc)"),
    (b"SQLite format 3\x00", "a database file (Thunderbird's abook.sqlite or Apple's .abcddb)"),
    (b"// <!-- <mdb:mork", "a Thunderbird address book in its own format (.mab)"),
    (b"%PDF", "a PDF document"),
)
_FOREIGN_SUFFIXES = {
    ".pst": "an Outlook data file (.pst)",
    ".ost": "an Outlook data file (.ost)",
    ".wab": "a Windows Address Book file (.wab)",
    ".mab": "a Thunderbird address book in its own format (.mab)",
    ".abbu": "an Apple address book archive (.abbu)",
    ".abcddb": "an Apple address book database (.abcddb)",
    ".numbers": "an Apple Numbers spreadsheet",
    ".ods": "an OpenDocument spreadsheet (.ods)",
    ".xls": "an old Excel workbook (.xls)",
    ".nsf": "a Lotus Notes database (.nsf)",
    ".pdf": "a PDF document",
}


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One record of the file: its number as a person counts (header = row 1), its cells, or why
    it could not be read at all."""

    number: int
    values: tuple[str, ...]
    error: Message | None = None


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """What was detected about a file; every field can be overridden and the file re-read."""

    path: Path
    format: FileFormat
    headers: tuple[str, ...]
    encoding: str = ""
    delimiter: str = ""
    has_header: bool = True
    sheet: str = ""
    sheets: tuple[str, ...] = ()


def detect(
    path: Path,
    limits: ImportLimits,
    *,
    file_format: FileFormat = FileFormat.AUTO,
    encoding: str = "",
    delimiter: str = "",
    sheet: str = "",
) -> SourceInfo:
    """Look at the start of `path` and say how to read it; UserError when it cannot be read."""
    check_file_size(path, limits)
    _check_delimiter(delimiter)
    with path.open("rb") as handle:
        head = handle.read(SAMPLE_BYTES)
    if not head.strip(b"\x00 \t\r\n"):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The file {path} is empty."), path=path.name)
    if file_format is FileFormat.AUTO:
        file_format = _guess_format(path, head)
    if file_format is FileFormat.XLSX:
        return _detect_xlsx(path, limits, sheet)
    if file_format is FileFormat.VCARD and b"BEGIN:VCARD" not in _plain(head).upper():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The file {path} holds no vCards (no BEGIN:VCARD line)."
            ),
            path=path.name,
        )
    encoding = encoding or guess_encoding(head)
    text = _decode_sample(head, encoding, path)
    if file_format is FileFormat.VCARD:
        return SourceInfo(path, FileFormat.VCARD, VCARD_COLUMNS, encoding=encoding)
    if file_format is FileFormat.LDIF:
        return SourceInfo(path, FileFormat.LDIF, LDIF_COLUMNS, encoding=encoding)
    return _detect_csv(path, text, encoding, delimiter)


def _check_delimiter(delimiter: str) -> None:
    if delimiter and (len(delimiter) != 1 or delimiter in {'"', "\r", "\n"}):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The delimiter must be one character such as , ; or tab, not '{text}'."
            ),
            text=delimiter,
        )


def read_rows(info: SourceInfo, limits: ImportLimits) -> Iterator[SourceRow]:
    """Every data row of the file (the header row excluded), lazily."""
    check_file_size(info.path, limits)
    if info.format is FileFormat.XLSX:
        rows: Iterator[SourceRow] = _xlsx_rows(info, limits)
    elif info.format is FileFormat.VCARD:
        rows = _vcard_rows(info)
    elif info.format is FileFormat.LDIF:
        rows = (SourceRow(*entry) for entry in ldif_rows(info.path))
    else:
        rows = _csv_rows(info, limits)
    for count, row in enumerate(rows, start=1):
        if count > limits.max_rows:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The file has more than {max_rows:,} rows; split it into smaller files.",
                ),
                max_rows=limits.max_rows,
            )
        yield row


def guess_encoding(head: bytes) -> str:
    """A byte-order mark decides; else UTF-16 without one (every other byte zero), else UTF-8
    when the sample decodes as UTF-8 (most files: decided without further work), else
    charset-normalizer's best guess (East-Asian and Cyrillic code pages included), else cp1252
    (the Windows default of Outlook and Excel)."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    start = head[:4096]
    if start.count(0) > len(start) // 4:
        return "utf-16-be" if start[::2].count(0) > start[1::2].count(0) else "utf-16-le"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the sample's end
            return _detected(head)
    return "utf-8"


def _detected(head: bytes) -> str:
    from charset_normalizer import from_bytes  # noqa: PLC0415 - only for files not in UTF-8

    best = from_bytes(head).best()
    if best is None:
        return "cp1252"
    try:  # cp1252 (Outlook's and Excel's in the West) when it reads the same text
        if head.decode("cp1252") == str(best):
            return "cp1252"
    except UnicodeDecodeError:
        pass
    return codecs.lookup(best.encoding).name


def _guess_format(path: Path, head: bytes) -> FileFormat:
    suffix = path.suffix.lower()
    _refuse_foreign(path, head)
    if suffix in {".xlsx", ".xlsm"} or (head.startswith(b"PK\x03\x04") and b"xl/" in head):
        return FileFormat.XLSX
    if head.startswith(b"PK\x03\x04"):
        _refuse(path, "a zip archive")
    if suffix in {".csv", ".tsv"}:
        return FileFormat.CSV
    plain = _plain(head[:4096])
    if suffix in {".vcf", ".vcard"} or re.search(rb"(?im)^BEGIN:VCARD", plain):
        return FileFormat.VCARD
    if suffix in {".ldif", ".ldi"} or re.match(rb"(?:#[^\n]*\n|\s)*(dn|version)::? ", plain):
        return FileFormat.LDIF
    return FileFormat.CSV


def _plain(head: bytes) -> bytes:
    """The sample without NUL bytes, so UTF-16 text can be searched for ASCII words."""
    return head.replace(b"\x00", b"")


def _refuse_foreign(path: Path, head: bytes) -> None:
    """Name the kind of a file Rapport cannot import instead of reading it as CSV."""
    for magic, what in _FOREIGN_MAGIC:
        if head.startswith(magic):
            _refuse(path, what)
    what_suffix = _FOREIGN_SUFFIXES.get(path.suffix.lower())
    if what_suffix:
        _refuse(path, what_suffix)


def _refuse(path: Path, what: str) -> None:
    raise UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "{path} is {what}, which Rapport cannot import; export the contacts from that "
            "program as CSV, vCard or LDIF.",
        ),
        path=path.name,
        what=what,
    )


def _decode_sample(head: bytes, encoding: str, path: Path) -> str:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "'{encoding}' is not a text encoding this computer knows."
            ),
            encoding=encoding,
        ) from None
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        return decoder.decode(head, final=False)
    except UnicodeDecodeError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The file {path} is not valid {encoding} text (byte {byte:,}); choose "
                "another encoding.",
            ),
            path=path.name,
            encoding=encoding,
            byte=exc.start + 1,
        ) from exc


def _detect_csv(path: Path, text: str, encoding: str, delimiter: str) -> SourceInfo:
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    if not lines:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The file {path} is empty."), path=path.name)
    delimiter = delimiter or _guess_delimiter(lines)
    first = next(csv.reader(io.StringIO(lines[0]), delimiter=delimiter), [])
    has_header = _looks_like_header(first, "\n".join(lines))
    headers = tuple(
        (cell.strip() if has_header else "") or f"Column {n}" for n, cell in enumerate(first, 1)
    )
    return SourceInfo(
        path, FileFormat.CSV, headers, encoding=encoding, delimiter=delimiter, has_header=has_header
    )


def _guess_delimiter(lines: list[str]) -> str:
    try:
        return csv.Sniffer().sniff("\n".join(lines[:20]), delimiters=DELIMITERS).delimiter
    except csv.Error:
        counts = {d: lines[0].count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


_DATA_LIKE = re.compile(r"@|^[\d\s+().\-/:]+$")


def _looks_like_header(first: list[str], sample: str) -> bool:
    """A first row of words with no e-mail addresses or numbers is a header (what exports do)."""
    cells = [cell.strip() for cell in first if cell.strip()]
    if not cells:
        return False
    if any(_DATA_LIKE.search(cell) for cell in cells):
        return False
    try:
        return csv.Sniffer().has_header(sample) or len(set(cells)) == len(cells)
    except csv.Error:
        return True


def _csv_rows(info: SourceInfo, limits: ImportLimits) -> Iterator[SourceRow]:
    csv.field_size_limit(max(limits.max_field_chars, 1024) * 4)
    width = len(info.headers)
    with info.path.open(encoding=info.encoding, newline="", errors="strict") as handle:
        reader = csv.reader(handle, delimiter=info.delimiter or ",")
        number = 0
        try:
            for record in reader:
                number += 1
                if number == 1 and info.has_header:
                    continue
                if not "".join(record).strip():  # a blank line
                    continue
                values = tuple(record[:width]) + ("",) * (width - len(record))
                yield SourceRow(number, values)
        except UnicodeDecodeError:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "Row {row:,}: the file is not valid {encoding} text; choose another encoding.",
                ),
                row=number + 1,
                encoding=info.encoding,
            ) from None
        except csv.Error as exc:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "Row {row:,}: the file cannot be read as CSV ({problem})."
                ),
                row=number + 1,
                problem=exc,
            ) from None


def _vcard_rows(info: SourceInfo) -> Iterator[SourceRow]:
    """One row per card, read as a stream (memory stays bounded for any line or card size)."""
    empty = ("",) * len(VCARD_COLUMNS)
    with _text_file(info) as handle:
        for card in read_cards(handle, info.encoding):
            if card.problem is not None:
                problem = Message.of(
                    QT_TRANSLATE_NOOP(
                        "UserError", "the card starting on line {line:,} cannot be read: {problem}"
                    ),
                    line=card.line,
                    problem=card.problem,
                )
                yield SourceRow(card.number, empty, problem)
                continue
            try:
                yield SourceRow(card.number, vcard_values(card.text, card.line))
            except UserError as exc:
                yield SourceRow(card.number, empty, exc.said())


@contextmanager
def _text_file(info: SourceInfo) -> Iterator[TextIO]:
    """The file as text in its encoding (line ends kept); a byte that does not decode is a
    UserError naming the encoding, not a crash half-way through."""
    with info.path.open(encoding=info.encoding, newline="", errors="strict") as handle:
        try:
            yield handle
        except UnicodeDecodeError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The file {path} is not valid {encoding} text (byte {byte:,}); choose "
                    "another encoding.",
                ),
                path=info.path.name,
                encoding=info.encoding,
                byte=exc.start + 1,
            ) from None


def _detect_xlsx(path: Path, limits: ImportLimits, sheet: str) -> SourceInfo:
    check_zip_bomb(path, limits)
    workbook = _open_workbook(path)
    try:
        sheets = tuple(workbook.sheets)
        if not sheets:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "The workbook {path} has no sheets."), path=path.name
            )
        if sheet and sheet not in sheets:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The workbook {path} has no sheet called '{sheet}'."
                ),
                path=path.name,
                sheet=sheet,
            )
        chosen = sheet or sheets[0]
        number, record = next(sheet_rows(workbook, chosen), (1, []))
        first = record if number == 1 else [None] * len(record)  # no row 1: no header
    finally:
        workbook.close()
    cells = [_cell_text(value) for value in first]
    has_header = _looks_like_header(cells, "")
    headers = tuple(
        (cell if has_header else "") or f"Column {n}" for n, cell in enumerate(cells, 1)
    )
    info = SourceInfo(path, FileFormat.XLSX, headers, has_header=has_header, sheets=sheets)
    return replace(info, sheet=chosen)


def _open_workbook(path: Path) -> StreamedWorkbook:
    from openpyxl.xml import DEFUSEDXML  # noqa: PLC0415

    if not DEFUSEDXML:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "Excel import needs the defusedxml package, which is not installed."
            )
        )
    try:
        return open_workbook(path)
    except Exception as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The file {path} is not a readable Excel workbook ({problem})."
            ),
            path=path.name,
            problem=exc,
        ) from exc


def _xlsx_rows(info: SourceInfo, limits: ImportLimits) -> Iterator[SourceRow]:
    check_zip_bomb(info.path, limits)
    workbook = _open_workbook(info.path)
    width = len(info.headers)
    try:
        for number, record in sheet_rows(workbook, info.sheet):
            if number == 1 and info.has_header:
                continue
            cells = [_cell_text(value) for value in record[:width]]
            if any(cells):
                yield SourceRow(number, (*cells, *("",) * (width - len(cells))))
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    """A cell as the text a person sees: whole numbers without '.0', dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        text = str(value.isoformat())
        return text.removesuffix("T00:00:00")
    return str(value).strip()
