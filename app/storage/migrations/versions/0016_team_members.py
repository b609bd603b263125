"""Team work: a staff row names the hub user it stands for (`login`), tasks get an owner like
contacts and cases, and this copy remembers its role on the hub (`sync_state.hub_role`) so the
window knows, offline too, whether it may write.

Revision ID: 0016
Revises: 0015
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("staff", sa.Column("login", sa.String(length=63), nullable=True))
    # SQLite adds a column with its reference in place; Alembic would rebuild the table
    op.execute(
        "ALTER TABLE task ADD COLUMN owner_id INTEGER "
        "CONSTRAINT fk_task_owner_id_staff REFERENCES staff (id)"
    )
    op.create_index("ix_task_owner_id", "task", ["owner_id"], unique=False)
    op.add_column("sync_state", sa.Column("hub_role", sa.String(length=10), nullable=True))


def downgrade() -> None:
    op.drop_column("sync_state", "hub_role")
    op.drop_index("ix_task_owner_id", table_name="task")
    op.drop_column("task", "owner_id")
    op.drop_column("staff", "login")
