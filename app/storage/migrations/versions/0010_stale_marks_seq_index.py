"""An index on contact_stats_dirty.seq: every write that marks a contact stale reads
max(seq), which without it scans the whole table, so a 100,000-contact import did 100,000
growing scans (minutes instead of seconds).

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("contact_stats_dirty", schema=None) as batch_op:
        batch_op.create_index("ix_contact_stats_dirty_seq", ["seq"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("contact_stats_dirty", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_stats_dirty_seq")
