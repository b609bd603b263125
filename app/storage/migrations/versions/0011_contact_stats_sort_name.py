"""Stats-column sorts of the contact list break ties by name: contact_stats keeps a copy of
each contact's sort_name (a trigger follows renames and merges; the analytics refresh writes
it with the figures) and each sortable figure's index becomes (figure, sort_name), so one index
walk gives figure, name, id order (the id is the rowid every index ends with).

Quick on 100,000 contacts: the column is added without a table rebuild and filled in one
UPDATE by primary key.

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (old single-column index, new index, figure)
_INDEXES = (
    ("ix_contact_stats_lifetime_value_minor", "ix_contact_stats_ltv_name", "lifetime_value_minor"),
    ("ix_contact_stats_last_interaction_at", "ix_contact_stats_last_name", "last_interaction_at"),
    ("ix_contact_stats_open_complaints", "ix_contact_stats_open_name", "open_complaints"),
    ("ix_contact_stats_churn_risk", "ix_contact_stats_churn_name", "churn_risk"),
)
TRIGGER = (
    "CREATE TRIGGER contact_stats_sort_name AFTER UPDATE OF sort_name ON contact "
    "FOR EACH ROW WHEN OLD.sort_name IS NOT NEW.sort_name\n"
    "BEGIN\n"
    "  UPDATE contact_stats SET sort_name = NEW.sort_name WHERE contact_id = NEW.id;\n"
    "END"
)


def upgrade() -> None:
    op.add_column(
        "contact_stats",
        sa.Column("sort_name", sa.String(length=400), server_default="", nullable=False),
    )
    op.execute(
        "UPDATE contact_stats SET sort_name = "
        "(SELECT c.sort_name FROM contact c WHERE c.id = contact_stats.contact_id)"
    )
    for old, new, figure in _INDEXES:
        op.drop_index(old, table_name="contact_stats")
        op.create_index(new, "contact_stats", [figure, "sort_name"], unique=False)
    op.execute(TRIGGER)


def downgrade() -> None:
    op.execute("DROP TRIGGER contact_stats_sort_name")
    for old, new, figure in _INDEXES:
        op.drop_index(new, table_name="contact_stats")
        op.create_index(old, "contact_stats", [figure], unique=False)
    with op.batch_alter_table("contact_stats", schema=None) as batch_op:
        batch_op.drop_column("sort_name")
