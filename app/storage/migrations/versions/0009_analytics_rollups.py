"""Analytics rollups: activity spells, cohort cells and survey and ledger day counts kept in
step with the base tables by triggers (app/storage/rollups.py), back-filled here; contacts
whose cached figures are stale, marked by triggers; indexes for the CLV and RFM charts.

Revision ID: 0009
Revises: 0006
Create Date: 2026-11-22 22:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.storage import rollups

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BUYERS = sa.text("order_count > 0")


def upgrade() -> None:
    op.create_table(
        "rollup_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("churn_window_days", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rollup_state")),
    )
    op.create_table(
        "order_spell",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("start_day", sa.Integer(), nullable=False),
        sa.Column("end_day", sa.Integer(), nullable=False),
        sa.Column("next_start", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("contact_id", "start_day", name=op.f("pk_order_spell")),
    )
    op.create_index(
        "ix_order_spell_end_start", "order_spell", ["end_day", "next_start", "start_day"]
    )
    op.create_table(
        "cohort_cell",
        sa.Column("cohort", sa.Integer(), nullable=False),
        sa.Column("k", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("cohort", "k", name=op.f("pk_cohort_cell")),
    )
    op.create_table(
        "survey_day",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "kind", "score", name=op.f("pk_survey_day")),
    )
    op.create_table(
        "ledger_day",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "kind", name=op.f("pk_ledger_day")),
    )
    op.create_table(
        "contact_stats_dirty",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("contact_id", name=op.f("pk_contact_stats_dirty")),
    )
    op.create_index(
        "ix_contact_stats_buyer_ltv",
        "contact_stats",
        ["lifetime_value_minor"],
        sqlite_where=BUYERS,
    )
    op.create_index(
        "ix_contact_stats_buyer_pclv",
        "contact_stats",
        ["predicted_clv_minor"],
        sqlite_where=BUYERS,
    )
    op.create_index("ix_contact_stats_rfm", "contact_stats", ["rfm_segment"])
    for statement in rollups.rebuild(rollups.DEFAULT_WINDOW_DAYS):
        op.execute(statement)
    for trigger in rollups.TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    for name in reversed(rollups.TRIGGER_NAMES):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_contact_stats_rfm", table_name="contact_stats")
    op.drop_index("ix_contact_stats_buyer_pclv", table_name="contact_stats")
    op.drop_index("ix_contact_stats_buyer_ltv", table_name="contact_stats")
    op.drop_table("contact_stats_dirty")
    op.drop_table("ledger_day")
    op.drop_table("survey_day")
    op.drop_table("cohort_cell")
    op.drop_index("ix_order_spell_end_start", table_name="order_spell")
    op.drop_table("order_spell")
    op.drop_table("rollup_state")
