"""What a full-JSON export may hold, column by column: every value is checked against its
column's real shape before it is written, so a hand-edited or hostile export cannot plant a
path in a content hash, a non-address in an e-mail column or a date SQLite cannot read back."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Integer, String, Text
from sqlalchemy.types import TypeDecorator

from app.domain.enums import (
    Channel,
    ComplaintEventKind,
    ComplaintStatus,
    ConsentPurpose,
    ContactSource,
    Direction,
    LifecycleStage,
    MethodKind,
    Priority,
    Remedy,
    SurveyKind,
    TxnKind,
)
from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.domain.validation import normalise_email

INT_RANGE = (-(2**63), 2**63 - 1)
MAX_TEXT = 10_000_000  # characters in one Text value
_HEX64 = re.compile(r"[0-9a-f]{64}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_UPPER2 = re.compile(r"[A-Z]{2}")
_UPPER3 = re.compile(r"[A-Z]{3}")

Rule = Callable[[object], bool]


def _pattern(regex: re.Pattern[str]) -> Rule:
    return lambda value: isinstance(value, str) and regex.fullmatch(value) is not None


def _member(enum: type[StrEnum]) -> Rule:
    allowed = frozenset(item.value for item in enum)
    return lambda value: value in allowed


def _is_uid(value: object) -> bool:
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        return str(uuid.UUID(value)) == value.lower()
    except ValueError:
        return False


def _is_email(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        normalise_email(value)
    except UserError:
        return False
    return True


# Shapes beyond the column's type, by column name (every table) or by table.column.
_BY_NAME: dict[str, tuple[str, Rule]] = {
    "uid": ("a uid", _is_uid),
}
_BY_COLUMN: dict[str, tuple[str, Rule]] = {
    "attachment.sha256": ("a SHA-256 hash (64 hexadecimal digits)", _pattern(_HEX64)),
    "attachment.size_bytes": ("a size in bytes", lambda v: isinstance(v, int) and v >= 0),
    "audit_log.hash": ("a SHA-256 hash (64 hexadecimal digits)", _pattern(_HEX64)),
    "audit_log.prev_hash": ("a SHA-256 hash (64 hexadecimal digits)", _pattern(_HEX64)),
    "contact.email": ("an e-mail address", _is_email),
    "staff.email": ("an e-mail address", _is_email),
    "contact.country": ("a two-letter country code", _pattern(_UPPER2)),
    "txn.currency": ("a three-letter currency code", _pattern(_UPPER3)),
    "complaint.remedy_currency": ("a three-letter currency code", _pattern(_UPPER3)),
    "contact.stage": ("a lifecycle stage", _member(LifecycleStage)),
    "contact.source": ("a contact source", _member(ContactSource)),
    "contact_method.kind": ("a kind of contact detail", _member(MethodKind)),
    "interaction.channel": ("a channel", _member(Channel)),
    "interaction.direction": ("a direction", _member(Direction)),
    "task.priority": ("a priority", _member(Priority)),
    "complaint.priority": ("a priority", _member(Priority)),
    "complaint.status": ("a complaint status", _member(ComplaintStatus)),
    "complaint.remedy": ("a remedy", _member(Remedy)),
    "complaint_event.kind": ("a kind of case event", _member(ComplaintEventKind)),
    "txn.kind": ("a kind of ledger entry", _member(TxnKind)),
    "survey_response.kind": ("a kind of survey", _member(SurveyKind)),
    "consent.purpose": ("a consent purpose", _member(ConsentPurpose)),
}
SCORE_RANGES = {"nps": (0, 10), "csat": (1, 5), "ces": (1, 7)}


def _base_type(column: Column[object]) -> object:
    kind = column.type
    return kind.impl_instance if isinstance(kind, TypeDecorator) else kind


def _type_shape(column: Column[object], value: object) -> str | None:
    """What the value should have been for the column's SQL type, or None when it fits."""
    kind = _base_type(column)
    if isinstance(kind, String | Text):
        limit = kind.length or MAX_TEXT
        fits = isinstance(value, str) and len(value) <= limit and "\x00" not in value
        return None if fits else f"text of at most {limit:,} characters"
    for sql_type, (shape, rule) in _BY_TYPE:
        if isinstance(kind, sql_type):
            return None if rule(value) else shape
    return None


def _is_int(value: object) -> bool:
    fits = isinstance(value, int) and not isinstance(value, bool)
    return fits and INT_RANGE[0] <= value <= INT_RANGE[1]  # type: ignore[operator]


def _parses(regex: re.Pattern[str], parse: Callable[[str], object], value: object) -> bool:
    if not isinstance(value, str) or regex.fullmatch(value) is None:
        return False
    try:
        parse(value)
    except ValueError:
        return False
    return True


def _is_json(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        json.loads(value)
    except (ValueError, RecursionError):
        return False
    return True


# Boolean before Integer: SQLAlchemy's Boolean is not an Integer, but order keeps it obvious.
_BY_TYPE: tuple[tuple[type[object], tuple[str, Rule]], ...] = (
    (Boolean, ("0 or 1", lambda v: v in (0, 1) and not isinstance(v, float))),
    (Integer, ("a whole number", _is_int)),
    (DateTime, ("a UTC time", lambda v: _parses(_DATETIME, datetime.fromisoformat, v))),
    (Date, ("a date (YYYY-MM-DD)", lambda v: _parses(_DATE, date.fromisoformat, v))),
    (JSON, ("JSON text", _is_json)),
)


def value_problem(table: str, column: Column[object], value: object) -> str | None:
    """What `value` should have been for `table.column`, or None when it fits."""
    if value is None:
        return None if column.nullable else "a value (it may not be empty)"
    shape = _type_shape(column, value)
    if shape is not None:
        return shape
    rule = _BY_COLUMN.get(f"{table}.{column.name}") or _BY_NAME.get(column.name)
    if rule is not None and not rule[1](value):
        return rule[0]
    return None


def check_row(table: str, columns: list[Column[object]], row: list[object], number: int) -> None:
    """Raise a UserError naming the row, column and value that does not fit its column."""
    for column, value in zip(columns, row, strict=True):
        problem = value_problem(table, column, value)
        if problem is not None:
            raise _refused(number, table, column.name, value, problem)
    if table == "survey_response":
        values = {c.name: v for c, v in zip(columns, row, strict=True)}
        low, high = SCORE_RANGES.get(str(values.get("kind")), (0, 10))
        score = values.get("score")
        if isinstance(score, int) and not low <= score <= high:
            raise _refused(number, table, "score", score, f"a score from {low} to {high}")


def _refused(number: int, table: str, column: str, value: object, shape: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "Row {row} of table {table} in the export holds {value} in column "
            "{column}, which should be {shape}; nothing was loaded.",
        ),
        row=number,
        table=table,
        value=_shown(value),
        column=column,
        shape=shape,
    )


def _shown(value: object) -> str:
    """The offending value, short enough for one line."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"
