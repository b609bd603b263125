"""Bring a database to the app's schema: create new ones, back up and upgrade older ones, refuse
newer ones. Alembic is imported only when there is something to do, so a normal start skips it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import Connection, inspect, text

from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.storage import revisions
from app.storage.audit import anchor_key
from app.storage.backup import backup_database
from app.storage.database import Database

# Re-exported: the revision list moved to app.storage.revisions (no SQLAlchemy there).
from app.storage.revisions import head_revision as head_revision  # noqa: PLC0414
from app.storage.revisions import known_revisions as known_revisions  # noqa: PLC0414
from app.storage.sync_capture import capture_during_upgrade


class SchemaAction(StrEnum):
    CURRENT = "current"
    CREATED = "created"
    UPGRADED = "upgraded"


@dataclass(frozen=True, slots=True)
class SchemaResult:
    action: SchemaAction
    revision: str
    backup: Path | None = None


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database, or None when it has never been migrated."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def ensure_schema(db: Database, backup_dir: Path, now: datetime) -> SchemaResult:
    """Create, upgrade (after a backup) or accept the database; refuse one newer than the app."""
    with db.engine.connect() as connection:
        revision = current_revision(connection)
        foreign = revision is None and bool(inspect(connection).get_table_names())
    known, head = known_revisions(), head_revision()
    if revision == head:
        return SchemaResult(SchemaAction.CURRENT, head)
    if foreign:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "This file holds tables that are not Rapport's; it was left untouched."
            )
        )
    if revision is not None and revision not in known:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "This database was written by a newer Rapport (schema {revision}; this "
                "version knows up to {head}). Install the newer version to open it; "
                "the file was left untouched.",
            ),
            revision=revision,
            head=head,
        )
    backup = None
    if revision is not None and db.path is not None:
        stamp = now.strftime("%Y%m%d-%H%M%S")
        backup = backup_dir / f"{db.path.stem}-before-schema-{head}-{stamp}.db"
        backup_database(db, backup)
    upgrade_to_head(db)
    return SchemaResult(
        SchemaAction.CREATED if revision is None else SchemaAction.UPGRADED, head, backup
    )


def upgrade_to_head(db: Database, target: str = "head") -> None:
    """Run the migrations in one write transaction (all or nothing)."""
    from alembic import command  # noqa: PLC0415 - kept off the normal start-up path
    from alembic.config import Config  # noqa: PLC0415

    config = Config()
    config.set_main_option("script_location", str(revisions.MIGRATIONS_DIR))
    with db.engine.execution_options(rapport_begin="IMMEDIATE").begin() as connection:
        # Batch mode re-creates tables; foreign keys are checked at COMMIT, not mid-copy.
        connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        config.attributes["connection"] = connection
        config.attributes["anchor_key"] = anchor_key(db.key)  # seals the audit chain (0014)
        with capture_during_upgrade(connection):
            command.upgrade(config, target)
