"""The settings pages and their registry, `SETTINGS_PAGES`, in the order the dialog lists them.

The page contract (a new page, e.g. the Language page, follows it and is added to the tuple):

- a QWidget subclass constructed as `Page(ctx, parent)`, where `ctx` is a `SettingsContext`
  (`ctx.app` is the AppContext with its services, `ctx.prefs` the UiPrefs with
  `ctx.save_prefs()`, `ctx.after_apply` hooks the window runs once every page applied);
- `icon_name: str` as a class attribute: a name from `app.ui.icons` (resources/icons/ui);
- `title() -> str`: the translated name in the list on the left;
- `load() -> None`: fill the fields from the stored settings (called once, after building);
- `stage(plan) -> bool`: validate; on bad input show each error beside its field and return
  False; otherwise put the changes in the `SettingsPlan` (data settings as they will be, staff
  records) and return True. Nothing is saved here;
- `applied() -> None`: after every page staged and the plan was saved in one transaction,
  apply what lives outside the database (theme, language) and refresh the page.

`apply_pages` (base.py) runs this for the dialog's OK/Apply: every page is validated first,
then all changes are saved in one transaction (or none), then applied live.

`FormPage` in base.py gives a form with error labels beside the fields; pages may use it.
Settings that belong to the data are saved through `ctx.app.settings` (database), preferences
of the person at this machine in `ctx.prefs` (config folder).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.business_hours import DAY_NAMES
from app.domain.enums import Priority
from app.services.settings import (
    BackupSchedule,
    BackupSettings,
    BusinessSettings,
    ComplaintSettings,
    CustomFieldDef,
    StaffMember,
)
from app.ui.automations.pages import AutomationActivityPage, AutomationsPage
from app.ui.complaints.pick_lists import labels, stored_value
from app.ui.settings.base import (
    FormPage,
    SettingsContext,
    SettingsPlan,
    region_combo,
)
from app.ui.settings.holidays import ClosingDays, PublicHolidayPicker
from app.ui.settings.language_page import LanguagePage
from app.ui.settings.team_page import TeamPage
from app.ui.theme import THEME_PREF, ThemeChoice, apply_theme, saved_choice


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def _set_lines(edit: QPlainTextEdit, values: list[str]) -> None:
    edit.setPlainText("\n".join(values))


class _BusinessBackedPage(FormPage):
    """A page over some fields of BusinessSettings; each field is validated on its own so its
    error shows beside it, then the whole record is saved once."""

    team_data = True
    admins_only = True  # the hub takes settings from its administrators only

    def _stage_business(
        self, plan: SettingsPlan, updates: dict[str, QWidget], values: dict[str, Any]
    ) -> bool:
        new = _staged_fields(self, plan.business, updates, values)
        if new is None:
            return False
        if new != plan.business:
            plan.business = new
            plan.refused_at(self, next(iter(updates.values())))
        return True


Record = TypeVar("Record", BusinessSettings, BackupSettings)


def _staged_fields(
    page: FormPage, current: Record, updates: dict[str, QWidget], values: dict[str, Any]
) -> Record | None:
    """`current` with `values` set, each field validated on its own so its error shows beside
    its widget; None when one was refused."""
    page.clear_errors()
    for key, widget in updates.items():
        page.check(widget, partial(_one_field, current, key, values[key]))
    return None if page.has_errors() else replace(current, **values)


def _one_field(current: Record, key: str, value: Any) -> Record:
    """The stored settings with one field changed, validated (its error names that field)."""
    return replace(current, **{key: value}).validated()


class BusinessPage(_BusinessBackedPage):
    icon_name = "business"

    def __init__(self, ctx: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading.setText(self.title())
        self.name = QLineEdit()
        self.add_field(self.tr("Business &name"), self.name)
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(80)
        self.add_field(self.tr("&Currency (ISO code)"), self.currency)
        self.region = region_combo("DE")
        self.add_field(self.tr("Default phone &region"), self.region)
        self.margin = QDoubleSpinBox()
        self.margin.setRange(0, 100)
        self.margin.setDecimals(1)
        self.margin.setSuffix(" %")
        self.add_field(self.tr("Gross &margin"), self.margin)
        self.churn = QSpinBox()
        self.churn.setRange(0, 10_000)
        self.churn.setSuffix(self.tr(" days"))
        self.add_field(self.tr("C&hurn window"), self.churn)

    def title(self) -> str:
        return self.tr("Business")

    def load(self) -> None:
        business = self.ctx.app.settings.business()
        self.name.setText(business.name)
        self.currency.setText(business.currency)
        self.region.setCurrentIndex(max(self.region.findData(business.phone_region), 0))
        self.margin.setValue(business.gross_margin * 100)
        self.churn.setValue(business.churn_window_days)

    def stage(self, plan: SettingsPlan) -> bool:
        values: dict[str, Any] = {
            "name": self.name.text(),
            "currency": self.currency.text().strip().upper(),
            "phone_region": str(self.region.currentData()),
            "gross_margin": round(self.margin.value() / 100, 4),
            "churn_window_days": self.churn.value(),
        }
        widgets: dict[str, QWidget] = {
            "name": self.name,
            "currency": self.currency,
            "phone_region": self.region,
            "gross_margin": self.margin,
            "churn_window_days": self.churn,
        }
        return self._stage_business(plan, widgets, values)


class _ComplaintBackedPage(FormPage):
    """A page over some fields of ComplaintSettings, validated field by field like above."""

    team_data = True
    admins_only = True

    def _stage_complaints(
        self, plan: SettingsPlan, checks: list[tuple[QWidget, ComplaintSettings]]
    ) -> bool:
        """Validate each candidate beside its widget; the last one is the page's whole change."""
        self.clear_errors()
        for widget, candidate in checks:
            self.check(widget, candidate.validated)
        if self.has_errors():
            return False
        merged = checks[-1][1] if checks else plan.complaints
        if merged != plan.complaints:
            plan.complaints = merged
            plan.refused_at(self, checks[-1][0])
        return True


class HoursPage(_ComplaintBackedPage):
    icon_name = "clock"

    def __init__(self, ctx: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading.setText(self.title())
        self.set_intro(
            self.tr(
                "Complaint SLA clocks count only these hours. Write periods like "
                "09:00-12:30, 13:30-17:00; leave a day empty when you are closed."
            )
        )
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.add_field(self.tr("&Time zone"), self.zone)
        names = {
            "mon": self.tr("Monday"),
            "tue": self.tr("Tuesday"),
            "wed": self.tr("Wednesday"),
            "thu": self.tr("Thursday"),
            "fri": self.tr("Friday"),
            "sat": self.tr("Saturday"),
            "sun": self.tr("Sunday"),
        }
        self.days: dict[str, QLineEdit] = {}
        for day in DAY_NAMES:
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("Closed"))
            self.days[day] = edit
            self.add_field(names[day], edit)
        today = ctx.app.clock.now().astimezone().date()
        self.public_holidays = PublicHolidayPicker(today.year)
        self.add_field(self.tr("&Public holidays"), self.public_holidays)
        self.closing_days = ClosingDays(today)
        self.add_field(self.tr("Own &closing days"), self.closing_days)

    def title(self) -> str:
        return self.tr("Working hours")

    def load(self) -> None:
        from zoneinfo import available_timezones  # noqa: PLC0415 - reads the tz database

        config = self.ctx.app.settings.complaints()
        self.zone.clear()
        self.zone.addItems(sorted(available_timezones()))
        self.zone.setCurrentText(config.time_zone)
        for day, edit in self.days.items():
            edit.setText(", ".join(config.schedule.get(day, [])))
        self.public_holidays.choose(config.holiday_country, config.holiday_region)
        self.closing_days.set_days(config.holidays, config.holiday_names)

    def stage(self, plan: SettingsPlan) -> bool:
        current = plan.complaints
        zone = replace(current, time_zone=self.zone.currentText().strip())
        checks: list[tuple[QWidget, ComplaintSettings]] = [(self.zone, zone)]
        schedule = dict(current.schedule)
        for day, edit in self.days.items():
            periods = [p.strip() for p in edit.text().split(",") if p.strip()]
            schedule[day] = periods
            checks.append((edit, replace(current, schedule={**current.schedule, day: periods})))
        country, region = self.public_holidays.chosen()
        days, names = self.closing_days.days(), self.closing_days.names()
        public = replace(current, holiday_country=country, holiday_region=region)
        checks.append((self.public_holidays, public))
        checks.append((self.closing_days, replace(current, holidays=days, holiday_names=names)))
        whole = replace(
            zone,
            schedule=schedule,
            holiday_country=country,
            holiday_region=region,
            holidays=days,
            holiday_names=names,
        )
        return self._stage_complaints(plan, [*checks, (self.zone, whole)])


class SlaPage(_ComplaintBackedPage):
    icon_name = "sla"

    def __init__(self, ctx: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading.setText(self.title())
        self.set_intro(
            self.tr(
                "Targets in working hours for the first response and for resolving a "
                "complaint, by priority. The first response must come no later than the "
                "resolution."
            )
        )
        labels = {
            Priority.URGENT: self.tr("Urgent"),
            Priority.HIGH: self.tr("High"),
            Priority.NORMAL: self.tr("Normal"),
            Priority.LOW: self.tr("Low"),
        }
        self.targets: dict[Priority, tuple[QDoubleSpinBox, QDoubleSpinBox]] = {}
        headings = QWidget()
        heading_row = QHBoxLayout(headings)
        heading_row.setContentsMargins(0, 0, 0, 0)
        for text in (self.tr("First response"), self.tr("Resolution")):
            heading_row.addWidget(QLabel(text), 1)
        self.form.addRow(QLabel(self.tr("Priority")), headings)
        for priority, label in labels.items():
            first, resolution = _hours_box(), _hours_box()
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(first)
            line.addWidget(resolution)
            first.setAccessibleName(self.tr("%1: first response").replace("%1", label))
            resolution.setAccessibleName(self.tr("%1: resolution").replace("%1", label))
            self.add_field(label, row)
            self.targets[priority] = (first, resolution)

    def title(self) -> str:
        return self.tr("SLA targets")

    def load(self) -> None:
        config = self.ctx.app.settings.complaints()
        for priority, (first, resolution) in self.targets.items():
            hours = config.targets(priority)
            first.setValue(hours[0])
            resolution.setValue(hours[1])

    def stage(self, plan: SettingsPlan) -> bool:
        current = plan.complaints
        sla = {p.value: [f.value(), r.value()] for p, (f, r) in self.targets.items()}
        checks: list[tuple[QWidget, ComplaintSettings]] = []
        for priority, (first, _resolution) in self.targets.items():
            alone = {**current.sla_hours, priority.value: sla[priority.value]}
            row = first.parentWidget()
            checks.append((row or first, replace(current, sla_hours=alone)))
        whole = replace(current, sla_hours=sla)
        return self._stage_complaints(plan, [*checks, (checks[-1][0], whole)])


def _hours_box() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 10_000)
    box.setDecimals(1)
    box.setSuffix(" h")
    return box


class CategoriesPage(_ComplaintBackedPage):
    icon_name = "list"

    def __init__(self, ctx: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading.setText(self.title())
        self.set_intro(self.tr("One entry a line. The complaint form offers these lists."))
        self.categories = QPlainTextEdit()
        self.root_causes = QPlainTextEdit()
        for edit in (self.categories, self.root_causes):
            edit.setTabChangesFocus(True)
        self.add_field(self.tr("&Categories"), self.categories)
        self.add_field(self.tr("&Root causes"), self.root_causes)

    def title(self) -> str:
        return self.tr("Complaint lists")

    def load(self) -> None:
        config = self.ctx.app.settings.complaints()
        _set_lines(self.categories, labels(config.categories))
        _set_lines(self.root_causes, labels(config.root_causes))

    def stage(self, plan: SettingsPlan) -> bool:
        self.clear_errors()
        lists: dict[str, Any] = {
            "categories": [stored_value(line) for line in _lines(self.categories)],
            "root_causes": [stored_value(line) for line in _lines(self.root_causes)],
        }
        for (key, values), edit in zip(
            lists.items(), (self.categories, self.root_causes), strict=True
        ):
            problem = _list_problem(values)
            if problem:
                self.show_error(edit, self.tr(problem).replace("%1", key.replace("_", " ")))
        if self.has_errors():
            return False
        return self._stage_complaints(plan, [(self.categories, replace(plan.complaints, **lists))])


def _list_problem(values: list[str]) -> str:
    """Why a pick list cannot be saved, or ""."""
    if not values:
        return "The %1 list needs at least one entry."
    if len({v.casefold() for v in values}) != len(values):
        return "The %1 list has the same entry twice."
    return ""


class _TablePage(FormPage):
    """A page editing a list of records in a table, one row each; a new row is added blank
    and edited in place. Records are checked as they are saved, a refusal shown beside it."""

    team_data = True

    def __init__(
        self, ctx: SettingsContext, parent: QWidget | None, intro: str, headers: list[str]
    ) -> None:
        super().__init__(ctx, parent)
        self.heading.setText(self.title())
        self.set_intro(intro)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(220)

    def edit_last_row(self) -> None:
        """Put the cursor in the first cell of the row just added, editing."""
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)


class StaffPage(_TablePage):
    icon_name = "contacts"
    admins_only = True  # the hub takes staff changes from its administrators only

    def __init__(self, ctx: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            parent,
            self.tr(
                "The people who own contacts and complaints. Untick Active for someone who "
                "left: their history stays."
            ),
            [self.tr("Name"), self.tr("E-mail"), self.tr("Active")],
        )
        self.add_field(self.tr("&Staff"), self.table)
        self.add_button = QPushButton(self.tr("&Add person"))
        self.add_button.clicked.connect(self.add_person)
        self.form.addRow("", self.add_button)
        self._loaded: list[StaffMember] = []

    def title(self) -> str:
        return self.tr("Staff")

    def load(self) -> None:
        self._loaded = self.ctx.app.settings.staff()
        self.table.setRowCount(0)
        for member in self._loaded:
            self._append(member)

    def add_person(self) -> None:
        self._append(StaffMember(0, "", "", True))
        self.edit_last_row()

    def _append(self, member: StaffMember) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(member.name))
        self.table.setItem(row, 1, QTableWidgetItem(member.email))
        active = QCheckBox()
        active.setChecked(member.active)
        active.setAccessibleName(self.tr("Active"))
        self.table.setCellWidget(row, 2, active)

    def rows(self) -> list[StaffMember]:
        """The table as staff records (new rows have id 0)."""
        members = []
        for row in range(self.table.rowCount()):
            known = self._loaded[row] if row < len(self._loaded) else None
            name, email = self.table.item(row, 0), self.table.item(row, 1)
            active = self.table.cellWidget(row, 2)
            members.append(
                StaffMember(
                    known.id if known else 0,
                    name.text() if name else "",
                    email.text() if email else "",
                    isinstance(active, QCheckBox) and active.isChecked(),
                )
            )
        return members

    def stage(self, plan: SettingsPlan) -> bool:
        """Staff records are checked as they are saved (with the rest, in one transaction); a
        refusal is shown beside the table."""
        self.clear_errors()
        changed = [m for m in self.rows() if m not in self._loaded]
        blank_new = [m for m in changed if not m.id and not m.name.strip() and not m.email]
        plan.staff.extend(m for m in changed if m not in blank_new)
        if plan.staff:
            plan.refused_at(self, self.table, first=False)
        return True

    def applied(self) -> None:
        self.load()


class CustomFieldsPage(_TablePage):
    """The business's own contact fields ("Shoe size", "Customer number"): each shows in the
    contact form and the 360° view."""

    icon_name = "list"

    def __init__(self, ctx: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            parent,
            self.tr(
                "Fields of your own that every contact can fill in. Renaming keeps the values; "
                "removing a field hides its values but does not erase them."
            ),
            [self.tr("Field")],
        )
        self.add_field(self.tr("&Custom fields"), self.table)
        self.add_button = QPushButton(self.tr("&Add field"))
        self.add_button.clicked.connect(self.add_custom_field)
        self.remove_button = QPushButton(self.tr("&Remove field"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.form.addRow("", buttons)
        self._loaded: list[CustomFieldDef] = []
        self._removed: list[CustomFieldDef] = []

    def title(self) -> str:
        return self.tr("Custom fields")

    def load(self) -> None:
        self._loaded, self._removed = self.ctx.app.settings.custom_fields(), []
        self.table.setRowCount(0)
        for definition in self._loaded:
            self._append(definition)

    def add_custom_field(self) -> None:
        self._append(CustomFieldDef(0, "", ""))
        self.edit_last_row()

    def remove_selected(self) -> None:
        """Take the current row out; a stored field is removed when the settings are saved."""
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        definition = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(definition, CustomFieldDef) and definition.id:
            self._removed.append(replace(definition, removed=True))
        self.table.removeRow(row)

    def _append(self, definition: CustomFieldDef) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(definition.label)
        item.setData(Qt.ItemDataRole.UserRole, definition)
        self.table.setItem(row, 0, item)

    def rows(self) -> list[CustomFieldDef]:
        """The table as definitions with their labels as typed (new rows have id 0)."""
        found = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is None:
                continue
            definition = item.data(Qt.ItemDataRole.UserRole)
            if isinstance(definition, CustomFieldDef):
                found.append(replace(definition, label=item.text()))
        return found

    def stage(self, plan: SettingsPlan) -> bool:
        """Definitions are checked as they are saved (with the rest, in one transaction); a
        refusal (a blank or repeated name) is shown beside the table."""
        self.clear_errors()
        changed = [d for d in self.rows() if d not in self._loaded]
        typed = [d for d in changed if d.id or d.label.strip()]  # a blank new row is no field
        plan.custom_fields.extend([*self._removed, *typed])
        if plan.custom_fields:
            plan.refused_at(self, self.table, first=False)
        return True

    def applied(self) -> None:
        self.load()


class BackupsPage(FormPage):
    """This computer's backups: its own settings, never synced (a team's laptops each have
    their own folders), so every person sets them, a viewer too."""

    icon_name = "backup"

    def __init__(self, ctx: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading.setText(self.title())
        self.set_intro(
            self.tr(
                "These settings belong to this computer: on a team, every laptop keeps its own "
                "and they are not sent to the hub."
            )
        )
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(str(ctx.app.paths.data_dir / "backups"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the backup folder"))
        self.browse.clicked.connect(self._browse)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.folder, 1)
        line.addWidget(self.browse)
        self.add_field(self.tr("Backup &folder"), row)
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.schedule = QComboBox()
        self.schedule.addItem(self.tr("Daily while open, and on close"), BackupSchedule.DAILY.value)
        self.schedule.addItem(self.tr("Only on close"), BackupSchedule.ON_CLOSE.value)
        self.schedule.addItem(self.tr("Off (not recommended)"), BackupSchedule.OFF.value)
        self.add_field(self.tr("&Schedule"), self.schedule)
        self.keep_daily = QSpinBox()
        self.keep_daily.setRange(0, 10_000)
        self.add_field(self.tr("Keep &daily backups"), self.keep_daily)
        self.keep_weekly = QSpinBox()
        self.keep_weekly.setRange(0, 10_000)
        self.add_field(self.tr("Keep &weekly backups"), self.keep_weekly)
        self._warning: str | None = None  # check_folder's, shown once the change is saved

    def title(self) -> str:
        return self.tr("Backups")

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.folder.text() or self.folder.placeholderText()
        )
        if chosen:
            self.folder.setText(chosen)

    def load(self) -> None:
        backups = self.ctx.app.settings.backups()
        self.folder.setText(backups.folder)
        self.schedule.setCurrentIndex(max(self.schedule.findData(backups.schedule), 0))
        self.keep_daily.setValue(backups.keep_daily)
        self.keep_weekly.setValue(backups.keep_weekly)

    def stage(self, plan: SettingsPlan) -> bool:
        folder = self.folder.text().strip()
        row = self.folder.parentWidget() or self.folder
        self.clear_errors()
        self._warning = None
        checked = self.check(row, lambda: self.ctx.app.backups.check_folder(folder))
        if checked is None:
            return False
        self._warning = checked.warning
        values: dict[str, Any] = {
            "folder": folder,
            "schedule": str(self.schedule.currentData()),
            "keep_daily": self.keep_daily.value(),
            "keep_weekly": self.keep_weekly.value(),
        }
        widgets: dict[str, QWidget] = {
            "folder": row,
            "schedule": self.schedule,
            "keep_daily": self.keep_daily,
            "keep_weekly": self.keep_weekly,
        }
        new = _staged_fields(self, plan.backups, widgets, values)
        if new is None:
            return False
        if new != plan.backups:
            plan.backups = new
            plan.refused_at(self, row)
        return True

    def applied(self) -> None:
        if self._warning:  # allowed, but the person should know where copies go
            QMessageBox.warning(self, self.tr("Backup folder"), self._warning)


class PrivacyPage(_BusinessBackedPage):
    icon_name = "privacy"

    def __init__(self, ctx: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading.setText(self.title())
        self.set_intro(
            self.tr(
                "Contacts with no activity for this long are listed for review (keep, "
                "anonymise or erase). Nothing is deleted without you."
            )
        )
        self.retention = QSpinBox()
        self.retention.setRange(-1, 100_000)
        self.retention.setSpecialValueText(self.tr("Off"))
        self.retention.setMinimum(0)
        self.retention.setSuffix(self.tr(" months"))
        self.add_field(self.tr("&Retention review after"), self.retention)

    def title(self) -> str:
        return self.tr("Privacy")

    def load(self) -> None:
        self.retention.setValue(self.ctx.app.settings.business().retention_months)

    def stage(self, plan: SettingsPlan) -> bool:
        return self._stage_business(
            plan,
            {"retention_months": self.retention},
            {"retention_months": self.retention.value()},
        )


class AppearancePage(FormPage):
    icon_name = "appearance"

    def __init__(self, ctx: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading.setText(self.title())
        self.choices = {
            ThemeChoice.SYSTEM: QRadioButton(self.tr("Follow the &system")),
            ThemeChoice.LIGHT: QRadioButton(self.tr("&Light")),
            ThemeChoice.DARK: QRadioButton(self.tr("&Dark")),
        }
        column = QWidget()
        stack = QVBoxLayout(column)
        stack.setContentsMargins(0, 0, 0, 0)
        for button in self.choices.values():
            button.setAccessibleName(button.text().replace("&", ""))
            stack.addWidget(button)
        self.add_field(self.tr("Theme"), column)

    def title(self) -> str:
        return self.tr("Appearance")

    def load(self) -> None:
        self.choices[saved_choice(self.ctx.prefs)].setChecked(True)

    def chosen(self) -> ThemeChoice:
        return next(c for c, b in self.choices.items() if b.isChecked())

    def stage(self, plan: SettingsPlan) -> bool:
        del plan  # a preference, saved in applied(); a fixed choice cannot be invalid
        return True

    def applied(self) -> None:
        choice = self.chosen()
        if choice is not saved_choice(self.ctx.prefs):
            self.ctx.prefs.extra[THEME_PREF] = choice.value
            self.ctx.save_prefs()
        apply_theme(choice)


PageFactory = Callable[[SettingsContext, QWidget | None], QWidget]

SETTINGS_PAGES: tuple[PageFactory, ...] = (
    BusinessPage,
    HoursPage,
    SlaPage,
    CategoriesPage,
    StaffPage,
    CustomFieldsPage,
    BackupsPage,
    PrivacyPage,
    AppearancePage,
    LanguagePage,
    TeamPage,
    AutomationsPage,
    AutomationActivityPage,
)
