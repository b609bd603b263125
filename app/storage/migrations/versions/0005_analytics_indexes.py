"""Analytics indexes: partial covering indexes over live rows for the dashboard and the
per-customer figures. `deleted_at` is the last column so SQLite can answer from the index
alone (a partial index does not count as covering for a column it only filters on).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 19:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LIVE = sa.text("deleted_at IS NULL")

INDEXES: tuple[tuple[str, str, list[str]], ...] = (
    (
        "ix_txn_live_contact_kind",
        "txn",
        ["contact_id", "kind", "occurred_at", "amount_minor", "deleted_at"],
    ),
    (
        "ix_txn_live_kind_occurred",
        "txn",
        ["kind", "occurred_at", "contact_id", "amount_minor", "deleted_at"],
    ),
    (
        "ix_survey_response_live_kind_answered",
        "survey_response",
        ["kind", "answered_at", "score", "contact_id", "deleted_at"],
    ),
    (
        "ix_survey_response_live_kind_contact",
        "survey_response",
        ["kind", "contact_id", "answered_at", "score", "deleted_at"],
    ),
    (
        "ix_interaction_live_contact_occurred",
        "interaction",
        ["contact_id", "occurred_at", "deleted_at"],
    ),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False, sqlite_where=LIVE)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
