"""What every settings page shares: the context it is given and a form with an error label
beside each field (invalid values are refused there, not in a message box)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.bootstrap import AppContext
from app.config.ui_prefs import UiPrefs
from app.domain.errors import UserError
from app.ui.i18n import error_text
from app.ui.theme import colours

T = TypeVar("T")
QWIDGETSIZE_MAX = (1 << 24) - 1


@dataclass
class SettingsContext:
    """Handed to every page: the open database's services, the UI preferences (saved with
    `save_prefs`) and `after_apply` hooks the window registers to refresh what is on screen."""

    app: AppContext
    prefs: UiPrefs
    after_apply: list[Callable[[], None]] = field(default_factory=list)

    def save_prefs(self) -> None:
        self.prefs.save(self.app.paths.config_dir)


class FormPage(QWidget):
    """A page laid out as a form; each row can show its own error under the field."""

    icon_name = "settings"

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

    def apply(self) -> bool:
        raise NotImplementedError


def apply_business_live(app: AppContext) -> None:
    """Hand the new defaults to the services that copied them when the database opened."""
    business = app.settings.business()
    app.contacts.phone_region = business.phone_region
    app.imports.phone_region, app.imports.currency = business.phone_region, business.currency


def region_combo(selected: str) -> QComboBox:
    """Countries by name with their two-letter code (the default phone region)."""
    import phonenumbers  # noqa: PLC0415 - big module, loaded when the page is built

    combo = QComboBox()
    regions = sorted(
        phonenumbers.SUPPORTED_REGIONS,
        key=lambda code: QLocale.territoryToString(QLocale.codeToTerritory(code)),
    )
    for code in regions:
        name = QLocale.territoryToString(QLocale.codeToTerritory(code))
        combo.addItem(f"{name} ({code})", code)
    combo.setCurrentIndex(max(combo.findData(selected.upper()), 0))
    return combo
