"""The seam through which writes reach follow-up automation inside their own transaction.

Services that record events (interactions, complaints, surveys, stage changes, imports) hold a
`FollowUpHook`; bootstrap gives them the automation engine, tests and tools may leave the no-op.
Defined apart from the engine so those services need not import it (it imports them).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Protocol

from sqlalchemy.orm import Session


class Source(StrEnum):
    """The table an event was written to."""

    TXN = "txn"
    COMPLAINT = "complaint"
    COMPLAINT_EVENT = "complaint_event"
    INTERACTION = "interaction"
    SURVEY = "survey_response"


class FollowUpHook(Protocol):
    def fire(
        self, session: Session, source: Source, ids: Sequence[int], batch_id: int | None = None
    ) -> None:
        """Run the event rules for rows just written to `source`, in the caller's transaction."""

    def stage_changed(self, session: Session, contact_ids: Sequence[int]) -> None:
        """Run the stage-change rules for contacts whose stage was just changed."""

    def undo_import(self, session: Session, batch_id: int) -> None:
        """Undo what the rules did because of an import that is being undone."""


class NoFollowUps:
    """The hook of a service built without automation (tools, some tests)."""

    def fire(
        self, session: Session, source: Source, ids: Sequence[int], batch_id: int | None = None
    ) -> None:
        del session, source, ids, batch_id

    def stage_changed(self, session: Session, contact_ids: Sequence[int]) -> None:
        del session, contact_ids

    def undo_import(self, session: Session, batch_id: int) -> None:
        del session, batch_id
