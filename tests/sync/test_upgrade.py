"""An app upgrade on a laptop holding captured changes not pushed yet: the new migration (here
one that adds a column and one that rebuilds a table, as SQLite's batch mode does for most
column changes) keeps them, capture goes on afterwards, new column included, and the next sync
against the upgraded hub pushes them all."""

from __future__ import annotations

import shutil
from pathlib import Path

import psycopg
import pytest
from app.bootstrap import AppContext, build_context
from app.config.paths import AppPaths
from app.domain.errors import UserError
from app.services.sync.engine import SyncService
from app.storage import revisions, schema
from sqlalchemy import text

from tests.sync.conftest import Hub, new_laptop

NEXT_REVISION = '''"""A later release's migration: contacts get a nickname, segments a
colour (that table is rebuilt, which drops its triggers).

Revision ID: 0099
Revises: {head}
"""

import sqlalchemy as sa
from alembic import op

revision = "0099"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("contact", sa.Column("nickname", sa.String(length=100), nullable=True))
    op.execute("UPDATE contact SET nickname = first_name")  # each copy does it: not captured
    with op.batch_alter_table("segment", recreate="always") as batch:
        batch.add_column(sa.Column("colour", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("segment") as batch:
        batch.drop_column("colour")
    op.drop_column("contact", "nickname")
'''


def _next_release(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The app's migrations plus one more, as the next release ships them."""
    folder = tmp_path / "migrations"
    shutil.copytree(revisions.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "0099_contact_nickname.py").write_text(
        NEXT_REVISION.format(head=revisions.head_revision())
    )
    monkeypatch.setattr(revisions, "MIGRATIONS_DIR", folder)  # the revisions are its files
    assert revisions.head_revision() == "0099"
    return "0099"


def _pending(ctx: AppContext) -> list[tuple[str, str]]:
    with ctx.db.read() as session:
        return [
            (str(table), str(column))
            for table, column in session.execute(
                text("SELECT tbl, col FROM sync_change WHERE pushed = 0 ORDER BY seq")
            )
        ]


def test_an_upgrade_keeps_changes_not_pushed_yet_and_they_push_after(
    hub: Hub,
    tmp_path: Path,
    paths: AppPaths,
    laptop_template: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = hub.add_user("upgrading")
    monkeypatch.setenv("PGPASSFILE", str(hub.pgpass()))
    path = new_laptop(laptop_template, tmp_path / "laptop.db")
    ctx = build_context(path, paths=paths)
    with ctx.db.write() as session:
        session.execute(
            text(
                "INSERT INTO contact (uid, created_at, updated_at, version, first_name, "
                "last_name, display_name, sort_name, search_phones, stage, source, custom) "
                "VALUES ('c-1', '2026-01-01', '2026-01-01', 1, 'Ada', 'Lovelace', "
                "'Ada Lovelace', 'ada lovelace', '', 'lead', 'other', '{}')"
            )
        )
    SyncService(ctx.db, ctx.clock, schema.head_revision()).sync(url)
    with ctx.db.write() as session:  # offline: captured, not pushed
        session.execute(text("UPDATE contact SET city = 'Leeds', version = version + 1"))
        session.execute(
            text(
                "INSERT INTO segment (uid, created_at, updated_at, version, name, rule) "
                "VALUES ('s-1', '2026-01-01', '2026-01-01', 1, 'Leeds leads', '{}')"
            )
        )
    ctx.close()

    new_head = _next_release(tmp_path, monkeypatch)
    ctx = build_context(path, paths=paths)  # the upgrade runs here (after a backup)
    service = SyncService(ctx.db, ctx.clock, new_head)
    assert service.status().pending == 2
    with ctx.db.write() as session:  # capture goes on: a new column, a rebuilt table
        session.execute(text("UPDATE contact SET nickname = 'Countess', version = version + 1"))
        session.execute(text("UPDATE segment SET name = 'Leeds', version = version + 1"))
    assert _pending(ctx) == [
        ("contact", "city"),
        ("segment", "*"),
        ("contact", "nickname"),
        ("segment", "name"),
    ]
    with pytest.raises(UserError, match="schema"):  # the hub is not upgraded yet
        service.sync()
    # the hub upgraded as the next release would: its new column, its new version
    with psycopg.connect(hub.admin_url) as conn:
        conn.execute("ALTER TABLE contact ADD COLUMN nickname text")
    hub.query("UPDATE rapport_hub SET schema_version = %s RETURNING 1", new_head)
    assert service.sync().pushed == 4
    assert hub.query("SELECT city, nickname FROM contact") == [("Leeds", "Countess")]
    assert hub.query("SELECT name FROM segment") == [("Leeds",)]
    ctx.close()
