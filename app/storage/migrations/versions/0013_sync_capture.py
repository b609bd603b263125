"""Field sync (issue 22): this copy's sync state and origin id, the capture log, the field
clocks and the conflicts; a capture trigger trio on every synced table (generated from the
tables as they stand, app/storage/sync_capture.py); the audit log's origin, so each copy keeps
its own hash chain once logs travel.

Revision ID: 0013
Revises: 0012
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.storage.sync_capture import drop_triggers, origin_of, start_state

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("skew_ms", sa.Integer(), nullable=False),
        sa.Column("applying", sa.Integer(), nullable=False),
        sa.Column("hub_url", sa.String(length=1000), nullable=True),
        sa.Column("cursor", sa.Integer(), nullable=False),
        sa.Column("conflict_cursor", sa.Integer(), nullable=False),
        sa.Column("schema_version", sa.String(length=20), nullable=True),
        sa.Column("last_sync", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "sync_change",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("tbl", sa.String(length=50), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("col", sa.String(length=100), nullable=False),
        sa.Column("val", sa.Text(), nullable=True),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("base_hlc", sa.Integer(), nullable=False),
        sa.Column("seen_hlc", sa.Integer(), nullable=False),
        sa.Column("pushed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_change")),
        sqlite_autoincrement=True,  # a sequence number is never reused: pushes are idempotent
    )
    op.create_index("ix_sync_change_pushed_seq", "sync_change", ["pushed", "seq"])
    op.create_table(
        "sync_field_clock",
        sa.Column("tbl", sa.String(length=50), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("col", sa.String(length=100), nullable=False),
        sa.Column("hlc", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("tbl", "uid", "col", name=op.f("pk_sync_field_clock")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tbl", sa.String(length=50), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column("local", sa.Text(), nullable=True),
        sa.Column("remote", sa.Text(), nullable=True),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("kept", sa.String(length=10), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("resolved", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("origin", sa.String(length=36), nullable=True))
        batch.create_index("ix_audit_log_origin_id", ["origin", "id"], unique=False)
    connection = op.get_bind()
    start_state(connection)
    connection.exec_driver_sql(f"UPDATE audit_log SET origin = '{origin_of(connection)}'")
    # the capture triggers come with the copy's first sync (sync_capture.start_capture)


def downgrade() -> None:
    drop_triggers(op.get_bind())
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_index("ix_audit_log_origin_id")
        batch.drop_column("origin")
    for table in ("sync_conflict", "sync_field_clock", "sync_change", "sync_state"):
        op.drop_table(table)
