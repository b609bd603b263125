"""Saved contact segments: a named ContactFilter stored as a JSON rule and re-run on open."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.domain.clock import Clock
from app.domain.contact_query import ContactFilter
from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.domain.validation import clean_name
from app.storage.audit import AuditTrail
from app.storage.database import Database
from app.storage.models import Segment
from app.storage.records import restore, soft_delete, stamp_new, touch


@dataclass(frozen=True, slots=True)
class SegmentRow:
    id: int
    name: str
    query: ContactFilter


class SegmentService:
    def __init__(self, db: Database, clock: Clock, audit: AuditTrail) -> None:
        self._db, self._clock, self._audit = db, clock, audit

    def list(self) -> list[SegmentRow]:
        """Live segments in name order, for the navigation."""
        with self._db.read() as session:
            segments = session.scalars(
                select(Segment)
                .where(Segment.deleted_at.is_(None))
                .order_by(func.lower(Segment.name))
            )
            return [_row(s) for s in segments]

    def save(self, name: str, query: ContactFilter) -> SegmentRow:
        """Store `query` under `name`; saving under an existing name replaces its rule."""
        name = clean_name(name, field="segment name")
        if not name:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "A segment needs a name."))
        if query.is_empty:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "Set at least one filter or search before saving a segment."
                )
            )
        now = self._clock.now()
        with self._db.write() as session:
            segment = session.scalar(select(Segment).where(Segment.name == name))
            if segment is None:
                segment = Segment(name=name)
                stamp_new(segment, now)
                session.add(segment)
            elif segment.deleted_at is not None:
                restore(segment, now)
            else:
                touch(segment, now)
            segment.rule = query.to_rule()
            session.flush()
            self._audit.record(session, "segment.save", "segment", segment.uid)
            return _row(segment)

    def rename(self, segment_id: int, name: str) -> SegmentRow:
        """Give a segment a new name (its rule stays); the name must not be taken."""
        name = clean_name(name, field="segment name")
        if not name:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "A segment needs a name."))
        now = self._clock.now()
        with self._db.write() as session:
            segment = session.get(Segment, segment_id)
            if segment is None or segment.deleted_at is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError", "Segment #{segment_id} does not exist or was deleted."
                    ),
                    segment_id=segment_id,
                )
            taken = session.scalar(
                select(Segment.id).where(Segment.name == name, Segment.id != segment_id)
            )
            if taken is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP("UserError", "There is already a segment named '{name}'."),
                    name=name,
                )
            segment.name = name
            touch(segment, now)
            session.flush()
            self._audit.record(session, "segment.rename", "segment", segment.uid)
            return _row(segment)

    def delete(self, segment_id: int) -> None:
        now = self._clock.now()
        with self._db.write() as session:
            segment = session.get(Segment, segment_id)
            if segment is None or segment.deleted_at is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError", "Segment #{segment_id} does not exist or was deleted."
                    ),
                    segment_id=segment_id,
                )
            soft_delete(segment, now)
            self._audit.record(session, "segment.delete", "segment", segment.uid)


def _row(segment: Segment) -> SegmentRow:
    return SegmentRow(segment.id, segment.name, ContactFilter.from_rule(segment.rule))
