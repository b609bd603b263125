"""The import use case: preview, run (one audited transaction, batched executemany), undo.

Existing contacts are matched on keys loaded once (external id, normalised e-mail and phone,
including extra e-mails and phones); rows describing the same person within the file merge.
New rows get their ids from the importer inside the write transaction, so methods and tags can
be written before their contact and the search index is built once per contact.
"""

from __future__ import annotations

import gc
import json
import os
import uuid
from collections.abc import Collection, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import phonenumbers
from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from app.domain.clock import Clock
from app.domain.errors import QT_TRANSLATE_NOOP, Message, UserError
from app.domain.progress import Cancelled, Progress
from app.domain.validation import display_name_of
from app.services.changes import Changes
from app.services.follow_ups import FollowUpHook, NoFollowUps, Source
from app.services.import_export.contact_rows import (
    CONTACT_COLUMNS,
    ContactData,
    ContactKeys,
    RowError,
    contact_from_row,
)
from app.services.import_export.limits import ImportLimits, content_bytes
from app.services.import_export.parallel import (
    BULK_THRESHOLDS,
    checked_contacts,
    mapped_values,
    worker_count,
)
from app.services.import_export.plan import (
    Bookkeeper,
    ImportPlan,
    OnDuplicate,
    RowProblem,
    Tally,
    changes_of,
)
from app.services.import_export.presets import (
    FIELDS,
    ImportKind,
    auto_mapping,
    custom_target,
    guess_preset,
    preset_named,
)
from app.services.import_export.readers import (
    FileFormat,
    SourceInfo,
    SourceRow,
    detect,
    read_rows,
)
from app.services.import_export.records import RecordImporter
from app.services.import_export.steps import ImportStep
from app.services.import_export.values import stored_moment
from app.services.settings import custom_field_labels
from app.storage.audit import AuditTrail
from app.storage.batch_triggers import BatchSearchIndex, BatchStaleMarks
from app.storage.database import Database
from app.storage.deferred_indexes import DeferredIndexes
from app.storage.models import ImportBatch
from app.storage.records import stamp_new
from app.storage.sqlite_dialect import defer_foreign_keys, page_cache
from app.storage.sync_capture import captured_in_bulk

BATCH = 5_000
IMPORT_CACHE_KIB = 128 * 1024
UNDO_TABLES = (
    "contact",
    "contact_method",
    "contact_tag",
    "company",
    "tag",
    "interaction",
    "txn",
    "survey_response",
)

# The tables a contact import adds rows to: captured for sync once, at the end of its writing.
NEW_ROWS = ("company", "tag", "contact", "contact_method", "contact_tag")

# What an undo may write back into a row the import updated.
RESTORABLE = {"contact": CONTACT_COLUMNS, "contact_tag": ("deleted_at",)}


@dataclass(frozen=True, slots=True)
class ImportReport:
    kind: ImportKind
    rows: int
    created: int
    updated: int
    skipped: int
    merged: int
    failures: tuple[RowProblem, ...]
    batch_uid: str | None
    dry_run: bool
    changes: Changes = field(default_factory=Changes)  # created or updated rows, for the panes
    warnings: tuple[RowProblem, ...] = ()  # fields left out or kept unverified, rows imported
    unmapped: tuple[str, ...] = ()  # headers of columns with values that filled no field

    @property
    def failed(self) -> int:
        """Rows that failed (a row may have several bad fields)."""
        return len({p.row for p in self.failures})

    @property
    def with_warnings(self) -> int:
        """Rows imported with a field left out or kept unverified."""
        return len({p.row for p in self.warnings})

    def summary(self) -> str:
        """The English summary line of the command line."""
        warned = f" ({self.with_warnings:,} with warnings)" if self.with_warnings else ""
        return (
            f"{self.created:,} created{warned}, {self.updated:,} updated, "
            f"{self.skipped:,} skipped, {self.merged:,} merged, {self.failed:,} failed."
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "rows": self.rows,
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "merged": self.merged,
            "failed": self.failed,
            "import_id": self.batch_uid,
            "dry_run": self.dry_run,
            "with_warnings": self.with_warnings,
            "failures": [_problem_dict(p) for p in self.failures],
            "warnings": [_problem_dict(p) for p in self.warnings],
            "unmapped_columns": list(self.unmapped),
        }


def _problem_dict(problem: RowProblem) -> dict[str, Any]:
    return {
        "row": problem.row,
        "field": problem.field,
        "column": problem.column,
        "reason": str(problem.reason),
    }


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """A row as it will be stored (field -> shown text), what will happen, and its problems."""

    number: int
    values: dict[str, str]
    action: str
    problems: tuple[RowProblem, ...]
    warnings: tuple[RowProblem, ...] = ()


@dataclass(frozen=True, slots=True)
class UndoResult:
    batch_uid: str
    removed: int
    restored: int
    changes: Changes


class _DryRun(Exception):  # noqa: N818 - a control-flow signal that rolls the transaction back
    def __init__(self, report: ImportReport) -> None:
        super().__init__("dry run")
        self.report = report


class ImportService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        audit: AuditTrail,
        phone_region: str,
        currency: str,
        *,
        limits: ImportLimits | None = None,
        workers: int = 0,
    ) -> None:
        self._db, self._clock, self._audit = db, clock, audit
        self.phone_region, self.currency = phone_region, currency
        self.limits = limits or ImportLimits()
        self.workers = workers  # processes checking contact rows; 0 = chosen by file size
        self.follow_ups: FollowUpHook = NoFollowUps()

    # -- planning --------------------------------------------------------------------------

    def inspect(
        self,
        path: Path,
        *,
        file_format: FileFormat = FileFormat.AUTO,
        encoding: str = "",
        delimiter: str = "",
        sheet: str = "",
    ) -> SourceInfo:
        """Detect how to read `path` (format, encoding, delimiter, header, sheet)."""
        return detect(
            path,
            self.limits,
            file_format=file_format,
            encoding=encoding,
            delimiter=delimiter,
            sheet=sheet,
        )

    def plan(
        self,
        source: SourceInfo,
        *,
        kind: ImportKind | None = None,
        preset_name: str = "",
        mapping: tuple[str, ...] | None = None,
        on_duplicate: OnDuplicate = OnDuplicate.SKIP,
        overwrite: bool = False,
        dry_run: bool = False,
        region: str = "",
    ) -> ImportPlan:
        """A plan with the named (else detected) preset and its auto-mapping unless given;
        `region` reads national phone numbers (default: the business's)."""
        preset = preset_named(preset_name) if preset_name else guess_preset(source.headers, kind)
        if kind is not None and preset.kind is not kind:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The preset '{preset}' imports {kind}, not {wanted}."
                ),
                preset=preset.name,
                kind=preset.kind,
                wanted=kind,
            )
        custom = self.custom_targets() if preset.kind is ImportKind.CONTACTS else {}
        if mapping is None:
            mapping = auto_mapping(source.headers, preset, custom)
        validate_mapping(preset.kind, mapping, custom)
        if not any(mapping):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "No column of {path} matches a {kind} field; map the columns by hand "
                    "or choose another preset.",
                ),
                path=source.path.name,
                kind=preset.kind,
            )
        return ImportPlan(
            source,
            preset.kind,
            preset,
            mapping,
            on_duplicate,
            overwrite,
            dry_run,
            checked_region(region or self.phone_region),
        )

    def custom_targets(self) -> dict[str, str]:
        """Mapping targets for the business's custom contact fields: target -> label."""
        with self._db.read() as session:
            return {custom_target(k): label for k, label in custom_field_labels(session).items()}

    def first_row(self, source: SourceInfo) -> tuple[str, ...]:
        """The first data row, as examples beside the mapping; empty when there is none."""
        row = next(read_rows(source, self.limits), None)
        return () if row is None else row.values

    # -- preview ---------------------------------------------------------------------------

    def preview(self, plan: ImportPlan, rows: int = 20) -> list[PreviewRow]:
        """The first `rows` rows validated and matched, nothing written."""
        out: list[PreviewRow] = []
        with self._db.read() as session:
            connection = session.connection()
            if plan.kind is ImportKind.CONTACTS:
                keys = ContactKeys.load(connection)
                for source in _first(read_rows(plan.source, self.limits), rows):
                    out.append(self._preview_contact(plan, source, keys))
            else:
                records = RecordImporter(connection, plan.kind, self.currency, plan.region)
                for source in _first(read_rows(plan.source, self.limits), rows):
                    values, found = records.preview(
                        mapped_values(source, plan.mapping), source.number
                    )
                    problems = _problems(source, found)
                    out.append(
                        PreviewRow(source.number, values, _action(problems, "create"), problems)
                    )
        return out

    def _preview_contact(
        self, plan: ImportPlan, source: SourceRow, keys: ContactKeys
    ) -> PreviewRow:
        if source.error:
            return PreviewRow(
                source.number, {}, "fail", (RowProblem(source.number, "", source.error),)
            )
        columns = plan.columns
        try:
            data = contact_from_row(mapped_values(source, plan.mapping, plan.labels), plan.region)
        except RowError as exc:
            problems = _row_problems(source.number, exc.problems, columns)
            return PreviewRow(source.number, {}, "fail", problems)
        match = keys.find(data.match_keys())
        action = "create" if match is None else plan.on_duplicate.value
        shown = {k: "" if v is None else str(v) for k, v in data.column_values(None).items()}
        shown.update(company=data.company, tags=", ".join(data.tags))
        shown.update((custom_target(key), str(value)) for key, value in data.custom.items())
        shown.pop("custom", None)
        warnings = _row_problems(source.number, data.warnings, columns)
        return PreviewRow(source.number, shown, action, (), warnings)

    # -- run -------------------------------------------------------------------------------

    def run(
        self,
        plan: ImportPlan,
        progress: Progress = lambda _label, _share: None,
        cancelled: Cancelled = lambda: False,
    ) -> ImportReport:
        """Import the whole file in one transaction; cancel or any error leaves nothing behind."""
        try:
            with _older_objects_set_aside(), self._db.write() as session:
                report = self._run(session, plan, progress, cancelled)
                if plan.dry_run:
                    raise _DryRun(report)
                return report
        except _DryRun as dry:
            return dry.report

    def _run(
        self, session: Session, plan: ImportPlan, progress: Progress, cancelled: Cancelled
    ) -> ImportReport:
        now = stored_moment(self._clock.now())
        batch = ImportBatch(
            kind=plan.kind.value, file_name=plan.source.path.name[:500], preset=plan.preset.name
        )
        stamp_new(batch, self._clock.now())
        session.add(batch)
        session.flush()
        connection = session.connection()
        # New rows scatter over the uid and search indexes of a large database: a bigger page
        # cache for this transaction keeps them in memory (as the sample generator does).
        with page_cache(connection, IMPORT_CACHE_KIB):
            tally, changes = self._write(
                connection, plan, now, batch.id, progress=progress, cancelled=cancelled
            )
        for source, ids in (
            (Source.TXN, changes.txns),
            (Source.SURVEY, changes.surveys),
            (Source.INTERACTION, changes.interactions),
        ):  # the rules' follow-ups belong to the import: its undo takes them back
            if ids:  # a contact import writes none of these: no rules to load
                self.follow_ups.fire(session, source, sorted(ids), batch.id)
        batch.created_count, batch.updated_count = tally.created, tally.updated
        if tally.rows == 0:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The file {path} holds no {kind} Rapport can read; nothing was imported.",
                ),
                path=plan.source.path.name,
                kind=plan.kind,
            )
        failed = len({p.row for p in tally.failures})
        batch.skipped_count, batch.failed_count = tally.skipped, failed
        self._audit.record(
            session,
            "import.run",
            "import_batch",
            batch.uid,
            f"kind={plan.kind.value} preset={plan.preset.name} created={tally.created} "
            f"updated={tally.updated} skipped={tally.skipped} failed={failed}",
        )
        return ImportReport(
            plan.kind,
            tally.rows,
            tally.created,
            tally.updated,
            tally.skipped,
            tally.merged,
            tuple(tally.failures),
            batch.uid,
            plan.dry_run,
            Changes() if plan.dry_run else changes,
            tuple(tally.warnings),
            tuple(plan.source.headers[n] for n in sorted(tally.unmapped)),
        )

    def _write(
        self,
        connection: Connection,
        plan: ImportPlan,
        now: str,
        batch_id: int,
        *,
        progress: Progress,
        cancelled: Cancelled,
    ) -> tuple[Tally, Changes]:
        book = Bookkeeper(connection, batch_id)
        tally = Tally()
        rows = _noting_unmapped(read_rows(plan.source, self.limits), plan.unmapped, tally.unmapped)
        if plan.kind is ImportKind.CONTACTS:
            workers = self.workers or worker_count(content_bytes(plan.source.path))
            writer = _ContactWriter(
                connection,
                plan,
                plan.region,
                now=now,
                book=book,
                tally=tally,
                workers=workers,
            )
            writer.run(rows, progress, cancelled)
        else:
            records = RecordImporter(connection, plan.kind, self.currency, plan.region)
            records.run(
                rows, plan, now=now, book=book, tally=tally, progress=progress, cancelled=cancelled
            )
        book.flush()
        return tally, book.changes()

    # -- undo ------------------------------------------------------------------------------

    def last_import(self) -> tuple[str, str, int] | None:
        """(uid, file name, rows created + updated) of the import undo would revert, or None."""
        with self._db.read() as session:
            row = session.execute(
                text(
                    "SELECT uid, file_name, created_count + updated_count FROM import_batch "
                    "WHERE undone_at IS NULL AND deleted_at IS NULL ORDER BY id DESC LIMIT 1"
                )
            ).first()
        return None if row is None else (str(row[0]), str(row[1]), int(row[2]))

    def undo_last(self) -> UndoResult:
        """Remove (tombstone) what the last import created and restore what it updated."""
        now = stored_moment(self._clock.now())
        with self._db.write() as session:
            connection = session.connection()
            found = connection.exec_driver_sql(
                "SELECT id, uid FROM import_batch WHERE undone_at IS NULL AND deleted_at IS NULL "
                "ORDER BY id DESC LIMIT 1"
            ).first()
            if found is None:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no import to undo."))
            batch_id, batch_uid = int(found[0]), str(found[1])
            removed, restored, changes = _undo_items(connection, batch_id, now)
            self.follow_ups.undo_import(session, batch_id)
            connection.exec_driver_sql(
                "UPDATE import_batch SET undone_at = ?, updated_at = ?, version = version + 1 "
                "WHERE id = ?",
                (now, now, batch_id),
            )
            self._audit.record(
                session,
                "import.undo",
                "import_batch",
                batch_uid,
                f"removed={removed} restored={restored}",
            )
        return UndoResult(batch_uid, removed, restored, changes)


@contextmanager
def _older_objects_set_aside() -> Iterator[None]:
    """The objects alive before the import (modules, SQLAlchemy, whatever the process holds) out
    of the garbage collector's way meanwhile: the rows an import makes start a full collection
    again and again, which then walks only what the import made; and collections rarer
    (`BULK_THRESHOLDS`), as in the checking workers. Put back afterwards; a heap frozen already
    (the GUI's after start-up, app.ui.application.settle_heap) stays as it is."""
    thresholds = gc.get_threshold()
    frozen = gc.get_freeze_count() > 0
    if not frozen:
        gc.freeze()
    gc.set_threshold(*BULK_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if not frozen:
            gc.unfreeze()


def _first(rows: Iterator[SourceRow], count: int) -> Iterator[SourceRow]:
    for n, row in enumerate(rows):
        if n >= count:
            return
        yield row


def _noting_unmapped(
    rows: Iterator[SourceRow], unmapped: tuple[int, ...], found: set[int]
) -> Iterator[SourceRow]:
    """The rows, noting in `found` each unmapped column seen with a value (for the report)."""
    left = list(unmapped)
    for row in rows:
        if left:
            seen = [n for n in left if n < len(row.values) and row.values[n].strip()]
            if seen:
                found.update(seen)
                left = [n for n in left if n not in found]
        yield row


def _row_problems(
    row: int, problems: Iterable[tuple[str, Message]], columns: dict[str, str]
) -> tuple[RowProblem, ...]:
    """(field, reason) pairs of one row as RowProblems naming the file's column."""
    return tuple(RowProblem(row, name, reason, columns.get(name, "")) for name, reason in problems)


def checked_region(region: str) -> str:
    """A two-letter region phone numbering knows; UserError naming it otherwise."""
    code = region.strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "'{region}' is not a country code phone numbers are known for."
            ),
            region=region,
        )
    return code


def _problems(source: SourceRow, found: tuple[RowProblem, ...]) -> tuple[RowProblem, ...]:
    return (RowProblem(source.number, "", source.error),) if source.error else found


def _action(problems: tuple[RowProblem, ...], action: str) -> str:
    return "fail" if problems else action


def validate_mapping(
    kind: ImportKind, mapping: tuple[str, ...], custom: Collection[str] = ()
) -> None:
    """Refuse a mapping naming unknown fields or using a field twice; `custom` are the
    custom-field targets a contacts import may also fill."""
    known = set(FIELDS[kind]) | (set(custom) if kind is ImportKind.CONTACTS else set())
    chosen = [name for name in mapping if name]
    unknown = [name for name in chosen if name not in known]
    if unknown:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "'{name}' is not a field of {kind} imports."),
            name=unknown[0],
            kind=kind,
        )
    twice = {name for name in chosen if chosen.count(name) > 1}
    if twice:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The field '{field}' is mapped from more than one column."
            ),
            field=sorted(twice)[0],
        )


def _undo_items(connection: Connection, batch_id: int, now: str) -> tuple[int, int, Changes]:
    removed = restored = 0
    touched: dict[str, set[int]] = {}
    items = connection.exec_driver_sql(
        "SELECT entity, row_id, before FROM import_item WHERE batch_id = ? ORDER BY id DESC",
        (batch_id,),
    ).all()
    created: dict[str, list[int]] = {}
    for entity, row_id, before in items:
        if entity not in UNDO_TABLES:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The import record names an unknown table '{entity}'."
                ),
                entity=entity,
            )
        touched.setdefault(entity, set()).add(int(row_id))
        if before is None:
            created.setdefault(entity, []).append(int(row_id))
            continue
        values: dict[str, Any] = json.loads(before)
        columns = [c for c in values if c in RESTORABLE.get(entity, ())]
        assignments = ", ".join(f"{c} = ?" for c in columns)
        connection.exec_driver_sql(
            f"UPDATE {entity} SET {assignments}, updated_at = ?, version = version + 1 "  # noqa: S608 - names checked
            "WHERE id = ?",
            (*(_db_value(values[c]) for c in columns), now, int(row_id)),
        )
        restored += entity == "contact"
    for entity, ids in created.items():
        connection.exec_driver_sql(
            f"UPDATE {entity} SET deleted_at = ?, updated_at = ?, version = version + 1 "  # noqa: S608 - names checked
            "WHERE id = ? AND deleted_at IS NULL",
            [(now, now, row_id) for row_id in ids],
        )
        removed += len(ids) if entity not in {"contact_method", "contact_tag"} else 0
    owners = connection.exec_driver_sql(
        "SELECT contact_id FROM contact_method WHERE id IN (SELECT row_id FROM import_item "
        "WHERE batch_id = ? AND entity = 'contact_method') UNION SELECT contact_id FROM "
        "contact_tag WHERE id IN (SELECT row_id FROM import_item WHERE batch_id = ? AND "
        "entity = 'contact_tag')",
        (batch_id, batch_id),
    )
    touched.setdefault("contact", set()).update(int(c) for (c,) in owners)
    return removed, restored, changes_of(touched)


def _db_value(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, dict) else value


class _ContactWriter:
    """Validates, matches and writes contacts; one instance per import run."""

    def __init__(
        self,
        connection: Connection,
        plan: ImportPlan,
        region: str,
        *,
        now: str,
        book: Bookkeeper,
        tally: Tally,
        workers: int,
    ) -> None:
        self.c, self.plan, self.region, self.now, self.book, self.tally = (
            connection,
            plan,
            region,
            now,
            book,
            tally,
        )
        self.workers = workers
        self.keys = ContactKeys.load(connection)
        self.first_id = _next_id(connection, "contact")
        # New contacts get ids first_id, first_id + 1, ... in file order; those below next_write
        # are in the database and no longer held here: only their match keys are.
        self.pending: list[ContactData] = []  # not written yet, ids from next_write on
        self.next_write = self.first_id
        self.new_ids: dict[str, int] = {}  # match key -> id of the new contact it finds
        # A written contact that a later row merged into, loaded back from the database:
        # id -> (merged contact, count of its methods written, its tags written).
        self.late: dict[int, tuple[ContactData, int, tuple[str, ...]]] = {}
        self.updates: dict[int, ContactData] = {}  # existing contact id -> incoming values
        self.companies = _NameIds(connection, "company", "name", now, book)
        self.tags = _NameIds(connection, "tag", "name", now, book)

    def run(self, rows: Iterator[SourceRow], progress: Progress, cancelled: Cancelled) -> None:
        """Check, match and write in one pass: each full batch of new contacts is written while
        the workers check the next chunks, so checking and writing overlap."""
        defer_foreign_keys(self.c)
        checked = checked_contacts(
            rows, self.plan.mapping, self.region, self.workers, self.plan.labels
        )
        columns = self.plan.columns
        file_bytes = content_bytes(self.plan.source.path)
        # closing: a failed write (a full disk) shuts the worker pool down here, in this
        # thread, not when the garbage collector happens to run in the pool's own thread
        with (
            closing(checked),
            captured_in_bulk(self.c, NEW_ROWS),
            DeferredIndexes(self.c, "contact", file_bytes),
            BatchSearchIndex(self.c) as search,
            BatchStaleMarks(self.c) as stale,
        ):
            for number, outcome in checked:
                self.tally.rows += 1
                if self.tally.rows % BATCH == 0:
                    _check_cancel(cancelled)
                    progress(ImportStep.ROWS, float(self.tally.rows))
                if isinstance(outcome, ContactData):
                    if self._place(outcome) and outcome.warnings:  # a skipped row's do not matter
                        self.tally.warnings.extend(_row_problems(number, outcome.warnings, columns))
                else:
                    self.tally.failures.extend(_row_problems(number, outcome, columns))
                if len(self.pending) >= BATCH:
                    self._write_new(stale, search)
            _check_cancel(cancelled)
            self._write_new(stale, search)
            self._rewrite_late()
            search.rewrite(self.late)  # the documents of contacts merged into after indexing
        self._apply_updates(progress, cancelled)

    def _place(self, data: ContactData) -> bool:
        """Queue, merge or skip one checked row; False when it was skipped (already there)."""
        keys = data.match_keys()
        found = next((self.new_ids[k] for k in keys if k in self.new_ids), None)
        if found is not None:
            target = self._new_contact(found)
            target.merge(data, overwrite=False)
            self._index(target.match_keys(), found)
            self.tally.merged += 1
            return True
        existing = self.keys.find(keys)
        policy = self.plan.on_duplicate
        if existing is not None and policy is OnDuplicate.SKIP:
            self.tally.skipped += 1
            return False
        if existing is not None and policy is OnDuplicate.UPDATE:
            if existing in self.updates:
                self.updates[existing].merge(data, overwrite=self.plan.overwrite)
                self.tally.merged += 1
            else:
                self.updates[existing] = data
            return True
        self.pending.append(data)
        self._index(keys, self.next_write + len(self.pending) - 1)
        return True

    def _index(self, keys: list[str], contact_id: int) -> None:
        for key in keys:
            self.new_ids.setdefault(key, contact_id)

    def _new_contact(self, contact_id: int) -> ContactData:
        """The new contact with this id, to merge a later row into: still pending, or written
        already and then loaded back once (what was written is noted for _rewrite_late)."""
        if contact_id >= self.next_write:
            return self.pending[contact_id - self.next_write]
        if contact_id not in self.late:
            data = _load_contact(self.c, contact_id)
            self.late[contact_id] = (data, len(data.methods), tuple(data.tags))
        return self.late[contact_id][0]

    # -- writing ---------------------------------------------------------------------------

    def _write_new(self, stale: BatchStaleMarks, search: BatchSearchIndex) -> None:
        """Write the new contacts not yet written, with their methods, tags, stale marks and
        search documents (re-written at the end for those a later row merges into)."""
        chunk = self.pending
        if not chunk:
            return
        ids = list(range(self.next_write, self.next_write + len(chunk)))
        self._insert_children(chunk, ids)
        names = ", ".join(CONTACT_COLUMNS)
        marks = ", ".join("?" * (len(CONTACT_COLUMNS) + 5))
        self.c.exec_driver_sql(
            f"INSERT INTO contact (id, uid, created_at, updated_at, version, {names}) "  # noqa: S608 - constants
            f"VALUES ({marks})",
            [
                (
                    contact_id,
                    uid,
                    self.now,
                    self.now,
                    1,
                    *data.stored_row(self.companies.id_for(data.company)),
                )
                for contact_id, uid, data in zip(ids, new_uids(len(ids)), chunk, strict=True)
            ],
        )
        stale.index(ids[0], ids[-1])
        search.index(ids[0], ids[-1])
        self.book.created("contact", ids)
        self.tally.created += len(chunk)
        self.next_write += len(chunk)
        self.pending = []  # written: dropped, a later row merging into one loads it back

    def _rewrite_late(self) -> None:
        """Contacts written before a later row merged into them: their row is written again and
        the methods and tags the merge added are inserted, so the end state is the one of
        merging before writing (their search documents are re-written after this)."""
        names = ", ".join(f"{c} = ?" for c in CONTACT_COLUMNS)
        for contact_id, (data, method_count, written_tags) in self.late.items():
            self._insert_methods([(contact_id, *m) for m in data.methods[method_count:]])
            self._insert_tags(
                [(contact_id, self.tags.id_for(t)) for t in data.tags if t not in written_tags]
            )
            self.c.exec_driver_sql(
                f"UPDATE contact SET {names} WHERE id = ?",  # noqa: S608 - constants
                (*data.stored_row(self.companies.id_for(data.company)), contact_id),
            )

    def _insert_children(self, chunk: list[ContactData], ids: list[int]) -> None:
        methods = [(cid, *m) for cid, d in zip(ids, chunk, strict=True) for m in d.methods]
        links = [
            (cid, self.tags.id_for(t)) for cid, d in zip(ids, chunk, strict=True) for t in d.tags
        ]
        self._insert_methods(methods)
        self._insert_tags(links)

    def _insert_methods(self, methods: list[tuple[int, str, str, str, str]]) -> None:
        if not methods:
            return
        first = _next_id(self.c, "contact_method")
        self.c.exec_driver_sql(
            "INSERT INTO contact_method (id, uid, created_at, updated_at, version, contact_id, "
            "kind, label, value, value_norm) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?)",
            [(first + n, str(uuid.uuid4()), self.now, self.now, *m) for n, m in enumerate(methods)],
        )
        self.book.created("contact_method", list(range(first, first + len(methods))))

    def _insert_tags(self, links: list[tuple[int, int | None]]) -> None:
        links = list(dict.fromkeys(link for link in links if link[1] is not None))
        if not links:
            return
        first = _next_id(self.c, "contact_tag")
        self.c.exec_driver_sql(
            "INSERT INTO contact_tag (id, uid, created_at, updated_at, version, contact_id, "
            "tag_id) "
            "VALUES (?, ?, ?, ?, 1, ?, ?)",
            [
                (first + n, str(uuid.uuid4()), self.now, self.now, *link)
                for n, link in enumerate(links)
            ],
        )
        self.book.created("contact_tag", list(range(first, first + len(links))))

    def _link_tags(self, contact_id: int, tag_ids: list[int | None]) -> int:
        """Link an existing contact to these tags: new links are inserted, links deleted earlier
        (by hand or by undoing an import) are revived, as the pair is unique; how many changed."""
        links = {
            int(tag): (int(link), deleted)
            for tag, link, deleted in self.c.exec_driver_sql(
                "SELECT tag_id, id, deleted_at FROM contact_tag WHERE contact_id = ?",
                (contact_id,),
            )
        }
        wanted = list(dict.fromkeys(t for t in tag_ids if t is not None))
        revived = [links[t] for t in wanted if t in links and links[t][1] is not None]
        for link_id, deleted_at in revived:
            self.c.exec_driver_sql(
                "UPDATE contact_tag SET deleted_at = NULL, updated_at = ?, version = version + 1 "
                "WHERE id = ?",
                (self.now, link_id),
            )
            self.book.updated("contact_tag", link_id, {"deleted_at": deleted_at})
        self._insert_tags([(contact_id, t) for t in wanted if t not in links])
        return len(revived) + sum(1 for t in wanted if t not in links)

    def _apply_updates(self, progress: Progress, cancelled: Cancelled) -> None:
        companies, tags = self.companies, self.tags
        for n, (contact_id, incoming) in enumerate(self.updates.items(), start=1):
            if n % BATCH == 0:
                _check_cancel(cancelled)
                progress(ImportStep.UPDATING, n / len(self.updates))
            current, company_id = _stored_row(self.c, contact_id)
            before = current.column_values(company_id)
            existing_methods = {
                str(v)
                for (v,) in self.c.exec_driver_sql(
                    "SELECT value_norm FROM contact_method "
                    "WHERE contact_id = ? AND deleted_at IS NULL",
                    (contact_id,),
                )
            }
            current.methods = [m for m in current.methods if m[3] in existing_methods]
            current.merge(incoming, overwrite=self.plan.overwrite)
            after = current.column_values(companies.id_for(current.company))
            changed = {c: before[c] for c in CONTACT_COLUMNS if before[c] != after[c]}
            new_methods = [
                (contact_id, *m) for m in current.methods if m[3] not in existing_methods
            ]
            links = self._link_tags(contact_id, [tags.id_for(t) for t in incoming.tags])
            self._insert_methods(new_methods)
            if not (changed or new_methods or links):
                self.tally.skipped += 1
                continue
            if changed:
                assignments = ", ".join(f"{c} = ?" for c in changed)
                self.c.exec_driver_sql(
                    f"UPDATE contact SET {assignments}, updated_at = ?, version = version + 1 "  # noqa: S608 - constants
                    "WHERE id = ?",
                    (*(_db_value(after[c]) for c in changed), self.now, contact_id),
                )
                self.book.updated("contact", contact_id, changed)
            self.book.touch("contact", contact_id)
            self.tally.updated += 1


def _stored_row(connection: Connection, contact_id: int) -> tuple[ContactData, int | None]:
    """A stored contact's columns as ContactData (no methods or tags), and its company id."""
    names = ", ".join(CONTACT_COLUMNS)
    row = connection.exec_driver_sql(
        f"SELECT {names}, (SELECT name FROM company WHERE id = contact.company_id) "  # noqa: S608 - constants
        "FROM contact WHERE id = ?",
        (contact_id,),
    ).one()
    data = _stored_contact(dict(zip((*CONTACT_COLUMNS, "company"), row, strict=True)))
    return data, row[CONTACT_COLUMNS.index("company_id")]


def _load_contact(connection: Connection, contact_id: int) -> ContactData:
    """A contact this import wrote, as it was before writing: columns, extra methods and tags
    in the order they were inserted, so merging into it gives what merging in memory gave."""
    data, _company_id = _stored_row(connection, contact_id)
    data.methods = [
        (kind, label, value, norm)
        for kind, label, value, norm in connection.exec_driver_sql(
            "SELECT kind, label, value, value_norm FROM contact_method WHERE contact_id = ? "
            "ORDER BY id",
            (contact_id,),
        )
    ]
    data.tags = [
        str(name)
        for (name,) in connection.exec_driver_sql(
            "SELECT t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
            "WHERE ct.contact_id = ? ORDER BY ct.id",
            (contact_id,),
        )
    ]
    return data


def _stored_contact(row: dict[str, Any]) -> ContactData:
    """A stored contact as ContactData, so merging works the same for stored and incoming."""
    custom = row["custom"]
    data = ContactData(
        first_name=row["first_name"] or "",
        last_name=row["last_name"] or "",
        company=row["company"] or "",
        custom=json.loads(custom) if isinstance(custom, str) else dict(custom or {}),
    )
    derived = display_name_of(data.first_name, data.last_name, data.company)
    data.display = "" if row["display_name"] in {None, derived} else str(row["display_name"])
    for name in CONTACT_COLUMNS:
        if name not in {
            "first_name",
            "last_name",
            "custom",
            "display_name",
            "sort_name",
            "company_id",
        }:
            setattr(data, name, row[name])
    return data


def new_uids(count: int) -> list[str]:
    """`count` random (version 4) UUIDs as text, as str(uuid.uuid4()) gives them, from one
    read of the system's random source (a third of uuid4's time per id)."""
    random = bytearray(os.urandom(16 * count))
    random[6::16] = bytes((b & 0x0F) | 0x40 for b in random[6::16])  # version 4
    random[8::16] = bytes((b & 0x3F) | 0x80 for b in random[8::16])  # RFC 4122 variant
    texts = []
    for start in range(0, len(random), 16):
        h = random[start : start + 16].hex()
        texts.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    return texts


def _next_id(connection: Connection, table: str) -> int:
    found = connection.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar()  # noqa: S608 - constants
    return int(found or 0) + 1


def _check_cancel(cancelled: Cancelled) -> None:
    if cancelled():
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The import was cancelled; nothing was changed.")
        )


class _NameIds:
    """Companies and tags by name: the existing ones loaded once, missing ones created."""

    def __init__(
        self, connection: Connection, table: str, column: str, now: str, book: Bookkeeper
    ) -> None:
        self._c, self._table, self._column, self._now, self._book = (
            connection,
            table,
            column,
            now,
            book,
        )
        self._ids: dict[str, int] = {}
        for row_id, name in connection.exec_driver_sql(
            f"SELECT id, {column} FROM {table} ORDER BY deleted_at IS NULL, id"  # noqa: S608 - constants
        ):
            self._ids[str(name)] = int(row_id)

    def id_for(self, name: str) -> int | None:
        if not name:
            return None
        found = self._ids.get(name)
        if found is None:
            found = _next_id(self._c, self._table)
            self._c.exec_driver_sql(
                f"INSERT INTO {self._table} (id, uid, created_at, updated_at, version, "  # noqa: S608
                f"{self._column}) "
                "VALUES (?, ?, ?, ?, 1, ?)",
                (found, str(uuid.uuid4()), self._now, self._now, name),
            )
            self._book.created(self._table, [found])
            self._ids[name] = found
        return found
