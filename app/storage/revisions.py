"""The schema revisions this app knows, read from the migration files' names. No SQLAlchemy or
Alembic here: start-up compares the file's stamped revision with the head before loading them."""

from __future__ import annotations

import re
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def known_revisions() -> tuple[str, ...]:
    """Revision ids this app knows, oldest first: they are the 4-digit prefixes of the files."""
    names = (p.name for p in (MIGRATIONS_DIR / "versions").iterdir())
    return tuple(sorted(m.group(1) for m in map(_REVISION_FILE.match, names) if m))


def head_revision() -> str:
    return known_revisions()[-1]
