"""Exports: contacts to Google-compatible CSV, vCard 3.0/4.0 and xlsx; ledger and survey answers
to CSV; and the whole database to JSON (see full_json). Spreadsheet cells are neutralised against
formula injection; files are written to a temporary name and renamed, so a failed export never
leaves half a file."""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection

from app.config.private import make_private
from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.domain.progress import Progress, no_progress
from app.domain.validation import parse_phone
from app.services.import_export.limits import neutralise
from app.services.import_export.presets import MAX_PHONES
from app.services.import_export.vcard import VCardPerson, write_vcard
from app.services.settings import custom_field_labels
from app.storage.database import Database

# Google Contacts' CSV columns; Rapport's import maps them back (preset "google").
GOOGLE_COLUMNS = (
    "First Name",
    "Last Name",
    "Organization Name",
    "Organization Title",
    "Birthday",
    "Notes",
    "Labels",
    "E-mail 1 - Value",
    "E-mail 2 - Label",
    "E-mail 2 - Value",
    "E-mail 3 - Label",
    "E-mail 3 - Value",
    "Phone 1 - Value",
    "Phone 2 - Label",
    "Phone 2 - Value",
    "Phone 3 - Label",
    "Phone 3 - Value",
    "Address 1 - Street",
    "Address 1 - City",
    "Address 1 - Postal Code",
    "Address 1 - Region",
    "Address 1 - Country",
    # Google's name as shown (written where it differs from first + last) and further phones
    "File As",
    *(f"Phone {n} - {part}" for n in range(4, MAX_PHONES + 1) for part in ("Label", "Value")),
)
LEDGER_COLUMNS = (
    "occurred_at",
    "contact_email",
    "kind",
    "amount",
    "currency",
    "reference",
    "description",
)
SURVEY_COLUMNS = ("answered_at", "contact_email", "kind", "score", "comment", "channel")


class ExportFormat(StrEnum):
    CSV = "csv"
    VCARD3 = "vcard3"
    VCARD4 = "vcard4"
    XLSX = "xlsx"


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    rows: int


class ExportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def contacts(
        self,
        path: Path,
        fmt: ExportFormat,
        ids: Sequence[int] | None = None,
        progress: Progress = no_progress,
    ) -> ExportResult:
        """Live contacts (all, or those in `ids`) in `fmt`."""
        with self._db.read() as session:
            people = list(_people(session.connection(), ids))
            custom = custom_field_labels(session)
        progress("Writing contacts", 0.5)
        # Custom fields follow Google's columns under their names, which the import maps back.
        columns = (*GOOGLE_COLUMNS, *custom.values())
        rows = (
            (*_google_row(person), *(person.custom.get(key, "") for key in custom))
            for person in people
        )
        if fmt is ExportFormat.CSV:
            _write_csv(path, columns, rows)
        elif fmt is ExportFormat.XLSX:
            _write_xlsx(path, columns, rows)
        else:
            version = "3.0" if fmt is ExportFormat.VCARD3 else "4.0"
            with _atomic(path) as handle:
                for person in people:
                    handle.write(write_vcard(person, version))
        progress("Writing contacts", 1.0)
        return ExportResult(path, len(people))

    def ledger(self, path: Path) -> ExportResult:
        """Every live ledger row, amounts as decimals ('12.50')."""
        sql = (
            "SELECT t.occurred_at, c.email, t.kind, t.amount_minor, t.currency, t.reference, "
            "t.description FROM txn t JOIN contact c ON c.id = t.contact_id "
            "WHERE t.deleted_at IS NULL ORDER BY t.occurred_at, t.id"
        )
        return self._table(path, LEDGER_COLUMNS, sql, _ledger_row)

    def surveys(self, path: Path) -> ExportResult:
        sql = (
            "SELECT s.answered_at, c.email, s.kind, s.score, s.comment, s.channel "
            "FROM survey_response s JOIN contact c ON c.id = s.contact_id "
            "WHERE s.deleted_at IS NULL ORDER BY s.answered_at, s.id"
        )
        return self._table(path, SURVEY_COLUMNS, sql, lambda row: tuple(_text(v) for v in row))

    def _table(
        self,
        path: Path,
        columns: Sequence[str],
        sql: str,
        shape: Callable[[Sequence[Any]], tuple[str, ...]],
    ) -> ExportResult:
        with self._db.read() as session:
            rows = [shape(row) for row in session.connection().exec_driver_sql(sql)]
        _write_csv(path, columns, rows)
        return ExportResult(path, len(rows))


def _ledger_row(row: Sequence[Any]) -> tuple[str, ...]:
    minor = int(row[3])
    sign = "-" if minor < 0 else ""
    amount = f"{sign}{abs(minor) // 100}.{abs(minor) % 100:02d}"
    return (_text(row[0]), _text(row[1]), _text(row[2]), amount, *(_text(v) for v in row[4:]))


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _people(connection: Connection, ids: Sequence[int] | None) -> Iterator[VCardPerson]:
    where = "c.deleted_at IS NULL"
    params: tuple[Any, ...] = ()
    if ids is not None:
        if not ids:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "No contacts are selected; select some or export all."
                )
            )
        where += f" AND c.id IN ({', '.join('?' * len(ids))})"
        params = tuple(ids)
    methods: dict[int, list[tuple[str, str, str]]] = {}
    for contact_id, kind, label, value in connection.exec_driver_sql(
        "SELECT contact_id, kind, label, value FROM contact_method WHERE deleted_at IS NULL "
        "AND kind IN ('email', 'phone') ORDER BY id"
    ):
        methods.setdefault(int(contact_id), []).append((str(kind), str(label), str(value)))
    tags: dict[int, list[str]] = {}
    for contact_id, name in connection.exec_driver_sql(
        "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
        "WHERE ct.deleted_at IS NULL AND t.deleted_at IS NULL ORDER BY t.name"
    ):
        tags.setdefault(int(contact_id), []).append(str(name))
    sql = (
        "SELECT c.id, c.uid, c.first_name, c.last_name, c.display_name, c.email, c.phone, "  # noqa: S608
        "co.name, c.job_title, c.street, c.city, c.postcode, c.region, c.country, c.birthday, "
        "c.notes, c.external_id, c.custom FROM contact c "
        "LEFT JOIN company co ON co.id = c.company_id "
        f"WHERE {where} ORDER BY c.sort_name, c.id"
    )
    for row in connection.exec_driver_sql(sql, params):
        extra = methods.get(int(row[0]), [])
        emails = ((("", row[5]),) if row[5] else ()) + tuple(
            (label, value) for kind, label, value in extra if kind == "email"
        )
        phones = ((("", row[6]),) if row[6] else ()) + tuple(
            (label, value) for kind, label, value in extra if kind == "phone"
        )
        text = [_text(v) for v in row]
        yield VCardPerson(
            uid=text[16] or text[1],  # the id of the source system when it came from one
            first_name=text[2],
            last_name=text[3],
            display_name=text[4],
            emails=emails,
            phones=phones,
            company=text[7],
            job_title=text[8],
            street=text[9],
            city=text[10],
            postcode=text[11],
            region=text[12],
            country=text[13],
            birthday=text[14],
            notes=text[15],
            tags=tuple(tags.get(int(row[0]), ())),
            custom={str(k): _text(v) for k, v in json.loads(row[17] or "{}").items()},
        )


def _google_row(person: VCardPerson) -> tuple[str, ...]:
    def nth(entries: tuple[tuple[str, str], ...], n: int) -> tuple[str, str]:
        return entries[n] if len(entries) > n else ("", "")

    e2, e3 = nth(person.emails, 1), nth(person.emails, 2)
    p2, p3 = nth(person.phones, 1), nth(person.phones, 2)
    return (
        person.first_name,
        person.last_name,
        person.company,
        person.job_title,
        person.birthday,
        person.notes,
        " ::: ".join(person.tags),
        nth(person.emails, 0)[1],
        *e2,
        *e3,
        nth(person.phones, 0)[1],
        *p2,
        *p3,
        person.street,
        person.city,
        person.postcode,
        person.region,
        person.country,
        _file_as(person),
        *(part for n in range(3, MAX_PHONES) for part in nth(person.phones, n)),
    )


_PHONE_CHARACTERS = re.compile(r"\+[0-9 ()./-]+")


def safe_cell(value: str) -> str:
    """A cell as a spreadsheet must not run it: formulas (=, +, -, @, tab, CR at the start) get
    an apostrophe, but a valid international phone number is data, written as is."""
    return value if _is_phone(value) else neutralise(value)


def _is_phone(value: str) -> bool:
    """'+49 30 1234567': only phone characters and a number libphonenumber calls valid (a
    national form such as '030 1234567' never starts like a formula, so needs no check)."""
    if _PHONE_CHARACTERS.fullmatch(value) is None:
        return False
    try:
        return parse_phone(value, "") is not None
    except UserError:
        return False


def _file_as(person: VCardPerson) -> str:
    """The display name when it is not made of the names (Thunderbird's, a vCard's FN)."""
    made = " ".join(part for part in (person.first_name, person.last_name) if part)
    shown = person.display_name
    return "" if shown in {made, person.company} else shown


@contextmanager
def _atomic(path: Path, newline: str | None = None) -> Iterator[IO[str]]:
    """Write to a temporary file beside `path`, renamed over it only when all went well."""
    tmp = path.with_name(f".{path.name}.part")
    try:
        with tmp.open("w", encoding="utf-8", newline=newline) as handle:
            yield handle
        make_private(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Cannot write {path} ({reason})."),
            path=path,
            reason=exc.strerror or exc,
        ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write_csv(path: Path, columns: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    with _atomic(path, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows([safe_cell(cell) for cell in row] for row in rows)


def _write_xlsx(path: Path, columns: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    import openpyxl  # noqa: PLC0415 - loaded only for workbooks

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Contacts")
    sheet.append(list(columns))
    for row in rows:
        sheet.append([safe_cell(cell) for cell in row])
    tmp = path.with_name(f".{path.name}.part")
    try:
        workbook.save(tmp)
        make_private(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Cannot write {path} ({reason})."),
            path=path,
            reason=exc.strerror or exc,
        ) from exc


def write_failures(path: Path, failures: Iterable[tuple[int, str, str]]) -> int:
    """An import report's failures (row, column, reason) as CSV, for fixing the file."""
    rows = [(str(row), column, reason) for row, column, reason in failures]
    _write_csv(path, ("row", "column", "reason"), rows)
    return len(rows)
