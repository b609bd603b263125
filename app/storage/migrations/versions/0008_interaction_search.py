"""Interaction search and fast channel counts for the timeline.

`interaction_fts` is an external-content FTS5 index over the text the timeline shows for an
interaction (subject, notes, outcome); it stores no copy of the text, only the index, and
triggers keep it in step with the table. Accents and case are folded and 2/3-character prefixes
are indexed like `contact_fts`; secure-delete is on so edited or erased words leave the file.
The two partial indexes let the per-channel counts walk an index alone (live surveys by channel;
live interactions by staff and channel).

Revision ID: 0008
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = "subject, body, outcome"
_DELETE_OLD = (
    f"INSERT INTO interaction_fts(interaction_fts, rowid, {_COLUMNS}) "
    "VALUES ('delete', old.id, old.subject, old.body, old.outcome);"
)
_INSERT_NEW = (
    f"INSERT INTO interaction_fts(rowid, {_COLUMNS}) "
    "VALUES (new.id, new.subject, new.body, new.outcome);"
)
_FTS_DDL = (
    f"CREATE VIRTUAL TABLE interaction_fts USING fts5({_COLUMNS}, content = 'interaction', "
    "content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    f"CREATE TRIGGER interaction_fts_ai AFTER INSERT ON interaction BEGIN {_INSERT_NEW} END",
    f"CREATE TRIGGER interaction_fts_ad AFTER DELETE ON interaction BEGIN {_DELETE_OLD} END",
    # only text edits touch the index; soft deletes are filtered by the join on deleted_at
    f"CREATE TRIGGER interaction_fts_au AFTER UPDATE OF {_COLUMNS} ON interaction BEGIN "
    f"{_DELETE_OLD} {_INSERT_NEW} END",
    # back-fill: one pass over the table (about 5 s for a million interactions)
    "INSERT INTO interaction_fts(interaction_fts) VALUES ('rebuild')",
    "INSERT INTO interaction_fts(interaction_fts, rank) VALUES ('secure-delete', 1)",
)
_TRIGGERS = ("interaction_fts_ai", "interaction_fts_ad", "interaction_fts_au")


def upgrade() -> None:
    for statement in _FTS_DDL:
        op.execute(statement)
    op.create_index(
        "ix_survey_response_live_channel",
        "survey_response",
        ["channel", "answered_at"],
        unique=False,
        sqlite_where=sa.text("deleted_at IS NULL"),
    )
    op.create_index(
        "ix_interaction_live_staff_channel",
        "interaction",
        ["staff_id", "channel", "occurred_at"],
        unique=False,
        sqlite_where=sa.text("deleted_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_interaction_live_staff_channel", table_name="interaction")
    op.drop_index("ix_survey_response_live_channel", table_name="survey_response")
    for trigger in _TRIGGERS:
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE interaction_fts")
