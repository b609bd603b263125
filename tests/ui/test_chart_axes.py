"""Value axes read as short, locale-formatted numbers rather than pyqtgraph's "1e+06"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot


@pytest.fixture
def english(qtbot: QtBot) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield None
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("value", "spacing", "label"),
    [
        (1_200_000.0, 200_000.0, "1.2M"),
        (1_000_000.0, 500_000.0, "1.0M"),
        (500_000.0, 500_000.0, "500k"),
        (35_000.0, 5_000.0, "35k"),
        (2_000.0, 2_000.0, "2k"),
        (1_500.0, 100.0, "1.5k"),
        (1_550.0, 50.0, "1,550"),
        (12.5, 0.5, "12.5"),
        (-50.0, 50.0, "-50"),
        (0.0, 20.0, "0"),
    ],
)
def test_tick_labels_are_compact(english: object, value: float, spacing: float, label: str) -> None:
    from app.ui.dashboard.charts import compact_number  # noqa: PLC0415 - pyqtgraph on demand

    assert compact_number(value, spacing) == label


def test_the_axis_does_not_scale_to_si_prefixes(english: object) -> None:
    from app.ui.dashboard.charts import CompactAxis  # noqa: PLC0415 - pyqtgraph on demand

    axis = CompactAxis("left")
    assert axis.tickStrings([0.0, 500_000.0, 1_000_000.0], 1.0, 500_000.0) == ["0", "500k", "1.0M"]
