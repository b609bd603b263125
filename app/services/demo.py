"""Believable, deterministic sample data across every table, fast enough for 1.7 million rows.

Customers have a first order, a personal ordering rhythm, a mood and (for some) a date they stop
buying; orders follow the seasons, complaints are followed by remedies and a recovery survey, and
NPS drifts upwards over the last year. Rows go in with executemany in one write transaction, so a
cancelled run leaves the database as it was.
"""

from __future__ import annotations

import itertools
import json
import math
import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.domain.business_hours import BusinessCalendar
from app.domain.clock import FixedClock
from app.domain.enums import (
    Channel,
    ConsentPurpose,
    ContactSource,
    Direction,
    LifecycleStage,
    Priority,
    Remedy,
    SurveyKind,
    TxnKind,
)
from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.domain.progress import Cancelled, Progress, never_cancelled, no_progress
from app.domain.validation import fold
from app.services.analytics import AnalyticsService
from app.services.settings import ComplaintSettings, SettingsService
from app.storage import rollups
from app.storage.audit import AuditTrail
from app.storage.database import Database
from app.storage.models import Base, Contact
from app.storage.sqlite_dialect import page_cache


class DemoSize(StrEnum):
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


@dataclass(frozen=True, slots=True)
class DemoPlan:
    contacts: int
    interactions: int
    surveys: int
    ledger: int
    complaints: int
    heavy_contact_entries: int  # one contact with a long history, for timeline benchmarks


PLANS: dict[DemoSize, DemoPlan] = {
    DemoSize.SMALL: DemoPlan(500, 5_000, 1_000, 1_500, 100, 200),
    DemoSize.MEDIUM: DemoPlan(10_000, 100_000, 20_000, 30_000, 2_000, 5_000),
    DemoSize.LARGE: DemoPlan(100_000, 1_000_000, 200_000, 300_000, 20_000, 5_000),
}

YEARS_OF_HISTORY = 3
BATCH = 20_000
GENERATION_CACHE_KIB = 512 * 1024
BULK_TABLES = (
    "contact",
    "consent",
    "interaction",
    "txn",
    "complaint",
    "complaint_event",
    "survey_response",
)

FIRST_NAMES = (
    "Anna",
    "Jürgen",
    "Sofia",
    "Liam",
    "Zoë",
    "Mateo",
    "Chloé",
    "Lukas",
    "Amélie",
    "Noah",
    "Emma",
    "Björn",
    "Inés",
    "Oliver",
    "Léa",
    "Elias",
    "Mia",
    "Jonas",
    "Nina",
    "Ahmet",
    "Fatima",
    "Paul",
    "Greta",
    "José",
    "Marta",
    "Tomás",
    "Hannah",
    "Felix",
    "Clara",
    "Yusuf",
    "Ava",
    "Ben",
    "Lena",
    "Omar",
    "Ida",
    "Karl",
    "Sara",
    "Finn",
    "Maja",
    "Leon",
)
LAST_NAMES = (
    "Müller",
    "Schmidt",
    "García",
    "Novak",
    "Rossi",
    "Dubois",
    "Jansen",
    "Kowalski",
    "Smith",
    "Weber",
    "Fischer",
    "Lindqvist",
    "O'Brien",
    "Yılmaz",  # noqa: RUF001 - a real Turkish surname
    "Martín",
    "Becker",
    "Wagner",
    "Costa",
    "Hoffmann",
    "Schäfer",
    "Nguyen",
    "Koch",
    "Richter",
    "Klein",
    "Wolf",
    "Schröder",
    "Neumann",
    "Braun",
    "Zimmermann",
    "Hartmann",
    "Krüger",
    "Lange",
    "Werner",
    "Peters",
    "Jung",
    "Möller",
)
COMPANY_WORDS = (
    ("Nord", "Süd", "Alpen", "Rhein", "Stadt", "Blue", "Green", "Atlas", "Linden", "Sonnen"),
    ("bau", "tech", "haus", "werk", "logistik", "design", "garten", "küche", "media", "care"),
    ("GmbH", "AG", "KG", "& Co.", "Ltd", "e.K."),
)
CITIES = (
    "Berlin",
    "Hamburg",
    "München",
    "Köln",
    "Frankfurt",
    "Leipzig",
    "Düsseldorf",
    "Dresden",
    "Stuttgart",
    "Bremen",
    "Hannover",
    "Nürnberg",
)
AREA_CODES = ("30", "40", "89", "221", "69", "341", "211", "351", "711", "421", "511", "911")
TAGS = (
    "vip",
    "wholesale",
    "newsletter",
    "b2b",
    "event-2024",
    "referral-partner",
    "vegan",
    "late-payer",
)
STAFF = ("Alex Brandt", "Maria Kühn", "Sam Okafor", "Julia Lenz", "Tim Vogel", "Eva Roth")
CATEGORIES = (
    "product defect",
    "late delivery",
    "billing error",
    "staff behaviour",
    "website problem",
    "wrong item",
)
ROOT_CAUSES = ("supplier", "process", "training", "system", "carrier", "unknown")
SUBJECTS: dict[str, tuple[str, ...]] = {
    "phone": ("Called about order status", "Follow-up call", "Left voicemail", "Price enquiry"),
    "email": ("Sent quote", "Answered question about delivery", "Newsletter reply", "Invoice sent"),
    "meeting": ("Quarterly review", "Product demo", "Contract discussion"),
    "video": ("Video call: onboarding", "Video call: feedback session"),
    "chat": ("Chat: opening hours", "Chat: order change"),
    "sms": ("SMS reminder sent", "SMS: delivery window"),
    "social": ("Replied to Instagram message", "Thanked for review"),
    "website": ("Contact form: catalogue request", "Contact form: wholesale enquiry"),
    "in_person": ("Visited the shop", "Met at trade fair"),
    "letter": ("Sent birthday card", "Sent catalogue"),
    "note": ("Prefers morning calls", "Interested in the new range", "Pays by invoice"),
}
CHANNEL_WEIGHTS = (
    ("phone", 25),
    ("email", 35),
    ("meeting", 5),
    ("video", 4),
    ("chat", 6),
    ("sms", 5),
    ("social", 4),
    ("website", 4),
    ("in_person", 6),
    ("letter", 2),
    ("note", 4),
)
# Version 4 and RFC 4122 variant bits of a UUID, applied to 128 random bits.
_UUID4_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_UUID4_SET = (0x4000 << 64) | (0x8000 << 48)


@cache
def _cumulative(pairs: tuple[tuple[str, int], ...]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Values and running weight totals, computed once per distinct weight table."""
    values = tuple(p[0] for p in pairs)
    totals: list[int] = []
    for _value, weight in pairs:
        totals.append((totals[-1] if totals else 0) + weight)
    return values, tuple(totals)


TXN_COLUMNS = (
    "contact_id",
    "occurred_at",
    "kind",
    "amount_minor",
    "currency",
    "reference",
    "complaint_id",
)


@dataclass(frozen=True, slots=True)
class DemoResult:
    size: DemoSize
    seed: int
    counts: dict[str, int]


@dataclass(slots=True)
class _Customer:
    id: int
    first_order: float | None  # day index from the start of history
    stop: float  # day index after which they order no more
    rhythm_days: float
    mood: float  # -1 (unhappy) .. 1 (delighted)
    avg_order_minor: int


class _Writer:
    """Builds rows with one seeded RNG and writes them in batches through executemany."""

    def __init__(
        self, session: Session, seed: int, anchor: date, progress: Progress, cancelled: Cancelled
    ) -> None:
        self.session, self.rng = session, random.Random(seed)  # noqa: S311 - reproducible sample data, not secrets
        self.start = datetime.combine(
            anchor - timedelta(days=365 * YEARS_OF_HISTORY), datetime.min.time(), UTC
        )
        self.days = 365 * YEARS_OF_HISTORY
        self.stamp = self.start.strftime("%Y-%m-%d %H:%M:%S.000000")
        self._day_text = [
            (self.start + timedelta(days=d)).strftime("%Y-%m-%d") for d in range(self.days)
        ]
        self.progress, self.cancelled = progress, cancelled
        # A second run (--force) gets fresh uids: its generator is also seeded by what exists.
        existing = session.scalar(text("SELECT count(*) FROM audit_log")) or 0
        self.uid_rng = random.Random(f"{seed}/{existing}")  # noqa: S311 - not secrets
        self.counts: dict[str, int] = {}

    def uid(self) -> str:
        """A random UUID4 in text form, built directly (uuid.UUID is slow over millions)."""
        bits = (self.uid_rng.getrandbits(128) & _UUID4_CLEAR) | _UUID4_SET
        h = f"{bits:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def at(self, day: float) -> str:
        """The stored text form of a moment `day` days after the start of history."""
        if day >= self.days:  # a moment past today stays today, at its own time of day
            day = self.days - 1 + (day - int(day))
        day = max(day, 0.0)
        whole = int(day)
        seconds = int((day - whole) * 86_400)
        hour, rest = divmod(seconds, 3600)
        return f"{self._day_text[whole]} {hour:02d}:{rest // 60:02d}:{rest % 60:02d}.000000"

    def work_moment(self, day: float) -> float:
        """Move a day index into working hours (08:00-18:00) for believable timestamps."""
        return math.floor(day) + (8 + self.rng.random() * 10) / 24

    def insert(
        self,
        table: str,
        columns: Sequence[str],
        rows: Iterator[tuple[Any, ...]],
        label: str,
        total: int,
    ) -> int:
        sync = ("uid", "created_at", "updated_at", "version")
        names = ", ".join((*sync, *columns))
        marks = ", ".join("?" * (len(sync) + len(columns)))
        sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"  # noqa: S608 - our constants
        batch: list[tuple[Any, ...]] = []
        written = 0
        for row in rows:
            created = row[0]
            batch.append((self.uid(), created, created, 1, *row[1:]))
            if len(batch) >= BATCH:
                written += self._flush(sql, batch, label, written, total)
        written += self._flush(sql, batch, label, written, total)
        self.counts[table] = self.counts.get(table, 0) + written
        return written

    def _flush(
        self, sql: str, batch: list[tuple[Any, ...]], label: str, done: int, total: int
    ) -> int:
        if self.cancelled():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "Sample data generation was cancelled; nothing was written."
                )
            )
        if batch:
            self.session.connection().exec_driver_sql(sql, batch)
        size = len(batch)
        batch.clear()
        self.progress(label, min(1.0, (done + size) / max(total, 1)))
        return size

    def weighted(self, pairs: Sequence[tuple[str, int]]) -> str:
        values, cumulative = _cumulative(tuple(pairs))
        return self.rng.choices(values, cum_weights=cumulative)[0]


def database_has_data(db: Database) -> bool:
    with db.read() as session:
        return bool(session.scalar(select(func.count()).select_from(Contact)))


def generate(
    db: Database,
    audit: AuditTrail,
    size: DemoSize,
    *,
    seed: int = 1,
    anchor: date | None = None,
    force: bool = False,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> DemoResult:
    """Fill `db` with sample data of `size`; refuses a database that holds data unless forced."""
    if database_has_data(db) and not force:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "This database already holds contacts; use --force to add sample data."
            )
        )
    plan = PLANS[size]
    anchor = anchor or datetime.now(UTC).date()
    clock = FixedClock(datetime.combine(anchor, time(), tzinfo=UTC))
    complaint_settings = SettingsService(db, clock, audit).complaints()
    with db.write() as session, _bulk_load(session):
        writer = _Writer(session, seed, anchor, progress, cancelled)
        staff_ids = _staff(writer)
        company_ids = _companies(writer, max(5, plan.contacts // 20))
        tag_ids = _tags(writer)
        customers = _contacts(writer, plan, staff_ids, company_ids)
        _contact_tags(writer, customers, tag_ids)
        _consents(writer, customers)
        _interactions(writer, plan, customers, staff_ids)
        _ledger(writer, plan, customers)
        _complaints(writer, plan, customers, staff_ids, complaint_settings)
        _surveys(writer, plan, customers)
        _tasks(writer, customers)
        audit.record(session, "demo.generate", "database", None, f"size={size.value} seed={seed}")
    progress("customer figures", 1.0)
    _refresh_customer_figures(db, audit, anchor)
    return DemoResult(size, seed, writer.counts)


@contextmanager
def _bulk_load(session: Session) -> Iterator[None]:
    """Load fast inside the caller's transaction: a big page cache (random UUIDs scatter inserts
    over the unique uid indexes) and no secondary indexes on the big tables while rows go in;
    each is rebuilt once at the end, one sort instead of a million scattered inserts. A failure
    rolls the whole transaction back, the dropped indexes included."""
    connection = session.connection()
    indexes = [index for name in BULK_TABLES for index in Base.metadata.tables[name].indexes]
    with page_cache(connection, GENERATION_CACHE_KIB):
        for index in indexes:
            index.drop(connection)
        with rollups.suspended(connection):
            yield
            for index in indexes:
                index.create(connection)


def _refresh_customer_figures(db: Database, audit: AuditTrail, anchor: date) -> None:
    """Fill the per-customer cache (contact list columns) as of the end of the anchor day."""
    clock = FixedClock(datetime.combine(anchor, time(23, 59, 59), tzinfo=UTC))
    AnalyticsService(db, clock, audit, SettingsService(db, clock, audit)).refresh_contact_stats()


def _ids_after(w: _Writer, table: str, before: int) -> list[int]:
    sql = text(f"SELECT id FROM {table} WHERE id > :b ORDER BY id")  # noqa: S608 - constant
    return list(w.session.scalars(sql, {"b": before}))


def _max_id(w: _Writer, table: str) -> int:
    sql = text(f"SELECT coalesce(max(id), 0) FROM {table}")  # noqa: S608 - constant
    return int(w.session.scalar(sql) or 0)


def _staff(w: _Writer) -> list[int]:
    before = _max_id(w, "staff")
    rows = ((w.stamp, name, f"{fold(name).replace(' ', '.')}@example.com", 1) for name in STAFF)
    w.insert("staff", ("name", "email", "active"), rows, "staff", len(STAFF))
    return _ids_after(w, "staff", before)


def _companies(w: _Writer, count: int) -> list[int]:
    before = _max_id(w, "company")
    first, second, form = COMPANY_WORDS
    rows = (
        (w.stamp, f"{w.rng.choice(first)}{w.rng.choice(second)} {w.rng.choice(form)}")
        for _ in range(count)
    )
    w.insert("company", ("name",), rows, "companies", count)
    return _ids_after(w, "company", before)


def _tags(w: _Writer) -> list[int]:
    before = _max_id(w, "tag")
    existing = set(w.session.scalars(text("SELECT name FROM tag")))
    names = [t for t in TAGS if t not in existing]
    w.insert("tag", ("name",), ((w.stamp, name) for name in names), "tags", len(names))
    return _ids_after(w, "tag", before)


def _phone(w: _Writer) -> tuple[str, str, str]:
    """A German number as typed, in E.164, and its search digit forms."""
    area = w.rng.choice(AREA_CODES)
    local = str(w.rng.randrange(1_000_000, 9_999_999))
    typed = f"+49 {area} {local}" if w.rng.random() < 0.6 else f"0{area} {local}"
    return typed, f"+49{area}{local}", f"49{area}{local} 0{area}{local} {area}{local}"


def _contacts(
    w: _Writer, plan: DemoPlan, staff: list[int], companies: list[int]
) -> list[_Customer]:
    before = _max_id(w, "contact")
    profiles: list[tuple[float | None, float, float, float, int]] = []

    def rows() -> Iterator[tuple[Any, ...]]:
        for n in range(plan.contacts):
            first, last = w.rng.choice(FIRST_NAMES), w.rng.choice(LAST_NAMES)
            display = f"{first} {last}"
            email = f"{fold(first)}.{fold(last)}{n}@example.com".replace("'", "")
            has_phone = w.rng.random() < 0.8
            typed, e164, forms = _phone(w) if has_phone else (None, None, "")
            joined = w.rng.random() * (w.days - 30)
            buys = w.rng.random() < 0.7
            first_order = joined + w.rng.expovariate(1 / 20) if buys else None
            churns = w.rng.random() < 0.35
            stop = (first_order or joined) + w.rng.expovariate(1 / 300) if churns else 1e9
            mood = max(-1.0, min(1.0, w.rng.gauss(0.3, 0.5)))
            profiles.append(
                (
                    first_order,
                    stop,
                    w.rng.lognormvariate(math.log(60), 0.6),
                    mood,
                    int(w.rng.lognormvariate(math.log(6000), 0.7)),
                )
            )
            stage = _stage(first_order, stop, w.days, mood)
            yield (
                w.at(joined),
                first,
                last,
                display,
                fold(display),
                email,
                email,
                typed,
                e164,
                forms,
                w.rng.choice(companies) if w.rng.random() < 0.4 else None,
                w.rng.choice(CITIES),
                "DE",
                stage,
                w.rng.choice(list(ContactSource)).value,
                w.rng.choice(staff),
                "{}",
            )

    w.insert(
        "contact",
        (
            "first_name",
            "last_name",
            "display_name",
            "sort_name",
            "email",
            "email_norm",
            "phone",
            "phone_norm",
            "search_phones",
            "company_id",
            "city",
            "country",
            "stage",
            "source",
            "owner_id",
            "custom",
        ),
        rows(),
        "contacts",
        plan.contacts,
    )
    ids = _ids_after(w, "contact", before)
    return [_Customer(i, *p) for i, p in zip(ids, profiles, strict=True)]


def _stage(first_order: float | None, stop: float, days: int, mood: float) -> str:
    if first_order is None:
        return LifecycleStage.LEAD.value if mood < 0.3 else LifecycleStage.PROSPECT.value
    if stop < days:
        return LifecycleStage.CHURNED.value
    if mood > 0.8:
        return LifecycleStage.ADVOCATE.value
    return LifecycleStage.LOYAL.value if mood > 0.4 else LifecycleStage.CUSTOMER.value


def _contact_tags(w: _Writer, customers: list[_Customer], tags: list[int]) -> None:
    if not tags:
        return
    pairs = [
        (c.id, t)
        for c in customers
        if w.rng.random() < 0.3
        for t in w.rng.sample(tags, w.rng.randint(1, 2))
    ]
    w.insert(
        "contact_tag", ("contact_id", "tag_id"), ((w.stamp, *p) for p in pairs), "tags", len(pairs)
    )


def _consents(w: _Writer, customers: list[_Customer]) -> None:
    def rows() -> Iterator[tuple[Any, ...]]:
        for c in customers:
            when = w.at(c.first_order or 0)
            yield (when, c.id, ConsentPurpose.DATA_PROCESSING.value, 1, when, "order terms")
            if w.rng.random() < 0.5:
                yield (
                    when,
                    c.id,
                    ConsentPurpose.EMAIL_MARKETING.value,
                    1,
                    when,
                    "newsletter sign-up form",
                )
                if w.rng.random() < 0.15:
                    later = w.at((c.first_order or 0) + w.rng.random() * 300)
                    yield (
                        later,
                        c.id,
                        ConsentPurpose.EMAIL_MARKETING.value,
                        0,
                        later,
                        "unsubscribe link",
                    )

    w.insert(
        "consent",
        ("contact_id", "purpose", "granted", "at", "evidence"),
        rows(),
        "consent",
        len(customers),
    )


def _interactions(w: _Writer, plan: DemoPlan, customers: list[_Customer], staff: list[int]) -> None:
    heavy = customers[0].id
    contact_ids = [c.id for c in customers]
    two_way = (Direction.INBOUND.value, Direction.OUTBOUND.value)
    internal, note = Direction.INTERNAL.value, Channel.NOTE.value

    def rows() -> Iterator[tuple[Any, ...]]:
        for n in range(plan.interactions):
            contact = heavy if n < plan.heavy_contact_entries else w.rng.choice(contact_ids)
            day = w.work_moment(w.rng.random() * w.days)
            channel = w.weighted(CHANNEL_WEIGHTS)
            direction = internal if channel == note else w.rng.choice(two_way)
            duration = (
                w.rng.randrange(60, 3600) if channel in ("phone", "meeting", "video") else None
            )
            when = w.at(day)
            yield (
                when,
                contact,
                when,
                channel,
                direction,
                w.rng.choice(SUBJECTS[channel]),
                None,
                duration,
                None,
                w.rng.choice(staff),
            )

    w.insert(
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
            "staff_id",
        ),
        rows(),
        "interactions",
        plan.interactions,
    )


def _season(day_of_year: int) -> float:
    """Order likelihood by time of year: a pre-Christmas peak and a summer dip."""
    return (
        1.0
        + 0.6 * math.exp(-(((day_of_year - 340) / 25) ** 2))
        - 0.2 * math.exp(-(((day_of_year - 215) / 30) ** 2))
    )


def _ledger(w: _Writer, plan: DemoPlan, customers: list[_Customer]) -> None:
    buyers = [c for c in customers if c.first_order is not None]
    if not buyers:
        return
    budget = plan.ledger * 98 // 100  # orders and payments; remedies add the rest

    def rows() -> Iterator[tuple[Any, ...]]:
        written = 0
        while written < budget:
            c = w.rng.choice(buyers)
            assert c.first_order is not None  # noqa: S101 - buyers are filtered above
            end = min(c.stop, w.days - 1)
            day = (
                c.first_order
                if w.rng.random() < 0.3
                else c.first_order + w.rng.random() * max(end - c.first_order, 0)
            )
            season = _season((w.start + timedelta(days=day)).timetuple().tm_yday)
            if w.rng.random() > season / 1.6:
                continue
            when = w.at(w.work_moment(day))
            amount = max(100, int(c.avg_order_minor * w.rng.lognormvariate(0, 0.3)))
            written += 1
            yield (when, c.id, when, TxnKind.ORDER.value, amount, "EUR", f"SO-{written:07d}", None)
            if w.rng.random() < 0.15:
                written += 1
                yield (
                    when,
                    c.id,
                    when,
                    TxnKind.PAYMENT.value,
                    amount,
                    "EUR",
                    f"PAY-{written:07d}",
                    None,
                )

    w.insert(
        "txn",
        TXN_COLUMNS,
        rows(),
        "orders",
        budget,
    )


@dataclass(frozen=True, slots=True)
class _Case:
    contact: int
    status: str
    reopened: bool
    remedy: str
    amount: int | None
    satisfaction: int | None
    steps: tuple[str, ...]  # the stored moment of each status the case went through
    resolved_day: float | None


def _complaints(
    w: _Writer,
    plan: DemoPlan,
    customers: list[_Customer],
    staff: list[int],
    settings: ComplaintSettings,
) -> None:
    """Cases with a history, remedies written to the ledger and a recovery survey. Customers
    complain at any hour; staff answer, resolve and close within the business calendar the SLA
    clocks count in (the complaint settings)."""
    before = _max_id(w, "complaint")
    unhappy = sorted(customers, key=lambda c: c.mood)[: max(1, len(customers) // 3)]
    per_year: dict[int, int] = _complaint_sequences(w)
    cases: list[_Case] = []
    hours = _StaffHours(w, settings.calendar())

    def rows() -> Iterator[tuple[Any, ...]]:
        for _ in range(plan.complaints):
            c = w.rng.choice(unhappy) if w.rng.random() < 0.7 else w.rng.choice(customers)
            day = w.work_moment((w.days - 1) * (1 - w.rng.random() ** 1.5))
            opened = w.start + timedelta(days=day)
            per_year[opened.year] = per_year.get(opened.year, 0) + 1
            number = f"C-{opened.year}-{per_year[opened.year]:04d}"
            priority = w.weighted((("low", 20), ("normal", 55), ("high", 20), ("urgent", 5)))
            first_h, resolve_h = settings.targets(Priority(priority))
            status = _complaint_status(w, w.days - day)
            timing = hours.case_times(opened, status, first_h, resolve_h)
            status = timing.status
            done = status in ("resolved", "closed")
            remedy = (
                w.weighted(
                    (
                        ("apology", 35),
                        ("refund", 20),
                        ("credit", 15),
                        ("replacement", 15),
                        ("repair", 5),
                        ("discount", 10),
                    )
                )
                if done
                else Remedy.NONE.value
            )
            amount = w.rng.randrange(500, 8000) if remedy in ("refund", "credit") else None
            satisfaction = (
                max(1, min(5, round(3 + c.mood * 2 + w.rng.gauss(0, 0.8)))) if done else None
            )
            reopened = done and w.rng.random() < 0.06
            path = _status_path(status, reopened)
            case = _Case(
                c.id,
                status,
                reopened,
                remedy,
                amount,
                satisfaction,
                hours.step_moments(opened, timing, path),
                None if timing.resolved is None else hours.day_of(timing.resolved),
            )
            cases.append(case)
            yield (
                w.at(day),
                number,
                c.id,
                w.at(day),
                w.rng.choice([ch.value for ch in Channel]),
                w.rng.choice(CATEGORIES),
                w.rng.choice(ROOT_CAUSES),
                priority,
                status,
                w.rng.choice(staff),
                "Customer reported a problem with their order.",
                _stored(timing.first_response_due),
                _stored(timing.resolution_due),
                _stored_if(timing.responded),
                _stored_if(timing.resolved),
                _stored_if(timing.closed),
                0,
                int(reopened),
                "Resolved with the customer." if done else None,
                remedy,
                amount,
                "EUR" if amount else None,
                satisfaction,
            )

    w.insert(
        "complaint",
        (
            "number",
            "contact_id",
            "opened_at",
            "channel",
            "category",
            "root_cause",
            "priority",
            "status",
            "owner_id",
            "description",
            "first_response_due_at",
            "resolution_due_at",
            "first_response_at",
            "resolved_at",
            "closed_at",
            "paused_seconds",
            "reopen_count",
            "resolution",
            "remedy",
            "remedy_amount_minor",
            "remedy_currency",
            "satisfaction",
        ),
        rows(),
        "complaints",
        plan.complaints,
    )
    ids = _ids_after(w, "complaint", before)
    _complaint_follow_ups(w, list(zip(ids, cases, strict=True)))


@dataclass(frozen=True, slots=True)
class _CaseTimes:
    """When a case was due and when staff answered, resolved and closed it (UTC)."""

    status: str  # as generated, or earlier when its next step would fall after today
    first_response_due: datetime
    resolution_due: datetime
    responded: datetime | None
    resolved: datetime | None
    closed: datetime | None


class _StaffHours:
    """Places what staff do inside the business calendar: a reply or a resolution takes
    business time after the case opened, so none falls on a Saturday evening."""

    def __init__(self, w: _Writer, calendar: BusinessCalendar) -> None:
        self._w, self._calendar = w, calendar
        self.now = w.start + timedelta(days=w.days)  # the end of history
        calendar.between(w.start - timedelta(days=3), self.now)  # lay out every working day once

    def case_times(
        self, opened: datetime, status: str, first_h: float, resolve_h: float
    ) -> _CaseTimes:
        """Reply within about the first-response target, resolve within the resolution target
        (a quarter of cases miss each), close two working days later; a step that would come
        after today has not happened yet, and the case is still at the step before it."""
        add, rng = self._calendar.add, self._w.rng
        due_first = add(opened, timedelta(hours=first_h))
        due_resolution = add(opened, timedelta(hours=resolve_h))
        responded = resolved = closed = None
        if status != "new":
            responded = add(opened, _business_hours(rng.expovariate(1 / (first_h * 0.7))))
            if responded >= self.now:
                return _CaseTimes("new", due_first, due_resolution, None, None, None)
        if status in ("resolved", "closed") and responded is not None:
            span = _business_hours(rng.expovariate(1 / (resolve_h * 0.5)))
            resolved = max(add(opened, span), add(responded, timedelta(minutes=30)))
            if resolved >= self.now:
                return _CaseTimes("investigating", due_first, due_resolution, responded, None, None)
        if status == "closed" and resolved is not None:
            closed = add(resolved, timedelta(hours=16))
            if closed >= self.now:
                status = "resolved"
                closed = None
        return _CaseTimes(status, due_first, due_resolution, responded, resolved, closed)

    def step_moments(
        self, opened: datetime, times: _CaseTimes, path: tuple[str, ...]
    ) -> tuple[str, ...]:
        """The stored moment of each status on `path`: opened, the reply, the resolution and
        the closing where known, the steps between them spread over the business time between."""
        fixed: dict[int, datetime] = {0: opened}
        if times.responded is not None:
            fixed[1] = times.responded
        if times.resolved is not None:
            fixed[len(path) - 1 - (path[-1] == "closed")] = times.resolved
        if times.closed is not None:
            fixed[len(path) - 1] = times.closed
        if max(fixed) < len(path) - 1:  # still open: its last steps spread up to today
            fixed[len(path)] = self.now
        moments: list[datetime] = []
        anchors = sorted(fixed)
        for low, high in itertools.pairwise(anchors):
            span = self._calendar.between(fixed[low], fixed[high])
            moments.append(fixed[low])
            for k in range(1, high - low):
                moments.append(self._calendar.add(fixed[low], span * k / (high - low)))
        moments.append(fixed[anchors[-1]])
        return tuple(_stored(m) for m in moments[: len(path)])

    def day_of(self, moment: datetime) -> float:
        return (moment - self._w.start) / timedelta(days=1)


def _business_hours(hours: float) -> timedelta:
    """A staff delay: at least five business minutes (a reply is never instant)."""
    return timedelta(hours=max(hours, 1 / 12))


def _stored(moment: datetime) -> str:
    """The stored text of a UTC moment (the form `_Writer.at` writes)."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _stored_if(moment: datetime | None) -> str | None:
    return None if moment is None else _stored(moment)


def _complaint_sequences(w: _Writer) -> dict[int, int]:
    """Highest case number used per year, so added sample cases never reuse a number."""
    found: dict[int, int] = {}
    for number in w.session.scalars(text("SELECT number FROM complaint")):
        _c, year, seq = number.split("-")
        found[int(year)] = max(found.get(int(year), 0), int(seq))
    return found


def _complaint_status(w: _Writer, age_days: float) -> str:
    if age_days > 30:
        return "closed" if w.rng.random() < 0.85 else "resolved"
    return w.weighted(
        (
            ("new", 15),
            ("acknowledged", 15),
            ("investigating", 25),
            ("waiting_on_customer", 10),
            ("resolved", 20),
            ("closed", 15),
        )
    )


_PATH_TO = {
    "new": ("new",),
    "acknowledged": ("new", "acknowledged"),
    "investigating": ("new", "acknowledged", "investigating"),
    "waiting_on_customer": ("new", "acknowledged", "investigating", "waiting_on_customer"),
    "resolved": ("new", "acknowledged", "investigating", "resolved"),
    "closed": ("new", "acknowledged", "investigating", "resolved", "closed"),
}


def _status_path(status: str, reopened: bool) -> tuple[str, ...]:
    """The statuses a case went through; a reopened one went back to investigating once."""
    path = _PATH_TO[status]
    if reopened:
        at = path.index("resolved") + 1
        path = (*path[:at], "investigating", "resolved", *path[at:])
    return path


def _complaint_follow_ups(w: _Writer, cases: list[tuple[int, _Case]]) -> None:
    """History events, remedy ledger rows and recovery surveys for each generated case."""

    def events() -> Iterator[tuple[Any, ...]]:
        for complaint_id, case in cases:
            path = _status_path(case.status, case.reopened)
            for step, (frm, to) in enumerate(zip((None, *path), path, strict=False)):
                when = case.steps[step]
                yield (
                    when,
                    complaint_id,
                    when,
                    "system" if step == 0 else "staff",
                    "status",
                    frm,
                    to,
                    None,
                )
            if case.remedy != Remedy.NONE.value:  # given when the case was resolved
                when = case.steps[path.index("resolved")]
                yield (when, complaint_id, when, "staff", "remedy", None, None, case.remedy)

    w.insert(
        "complaint_event",
        ("complaint_id", "at", "actor", "kind", "from_status", "to_status", "body"),
        events(),
        "case history",
        len(cases) * 4,
    )

    def remedies() -> Iterator[tuple[Any, ...]]:
        for complaint_id, case in cases:
            if case.amount and case.resolved_day is not None:
                when = w.at(case.resolved_day)
                yield (
                    when,
                    case.contact,
                    when,
                    case.remedy,
                    case.amount,
                    "EUR",
                    None,
                    complaint_id,
                )

    w.insert(
        "txn",
        TXN_COLUMNS,
        remedies(),
        "remedies",
        len(cases),
    )

    def recovery() -> Iterator[tuple[Any, ...]]:
        for complaint_id, case in cases:
            if case.satisfaction is not None and case.resolved_day is not None:
                when = w.at(case.resolved_day + 1)
                yield (
                    when,
                    case.contact,
                    SurveyKind.CSAT.value,
                    case.satisfaction,
                    when,
                    "email",
                    complaint_id,
                )

    w.insert(
        "survey_response",
        ("contact_id", "kind", "score", "answered_at", "channel", "complaint_id"),
        recovery(),
        "recovery surveys",
        len(cases),
    )


def _surveys(w: _Writer, plan: DemoPlan, customers: list[_Customer]) -> None:
    """NPS, CSAT and CES answers; the business gets better over the last year (NPS drifts up)."""

    def rows() -> Iterator[tuple[Any, ...]]:
        for _ in range(plan.surveys):
            c = w.rng.choice(customers)
            day = w.work_moment(w.rng.random() * (w.days - 1))
            drift = 0.6 * max(0.0, day - (w.days - 365)) / 365
            kind = w.weighted((("nps", 55), ("csat", 35), ("ces", 10)))
            feeling = c.mood + drift + w.rng.gauss(0, 0.6)
            score = _score(kind, feeling)
            when = w.at(day)
            yield (
                when,
                c.id,
                kind,
                score,
                None,
                when,
                w.rng.choice(("email", "sms", "website")),
                None,
            )

    w.insert(
        "survey_response",
        ("contact_id", "kind", "score", "comment", "answered_at", "channel", "complaint_id"),
        rows(),
        "surveys",
        plan.surveys,
    )


def _score(kind: str, feeling: float) -> int:
    """Map a feeling around 0..1 onto the survey's scale."""
    low, high = {"nps": (0, 10), "csat": (1, 5), "ces": (1, 7)}[kind]
    share = 1 / (1 + math.exp(-2.2 * (feeling - 0.1)))
    return max(low, min(high, round(low + share * (high - low))))


def _tasks(w: _Writer, customers: list[_Customer]) -> None:
    count = max(10, len(customers) // 20)
    now_day = w.days - 1

    def rows() -> Iterator[tuple[Any, ...]]:
        for _ in range(count):
            c = w.rng.choice(customers)
            due = now_day + w.rng.uniform(-10, 20)
            done = w.at(due) if due < now_day and w.rng.random() < 0.6 else None
            yield (
                w.at(due - 3),
                c.id,
                w.rng.choice(("Call back", "Send quote", "Check in", "Follow up on complaint")),
                w.at(due),
                done,
                w.rng.choice(("low", "normal", "high")),
                30 if w.rng.random() < 0.1 else None,
            )

    w.insert(
        "task",
        ("contact_id", "title", "due_at", "done_at", "priority", "repeat_every_days"),
        rows(),
        "tasks",
        count,
    )


def summary_json(result: DemoResult) -> str:
    return json.dumps({"size": result.size.value, "seed": result.seed, "counts": result.counts})
