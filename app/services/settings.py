"""Business settings that live in the database (they travel with the data)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy import select

from app.domain.clock import Clock
from app.domain.errors import UserError
from app.services.changes import Changes
from app.storage.audit import AuditTrail
from app.storage.database import Database
from app.storage.models import Setting
from app.storage.records import stamp_new, touch

BUSINESS_KEY = "business"


@dataclass(frozen=True, slots=True)
class BusinessSettings:
    """The business-wide defaults; later issues add hours, holidays and SLA targets beside them."""

    name: str = ""
    currency: str = "EUR"
    phone_region: str = "DE"
    churn_window_days: int = 180
    gross_margin: float = 1.0
    import_limit_mb: int = 200  # the largest file an import accepts

    def validated(self) -> BusinessSettings:
        if len(self.currency) != 3 or not self.currency.isalpha():
            raise UserError(f"'{self.currency}' is not a three-letter currency code (ISO 4217).")
        if len(self.phone_region) != 2 or not self.phone_region.isalpha():
            raise UserError(f"'{self.phone_region}' is not a two-letter country code.")
        if not 1 <= self.churn_window_days <= 3650:
            raise UserError("The churn window must be between 1 and 3650 days.")
        if not 0 < self.gross_margin <= 1:
            raise UserError("The gross margin must be above 0 and at most 1 (100 %).")
        if not 1 <= self.import_limit_mb <= 10_000:
            raise UserError("The import file size limit must be between 1 and 10,000 MB.")
        return BusinessSettings(
            self.name.strip(),
            self.currency.upper(),
            self.phone_region.upper(),
            self.churn_window_days,
            self.gross_margin,
            self.import_limit_mb,
        )


class SettingsService:
    def __init__(self, db: Database, clock: Clock, audit: AuditTrail) -> None:
        self._db, self._clock, self._audit = db, clock, audit

    def business(self) -> BusinessSettings:
        """The stored settings; unknown or missing keys fall back to the defaults."""
        stored = self._read(BUSINESS_KEY)
        known = {f.name for f in fields(BusinessSettings)}
        return BusinessSettings(**{k: v for k, v in stored.items() if k in known})

    def save_business(self, settings: BusinessSettings) -> Changes:
        self._write(BUSINESS_KEY, asdict(settings.validated()))
        return Changes(settings=True)

    def _read(self, key: str) -> dict[str, Any]:
        with self._db.read() as session:
            value = session.scalar(select(Setting.value).where(Setting.key == key))
        return dict(value or {})

    def _write(self, key: str, value: dict[str, Any]) -> None:
        now = self._clock.now()
        with self._db.write() as session:
            row = session.scalar(select(Setting).where(Setting.key == key))
            if row is None:
                row = Setting(key=key, value=value)
                stamp_new(row, now)
                session.add(row)
            else:
                row.value = value
                touch(row, now)
            session.flush()
            self._audit.record(session, "setting.update", "setting", row.uid, key)
