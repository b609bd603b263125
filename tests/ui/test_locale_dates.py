"""Dates follow the country, the words follow the language: English chosen by someone whose
system is set to Germany or the United Kingdom writes day/month/year, not the US order."""

from __future__ import annotations

from datetime import date

import pytest
from app.ui.common.formatting import format_date
from app.ui.i18n import apply_language, locale_for
from PySide6.QtCore import QLocale

DAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("system", "language", "written"),
    [
        ("de_DE", "en", "07/12/2026"),  # English words, German country: day first
        ("en_GB", "en", "07/12/2026"),
        ("en_US", "en", "12/7/2026"),
        ("de_AT", "de", "07.12.2026"),
        ("en_GB", "de", "07.12.2026"),  # German has no British form: German's own
    ],
)
def test_dates_follow_the_systems_country(system: str, language: str, written: str) -> None:
    assert format_date(DAY, locale_for(language, QLocale(system))) == written


def test_choosing_english_on_a_german_system_keeps_german_dates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    try:
        apply_language("en")
        assert QLocale().language() == QLocale.Language.English
        assert format_date(DAY) == "07/12/2026"
    finally:
        monkeypatch.undo()
        apply_language("en")
