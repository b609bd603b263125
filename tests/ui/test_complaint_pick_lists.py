"""Seeded complaint categories and root causes are stored as English keys and shown by their
translated label; entries people add are shown and stored as typed."""

from __future__ import annotations

from app.services.settings import ComplaintSettings
from app.ui.complaints.pick_lists import (
    SEEDED,
    fill_pick_list,
    list_label,
    picked_value,
    stored_value,
)
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot


def test_every_seeded_default_has_a_label() -> None:
    defaults = ComplaintSettings()
    assert set(defaults.categories) | set(defaults.root_causes) == set(SEEDED)


def test_labels_map_back_to_the_stored_key(qtbot: QtBot) -> None:
    del qtbot
    assert list_label("late delivery") == "Late delivery"
    assert stored_value(" Late Delivery ") == "late delivery"
    assert list_label("Hausgemacht") == "Hausgemacht"
    assert stored_value("Hausgemacht") == "Hausgemacht"


def test_a_combo_shows_labels_and_gives_keys(qtbot: QtBot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.setEditable(True)
    fill_pick_list(combo, ["product defect", "wrong item"], "old custom")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Product defect",
        "Wrong item",
        "old custom",
    ]
    assert picked_value(combo) == "old custom"
    combo.setCurrentIndex(1)
    assert picked_value(combo) == "wrong item"
    combo.setCurrentText("Typed by hand")
    assert picked_value(combo) == "Typed by hand"
