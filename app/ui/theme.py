"""Light and dark themes: a QPalette per scheme plus a small stylesheet for spacing.

The choice ("system", "light" or "dark") is a UI preference of the person at this machine
(UiPrefs.extra["theme"]). "system" follows QStyleHints.colorScheme and changes with it.
Views that draw their own colours (the dashboard's charts, status cells) read `is_dark()` and
listen to `theme_signals().changed`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from app.config.ui_prefs import UiPrefs

THEME_PREF = "theme"
ROLE = "role"  # a widget property the style sheet styles: "heading", "error"

STYLESHEET = """
QDialog QLabel[role="heading"] { font-weight: 600; }
QPushButton { padding: 5px 14px; }
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox { padding: 3px 5px; }
*:focus { outline: none; }
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus, QPlainTextEdit:focus,
QTextEdit:focus, QListView:focus, QTableView:focus, QTreeView:focus, QPushButton:focus,
QCheckBox:focus, QRadioButton:focus, QListWidget:focus {
    border: 2px solid palette(highlight);
}
"""


class ThemeChoice(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True, slots=True)
class Colours:
    """The few colours the app picks itself; everything else comes from the palette."""

    window: str
    base: str
    alternate: str
    text: str
    muted: str
    button: str
    highlight: str
    highlighted_text: str
    link: str
    breached: str
    at_risk: str
    ok: str


LIGHT = Colours(
    window="#f6f6f7",
    base="#ffffff",
    alternate="#f1f2f4",
    text="#1d1d1f",
    muted="#5f6368",
    button="#ececee",
    highlight="#2f6fde",
    highlighted_text="#ffffff",
    link="#1a5fd0",
    breached="#b3261e",
    at_risk="#8a5a00",
    ok="#1e7d32",
)
DARK = Colours(
    window="#202124",
    base="#17181a",
    alternate="#24262a",
    text="#e8e8ea",
    muted="#a4a7ad",
    button="#2e3034",
    highlight="#4d8ef7",
    highlighted_text="#0b0b0c",
    link="#8ab4f8",
    breached="#ff8a80",
    at_risk="#ffcc66",
    ok="#81c995",
)


class ThemeSignals(QObject):
    """Emitted after the palette changed; the argument is True for dark."""

    changed = Signal(bool)


_state: dict[str, object] = {"dark": False, "choice": ThemeChoice.SYSTEM}
_signals: list[ThemeSignals] = []


def theme_signals() -> ThemeSignals:
    """The one signal holder (made on first use, owned by the application)."""
    if not _signals:
        _signals.append(ThemeSignals(QApplication.instance()))
    return _signals[0]


def is_dark() -> bool:
    """Whether the dark palette is in use now."""
    return bool(_state["dark"])


def colours() -> Colours:
    return DARK if is_dark() else LIGHT


def saved_choice(prefs: UiPrefs) -> ThemeChoice:
    value = prefs.extra.get(THEME_PREF, ThemeChoice.SYSTEM.value)
    return ThemeChoice(value) if value in set(ThemeChoice) else ThemeChoice.SYSTEM


def system_is_dark() -> bool:
    scheme = QGuiApplication.styleHints().colorScheme()
    return scheme is Qt.ColorScheme.Dark


def palette_for(scheme: Colours) -> QPalette:
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    pairs = {
        role.Window: scheme.window,
        role.WindowText: scheme.text,
        role.Base: scheme.base,
        role.AlternateBase: scheme.alternate,
        role.Text: scheme.text,
        role.Button: scheme.button,
        role.ButtonText: scheme.text,
        role.ToolTipBase: scheme.base,
        role.ToolTipText: scheme.text,
        role.PlaceholderText: scheme.muted,
        role.Highlight: scheme.highlight,
        role.HighlightedText: scheme.highlighted_text,
        role.Link: scheme.link,
        role.BrightText: scheme.breached,
    }
    for colour_role, value in pairs.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor(scheme.muted))
    return palette


def stylesheet(scheme: Colours) -> str:
    """The app's style sheet with the scheme's colours for what the palette has no role for:
    error text (a hard-coded dark red stayed dark red on the dark theme)."""
    return STYLESHEET + f'*[{ROLE}="error"] {{ color: {scheme.breached}; }}\n'


def mark_error(widget: QWidget) -> None:
    """Show `widget`'s text in the theme's error colour, following a live theme switch."""
    widget.setProperty(ROLE, "error")


def apply_theme(choice: ThemeChoice) -> bool:
    """Set the palette and stylesheet for `choice` on the running application; returns dark."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    dark = system_is_dark() if choice is ThemeChoice.SYSTEM else choice is ThemeChoice.DARK
    _state["dark"], _state["choice"] = dark, choice
    scheme = DARK if dark else LIGHT
    app.setPalette(palette_for(scheme))
    # Set even when unchanged: the style sheet style fixes each widget's palette when it
    # polishes it, so only a repolish carries the new palette to widgets already shown
    # (labels, buttons, tables and `palette(...)` rules kept their old colours until restart).
    app.setStyleSheet(stylesheet(scheme))
    theme_signals().changed.emit(dark)
    return dark


def follow_system() -> None:
    """Re-apply "system" when the desktop switches between light and dark (connected once:
    Qt's UniqueConnection refuses a Python function and prints a warning instead)."""
    if _state.get("following"):
        return
    QGuiApplication.styleHints().colorSchemeChanged.connect(_system_changed)
    _state["following"] = True


def _system_changed(_scheme: Qt.ColorScheme) -> None:
    if _state["choice"] is ThemeChoice.SYSTEM:
        apply_theme(ThemeChoice.SYSTEM)
