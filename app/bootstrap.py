"""Builds the one AppContext: paths, database (migrated), clock, audit trail and services.

Everything else receives the context (or the parts it needs); nothing reaches for globals.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from app.config.paths import AppPaths
from app.config.private import make_private
from app.domain.clock import Clock, SystemClock
from app.services.backup import BackupService
from app.services.contacts import ContactService
from app.services.follow_ups import FollowUpHook, Source
from app.services.interactions import InteractionService
from app.services.security import KeyRequest, OpenedKey, open_key
from app.services.segments import SegmentService
from app.services.settings import SettingsService
from app.storage.audit import AuditTrail, anchor_key
from app.storage.database import Database, environment_error
from app.storage.engine import database_url, sqlite_file
from app.storage.schema import SchemaResult, ensure_schema

if TYPE_CHECKING:
    from app.services.analytics import AnalyticsService
    from app.services.attachments import AttachmentService
    from app.services.automations import AutomationService
    from app.services.complaints import ComplaintService
    from app.services.duplicates import DuplicateService
    from app.services.import_export.exporter import ExportService
    from app.services.import_export.importer import ImportService
    from app.services.privacy import AuditLogReader, PrivacyService
    from app.services.tasks import TaskService
    from app.services.timeline import TimelineService


@dataclass
class AppContext:
    """The open database and its services. The services a first frame does not need are built
    (and their modules imported) on first use, so start-up skips them and their libraries."""

    paths: AppPaths
    db: Database
    clock: Clock
    audit: AuditTrail
    schema: SchemaResult
    settings: SettingsService
    contacts: ContactService
    segments: SegmentService
    interactions: InteractionService
    backups: BackupService  # built at open: it notes the audit head to know what changed since
    encrypted: bool = False
    recovery_key: str | None = field(
        default=None, repr=False
    )  # only right after creation: show it once, then forget it
    in_keychain: bool = False  # the key comes from the keychain (else from a passphrase)
    closed: bool = field(default=False, init=False)

    @property
    def location(self) -> str:
        """What the status bar shows: the database file, or the URL without its password."""
        return str(self.db.path) if self.db.path else self.db.url.render_as_string(True)

    def close(self) -> None:
        if not self.closed:
            self.db.dispose()
            self.closed = True

    # Built on first use: start-up imports none of these modules (nor openpyxl, icalendar...).

    @cached_property
    def duplicates(self) -> DuplicateService:
        from app.services.duplicates import DuplicateService  # noqa: PLC0415

        return DuplicateService(self.db, self.clock, self.audit)

    @cached_property
    def privacy(self) -> PrivacyService:
        from app.services.privacy import PrivacyService  # noqa: PLC0415

        return PrivacyService(self.db, self.clock, self.audit, self.attachments)

    @cached_property
    def audit_log(self) -> AuditLogReader:
        from app.services.privacy import AuditLogReader  # noqa: PLC0415

        return AuditLogReader(self.db)

    @cached_property
    def complaints(self) -> ComplaintService:
        from app.services.complaints import ComplaintService  # noqa: PLC0415

        complaints = ComplaintService(self.db, self.clock, self.audit, self.settings)
        complaints.follow_ups = self.follow_ups
        return complaints

    @cached_property
    def timeline(self) -> TimelineService:
        from app.services.timeline import TimelineService  # noqa: PLC0415

        return TimelineService(self.db)

    @cached_property
    def tasks(self) -> TaskService:
        from app.services.tasks import TaskService  # noqa: PLC0415

        return TaskService(self.db, self.clock, self.audit, self.interactions)

    @cached_property
    def attachments(self) -> AttachmentService:
        from app.services.attachments import AttachmentService  # noqa: PLC0415

        folder = self.paths.data_dir / "attachments"
        return AttachmentService(self.db, self.clock, self.audit, self.settings, folder)

    @cached_property
    def analytics(self) -> AnalyticsService:
        from app.services.analytics import AnalyticsService  # noqa: PLC0415

        return AnalyticsService(self.db, self.clock, self.audit, self.settings)

    @cached_property
    def imports(self) -> ImportService:
        from app.services.import_export.importer import ImportService  # noqa: PLC0415
        from app.services.import_export.limits import MEGABYTE, ImportLimits  # noqa: PLC0415

        business = self.settings.business()
        limits = ImportLimits(max_file_bytes=business.import_limit_mb * MEGABYTE)
        imports = ImportService(
            self.db, self.clock, self.audit, business.phone_region, business.currency, limits=limits
        )
        imports.follow_ups = self.follow_ups
        return imports

    @cached_property
    def automations(self) -> AutomationService:
        from app.services.automations import AutomationService  # noqa: PLC0415

        return AutomationService(self.db, self.clock, self.audit, self.complaints)

    @cached_property
    def follow_ups(self) -> FollowUpHook:
        """What the services that record events hold: the automation engine, built when the
        first event fires (event rules run inside the write that caused them)."""
        return _FollowUpsOnFirstUse(lambda: self.automations)

    @cached_property
    def exports(self) -> ExportService:
        from app.services.import_export.exporter import ExportService  # noqa: PLC0415

        return ExportService(self.db)


def build_context(
    target: str | Path | None = None,
    *,
    paths: AppPaths | None = None,
    clock: Clock | None = None,
    keys: KeyRequest | None = None,
) -> AppContext:
    """Open (creating or migrating as needed) the database at `target`, else the default one.

    A plain SQLite file opens as it is; an encrypted one with its key from the keychain (else
    `keys`); a new file is encrypted unless `keys.plain` asks otherwise.
    """
    paths = paths or AppPaths.from_environment()
    paths.ensure()
    clock = clock or SystemClock()
    url = database_url(target or paths.default_database)
    file = sqlite_file(url)
    opened = open_key(file, keys or KeyRequest.from_environment()) if file else OpenedKey(None)
    db = Database(url, key=opened.key)
    try:
        schema = ensure_schema(db, paths.data_dir / "backups", clock.now())
    except (OperationalError, DatabaseError) as exc:
        db.dispose()
        raise (environment_error(exc) or exc) from exc
    except BaseException:
        db.dispose()
        raise
    if file is not None:  # a file made by an older version, or copied in, may be 0644
        for part in (file, file.with_name(file.name + "-wal"), file.with_name(file.name + "-shm")):
            make_private(part)
    audit = AuditTrail(clock, anchor_key(db.key))
    settings = SettingsService(db, clock, audit)
    backups = BackupService(db, paths, clock, settings)
    backups.tidy_leftovers()  # a backup or restore killed midway: never taken for the real file
    ctx = AppContext(
        paths=paths,
        db=db,
        clock=clock,
        audit=audit,
        schema=schema,
        settings=settings,
        contacts=ContactService(db, clock, audit, settings.business().phone_region),
        segments=SegmentService(db, clock, audit),
        interactions=InteractionService(db, clock, audit),
        backups=backups,
        encrypted=opened.key is not None,
        recovery_key=opened.recovery_key,
        in_keychain=opened.in_keychain,
    )
    ctx.contacts.follow_ups = ctx.interactions.follow_ups = ctx.follow_ups
    return ctx


class _FollowUpsOnFirstUse:
    """A FollowUpHook that builds the automation engine (and its modules) on the first event,
    so opening a database does not."""

    def __init__(self, engine: Callable[[], FollowUpHook]) -> None:
        self._engine = engine

    def fire(
        self, session: Session, source: Source, ids: Sequence[int], batch_id: int | None = None
    ) -> None:
        self._engine().fire(session, source, ids, batch_id)

    def stage_changed(self, session: Session, contact_ids: Sequence[int]) -> None:
        self._engine().stage_changed(session, contact_ids)

    def undo_import(self, session: Session, batch_id: int) -> None:
        self._engine().undo_import(session, batch_id)
