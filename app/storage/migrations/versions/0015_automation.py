"""Follow-up automation: rules (when / if / then as JSON) and the runs they made, for the
activity list and undo.

Revision ID: 0015
Revises: 0014
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _sync_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "automation_rule",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("playbook", sa.String(length=50), nullable=True),
        sa.Column("spec", sa.JSON(), nullable=False),
        *_sync_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_automation_rule")),
        sa.UniqueConstraint("uid", name=op.f("uq_automation_rule_uid")),
    )
    op.create_table(
        "automation_run",
        sa.Column("rule_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("occurrence", sa.String(length=200), nullable=False),
        sa.Column("ran_at", sa.DateTime(), nullable=False),
        sa.Column("cause", sa.String(length=20), nullable=False),
        sa.Column("import_batch_id", sa.Integer(), nullable=True),
        sa.Column("effects", sa.JSON(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        *_sync_columns(),
        sa.ForeignKeyConstraint(
            ["rule_id"],
            ["automation_rule.id"],
            name=op.f("fk_automation_run_rule_id_automation_rule"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_automation_run_contact_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["import_batch_id"],
            ["import_batch.id"],
            name=op.f("fk_automation_run_import_batch_id_import_batch"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_automation_run")),
        sa.UniqueConstraint("uid", name=op.f("uq_automation_run_uid")),
    )
    for column in ("contact_id", "ran_at", "import_batch_id"):
        op.create_index(f"ix_automation_run_{column}", "automation_run", [column], unique=False)
    op.create_index(
        "ix_automation_run_rule_contact",
        "automation_run",
        ["rule_id", "contact_id", "occurrence"],
        unique=False,
    )
    # the sweep's "no contact" window and "birthday in N days" read these, not every contact
    op.create_index("ix_contact_created_at", "contact", ["created_at"], unique=False)
    op.create_index(
        "ix_contact_birthday",
        "contact",
        ["birthday"],
        unique=False,
        sqlite_where=sa.text("birthday IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_contact_birthday", table_name="contact")
    op.drop_index("ix_contact_created_at", table_name="contact")
    op.drop_index("ix_automation_run_rule_contact", table_name="automation_run")
    for column in ("contact_id", "ran_at", "import_batch_id"):
        op.drop_index(f"ix_automation_run_{column}", table_name="automation_run")
    op.drop_table("automation_run")
    op.drop_table("automation_rule")
