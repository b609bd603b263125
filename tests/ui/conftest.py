"""Fixtures for every GUI test."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from app.ui.common.gui_gc import collect_on_gui_thread
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


@pytest.fixture(autouse=True, scope="session")
def gui_thread_collector(qapp: QApplication) -> Iterator[None]:
    """As in the app (run_gui): Python's garbage collection only on the GUI thread, so no
    worker finalises a Qt object (a chart's removed plot items) on the wrong thread."""
    collector = collect_on_gui_thread(qapp)
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def collect_after_test(gui_thread_collector: None) -> Iterator[None]:
    """Each test's garbage is collected when it ends (the timer runs only while Qt waits)."""
    yield
    gc.collect()
