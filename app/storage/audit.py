"""The append-only, hash-chained audit log.

Each row's hash covers every one of its columns and the previous hash, so editing any column of
any row (its uid and `deleted_at` too) breaks the chain from there on. The head of the chain (how
many entries, the last hash) is kept in `audit_anchor`, sealed with an HMAC whose key is derived
from the database key: deleting the newest rows, or rewriting the chain and its hashes, leaves an
anchor that no longer matches, and only someone holding the key can seal a new one. A plain
(unencrypted) database has no key: its anchor is sealed with a key everyone can know, so it only
catches edits made without Rapport's code; encrypt the database for the keyed seal.

Synced copies hold the other copies' entries too: there is one chain per origin (the database
that wrote the entry), each walked on its own; the anchor seals this copy's own chain. The local
integer `id` differs on every copy, so it is not hashed: it only orders a chain, and moving an
entry within or out of its chain breaks the links.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.domain.clock import Clock
from app.storage.engine import DatabaseKey
from app.storage.models import AuditAnchor, AuditLog, SyncState, new_uid

GENESIS_HASH = "0" * 64
ANCHOR_ID = 1
# Every column but the hash itself and the local id, in a fixed order: the hash covers them.
HASHED_COLUMNS = (
    "uid",
    "created_at",
    "updated_at",
    "version",
    "deleted_at",
    "at",
    "actor",
    "action",
    "entity",
    "entity_uid",
    "detail",
    "prev_hash",
    "origin",
)
PLAIN_ANCHOR_KEY = hashlib.sha256(b"Rapport audit anchor: plain database, no secret").digest()
_ANCHOR_LABEL = b"Rapport audit anchor"


def anchor_key(key: DatabaseKey | None) -> bytes:
    """The anchor's HMAC key: derived from the database key (a public one for plain files)."""
    if key is None:
        return PLAIN_ANCHOR_KEY
    return hmac.new(key.raw, _ANCHOR_LABEL + key.salt, hashlib.sha256).digest()


def anchor_mac(key: bytes, entries: int, head_hash: str) -> str:
    return hmac.new(key, f"{entries}:{head_hash}".encode(), hashlib.sha256).hexdigest()


def stored_text(value: object) -> object:
    """A value as SQLite stores it (times as naive UTC text), so rows read raw hash the same."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    return value


def entry_hash(values: Sequence[object]) -> str:
    """SHA-256 over a canonical JSON of HASHED_COLUMNS' values (stored forms)."""
    body = json.dumps([stored_text(v) for v in values], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ChainVerdict:
    ok: bool
    entries: int
    first_bad_id: int | None = None
    problem: str = ""  # in English, for `rapport check`


class AuditTrail:
    """Writes audit rows inside the caller's transaction; `detail` must hold no personal data."""

    def __init__(
        self, clock: Clock, key: bytes = PLAIN_ANCHOR_KEY, actor: str = "local user"
    ) -> None:
        self._clock, self._key, self.actor = clock, key, actor

    def record(
        self, session: Session, action: str, entity: str, entity_uid: str | None, detail: str = ""
    ) -> None:
        # one chain per origin: synced copies hold the other copies' chains beside this one
        origin = session.scalar(select(SyncState.origin))
        prev = session.scalar(
            select(AuditLog.hash)
            .where(AuditLog.origin == origin)
            .order_by(AuditLog.id.desc())
            .limit(1)
        )
        at = self._clock.now().replace(microsecond=0)
        values: dict[str, Any] = {
            "uid": new_uid(),
            "created_at": at,
            "updated_at": at,
            "version": 1,
            "deleted_at": None,
            "at": at,
            "actor": self.actor,
            "action": action,
            "entity": entity,
            "entity_uid": entity_uid,
            "detail": detail,
            "prev_hash": prev or GENESIS_HASH,
            "origin": origin,
        }
        digest = entry_hash([values[c] for c in HASHED_COLUMNS])
        session.add(AuditLog(**values, hash=digest))
        anchor = session.get(AuditAnchor, ANCHOR_ID)
        if anchor is not None:  # a missing anchor stays missing: `check` reports it
            anchor.entries += 1
            anchor.head_hash = digest
            anchor.mac = anchor_mac(self._key, anchor.entries, digest)

    def seal(self, connection: Connection) -> ChainVerdict:
        """Anchor the chain as it stands, when it verifies on its own (after a full load or a
        repair filled the table; rows in the chain's first form are re-hashed first); a broken
        chain keeps the old anchor, so `check` still fails."""
        rehash_legacy_chain(connection)
        return seal_chain(connection, self._key)


def _local_origin(connection: Connection) -> str | None:
    return connection.exec_driver_sql("SELECT origin FROM sync_state").scalar()


@dataclass(frozen=True, slots=True)
class _Walk:
    verdict: ChainVerdict
    own_entries: int = 0  # this copy's own chain, which the anchor seals
    own_head: str = GENESIS_HASH


def _walk(connection: Connection) -> _Walk:
    """Verify every row's links and hash, each origin's chain on its own."""
    own = _local_origin(connection)
    heads: dict[str | None, str] = {}
    count = own_entries = 0
    names = ", ".join(("id", *HASHED_COLUMNS, "hash"))
    rows = connection.exec_driver_sql(f"SELECT {names} FROM audit_log ORDER BY id")  # noqa: S608
    for row in rows:
        _id, *values, digest = row
        if row.prev_hash != heads.get(row.origin, GENESIS_HASH) or digest != entry_hash(values):
            return _Walk(
                ChainVerdict(False, count, row.id, f"entry {row.id} does not match the chain")
            )
        heads[row.origin], count = digest, count + 1
        own_entries += row.origin == own
    return _Walk(ChainVerdict(True, count), own_entries, heads.get(own, GENESIS_HASH))


def verify_chain(session: Session | Connection, key: bytes) -> ChainVerdict:
    """Walk the whole log in order, then hold its length and last hash against the anchor."""
    connection = session.connection() if isinstance(session, Session) else session
    walk = _walk(connection)
    verdict = walk.verdict
    if not verdict.ok:
        return verdict
    anchor = connection.exec_driver_sql(
        "SELECT entries, head_hash, mac FROM audit_anchor WHERE id = ?", (ANCHOR_ID,)
    ).first()
    count = walk.own_entries
    if anchor is None:
        return ChainVerdict(False, verdict.entries, None, "the chain's anchor is missing (removed)")
    entries, head_hash, mac = anchor
    if not hmac.compare_digest(str(mac), anchor_mac(key, int(entries), str(head_hash))):
        return ChainVerdict(
            False, verdict.entries, None, "the chain's anchor was edited (its seal fails)"
        )
    if count < entries:
        missing = f"the newest {entries - count} of {entries} entries were removed"
        return ChainVerdict(False, verdict.entries, None, missing)
    if count != entries or (count and walk.own_head != head_hash):
        return ChainVerdict(
            False, verdict.entries, None, "the chain does not end where its anchor says"
        )
    return verdict


def seal_chain(connection: Connection, key: bytes) -> ChainVerdict:
    """Write the anchor for the chain as it stands, if the chain itself verifies."""
    walk = _walk(connection)
    if walk.verdict.ok:
        mac = anchor_mac(key, walk.own_entries, walk.own_head)
        connection.exec_driver_sql(
            "INSERT INTO audit_anchor (id, entries, head_hash, mac) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET entries = excluded.entries, "
            "head_hash = excluded.head_hash, mac = excluded.mac",
            (ANCHOR_ID, walk.own_entries, walk.own_head, mac),
        )
    return walk.verdict


def _legacy_hash(prev_hash: str, at: str, fields: Sequence[object]) -> str:
    """The chain's first form (up to schema 0011): prev hash, time and five fields."""
    when = datetime.fromisoformat(at).replace(tzinfo=UTC).isoformat()
    body = json.dumps([prev_hash, when, *fields], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _legacy_walk(connection: Connection) -> tuple[list[tuple[str, str, int]], int | None]:
    """Walk the chain's first form: the new-form hashes of the prefix that verifies, and the
    id of the first row that does not (None when all do)."""
    # a database not yet upgraded may lack the later columns (origin): read those it has
    present = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(audit_log)")}
    names = ", ".join(c for c in ("id", *HASHED_COLUMNS, "hash") if c in present)
    rows = connection.exec_driver_sql(f"SELECT {names} FROM audit_log ORDER BY id")  # noqa: S608
    old_prev, new_prev = GENESIS_HASH, GENESIS_HASH
    verified: list[tuple[str, str, int]] = []
    for row in rows.all():
        fields = (row.actor, row.action, row.entity, row.entity_uid, row.detail)
        if row.prev_hash != old_prev or row.hash != _legacy_hash(old_prev, row.at, fields):
            return verified, row.id
        values = [new_prev if c == "prev_hash" else getattr(row, c, None) for c in HASHED_COLUMNS]
        new_hash = entry_hash(values)
        verified.append((new_prev, new_hash, row.id))
        old_prev, new_prev = row.hash, new_hash
    return verified, None


def verify_legacy_chain(connection: Connection) -> ChainVerdict:
    """Verify a chain still in its first form (a database not yet upgraded to the anchor)."""
    verified, bad = _legacy_walk(connection)
    if bad is None:
        return ChainVerdict(True, len(verified))
    return ChainVerdict(False, len(verified), bad, f"entry {bad} does not match the chain")


def rehash_legacy_chain(connection: Connection) -> int:
    """Re-hash rows of the chain's first form in the current one, as far as the first form
    verifies; returns how many. A row that did not verify, and all after it, stay as they were,
    so the tampering still shows. A chain already in the current form is left alone."""
    changed, _bad = _legacy_walk(connection)
    if changed:
        connection.exec_driver_sql(
            "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", changed
        )
    return len(changed)
