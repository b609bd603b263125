"""The contact list's first screen read straight through the DB-API driver, so start-up can paint
it before SQLAlchemy and the ORM are imported (issue 24: they cost about as much again as Python
and Qt together). Only a file that opens without a question qualifies: plain, or encrypted with
its key in the keychain, and already at this app's schema head. Anything else (a new file, one
to migrate, a passphrase to ask for, a server URL) gives None and start-up takes the full path.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from app.storage.dbfile import connect_raw, is_plain_sqlite, keychain_key
from app.storage.revisions import head_revision

# The list's default order (ContactService.list_ids with sort "name"), walking the
# (deleted_at, sort_name, id) index; the columns the list shows first.
FIRST_PAGE_SQL = """
SELECT contact.display_name, company.name, contact.email, contact.phone, contact.city,
       contact.stage
FROM contact LEFT OUTER JOIN company ON company.id = contact.company_id
WHERE contact.deleted_at IS NULL
ORDER BY contact.sort_name, contact.id
LIMIT ?
"""


@dataclass(frozen=True, slots=True)
class FirstPageRow:
    """One line of the list's first screen, as stored (the stage is its domain value)."""

    display_name: str
    company: str
    email: str
    phone: str
    city: str
    stage: str


def read_first_page(path: Path, limit: int) -> list[FirstPageRow] | None:
    """The first `limit` live contacts in name order, or None when the file needs the full
    start-up path first (missing, empty, not at the schema head, or no key at hand)."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    key = None
    if not is_plain_sqlite(path):
        key = keychain_key(path)
        if key is None:
            return None  # the full path asks for the passphrase
    connection = connect_raw(path, key)
    try:
        if _stamped_revision(connection) != head_revision():
            return None
        rows = connection.execute(FIRST_PAGE_SQL, (limit,)).fetchall()
    except sqlcipher.DatabaseError:
        return None  # damaged, foreign or wrongly keyed: the full path says so in words
    finally:
        connection.close()
    return [FirstPageRow(*(value or "" for value in row)) for row in rows]


def _stamped_revision(connection: Any) -> str | None:
    """The schema revision stamped in the file, read without Alembic."""
    found = connection.execute(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if found is None:
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])
