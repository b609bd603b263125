"""What every settings page shares: the context it is given and a form with an error label
beside each field (invalid values are refused there, not in a message box)."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cmp_to_key
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import AppContext
from app.config.ui_prefs import UiPrefs
from app.domain.errors import UserError
from app.services.settings import (
    BackupSettings,
    BusinessSettings,
    ComplaintSettings,
    CustomFieldDef,
    StaffMember,
)
from app.ui.i18n import current_language, error_text
from app.ui.theme import colours

if TYPE_CHECKING:
    from app.ui.common.seat import Seat
    from app.ui.sync.controller import SyncController

T = TypeVar("T")
QWIDGETSIZE_MAX = (1 << 24) - 1


@dataclass
class SettingsContext:
    """Handed to every page: the open database's services, the UI preferences (saved with
    `save_prefs`) and `after_apply` hooks the window registers to refresh what is on screen."""

    app: AppContext
    prefs: UiPrefs
    after_apply: list[Callable[[], None]] = field(default_factory=list)
    sync: SyncController | None = None  # the window's team sync (the Team page joins through it)

    def save_prefs(self) -> None:
        self.prefs.save(self.app.paths.config_dir)

    def seat(self) -> Seat | None:
        """This copy's seat on the team (None for a dialog shown outside the window)."""
        return None if self.sync is None else self.sync.operations.seat


@dataclass
class SettingsPlan:
    """What the pages changed, gathered (and validated page by page) before anything is saved:
    the data settings as they will be (the team's and this computer's backups), the staff
    records and custom fields to save, and where a refusal at save time is shown (the table of
    the records that changed, else the first changed field)."""

    business: BusinessSettings
    complaints: ComplaintSettings
    backups: BackupSettings
    staff: list[StaffMember] = field(default_factory=list)
    custom_fields: list[CustomFieldDef] = field(default_factory=list)
    refusal_field: tuple[FormPage, QWidget] | None = None

    def refused_at(self, page: FormPage, widget: QWidget, *, first: bool = True) -> None:
        if not first or self.refusal_field is None:
            self.refusal_field = (page, widget)


class SettingsPage(Protocol):
    """One page of the dialog; the contract is described in pages.py."""

    icon_name: str
    team_data: bool  # its fields are the team's shared data: read-only on a viewer's copy
    admins_only: bool  # ...and on a member's, where the hub takes them from admins only

    def title(self) -> str: ...
    def load(self) -> None: ...
    def stage(self, plan: SettingsPlan) -> bool: ...
    def applied(self) -> None: ...


class FormPage(QWidget):
    """A page laid out as a form; each row can show its own error under the field."""

    icon_name = "settings"
    team_data = False
    admins_only = False

    def __init__(self, ctx: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._errors: dict[QWidget, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setVerticalSpacing(6)
        outer.addWidget(self.heading)
        outer.addWidget(self.intro)
        outer.addLayout(self.form)
        outer.addStretch(1)

    def title(self) -> str:
        raise NotImplementedError

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()

    def add_field(self, label: str, widget: QWidget) -> QWidget:
        """A labelled row (the label is the field's buddy, so screen readers name it)."""
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        error = QLabel()
        error.setWordWrap(True)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setStyleSheet(f"color: {colours().breached};")
        error.hide()
        column = QVBoxLayout()
        column.setSpacing(2)
        # a narrow field (a currency code) keeps its width; its error still gets the full row
        narrow = widget.maximumWidth() < QWIDGETSIZE_MAX
        column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft if narrow else Qt.AlignmentFlag(0))
        column.addWidget(error)
        self.form.addRow(caption, column)
        self._errors[widget] = error
        return widget

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()

    def show_error(self, widget: QWidget, message: str) -> None:
        label = self._errors[widget]
        label.setText(message)
        label.show()
        widget.setFocus()

    def check(self, widget: QWidget, build: Callable[[], T]) -> T | None:
        """Run `build` (which validates); on UserError show it beside `widget` and give None."""
        try:
            return build()
        except UserError as exc:
            self.show_error(widget, error_text(exc))
            return None

    def has_errors(self) -> bool:
        return any(not label.isHidden() for label in self._errors.values())

    def load(self) -> None:
        raise NotImplementedError

    def stage(self, plan: SettingsPlan) -> bool:
        """Validate the fields (errors beside them) and put the changes in `plan`; no saving."""
        raise NotImplementedError

    def applied(self) -> None:
        """After every page was saved: apply what lives outside the database (preferences)."""

    def apply(self) -> bool:
        """Validate, save and apply this page alone."""
        return apply_pages(self.ctx, [self]) is None


def apply_pages(ctx: SettingsContext, pages: Sequence[SettingsPage]) -> int | None:
    """Validate every page first, then save all their changes in one transaction, then apply
    them live. Returns the index of the first page that refused (nothing is saved), or None.

    Every page is validated, not just up to the first refusal, so each shows its own errors.
    """
    settings = ctx.app.settings
    stored = SettingsPlan(settings.business(), settings.complaints(), settings.backups())
    plan = SettingsPlan(stored.business, stored.complaints, stored.backups)
    refused = [index for index, page in enumerate(pages) if not page.stage(plan)]
    if refused:
        return refused[0]
    business_changed = plan.business != stored.business
    complaints_changed = plan.complaints != stored.complaints
    seat = ctx.seat()
    try:
        if seat is not None:  # the safety net under the disabled pages
            if business_changed or complaints_changed or plan.staff:
                seat.check_write(admins_only=True)
            if plan.custom_fields:
                seat.check_write()
        settings.save_all(
            plan.business if business_changed else None,
            plan.complaints if complaints_changed else None,
            plan.staff,
            plan.custom_fields,
            plan.backups if plan.backups != stored.backups else None,
        )
    except UserError as exc:  # pages validated their fields: a staff record, or the disk
        where = plan.refusal_field
        if where is None:
            QMessageBox.warning(
                QApplication.activeWindow(),
                QCoreApplication.translate("Settings", "Settings"),
                error_text(exc),
            )
            return 0
        where[0].show_error(where[1], error_text(exc))
        return next(i for i, page in enumerate(pages) if page is where[0])
    if business_changed:
        apply_business_live(ctx.app)
    if complaints_changed:
        ctx.app.complaints.reload_settings()
        ctx.app.complaints.recompute_sla()  # open cases' due times follow the new hours
    for page in pages:
        page.applied()
    return None


def apply_business_live(app: AppContext) -> None:
    """Hand the new defaults to the services that copied them when the database opened."""
    business = app.settings.business()
    app.contacts.phone_region = business.phone_region
    app.imports.phone_region, app.imports.currency = business.phone_region, business.currency


def region_combo(selected: str) -> QComboBox:
    """Countries by name in the interface language, with their two-letter code (the default
    phone region)."""
    import phonenumbers  # noqa: PLC0415 - big module, loaded when the page is built

    combo = QComboBox()
    fill_countries(combo, phonenumbers.SUPPORTED_REGIONS)
    combo.setCurrentIndex(max(combo.findData(selected.upper()), 0))
    return combo


def fill_countries(combo: QComboBox, codes: Iterable[str]) -> None:
    """Add 'Name (CODE)' items for `codes`, sorted by name in the interface language."""
    language = current_language()
    collator = QCollator(QLocale())

    def by_name(a: tuple[str, str], b: tuple[str, str]) -> int:
        return collator.compare(a[0], b[0])

    named = sorted(
        ((country_name(code, language), code) for code in codes), key=cmp_to_key(by_name)
    )
    for name, code in named:
        combo.addItem(f"{name} ({code})", code)


def country_name(code: str, language: str) -> str:
    """A country's name in `language` (phonenumbers' locale data), else Qt's English one."""
    names = _country_names().get(code, {})
    found = names.get(language, "")
    if found.startswith("*"):  # "*aa": the same name as language aa's
        found = names.get(found[1:], "")
    return found or QLocale.territoryToString(QLocale.codeToTerritory(code))


@cache
def _country_names() -> dict[str, dict[str, str]]:
    """phonenumbers' country names by code and language, read from its one small module
    (geodata/locale.py, 0.6 MB) by path: importing it by name first runs the geodata package,
    which loads 40 MB of geocoding data Rapport never uses (1 s and 90 MB), and which the
    packaged app leaves out (it keeps only this file). Empty when the file is missing."""
    import phonenumbers  # noqa: PLC0415 - big module, loaded with the first country list

    path = Path(phonenumbers.__file__).parent / "geodata" / "locale.py"
    spec = importlib.util.spec_from_file_location("phonenumbers.geodata.locale", path)
    if spec is None or spec.loader is None or not path.is_file():
        return {}
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.LOCALE_DATA)
