"""Initial schema: every table of docs/architecture.md section 2a and the contact search index.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-22 19:04:50.803450
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# Contact search: an FTS5 table keyed by contact id, kept current by triggers. Accents and case
# are folded by the tokenizer; prefixes of 2 and 3 characters are indexed for search-as-you-type.
# Changes to a contact's methods, tags or company touch the contact row (`SET id = id`), whose
# update trigger rebuilds its document, so the document is written in one place only.
_FTS_DOCUMENT = """
    SELECT c.id,
           c.display_name || ' ' || c.first_name || ' ' || c.last_name,
           coalesce(c.email, '') || ' ' || coalesce((SELECT group_concat(m.value, ' ')
               FROM contact_method m WHERE m.contact_id = c.id AND m.kind = 'email'
               AND m.deleted_at IS NULL), ''),
           c.search_phones,
           coalesce((SELECT co.name FROM company co WHERE co.id = c.company_id), ''),
           coalesce((SELECT group_concat(t.name, ' ') FROM contact_tag ct
               JOIN tag t ON t.id = ct.tag_id
               WHERE ct.contact_id = c.id AND ct.deleted_at IS NULL AND t.deleted_at IS NULL), '')
    FROM contact c WHERE c.id = new.id AND c.deleted_at IS NULL
"""
_FTS_DDL = (
    "CREATE VIRTUAL TABLE contact_fts USING fts5(name, email, phone, company, tags, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    "CREATE TRIGGER contact_fts_ai AFTER INSERT ON contact BEGIN "
    f"INSERT INTO contact_fts(rowid, name, email, phone, company, tags) {_FTS_DOCUMENT}; END",
    "CREATE TRIGGER contact_fts_au AFTER UPDATE ON contact BEGIN "
    "DELETE FROM contact_fts WHERE rowid = old.id; "
    f"INSERT INTO contact_fts(rowid, name, email, phone, company, tags) {_FTS_DOCUMENT}; END",
    "CREATE TRIGGER contact_fts_ad AFTER DELETE ON contact BEGIN "
    "DELETE FROM contact_fts WHERE rowid = old.id; END",
    *(
        f"CREATE TRIGGER {table}_fts_{suffix} AFTER {event} ON {table} BEGIN "
        f"UPDATE contact SET id = id WHERE id = {row}.contact_id; END"
        for table in ("contact_method", "contact_tag")
        for suffix, event, row in (
            ("ai", "INSERT", "new"),
            ("au", "UPDATE", "new"),
            ("ad", "DELETE", "old"),
        )
    ),
    "CREATE TRIGGER tag_fts_au AFTER UPDATE OF name, deleted_at ON tag BEGIN "
    "UPDATE contact SET id = id WHERE id IN "
    "(SELECT contact_id FROM contact_tag WHERE tag_id = new.id); END",
    "CREATE TRIGGER company_fts_au AFTER UPDATE OF name ON company BEGIN "
    "UPDATE contact SET id = id WHERE company_id = new.id; END",
)
_FTS_TRIGGERS = (
    "contact_fts_ai",
    "contact_fts_au",
    "contact_fts_ad",
    "contact_method_fts_ai",
    "contact_method_fts_au",
    "contact_method_fts_ad",
    "contact_tag_fts_ai",
    "contact_tag_fts_au",
    "contact_tag_fts_ad",
    "tag_fts_au",
    "company_fts_au",
)

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=100), nullable=False),
        sa.Column("entity", sa.String(length=50), nullable=False),
        sa.Column("entity_uid", sa.String(length=36), nullable=True),
        sa.Column("detail", sa.String(length=1000), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
        sa.UniqueConstraint("uid", name=op.f("uq_audit_log_uid")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)
        batch_op.create_index("ix_audit_log_entity_uid", ["entity", "entity_uid"], unique=False)

    op.create_table(
        "company",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("website", sa.String(length=500), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company")),
        sa.UniqueConstraint("uid", name=op.f("uq_company_uid")),
    )
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_company_name"), ["name"], unique=False)

    op.create_table(
        "custom_field",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_field")),
        sa.UniqueConstraint("key", name=op.f("uq_custom_field_key")),
        sa.UniqueConstraint("uid", name=op.f("uq_custom_field_uid")),
    )
    op.create_table(
        "segment",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("rule", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_segment")),
        sa.UniqueConstraint("name", name=op.f("uq_segment_name")),
        sa.UniqueConstraint("uid", name=op.f("uq_segment_uid")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_setting")),
        sa.UniqueConstraint("key", name=op.f("uq_setting_key")),
        sa.UniqueConstraint("uid", name=op.f("uq_setting_uid")),
    )
    op.create_table(
        "staff",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("uid", name=op.f("uq_staff_uid")),
    )
    op.create_table(
        "tag",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag")),
        sa.UniqueConstraint("name", name=op.f("uq_tag_name")),
        sa.UniqueConstraint("uid", name=op.f("uq_tag_uid")),
    )
    op.create_table(
        "contact",
        sa.Column("first_name", sa.String(length=200), nullable=False),
        sa.Column("last_name", sa.String(length=200), nullable=False),
        sa.Column("display_name", sa.String(length=400), nullable=False),
        sa.Column("sort_name", sa.String(length=400), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("email_norm", sa.String(length=320), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("phone_norm", sa.String(length=20), nullable=True),
        sa.Column("search_phones", sa.Text(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("job_title", sa.String(length=200), nullable=True),
        sa.Column("street", sa.String(length=400), nullable=True),
        sa.Column("city", sa.String(length=200), nullable=True),
        sa.Column("postcode", sa.String(length=20), nullable=True),
        sa.Column("region", sa.String(length=200), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("custom", sa.JSON(), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=True),
        sa.Column("erased_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_contact_company_id_company")
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["staff.id"], name=op.f("fk_contact_owner_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
        sa.UniqueConstraint("uid", name=op.f("uq_contact_uid")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_email_norm"), ["email_norm"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_external_id"), ["external_id"], unique=False)
        batch_op.create_index(
            "ix_contact_live_sort", ["deleted_at", "sort_name", "id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contact_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_phone_norm"), ["phone_norm"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_source"), ["source"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_stage"), ["stage"], unique=False)

    op.create_table(
        "complaint",
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("category", sa.String(length=100), nullable=False),
        sa.Column("root_cause", sa.String(length=100), nullable=True),
        sa.Column("priority", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("first_response_due_at", sa.DateTime(), nullable=True),
        sa.Column("resolution_due_at", sa.DateTime(), nullable=True),
        sa.Column("first_response_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("paused_seconds", sa.Integer(), nullable=False),
        sa.Column("paused_since", sa.DateTime(), nullable=True),
        sa.Column("reopen_count", sa.Integer(), nullable=False),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("remedy", sa.String(length=20), nullable=False),
        sa.Column("remedy_amount_minor", sa.Integer(), nullable=True),
        sa.Column("remedy_currency", sa.String(length=3), nullable=True),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_complaint_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["staff.id"], name=op.f("fk_complaint_owner_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint")),
        sa.UniqueConstraint("number", name=op.f("uq_complaint_number")),
        sa.UniqueConstraint("uid", name=op.f("uq_complaint_uid")),
    )
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaint_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_opened_at"), ["opened_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(
            "ix_complaint_status_due", ["status", "resolution_due_at"], unique=False
        )

    op.create_table(
        "consent",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=30), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_consent_contact_id_contact")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
        sa.UniqueConstraint("uid", name=op.f("uq_consent_uid")),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(
            "ix_consent_contact_purpose_at", ["contact_id", "purpose", "at"], unique=False
        )

    op.create_table(
        "contact_method",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("label", sa.String(length=50), nullable=False),
        sa.Column("value", sa.String(length=1000), nullable=False),
        sa.Column("value_norm", sa.String(length=320), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_contact_method_contact_id_contact")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_method")),
        sa.UniqueConstraint("uid", name=op.f("uq_contact_method_uid")),
    )
    with op.batch_alter_table("contact_method", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_method_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contact_method_value_norm"), ["value_norm"], unique=False
        )

    op.create_table(
        "contact_stats",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("lifetime_value_minor", sa.Integer(), nullable=False),
        sa.Column("order_count", sa.Integer(), nullable=False),
        sa.Column("last_order_at", sa.DateTime(), nullable=True),
        sa.Column("last_interaction_at", sa.DateTime(), nullable=True),
        sa.Column("open_complaints", sa.Integer(), nullable=False),
        sa.Column("predicted_clv_minor", sa.Integer(), nullable=True),
        sa.Column("rfm_segment", sa.String(length=30), nullable=True),
        sa.Column("churn_risk", sa.Integer(), nullable=True),
        sa.Column("churn_reasons", sa.JSON(), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_contact_stats_contact_id_contact")
        ),
        sa.PrimaryKeyConstraint("contact_id", name=op.f("pk_contact_stats")),
    )
    with op.batch_alter_table("contact_stats", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_stats_churn_risk"), ["churn_risk"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contact_stats_last_interaction_at"),
            ["last_interaction_at"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_contact_stats_last_order_at"), ["last_order_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contact_stats_lifetime_value_minor"),
            ["lifetime_value_minor"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_contact_stats_open_complaints"), ["open_complaints"], unique=False
        )

    op.create_table(
        "contact_tag",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_contact_tag_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(["tag_id"], ["tag.id"], name=op.f("fk_contact_tag_tag_id_tag")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_tag")),
        sa.UniqueConstraint("contact_id", "tag_id", name=op.f("uq_contact_tag_contact_id_tag_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_contact_tag_uid")),
    )
    with op.batch_alter_table("contact_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_tag_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "complaint_event",
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("from_status", sa.String(length=30), nullable=True),
        sa.Column("to_status", sa.String(length=30), nullable=True),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaint.id"],
            name=op.f("fk_complaint_event_complaint_id_complaint"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_event")),
        sa.UniqueConstraint("uid", name=op.f("uq_complaint_event_uid")),
    )
    with op.batch_alter_table("complaint_event", schema=None) as batch_op:
        batch_op.create_index(
            "ix_complaint_event_complaint_at", ["complaint_id", "at"], unique=False
        )

    op.create_table(
        "interaction",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("duration_seconds", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=200), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("complaint_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaint.id"], name=op.f("fk_interaction_complaint_id_complaint")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_interaction_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_interaction_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interaction")),
        sa.UniqueConstraint("uid", name=op.f("uq_interaction_uid")),
    )
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.create_index(
            "ix_interaction_channel_occurred", ["channel", "occurred_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_interaction_complaint_id"), ["complaint_id"], unique=False
        )
        batch_op.create_index(
            "ix_interaction_contact_occurred", ["contact_id", "occurred_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_interaction_occurred_at"), ["occurred_at"], unique=False
        )

    op.create_table(
        "txn",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("reference", sa.String(length=200), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("complaint_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaint.id"], name=op.f("fk_txn_complaint_id_complaint")
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_txn_contact_id_contact")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_txn")),
        sa.UniqueConstraint("uid", name=op.f("uq_txn_uid")),
    )
    with op.batch_alter_table("txn", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_txn_complaint_id"), ["complaint_id"], unique=False)
        batch_op.create_index(
            "ix_txn_contact_occurred", ["contact_id", "occurred_at"], unique=False
        )
        batch_op.create_index("ix_txn_kind_occurred", ["kind", "occurred_at"], unique=False)

    op.create_table(
        "attachment",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("mime_type", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_attachment_interaction_id_interaction"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
        sa.UniqueConstraint("uid", name=op.f("uq_attachment_uid")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attachment_interaction_id"), ["interaction_id"], unique=False
        )

    op.create_table(
        "survey_response",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=True),
        sa.Column("complaint_id", sa.Integer(), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaint.id"],
            name=op.f("fk_survey_response_complaint_id_complaint"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_survey_response_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_survey_response_interaction_id_interaction"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_response")),
        sa.UniqueConstraint("uid", name=op.f("uq_survey_response_uid")),
    )
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_survey_response_complaint_id"), ["complaint_id"], unique=False
        )
        batch_op.create_index(
            "ix_survey_response_contact_answered", ["contact_id", "answered_at"], unique=False
        )
        batch_op.create_index(
            "ix_survey_response_kind_answered", ["kind", "answered_at"], unique=False
        )

    op.create_table(
        "task",
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("due_at", sa.DateTime(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("priority", sa.String(length=10), nullable=False),
        sa.Column("remind_at", sa.DateTime(), nullable=True),
        sa.Column("repeat_every_days", sa.Integer(), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_task_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"], ["interaction.id"], name=op.f("fk_task_interaction_id_interaction")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
        sa.UniqueConstraint("uid", name=op.f("uq_task_uid")),
    )
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_task_contact_id"), ["contact_id"], unique=False)
        batch_op.create_index("ix_task_done_due", ["done_at", "due_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_task_remind_at"), ["remind_at"], unique=False)

    for statement in _FTS_DDL:
        op.execute(statement)


def downgrade() -> None:
    for trigger in _FTS_TRIGGERS:
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE contact_fts")
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_task_remind_at"))
        batch_op.drop_index("ix_task_done_due")
        batch_op.drop_index(batch_op.f("ix_task_contact_id"))

    op.drop_table("task")
    with op.batch_alter_table("survey_response", schema=None) as batch_op:
        batch_op.drop_index("ix_survey_response_kind_answered")
        batch_op.drop_index("ix_survey_response_contact_answered")
        batch_op.drop_index(batch_op.f("ix_survey_response_complaint_id"))

    op.drop_table("survey_response")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_interaction_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("txn", schema=None) as batch_op:
        batch_op.drop_index("ix_txn_kind_occurred")
        batch_op.drop_index("ix_txn_contact_occurred")
        batch_op.drop_index(batch_op.f("ix_txn_complaint_id"))

    op.drop_table("txn")
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_occurred_at"))
        batch_op.drop_index("ix_interaction_contact_occurred")
        batch_op.drop_index(batch_op.f("ix_interaction_complaint_id"))
        batch_op.drop_index("ix_interaction_channel_occurred")

    op.drop_table("interaction")
    with op.batch_alter_table("complaint_event", schema=None) as batch_op:
        batch_op.drop_index("ix_complaint_event_complaint_at")

    op.drop_table("complaint_event")
    with op.batch_alter_table("contact_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_tag_tag_id"))

    op.drop_table("contact_tag")
    with op.batch_alter_table("contact_stats", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_stats_open_complaints"))
        batch_op.drop_index(batch_op.f("ix_contact_stats_lifetime_value_minor"))
        batch_op.drop_index(batch_op.f("ix_contact_stats_last_order_at"))
        batch_op.drop_index(batch_op.f("ix_contact_stats_last_interaction_at"))
        batch_op.drop_index(batch_op.f("ix_contact_stats_churn_risk"))

    op.drop_table("contact_stats")
    with op.batch_alter_table("contact_method", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_method_value_norm"))
        batch_op.drop_index(batch_op.f("ix_contact_method_contact_id"))

    op.drop_table("contact_method")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index("ix_consent_contact_purpose_at")

    op.drop_table("consent")
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_index("ix_complaint_status_due")
        batch_op.drop_index(batch_op.f("ix_complaint_owner_id"))
        batch_op.drop_index(batch_op.f("ix_complaint_opened_at"))
        batch_op.drop_index(batch_op.f("ix_complaint_contact_id"))

    op.drop_table("complaint")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_stage"))
        batch_op.drop_index(batch_op.f("ix_contact_source"))
        batch_op.drop_index(batch_op.f("ix_contact_phone_norm"))
        batch_op.drop_index(batch_op.f("ix_contact_owner_id"))
        batch_op.drop_index("ix_contact_live_sort")
        batch_op.drop_index(batch_op.f("ix_contact_external_id"))
        batch_op.drop_index(batch_op.f("ix_contact_email_norm"))
        batch_op.drop_index(batch_op.f("ix_contact_company_id"))

    op.drop_table("contact")
    op.drop_table("tag")
    op.drop_table("staff")
    op.drop_table("setting")
    op.drop_table("segment")
    op.drop_table("custom_field")
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_company_name"))

    op.drop_table("company")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_entity_uid")
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))
        batch_op.drop_index(batch_op.f("ix_audit_log_action"))

    op.drop_table("audit_log")
