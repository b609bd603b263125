"""New databases are created and stamped, older ones backed up then upgraded with their data,
newer ones refused untouched; a current one starts without importing Alembic."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from app.domain.clock import FixedClock
from app.domain.errors import UserError
from app.storage import revisions, schema
from app.storage.database import Database
from app.storage.models import Base, is_managed
from app.storage.schema import SchemaAction, ensure_schema, head_revision, known_revisions
from sqlalchemy import text

EXTRA_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "{rev}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contact") as batch:
        batch.add_column(sa.Column("nickname", sa.String(50), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contact") as batch:
        batch.drop_column("nickname")
"""


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_created_at_head_and_matches_the_models(
    tmp_path: Path, clock: FixedClock
) -> None:
    db = Database.open(tmp_path / "new.db")
    result = ensure_schema(db, tmp_path / "backups", clock.now())
    assert (result.action, result.revision) == (SchemaAction.CREATED, head_revision())
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": is_managed})
        diffs = compare_metadata(context, Base.metadata)
    assert diffs == []
    assert ensure_schema(db, tmp_path / "backups", clock.now()).action is SchemaAction.CURRENT
    db.dispose()


def test_older_database_is_backed_up_then_upgraded_with_data_kept(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database.open(tmp_path / "old.db")
    schema.upgrade_to_head(db, target=known_revisions()[0])
    with db.write() as session:
        session.execute(
            text(
                "INSERT INTO contact (uid, created_at, updated_at, version, first_name, last_name, "
                "display_name, sort_name, search_phones, stage, source, custom) VALUES ('u1', "
                "'2025-01-01', '2025-01-01', 1, 'Anna', 'Muller', 'Anna Muller', 'anna muller', "
                "'', "
                "'lead', 'other', '{}')"
            )
        )
    # The app gains a newer revision than the file has: a copy of the scripts plus one more.
    scripts = tmp_path / "migrations"
    shutil.copytree(revisions.MIGRATIONS_DIR, scripts)
    newest = f"{int(head_revision()) + 1:04d}"
    (scripts / "versions" / f"{newest}_add_nickname.py").write_text(
        EXTRA_REVISION.format(rev=newest, down=head_revision())
    )
    monkeypatch.setattr(revisions, "MIGRATIONS_DIR", scripts)

    result = ensure_schema(db, tmp_path / "backups", clock.now())

    assert (result.action, result.revision) == (SchemaAction.UPGRADED, newest)
    assert result.backup is not None
    assert result.backup.exists()
    with db.read() as session:
        row = session.execute(text("SELECT first_name, nickname FROM contact")).one()
        # the search triggers survived the batch copy of the contact table
        hits = session.execute(
            text("SELECT rowid FROM contact_fts WHERE contact_fts MATCH 'muller'")
        ).all()
    assert tuple(row) == ("Anna", None)
    assert len(hits) == 1
    backup = Database.open(result.backup)
    with backup.read() as session:
        assert (
            session.execute(text("SELECT version_num FROM alembic_version")).scalar()
            == known_revisions()[0]
        )
        assert session.execute(text("SELECT count(*) FROM contact")).scalar() == 1
    backup.dispose()
    db.dispose()


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "newer.db"
    db = Database.open(path)
    ensure_schema(db, tmp_path / "backups", clock.now())
    with db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.dispose()
    before = _sha(path)
    db = Database.open(path)
    with pytest.raises(UserError, match=r"newer Rapport \(schema 9999"):
        ensure_schema(db, tmp_path / "backups", clock.now())
    db.dispose()
    assert _sha(path) == before
    assert not (tmp_path / "backups").exists()


def test_foreign_sqlite_file_is_refused(tmp_path: Path, clock: FixedClock) -> None:
    db = Database.open(tmp_path / "other.db")
    with db.write() as session:
        session.execute(text("CREATE TABLE notes (x TEXT)"))
    with pytest.raises(UserError, match="not Rapport's"):
        ensure_schema(db, tmp_path / "backups", clock.now())
    db.dispose()


def test_a_current_database_starts_without_importing_alembic(tmp_path: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from app.bootstrap import build_context; "
        "from app.config.paths import AppPaths; "
        f"root = Path({str(tmp_path)!r}); "
        "paths = AppPaths(root / 'd', root / 'c', root / 'l'); "
        "build_context(root / 'x.db', paths=paths).close(); "
        "print('alembic' in sys.modules)"
    )
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    second = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert first.stdout.strip() == "True"  # created: migrations ran
    assert second.stdout.strip() == "False"
