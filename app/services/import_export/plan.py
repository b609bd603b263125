"""The types an import's parts share: the plan (what to read, how to map it, what to do with a
duplicate), the problems found, the running tally and the bookkeeper that records every row
written so undo can take it back. The importer and the record importer both use them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection

from app.domain.errors import Message
from app.services.changes import Changes
from app.services.import_export.presets import FIELDS, ImportKind, Preset
from app.services.import_export.readers import SourceInfo

ITEM_BATCH = 5_000  # import_item rows written at once


class OnDuplicate(StrEnum):
    SKIP = "skip"
    UPDATE = "update"
    CREATE = "create"


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One bad cell (or an unreadable record, field ''): the reason as a Message, so the UI can
    word it in the interface language; `sentence()` is the English line of the CLI."""

    row: int
    field: str
    reason: Message
    column: str = ""  # the file's column the field came from, as its header names it

    def sentence(self) -> str:
        where = self.column or self.field
        said = f", column '{where}'" if where else ""
        return f"Row {self.row:,}{said}: {str(self.reason).rstrip('.')}."


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """How to read the file and what to do with it."""

    source: SourceInfo
    kind: ImportKind
    preset: Preset
    mapping: tuple[str, ...]  # one field (or "") per source column
    on_duplicate: OnDuplicate = OnDuplicate.SKIP
    overwrite: bool = False  # when updating: overwrite filled fields, not only fill empty ones
    dry_run: bool = False
    region: str = ""  # phone numbers without +code are read in this country ("" = the default)

    @property
    def columns(self) -> dict[str, str]:
        """Field -> the header of the column that fills it."""
        return {f: h for f, h in zip(self.mapping, self.source.headers, strict=False) if f}

    @property
    def unmapped(self) -> tuple[int, ...]:
        """Indexes of the columns that fill no field."""
        padded = self.mapping + ("",) * (len(self.source.headers) - len(self.mapping))
        return tuple(n for n, name in enumerate(padded[: len(self.source.headers)]) if not name)

    @property
    def labels(self) -> tuple[tuple[str, str], ...]:
        """A second or later e-mail or phone without a label column is labelled by its own
        column's header (Outlook's "Business Phone", Thunderbird's "Mobile Number")."""
        if self.kind is not ImportKind.CONTACTS:
            return ()
        mapped = set(self.mapping)
        return tuple(
            (f"{name}_label", header)
            for name, header in self.columns.items()
            if f"{name}_label" in FIELDS[ImportKind.CONTACTS] and f"{name}_label" not in mapped
        )


@dataclass(slots=True)
class Tally:
    """What an import run found so far: rows read and what became of them."""

    rows: int = 0
    created: int = 0
    updated: int = 0
    skipped: int = 0
    merged: int = 0
    failures: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    unmapped: set[int] = field(default_factory=set)  # unmapped columns found with a value


class Bookkeeper:
    """Remembers every row the import created or updated (import_item), written in batches."""

    def __init__(self, connection: Connection, batch_id: int) -> None:
        self._connection, self._batch_id = connection, batch_id
        self._pending: list[tuple[int, str, int, str | None]] = []
        self.touched: dict[str, set[int]] = {}  # table -> ids created or updated

    def created(self, entity: str, row_ids: list[int]) -> None:
        self._pending.extend((self._batch_id, entity, row_id, None) for row_id in row_ids)
        self.touched.setdefault(entity, set()).update(row_ids)
        if len(self._pending) >= ITEM_BATCH:
            self.flush()

    def updated(self, entity: str, row_id: int, before: dict[str, Any]) -> None:
        self._pending.append((self._batch_id, entity, row_id, json.dumps(before, default=str)))
        self.touch(entity, row_id)

    def touch(self, entity: str, row_id: int) -> None:
        """`row_id` changed without a before-image of its own (e.g. a new tag on a contact)."""
        self.touched.setdefault(entity, set()).add(row_id)

    def changes(self) -> Changes:
        """The exact rows the panes should refresh."""
        return changes_of(self.touched)

    def flush(self) -> None:
        if self._pending:
            self._connection.exec_driver_sql(
                "INSERT INTO import_item (batch_id, entity, row_id, before) VALUES (?, ?, ?, ?)",
                self._pending,
            )
            self._pending = []


def changes_of(touched: dict[str, set[int]]) -> Changes:
    """Ids by table -> the Changes the panes understand."""
    return Changes(
        contacts=frozenset(touched.get("contact", ())),
        interactions=frozenset(touched.get("interaction", ())),
        txns=frozenset(touched.get("txn", ())),
        surveys=frozenset(touched.get("survey_response", ())),
    )
