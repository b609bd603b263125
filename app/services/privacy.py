"""GDPR tools: export all held on one person, erase (anonymise) them, consent, retention review.

Erasure keeps the numeric facts (orders, scores, dates) so every aggregate stays true, removes
every free-text and contact value, records the erasure in the audit log, then purges the freed
pages (secure_delete, FTS5 secure-delete, WAL checkpoint) so the old values are gone from the
file and its WAL.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, or_, select, text, update
from sqlalchemy.orm import Session

from app.config.private import make_private
from app.domain.clock import Clock
from app.domain.enums import ConsentPurpose
from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.domain.validation import normalise_email
from app.services.attachments import AttachmentService
from app.services.audit_names import HOUSEKEEPING_ACTIONS, record_names
from app.services.changes import Changes
from app.storage.audit import AuditTrail
from app.storage.database import Database
from app.storage.fts import forget_deleted_words, merge_search_indexes
from app.storage.models import (
    Attachment,
    AuditLog,
    Base,
    Complaint,
    ComplaintEvent,
    Consent,
    Contact,
    ContactMerge,
    ContactMethod,
    Interaction,
    SurveyResponse,
    Task,
    Txn,
)
from app.storage.records import stamp_new, touch
from app.storage.sqlite_dialect import checkpoint_wal

# Tables whose rows belong to one contact (contact_id) and that imports may update.
PERSON_TABLES = ("contact_method", "contact_tag", "interaction", "txn", "survey_response")
MARKETING_PURPOSES = (ConsentPurpose.EMAIL_MARKETING, ConsentPurpose.SMS, ConsentPurpose.PHONE)
ERASED_NAME = "Erased contact #{id}"


@dataclass(frozen=True, slots=True)
class ConsentState:
    purpose: ConsentPurpose
    granted: bool | None  # None: never asked
    at: datetime | None
    evidence: str


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class StaleContact:
    id: int
    display_name: str
    last_activity: datetime | None


def _as_jsonable(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _rows(session: Session, model: type[Base], *where: Any) -> list[dict[str, object]]:
    """Every column of the matching rows, as plain JSON-ready dicts in id order."""
    table = model.__table__
    statement = select(table).where(*where).order_by(table.c.id)
    return [
        {key: _as_jsonable(value) for key, value in row._mapping.items()}
        for row in session.execute(statement)
    ]


def _csv(rows: Sequence[dict[str, object]]) -> str:
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
        writer.writeheader()
        for row in rows:
            writer.writerow(
                {k: json.dumps(v) if isinstance(v, dict | list) else v for k, v in row.items()}
            )
    return buffer.getvalue()


class PrivacyService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        audit: AuditTrail,
        attachments: AttachmentService | None = None,
    ) -> None:
        self._db, self._clock, self._audit = db, clock, audit
        self._attachments = attachments  # where the stored attachment files are

    def find_contact(self, email_or_uid: str) -> int:
        """The contact with this uid or e-mail address (erased contacts cannot be found)."""
        text = email_or_uid.strip()
        if not text or "\x00" in text or len(text) > 320:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "'{text}' is not an e-mail address or contact uid."),
                text=text[:80],
            )
        with self._db.read() as session:
            found = session.scalar(select(Contact.id).where(Contact.uid == text))
            if found is None and "@" in text:
                key = normalise_email(text) if _looks_valid(text) else text.lower()
                found = session.scalar(
                    select(Contact.id)
                    .where(Contact.email_norm == key, Contact.erased_at.is_(None))
                    .order_by(Contact.id)
                    .limit(1)
                )
        if found is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "No contact has the e-mail address or uid '{text}'."
                ),
                text=text,
            )
        return found

    def is_erased(self, contact_id: int) -> bool:
        with self._db.read() as session:
            return (
                session.scalar(select(Contact.erased_at).where(Contact.id == contact_id))
                is not None
            )

    # --- export -----------------------------------------------------------------------------

    def gather(self, contact_id: int) -> dict[str, list[dict[str, object]]]:
        """Everything held on one person, table by table."""
        with self._db.read() as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("UserError", "There is no contact #{contact_id}."),
                    contact_id=contact_id,
                )
            complaint_ids = select(Complaint.id).where(Complaint.contact_id == contact_id)
            interaction_ids = select(Interaction.id).where(Interaction.contact_id == contact_id)
            data = {
                "contact": _rows(session, Contact, Contact.id == contact_id),
                "contact_method": _rows(
                    session, ContactMethod, ContactMethod.contact_id == contact_id
                ),
                "interaction": _rows(session, Interaction, Interaction.contact_id == contact_id),
                "attachment": _rows(
                    session, Attachment, Attachment.interaction_id.in_(interaction_ids)
                ),
                "complaint": _rows(session, Complaint, Complaint.contact_id == contact_id),
                "complaint_event": _rows(
                    session, ComplaintEvent, ComplaintEvent.complaint_id.in_(complaint_ids)
                ),
                "txn": _rows(session, Txn, Txn.contact_id == contact_id),
                "survey_response": _rows(
                    session, SurveyResponse, SurveyResponse.contact_id == contact_id
                ),
                "task": _rows(session, Task, Task.contact_id == contact_id),
                "consent": _rows(session, Consent, Consent.contact_id == contact_id),
            }
            uids = {str(row["uid"]) for rows in data.values() for row in rows}
            data["audit_log"] = _rows(session, AuditLog, AuditLog.entity_uid.in_(uids))
        return data

    def export(self, contact_id: int, target: Path) -> ExportResult:
        """Write a zip with data.json and one readable CSV per table; audited."""
        data = self.gather(contact_id)
        document = json.dumps(data, indent=2, ensure_ascii=False, default=str)
        partial = target.with_name(target.name + ".partial")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as bundle:
                bundle.writestr("data.json", document)
                for table, rows in data.items():
                    bundle.writestr(f"{table}.csv", _csv(rows))
            make_private(partial)
            partial.replace(target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The export could not be written to {target}: {reason}."
                ),
                target=target,
                reason=exc.strerror,
            ) from exc
        uid = str(data["contact"][0]["uid"])
        with self._db.write() as session:
            self._audit.record(session, "privacy.export", "contact", uid)
        return ExportResult(target, {table: len(rows) for table, rows in data.items()})

    # --- erase ------------------------------------------------------------------------------

    def erase(self, contact_id: int) -> Changes:
        """Anonymise one person for good, keep their numbers, then purge the old pages.

        Every copy inside the file goes: the contact and everything linked to it, the undo
        records of imports and merges, the search indexes (merged, so words deleted before
        secure-delete was on go too), their attachment files (when no one else's row shares
        them). Backups made earlier still hold the person: see `BackupService.purge_older`."""
        now = self._clock.now()
        with self._db.write() as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("UserError", "There is no contact #{contact_id}."),
                    contact_id=contact_id,
                )
            if contact.erased_at is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError", "Contact #{contact_id} has already been erased."
                    ),
                    contact_id=contact_id,
                )
            forget_deleted_words(session.connection())  # the index keeps its own copy of text
            files = _attachment_hashes(session, contact_id)
            _anonymise_contact(contact, now)
            _scrub_related(session, contact_id, now)
            merge_search_indexes(session.connection())
            self._audit.record(session, "privacy.erase", "contact", contact.uid)
        self._remove_unshared_files(files)
        self.purge()
        return Changes.of_contacts(contact_id)

    def _remove_unshared_files(self, hashes: set[str]) -> None:
        """Delete the stored files of erased attachments that no other row still uses."""
        if self._attachments is None or not hashes:
            return
        with self._db.read() as session:
            shared = set(
                session.scalars(select(Attachment.sha256).where(Attachment.sha256.in_(hashes)))
            )
        for digest in hashes - shared:
            try:
                stored = self._attachments.path_for(digest)
            except UserError:  # a record that named no stored file has none to remove
                continue
            stored.unlink(missing_ok=True)

    def purge(self) -> None:
        """Push every change into the main file and empty the WAL so freed values are gone."""
        with self._db.engine.connect() as connection:
            checkpoint_wal(connection)

    # --- consent ----------------------------------------------------------------------------

    def consents(self, contact_id: int) -> list[ConsentState]:
        """The latest answer per purpose (every purpose listed, never-asked ones too)."""
        with self._db.read() as session:
            rows = session.execute(
                select(Consent.purpose, Consent.granted, Consent.at, Consent.evidence)
                .where(Consent.contact_id == contact_id, Consent.deleted_at.is_(None))
                .order_by(Consent.at, Consent.id)
            ).all()
        latest = {row.purpose: row for row in rows}
        return [
            ConsentState(
                purpose, latest[purpose].granted, latest[purpose].at, latest[purpose].evidence
            )
            if purpose in latest
            else ConsentState(purpose, None, None, "")
            for purpose in ConsentPurpose
        ]

    def set_consent(
        self, contact_id: int, purpose: ConsentPurpose, granted: bool, evidence: str
    ) -> Changes:
        """Record a grant or withdrawal with how it was given; the newest row wins."""
        evidence = evidence.strip()
        if not evidence:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "Say how the consent was given or withdrawn (the evidence)."
                )
            )
        if len(evidence) > 2000 or "\x00" in evidence:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The evidence must be plain text of at most 2000 characters."
                )
            )
        now = self._clock.now()
        with self._db.write() as session:
            contact = session.get(Contact, contact_id)
            if contact is None or contact.erased_at is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError", "There is no contact #{contact_id} to record consent for."
                    ),
                    contact_id=contact_id,
                )
            row = Consent(
                contact_id=contact_id,
                purpose=purpose.value,
                granted=granted,
                at=now,
                evidence=evidence,
            )
            stamp_new(row, now)
            session.add(row)
            session.flush()
            action = "consent.grant" if granted else "consent.withdraw"
            self._audit.record(session, action, "consent", row.uid, purpose.value)
        return Changes.of_contacts(contact_id)

    def allowed(self, contact_ids: Iterable[int], purpose: ConsentPurpose) -> set[int]:
        """The contacts whose latest answer for `purpose` is a grant (for marketing actions)."""
        wanted = list(contact_ids)
        latest = (
            select(Consent.contact_id, Consent.granted, func.max(Consent.at))
            .where(Consent.purpose == purpose.value, Consent.deleted_at.is_(None))
            .group_by(Consent.contact_id)
            .subquery()
        )
        allowed: set[int] = set()
        with self._db.read() as session:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                allowed.update(
                    session.scalars(
                        select(latest.c.contact_id).where(
                            latest.c.contact_id.in_(chunk), latest.c.granted.is_(True)
                        )
                    )
                )
        return allowed

    # --- retention --------------------------------------------------------------------------

    def stale_contacts(self, months: int, limit: int = 1000) -> list[StaleContact]:
        """Contacts (not erased) with no interaction, order, complaint or survey for `months`;
        an empty list when the rule is off (0)."""
        if months <= 0:
            return []
        cutoff = self._clock.now() - timedelta(days=round(months * 30.44))
        activity = (
            select(Interaction.contact_id.label("cid"), Interaction.occurred_at.label("at"))
            .union_all(
                select(Txn.contact_id, Txn.occurred_at),
                select(Complaint.contact_id, Complaint.opened_at),
                select(SurveyResponse.contact_id, SurveyResponse.answered_at),
            )
            .subquery()
        )
        last = (
            select(activity.c.cid, func.max(activity.c.at).label("last_at"))
            .group_by(activity.c.cid)
            .subquery()
        )
        statement = (
            select(Contact.id, Contact.display_name, last.c.last_at, Contact.created_at)
            .outerjoin(last, last.c.cid == Contact.id)
            .where(
                Contact.erased_at.is_(None),
                Contact.deleted_at.is_(None),
                or_(
                    last.c.last_at < cutoff,
                    last.c.last_at.is_(None) & (Contact.created_at < cutoff),
                ),
            )
            .order_by(func.coalesce(last.c.last_at, Contact.created_at), Contact.id)
            .limit(limit)
        )
        with self._db.read() as session:
            return [
                StaleContact(row.id, row.display_name, _parse_time(row.last_at))
                for row in session.execute(statement)
            ]


def _looks_valid(text: str) -> bool:
    try:
        normalise_email(text)
    except UserError:
        return False
    return True


def _parse_time(value: object) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _anonymise_contact(contact: Contact, now: datetime) -> None:
    contact.first_name = ""
    contact.last_name = ""
    contact.display_name = ERASED_NAME.format(id=contact.id)
    contact.sort_name = contact.display_name.lower()
    for name in (
        "email",
        "email_norm",
        "phone",
        "phone_norm",
        "job_title",
        "street",
        "city",
        "postcode",
        "region",
        "country",
        "birthday",
        "notes",
        "external_id",
    ):
        setattr(contact, name, None)
    contact.search_phones = ""
    contact.custom = {}
    contact.erased_at = now
    touch(contact, now)


def _attachment_hashes(session: Session, contact_id: int) -> set[str]:
    interactions = select(Interaction.id).where(Interaction.contact_id == contact_id)
    return set(
        session.scalars(
            select(Attachment.sha256).where(Attachment.interaction_id.in_(interactions))
        )
    )


def _scrub_import_records(session: Session, contact_id: int) -> None:
    """Imports keep the values an update overwrote (for undo): the person's go, and with them
    the undo of those updates (erased means no undo, as for merges)."""
    owned = " OR ".join(
        f"(entity = '{table}' AND row_id IN (SELECT id FROM {table} WHERE contact_id = :c))"  # noqa: S608 - constant names
        for table in PERSON_TABLES
    )
    session.execute(
        text(
            "DELETE FROM import_item WHERE before IS NOT NULL AND "  # noqa: S608 - constants
            f"((entity = 'contact' AND row_id = :c) OR {owned})"
        ),
        {"c": contact_id},
    )


def _scrub_related(session: Session, contact_id: int, now: datetime) -> None:
    """Blank the free text of everything linked to the person; delete contact values and
    attachments outright (their rows are nothing but personal data)."""
    _scrub_import_records(session, contact_id)
    stamp = {"updated_at": now, "version": Interaction.version + 1}
    interactions = select(Interaction.id).where(Interaction.contact_id == contact_id)
    complaints = select(Complaint.id).where(Complaint.contact_id == contact_id)
    session.execute(delete(Attachment).where(Attachment.interaction_id.in_(interactions)))
    session.execute(delete(ContactMethod).where(ContactMethod.contact_id == contact_id))
    session.execute(  # merge-undo records copy the person's details; erased means no undo
        delete(ContactMerge).where(
            or_(ContactMerge.survivor_id == contact_id, ContactMerge.merged_id == contact_id)
        )
    )
    session.execute(
        update(Interaction)
        .where(Interaction.contact_id == contact_id)
        .values(subject="", body=None, outcome=None, **stamp)
    )
    session.execute(
        update(ComplaintEvent)
        .where(ComplaintEvent.complaint_id.in_(complaints))
        .values(body=None, updated_at=now, version=ComplaintEvent.version + 1)
    )
    session.execute(
        update(Complaint)
        .where(Complaint.contact_id == contact_id)
        .values(description="", resolution=None, updated_at=now, version=Complaint.version + 1)
    )
    session.execute(
        update(Txn)
        .where(Txn.contact_id == contact_id)
        .values(reference=None, description=None, updated_at=now, version=Txn.version + 1)
    )
    session.execute(
        update(SurveyResponse)
        .where(SurveyResponse.contact_id == contact_id)
        .values(comment=None, updated_at=now, version=SurveyResponse.version + 1)
    )
    session.execute(
        update(Task)
        .where(Task.contact_id == contact_id)
        .values(title="Erased", notes=None, updated_at=now, version=Task.version + 1)
    )
    session.execute(
        update(Consent)
        .where(Consent.contact_id == contact_id)
        .values(evidence="", updated_at=now, version=Consent.version + 1)
    )


_UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass(frozen=True, slots=True)
class AuditFilter:
    action: str = ""  # exact action, e.g. "privacy.erase"; empty: all
    entity: str = ""  # exact entity, e.g. "contact"; empty: all
    since: datetime | None = None
    until: datetime | None = None  # exclusive
    housekeeping: bool = False  # also the app's own upkeep rows (caches, clocks)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_uid: str | None
    detail: str
    record: str | None = None  # the record's name ('Ada Byron', 'C-2026-0001 · Ada Byron')
    detail_record: str | None = None  # the name behind a detail that is a uid (a merged contact)


class AuditLogReader:
    """Read side of the audit log for the viewer: ids filtered in SQL, rows fetched by page."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def ids(self, where: AuditFilter) -> list[int]:
        """Matching entry ids, newest first."""
        statement = select(AuditLog.id).order_by(AuditLog.id.desc())
        if where.action:
            statement = statement.where(AuditLog.action == where.action)
        elif not where.housekeeping:
            statement = statement.where(AuditLog.action.not_in(HOUSEKEEPING_ACTIONS))
        if where.entity:
            statement = statement.where(AuditLog.entity == where.entity)
        if where.since is not None:
            statement = statement.where(AuditLog.at >= where.since)
        if where.until is not None:
            statement = statement.where(AuditLog.at < where.until)
        with self._db.read() as session:
            return list(session.scalars(statement))

    def entries(self, ids: Sequence[int]) -> dict[int, AuditEntry]:
        with self._db.read() as session:
            rows = session.execute(
                select(
                    AuditLog.id,
                    AuditLog.at,
                    AuditLog.actor,
                    AuditLog.action,
                    AuditLog.entity,
                    AuditLog.entity_uid,
                    AuditLog.detail,
                ).where(AuditLog.id.in_(list(ids)))
            ).all()
            names = record_names(
                session,
                [
                    (row.entity, uid)
                    for row in rows
                    for uid in (row.entity_uid, row.detail)
                    if uid and _UID.fullmatch(uid)
                ],
            )
        return {
            row.id: AuditEntry(
                *row,
                record=names.get((row.entity, row.entity_uid or "")),
                detail_record=names.get((row.entity, row.detail)),
            )
            for row in rows
        }

    def choices(self) -> tuple[list[str], list[str]]:
        """The actions and entities present, for the filter drop-downs."""
        with self._db.read() as session:
            actions = list(
                session.scalars(select(AuditLog.action).distinct().order_by(AuditLog.action))
            )
            entities = list(
                session.scalars(select(AuditLog.entity).distinct().order_by(AuditLog.entity))
            )
        return actions, entities
