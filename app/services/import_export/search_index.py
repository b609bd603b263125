"""The contact search index written once per batch of new contacts instead of once per row.

The insert trigger `contact_fts_ai` builds one contact's search document with three correlated
sub-queries; for 100,000 new contacts that is about half the cost of the insert. Inside the
import's transaction the trigger is set aside, each batch is inserted, and its documents are
written by the trigger's own statement with `new.id` widened to the batch's id range; the trigger
is put back (from its stored SQL) before the transaction commits. Any error rolls all of it back.

The statement is derived from the stored trigger so a later change to the document (a new
column, another sub-query) is followed automatically; a trigger of another shape is left alone
and does the work per row, as before.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection

TRIGGER = "contact_fts_ai"
_BODY = re.compile(r"\bBEGIN\b(?P<body>.*);\s*END\s*$", re.IGNORECASE | re.DOTALL)
_ONE_ROW = re.compile(r"\bc\.id\s*=\s*new\.id\b", re.IGNORECASE)


def batch_statement(trigger_sql: str) -> str | None:
    """The trigger's INSERT for ids `BETWEEN ? AND ?`, or None when the trigger has another
    shape (then it stays in place)."""
    found = _BODY.search(trigger_sql)
    if found is None:
        return None
    body = found.group("body").strip()
    if ";" in body or len(_ONE_ROW.findall(body)) != 1:
        return None
    widened = _ONE_ROW.sub("c.id BETWEEN ? AND ?", body)
    return None if re.search(r"\bnew\.", widened, re.IGNORECASE) else widened


class BatchSearchIndex:
    """Use as a context manager inside the import's write transaction."""

    def __init__(self, connection: Connection) -> None:
        self._c = connection
        found = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (TRIGGER,)
        ).scalar()
        self._trigger = str(found) if found else ""
        self._statement = batch_statement(self._trigger) if found else None

    def __enter__(self) -> BatchSearchIndex:
        if self._statement:
            self._c.exec_driver_sql(f"DROP TRIGGER {TRIGGER}")
        return self

    def __exit__(self, error: type[BaseException] | None, *_rest: object) -> None:
        if self._statement and error is None:  # on an error the rollback restores the trigger
            self._c.exec_driver_sql(self._trigger)

    def index(self, first_id: int, last_id: int) -> None:
        """Write the search documents of the contacts with ids first_id..last_id."""
        if self._statement:
            self._c.exec_driver_sql(self._statement, (first_id, last_id))
