"""Attachments: files copied into the data folder under their content hash (the same file kept
once however often it is attached), with a size limit from the business settings."""

from __future__ import annotations

import hashlib
import mimetypes
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.config.private import make_private, private_folder
from app.domain.clock import Clock
from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.services.changes import Changes
from app.services.settings import SettingsService
from app.storage.audit import AuditTrail
from app.storage.database import Database
from app.storage.models import Attachment, Interaction
from app.storage.records import soft_delete, stamp_new

_CHUNK = 1 << 20
_HASH = re.compile(r"[0-9a-f]{64}")
MEGABYTE = 1024 * 1024


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    id: int
    interaction_id: int
    file_name: str
    sha256: str
    size_bytes: int
    mime_type: str | None


class AttachmentService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        audit: AuditTrail,
        settings: SettingsService,
        folder: Path,
    ) -> None:
        self._db, self._clock, self._audit = db, clock, audit
        self._settings, self.folder = settings, folder

    def attach(self, interaction_id: int, source: Path) -> AttachmentRow:
        """Copy `source` into the store (if not there yet) and link it to the interaction."""
        size = _size_of(source)
        limit_mb = self._settings.business().attachment_limit_mb
        if size > limit_mb * MEGABYTE:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "'{source}' is {size_mb:.1f} MB; attachments may be at most {limit_mb} "
                    "MB (change the limit in Settings).",
                ),
                source=source.name,
                size_mb=size / MEGABYTE,
                limit_mb=limit_mb,
            )
        digest = _sha256(source)
        stored = self.path_for(digest)
        if not stored.exists():
            private_folder(stored.parent)
            partial = stored.with_suffix(".part")
            shutil.copyfile(source, partial)
            make_private(partial)
            partial.replace(stored)
        with self._db.write() as session:
            interaction = session.get(Interaction, interaction_id)
            if interaction is None or interaction.deleted_at is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError", "Interaction #{interaction_id} does not exist or was deleted."
                    ),
                    interaction_id=interaction_id,
                )
            row = Attachment(
                interaction_id=interaction_id,
                file_name=source.name,
                sha256=digest,
                size_bytes=size,
                mime_type=mimetypes.guess_type(source.name)[0],
            )
            stamp_new(row, self._clock.now())
            session.add(row)
            session.flush()
            self._audit.record(session, "attachment.create", "attachment", row.uid)
            return _row(row)

    def for_interaction(self, interaction_id: int) -> list[AttachmentRow]:
        with self._db.read() as session:
            found = session.scalars(
                select(Attachment)
                .where(Attachment.interaction_id == interaction_id, Attachment.deleted_at.is_(None))
                .order_by(Attachment.id)
            )
            return [_row(a) for a in found]

    def remove(self, attachment_id: int) -> Changes:
        """Unlink (soft delete); the stored file stays, other rows may share it."""
        with self._db.write() as session:
            row = session.get(Attachment, attachment_id)
            if row is None or row.deleted_at is not None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError", "Attachment #{attachment_id} does not exist or was removed."
                    ),
                    attachment_id=attachment_id,
                )
            soft_delete(row, self._clock.now())
            self._audit.record(session, "attachment.delete", "attachment", row.uid)
            return Changes(interactions=frozenset({row.interaction_id}))

    def path_for(self, sha256: str) -> Path:
        """Where a file with this content hash is stored (two-level fan-out); always inside
        the attachments folder, whatever the database holds."""
        if _HASH.fullmatch(sha256) is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The attachment record holds '{value}' where a content hash belongs; it "
                    "does not name a stored file.",
                ),
                value=sha256[:80],
            )
        return confined(self.folder, Path(sha256[:2]) / sha256)


def confined(folder: Path, relative: Path) -> Path:
    """`folder / relative`, refused when it would lead outside `folder` (.., absolute parts or
    a symbolic link pointing elsewhere)."""
    base = folder.resolve()
    target = (base / relative).resolve()
    if not target.is_relative_to(base):
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The path {path} leads outside the folder {folder}."),
            path=relative,
            folder=folder,
        )
    return target


def _size_of(source: Path) -> int:
    try:
        return source.stat().st_size
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The file '{source}' cannot be read ({reason})."),
            source=source,
            reason=exc.strerror,
        ) from exc


def _sha256(source: Path) -> str:
    digest = hashlib.sha256()
    with source.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _row(row: Attachment) -> AttachmentRow:
    return AttachmentRow(
        row.id, row.interaction_id, row.file_name, row.sha256, row.size_bytes, row.mime_type
    )
