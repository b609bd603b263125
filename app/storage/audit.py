"""The append-only, hash-chained audit log: each row's hash covers its fields and the previous hash,
so editing or deleting any row breaks the chain from there on."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.clock import Clock
from app.storage.models import AuditLog, SyncState

GENESIS_HASH = "0" * 64


def entry_hash(
    prev_hash: str,
    *,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_uid: str | None,
    detail: str,
) -> str:
    """SHA-256 over the previous hash and a canonical JSON of the entry's fields."""
    body = json.dumps(
        [prev_hash, at.isoformat(), actor, action, entity, entity_uid, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainVerdict:
    ok: bool
    entries: int
    first_bad_id: int | None = None


class AuditTrail:
    """Writes audit rows inside the caller's transaction; `detail` must hold no personal data."""

    def __init__(self, clock: Clock, actor: str = "local user") -> None:
        self._clock, self.actor = clock, actor

    def record(
        self, session: Session, action: str, entity: str, entity_uid: str | None, detail: str = ""
    ) -> None:
        # one chain per database (origin): synced copies hold the others' chains beside it
        origin = session.scalar(select(SyncState.origin))
        prev = session.scalar(
            select(AuditLog.hash)
            .where(AuditLog.origin == origin)
            .order_by(AuditLog.id.desc())
            .limit(1)
        )
        prev_hash = prev or GENESIS_HASH
        at = self._clock.now().replace(microsecond=0)
        session.add(
            AuditLog(
                at=at,
                actor=self.actor,
                action=action,
                entity=entity,
                entity_uid=entity_uid,
                detail=detail,
                prev_hash=prev_hash,
                hash=entry_hash(
                    prev_hash,
                    at=at,
                    actor=self.actor,
                    action=action,
                    entity=entity,
                    entity_uid=entity_uid,
                    detail=detail,
                ),
                created_at=at,
                updated_at=at,
                origin=origin,
            )
        )


def verify_chain(session: Session) -> ChainVerdict:
    """Walk the whole log in order, each origin's chain on its own; report the first row whose
    links or hash do not match."""
    last: dict[str | None, str] = {}
    count = 0
    rows = session.execute(
        select(
            AuditLog.id,
            AuditLog.at,
            AuditLog.actor,
            AuditLog.action,
            AuditLog.entity,
            AuditLog.entity_uid,
            AuditLog.detail,
            AuditLog.prev_hash,
            AuditLog.hash,
            AuditLog.origin,
        ).order_by(AuditLog.id)
    )
    for row in rows:
        prev_hash = last.get(row.origin, GENESIS_HASH)
        expected = entry_hash(
            prev_hash,
            at=row.at,
            actor=row.actor,
            action=row.action,
            entity=row.entity,
            entity_uid=row.entity_uid,
            detail=row.detail,
        )
        if row.prev_hash != prev_hash or row.hash != expected:
            return ChainVerdict(False, count, row.id)
        last[row.origin], count = row.hash, count + 1
    return ChainVerdict(True, count)
