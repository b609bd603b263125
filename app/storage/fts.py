"""The full-text search indexes, SQLite FTS5 tables `contact_fts` and `interaction_fts`.

The migrations create them and triggers keep them in step with their tables; services only ask
for the ids whose search document matches a MATCH expression (built by
`domain.contact_query.fts_query` or `services.interactions.prefix_match`) and for the upkeep a
privacy erase needs. FTS5's tables, its MATCH operator and its special commands stay here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Integer, Select, TextClause, column, select, table, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import TextualSelect

SEARCH_INDEXES = ("contact_fts", "interaction_fts")
_CONTACT_HITS = "SELECT rowid FROM contact_fts WHERE contact_fts MATCH :match"
_FIRST_CONTACT_HITS: TextClause = text(
    "SELECT rowid FROM contact_fts WHERE contact_fts MATCH :q LIMIT :n"
)
_INTERACTIONS = table("interaction_fts", column("rowid"), column("interaction_fts"))


def contact_hits(match: str) -> TextualSelect:
    """The ids of the contacts whose search document matches `match`, for an `IN (...)`."""
    return text(_CONTACT_HITS).bindparams(match=match).columns(rowid=Integer)


def first_contact_hits(session: Session, match: str, limit: int) -> list[int]:
    """The ids of up to `limit` contacts whose search document matches `match`, in index order
    (deleted contacts included: the caller filters and sorts)."""
    return list(session.scalars(_FIRST_CONTACT_HITS, {"q": match, "n": limit}))


def interaction_hits(match: str) -> Select[tuple[Any]]:
    """The ids of the interactions whose subject, body or outcome matches `match`."""
    return select(_INTERACTIONS.c.rowid).where(_INTERACTIONS.c.interaction_fts.op("MATCH")(match))


def forget_deleted_words(connection: Connection) -> None:
    """Make the contact index drop a deleted row's words from its pages at once (FTS5 otherwise
    keeps them until a merge); a setting the index keeps."""
    _set_secure_delete(connection, 1)


@contextmanager
def scrubbing_paused(connection: Connection) -> Iterator[None]:
    """Contact documents deleted inside this block leave their words to FTS5's usual delete
    markers instead of being scrubbed from the index pages (secure-delete), which costs about
    a millisecond a document; the setting is as it was afterwards (an error rolls it back with
    the caller's transaction)."""
    setting = connection.exec_driver_sql(
        "SELECT v FROM contact_fts_config WHERE k = 'secure-delete'"
    ).scalar()
    if not setting:
        yield
        return
    _set_secure_delete(connection, 0)
    yield
    _set_secure_delete(connection, int(setting))


def _set_secure_delete(connection: Connection, value: int) -> None:
    connection.exec_driver_sql(
        "INSERT INTO contact_fts(contact_fts, rank) VALUES ('secure-delete', ?)", (value,)
    )


def merge_search_indexes(connection: Connection) -> None:
    """Merge each search index into one segment, so deleted words leave the file."""
    for index in SEARCH_INDEXES:
        connection.exec_driver_sql(
            f"INSERT INTO {index}({index}) VALUES ('optimize')"  # noqa: S608 - constant
        )
