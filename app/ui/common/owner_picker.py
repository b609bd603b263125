"""The owner picker every editor shows (contact, case, task): "Unassigned", then the active
staff by name, who are the team hub's users once the copy is in a team."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from app.services.team import owner_choices
from app.storage.database import Database


def owner_items(db: Database, current: int | None) -> list[tuple[str, int | None]]:
    """(text, staff id) for a picker; a since deactivated `current` owner stays listed."""
    nobody = QCoreApplication.translate("OwnerPicker", "Unassigned")
    return [(nobody, None), *((name, i) for i, name in owner_choices(db, current))]


def fill_owner_picker(combo: QComboBox, db: Database, current: int | None) -> None:
    """List the owners and choose `current`."""
    combo.clear()
    for text, staff_id in owner_items(db, current):
        combo.addItem(text, staff_id)
    combo.setCurrentIndex(max(0, combo.findData(current)))


def owner_picker(db: Database, current: int | None) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("owner_picker")
    fill_owner_picker(combo, db, current)
    return combo
