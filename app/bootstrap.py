"""Builds the one AppContext: paths, database (migrated), clock, audit trail and services.

Everything else receives the context (or the parts it needs); nothing reaches for globals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.config.paths import AppPaths
from app.domain.clock import Clock, SystemClock
from app.services.contacts import ContactService
from app.services.duplicates import DuplicateService
from app.services.import_export.exporter import ExportService
from app.services.import_export.importer import ImportService
from app.services.import_export.limits import MEGABYTE, ImportLimits
from app.services.segments import SegmentService
from app.services.settings import SettingsService
from app.storage.audit import AuditTrail
from app.storage.database import Database
from app.storage.engine import database_url
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
    imports: ImportService
    exports: ExportService
    encrypted: bool = False
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
    target: str | Path | None = None, *, paths: AppPaths | None = None, clock: Clock | None = None
) -> AppContext:
    """Open (creating or migrating as needed) the database at `target`, else the default one."""
    paths = paths or AppPaths.from_environment()
    paths.ensure()
    clock = clock or SystemClock()
    db = Database(database_url(target or paths.default_database))
    try:
        schema = ensure_schema(db, paths.data_dir / "backups", clock.now())
    except BaseException:
        db.dispose()
        raise
    audit = AuditTrail(clock)
    settings = SettingsService(db, clock, audit)
    business = settings.business()
    contacts = ContactService(db, clock, audit, business.phone_region)
    limits = ImportLimits(max_file_bytes=business.import_limit_mb * MEGABYTE)
    imports = ImportService(
        db, clock, audit, business.phone_region, business.currency, limits=limits
    )
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
        imports=imports,
        exports=ExportService(db),
    )
