"""Contacts: create, read, update, soft-delete and restore, each write one audited transaction;
the big list's ids (filter, search and sort in SQL) and rows by page; tags and bulk actions."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from functools import cache, lru_cache
from itertools import chain
from typing import Any, cast

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Select,
    String,
    UnaryExpression,
    bindparam,
    case,
    exists,
    func,
    literal_column,
    not_,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.domain.clock import Clock
from app.domain.contact_query import ContactFilter, fts_query
from app.domain.enums import ContactSource, LifecycleStage, MethodKind, SurveyKind, TxnKind
from app.domain.errors import QT_TRANSLATE_NOOP, Term, UserError
from app.domain.metrics import RiskReason, stored_reasons
from app.domain.progress import Cancelled, Progress, never_cancelled, no_progress
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
from app.services.follow_ups import FollowUpHook, NoFollowUps
from app.services.settings import custom_field_labels
from app.storage.audit import AuditTrail
from app.storage.database import Database
from app.storage.fts import contact_hits
from app.storage.models import (
    Company,
    Contact,
    ContactMethod,
    ContactStats,
    ContactTag,
    Staff,
    SurveyResponse,
    Tag,
    Txn,
)
from app.storage.records import restore, soft_delete, stamp_new, touch
from app.storage.sqlite_dialect import compiled, joined_text, json_ids


@dataclass(frozen=True, slots=True)
class MethodDraft:
    """An extra e-mail, phone, address, URL or social handle, with its label ("work")."""

    kind: MethodKind
    value: str
    label: str = ""


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
    owner_id: int | None = None
    tags: tuple[str, ...] | None = None  # None leaves the contact's tags as they are
    methods: tuple[MethodDraft, ...] | None = None  # None leaves the extra methods as they are
    custom: dict[str, str] | None = None  # None leaves the custom fields as they are


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
    owner_id: int | None = None
    custom: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Steps:
    """Chunks of a bulk change with progress after each and a cancel check before each; a
    cancel raises inside the transaction, so nothing of the change is kept."""

    progress: Progress
    cancelled: Cancelled

    def chunks(self, ids: list[int]) -> Iterator[list[int]]:
        total = max(len(ids), 1)
        for done, chunk in enumerate(id_chunks(ids)):
            if self.cancelled():
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError", "The change was cancelled; no contact was changed."
                    )
                )
            yield chunk
            self.progress("Changing contacts…", min((done + 1) * _CHUNK / total, 1.0))


class ContactService:
    def __init__(self, db: Database, clock: Clock, audit: AuditTrail, phone_region: str) -> None:
        self._db, self._clock, self._audit = db, clock, audit
        self.phone_region = phone_region
        self.follow_ups: FollowUpHook = NoFollowUps()

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
            stage_before = contact.stage
            touch(contact, now)
            self._apply(session, contact, draft)
            session.flush()
            self._audit.record(session, "contact.update", "contact", contact.uid)
            if contact.stage != stage_before:
                self.follow_ups.stage_changed(session, [contact.id])
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
                raise UserError(
                    QT_TRANSLATE_NOOP("UserError", "Contact #{contact_id} does not exist."),
                    contact_id=contact_id,
                )
            restore(contact, now)
            self._audit.record(session, "contact.restore", "contact", contact.uid)
        return Changes.of_contacts(contact_id)

    def get(self, contact_id: int) -> ContactRow:
        with self._db.read() as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("UserError", "Contact #{contact_id} does not exist."),
                    contact_id=contact_id,
                )
            return self._row(session, contact)

    def count(self) -> int:
        """Live (not deleted) contacts."""
        with self._db.read() as session:
            return session.scalar(select(func.count()).where(Contact.deleted_at.is_(None))) or 0

    # -- the big list: ids in SQL order, rows by page -----------------------------------------

    def list_ids(
        self, query: ContactFilter, sort: str = "name", descending: bool = False
    ) -> list[int]:
        """Every live contact matching `query`, ordered in SQL by the column `sort`.

        Each sort runs as one or a few queries that walk an index in order (stage and owner
        one partition per value, joined columns with a second query for the rows without
        one), so 100,000 ids never go through a temporary sort.
        """
        _check_sort(sort)
        with self._db.read() as session:
            if sort == "company":
                return _ids_by_company(session, query, descending)
            if sort in _STATS_SORTS:
                return _ids_by_stat(session, query, sort, descending)
            ids: list[int] = []
            for statement in _id_queries(session, query, sort, descending):
                ids.extend(_fetch_ids(session, statement))
            return ids

    def list_first_ids(
        self, query: ContactFilter, limit: int, sort: str = "name", descending: bool = False
    ) -> list[int] | None:
        """The first `limit` ids of `list_ids` when one indexed query gives them (the name,
        e-mail, phone and stats sorts), so a list can paint its first page before the whole
        list is read; None for the other sorts and a stats sort of a search. For a stats sort
        the page holds only contacts with a value: fewer than `limit` means the whole list must
        be read."""
        _check_sort(sort)
        if sort not in _PLAIN_SORTS and sort not in _STATS_SORTS:
            return None
        with self._db.read() as session:
            if sort in _STATS_SORTS:
                if fts_query(query.text) is not None:
                    return None  # a search's few hits are far apart in the stats index
                return _fetch_ids(session, _first_by_stat(query, sort, descending, limit))
            match = fts_query(query.text)
            if sort == "name" and match is not None:
                sql, params = _first_hits_sql(session, query, match, descending, limit)
                return list(chain.from_iterable(_run_sql(session, sql, params)))
            # the first part: those with a value (blanks follow in a second query)
            statement = _id_queries(session, query, sort, descending)[0]
            return _fetch_ids(session, statement.limit(limit))

    def list_ids_sql(
        self, query: ContactFilter, sort: str = "name", descending: bool = False
    ) -> list[tuple[str, list[Any]]]:
        """The SQL the sort runs, as plain statements (SQL text and parameters): the
        benchmark's raw-SQL floor for a sort."""
        _check_sort(sort)
        with self._db.read() as session:
            if sort in _STATS_SORTS:
                named, ranked = _stat_queries(query, sort, descending)
                return [_compiled(session, named), _compiled(session, ranked)]
            order = SORT_KEYS[sort]
            statement = _filtered(select(Contact.id), query, sort).order_by(
                order.desc().nulls_last() if descending else order.asc().nulls_last(),
                *_name_order(descending),
            )
            return [_compiled(session, statement)]

    def list_rows(self, ids: Sequence[int]) -> dict[int, ContactListRow]:
        """The list's cells for these contacts (deleted meanwhile: left out)."""
        if not ids:
            return {}
        with self._db.read() as session:
            # On the DB-API cursor: a page is read on the GUI thread while scrolling, and
            # SQLAlchemy's result rows would double its cost.
            return {
                row[0]: ContactListRow(
                    id=row[0],
                    display_name=row[1],
                    company=row[2] or "",
                    email=row[3] or "",
                    phone=row[4] or "",
                    stage=LifecycleStage(row[5]),
                    tags=row[6] or "",
                    owner=row[7] or "",
                    last_interaction_at=_stored_time(row[8]),
                    lifetime_value_minor=row[9],
                    open_complaints=row[10],
                    churn_risk=row[11],
                    city=row[12] or "",
                )
                for row in _run_sql(session, _page_rows_sql(), [json.dumps(list(ids))])
            }

    def churn_known(self) -> bool:
        """Whether analytics has scored churn risk for anyone yet (else the column stays hidden)."""
        with self._db.read() as session:
            found = session.scalar(
                select(ContactStats.contact_id).where(ContactStats.churn_risk.is_not(None)).limit(1)
            )
            return found is not None

    # -- profile (the 360° view) ----------------------------------------------------------------

    def profile(self, contact_id: int) -> ContactProfile:
        """Everything the 360° header and key figures show, read in one transaction."""
        with self._db.read() as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("UserError", "Contact #{contact_id} does not exist."),
                    contact_id=contact_id,
                )
            row = self._row(session, contact)
            owner = session.get(Staff, contact.owner_id) if contact.owner_id else None
            stats = session.get(ContactStats, contact_id)
            last_nps = session.scalar(
                select(SurveyResponse.score)
                .where(
                    SurveyResponse.contact_id == contact_id,
                    SurveyResponse.kind == "nps",
                    SurveyResponse.deleted_at.is_(None),
                )
                .order_by(SurveyResponse.answered_at.desc())
                .limit(1)
            )
            reasons = stats.churn_reasons if stats else {}
            return ContactProfile(
                contact=row,
                tags=tuple(_tag_names(session, contact_id)),
                methods=tuple(_methods(session, contact_id)),
                owner=owner.name if owner else "",
                stats_computed=stats is not None,
                lifetime_value_minor=stats.lifetime_value_minor if stats else 0,
                order_count=stats.order_count if stats else 0,
                last_order_at=stats.last_order_at if stats else None,
                open_complaints=stats.open_complaints if stats else 0,
                churn_risk=stats.churn_risk if stats else None,
                churn_reasons=stored_reasons(reasons),
                last_nps=last_nps,
                unverified_phones=_unverified_phones(session, contact_id, form_typed=False)
                | ({row.phone} if row.phone and contact.phone_norm is None else set()),
            )

    # -- the 360° view's lists: ledger and survey answers of one contact, newest first --------

    def ledger_ids(self, contact_id: int) -> list[int]:
        """The contact's orders, payments, refunds and credits, newest first."""
        return self._newest_first(Txn, Txn.occurred_at, contact_id)

    def ledger_rows(self, ids: Sequence[int]) -> dict[int, LedgerRow]:
        columns = (Txn.occurred_at, Txn.kind, Txn.amount_minor, Txn.currency, Txn.reference)
        return {
            r[0]: LedgerRow(r[0], r[1], TxnKind(r[2]), r[3], r[4], r[5] or "", r[6] or "")
            for r in self._live_rows(Txn, (*columns, Txn.description), ids)
        }

    def survey_ids(self, contact_id: int) -> list[int]:
        """The contact's survey answers, newest first."""
        return self._newest_first(SurveyResponse, SurveyResponse.answered_at, contact_id)

    def survey_rows(self, ids: Sequence[int]) -> dict[int, SurveyAnswerRow]:
        answer = SurveyResponse
        columns = (answer.answered_at, answer.kind, answer.score, answer.comment, answer.channel)
        return {
            r[0]: SurveyAnswerRow(r[0], r[1], SurveyKind(r[2]), r[3], r[4] or "", r[5] or "")
            for r in self._live_rows(answer, columns, ids)
        }

    def _newest_first(self, model: Any, moment: Any, contact_id: int) -> list[int]:
        """Ids of one contact's live rows of `model`, newest first (an indexed walk)."""
        with self._db.read() as session:
            return _fetch_ids(
                session,
                select(model.id)
                .where(model.contact_id == contact_id, model.deleted_at.is_(None))
                .order_by(moment.desc(), model.id.desc()),
            )

    def _live_rows(self, model: Any, columns: Sequence[Any], ids: Sequence[int]) -> list[Any]:
        """(id, *columns) of the live rows among `ids`, with the columns' Python types."""
        with self._db.read() as session:
            return list(
                session.execute(
                    select(model.id, *columns).where(
                        model.id.in_(list(ids)), model.deleted_at.is_(None)
                    )
                )
            )

    # -- tags, owners, custom fields --------------------------------------------------------

    def tag_names(self) -> list[str]:
        """Every live tag, for autocomplete and the tag filter."""
        with self._db.read() as session:
            return list(
                session.scalars(
                    select(Tag.name).where(Tag.deleted_at.is_(None)).order_by(func.lower(Tag.name))
                )
            )

    def owners(self) -> list[tuple[int, str]]:
        """Active staff as (id, name), for the owner field and filter."""
        with self._db.read() as session:
            rows = session.execute(
                select(Staff.id, Staff.name)
                .where(Staff.deleted_at.is_(None), Staff.active.is_(True))
                .order_by(Staff.name)
            )
            return [(r[0], r[1]) for r in rows]

    # -- bulk actions -----------------------------------------------------------------------

    # Each runs in one transaction, reports progress per chunk and can be cancelled between
    # chunks (run off the GUI thread for big selections); a cancel rolls everything back.

    def delete_many(
        self,
        ids: Iterable[int],
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
    ) -> Changes:
        """Soft-delete many contacts in one transaction; undo with restore_many."""
        values = {"deleted_at": self._clock.now()}
        return self._bulk(ids, "contact.bulk_delete", values, _Steps(progress, cancelled))

    def restore_many(
        self,
        ids: Iterable[int],
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
    ) -> Changes:
        steps = _Steps(progress, cancelled)
        return self._bulk(ids, "contact.bulk_restore", {"deleted_at": None}, steps, live=False)

    def set_stage_many(
        self,
        ids: Iterable[int],
        stage: LifecycleStage,
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
    ) -> Changes:
        values = {"stage": LifecycleStage(stage).value}
        steps = _Steps(progress, cancelled)
        return self._bulk(ids, "contact.bulk_stage", values, steps, stage_changes=True)

    def tag_many(
        self,
        ids: Iterable[int],
        tag: str,
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
    ) -> Changes:
        """Add a tag (created when new) to many contacts; those already tagged stay as they are."""
        wanted = list(dict.fromkeys(ids))
        now = self._clock.now()
        with self._db.write() as session:
            tag_id = tag_id_named(session, clean_tag(tag), now)
            for chunk in _Steps(progress, cancelled).chunks(wanted):
                have = set(
                    session.scalars(
                        select(ContactTag.contact_id).where(
                            ContactTag.tag_id == tag_id, ContactTag.contact_id.in_(chunk)
                        )
                    )
                )
                session.execute(
                    update(ContactTag)
                    .where(ContactTag.tag_id == tag_id, ContactTag.contact_id.in_(chunk))
                    .where(ContactTag.deleted_at.is_not(None))
                    .values(deleted_at=None, updated_at=now, version=ContactTag.version + 1)
                )
                session.add_all(_new_link(cid, tag_id, now) for cid in chunk if cid not in have)
            self._audit.record(
                session, "contact.bulk_tag", "contact", None, f"{len(wanted)} contacts"
            )
        return Changes(contacts=frozenset(wanted))

    def untag_many(
        self,
        ids: Iterable[int],
        tag: str,
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
    ) -> Changes:
        wanted = list(dict.fromkeys(ids))
        now = self._clock.now()
        with self._db.write() as session:
            tag_id = session.scalar(select(Tag.id).where(Tag.name == clean_tag(tag)))
            if tag_id is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("UserError", "There is no tag named '{tag}'."), tag=tag
                )
            for chunk in _Steps(progress, cancelled).chunks(wanted):
                session.execute(
                    update(ContactTag)
                    .where(
                        ContactTag.tag_id == tag_id,
                        ContactTag.contact_id.in_(chunk),
                        ContactTag.deleted_at.is_(None),
                    )
                    .values(deleted_at=now, updated_at=now, version=ContactTag.version + 1)
                )
            self._audit.record(
                session, "contact.bulk_untag", "contact", None, f"{len(wanted)} contacts"
            )
        return Changes(contacts=frozenset(wanted))

    def _bulk(
        self,
        ids: Iterable[int],
        action: str,
        values: dict[str, Any],
        steps: _Steps,
        *,
        live: bool | None = True,
        stage_changes: bool = False,
    ) -> Changes:
        """One UPDATE per chunk of ids in one transaction, with one audit row for the batch."""
        wanted = list(dict.fromkeys(ids))
        now = self._clock.now()
        with self._db.write() as session:
            for chunk in steps.chunks(wanted):
                statement = update(Contact).where(Contact.id.in_(chunk))
                if stage_changes:  # only those it changes, and the rules hear of them
                    statement = statement.where(Contact.stage != values["stage"])
                    moved = session.scalars(
                        select(Contact.id).where(
                            Contact.id.in_(chunk),
                            Contact.stage != values["stage"],
                            Contact.deleted_at.is_(None),
                        )
                    ).all()
                if live is not None:
                    state = (
                        Contact.deleted_at.is_(None) if live else Contact.deleted_at.is_not(None)
                    )
                    statement = statement.where(state)
                session.execute(
                    statement.values(**values, updated_at=now, version=Contact.version + 1)
                )
                if stage_changes:
                    self.follow_ups.stage_changed(session, moved)
            self._audit.record(session, action, "contact", None, f"{len(wanted)} contacts")
        return Changes(contacts=frozenset(wanted))

    def _clean_method(self, method: MethodDraft, kept: frozenset[str] = frozenset()) -> MethodDraft:
        """Validate an extra method like the main field of its kind (an unverified phone the
        contact already holds, in `kept`, stays as it is)."""
        kind = MethodKind(method.kind)
        label = clean_name(method.label, field="label")
        if kind is MethodKind.EMAIL:
            value = normalise_email(method.value) or ""
        elif kind is MethodKind.PHONE:
            if method.value.strip() not in kept:
                parse_phone(method.value, self.phone_region)
            value = clean_name(method.value, field="phone")
        else:
            value = clean_text(method.value, field=kind.value, max_length=1000)
        if not value:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "The extra {kind} labelled '{label}' is empty."),
                kind=kind,
                label=label,
            )
        return MethodDraft(kind, value, label)

    def _live(self, session: Session, contact_id: int) -> Contact:
        contact = session.get(Contact, contact_id)
        if contact is None or contact.deleted_at is not None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "Contact #{contact_id} does not exist or was deleted."
                ),
                contact_id=contact_id,
            )
        return contact

    def _apply(self, session: Session, contact: Contact, draft: ContactDraft) -> None:
        """Validate every field first, then write them, so a bad field changes nothing."""
        first = clean_name(draft.first_name, field="first name")
        last = clean_name(draft.last_name, field="last name")
        company_name = clean_name(draft.company, field="company")
        if not (first or last or company_name):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "A contact needs a first name, a last name or a company."
                )
            )
        email = normalise_email(draft.email)
        # An imported phone that did not validate is kept as typed (issue 19); saving the form
        # again must not refuse it while it is left as it was.
        kept_phone = contact.phone_norm is None and draft.phone.strip() == (contact.phone or "")
        phone = None if kept_phone else parse_phone(draft.phone, self.phone_region)
        kept_methods = _unverified_phones(session, contact.id) if draft.methods else frozenset()
        methods = [self._clean_method(m, kept_methods) for m in draft.methods or ()]
        shown = _display_name_kept(session, contact, first, last, company_name)
        contact.first_name, contact.last_name = first, last
        contact.display_name = shown or display_name_of(first, last, company_name)
        contact.sort_name = fold(contact.display_name)
        contact.email, contact.email_norm = email, email_match_key(email)
        contact.phone = clean_name(draft.phone, field="phone") or None
        contact.phone_norm = phone.e164 if phone else None
        if not kept_phone:
            contact.search_phones = " ".join(phone.search_forms()) if phone else ""
        contact.company_id = _company_id(session, company_name, contact.updated_at)
        contact.job_title = clean_name(draft.job_title, field="job title") or None
        contact.city = clean_name(draft.city, field="city") or None
        contact.stage = LifecycleStage(draft.stage).value
        contact.source = ContactSource(draft.source).value
        contact.notes = clean_text(draft.notes, field="notes") or None
        contact.owner_id = draft.owner_id
        if draft.custom is not None:
            contact.custom = _clean_custom(session, draft.custom)
        if draft.methods is not None or draft.tags is not None:
            session.add(contact)
            session.flush()  # a new contact needs its id for the tag and method rows below
        if draft.methods is not None:
            _replace_methods(session, contact, methods, contact.updated_at)
        if draft.tags is not None:
            _replace_tags(session, contact.id, draft.tags, contact.updated_at)

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
            owner_id=contact.owner_id,
            custom={str(k): str(v) for k, v in (contact.custom or {}).items()},
        )


@dataclass(frozen=True, slots=True)
class ContactListRow:
    """One line of the contact list; stats are None until analytics has computed them."""

    id: int
    display_name: str
    company: str
    email: str
    phone: str
    stage: LifecycleStage
    tags: str
    owner: str
    last_interaction_at: datetime | None
    lifetime_value_minor: int | None
    open_complaints: int | None
    churn_risk: int | None
    city: str = ""


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """One ledger entry of a contact (amount in minor units, signed as stored)."""

    id: int
    occurred_at: datetime
    kind: TxnKind
    amount_minor: int
    currency: str
    reference: str
    description: str


@dataclass(frozen=True, slots=True)
class SurveyAnswerRow:
    """One survey answer of a contact."""

    id: int
    answered_at: datetime
    kind: SurveyKind
    score: int
    comment: str
    channel: str


@dataclass(frozen=True, slots=True)
class ContactProfile:
    """The 360° view's header and key figures."""

    contact: ContactRow
    tags: tuple[str, ...]
    methods: tuple[MethodDraft, ...]
    owner: str
    stats_computed: bool
    lifetime_value_minor: int
    order_count: int
    last_order_at: datetime | None
    open_complaints: int
    churn_risk: int | None
    churn_reasons: tuple[RiskReason, ...]  # codes and numbers; the UI words them
    last_nps: int | None
    # phones an import kept as typed because they did not validate (issue 19), main or extra
    unverified_phones: frozenset[str] = frozenset()


_STAGE_ORDER = case(
    {stage.value: rank for rank, stage in enumerate(LifecycleStage)}, value=Contact.stage, else_=99
)
SORT_KEYS: dict[str, ColumnElement[Any] | InstrumentedAttribute[Any]] = {
    "name": Contact.sort_name,
    "company": func.lower(Company.name),
    "email": Contact.email_norm,
    "phone": Contact.phone_norm,
    "city": Contact.city,
    "stage": _STAGE_ORDER,
    "owner": func.lower(Staff.name),
    "last_interaction": ContactStats.last_interaction_at,
    "lifetime_value": ContactStats.lifetime_value_minor,
    "open_complaints": ContactStats.open_complaints,
    "churn_risk": ContactStats.churn_risk,
}
_CHUNK = 500
_UNINDEXED_DELETED_AT: ColumnElement[Any] = literal_column("+contact.deleted_at")


def _filtered(
    statement: Select[Any],
    query: ContactFilter,
    sort: str,
    *,
    walk_live: bool = False,
    match: str | None = None,
) -> Select[Any]:
    """Add the joins and WHERE clauses `query` and the sort need (only those).

    A search normally drives from the FTS hits (`+` keeps SQLite off the deleted_at index,
    which would probe every live contact); `walk_live` keeps that index usable instead, for a
    query that walks the live contacts in order and probes the hits. `match` stands in for
    the FTS5 expression of `query.text`."""
    _check_in_range(query)
    match = fts_query(query.text) if match is None else match
    if match is None:
        statement = statement.where(Contact.deleted_at.is_(None))
    else:
        live = Contact.deleted_at if walk_live else _UNINDEXED_DELETED_AT
        statement = statement.where(Contact.id.in_(contact_hits(match)), live.is_(None))
    if sort == "company":
        statement = statement.outerjoin(Company, Company.id == Contact.company_id)
    if sort == "owner":
        statement = statement.outerjoin(Staff, Staff.id == Contact.owner_id)
    stats_filters = _stats_conditions(query)
    if stats_filters:
        statement = statement.outerjoin(ContactStats, ContactStats.contact_id == Contact.id)
    statement = statement.where(*stats_filters)
    if query.stages:
        statement = statement.where(Contact.stage.in_([s.value for s in query.stages]))
    if query.owner_id is not None:
        statement = statement.where(Contact.owner_id == query.owner_id)
    if query.source is not None:
        statement = statement.where(Contact.source == query.source.value)
    for tag in query.tags:
        statement = statement.where(
            exists()
            .where(ContactTag.contact_id == Contact.id, ContactTag.deleted_at.is_(None))
            .where(ContactTag.tag_id == Tag.id, Tag.name == tag, Tag.deleted_at.is_(None))
        )
    return statement.where(*_cohort_conditions(query))


def _cohort_conditions(query: ContactFilter) -> list[ColumnElement[bool]]:
    """A retention cohort as the dashboard counts it (UTC calendar months of orders): first
    order in the month starting `cohort`, and an order in the month starting `ordered_in`."""
    conditions: list[ColumnElement[bool]] = []
    orders = (Txn.kind == TxnKind.ORDER.value, Txn.deleted_at.is_(None))
    if query.cohort is not None:
        start, end = _month_bounds(query.cohort)
        first_orders = (
            select(Txn.contact_id)
            .where(*orders)
            .group_by(Txn.contact_id)
            .having(func.min(Txn.occurred_at) >= start, func.min(Txn.occurred_at) < end)
        )
        conditions.append(Contact.id.in_(first_orders))
    if query.ordered_in is not None:
        start, end = _month_bounds(query.ordered_in)
        conditions.append(
            exists().where(
                Txn.contact_id == Contact.id,
                *orders,
                Txn.occurred_at >= start,
                Txn.occurred_at < end,
            )
        )
    return conditions


def _month_bounds(day: date) -> tuple[BindParameter[str], BindParameter[str]]:
    """The first day of `day`'s month and of the next, as stored-time bounds."""
    first = day.replace(day=1)
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return _day_start(first), _day_start(following)


def contact_ids_matching(query: ContactFilter) -> Select[Any]:
    """The ids of the live contacts a saved filter selects, as a subquery (automation rules)."""
    return _filtered(select(Contact.id), query, "name")


def _check_in_range(query: ContactFilter) -> None:
    """SQLite integers are 64-bit: a typed or stored number beyond that is refused in words."""
    for name, value in (
        (Term(QT_TRANSLATE_NOOP("UserError", "owner")), query.owner_id),
        (Term(QT_TRANSLATE_NOOP("UserError", "lowest lifetime value")), query.ltv_min_minor),
        (Term(QT_TRANSLATE_NOOP("UserError", "highest lifetime value")), query.ltv_max_minor),
        (Term(QT_TRANSLATE_NOOP("UserError", "lowest churn risk")), query.churn_min),
        (Term(QT_TRANSLATE_NOOP("UserError", "highest churn risk")), query.churn_max),
    ):
        if value is not None and not -(2**63) <= value < 2**63:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "The {name} filter value {value} is out of range."),
                name=name,
                value=value,
            )


def _stats_conditions(query: ContactFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    open_count = func.coalesce(ContactStats.open_complaints, 0)
    ltv = func.coalesce(ContactStats.lifetime_value_minor, 0)
    if query.open_complaint is not None:
        conditions.append(open_count > 0 if query.open_complaint else open_count == 0)
    if query.contacted_after is not None:
        conditions.append(ContactStats.last_interaction_at >= _day_start(query.contacted_after))
    if query.contacted_before is not None:
        conditions.append(ContactStats.last_interaction_at < _day_start(query.contacted_before))
    if query.ltv_min_minor is not None:
        conditions.append(ltv >= query.ltv_min_minor)
    if query.ltv_max_minor is not None:
        conditions.append(ltv <= query.ltv_max_minor)
    if query.rfm_segment is not None:
        conditions.append(ContactStats.rfm_segment == query.rfm_segment.value)
    if query.churn_min is not None:
        conditions.append(ContactStats.churn_risk >= query.churn_min)
    if query.churn_max is not None:
        conditions.append(ContactStats.churn_risk <= query.churn_max)
    return conditions


def _day_start(day: date) -> BindParameter[str]:
    """Midnight UTC as the stored text form, bound as text so the id query can run raw."""
    return bindparam(None, f"{day.isoformat()} 00:00:00.000000", type_=String)


def _compiled(session: Session, statement: Select[Any]) -> tuple[str, list[Any]]:
    compiled = statement.compile(
        dialect=session.get_bind().dialect, compile_kwargs={"render_postcompile": True}
    )
    values = compiled.construct_params()
    return str(compiled), [values[name] for name in compiled.positiontup or ()]


def _fetch_ids(session: Session, statement: Select[Any]) -> list[int]:
    return list(chain.from_iterable(_fetch(session, statement)))


def _fetch(session: Session, statement: Select[Any]) -> list[Any]:
    """Run a query on the DB-API cursor: 100,000 rows through SQLAlchemy's result rows cost
    several times the query itself. All parameters are plain values (see _day_start)."""
    sql, params = _compiled(session, statement)
    return _run_sql(session, sql, params)


def _run_sql(session: Session, sql: str, params: list[Any]) -> list[Any]:
    """Run SQL text on the session's DB-API cursor and return every row."""
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(sql, params)
        return list(cursor.fetchall())
    finally:
        cursor.close()


@cache
def _page_rows_sql() -> str:
    """The list's page query, compiled once: the ids come as one JSON array parameter, so the
    text never changes with the page (building and compiling it per page cost 20 times the
    query itself, on the GUI thread while typing and scrolling)."""
    tags = (
        select(joined_text(Tag.name, ", "))
        .select_from(ContactTag)
        .join(Tag, Tag.id == ContactTag.tag_id)
        .where(
            ContactTag.contact_id == Contact.id,
            ContactTag.deleted_at.is_(None),
            Tag.deleted_at.is_(None),
        )
        .scalar_subquery()
    )
    wanted = json_ids("ids")
    statement = (
        select(
            Contact.id,
            Contact.display_name,
            Company.name,
            Contact.email,
            Contact.phone,
            Contact.stage,
            tags,
            Staff.name,
            ContactStats.last_interaction_at,
            ContactStats.lifetime_value_minor,
            ContactStats.open_complaints,
            ContactStats.churn_risk,
            Contact.city,
        )
        .outerjoin(Company, Company.id == Contact.company_id)
        .outerjoin(Staff, Staff.id == Contact.owner_id)
        .outerjoin(ContactStats, ContactStats.contact_id == Contact.id)
        # `+` keeps SQLite from walking the deleted_at index instead of the id list.
        .where(Contact.id.in_(wanted), _UNINDEXED_DELETED_AT.is_(None))
    )
    return compiled(statement)


def _ids_by_company(session: Session, query: ContactFilter, descending: bool) -> list[int]:
    """Company order without a join sort: ids grouped by company and in name order within
    each (one index walk), then a stable sort in Python by each company's name rank;
    contacts without a company come last."""
    rank = {
        company_id: position
        for position, company_id in enumerate(
            session.scalars(select(Company.id).order_by(func.lower(Company.name), Company.id))
        )
    }
    last = len(rank)
    statement = select(Contact.id, Contact.company_id)
    if fts_query(query.text) is None:  # a search drives from its hits instead
        statement = statement.with_hint(
            Contact, "INDEXED BY ix_contact_live_company_sort", "sqlite"
        )
    rows = _fetch(
        session,
        _filtered(cast(Select[Any], statement), query, "").order_by(
            _direction(Contact.company_id, descending), *_name_order(descending)
        ),
    )

    def position(row: Any) -> int:
        if row[1] is None:
            return last + 1
        place = rank.get(row[1], last)
        return last - place if descending else place

    rows.sort(key=position)
    return [r[0] for r in rows]


def _stored_time(value: str | None) -> datetime | None:
    """A DateTime column read raw (the stored UTC text) as an aware datetime."""
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=UTC)


def _check_sort(sort: str) -> None:
    if sort not in SORT_KEYS:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The contact list cannot be sorted by '{sort}'."),
            sort=sort,
        )


def _name_order(descending: bool) -> list[UnaryExpression[Any]]:
    if descending:
        return [Contact.sort_name.desc(), Contact.id.desc()]
    return [Contact.sort_name.asc(), Contact.id.asc()]


def _direction(column: Any, descending: bool) -> UnaryExpression[Any]:
    order: UnaryExpression[Any] = column.desc() if descending else column.asc()
    return order


_STATS_SORTS = {
    "last_interaction": ContactStats.last_interaction_at,
    "lifetime_value": ContactStats.lifetime_value_minor,
    "open_complaints": ContactStats.open_complaints,
    "churn_risk": ContactStats.churn_risk,
}
_PLAIN_SORTS = {
    "name": None,
    "email": Contact.email_norm,
    "phone": Contact.phone_norm,
    "city": Contact.city,
}


def _id_queries(
    session: Session, query: ContactFilter, sort: str, descending: bool
) -> list[Select[Any]]:
    """The id queries whose results, concatenated, are the list in `sort` order."""
    base = _filtered(select(Contact.id), query, "")
    by_name = _name_order(descending)
    if sort in _PLAIN_SORTS:
        column = _PLAIN_SORTS[sort]
        if column is None:
            return [_by_name(base, query, descending)]
        # Blanks last in both directions: those with a value in the column's index order, then
        # the blanks by name (one index walk each; NULLS LAST would sort them all in memory).
        blank = or_(column.is_(None), column == "")
        return [
            base.where(not_(blank)).order_by(_direction(column, descending), *by_name),
            base.where(blank).order_by(*by_name),
        ]
    if sort == "stage":
        stages = list(LifecycleStage)[:: -1 if descending else 1]
        return [base.where(Contact.stage == s.value).order_by(*by_name) for s in stages]
    # owner: one partition per staff member in name order, then the contacts without one
    staff = list(session.scalars(select(Staff.id).order_by(func.lower(Staff.name), Staff.id)))
    parts = [
        base.where(Contact.owner_id == i).order_by(*by_name)
        for i in staff[:: -1 if descending else 1]
    ]
    return [*parts, base.where(Contact.owner_id.is_(None)).order_by(*by_name)]


def _by_name(base: Select[Any], query: ContactFilter, descending: bool) -> Select[Any]:
    """`base` in name order. A search's hits are looked up in the covering (id, deleted_at,
    sort_name) index: reading each hit's contact row to sort costs ten times as much."""
    if fts_query(query.text) is not None:
        base = base.with_hint(Contact, "INDEXED BY ix_contact_id_live_sort", "sqlite")
    return base.order_by(*_name_order(descending))


def _first_hits_by_name(
    query: ContactFilter, match: str, descending: bool, limit: int
) -> Select[Any]:
    """The first `limit` search hits in name order in one statement: the live-contacts name
    index is walked in order and each entry probed in the FTS hit set, so a broad search
    ("m", 17,000 hits) stops after `limit` finds instead of sorting every hit (3-4x faster
    on 100,000 contacts); a search with no hits walks the index once (about 10 ms)."""
    base = _filtered(select(Contact.id), query, "", walk_live=True, match=match)
    walk = base.with_hint(Contact, "INDEXED BY ix_contact_live_sort", "sqlite")
    return walk.order_by(*_name_order(descending)).limit(limit)


_MATCH_SLOT = "\x00match"  # the search's place among a first-hits query's parameters


def _first_hits_sql(
    session: Session, query: ContactFilter, match: str, descending: bool, limit: int
) -> tuple[str, list[Any]]:
    """`_first_hits_by_name` as SQL text and parameters, compiled once per filter with the
    search left out (the FTS5 `match` is one parameter): building and compiling the statement
    cost about twice the query itself on every keystroke."""
    shape = replace(query, text="")
    sql, params = _first_hits_compiled(session.get_bind().dialect, shape, descending, limit)
    slot = params.index(_MATCH_SLOT)
    return sql, [*params[:slot], match, *params[slot + 1 :]]


@lru_cache(maxsize=32)
def _first_hits_compiled(
    dialect: Dialect, shape: ContactFilter, descending: bool, limit: int
) -> tuple[str, tuple[Any, ...]]:
    """The first-hits query of a search-free filter `shape`, its MATCH parameter a marker."""
    statement = _first_hits_by_name(shape, _MATCH_SLOT, descending, limit)
    compiled_query = statement.compile(dialect=dialect, compile_kwargs={"render_postcompile": True})
    values = compiled_query.construct_params()
    return str(compiled_query), tuple(values[name] for name in compiled_query.positiontup or ())


def _stat_order(sort: str, descending: bool) -> list[UnaryExpression[Any]]:
    """Figure, then name, then id, as every other column breaks ties: the order of the
    figure's (value, sort_name) index, which ends with the rowid (contact_id)."""
    return [
        _direction(_STATS_SORTS[sort], descending),
        _direction(ContactStats.sort_name, descending),
        _direction(ContactStats.contact_id, descending),
    ]


def _stat_queries(query: ContactFilter, sort: str, descending: bool) -> tuple[Select[Any], ...]:
    """The matching live ids in name order, and every id with a value for the stats column
    in its index's order (an index walk, never a temporary sort)."""
    named = _by_name(_filtered(select(Contact.id), query, ""), query, descending)
    ranked = (
        select(ContactStats.contact_id)
        .where(_STATS_SORTS[sort].is_not(None))
        .order_by(*_stat_order(sort, descending))
    )
    return named, ranked


def _first_by_stat(query: ContactFilter, sort: str, descending: bool, limit: int) -> Select[Any]:
    """The first `limit` ids of a stats order: the column's index walked in order, each entry
    checked against the filter on its contact row, stopping after `limit` finds (the whole
    list needs two full walks)."""
    matching = _filtered(select(Contact.id), query, "").where(Contact.id == ContactStats.contact_id)
    return (
        select(ContactStats.contact_id)
        .where(_STATS_SORTS[sort].is_not(None), matching.exists())
        .order_by(*_stat_order(sort, descending))
        .limit(limit)
    )


def _ids_by_stat(session: Session, query: ContactFilter, sort: str, descending: bool) -> list[int]:
    """Stats order: the column's index order (ties by name, then id) kept to the live contacts
    that match `query`; those without a value (not computed yet) follow in name order.

    Joining contact_stats to contact and sorting costs 400-700 ms on 100,000 contacts; two
    index walks and a set test in Python stay under 100 ms."""
    named_query, ranked_query = _stat_queries(query, sort, descending)
    named = _fetch_ids(session, named_query)
    wanted = set(named)
    head = list(filter(wanted.__contains__, _fetch_ids(session, ranked_query)))
    if len(head) == len(named):
        return head
    wanted.difference_update(head)
    return head + list(filter(wanted.__contains__, named))


def id_chunks(ids: list[int]) -> Iterator[list[int]]:
    """Slices small enough for an IN (...) list."""
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def clean_tag(raw: str) -> str:
    tag = clean_name(raw, field="tag")
    if not tag:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "A tag needs a name."))
    return tag


def tag_id_named(session: Session, name: str, now: datetime) -> int:
    """The id of the tag with this name, created (or revived) when needed."""
    tag = session.scalar(select(Tag).where(Tag.name == name))
    if tag is None:
        tag = Tag(name=name)
        stamp_new(tag, now)
        session.add(tag)
        session.flush()
    elif tag.deleted_at is not None:
        restore(tag, now)
    return tag.id


def _new_link(contact_id: int, tag_id: int, now: datetime) -> ContactTag:
    link = ContactTag(contact_id=contact_id, tag_id=tag_id)
    stamp_new(link, now)
    return link


def _tag_names(session: Session, contact_id: int) -> list[str]:
    return list(
        session.scalars(
            select(Tag.name)
            .join(ContactTag, ContactTag.tag_id == Tag.id)
            .where(
                ContactTag.contact_id == contact_id,
                ContactTag.deleted_at.is_(None),
                Tag.deleted_at.is_(None),
            )
            .order_by(func.lower(Tag.name))
        )
    )


def _methods(session: Session, contact_id: int) -> list[MethodDraft]:
    rows = session.execute(
        select(ContactMethod.kind, ContactMethod.value, ContactMethod.label)
        .where(ContactMethod.contact_id == contact_id, ContactMethod.deleted_at.is_(None))
        .order_by(ContactMethod.id)
    )
    return [MethodDraft(MethodKind(r[0]), r[1], r[2]) for r in rows]


def _replace_tags(session: Session, contact_id: int, names: Iterable[str], now: datetime) -> None:
    """Make the contact's live tags exactly `names` (links are revived, not duplicated)."""
    wanted = {tag_id_named(session, clean_tag(n), now) for n in names if n.strip()}
    for link in session.scalars(select(ContactTag).where(ContactTag.contact_id == contact_id)):
        keep = link.tag_id in wanted
        if keep and link.deleted_at is not None:
            restore(link, now)
        elif not keep and link.deleted_at is None:
            soft_delete(link, now)
        wanted.discard(link.tag_id)
    session.add_all(_new_link(contact_id, tag_id, now) for tag_id in wanted)


def _unverified_phones(
    session: Session, contact_id: int | None, *, form_typed: bool = True
) -> frozenset[str]:
    """The contact's extra phones stored without a normalised form: kept as typed by an import
    because they did not validate (value_norm ''), and with `form_typed` also those typed in
    the form, checked then (NULL): neither is refused when saved again unchanged."""
    if not contact_id:  # a new contact, not flushed yet
        return frozenset()
    unchecked = ContactMethod.value_norm == ""
    if form_typed:
        unchecked = or_(unchecked, ContactMethod.value_norm.is_(None))
    return frozenset(
        session.scalars(
            select(ContactMethod.value).where(
                ContactMethod.contact_id == contact_id,
                ContactMethod.kind == MethodKind.PHONE.value,
                unchecked,
                ContactMethod.deleted_at.is_(None),
            )
        )
    )


def _display_name_kept(
    session: Session, contact: Contact, first: str, last: str, company: str
) -> str | None:
    """A display name of the contact's own (Thunderbird's Display Name, a vCard's FN) while the
    names it differs from stay the same; None when it is to be made from the names."""
    if not contact.id or not contact.display_name:
        return None
    old_company = session.get(Company, contact.company_id) if contact.company_id else None
    before = (
        contact.first_name or "",
        contact.last_name or "",
        old_company.name if old_company else "",
    )
    made = display_name_of(*before)
    return (
        contact.display_name
        if contact.display_name != made and before == (first, last, company)
        else None
    )


def _replace_methods(
    session: Session, contact: Contact, methods: list[MethodDraft], now: datetime
) -> None:
    """Tombstone the old extra methods and store the new list (labels and order as given); a
    phone an import kept unverified stays marked so while it is left as it was."""
    unverified = _unverified_phones(session, contact.id, form_typed=False)
    for old in session.scalars(
        select(ContactMethod).where(
            ContactMethod.contact_id == contact.id, ContactMethod.deleted_at.is_(None)
        )
    ):
        soft_delete(old, now)
    for method in methods:
        row = ContactMethod(
            contact_id=contact.id,
            kind=method.kind.value,
            label=method.label,
            value=method.value,
            value_norm=""
            if method.kind is MethodKind.PHONE and method.value in unverified
            else _method_key(method),
        )
        stamp_new(row, now)
        session.add(row)


def _method_key(method: MethodDraft) -> str | None:
    if method.kind is MethodKind.EMAIL:
        return email_match_key(method.value)
    return None


def _clean_custom(session: Session, values: dict[str, str]) -> dict[str, Any]:
    """Keep only defined custom fields with a value; an unknown key is a mistake worth naming."""
    known = custom_field_labels(session)
    cleaned: dict[str, Any] = {}
    for key, raw in values.items():
        if key not in known:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "'{key}' is not a defined custom field."), key=key
            )
        value = clean_text(raw, field=key, max_length=1000)
        if value:
            cleaned[key] = value
    return cleaned


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
