"""Business settings that live in the database (they travel with the data)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.business_hours import BusinessCalendar, office_week
from app.domain.clock import Clock
from app.domain.enums import Priority
from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.domain.validation import clean_name, fold
from app.services.changes import Changes
from app.storage.audit import AuditTrail
from app.storage.database import Database
from app.storage.models import ComputerSetting, CustomField, Setting, Staff
from app.storage.records import soft_delete, stamp_new, touch

BUSINESS_KEY = "business"
COMPLAINTS_KEY = "complaints"
BACKUPS_KEY = "backups"
MAX_HOLIDAY_NAME = 200


class BackupSchedule(StrEnum):
    """When automatic backups run: daily while open and on close, only on close, or never."""

    DAILY = "daily"
    ON_CLOSE = "on_close"
    OFF = "off"


FALLBACK_REGION = "DE"


def system_region() -> str:
    """The country of the system's locale (en_US -> US, de_DE -> DE), the default region of
    phone numbers until the business chooses one (at first run); DE when the locale names no
    country. LC_TELEPHONE, the category made for phone numbers, is asked first."""
    import locale  # noqa: PLC0415 - read once, when no region is stored yet
    import os  # noqa: PLC0415

    names = [os.environ.get(v, "") for v in ("LC_TELEPHONE", "LC_ALL", "LC_MESSAGES", "LANG")]
    current = locale.setlocale(locale.LC_CTYPE)  # as set, not aliased: "C.UTF-8" names no country
    if current.split(".")[0].upper() not in {"C", "POSIX"}:
        names.append(locale.getlocale()[0] or "")
    for name in names:
        found = re.match(r"^[a-zA-Z]{2,3}[_-]([A-Za-z]{2})\b", name)
        if found:
            return found.group(1).upper()
    return FALLBACK_REGION


@dataclass(frozen=True, slots=True)
class BusinessSettings:
    """The business-wide defaults; later issues add hours, holidays and SLA targets beside them."""

    name: str = ""
    currency: str = "EUR"
    phone_region: str = field(default_factory=system_region)
    churn_window_days: int = 180
    gross_margin: float = 1.0
    retention_months: int = 0  # 0: off; else list contacts idle this long for review
    attachment_limit_mb: int = 25
    import_limit_mb: int = 200  # the largest file an import accepts

    def validated(self) -> BusinessSettings:
        if len(self.currency) != 3 or not self.currency.isalpha():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "'{currency}' is not a three-letter currency code (ISO 4217)."
                ),
                currency=self.currency,
            )
        if len(self.phone_region) != 2 or not self.phone_region.isalpha():
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "'{phone_region}' is not a two-letter country code."
                ),
                phone_region=self.phone_region,
            )
        if not 1 <= self.churn_window_days <= 3650:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "The churn window must be between 1 and 3650 days.")
            )
        if not 0 < self.gross_margin <= 1:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The gross margin must be above 0 and at most 1 (100 %)."
                )
            )
        if not 0 <= self.retention_months <= 1200:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The retention period must be between 0 (off) and 1200 months."
                )
            )
        if not 1 <= self.attachment_limit_mb <= 2048:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The attachment size limit must be between 1 and 2048 MB."
                )
            )
        if not 1 <= self.import_limit_mb <= 10_000:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The import file size limit must be between 1 and 10,000 MB."
                )
            )
        return replace(
            self,
            name=self.name.strip(),
            currency=self.currency.upper(),
            phone_region=self.phone_region.upper(),
        )


@dataclass(frozen=True, slots=True)
class BackupSettings:
    """Where and when this computer's copy is backed up: stored in the copy, never synced (see
    ComputerSetting), so every person of a team sets their own."""

    folder: str = ""  # empty: the "backups" folder beside the app's data
    schedule: str = BackupSchedule.DAILY.value
    keep_daily: int = 7
    keep_weekly: int = 4

    def validated(self) -> BackupSettings:
        if self.schedule not in set(BackupSchedule):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "'{backup_schedule}' is not a known backup schedule."
                ),
                backup_schedule=self.schedule,
            )
        if not 1 <= self.keep_daily <= 365:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The number of daily backups kept must be between 1 and 365."
                )
            )
        if not 0 <= self.keep_weekly <= 520:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The number of weekly backups kept must be between 0 and 520."
                )
            )
        return replace(self, folder=self.folder.strip())


@dataclass(frozen=True, slots=True)
class StaffMember:
    """One person who can own contacts and complaints."""

    id: int
    name: str
    email: str
    active: bool


@dataclass(frozen=True, slots=True)
class CustomFieldDef:
    """A field every contact can have a value for. `key` names it in each contact's data and
    never changes (renaming changes only `label`); `removed` asks the save to remove it."""

    id: int
    key: str
    label: str
    removed: bool = False


MAX_FIELD_KEY = 90  # of custom_field.key's 100, leaving room for a "_2" that keeps it unique


def field_key(label: str, taken: set[str]) -> str:
    """A stable key for a new field: its label folded to ASCII words ("Shoe size" ->
    "shoe_size"), with a number added when a field (removed ones too) has it already."""
    base = re.sub(r"[^a-z0-9]+", "_", fold(label)).strip("_")[:MAX_FIELD_KEY] or "field"
    key, number = base, 1
    while key in taken:
        number += 1
        key = f"{base}_{number}"
    return key


def custom_field_labels(session: Session) -> dict[str, str]:
    """The live custom fields, key -> label, by label: what the contact checks, imports and
    exports know them by."""
    rows = session.execute(
        select(CustomField.key, CustomField.label)
        .where(CustomField.deleted_at.is_(None))
        .order_by(CustomField.label, CustomField.id)
    )
    return {str(key): str(label) for key, label in rows}


def _default_sla_hours() -> dict[str, list[float]]:
    """First response and resolution targets in business hours; a day is one 8-hour working day."""
    return {
        Priority.URGENT.value: [1, 8],
        Priority.HIGH.value: [4, 16],
        Priority.NORMAL.value: [8, 40],
        Priority.LOW.value: [16, 80],
    }


@dataclass(frozen=True, slots=True)
class ComplaintSettings:
    """Business hours, holidays and SLA targets the complaint clocks count in, and the lists the
    case form offers."""

    time_zone: str = "Europe/Berlin"
    schedule: dict[str, list[str]] = field(default_factory=office_week)
    holidays: list[str] = field(default_factory=list)  # the business's own closing days
    holiday_names: dict[str, str] = field(default_factory=dict)  # ISO date -> "Company outing"
    holiday_country: str = ""  # whose public holidays close the business (ISO code), "" none
    holiday_region: str = ""  # the country's subdivision ('BY' for Bavaria), "" nationwide
    sla_hours: dict[str, list[float]] = field(default_factory=_default_sla_hours)
    categories: list[str] = field(
        default_factory=lambda: [
            "product defect",
            "late delivery",
            "billing error",
            "staff behaviour",
            "website problem",
            "wrong item",
        ]
    )
    root_causes: list[str] = field(
        default_factory=lambda: ["supplier", "process", "training", "system", "carrier", "unknown"]
    )

    def calendar(self) -> BusinessCalendar:
        return BusinessCalendar.from_settings(
            self.schedule,
            self.holidays,
            self.time_zone,
            (self.holiday_country, self.holiday_region),
        )

    def targets(self, priority: Priority) -> tuple[float, float]:
        """(first response, resolution) in business hours for a priority."""
        first, resolution = self.sla_hours.get(priority.value, _default_sla_hours()[priority.value])
        return float(first), float(resolution)

    def validated(self) -> ComplaintSettings:
        self.calendar()  # UserError on a bad zone, period, date, country or region
        for day, name in self.holiday_names.items():
            if len(name) > MAX_HOLIDAY_NAME:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "The name of the closing day {day} is longer than {limit} characters.",
                    ),
                    day=day,
                    limit=MAX_HOLIDAY_NAME,
                )
        for priority in Priority:
            first, resolution = self.targets(priority)
            if not 0 < first <= resolution:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "The {priority} SLA needs a first response target above 0 and no later "
                        "than its resolution target.",
                    ),
                    priority=priority,
                )
        return self


class SettingsService:
    def __init__(self, db: Database, clock: Clock, audit: AuditTrail) -> None:
        self._db, self._clock, self._audit = db, clock, audit

    def business(self) -> BusinessSettings:
        """The stored settings; unknown or missing keys fall back to the defaults."""
        stored = self._read(BUSINESS_KEY)
        known = {f.name for f in fields(BusinessSettings)}
        return BusinessSettings(**{k: v for k, v in stored.items() if k in known})

    def save_business(self, settings: BusinessSettings, within: Session | None = None) -> Changes:
        checked = settings.validated()
        self._write(BUSINESS_KEY, asdict(checked), within)
        return Changes(settings=True)

    def backups(self) -> BackupSettings:
        """This computer's backup settings; unknown or missing keys fall back to the defaults."""
        with self._db.read() as session:
            row = session.get(ComputerSetting, BACKUPS_KEY)
            stored = dict(row.value) if row is not None else {}
        known = {f.name for f in fields(BackupSettings)}
        return BackupSettings(**{k: v for k, v in stored.items() if k in known})

    def save_backups(self, settings: BackupSettings, within: Session | None = None) -> Changes:
        """Store this computer's backup settings. Any person may, a viewer too: nothing of it
        reaches the team, not even an audit entry (the audit log is synced), as with the
        window's own preferences."""
        checked = settings.validated()
        with self._writing(within) as session:
            row = session.get(ComputerSetting, BACKUPS_KEY)
            if row is None:
                session.add(ComputerSetting(key=BACKUPS_KEY, value=asdict(checked)))
            else:
                row.value = asdict(checked)
        return Changes(settings=True)

    def complaints(self) -> ComplaintSettings:
        stored = self._read(COMPLAINTS_KEY)
        known = {f.name for f in fields(ComplaintSettings)}
        return ComplaintSettings(**{k: v for k, v in stored.items() if k in known})

    def save_complaints(
        self, settings: ComplaintSettings, within: Session | None = None
    ) -> Changes:
        self._write(COMPLAINTS_KEY, asdict(settings.validated()), within)
        return Changes(settings=True)

    def save_all(
        self,
        business: BusinessSettings | None,
        complaints: ComplaintSettings | None,
        staff: Sequence[StaffMember] = (),
        custom_fields: Sequence[CustomFieldDef] = (),
        backups: BackupSettings | None = None,
    ) -> Changes:
        """Save what the settings dialog changed in one transaction: all of it, or nothing when
        any part is refused (UserError), so no page is left half saved. None: unchanged."""
        with self._db.write() as session:
            if business is not None:
                self.save_business(business, session)
            if complaints is not None:
                self.save_complaints(complaints, session)
            if backups is not None:
                self.save_backups(backups, session)
            for member in staff:
                self.save_staff(member, session)
            # removals first, so a field can be removed and another given its label at once
            for definition in sorted(custom_fields, key=lambda d: not d.removed):
                self.save_custom_field(definition, session)
        return Changes(settings=True)

    # -- custom fields -----------------------------------------------------------------------

    def custom_fields(self) -> list[CustomFieldDef]:
        """The contact fields the business defined, by label."""
        with self._db.read() as session:
            rows = session.scalars(
                select(CustomField)
                .where(CustomField.deleted_at.is_(None))
                .order_by(CustomField.label, CustomField.id)
            )
            return [CustomFieldDef(r.id, r.key, r.label) for r in rows]

    def save_custom_field(
        self, definition: CustomFieldDef, within: Session | None = None
    ) -> CustomFieldDef:
        """Add (id 0), rename or remove one custom field. A removed field's values stay in the
        contacts' data, out of sight; its key is never given to another field."""
        now = self._clock.now()
        with self._writing(within) as session:
            row = session.get(CustomField, definition.id) if definition.id else None
            if definition.id and (row is None or row.deleted_at is not None):
                raise UserError(
                    QT_TRANSLATE_NOOP("UserError", "Custom field {id} does not exist."),
                    id=definition.id,
                )
            if row is not None and definition.removed:
                soft_delete(row, now)
                self._audit.record(session, "custom_field.delete", "custom_field", row.uid, "")
                return replace(definition, key=row.key)
            label = self._free_label(session, definition)
            if row is None:
                taken = set(session.scalars(select(CustomField.key)))
                row = CustomField(key=field_key(label, taken), label=label)
                stamp_new(row, now)
                session.add(row)
            else:
                row.label = label
                touch(row, now)
            session.flush()
            action = "custom_field.update" if definition.id else "custom_field.create"
            self._audit.record(session, action, "custom_field", row.uid, label)
            return CustomFieldDef(row.id, row.key, row.label)

    @staticmethod
    def _free_label(session: Session, definition: CustomFieldDef) -> str:
        """The label cleaned, refused when blank or when another live field has it."""
        label = clean_name(definition.label, field="custom field name")
        if not label:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "A custom field needs a name."))
        others = session.scalars(
            select(CustomField.label).where(
                CustomField.deleted_at.is_(None), CustomField.id != definition.id
            )
        )
        if any(fold(other) == fold(label) for other in others):
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "There is a custom field named '{label}' already."),
                label=label,
            )
        return label

    # -- staff -----------------------------------------------------------------------------

    def staff(self) -> list[StaffMember]:
        """Everyone on the staff list (inactive people too), by name."""
        with self._db.read() as session:
            rows = session.scalars(
                select(Staff).where(Staff.deleted_at.is_(None)).order_by(Staff.name, Staff.id)
            )
            return [StaffMember(r.id, r.name, r.email or "", bool(r.active)) for r in rows]

    def save_staff(self, member: StaffMember, within: Session | None = None) -> StaffMember:
        """Add (id 0) or update one staff member; inactive people keep their history."""
        name, email = member.name.strip(), member.email.strip()
        if not name:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "A staff member needs a name."))
        if len(name) > 200:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The staff name '{name}…' is longer than 200 characters."
                ),
                name=name[:40],
            )
        if email and ("@" not in email or len(email) > 320):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "'{email}' is not a valid e-mail address (staff member '{name}')."
                ),
                email=email,
                name=name,
            )
        now = self._clock.now()
        with self._writing(within) as session:
            if member.id:
                row = session.get(Staff, member.id)
                if row is None or row.deleted_at is not None:
                    raise UserError(
                        QT_TRANSLATE_NOOP("UserError", "Staff member {id} does not exist."),
                        id=member.id,
                    )
                touch(row, now)
            else:
                row = Staff()
                stamp_new(row, now)
                session.add(row)
            row.name, row.email, row.active = name, email or None, member.active
            session.flush()
            action = "staff.update" if member.id else "staff.create"
            self._audit.record(session, action, "staff", row.uid, "")
            return StaffMember(row.id, row.name, row.email or "", bool(row.active))

    def _read(self, key: str) -> dict[str, Any]:
        with self._db.read() as session:
            value = session.scalar(select(Setting.value).where(Setting.key == key))
        return dict(value or {})

    @contextmanager
    def _writing(self, within: Session | None) -> Iterator[Session]:
        """The caller's write transaction when it has one, else a new one."""
        if within is not None:
            yield within
            return
        with self._db.write() as session:
            yield session

    def _write(self, key: str, value: dict[str, Any], within: Session | None = None) -> None:
        now = self._clock.now()
        with self._writing(within) as session:
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
