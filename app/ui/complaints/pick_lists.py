"""Complaint categories and root causes in the person's language.

The lists are data (settings in the database) and are seeded with English defaults. They stay
stored in English, as stable keys: charts and counts group the same cases whoever typed them,
and a shop whose staff use different languages shares one list. The seeded defaults are
translated when shown and mapped back when saved; entries people add are shown as typed.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from app.ui.i18n import QT_TRANSLATE_NOOP, translated_from

CONTEXT = "ComplaintLists"
# every seeded default of ComplaintSettings (categories and root causes), by its stored text
SEEDED: dict[str, str] = {
    "product defect": QT_TRANSLATE_NOOP("ComplaintLists", "Product defect"),
    "late delivery": QT_TRANSLATE_NOOP("ComplaintLists", "Late delivery"),
    "billing error": QT_TRANSLATE_NOOP("ComplaintLists", "Billing error"),
    "staff behaviour": QT_TRANSLATE_NOOP("ComplaintLists", "Staff behaviour"),
    "website problem": QT_TRANSLATE_NOOP("ComplaintLists", "Website problem"),
    "wrong item": QT_TRANSLATE_NOOP("ComplaintLists", "Wrong item"),
    "supplier": QT_TRANSLATE_NOOP("ComplaintLists", "Supplier"),
    "process": QT_TRANSLATE_NOOP("ComplaintLists", "Process"),
    "training": QT_TRANSLATE_NOOP("ComplaintLists", "Training"),
    "system": QT_TRANSLATE_NOOP("ComplaintLists", "System"),
    "carrier": QT_TRANSLATE_NOOP("ComplaintLists", "Carrier"),
    "unknown": QT_TRANSLATE_NOOP("ComplaintLists", "Unknown"),
}


def list_label(stored: str) -> str:
    """What a person reads for a stored category or root cause."""
    shown = translated_from(SEEDED, CONTEXT, stored)
    return stored if shown is None else shown


def stored_value(shown: str) -> str:
    """The text to store for what a person picked or typed: a seeded default's key when it is
    one of their labels (in the current language or English), else the text itself."""
    text = shown.strip()
    folded = text.casefold()
    for key, source in SEEDED.items():
        label = QCoreApplication.translate(CONTEXT, source)
        if folded in (key, source.casefold(), label.casefold()):
            return key
    return text


def labels(stored: Iterable[str]) -> list[str]:
    return [list_label(value) for value in stored]


def fill_pick_list(combo: QComboBox, choices: Iterable[str], current: str = "") -> None:
    """An editable combo of stored values shown by label, `current` chosen (added when it is
    no longer on the list)."""
    combo.clear()
    for value in choices:
        combo.addItem(list_label(value), value)
    if current and combo.findData(current) < 0:
        combo.addItem(list_label(current), current)
    index = combo.findData(current)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setCurrentText(current)


def picked_value(combo: QComboBox) -> str:
    """The stored value for what the combo shows (a typed entry is taken as typed)."""
    return stored_value(combo.currentText())
