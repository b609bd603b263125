"""Starting the app prints no Qt warning: following the desktop's light/dark switch connected
with UniqueConnection, which Qt refuses for a Python function ("unique connections require a
pointer to member function") on every start."""

from __future__ import annotations

from app.ui.theme import follow_system
from PySide6.QtCore import SIGNAL
from PySide6.QtWidgets import QApplication


def test_following_the_system_theme_warns_nothing_and_connects_once(qapp: QApplication) -> None:
    follow_system()
    follow_system()  # a second window, or a second start in the same process
    hints = qapp.styleHints()
    assert hints.receivers(SIGNAL("colorSchemeChanged(Qt::ColorScheme)")) == 1
