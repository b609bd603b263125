"""The backup settings (folder, schedule, how many to keep) move out of the business settings,
which a team syncs and only its administrators may change, into `computer_setting`, which is
never synced: each laptop backs up to its own folder, and every person sets their own.

The values stored so far are carried over. The business record keeps its old copies, unused:
taking them out would be an edit every copy of a team sends, and only admins may send those.

Revision ID: 0018
Revises: 0017
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_CARRIED = ("folder", "schedule", "keep_daily", "keep_weekly")


def upgrade() -> None:
    op.create_table(
        "computer_setting",
        sa.Column("key", sa.String(length=100), primary_key=True),
        sa.Column("value", sa.JSON(), nullable=False),
    )
    pairs = ", ".join(f"'{name}', value -> '$.backup_{name}'" for name in _CARRIED)
    op.execute(
        "INSERT INTO computer_setting (key, value) SELECT 'backups', "
        f"json_patch('{{}}', json_object({pairs})) FROM setting "
        "WHERE key = 'business' AND deleted_at IS NULL"
    )


def downgrade() -> None:
    op.drop_table("computer_setting")
