"""Interactions: log, edit, soft-delete and restore (undo), and the contact picker behind quick
logging. Each write is one audited transaction that returns what changed."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.clock import Clock
from app.domain.contact_query import MAX_SEARCH_CHARS, MAX_SEARCH_WORDS, prefix_term
from app.domain.enums import Channel, Direction
from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.domain.validation import clean_name, clean_text
from app.services.changes import Changes
from app.services.follow_ups import FollowUpHook, NoFollowUps, Source
from app.storage.audit import AuditTrail
from app.storage.database import Database
from app.storage.fts import first_contact_hits
from app.storage.models import Contact, Interaction, Staff
from app.storage.records import restore, soft_delete, stamp_new, touch

MAX_DURATION_MINUTES = 24 * 60
_FTS_TOKEN = re.compile(r"\w+", re.UNICODE)


def quoted_prefix(word: str) -> str:
    """A word as an FTS5 prefix term, quoted so FTS5 operators typed are taken literally."""
    return f'"{word}"*'


def prefix_match(typed: str, term: Callable[[str], str] = quoted_prefix) -> str | None:
    """The FTS5 MATCH expression finding every typed word as a word prefix, or None when nothing
    typed is a word; each word is quoted so FTS5 operators a person types are taken literally.
    Past the search limits only the first distinct words count: a search box answers every
    keystroke, so a pasted page narrows the search instead of handing FTS5 thousands of terms."""
    words = list(dict.fromkeys(_FTS_TOKEN.findall(typed[:MAX_SEARCH_CHARS])))[:MAX_SEARCH_WORDS]
    return " AND ".join(term(word) for word in words) if words else None


@dataclass(frozen=True, slots=True)
class InteractionDraft:
    """What a person entered in the quick log, already parsed into values."""

    contact_id: int
    occurred_at: datetime
    channel: Channel = Channel.PHONE
    direction: Direction = Direction.OUTBOUND
    subject: str = ""
    body: str = ""
    duration_minutes: int | None = None
    outcome: str = ""
    staff_id: int | None = None


@dataclass(frozen=True, slots=True)
class InteractionRow:
    id: int
    uid: str
    contact_id: int
    occurred_at: datetime
    channel: Channel
    direction: Direction
    subject: str
    body: str
    duration_minutes: int | None
    outcome: str
    staff_id: int | None
    deleted_at: datetime | None


@dataclass(frozen=True, slots=True)
class ContactChoice:
    """One line of the contact picker."""

    id: int
    display_name: str
    detail: str  # e-mail or phone, to tell two Annas apart


@dataclass(frozen=True, slots=True)
class StaffChoice:
    id: int
    name: str


class InteractionService:
    def __init__(self, db: Database, clock: Clock, audit: AuditTrail) -> None:
        self._db, self._clock, self._audit = db, clock, audit
        self.follow_ups: FollowUpHook = NoFollowUps()

    def log(self, draft: InteractionDraft) -> InteractionRow:
        """Store a new interaction."""
        with self._db.write() as session:
            return self.log_in(session, draft)

    def log_in(self, session: Session, draft: InteractionDraft) -> InteractionRow:
        """Store a new interaction inside the caller's transaction (a task completed with a log)."""
        interaction = Interaction()
        stamp_new(interaction, self._clock.now())
        _apply(session, interaction, draft)
        session.add(interaction)
        session.flush()
        self._audit.record(session, "interaction.create", "interaction", interaction.uid)
        self.follow_ups.fire(session, Source.INTERACTION, [interaction.id])
        return _row(interaction)

    def update(self, interaction_id: int, draft: InteractionDraft) -> InteractionRow:
        with self._db.write() as session:
            interaction = _live(session, interaction_id)
            _apply(session, interaction, draft)
            touch(interaction, self._clock.now())
            session.flush()
            self._audit.record(session, "interaction.update", "interaction", interaction.uid)
            return _row(interaction)

    def delete(self, interaction_id: int) -> Changes:
        """Soft-delete: it leaves the timeline but `restore` brings it back (undo)."""
        with self._db.write() as session:
            interaction = _live(session, interaction_id)
            soft_delete(interaction, self._clock.now())
            self._audit.record(session, "interaction.delete", "interaction", interaction.uid)
            return Changes(
                contacts=frozenset({interaction.contact_id}),
                interactions=frozenset({interaction_id}),
            )

    def restore(self, interaction_id: int) -> Changes:
        with self._db.write() as session:
            interaction = session.get(Interaction, interaction_id)
            if interaction is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("UserError", "Interaction #{interaction_id} does not exist."),
                    interaction_id=interaction_id,
                )
            restore(interaction, self._clock.now())
            self._audit.record(session, "interaction.restore", "interaction", interaction.uid)
            return Changes(
                contacts=frozenset({interaction.contact_id}),
                interactions=frozenset({interaction_id}),
            )

    def get(self, interaction_id: int) -> InteractionRow:
        with self._db.read() as session:
            return _row(_live(session, interaction_id))

    def find_contacts(self, typed: str, limit: int = 12) -> list[ContactChoice]:
        """Contacts whose name, e-mail, phone, company or tags start with every typed word."""
        query = prefix_match(typed, prefix_term)  # 'mueller' finds 'Müller' here too
        if query is None:
            return []
        with self._db.read() as session:
            ids = first_contact_hits(session, query, limit * 4)
            rows = session.execute(
                select(Contact.id, Contact.display_name, Contact.email, Contact.phone)
                .where(Contact.id.in_(ids), Contact.deleted_at.is_(None))
                .order_by(Contact.sort_name, Contact.id)
                .limit(limit)
            )
            return [ContactChoice(r.id, r.display_name, r.email or r.phone or "") for r in rows]

    def contact_name(self, contact_id: int) -> str:
        with self._db.read() as session:
            name = session.scalar(select(Contact.display_name).where(Contact.id == contact_id))
        if name is None:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "Contact #{contact_id} does not exist."),
                contact_id=contact_id,
            )
        return name

    def staff(self) -> list[StaffChoice]:
        """The active staff, for the staff pickers and filters."""
        with self._db.read() as session:
            rows = session.execute(
                select(Staff.id, Staff.name)
                .where(Staff.active.is_(True), Staff.deleted_at.is_(None))
                .order_by(Staff.name)
            )
            return [StaffChoice(r.id, r.name) for r in rows]


def _live(session: Session, interaction_id: int) -> Interaction:
    interaction = session.get(Interaction, interaction_id)
    if interaction is None or interaction.deleted_at is not None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "Interaction #{interaction_id} does not exist or was deleted."
            ),
            interaction_id=interaction_id,
        )
    return interaction


def _apply(session: Session, interaction: Interaction, draft: InteractionDraft) -> None:
    """Validate every field first, then write them, so a bad field changes nothing."""
    contact = session.get(Contact, draft.contact_id)
    if contact is None or contact.deleted_at is not None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Choose a contact for this interaction."))
    minutes = draft.duration_minutes
    if minutes is not None and not 0 <= minutes <= MAX_DURATION_MINUTES:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "A duration of {minutes} minutes is not between 0 and 24 hours."
            ),
            minutes=minutes,
        )
    subject = clean_name(draft.subject, field="summary")
    body = clean_text(draft.body, field="notes")
    outcome = clean_name(draft.outcome, field="outcome")
    interaction.contact_id = draft.contact_id
    interaction.occurred_at = draft.occurred_at.replace(microsecond=0)
    interaction.channel = Channel(draft.channel).value
    interaction.direction = Direction(draft.direction).value
    interaction.subject = subject or _first_line(body) or outcome
    interaction.body = body or None
    interaction.duration_seconds = None if minutes is None else minutes * 60
    interaction.outcome = outcome or None
    interaction.staff_id = draft.staff_id


def _first_line(body: str) -> str:
    return body.splitlines()[0][:200] if body else ""


def _row(interaction: Interaction) -> InteractionRow:
    seconds = interaction.duration_seconds
    return InteractionRow(
        id=interaction.id,
        uid=interaction.uid,
        contact_id=interaction.contact_id,
        occurred_at=interaction.occurred_at,
        channel=Channel(interaction.channel),
        direction=Direction(interaction.direction),
        subject=interaction.subject,
        body=interaction.body or "",
        duration_minutes=None if seconds is None else seconds // 60,
        outcome=interaction.outcome or "",
        staff_id=interaction.staff_id,
        deleted_at=interaction.deleted_at,
    )
