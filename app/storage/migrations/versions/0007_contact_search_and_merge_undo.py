"""Contacts: a covering index that sorts search hits by name without reading contact rows, and
the merges kept for "Undo merge" after a restart.

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(
            "ix_contact_id_live_sort", ["id", "deleted_at", "sort_name"], unique=False
        )
    op.create_table(
        "contact_merge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survivor_id", sa.Integer(), nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["merged_id"], ["contact.id"], name=op.f("fk_contact_merge_merged_id_contact")
        ),
        sa.ForeignKeyConstraint(
            ["survivor_id"], ["contact.id"], name=op.f("fk_contact_merge_survivor_id_contact")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_merge")),
    )
    with op.batch_alter_table("contact_merge", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_merge_survivor_id"), ["survivor_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("contact_merge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_merge_survivor_id"))
    op.drop_table("contact_merge")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_id_live_sort")
