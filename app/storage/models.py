"""ORM models for every table of docs/architecture.md section 2a.

Every table carries an integer key for local speed and the sync-ready columns (uid, created_at,
updated_at, version, deleted_at). Money is an integer in minor units plus an ISO 4217 code. Times
are stored as naive UTC text and come back as aware UTC datetimes.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uid() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in Python, naive UTC text in SQLite (sortable, strftime-friendly)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - read once by SQLAlchemy at class creation
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
    }


class SyncColumns:
    """The columns every table has, so undo and later multi-device sync work."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[datetime | None]

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - declared_attr receives the class
        # The ORM bumps `version` on every UPDATE and refuses a stale write.
        return {"version_id_col": cls.version}


class Staff(SyncColumns, Base):
    __tablename__ = "staff"
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    login: Mapped[str | None] = mapped_column(String(63))  # the hub user this person signs in as


class Company(SyncColumns, Base):
    __tablename__ = "company"
    name: Mapped[str] = mapped_column(String(200), index=True)
    website: Mapped[str | None] = mapped_column(String(500))
    phone: Mapped[str | None] = mapped_column(String(50))
    notes: Mapped[str | None] = mapped_column(Text)


class Contact(SyncColumns, Base):
    __tablename__ = "contact"
    first_name: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    display_name: Mapped[str] = mapped_column(String(400))
    sort_name: Mapped[str] = mapped_column(String(400))  # case- and accent-folded, for ORDER BY
    email: Mapped[str | None] = mapped_column(String(320))
    email_norm: Mapped[str | None] = mapped_column(String(320), index=True)
    phone: Mapped[str | None] = mapped_column(String(50))
    phone_norm: Mapped[str | None] = mapped_column(String(20), index=True)  # E.164
    search_phones: Mapped[str] = mapped_column(Text, default="")  # digit forms of every phone
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id"), index=True)
    job_title: Mapped[str | None] = mapped_column(String(200))
    street: Mapped[str | None] = mapped_column(String(400))
    city: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(20))
    region: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    birthday: Mapped[date | None] = mapped_column(Date)
    stage: Mapped[str] = mapped_column(String(20), default="lead", index=True)
    source: Mapped[str] = mapped_column(String(20), default="other", index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    custom: Mapped[dict[str, Any]] = mapped_column(default=dict)
    external_id: Mapped[str | None] = mapped_column(String(200), index=True)
    erased_at: Mapped[datetime | None]

    __table_args__ = (
        Index("ix_contact_live_sort", "deleted_at", "sort_name", "id"),
        # One per sortable list column, so re-sorting 100,000 contacts walks an index.
        Index("ix_contact_live_stage_sort", "deleted_at", "stage", "sort_name", "id"),
        Index("ix_contact_live_owner_sort", "deleted_at", "owner_id", "sort_name", "id"),
        Index("ix_contact_live_email_sort", "deleted_at", "email_norm", "sort_name", "id"),
        Index("ix_contact_live_phone_sort", "deleted_at", "phone_norm", "sort_name", "id"),
        Index("ix_contact_live_company_sort", "deleted_at", "company_id", "sort_name", "id"),
        Index("ix_contact_live_city_sort", "deleted_at", "city", "sort_name", "id"),
        # Covering: search hits (ids from FTS5) are sorted by name without reading their rows.
        Index("ix_contact_id_live_sort", "id", "deleted_at", "sort_name"),
        # The automation sweep: contacts created in an hour, birthdays coming (0015).
        Index("ix_contact_created_at", "created_at"),
        Index("ix_contact_birthday", "birthday", sqlite_where=text("birthday IS NOT NULL")),
    )


class ContactMethod(SyncColumns, Base):
    """Extra e-mails, phones, addresses, URLs and social handles, each with a label."""

    __tablename__ = "contact_method"
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    label: Mapped[str] = mapped_column(String(50), default="")
    value: Mapped[str] = mapped_column(String(1000))
    value_norm: Mapped[str | None] = mapped_column(String(320), index=True)


class Tag(SyncColumns, Base):
    __tablename__ = "tag"
    name: Mapped[str] = mapped_column(String(100), unique=True)
    colour: Mapped[str | None] = mapped_column(String(9))


class ContactTag(SyncColumns, Base):
    __tablename__ = "contact_tag"
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"))
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id"), index=True)
    __table_args__ = (UniqueConstraint("contact_id", "tag_id"),)


class Segment(SyncColumns, Base):
    """A saved, rule-based filter over contacts (the rule is JSON)."""

    __tablename__ = "segment"
    name: Mapped[str] = mapped_column(String(200), unique=True)
    rule: Mapped[dict[str, Any]] = mapped_column(default=dict)


class CustomField(SyncColumns, Base):
    __tablename__ = "custom_field"
    key: Mapped[str] = mapped_column(String(100), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="text")
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Interaction(SyncColumns, Base):
    __tablename__ = "interaction"
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"))
    occurred_at: Mapped[datetime] = mapped_column(index=True)
    channel: Mapped[str] = mapped_column(String(20))
    direction: Mapped[str] = mapped_column(String(10))
    subject: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str | None] = mapped_column(Text)
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str | None] = mapped_column(String(200))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaint.id"), index=True)
    __table_args__ = (
        Index("ix_interaction_contact_occurred", "contact_id", "occurred_at"),
        Index("ix_interaction_channel_occurred", "channel", "occurred_at"),
        Index(
            "ix_interaction_live_channel",
            "channel",
            "occurred_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
        Index(
            "ix_interaction_live_staff_channel",
            "staff_id",
            "channel",
            "occurred_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
        Index(
            "ix_interaction_live_contact_occurred",
            "contact_id",
            "occurred_at",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )


class Attachment(SyncColumns, Base):
    """A file kept in the data folder under its content hash, attached to an interaction."""

    __tablename__ = "attachment"
    interaction_id: Mapped[int] = mapped_column(ForeignKey("interaction.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(Integer)
    mime_type: Mapped[str | None] = mapped_column(String(200))


class Task(SyncColumns, Base):
    __tablename__ = "task"
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(Text)
    due_at: Mapped[datetime | None]
    done_at: Mapped[datetime | None]
    priority: Mapped[str] = mapped_column(String(10), default="normal")
    remind_at: Mapped[datetime | None] = mapped_column(index=True)
    repeat_every_days: Mapped[int | None] = mapped_column(Integer)  # "stay in touch every N days"
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interaction.id"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    __table_args__ = (Index("ix_task_done_due", "done_at", "due_at"),)


class Complaint(SyncColumns, Base):
    __tablename__ = "complaint"
    number: Mapped[str] = mapped_column(String(20), unique=True)  # C-YYYY-NNNN
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"), index=True)
    opened_at: Mapped[datetime] = mapped_column(index=True)
    channel: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(100), default="")
    root_cause: Mapped[str | None] = mapped_column(String(100))
    priority: Mapped[str] = mapped_column(String(10), default="normal")
    status: Mapped[str] = mapped_column(String(30), default="new")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    first_response_due_at: Mapped[datetime | None]
    resolution_due_at: Mapped[datetime | None]
    first_response_at: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None] = mapped_column(index=True)  # "resolved this week"
    closed_at: Mapped[datetime | None]
    paused_seconds: Mapped[int] = mapped_column(Integer, default=0)
    paused_since: Mapped[datetime | None]
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)
    resolution: Mapped[str | None] = mapped_column(Text)
    remedy: Mapped[str] = mapped_column(String(20), default="none")
    remedy_amount_minor: Mapped[int | None] = mapped_column(Integer)
    remedy_currency: Mapped[str | None] = mapped_column(String(3))
    satisfaction: Mapped[int | None] = mapped_column(Integer)  # 1-5, after resolution
    __table_args__ = (Index("ix_complaint_status_due", "status", "resolution_due_at"),)


class ComplaintEvent(SyncColumns, Base):
    """A case's history: status changes, notes, replies, remedies, each with who and when."""

    __tablename__ = "complaint_event"
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"))
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(20))
    from_status: Mapped[str | None] = mapped_column(String(30))
    to_status: Mapped[str | None] = mapped_column(String(30))
    body: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (
        Index("ix_complaint_event_complaint_at", "complaint_id", "at"),
        Index("ix_complaint_event_at", "at"),  # the global timeline, newest first
    )


class Txn(SyncColumns, Base):
    """The customer ledger: orders, payments, refunds and credits."""

    __tablename__ = "txn"
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"))
    occurred_at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(10))
    amount_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    reference: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaint.id"), index=True)
    __table_args__ = (
        Index("ix_txn_contact_occurred", "contact_id", "occurred_at"),
        Index("ix_txn_kind_occurred", "kind", "occurred_at"),
        Index("ix_txn_occurred_at", "occurred_at"),  # the global timeline, newest first
        Index(
            "ix_txn_live_contact_kind",
            "contact_id",
            "kind",
            "occurred_at",
            "amount_minor",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
        Index(
            "ix_txn_live_kind_occurred",
            "kind",
            "occurred_at",
            "contact_id",
            "amount_minor",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )


class SurveyResponse(SyncColumns, Base):
    __tablename__ = "survey_response"
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"))
    kind: Mapped[str] = mapped_column(String(10))
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[datetime]
    channel: Mapped[str | None] = mapped_column(String(20))
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaint.id"), index=True)
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interaction.id"))
    __table_args__ = (
        Index("ix_survey_response_kind_answered", "kind", "answered_at"),
        Index("ix_survey_response_contact_answered", "contact_id", "answered_at"),
        Index("ix_survey_response_answered_at", "answered_at"),  # the global timeline
        Index("ix_survey_response_channel_answered", "channel", "answered_at"),
        Index(
            "ix_survey_response_live_channel",
            "channel",
            "answered_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
        Index(
            "ix_survey_response_live_kind_answered",
            "kind",
            "answered_at",
            "score",
            "contact_id",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
        Index(
            "ix_survey_response_live_kind_contact",
            "kind",
            "contact_id",
            "answered_at",
            "score",
            "deleted_at",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )


class Consent(SyncColumns, Base):
    """Consent per contact and purpose; the latest row per purpose wins."""

    __tablename__ = "consent"
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"))
    purpose: Mapped[str] = mapped_column(String(30))
    granted: Mapped[bool] = mapped_column(Boolean)
    at: Mapped[datetime]
    evidence: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (
        Index("ix_consent_contact_purpose_at", "contact_id", "purpose", "at"),
        Index("ix_consent_at", "at"),  # the global timeline, newest first
    )


class AuditLog(SyncColumns, Base):
    """Append-only and hash-chained; `detail` never holds personal data values."""

    __tablename__ = "audit_log"
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(100), index=True)
    entity: Mapped[str] = mapped_column(String(50))
    entity_uid: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[str] = mapped_column(String(1000), default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # the database that wrote the entry: synced logs keep one hash chain per origin (0013)
    origin: Mapped[str | None] = mapped_column(String(36))
    __table_args__ = (
        Index("ix_audit_log_entity_uid", "entity", "entity_uid"),
        Index("ix_audit_log_origin_id", "origin", "id"),
    )


class AuditAnchor(Base):
    """The head of the audit chain (entries, last hash) sealed with an HMAC keyed from the
    database key (app/storage/audit.py). Local bookkeeping, never synced: no sync columns."""

    __tablename__ = "audit_anchor"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entries: Mapped[int] = mapped_column(Integer)
    head_hash: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str] = mapped_column(String(64))


class Setting(SyncColumns, Base):
    """Business settings that travel with the data (hours, holidays, SLA targets, currency...)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), unique=True)
    value: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ComputerSetting(Base):
    """Settings of this computer's copy (where and when it backs up): never synced, since
    each laptop of a team has its own folders and each person looks after their own copy."""

    __tablename__ = "computer_setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ImportBatch(SyncColumns, Base):
    """One run of the importer: what it read and what it did, so "undo last import" knows."""

    __tablename__ = "import_batch"
    kind: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(String(500), default="")
    preset: Mapped[str] = mapped_column(String(50), default="")
    created_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_count: Mapped[int] = mapped_column(Integer, default=0)
    skipped_count: Mapped[int] = mapped_column(Integer, default=0)
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[datetime | None]


class ImportItem(Base):
    """A row an import created or updated; `before` holds the overwritten values of an update.

    Bookkeeping for undo only (never synced), so it carries no sync columns.
    """

    __tablename__ = "import_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id"), index=True)
    entity: Mapped[str] = mapped_column(String(30))
    row_id: Mapped[int] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class ContactMerge(Base):
    """A merge of two contacts and what it changed (`record`), so "Undo merge" still works after
    a restart. Bookkeeping for undo only (never synced), so it carries no sync columns."""

    __tablename__ = "contact_merge"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    survivor_id: Mapped[int] = mapped_column(ForeignKey("contact.id"), index=True)
    merged_id: Mapped[int] = mapped_column(ForeignKey("contact.id"))
    merged_at: Mapped[datetime]
    undone_at: Mapped[datetime | None]
    record: Mapped[dict[str, Any]] = mapped_column(JSON)


class AutomationRule(SyncColumns, Base):
    """A follow-up rule: when / if / then as JSON (app.domain.automation.RuleSpec)."""

    __tablename__ = "automation_rule"
    name: Mapped[str] = mapped_column(String(200))
    enabled: Mapped[bool] = mapped_column(Boolean, default=False)
    playbook: Mapped[str | None] = mapped_column(String(50))  # the template it started from
    spec: Mapped[dict[str, Any]] = mapped_column(default=dict)


class AutomationRun(SyncColumns, Base):
    """One rule acting on one contact for one occurrence; uid derived from the three, so it
    happens once. `effects` lists what it created or changed, for the activity list and undo."""

    __tablename__ = "automation_run"
    rule_id: Mapped[int] = mapped_column(ForeignKey("automation_rule.id"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"), index=True)
    occurrence: Mapped[str] = mapped_column(String(200))
    ran_at: Mapped[datetime] = mapped_column(index=True)
    cause: Mapped[str] = mapped_column(String(20))  # event, sweep, switch-on
    import_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batch.id"), index=True)
    effects: Mapped[dict[str, Any]] = mapped_column(default=dict)
    undone_at: Mapped[datetime | None]
    # what already ran, looked up by the sweep without reading the runs themselves
    __table_args__ = (
        Index("ix_automation_run_rule_contact", "rule_id", "contact_id", "occurrence"),
    )


class ContactStats(Base):
    """Derived per-customer figures, rebuilt in bulk by analytics so lists can sort on them.

    A cache, not data: it can be dropped and recomputed at any time, so it has no sync columns.
    """

    __tablename__ = "contact_stats"
    __table_args__ = (  # the dashboard's CLV medians and RFM sizes read these alone (0009)
        Index(
            "ix_contact_stats_buyer_ltv",
            "lifetime_value_minor",
            sqlite_where=text("order_count > 0"),
        ),
        Index(
            "ix_contact_stats_buyer_pclv",
            "predicted_clv_minor",
            sqlite_where=text("order_count > 0"),
        ),
        Index("ix_contact_stats_rfm", "rfm_segment"),
        # the contact list's stats sorts: figure, then name, then id (the rowid) (0011)
        Index("ix_contact_stats_ltv_name", "lifetime_value_minor", "sort_name"),
        Index("ix_contact_stats_last_name", "last_interaction_at", "sort_name"),
        Index("ix_contact_stats_open_name", "open_complaints", "sort_name"),
        Index("ix_contact_stats_churn_name", "churn_risk", "sort_name"),
    )
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"), primary_key=True)
    lifetime_value_minor: Mapped[int] = mapped_column(Integer, default=0)
    order_count: Mapped[int] = mapped_column(Integer, default=0)
    last_order_at: Mapped[datetime | None] = mapped_column(index=True)
    last_interaction_at: Mapped[datetime | None]
    open_complaints: Mapped[int] = mapped_column(Integer, default=0)
    predicted_clv_minor: Mapped[int | None] = mapped_column(Integer)
    rfm_segment: Mapped[str | None] = mapped_column(String(30))
    churn_risk: Mapped[int | None] = mapped_column(Integer)
    churn_reasons: Mapped[dict[str, Any]] = mapped_column(default=dict)
    computed_at: Mapped[datetime | None]
    # the contact's sort_name, so stats sorts break ties by name in one index walk (0011)
    sort_name: Mapped[str] = mapped_column(String(400), default="", server_default="")


class RollupState(Base):
    """The churn window the `order_spell` rollup was built for (one row; app/storage/rollups.py)."""

    __tablename__ = "rollup_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    churn_window_days: Mapped[int] = mapped_column(Integer)


class OrderSpell(Base):
    """One activity spell of a customer, kept in step with the ledger by triggers (0009)."""

    __tablename__ = "order_spell"
    __table_args__ = (Index("ix_order_spell_end_start", "end_day", "next_start", "start_day"),)
    contact_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    start_day: Mapped[int] = mapped_column(Integer, primary_key=True)
    end_day: Mapped[int] = mapped_column(Integer)
    next_start: Mapped[int | None] = mapped_column(Integer)


class CohortCell(Base):
    """Customers per (first-order month, months since), kept in step by triggers (0009)."""

    __tablename__ = "cohort_cell"
    cohort: Mapped[int] = mapped_column(Integer, primary_key=True)
    k: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class SurveyDay(Base):
    """Live survey answers per (UTC day, kind, score), kept in step by triggers (0009)."""

    __tablename__ = "survey_day"
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    score: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class LedgerDay(Base):
    """Live ledger rows and amounts per (UTC day, kind), kept in step by triggers (0009)."""

    __tablename__ = "ledger_day"
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
    amount_minor: Mapped[int] = mapped_column(Integer)


class ContactStatsDirty(Base):
    """Contacts whose cached figures are stale, marked by triggers on their data (0009)."""

    __tablename__ = "contact_stats_dirty"
    contact_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, index=True)  # max(seq) on every mark


class SyncState(Base):
    """This copy's sync identity and progress (one row): its origin id, its hybrid logical
    clock (advanced by the capture triggers), the hub it syncs with and how far it has pulled.
    Bookkeeping of one copy, never synced, so no sync columns; likewise the three below."""

    __tablename__ = "sync_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    origin: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[int] = mapped_column(Integer, default=0)
    skew_ms: Mapped[int] = mapped_column(Integer, default=0)  # tests skew this copy's clock
    applying: Mapped[int] = mapped_column(Integer, default=0)  # 1 while a pull is written
    hub_url: Mapped[str | None] = mapped_column(String(1000))
    # the hub this copy left (Leave Team): it goes on capturing, and joining again resumes
    left_hub: Mapped[str | None] = mapped_column(String(1000))
    cursor: Mapped[int] = mapped_column(Integer, default=0)
    conflict_cursor: Mapped[int] = mapped_column(Integer, default=0)
    schema_version: Mapped[str | None] = mapped_column(String(20))
    last_sync: Mapped[datetime | None]
    hub_role: Mapped[str | None] = mapped_column(String(10))  # admin, member or viewer


class SyncChange(Base):
    """One captured write to one field (or a whole row: `*` new, `-` purged, `!` erased), as
    JSON, stamped with the clock, this copy's origin and the clock of the value it replaced."""

    __tablename__ = "sync_change"
    __table_args__ = (Index("ix_sync_change_pushed_seq", "pushed", "seq"),)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(50))
    uid: Mapped[str] = mapped_column(String(36))
    col: Mapped[str] = mapped_column(String(100))
    val: Mapped[str | None] = mapped_column(Text)
    hlc: Mapped[int] = mapped_column(Integer)
    origin: Mapped[str] = mapped_column(String(36))
    base_hlc: Mapped[int] = mapped_column(Integer, default=0)
    seen_hlc: Mapped[int] = mapped_column(Integer, default=0)  # the row's delete clock seen
    pushed: Mapped[int] = mapped_column(Integer, default=0)  # the push batch, 0 until sent


class SyncFieldClock(Base):
    """The stamp of each field's current value (`*`: every field of a row written at once)."""

    __tablename__ = "sync_field_clock"
    tbl: Mapped[str] = mapped_column(String(50), primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), primary_key=True)
    col: Mapped[str] = mapped_column(String(100), primary_key=True)
    hlc: Mapped[int] = mapped_column(Integer)
    origin: Mapped[str] = mapped_column(String(36))


class SyncConflict(Base):
    """Two writes to one field that did not see each other, as the hub recorded them: the
    value kept and the other, so a person can review it and keep the other after all."""

    __tablename__ = "sync_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # the hub's id
    tbl: Mapped[str] = mapped_column(String(50))
    uid: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(100))
    local: Mapped[str | None] = mapped_column(Text)
    remote: Mapped[str | None] = mapped_column(Text)
    base: Mapped[str | None] = mapped_column(Text)
    kept: Mapped[str] = mapped_column(String(10))
    at: Mapped[datetime]
    by: Mapped[str] = mapped_column(String(200))
    resolved: Mapped[int] = mapped_column(Integer, default=0)


UNMANAGED_PREFIXES = (
    "contact_fts",
    "interaction_fts",
)  # FTS5 tables and their shadow tables, made by raw DDL


def is_managed(name: str | None, type_: str, _parents: object = None) -> bool:
    """Alembic's include_name hook: compare only the tables the ORM models describe."""
    return not (type_ == "table" and name is not None and name.startswith(UNMANAGED_PREFIXES))
