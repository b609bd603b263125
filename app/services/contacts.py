"""Contacts: create, read, update, soft-delete and restore, each write one audited transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.clock import Clock
from app.domain.enums import ContactSource, LifecycleStage
from app.domain.errors import UserError
from app.domain.validation import (
    clean_name,
    clean_text,
    display_name_of,
    email_match_key,
    fold,
    normalise_email,
    parse_phone,
)
from app.services.changes import Changes
from app.storage.audit import AuditTrail
from app.storage.database import Database
from app.storage.models import Company, Contact
from app.storage.records import restore, soft_delete, stamp_new, touch


@dataclass(frozen=True, slots=True)
class ContactDraft:
    """What a person typed into the contact form, before validation."""

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    company: str = ""
    job_title: str = ""
    city: str = ""
    stage: LifecycleStage = LifecycleStage.LEAD
    source: ContactSource = ContactSource.OTHER
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ContactRow:
    """A contact as the UI sees it: plain values, never a live ORM object."""

    id: int
    uid: str
    first_name: str
    last_name: str
    display_name: str
    email: str | None
    phone: str | None
    company: str | None
    job_title: str | None
    city: str | None
    stage: LifecycleStage
    source: ContactSource
    notes: str | None
    version: int
    deleted_at: datetime | None


class ContactService:
    def __init__(self, db: Database, clock: Clock, audit: AuditTrail, phone_region: str) -> None:
        self._db, self._clock, self._audit = db, clock, audit
        self.phone_region = phone_region

    def create(self, draft: ContactDraft) -> ContactRow:
        """Validate and store a new contact."""
        now = self._clock.now()
        with self._db.write() as session:
            contact = Contact()
            stamp_new(contact, now)
            self._apply(session, contact, draft)
            session.add(contact)
            session.flush()
            self._audit.record(session, "contact.create", "contact", contact.uid)
            return self._row(session, contact)

    def update(self, contact_id: int, draft: ContactDraft) -> ContactRow:
        """Replace the editable fields of a contact with validated values."""
        now = self._clock.now()
        with self._db.write() as session:
            contact = self._live(session, contact_id)
            self._apply(session, contact, draft)
            touch(contact, now)
            session.flush()
            self._audit.record(session, "contact.update", "contact", contact.uid)
            return self._row(session, contact)

    def delete(self, contact_id: int) -> Changes:
        """Soft-delete: the contact leaves every list but can be restored (undo)."""
        now = self._clock.now()
        with self._db.write() as session:
            contact = self._live(session, contact_id)
            soft_delete(contact, now)
            self._audit.record(session, "contact.delete", "contact", contact.uid)
        return Changes.of_contacts(contact_id)

    def restore(self, contact_id: int) -> Changes:
        now = self._clock.now()
        with self._db.write() as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise UserError(f"Contact #{contact_id} does not exist.")
            restore(contact, now)
            self._audit.record(session, "contact.restore", "contact", contact.uid)
        return Changes.of_contacts(contact_id)

    def get(self, contact_id: int) -> ContactRow:
        with self._db.read() as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise UserError(f"Contact #{contact_id} does not exist.")
            return self._row(session, contact)

    def count(self) -> int:
        """Live (not deleted) contacts."""
        with self._db.read() as session:
            return session.scalar(select(func.count()).where(Contact.deleted_at.is_(None))) or 0

    def _live(self, session: Session, contact_id: int) -> Contact:
        contact = session.get(Contact, contact_id)
        if contact is None or contact.deleted_at is not None:
            raise UserError(f"Contact #{contact_id} does not exist or was deleted.")
        return contact

    def _apply(self, session: Session, contact: Contact, draft: ContactDraft) -> None:
        """Validate every field first, then write them, so a bad field changes nothing."""
        first = clean_name(draft.first_name, field="first name")
        last = clean_name(draft.last_name, field="last name")
        company_name = clean_name(draft.company, field="company")
        if not (first or last or company_name):
            raise UserError("A contact needs a first name, a last name or a company.")
        email = normalise_email(draft.email)
        phone = parse_phone(draft.phone, self.phone_region)
        contact.first_name, contact.last_name = first, last
        contact.display_name = display_name_of(first, last, company_name)
        contact.sort_name = fold(contact.display_name)
        contact.email, contact.email_norm = email, email_match_key(email)
        contact.phone = clean_name(draft.phone, field="phone") or None
        contact.phone_norm = phone.e164 if phone else None
        contact.search_phones = " ".join(phone.search_forms()) if phone else ""
        contact.company_id = _company_id(session, company_name, contact.updated_at)
        contact.job_title = clean_name(draft.job_title, field="job title") or None
        contact.city = clean_name(draft.city, field="city") or None
        contact.stage = LifecycleStage(draft.stage).value
        contact.source = ContactSource(draft.source).value
        contact.notes = clean_text(draft.notes, field="notes") or None

    @staticmethod
    def _row(session: Session, contact: Contact) -> ContactRow:
        company = session.get(Company, contact.company_id) if contact.company_id else None
        return ContactRow(
            id=contact.id,
            uid=contact.uid,
            first_name=contact.first_name,
            last_name=contact.last_name,
            display_name=contact.display_name,
            email=contact.email,
            phone=contact.phone,
            company=company.name if company else None,
            job_title=contact.job_title,
            city=contact.city,
            stage=LifecycleStage(contact.stage),
            source=ContactSource(contact.source),
            notes=contact.notes,
            version=contact.version,
            deleted_at=contact.deleted_at,
        )


def _company_id(session: Session, name: str, now: datetime) -> int | None:
    """The id of the live company with this name, created when it does not exist yet."""
    if not name:
        return None
    found = session.scalar(
        select(Company.id).where(Company.name == name, Company.deleted_at.is_(None)).limit(1)
    )
    if found is not None:
        return found
    company = Company(name=name)
    stamp_new(company, now)
    session.add(company)
    session.flush()
    return company.id
