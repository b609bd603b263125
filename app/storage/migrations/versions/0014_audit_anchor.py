"""The audit chain hashes every column and its head is anchored: each row's hash now covers all
its columns (uid, deleted_at, version and the times too), and `audit_anchor` holds the chain's
length and last hash sealed with an HMAC keyed from the database key (app/storage/audit.py).

Existing rows are re-hashed in the new form as far as the old chain verifies
(`rehash_legacy_chain`); rows from the first one that did not verify on are left as they are,
so `check` still reports that tampering. The anchor is sealed only over a chain that verifies.
The contact search index gets FTS5 secure-delete (as the interaction index has since 0008), so
a deleted or changed word leaves the file at once.

Revision ID: 0014
Revises: 0013
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import context, op

from app.storage.audit import PLAIN_ANCHOR_KEY, rehash_legacy_chain, seal_chain

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_anchor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("head_hash", sa.String(length=64), nullable=False),
        sa.Column("mac", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_anchor")),
    )
    connection = op.get_bind()
    rehash_legacy_chain(connection)
    seal_chain(connection, context.config.attributes.get("anchor_key", PLAIN_ANCHOR_KEY))
    connection.exec_driver_sql(
        "INSERT INTO contact_fts(contact_fts, rank) VALUES ('secure-delete', 1)"
    )


def downgrade() -> None:
    op.drop_table("audit_anchor")
