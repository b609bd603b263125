"""Indexes for the global timeline: every source it merges can be read newest first.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 19:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = (
    ("ix_txn_occurred_at", "txn", "occurred_at"),
    ("ix_complaint_event_at", "complaint_event", "at"),
    ("ix_survey_response_answered_at", "survey_response", "answered_at"),
    ("ix_consent_at", "consent", "at"),
)
_PAIRS = (("ix_survey_response_channel_answered", "survey_response", ("channel", "answered_at")),)


def upgrade() -> None:
    for name, table, column in _INDEXES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(name, [column], unique=False)
    for name, table, columns in _PAIRS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(name, list(columns), unique=False)
    # live interactions by channel: per-channel counts read this index alone
    op.create_index(
        "ix_interaction_live_channel",
        "interaction",
        ["channel", "occurred_at"],
        unique=False,
        sqlite_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_interaction_live_channel", table_name="interaction")
    for name, table, _columns in _PAIRS:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(name)
    for name, table, _column in reversed(_INDEXES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(name)
