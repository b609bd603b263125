"""Names for the records the audit log points at, so the viewer shows 'Ada Byron' or
'C-2026-0001 · Ada Byron' instead of a uid. The log itself keeps uids only (no personal data
in it): names are looked up when shown, so an erased person shows as erased."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.models import (
    Attachment,
    Complaint,
    Contact,
    CustomField,
    Interaction,
    Segment,
    Setting,
    Staff,
    Task,
)

# Rows the app writes for itself (caches, clocks): hidden from the viewer unless asked for.
HOUSEKEEPING_ACTIONS = frozenset(
    {"contact_stats.refresh", "rollups.rebuild", "complaint.sla_recompute"}
)

Namer = Callable[[Session, list[str]], dict[str, str]]


def _by_column(model: Any, column: Any) -> Namer:
    def names(session: Session, uids: list[str]) -> dict[str, str]:
        rows = session.execute(select(model.uid, column).where(model.uid.in_(uids)))
        return {uid: str(name) for uid, name in rows if name}

    return names


def _complaints(session: Session, uids: list[str]) -> dict[str, str]:
    rows = session.execute(
        select(Complaint.uid, Complaint.number, Contact.display_name)
        .join(Contact, Contact.id == Complaint.contact_id)
        .where(Complaint.uid.in_(uids))
    )
    return {uid: f"{number} · {customer}" for uid, number, customer in rows}


def _with_contact(model: Any, column: Any) -> Namer:
    """'Subject · Customer' for records that belong to a contact (interactions, tasks)."""

    def names(session: Session, uids: list[str]) -> dict[str, str]:
        rows = session.execute(
            select(model.uid, column, Contact.display_name)
            .outerjoin(Contact, Contact.id == model.contact_id)
            .where(model.uid.in_(uids))
        )
        return {
            uid: " · ".join(part for part in (what, customer) if part)
            for uid, what, customer in rows
        }

    return names


_NAMERS: dict[str, Namer] = {
    "contact": _by_column(Contact, Contact.display_name),
    "complaint": _complaints,
    "interaction": _with_contact(Interaction, Interaction.subject),
    "task": _with_contact(Task, Task.title),
    "segment": _by_column(Segment, Segment.name),
    "custom_field": _by_column(CustomField, CustomField.label),
    "attachment": _by_column(Attachment, Attachment.file_name),
    "setting": _by_column(Setting, Setting.key),
    "staff": _by_column(Staff, Staff.name),
}


def record_names(
    session: Session, records: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], str]:
    """{(entity, uid): name} for the records that still exist; one query per kind of entity."""
    wanted: dict[str, set[str]] = {}
    for entity, uid in records:
        if entity in _NAMERS:
            wanted.setdefault(entity, set()).add(uid)
    found: dict[tuple[str, str], str] = {}
    for entity, uids in wanted.items():
        for uid, name in _NAMERS[entity](session, sorted(uids)).items():
            found[entity, uid] = name
    return found
