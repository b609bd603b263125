"""Interactions, orders and survey answers: each row names its contact (e-mail, phone or
customer id) and becomes one row of interaction, txn or survey_response.

Duplicates: an order whose reference already exists (in the database or earlier in the file,
as Shopify repeats an order once per line item) and a survey answer or interaction with the same
contact and moment are skipped unless the policy is "create".
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any, TypeVar

from sqlalchemy import Connection

from app.domain.enums import SURVEY_SCALE, Channel, Direction, SurveyKind, TxnKind
from app.domain.errors import QT_TRANSLATE_NOOP, Message, Term, UserError
from app.domain.validation import clean_name, clean_text, email_match_key, parse_phone
from app.services.import_export.contact_rows import ContactKeys
from app.services.import_export.parallel import mapped_values
from app.services.import_export.plan import Bookkeeper, ImportPlan, OnDuplicate, RowProblem, Tally
from app.services.import_export.presets import ImportKind
from app.services.import_export.readers import SourceRow
from app.services.import_export.steps import ImportStep
from app.services.import_export.values import (
    FieldError,
    parse_choice,
    parse_int,
    parse_moment,
    parse_money,
    stored_moment,
)

_TABLES = {
    ImportKind.INTERACTIONS: (
        "interaction",
        (
            "contact_id",
            "occurred_at",
            "channel",
            "direction",
            "subject",
            "body",
            "duration_seconds",
            "outcome",
        ),
    ),
    ImportKind.ORDERS: (
        "txn",
        (
            "contact_id",
            "occurred_at",
            "kind",
            "amount_minor",
            "currency",
            "reference",
            "description",
        ),
    ),
    ImportKind.SURVEYS: (
        "survey_response",
        ("contact_id", "kind", "score", "comment", "answered_at", "channel"),
    ),
}


class _Bad(Exception):  # noqa: N818 - carries every bad cell of one row
    def __init__(self, problems: tuple[tuple[str, Message], ...]) -> None:
        super().__init__(str(problems[0][1]))
        self.problems = problems


class _Cells:
    """One row's mapped cells, read field by field: a bad cell is noted with its field and
    reading goes on, so the report names every bad cell of a row, not only the first."""

    def __init__(self, values: dict[str, str]) -> None:
        self.values = values
        self.problems: list[tuple[str, Message]] = []

    def text(self, name: str) -> str:
        return self.values.get(name, "").strip()

    def read(self, name: str, parse: Callable[[str], T], default: T) -> T:
        """parse(the cell's text), or `default` with the problem noted under `name`."""
        try:
            return parse(self.values.get(name, ""))
        except UserError as exc:
            self.problems.append((name, exc.said()))
            return default

    def short(self, name: str) -> str:
        return self.read(name, partial(clean_name, field=name), "")

    def long(self, name: str) -> str:
        return self.read(name, partial(clean_text, field=name), "")

    def moment(self, name: str) -> str:
        return self.read(name, _moment, "")


# Survey scores and durations named in "{what} {number} is outside {low} to {high}".
_SCORE_TERMS = {
    SurveyKind.NPS: Term(QT_TRANSLATE_NOOP("UserError", "NPS score")),
    SurveyKind.CSAT: Term(QT_TRANSLATE_NOOP("UserError", "CSAT score")),
    SurveyKind.CES: Term(QT_TRANSLATE_NOOP("UserError", "CES score")),
}
T = TypeVar("T")
_DURATION = Term(QT_TRANSLATE_NOOP("UserError", "duration"))


class _LineItem(Exception):  # noqa: N818 - a further line of an order already read
    pass


class RecordImporter:
    def __init__(
        self, connection: Connection, kind: ImportKind, currency: str, region: str
    ) -> None:
        self.c, self.kind, self.currency, self.region = connection, kind, currency, region
        self.table, self.columns = _TABLES[kind]
        self.contacts = ContactKeys.load(connection)
        self.seen = self._existing_keys()

    def _existing_keys(self) -> set[tuple[Any, ...]]:
        if self.kind is ImportKind.ORDERS:
            sql = "SELECT reference FROM txn WHERE reference IS NOT NULL AND deleted_at IS NULL"
            return {(str(r),) for (r,) in self.c.exec_driver_sql(sql)}
        moment = "occurred_at" if self.kind is ImportKind.INTERACTIONS else "answered_at"
        sql = f"SELECT contact_id, {moment} FROM {self.table} WHERE deleted_at IS NULL"  # noqa: S608 - constants
        return {(int(cid), str(at)) for cid, at in self.c.exec_driver_sql(sql)}

    def preview(
        self, values: dict[str, str], row_number: int
    ) -> tuple[dict[str, str], tuple[RowProblem, ...]]:
        try:
            row = self._row(values)
        except _LineItem:
            return {"reference": values.get("reference", "")}, ()
        except _Bad as bad:
            return {}, tuple(RowProblem(row_number, *problem) for problem in bad.problems)
        return {k: "" if v is None else str(v) for k, v in zip(self.columns, row, strict=True)}, ()

    def run(
        self,
        rows: Iterator[SourceRow],
        plan: ImportPlan,
        *,
        now: str,
        book: Bookkeeper,
        tally: Tally,
        progress: Callable[[str, float], None],
        cancelled: Callable[[], bool],
    ) -> None:
        pending: list[tuple[Any, ...]] = []
        for source in rows:
            tally.rows += 1
            if source.error:
                tally.failures.append(RowProblem(source.number, "", source.error))
                continue
            try:
                row = self._row(mapped_values(source, plan.mapping))
            except _LineItem:
                tally.merged += 1
                continue
            except _Bad as bad:
                tally.failures.extend(RowProblem(source.number, *p) for p in bad.problems)
                continue
            key = self._key(row)
            if key is not None and key in self.seen and plan.on_duplicate is not OnDuplicate.CREATE:
                tally.skipped += 1
                continue
            if key is not None:
                self.seen.add(key)
            pending.append(row)
            if len(pending) >= 5_000:
                if cancelled():
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "UserError", "The import was cancelled; nothing was changed."
                        )
                    )
                self._insert(pending, now, book)
                tally.created += len(pending)
                pending = []
                progress(ImportStep.ROWS, float(tally.rows))
        self._insert(pending, now, book)
        tally.created += len(pending)

    def _key(self, row: tuple[Any, ...]) -> tuple[Any, ...] | None:
        if self.kind is ImportKind.ORDERS:
            return (row[5],) if row[5] else None
        moment = row[1] if self.kind is ImportKind.INTERACTIONS else row[4]
        return (row[0], moment)

    def _insert(self, rows: list[tuple[Any, ...]], now: str, book: Bookkeeper) -> None:
        if not rows:
            return
        first = (
            int(
                self.c.exec_driver_sql(f"SELECT max(id) FROM {self.table}").scalar()  # noqa: S608
                or 0
            )
            + 1
        )
        names = ", ".join(self.columns)
        marks = ", ".join("?" * (len(self.columns) + 5))
        self.c.exec_driver_sql(
            f"INSERT INTO {self.table} (id, uid, created_at, updated_at, version, {names}) "  # noqa: S608 - constants
            f"VALUES ({marks})",
            [(first + n, str(uuid.uuid4()), now, now, 1, *row) for n, row in enumerate(rows)],
        )
        book.created(self.table, list(range(first, first + len(rows))))

    # -- one row ---------------------------------------------------------------------------

    def _row(self, values: dict[str, str]) -> tuple[Any, ...]:
        cells = _Cells(values)
        if self.kind is ImportKind.ORDERS and not cells.text("amount") and cells.text("reference"):
            raise _LineItem  # a further line of an order: its contact is the order's
        contact = self._contact(cells)
        if self.kind is ImportKind.ORDERS:
            row = self._order(contact, cells)
        elif self.kind is ImportKind.SURVEYS:
            row = self._survey(contact, cells)
        else:
            row = self._interaction(contact, cells)
        if cells.problems:
            raise _Bad(tuple(cells.problems))
        return row

    def _contact(self, cells: _Cells) -> int:
        """The id of the contact the row names (0, noted, when none matches)."""
        given = [
            (n, cells.text(n)) for n in ("contact_external_id", "contact_email", "contact_phone")
        ]
        keys = [key for key in (self._contact_key(n, text) for n, text in given if text) if key]
        found = self.contacts.find(keys)
        if found is not None:
            return found
        named = next(((n, text) for n, text in given if text), None)
        if named is None:
            cells.problems.append(
                (
                    "contact_email",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "UserError", "no e-mail, phone or customer id names the contact"
                        )
                    ),
                )
            )
        else:
            cells.problems.append(
                (
                    named[0],
                    Message.of(
                        QT_TRANSLATE_NOOP("UserError", "no contact matches '{what}'"),
                        what=named[1],
                    ),
                )
            )
        return 0

    def _contact_key(self, name: str, text: str) -> str | None:
        if name == "contact_external_id":
            return f"x:{text}"
        if name == "contact_email":
            return f"e:{email_match_key(text)}"
        try:
            parsed = parse_phone(text, self.region)
        except UserError:
            return None
        return f"p:{parsed.e164}" if parsed else None

    def _order(self, contact: int, cells: _Cells) -> tuple[Any, ...]:
        amount = cells.read("amount", _amount, 0)
        kind = cells.read(
            "kind", partial(parse_choice, choices=TxnKind, default=TxnKind.ORDER), None
        )
        currency = cells.read("currency", partial(_currency, default=self.currency), "")
        return (
            contact,
            cells.moment("occurred_at"),
            kind.value if kind else "",
            amount,
            currency,
            cells.short("reference") or None,
            cells.long("description") or None,
        )

    def _survey(self, contact: int, cells: _Cells) -> tuple[Any, ...]:
        kind = cells.read("kind", partial(parse_choice, choices=SurveyKind, default=None), None)
        score = cells.read("score", partial(_score, kind=kind), 0) if kind else 0
        channel = cells.read(
            "channel", partial(parse_choice, choices=Channel, default=Channel.EMAIL), None
        )
        return (
            contact,
            kind.value if kind else "",
            score,
            cells.long("comment") or None,
            cells.moment("answered_at"),
            channel.value if channel else "",
        )

    def _interaction(self, contact: int, cells: _Cells) -> tuple[Any, ...]:
        channel = cells.read(
            "channel", partial(parse_choice, choices=Channel, default=Channel.NOTE), None
        )
        direction = cells.read(
            "direction", partial(parse_choice, choices=Direction, default=Direction.INBOUND), None
        )
        return (
            contact,
            cells.moment("occurred_at"),
            channel.value if channel else "",
            direction.value if direction else "",
            cells.short("subject")[:500],
            cells.long("body") or None,
            cells.read("duration_minutes", _duration, None),
            cells.short("outcome") or None,
        )


def _moment(text: str) -> str:
    if not text.strip():
        raise FieldError(QT_TRANSLATE_NOOP("UserError", "the date is missing"))
    return stored_moment(parse_moment(text))


def _amount(text: str) -> int:
    if not text.strip():
        raise FieldError(QT_TRANSLATE_NOOP("UserError", "the amount is missing"))
    return parse_money(text)


def _currency(text: str, default: str) -> str:
    code = (text.strip() or default).upper()
    if len(code) != 3 or not code.isalpha():
        raise FieldError(
            QT_TRANSLATE_NOOP("UserError", "'{code}' is not a three-letter currency code"),
            code=code,
        )
    return code


def _score(text: str, kind: SurveyKind) -> int:
    low, high = SURVEY_SCALE[kind]
    return parse_int(text, low, high, _SCORE_TERMS[kind])


def _duration(text: str) -> int | None:
    """Minutes as typed -> seconds stored (None when blank)."""
    return parse_int(text, 0, 100_000, _DURATION) * 60 if text.strip() else None
