"""Settings ▸ Language: the interface language, with a preview of how dates and money look.

The choice is a UI preference (this person on this machine), stored in UiPrefs and applied at
once: the translators change and the application rebuilds its main window in the new language.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from app.ui.common.formatting import format_date, format_money, format_number
from app.ui.i18n import (
    LANGUAGE_PREF,
    apply_language,
    available_languages,
    locale_for,
    preferred_language,
)
from app.ui.settings.base import FormPage, SettingsContext, SettingsPlan

PREVIEW_DAY = date(2026, 3, 2)
PREVIEW_MINOR = 123450  # 1,234.50 in the business currency


class LanguagePage(FormPage):
    """One page of the Settings dialog (see app/ui/settings/pages.py for the contract)."""

    icon_name = "language"

    def __init__(self, ctx: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading.setText(self.title())
        self.set_intro(
            self.tr(
                "The window is rebuilt in the new language when you apply; your open pane and "
                "layout stay as they are."
            )
        )
        self.language_combo = QComboBox()
        for language in available_languages():
            self.language_combo.addItem(language.name, language.code)
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.add_field(self.tr("&Language"), self.language_combo)
        self.add_field(self.tr("Example"), self.preview)
        self.language_combo.currentIndexChanged.connect(self._show_preview)

    def title(self) -> str:
        return self.tr("Language")

    @property
    def chosen(self) -> str:
        return str(self.language_combo.currentData())

    def load(self) -> None:
        """Show the language in use (the saved choice, else the system's if Rapport has it)."""
        code = preferred_language(self.ctx.prefs)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(code)))
        self._show_preview()

    def stage(self, plan: SettingsPlan) -> bool:
        """A list of fixed choices cannot be invalid; the choice is a preference (applied())."""
        del plan
        return True

    def applied(self) -> None:
        """Save the choice and switch to it now."""
        self.ctx.prefs.extra[LANGUAGE_PREF] = self.chosen
        self.ctx.save_prefs()
        apply_language(self.chosen)

    def _show_preview(self) -> None:
        locale = locale_for(self.chosen)
        currency = self.ctx.app.settings.business().currency
        self.preview.setText(
            " · ".join(
                (
                    format_date(PREVIEW_DAY, locale),
                    format_number(1234567, locale=locale),
                    format_money(PREVIEW_MINOR, currency, locale),
                )
            )
        )
