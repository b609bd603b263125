"""Fixtures for every GUI test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from app.ui.common.wheel import install_wheel_guard
from app.ui.i18n import apply_language
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def default_locale() -> Iterator[None]:
    """Each GUI test starts in the locale the previous one found: a language switch (which sets
    QLocale's default) must not change how a later test's dates and amounts are written."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture(autouse=True, scope="session")
def english(qapp: QApplication) -> None:
    """GUI tests run in English as the app does: with its catalogue of plural forms installed
    ("1 contact", not "1 contact(s)"); the locale stays the one the tests' figures assume."""
    before = QLocale()
    apply_language("en")
    QLocale.setDefault(before)


@pytest.fixture(autouse=True, scope="session")
def wheel_guard(qapp: QApplication) -> None:
    """As in the app (run_gui): the wheel over an unfocused combo box or chart scrolls the page."""
    install_wheel_guard()
