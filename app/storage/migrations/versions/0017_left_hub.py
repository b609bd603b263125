"""A copy that leaves its team remembers the hub it left (`sync_state.left_hub`) and goes on
capturing its edits, so joining that hub again sends what changed while it was out.

Revision ID: 0017
Revises: 0016
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("sync_state", sa.Column("left_hub", sa.String(length=1000), nullable=True))


def downgrade() -> None:
    op.drop_column("sync_state", "left_hub")
