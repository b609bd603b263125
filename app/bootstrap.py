"""Builds the one AppContext: paths, database (migrated), clock, audit trail and services.

Everything else receives the context (or the parts it needs); nothing reaches for globals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import DatabaseError, OperationalError

from app.config.paths import AppPaths
from app.domain.clock import Clock, SystemClock
from app.services.analytics import AnalyticsService
from app.services.attachments import AttachmentService
from app.services.backup import BackupService
from app.services.complaints import ComplaintService
from app.services.contacts import ContactService
from app.services.duplicates import DuplicateService
from app.services.import_export.exporter import ExportService
from app.services.import_export.importer import ImportService
from app.services.import_export.limits import MEGABYTE, ImportLimits
from app.services.interactions import InteractionService
from app.services.privacy import AuditLogReader, PrivacyService
from app.services.security import KeyRequest, OpenedKey, open_key
from app.services.segments import SegmentService
from app.services.settings import SettingsService
from app.services.tasks import TaskService
from app.services.timeline import TimelineService
from app.storage.audit import AuditTrail
from app.storage.database import Database, environment_error
from app.storage.engine import database_url, sqlite_file
from app.storage.schema import SchemaResult, ensure_schema


@dataclass
class AppContext:
    paths: AppPaths
    db: Database
    clock: Clock
    audit: AuditTrail
    schema: SchemaResult
    settings: SettingsService
    contacts: ContactService
    segments: SegmentService
    duplicates: DuplicateService
    privacy: PrivacyService
    audit_log: AuditLogReader
    backups: BackupService
    complaints: ComplaintService
    interactions: InteractionService
    timeline: TimelineService
    tasks: TaskService
    attachments: AttachmentService
    analytics: AnalyticsService
    imports: ImportService
    exports: ExportService
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
    audit = AuditTrail(clock)
    settings = SettingsService(db, clock, audit)
    business = settings.business()
    contacts = ContactService(db, clock, audit, business.phone_region)
    interactions = InteractionService(db, clock, audit)
    limits = ImportLimits(max_file_bytes=business.import_limit_mb * MEGABYTE)
    imports = ImportService(
        db, clock, audit, business.phone_region, business.currency, limits=limits
    )
    backups = BackupService(db, paths, clock, settings)
    backups.tidy_leftovers()  # a backup or restore killed midway: never taken for the real file
    return AppContext(
        paths=paths,
        db=db,
        clock=clock,
        audit=audit,
        schema=schema,
        settings=settings,
        contacts=contacts,
        segments=SegmentService(db, clock, audit),
        duplicates=DuplicateService(db, clock, audit),
        privacy=PrivacyService(db, clock, audit),
        audit_log=AuditLogReader(db),
        backups=backups,
        encrypted=opened.key is not None,
        recovery_key=opened.recovery_key,
        in_keychain=opened.in_keychain,
        complaints=ComplaintService(db, clock, audit, settings),
        interactions=interactions,
        timeline=TimelineService(db),
        tasks=TaskService(db, clock, audit, interactions),
        attachments=AttachmentService(db, clock, audit, settings, paths.data_dir / "attachments"),
        analytics=AnalyticsService(db, clock, audit, settings),
        imports=imports,
        exports=ExportService(db),
    )
