"""Per-row triggers on new contacts done once per batch of an import instead: the search index,
stale marks.

The insert trigger `contact_fts_ai` builds one contact's search document with three correlated
sub-queries; for 100,000 new contacts that is about half the cost of the insert. Inside the
import's transaction the trigger is set aside, and each batch of new contacts, once written with
its methods and tags, gets its documents from the trigger's own statement with `new.id` widened
to the batch's id range: in id order, while the checking workers prepare the next rows, so the
index is not left to the end. The trigger is put back (from its stored SQL) before the
transaction commits. Any error rolls all of it back.

The triggers that re-write one contact's document when the contact, its methods or its tags
change are set aside with it: the import touches no other contact meanwhile, and a new contact
that a later row of the file merges into gets its document re-written once, at the end
(`BatchSearchIndex.rewrite`), instead of once per merged row. Each of those deletes a document
out of id order, which makes FTS5 flush its pending terms; with FTS5 secure-delete (migration
0014) the flush also scrubs the old words from the index pages, about a millisecond a document.
The re-written documents only gain words (a merge fills empty fields and adds methods and tags
of the same person), so they are deleted without scrubbing, all at once; secure-delete is back on
before anything else is written, and an update of an existing contact (later in the same import,
triggers back in place) scrubs its old words as always.

The statement is derived from the stored trigger so a later change to the document (a new
column, another sub-query) is followed automatically; a trigger of another shape is left alone
and, with the re-writing triggers, does the work per row, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import Self

from sqlalchemy import Connection

from app.storage.fts import scrubbing_paused

TRIGGER = "contact_fts_ai"
# Re-write one contact's document: on its update, and (by updating the contact) on a new method
# or tag of its.
REWRITE_TRIGGERS = ("contact_fts_au", "contact_method_fts_ai", "contact_tag_fts_ai")
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


class _BatchedTrigger:
    """A per-row trigger on new contacts set aside inside the import's write transaction while
    `statement` does its work for the ids `BETWEEN ? AND ?`, with the triggers named in `along`
    (whose work for new contacts that statement covers too); all put back from their stored SQL
    before the transaction commits (on an error the rollback restores them). Without a statement
    (the trigger is missing or of another shape) every trigger stays and works per row.
    Use as a context manager."""

    def __init__(
        self,
        connection: Connection,
        trigger: str,
        statement: Callable[[str], str | None],
        along: tuple[str, ...] = (),
    ) -> None:
        """`statement(stored trigger SQL)` gives the batch statement, or None to keep it."""
        self._c = connection
        stored = {
            str(name): str(sql)
            for name, sql in connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
            )
        }
        self._statement = statement(stored[trigger]) if trigger in stored else None
        names = (trigger, *along) if self._statement else ()
        self._set_aside = [(name, stored[name]) for name in names if name in stored]

    def __enter__(self) -> Self:
        for name, _sql in self._set_aside:
            self._c.exec_driver_sql(f"DROP TRIGGER {name}")
        return self

    def __exit__(self, error: type[BaseException] | None, *_rest: object) -> None:
        if error is None:  # on an error the rollback restores the triggers
            for _name, sql in self._set_aside:
                self._c.exec_driver_sql(sql)

    def index(self, first_id: int, last_id: int) -> None:
        """Do the trigger's work for the contacts with ids first_id..last_id."""
        if self._statement:
            self._c.exec_driver_sql(self._statement, (first_id, last_id))


class BatchSearchIndex(_BatchedTrigger):
    """The search documents of the new contacts, written a batch at a time (see the module's
    docstring)."""

    def __init__(self, connection: Connection) -> None:
        super().__init__(connection, TRIGGER, batch_statement, REWRITE_TRIGGERS)

    def rewrite(self, contact_ids: Collection[int]) -> None:
        """Write again the documents of these contacts, indexed already and changed since by a
        merge that only added to them (deleted unscrubbed, see the module's docstring)."""
        if not (self._statement and contact_ids):
            return
        ids = sorted(contact_ids)
        with scrubbing_paused(self._c):
            self._c.exec_driver_sql(
                "DELETE FROM contact_fts WHERE rowid = ?", [(contact_id,) for contact_id in ids]
            )
            self._c.exec_driver_sql(
                self._statement, [(contact_id, contact_id) for contact_id in ids]
            )


STALE_TRIGGER = "stats_dirty_contact_insert"
# What STALE_TRIGGER does for one new contact (mark it for the per-customer figures with the next
# sequence number), for a batch: one number each, in id order.
STALE_BATCH = (
    "INSERT OR REPLACE INTO contact_stats_dirty (contact_id, seq) "
    "SELECT c.id, (SELECT coalesce(max(seq), 0) FROM contact_stats_dirty) "
    "+ row_number() OVER (ORDER BY c.id) FROM contact c WHERE c.id BETWEEN ? AND ?"
)


class BatchStaleMarks(_BatchedTrigger):
    """New contacts marked stale for the per-customer figures once per batch (the per-row
    trigger reads max(seq) and writes a mark for every inserted contact)."""

    def __init__(self, connection: Connection) -> None:
        super().__init__(
            connection,
            STALE_TRIGGER,
            lambda sql: STALE_BATCH if "contact_stats_dirty" in sql else None,
        )
