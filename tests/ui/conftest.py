"""Fixtures for every GUI test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale


@pytest.fixture(autouse=True)
def default_locale() -> Iterator[None]:
    """Each GUI test starts in the locale the previous one found: a language switch (which sets
    QLocale's default) must not change how a later test's dates and amounts are written."""
    before = QLocale()
    yield
    QLocale.setDefault(before)
