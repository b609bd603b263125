"""Likely duplicate contacts, and merging two into one that can be undone.

A pair is likely the same person when the normalised e-mail or phone is equal (strong evidence:
score 100, always listed). Names at least 90 % alike (rapidfuzz) with the same company are fair
evidence, with only the same city weak; every detail that differs on both sides (e-mail, phone,
company; the name, for a shared e-mail or phone) counts against the pair, and a pair on weak
evidence whose score falls below MIN_SCORE is left out: two "Ahmet Becker" in one city with
different e-mails are two people. Merging moves every
related row to the survivor and keeps the other contact as a tombstone; the returned MergeRecord
holds exactly what moved, so `unmerge` puts it all back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.orm import Session

from app.domain.clock import Clock
from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.domain.progress import Cancelled, Progress
from app.domain.validation import fold
from app.services.changes import Changes
from app.services.contacts import id_chunks
from app.storage.audit import AuditTrail
from app.storage.database import Database
from app.storage.models import (
    Company,
    Complaint,
    Consent,
    Contact,
    ContactMerge,
    ContactMethod,
    ContactTag,
    Interaction,
    SurveyResponse,
    Task,
    Txn,
)
from app.storage.records import restore, soft_delete, stamp_new, touch

NAME_THRESHOLD = 90
MAX_BLOCK = (
    3000  # a name block larger than this is split further, so comparing stays quadratic-small
)
# The most likely pairs kept, per block and in all: more than anyone reviews, and a file of
# thousands of equal names in one city (13.8 million pairs, 4 GB, before) stays small and quick.
MAX_PAIRS = 2_000
# Up to this many wanted contacts, only those sharing a block key with them are read.
MAX_NARROWED = 5_000
# Similar names: the name score less this much with the same company, more with only the same
# city; each detail that differs on both sides costs CONFLICT more; below MIN_SCORE, no pair.
SAME_COMPANY_DISCOUNT = 10
SAME_CITY_DISCOUNT = 30
CONFLICT = 25
MIN_SCORE = 50

# What a person picks per field in the merge dialog, and the columns that travel together.
MERGE_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("first_name", "last_name", "display_name", "sort_name"),
    "email": ("email", "email_norm"),
    "phone": ("phone", "phone_norm", "search_phones"),
    "company": ("company_id",),
    "job_title": ("job_title",),
    "city": ("city",),
    "stage": ("stage",),
    "source": ("source",),
    "owner": ("owner_id",),
    "notes": ("notes",),
}
_MOVED = (Interaction, Complaint, Txn, SurveyResponse, Task, Consent, ContactMethod)


# Why two contacts look like one person; the UI words them with QCoreApplication.translate in
# the "DuplicateReason" context.
SAME_EMAIL = QT_TRANSLATE_NOOP("DuplicateReason", "same e-mail")
SAME_PHONE = QT_TRANSLATE_NOOP("DuplicateReason", "same phone")
SIMILAR_NAME_SAME_COMPANY = QT_TRANSLATE_NOOP("DuplicateReason", "similar name, same company")
SIMILAR_NAME_SAME_CITY = QT_TRANSLATE_NOOP("DuplicateReason", "similar name, same city")
DIFFERENT_NAME = QT_TRANSLATE_NOOP("DuplicateReason", "different name")
DIFFERENT_EMAIL = QT_TRANSLATE_NOOP("DuplicateReason", "different e-mail")
DIFFERENT_PHONE = QT_TRANSLATE_NOOP("DuplicateReason", "different phone")
DIFFERENT_COMPANY = QT_TRANSLATE_NOOP("DuplicateReason", "different company")


@dataclass(frozen=True, slots=True)
class PairSide:
    """What tells two look-alikes apart, shown side by side ("" when not known)."""

    email: str = ""
    phone: str = ""
    company: str = ""
    city: str = ""


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    first_id: int
    second_id: int
    first_name: str
    second_name: str
    score: int  # 100 for an equal e-mail or phone; lower the weaker the evidence
    reason: str
    conflicts: tuple[str, ...] = ()  # the details that differ (DIFFERENT_EMAIL, ...)
    first: PairSide = PairSide()
    second: PairSide = PairSide()


@dataclass(frozen=True, slots=True)
class MergeRecord:
    """Everything a merge changed, so it can be undone exactly."""

    survivor_id: int
    merged_id: int
    survivor_before: tuple[tuple[str, Any], ...]
    moved: tuple[tuple[str, tuple[int, ...]], ...]  # table name -> row ids moved
    tag_links: tuple[int, ...]  # survivor tag links created or revived by the merge
    merge_id: int = 0  # its contact_merge row, which keeps it for undo across restarts

    def stored(self) -> dict[str, Any]:
        """What the contact_merge row keeps (plain JSON: every merged column is text or a
        number)."""
        return {
            "survivor_before": [list(pair) for pair in self.survivor_before],
            "moved": {table: list(ids) for table, ids in self.moved},
            "tag_links": list(self.tag_links),
        }

    @classmethod
    def from_row(cls, row: ContactMerge) -> MergeRecord:
        data = row.record
        return cls(
            survivor_id=row.survivor_id,
            merged_id=row.merged_id,
            survivor_before=tuple((str(c), v) for c, v in data.get("survivor_before", [])),
            moved=tuple((str(t), tuple(ids)) for t, ids in data.get("moved", {}).items()),
            tag_links=tuple(data.get("tag_links", [])),
            merge_id=row.id,
        )


@dataclass(frozen=True, slots=True)
class _Candidate:
    id: int
    name: str  # the folded sort name, compared
    shown: str  # the display name, shown in the pair
    email_norm: str | None
    phone_norm: str | None
    company_id: int | None
    city: str  # lower case, compared
    side: PairSide  # as typed, shown


class DuplicateService:
    def __init__(self, db: Database, clock: Clock, audit: AuditTrail) -> None:
        self._db, self._clock, self._audit = db, clock, audit

    def likely_duplicates_of(self, contact_id: int) -> list[DuplicatePair]:
        """Live contacts that look like this one (the warning after a create or import)."""
        with self._db.read() as session:
            me = session.get(Contact, contact_id)
            if me is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("UserError", "Contact #{contact_id} does not exist."),
                    contact_id=contact_id,
                )
            same: list[ColumnElement[bool]] = [Contact.sort_name.like(fold(me.sort_name)[:2] + "%")]
            if me.email_norm:
                same.append(Contact.email_norm == me.email_norm)
            if me.phone_norm:
                same.append(Contact.phone_norm == me.phone_norm)
            others = _candidates(
                session,
                and_(Contact.id != contact_id, or_(*same)),
            )
            mine = next(iter(_candidates(session, Contact.id == contact_id)), None)
            if mine is None:  # deleted meanwhile: nothing to warn about
                return []
        return [p for p in (_judge(mine, o) for o in others) if p is not None]

    def find_pairs(
        self,
        progress: Progress,
        cancelled: Cancelled,
        among: Collection[int] | None = None,
    ) -> list[DuplicatePair]:
        """Every likely pair among live contacts, best score first (run off the GUI thread);
        with `among`, only the pairs with one of those contacts in them (the contacts an import
        created or updated: the look-alike warning after an import)."""
        wanted = None if among is None else frozenset(among)
        with self._db.read() as session:
            everyone = _block_mates(session, wanted)
        blocks: dict[tuple[str, object], list[_Candidate]] = defaultdict(list)
        for c in everyone:
            if c.email_norm:
                blocks[("email", c.email_norm)].append(c)
            if c.phone_norm:
                blocks[("phone", c.phone_norm)].append(c)
            if c.company_id is not None:
                blocks[("company", c.company_id)].append(c)
            if c.city:
                blocks[("city", (c.city, c.name[:1]))].append(c)
        found: dict[tuple[int, int], DuplicatePair] = {}
        todo = [
            (kind, _wanted_first(b, wanted))
            for (kind, _), b in blocks.items()
            if len(b) > 1 and (wanted is None or any(c.id in wanted for c in b))
        ]
        for done, (kind, block) in enumerate(todo):
            if cancelled():
                return []
            if done % 200 == 0:
                progress("Comparing contacts…", done / max(len(todo), 1))
            capped = block[:MAX_BLOCK]
            asking = [i for i, c in enumerate(capped) if wanted is None or c.id in wanted]
            for pair in _pairs_in(capped, asking, by_name=kind in ("company", "city")):
                key = (pair.first_id, pair.second_id)
                if key not in found or found[key].score < pair.score:
                    found[key] = pair
        return sorted(found.values(), key=lambda p: (-p.score, p.first_name))[:MAX_PAIRS]

    def merge(
        self, survivor_id: int, merged_id: int, picks: Mapping[str, int] | None = None
    ) -> MergeRecord:
        """Fold `merged_id` into `survivor_id`; `picks` maps a MERGE_FIELDS key to the contact
        whose value wins (the survivor's by default)."""
        if survivor_id == merged_id:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "A contact cannot be merged with itself.")
            )
        now = self._clock.now()
        with self._db.write() as session:
            survivor, merged = _live(session, survivor_id), _live(session, merged_id)
            columns = [c for group in MERGE_FIELDS.values() for c in group]
            before = tuple((c, getattr(survivor, c)) for c in columns)
            for key, source_id in (picks or {}).items():
                if key not in MERGE_FIELDS or source_id not in (survivor_id, merged_id):
                    raise UserError(
                        QT_TRANSLATE_NOOP(
                            "UserError", "'{key}' cannot be taken from contact #{source_id}."
                        ),
                        key=key,
                        source_id=source_id,
                    )
                if source_id == merged_id:
                    for column in MERGE_FIELDS[key]:
                        setattr(survivor, column, getattr(merged, column))
            moved = tuple(
                (model.__tablename__, _move(session, model, merged_id, survivor_id))
                for model in _MOVED
            )
            links = _copy_tags(session, merged_id, survivor_id, now)
            soft_delete(merged, now)
            touch(survivor, now)
            record = MergeRecord(survivor_id, merged_id, before, moved, links)
            row = ContactMerge(
                survivor_id=survivor_id, merged_id=merged_id, merged_at=now, record=record.stored()
            )
            session.add(row)
            session.flush()
            self._audit.record(session, "contact.merge", "contact", survivor.uid, merged.uid)
        return replace(record, merge_id=row.id)

    def last_undoable_merge(self) -> MergeRecord | None:
        """The newest merge not undone yet (read back from the database, so "Undo merge" works
        after a restart)."""
        with self._db.read() as session:
            row = session.scalar(
                select(ContactMerge)
                .where(ContactMerge.undone_at.is_(None))
                .order_by(ContactMerge.id.desc())
                .limit(1)
            )
            return None if row is None else MergeRecord.from_row(row)

    def unmerge(self, record: MergeRecord) -> Changes:
        """Undo a merge: rows go back, the survivor's fields return, the tombstone lives again."""
        now = self._clock.now()
        by_name = {m.__tablename__: m for m in _MOVED}
        with self._db.write() as session:
            survivor = _live(session, record.survivor_id)
            merged = session.get(Contact, record.merged_id)
            if merged is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("UserError", "Contact #{merged_id} does not exist."),
                    merged_id=record.merged_id,
                )
            for table, ids in record.moved:
                model = by_name[table]
                for chunk in id_chunks(list(ids)):
                    session.execute(
                        update(model).where(model.id.in_(chunk)).values(contact_id=merged.id)
                    )
            for link in session.scalars(
                select(ContactTag).where(ContactTag.id.in_(record.tag_links))
            ):
                soft_delete(link, now)
            for column, value in record.survivor_before:
                setattr(survivor, column, value)
            restore(merged, now)
            touch(survivor, now)
            if record.merge_id:
                stored = session.get(ContactMerge, record.merge_id)
                if stored is None or stored.undone_at is not None:
                    raise UserError(
                        QT_TRANSLATE_NOOP("UserError", "This merge has already been undone.")
                    )
                stored.undone_at = now
            self._audit.record(session, "contact.unmerge", "contact", survivor.uid, merged.uid)
        return Changes.of_contacts(record.survivor_id, record.merged_id)


def _live(session: Session, contact_id: int) -> Contact:
    """A contact a merge may touch: not deleted, and not erased (an erasure keeps no data, and
    its copies elsewhere take no more writes, so a merge into it would differ from copy to
    copy)."""
    contact = session.get(Contact, contact_id)
    if contact is None or contact.deleted_at is not None or contact.erased_at is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Contact #{contact_id} does not exist or was deleted."),
            contact_id=contact_id,
        )
    return contact


def _candidates(session: Session, condition: Any) -> list[_Candidate]:
    rows = session.execute(
        select(
            Contact.id,
            Contact.sort_name,
            Contact.display_name,
            Contact.email_norm,
            Contact.phone_norm,
            Contact.company_id,
            Contact.email,
            Contact.phone,
            Company.name,
            Contact.city,
        )
        .outerjoin(Company, Company.id == Contact.company_id)
        .where(Contact.deleted_at.is_(None), condition)
    )
    return [_candidate(row) for row in rows]


def _candidate(row: Sequence[Any]) -> _Candidate:
    """A row of _candidates' query: the keys compared, then the details shown."""
    contact_id, sort_name, shown, email_norm, phone_norm, company_id = row[:6]
    side = PairSide(*(value or "" for value in row[6:10]))
    return _Candidate(
        contact_id, sort_name, shown, email_norm, phone_norm, company_id, side.city.lower(), side
    )


def _block_mates(session: Session, wanted: frozenset[int] | None) -> list[_Candidate]:
    """The contacts to compare: everyone, or for a few wanted ones (a small import) only the
    contacts sharing an e-mail, phone, company or city with them, which makes every block
    holding a wanted contact whole (one contact among 100,000: 1.2 s reading everyone)."""
    if wanted is None or len(wanted) > MAX_NARROWED:
        return _candidates(session, Contact.id.is_not(None))
    mine = [
        c
        for chunk in id_chunks(sorted(wanted))
        for c in _candidates(session, Contact.id.in_(chunk))
    ]
    shares = [
        Contact.email_norm.in_({c.email_norm for c in mine if c.email_norm}),
        Contact.phone_norm.in_({c.phone_norm for c in mine if c.phone_norm}),
        Contact.company_id.in_({c.company_id for c in mine if c.company_id is not None}),
        func.lower(func.coalesce(Contact.city, "")).in_({c.city for c in mine if c.city}),
    ]
    return _candidates(session, or_(*shares))


def _judge(a: _Candidate, b: _Candidate) -> DuplicatePair | None:
    """Why two contacts look like one person and how strongly, or None."""
    first, second = (a, b) if a.id < b.id else (b, a)

    def pair(score: int, reason: str, conflicts: tuple[str, ...] = ()) -> DuplicatePair:
        names = (first.shown, second.shown)
        return DuplicatePair(
            first.id, second.id, *names, score, reason, conflicts, first.side, second.side
        )

    shared = (
        SAME_EMAIL
        if a.email_norm and a.email_norm == b.email_norm
        else SAME_PHONE
        if a.phone_norm and a.phone_norm == b.phone_norm
        else None
    )
    same_company = a.company_id is not None and a.company_id == b.company_id
    same_city = bool(a.city) and a.city == b.city
    if shared is None and not (same_company or same_city):
        return None
    from rapidfuzz import fuzz  # noqa: PLC0415 - kept off the start-up path

    name_score = int(fuzz.token_sort_ratio(a.name, b.name))
    conflicts = _conflicts(a, b)
    if shared is not None:  # strong: kept, but a household's or an office's shared line
        unlike = () if name_score >= NAME_THRESHOLD else (DIFFERENT_NAME,)  # ranks lower
        conflicts = unlike + conflicts
        return pair(max(100 - CONFLICT * len(conflicts), MIN_SCORE), shared, conflicts)
    if name_score < NAME_THRESHOLD:
        return None
    discount = SAME_COMPANY_DISCOUNT if same_company else SAME_CITY_DISCOUNT
    score = name_score - discount - CONFLICT * len(conflicts)
    if score < MIN_SCORE:
        return None
    reason = SIMILAR_NAME_SAME_COMPANY if same_company else SIMILAR_NAME_SAME_CITY
    return pair(score, reason, conflicts)


def _conflicts(a: _Candidate, b: _Candidate) -> tuple[str, ...]:
    """The details both contacts have and that differ."""
    return tuple(
        label
        for label, mine, theirs in (
            (DIFFERENT_EMAIL, a.email_norm, b.email_norm),
            (DIFFERENT_PHONE, a.phone_norm, b.phone_norm),
            (DIFFERENT_COMPANY, a.company_id, b.company_id),
        )
        if mine is not None and theirs is not None and mine != theirs
    )


def _wanted_first(block: list[_Candidate], wanted: frozenset[int] | None) -> list[_Candidate]:
    """The block with the wanted contacts first, so a size cap never drops them."""
    return block if wanted is None else sorted(block, key=lambda c: c.id not in wanted)


def _pairs_in(
    block: list[_Candidate], asking: list[int], *, by_name: bool
) -> Iterable[DuplicatePair]:
    """Pairs of one block with at least one member at an `asking` position; in company and
    city blocks names are pre-screened in C (rapidfuzz.cdist) so only close names are judged."""
    from rapidfuzz import fuzz, process  # noqa: PLC0415 - kept off the start-up path

    if by_name:
        scores = process.cdist(
            [block[i].name for i in asking],
            [c.name for c in block],
            scorer=fuzz.token_sort_ratio,
            score_cutoff=NAME_THRESHOLD,
        )
        for row, i in enumerate(asking):
            scores[row, i] = 0  # not a pair with itself
        rows, columns = scores.nonzero()
        closest = (-scores[rows, columns]).argsort(kind="stable")[: 2 * MAX_PAIRS]
        candidates = ((asking[int(rows[k])], int(columns[k])) for k in closest)
    else:
        candidates = ((i, j) for i in asking for j in range(len(block)) if i != j)
    for i, j in _first_unique(candidates, MAX_PAIRS):
        pair = _judge(block[i], block[j])
        if pair is not None:
            yield pair


def _first_unique(pairs: Iterable[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    """The first `limit` distinct unordered pairs (a pair may come as (i, j) and (j, i));
    stops early: a block of one e-mail shared by thousands would otherwise list millions."""
    seen: set[tuple[int, int]] = set()
    for i, j in pairs:
        seen.add((i, j) if i < j else (j, i))
        if len(seen) >= limit:
            break
    return sorted(seen)


def _move(session: Session, model: Any, source: int, target: int) -> tuple[int, ...]:
    ids = tuple(session.scalars(select(model.id).where(model.contact_id == source)))
    for chunk in id_chunks(list(ids)):
        session.execute(update(model).where(model.id.in_(chunk)).values(contact_id=target))
    return ids


def _copy_tags(session: Session, source: int, target: int, now: Any) -> tuple[int, ...]:
    """Give the survivor every live tag of the merged contact; returns the links it touched."""
    wanted = set(
        session.scalars(
            select(ContactTag.tag_id).where(
                ContactTag.contact_id == source, ContactTag.deleted_at.is_(None)
            )
        )
    )
    touched: list[int] = []
    for link in session.scalars(select(ContactTag).where(ContactTag.contact_id == target)):
        if link.tag_id in wanted:
            wanted.discard(link.tag_id)
            if link.deleted_at is not None:
                restore(link, now)
                touched.append(link.id)
    for tag_id in sorted(wanted):
        link = ContactTag(contact_id=target, tag_id=tag_id)
        stamp_new(link, now)
        session.add(link)
        session.flush()
        touched.append(link.id)
    return tuple(touched)
