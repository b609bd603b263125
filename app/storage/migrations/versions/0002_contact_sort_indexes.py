"""Indexes for sorting the contact list by stage, owner, e-mail, phone and company.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_INDEXES = {
    "ix_contact_live_stage_sort": ["deleted_at", "stage", "sort_name", "id"],
    "ix_contact_live_owner_sort": ["deleted_at", "owner_id", "sort_name", "id"],
    "ix_contact_live_email_sort": ["deleted_at", "email_norm", "sort_name", "id"],
    "ix_contact_live_phone_sort": ["deleted_at", "phone_norm", "sort_name", "id"],
    "ix_contact_live_company_sort": ["deleted_at", "company_id", "sort_name", "id"],
}


def upgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        for name, columns in _INDEXES.items():
            batch_op.create_index(name, columns, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        for name in _INDEXES:
            batch_op.drop_index(name)
