"""Interactions, orders and survey answers: each row names its contact (e-mail, phone or
customer id) and becomes one row of interaction, txn or survey_response.

Duplicates: an order whose reference already exists (in the database or earlier in the file,
as Shopify repeats an order once per line item) and a survey answer or interaction with the same
contact and moment are skipped unless the policy is "create".
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from app.domain.enums import SURVEY_SCALE, Channel, Direction, SurveyKind, TxnKind
from app.domain.errors import QT_TRANSLATE_NOOP, Message, Term, UserError
from app.domain.validation import clean_name, clean_text, email_match_key, parse_phone
from app.services.import_export.parallel import mapped_values
from app.services.import_export.presets import ImportKind
from app.services.import_export.steps import ImportStep
from app.services.import_export.values import (
    FieldError,
    parse_choice,
    parse_int,
    parse_moment,
    parse_money,
    stored_moment,
)

if TYPE_CHECKING:
    from app.services.import_export.importer import ImportPlan, RowProblem, _Bookkeeper, _Tally
    from app.services.import_export.readers import SourceRow

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


class _Bad(Exception):  # noqa: N818 - carries the field and reason of one bad cell
    def __init__(self, field_name: str, reason: Message) -> None:
        super().__init__(str(reason))
        self.field, self.reason = field_name, reason


# Survey scores and durations named in "{what} {number} is outside {low} to {high}".
_SCORE_TERMS = {
    SurveyKind.NPS: Term(QT_TRANSLATE_NOOP("UserError", "NPS score")),
    SurveyKind.CSAT: Term(QT_TRANSLATE_NOOP("UserError", "CSAT score")),
    SurveyKind.CES: Term(QT_TRANSLATE_NOOP("UserError", "CES score")),
}
_DURATION = Term(QT_TRANSLATE_NOOP("UserError", "duration"))


class _LineItem(Exception):  # noqa: N818 - a further line of an order already read
    pass


class RecordImporter:
    def __init__(
        self, connection: Connection, kind: ImportKind, currency: str, region: str
    ) -> None:
        self.c, self.kind, self.currency, self.region = connection, kind, currency, region
        self.table, self.columns = _TABLES[kind]
        self.contacts: dict[str, int] = {}
        for cid, ext, email, phone in connection.exec_driver_sql(
            "SELECT id, external_id, email_norm, phone_norm FROM contact WHERE deleted_at IS NULL"
        ):
            for key in (
                f"x:{ext}" if ext else "",
                f"e:{email}" if email else "",
                f"p:{phone}" if phone else "",
            ):
                if key:
                    self.contacts.setdefault(key, int(cid))
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
    ) -> tuple[dict[str, str], RowProblem | None]:
        from app.services.import_export.importer import RowProblem  # noqa: PLC0415 - cycle

        try:
            row = self._row(values)
        except _LineItem:
            return {"reference": values.get("reference", "")}, None
        except _Bad as bad:
            return {}, RowProblem(row_number, bad.field, bad.reason)
        return {
            k: "" if v is None else str(v) for k, v in zip(self.columns, row, strict=True)
        }, None

    def run(
        self,
        rows: Iterator[SourceRow],
        plan: ImportPlan,
        *,
        now: str,
        book: _Bookkeeper,
        tally: _Tally,
        progress: Callable[[str, float], None],
        cancelled: Callable[[], bool],
    ) -> None:
        from app.services.import_export.importer import OnDuplicate, RowProblem  # noqa: PLC0415

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
                tally.failures.append(RowProblem(source.number, bad.field, bad.reason))
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

    def _insert(self, rows: list[tuple[Any, ...]], now: str, book: _Bookkeeper) -> None:
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
        contact = self._contact(values)
        try:
            if self.kind is ImportKind.ORDERS:
                return self._order(contact, values)
            if self.kind is ImportKind.SURVEYS:
                return self._survey(contact, values)
            return self._interaction(contact, values)
        except FieldError as exc:
            raise _Bad(getattr(exc, "field_name", ""), exc.said()) from None

    def _contact(self, values: dict[str, str]) -> int:
        external = values.get("contact_external_id", "").strip()
        email = values.get("contact_email", "").strip()
        phone = values.get("contact_phone", "").strip()
        keys = [f"x:{external}"] if external else []
        if email:
            keys.append(f"e:{email_match_key(email)}")
        if phone:
            try:
                parsed = parse_phone(phone, self.region)
            except UserError:
                parsed = None
            if parsed is not None:
                keys.append(f"p:{parsed.e164}")
        found = next((self.contacts[k] for k in keys if k in self.contacts), None)
        if found is None:
            what = external or email or phone
            if not what:
                raise _Bad(
                    "contact_email",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "UserError", "no e-mail, phone or customer id names the contact"
                        )
                    ),
                )
            raise _Bad(
                "contact_email",
                Message.of(
                    QT_TRANSLATE_NOOP("UserError", "no contact matches '{what}'"), what=what
                ),
            )
        return found

    def _moment(self, values: dict[str, str], name: str) -> str:
        text = values.get(name, "").strip()
        if not text:
            raise _Bad(name, Message(QT_TRANSLATE_NOOP("UserError", "the date is missing")))
        try:
            return stored_moment(parse_moment(text))
        except FieldError as exc:
            raise _Bad(name, exc.said()) from None

    def _order(self, contact: int, values: dict[str, str]) -> tuple[Any, ...]:
        amount_text = values.get("amount", "").strip()
        if not amount_text and values.get("reference", "").strip():
            raise _LineItem
        if not amount_text:
            raise _Bad("amount", Message(QT_TRANSLATE_NOOP("UserError", "the amount is missing")))
        try:
            amount = parse_money(amount_text)
            kind = parse_choice(values.get("kind", ""), TxnKind, TxnKind.ORDER)
        except FieldError as exc:
            raise _Bad("amount", exc.said()) from None
        currency = (values.get("currency", "").strip() or self.currency).upper()
        if len(currency) != 3 or not currency.isalpha():
            raise _Bad(
                "currency",
                Message.of(
                    QT_TRANSLATE_NOOP("UserError", "'{code}' is not a three-letter currency code"),
                    code=currency,
                ),
            )
        return (
            contact,
            self._moment(values, "occurred_at"),
            kind.value,
            amount,
            currency,
            _short(values, "reference") or None,
            _long(values, "description") or None,
        )

    def _survey(self, contact: int, values: dict[str, str]) -> tuple[Any, ...]:
        try:
            kind = parse_choice(values.get("kind", ""), SurveyKind)
        except FieldError as exc:
            raise _Bad("kind", exc.said()) from None
        low, high = SURVEY_SCALE[kind]
        try:
            score = parse_int(values.get("score", ""), low, high, _SCORE_TERMS[kind])
            channel = parse_choice(values.get("channel", ""), Channel, Channel.EMAIL).value
        except FieldError as exc:
            raise _Bad("score", exc.said()) from None
        return (
            contact,
            kind.value,
            score,
            _long(values, "comment") or None,
            self._moment(values, "answered_at"),
            channel,
        )

    def _interaction(self, contact: int, values: dict[str, str]) -> tuple[Any, ...]:
        try:
            channel = parse_choice(values.get("channel", ""), Channel, Channel.NOTE).value
            direction = parse_choice(
                values.get("direction", ""), Direction, Direction.INBOUND
            ).value
            minutes = values.get("duration_minutes", "").strip()
            duration = parse_int(minutes, 0, 100_000, _DURATION) * 60 if minutes else None
        except FieldError as exc:
            raise _Bad("channel", exc.said()) from None
        return (
            contact,
            self._moment(values, "occurred_at"),
            channel,
            direction,
            _short(values, "subject")[:500],
            _long(values, "body") or None,
            duration,
            _short(values, "outcome") or None,
        )


def _short(values: dict[str, str], name: str) -> str:
    try:
        return clean_name(values.get(name), field=name)
    except UserError as exc:
        raise _Bad(name, exc.said()) from None


def _long(values: dict[str, str], name: str) -> str:
    try:
        return clean_text(values.get(name), field=name)
    except UserError as exc:
        raise _Bad(name, exc.said()) from None
