"""One chronological stream per contact and for the whole business: interactions, ledger rows,
complaint events, survey answers, tasks done and consent changes, newest first.

The stream is a UNION ALL of one indexed, ordered SELECT per source, which SQLite merges lazily,
and it is paged by key (the last entry's time, source and id), so page N costs what page 1
costs even a million entries deep. Filters are applied inside each SELECT.

Free text finds interactions through the `interaction_fts` index (word prefixes, accents and case
folded); the other sources, much smaller, are matched with a substring test.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import IntEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    and_,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
    tuple_,
    union_all,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.domain.enums import TimelineKind as TimelineKind  # noqa: PLC0414 - moved to the domain
from app.domain.enums import TxnKind
from app.domain.progress import Cancelled
from app.services.interactions import prefix_match
from app.storage.database import Database
from app.storage.fts import interaction_hits
from app.storage.models import (
    Complaint,
    ComplaintEvent,
    Consent,
    Contact,
    Interaction,
    Staff,
    SurveyResponse,
    Task,
    Txn,
    UTCDateTime,
)

PAGE_SIZE = 200
# Below this many matching interactions the search reads them and sorts them by time; above it,
# walking the time index and checking each row against the matches finds a page sooner.
FEW_MATCHES = 2000
PROGRESS_STEPS = 1000  # SQLite VM steps between two looks at a cancel flag


class QueryCancelled(Exception):  # noqa: N818 - names what happened, not an error
    """A newer query took this one's place and SQLite was interrupted mid-way."""


LEDGER_KINDS = frozenset(
    {TimelineKind.ORDER, TimelineKind.PAYMENT, TimelineKind.REFUND, TimelineKind.CREDIT}
)


class Source(IntEnum):
    """The table an entry comes from; its number breaks ties between entries at the same time."""

    CONSENT = 0
    TASK = 1
    SURVEY = 2
    COMPLAINT = 3
    LEDGER = 4
    INTERACTION = 5


@dataclass(frozen=True, slots=True)
class InteractionFacts:
    subject: str  # the subject, else the outcome (customer text, one line)
    body: str
    outcome: str
    duration_seconds: int


@dataclass(frozen=True, slots=True)
class LedgerFacts:
    amount_minor: int
    currency: str
    reference: str
    description: str


@dataclass(frozen=True, slots=True)
class ComplaintFacts:
    number: str
    event: str  # a ComplaintEventKind value
    from_status: str | None  # None when the case was opened
    to_status: str | None  # None when the event is not a status change
    body: str


@dataclass(frozen=True, slots=True)
class SurveyFacts:
    survey: str  # a SurveyKind value
    score: int
    comment: str


@dataclass(frozen=True, slots=True)
class TaskFacts:
    title: str
    notes: str


@dataclass(frozen=True, slots=True)
class ConsentFacts:
    purpose: str  # a ConsentPurpose value
    granted: bool
    evidence: str


Facts = InteractionFacts | LedgerFacts | ComplaintFacts | SurveyFacts | TaskFacts | ConsentFacts


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One line of the stream, as plain values the UI can show without asking again."""

    source: Source
    source_id: int
    kind: TimelineKind
    at: datetime
    contact_id: int
    contact_name: str
    channel: str | None
    direction: str | None
    staff: str | None
    facts: Facts  # what happened, as values: the UI words them in the person's language

    @property
    def key(self) -> tuple[int, int]:
        return (int(self.source), self.source_id)


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    contact_id: int | None = None
    channels: frozenset[str] = field(default_factory=frozenset)
    kinds: frozenset[TimelineKind] = field(default_factory=frozenset)  # empty: every kind
    staff_id: int | None = None
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive
    text: str = ""


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where the next page starts: strictly after this entry in newest-first order."""

    at: datetime
    source: Source
    source_id: int


@dataclass(frozen=True, slots=True)
class TimelinePage:
    entries: tuple[TimelineEntry, ...]
    next_cursor: Cursor | None  # None when the stream is exhausted


@dataclass(frozen=True, slots=True)
class _Search:
    """How the free text is applied: `match` for interactions (FTS5), `like` for the rest;
    `drive` when the interaction SELECT should start from the index's matches; `since` when a
    page of interactions already reaches back only that far, so older rows of the other
    sources cannot make the page."""

    match: str
    like: str
    drive: bool
    since: datetime | None = None

    def interaction_ids(self) -> ColumnElement[bool]:
        matches = interaction_hits(self.match)
        # `id + 0` keeps SQLite from reading the matches first, so it walks the time index
        return Interaction.id.in_(matches) if self.drive else (Interaction.id + 0).in_(matches)


@dataclass(frozen=True, slots=True)
class _Arm:
    """How one source takes part in the stream."""

    source: Source
    model: Any
    id_col: InstrumentedAttribute[int]
    at_col: InstrumentedAttribute[Any]
    contact_col: ColumnElement[Any] | InstrumentedAttribute[Any]
    text_cols: tuple[InstrumentedAttribute[Any], ...]
    channel_col: InstrumentedAttribute[Any] | None = None
    staff_col: InstrumentedAttribute[Any] | None = None
    kind_col: InstrumentedAttribute[Any] | None = None
    join: tuple[Any, Any] | None = None
    kinds: frozenset[TimelineKind] = frozenset()
    always: tuple[ColumnElement[bool], ...] = ()


_ARMS: tuple[_Arm, ...] = (
    _Arm(
        Source.INTERACTION,
        Interaction,
        Interaction.id,
        Interaction.occurred_at,
        Interaction.contact_id,
        (),  # searched through interaction_fts (subject, body, outcome)
        channel_col=Interaction.channel,
        staff_col=Interaction.staff_id,
        kinds=frozenset({TimelineKind.INTERACTION}),
    ),
    _Arm(
        Source.LEDGER,
        Txn,
        Txn.id,
        Txn.occurred_at,
        Txn.contact_id,
        (Txn.reference, Txn.description),
        kind_col=Txn.kind,
        kinds=LEDGER_KINDS,
    ),
    _Arm(
        Source.COMPLAINT,
        ComplaintEvent,
        ComplaintEvent.id,
        ComplaintEvent.at,
        Complaint.contact_id,
        (ComplaintEvent.body,),
        join=(Complaint, Complaint.id == ComplaintEvent.complaint_id),
        kinds=frozenset({TimelineKind.COMPLAINT}),
    ),
    _Arm(
        Source.SURVEY,
        SurveyResponse,
        SurveyResponse.id,
        SurveyResponse.answered_at,
        SurveyResponse.contact_id,
        (SurveyResponse.comment,),
        channel_col=SurveyResponse.channel,
        kinds=frozenset({TimelineKind.SURVEY}),
    ),
    _Arm(
        Source.TASK,
        Task,
        Task.id,
        Task.done_at,
        Task.contact_id,
        (Task.title, Task.notes),
        kinds=frozenset({TimelineKind.TASK}),
        always=(Task.contact_id.is_not(None),),
    ),
    _Arm(
        Source.CONSENT,
        Consent,
        Consent.id,
        Consent.at,
        Consent.contact_id,
        (Consent.purpose, Consent.evidence),
        kinds=frozenset({TimelineKind.CONSENT}),
    ),
)


class TimelineService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def page(
        self,
        filters: TimelineFilter,
        after: Cursor | None = None,
        limit: int = PAGE_SIZE,
        cancelled: Cancelled | None = None,
    ) -> TimelinePage:
        """The next `limit` entries (newest first) matching `filters`, after `after`; raises
        QueryCancelled as soon as `cancelled()` turns true."""
        with self._db.read() as session, _interruptible(session, cancelled):
            search = _search(session, filters)
            if search is not None and filters.contact_id is None:
                search = _bounded(session, search, filters, after, limit)
            arms = [q for arm in _ARMS for q in _arm_selects(arm, filters, after, search)]
            if not arms:
                return TimelinePage((), None)
            rows = session.execute(_newest_first(arms).limit(limit)).all()
            entries = _entries(session, [(Source(r.src), r.id) for r in rows])
        cursor = None
        if len(rows) == limit:
            last = rows[-1]
            cursor = Cursor(last.at, Source(last.src), last.id)
        return TimelinePage(tuple(entries), cursor)

    def channel_counts(
        self, filters: TimelineFilter, cancelled: Cancelled | None = None
    ) -> dict[str, int]:
        """Entries per channel under every filter but the channel one (for the filter chips);
        raises QueryCancelled as soon as `cancelled()` turns true."""
        open_filters = TimelineFilter(
            filters.contact_id,
            frozenset(),
            filters.kinds,
            filters.staff_id,
            filters.since,
            filters.until,
            filters.text,
        )
        counts: dict[str, int] = {}
        with self._db.read() as session, _interruptible(session, cancelled):
            search = _search(session, open_filters)
            if search is not None and filters.contact_id is None:
                # counting visits every match: reading them beats testing a million index rows
                search = replace(search, drive=True)
            for arm in _ARMS:
                if arm.channel_col is None:
                    continue
                base = _arm_select(arm, open_filters, None, search)
                if base is None:
                    continue
                grouped = base.subquery("arm")
                rows = session.execute(
                    select(grouped.c.channel, func.count())
                    .where(grouped.c.channel.is_not(None))
                    .group_by(grouped.c.channel)
                )
                for channel, count in rows:
                    counts[channel] = counts.get(channel, 0) + count
        return counts


@contextmanager
def _interruptible(session: Session, cancelled: Cancelled | None) -> Iterator[None]:
    """Let `cancelled` stop the statements run inside (SQLite's progress handler)."""
    if cancelled is None:
        yield
        return
    raw = session.connection().connection.driver_connection
    assert raw is not None  # noqa: S101 - a checked-out connection always has one
    raw.set_progress_handler(lambda: int(cancelled()), PROGRESS_STEPS)
    try:
        yield
    except OperationalError as exc:
        if cancelled():
            raise QueryCancelled from exc
        raise
    finally:
        raw.set_progress_handler(None, 0)


def _newest_first(selects: list[Select[Any]]) -> CompoundSelect[Any]:
    """The arms as one stream; ORDER BY on the compound itself lets SQLite merge the arms'
    index orders lazily."""
    return union_all(*selects).order_by(
        literal_column("at").desc(), literal_column("src").desc(), literal_column("id").desc()
    )


def _bounded(
    session: Session, search: _Search, filters: TimelineFilter, after: Cursor | None, limit: int
) -> _Search:
    """`search` with `since` set to the time of the page's last matching interaction, when
    there are a page of them: the other sources then read only that recent stretch."""
    selects = _arm_selects(_ARMS[0], filters, after, search)
    if not selects:
        return search
    # by time alone (a one-arm compound sorted by its literal `src` too would sort every match)
    stream = union_all(*selects) if len(selects) > 1 else selects[0]
    newest = stream.order_by(literal_column("at").desc())
    last = session.execute(newest.offset(limit - 1).limit(1)).first()
    return search if last is None else replace(search, since=last.at)


def _search(session: Session, filters: TimelineFilter) -> _Search | None:
    """The text search the filter asks for (None when it holds no word). On the global stream
    the matches drive the interaction SELECT when there are fewer than FEW_MATCHES of them;
    one contact's stream always walks that contact's index."""
    match = prefix_match(filters.text)
    if match is None:
        return None
    drive = False
    if filters.contact_id is None:
        found = interaction_hits(match)
        counted = select(func.count()).select_from(found.limit(FEW_MATCHES).subquery())
        drive = (session.scalar(counted) or 0) < FEW_MATCHES
    return _Search(match, "%" + _escape_like(filters.text.strip()) + "%", drive)


def _arm_selects(
    arm: _Arm, filters: TimelineFilter, after: Cursor | None, search: _Search | None
) -> list[Select[Any]]:
    """One SELECT per chosen channel, so each reads the (channel, time) index in order and the
    merge stays lazy; a single SELECT when no channel is chosen."""
    if not filters.channels or arm.channel_col is None:
        found = _arm_select(arm, filters, after, search)
        return [] if found is None else [found]
    selects = []
    for channel in sorted(filters.channels):
        one = replace(filters, channels=frozenset({channel}))
        found = _arm_select(arm, one, after, search)
        if found is not None:
            selects.append(found)
    return selects


def _arm_select(
    arm: _Arm, filters: TimelineFilter, after: Cursor | None, search: _Search | None
) -> Select[Any] | None:
    """The SELECT of one source under the filters, or None when the filters exclude it."""
    kinds = arm.kinds & filters.kinds if filters.kinds else arm.kinds
    if not kinds:
        return None
    if filters.channels and arm.channel_col is None:
        return None
    if filters.staff_id is not None and arm.staff_col is None:
        return None
    channel = arm.channel_col if arm.channel_col is not None else null()
    query = select(
        literal_column(str(int(arm.source))).label("src"),
        arm.id_col.label("id"),
        arm.at_col.label("at"),
        channel.label("channel"),
    ).select_from(arm.model)
    if arm.join is not None:
        query = query.join(*arm.join)
    query = query.where(arm.model.deleted_at.is_(None), arm.at_col.is_not(None), *arm.always)
    conditions = _conditions(arm, filters, kinds, search)
    if after is not None:
        conditions.append(_after(arm, after))
    return query.where(and_(*conditions)) if conditions else query


def _conditions(
    arm: _Arm, filters: TimelineFilter, kinds: frozenset[TimelineKind], search: _Search | None
) -> list[ColumnElement[bool]]:
    """The WHERE terms the filters add to one source's SELECT."""
    conditions: list[ColumnElement[bool]] = []
    if arm.kind_col is not None and kinds != arm.kinds:
        conditions.append(arm.kind_col.in_(sorted(kinds)))
    if filters.contact_id is not None:
        conditions.append(arm.contact_col == filters.contact_id)
    if len(filters.channels) == 1 and arm.channel_col is not None:
        conditions.append(arm.channel_col == next(iter(filters.channels)))
    elif filters.channels and arm.channel_col is not None:
        conditions.append(arm.channel_col.in_(sorted(filters.channels)))
    if filters.staff_id is not None and arm.staff_col is not None:
        conditions.append(arm.staff_col == filters.staff_id)
    if filters.since is not None:
        conditions.append(arm.at_col >= filters.since)
    if filters.until is not None:
        conditions.append(arm.at_col < filters.until)
    if search is not None and search.since is not None:
        conditions.append(arm.at_col >= search.since)
    if search is not None and arm.source is Source.INTERACTION:
        conditions.append(search.interaction_ids())
    elif search is not None and (filters.contact_id is not None or search.since is not None):
        # few rows to look at (one contact's, or a recent stretch): test each one's text
        conditions.append(or_(*(c.like(search.like, escape="\\") for c in arm.text_cols)))
    elif search is not None:
        # read the matches off the table in one sequential pass, then sort just those: walking
        # the time index and testing each row's text costs a random read per row
        matching = select(arm.id_col).where(
            or_(*(c.like(search.like, escape="\\") for c in arm.text_cols))
        )
        conditions.append(arm.id_col.in_(matching))
    return conditions


def _after(arm: _Arm, cursor: Cursor) -> ColumnElement[bool]:
    """Entries strictly after `cursor` in (time desc, source desc, id desc) order."""
    if arm.source < cursor.source:
        return arm.at_col <= cursor.at
    if arm.source > cursor.source:
        return arm.at_col < cursor.at
    at = literal(cursor.at, type_=UTCDateTime())
    return tuple_(arm.at_col, arm.id_col) < tuple_(at, literal(cursor.source_id))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# -- turning keys into entries -------------------------------------------------------------------


def _entries(session: Session, keys: Sequence[tuple[Source, int]]) -> list[TimelineEntry]:
    """Fetch the page's rows, one query per source present, and keep the stream's order."""
    by_source: dict[Source, list[int]] = {}
    for source, row_id in keys:
        by_source.setdefault(source, []).append(row_id)
    found: dict[tuple[Source, int], TimelineEntry] = {}
    for source, ids in by_source.items():
        for entry in _LOADERS[source](session, ids):
            found[(entry.source, entry.source_id)] = entry
    names = _contact_names(session, {e.contact_id for e in found.values()})
    return [_named(found[k], names) for k in keys if k in found]


def _named(entry: TimelineEntry, names: dict[int, str]) -> TimelineEntry:
    return replace(entry, contact_name=names.get(entry.contact_id, ""))


def _contact_names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    rows = session.execute(select(Contact.id, Contact.display_name).where(Contact.id.in_(ids)))
    return {r.id: r.display_name for r in rows}


def _interactions(session: Session, ids: list[int]) -> list[TimelineEntry]:
    rows = session.execute(
        select(
            Interaction.id,
            Interaction.occurred_at,
            Interaction.contact_id,
            Interaction.channel,
            Interaction.direction,
            Interaction.subject,
            Interaction.body,
            Interaction.outcome,
            Interaction.duration_seconds,
            Staff.name,
        )
        .outerjoin(Staff, Staff.id == Interaction.staff_id)
        .where(Interaction.id.in_(ids))
    )
    entries = []
    for item in rows:
        facts = InteractionFacts(
            _one_line(item.subject or item.outcome or ""),
            item.body or "",
            item.outcome or "",
            item.duration_seconds or 0,
        )
        entries.append(
            _entry(
                Source.INTERACTION,
                item.id,
                TimelineKind.INTERACTION,
                item.occurred_at,
                item.contact_id,
                facts=facts,
                channel=item.channel,
                direction=item.direction,
                staff=item.name,
            )
        )
    return entries


def _ledger(session: Session, ids: list[int]) -> list[TimelineEntry]:
    entries = []
    for txn in session.scalars(select(Txn).where(Txn.id.in_(ids))):
        facts = LedgerFacts(
            txn.amount_minor, txn.currency, _one_line(txn.reference or ""), txn.description or ""
        )
        entries.append(
            _entry(
                Source.LEDGER,
                txn.id,
                TimelineKind(TxnKind(txn.kind).value),
                txn.occurred_at,
                txn.contact_id,
                facts=facts,
            )
        )
    return entries


def _complaint_events(session: Session, ids: list[int]) -> list[TimelineEntry]:
    rows = session.execute(
        select(ComplaintEvent, Complaint.number, Complaint.contact_id)
        .join(Complaint, Complaint.id == ComplaintEvent.complaint_id)
        .where(ComplaintEvent.id.in_(ids))
    )
    entries = []
    for event, number, contact_id in rows:
        facts = ComplaintFacts(
            number, event.kind, event.from_status, event.to_status or None, event.body or ""
        )
        entries.append(
            _entry(
                Source.COMPLAINT,
                event.id,
                TimelineKind.COMPLAINT,
                event.at,
                contact_id,
                facts=facts,
                staff=event.actor or None,
            )
        )
    return entries


def _surveys(session: Session, ids: list[int]) -> list[TimelineEntry]:
    entries = []
    for answer in session.scalars(select(SurveyResponse).where(SurveyResponse.id.in_(ids))):
        entries.append(
            _entry(
                Source.SURVEY,
                answer.id,
                TimelineKind.SURVEY,
                answer.answered_at,
                answer.contact_id,
                facts=SurveyFacts(answer.kind, answer.score, answer.comment or ""),
                channel=answer.channel,
                direction="inbound",
            )
        )
    return entries


def _tasks(session: Session, ids: list[int]) -> list[TimelineEntry]:
    entries = []
    for task in session.scalars(select(Task).where(Task.id.in_(ids))):
        if task.done_at is None or task.contact_id is None:
            continue  # excluded by the arm's conditions; narrows the types
        entries.append(
            _entry(
                Source.TASK,
                task.id,
                TimelineKind.TASK,
                task.done_at,
                task.contact_id,
                facts=TaskFacts(_one_line(task.title), task.notes or ""),
                direction="internal",
            )
        )
    return entries


def _consents(session: Session, ids: list[int]) -> list[TimelineEntry]:
    entries = []
    for consent in session.scalars(select(Consent).where(Consent.id.in_(ids))):
        entries.append(
            _entry(
                Source.CONSENT,
                consent.id,
                TimelineKind.CONSENT,
                consent.at,
                consent.contact_id,
                facts=ConsentFacts(consent.purpose, bool(consent.granted), consent.evidence or ""),
            )
        )
    return entries


def _entry(
    source: Source,
    source_id: int,
    kind: TimelineKind,
    at: datetime,
    contact_id: int,
    *,
    facts: Facts,
    channel: str | None = None,
    direction: str | None = None,
    staff: str | None = None,
) -> TimelineEntry:
    return TimelineEntry(
        source,
        source_id,
        kind,
        at,
        contact_id,
        "",
        channel,
        direction,
        staff,
        facts=facts,
    )


def _one_line(text: str) -> str:
    """Customer text shown on one line: runs of white space (new lines too) as one space."""
    return " ".join(text.split())


_LOADERS: dict[Source, Callable[[Session, list[int]], list[TimelineEntry]]] = {
    Source.INTERACTION: _interactions,
    Source.LEDGER: _ledger,
    Source.COMPLAINT: _complaint_events,
    Source.SURVEY: _surveys,
    Source.TASK: _tasks,
    Source.CONSENT: _consents,
}
