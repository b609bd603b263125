"""The owner picker every editor shows (contact, case, task): "Unassigned", then the active
staff by name, who are the team hub's users once the copy is in a team."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from app.services.team import owner_choices
from app.storage.database import Database


def fill_owner_picker(combo: QComboBox, db: Database, current: int | None) -> None:
    """List the owners and choose `current` (kept in the list if since deactivated)."""
    combo.clear()
    combo.addItem(QCoreApplication.translate("OwnerPicker", "Unassigned"), None)
    for staff_id, name in owner_choices(db, current):
        combo.addItem(name, staff_id)
    combo.setCurrentIndex(max(0, combo.findData(current)))


def owner_picker(db: Database, current: int | None) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("owner_picker")
    fill_owner_picker(combo, db, current)
    return combo
