"""Every focusable control has a name a screen reader can speak, and the main dialogs move focus
in a sensible order with Tab."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from app.bootstrap import AppContext
from app.config.ui_prefs import UiPrefs
from app.ui.complaints.dialogs import NewComplaintDialog
from app.ui.contacts.dialogs import ContactDialog
from app.ui.first_run import FirstRunDialog
from app.ui.import_export.wizard import ImportWizard
from app.ui.main_window import MainWindow
from app.ui.panes import PANES
from app.ui.quick_log.dialog import QuickLogDialog
from app.ui.settings.dialog import SettingsDialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.helpers import shown_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform

# Qt's own inner parts (a spin box's line edit, a scroll area's viewport) are named by their
# owner; walking them would only report Qt.
_INNER = ("qt_spinbox_lineedit", "qt_scrollarea_viewport", "qt_scrollarea_hcontainer")


def _buddied(root: QWidget) -> set[int]:
    return {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}


def _named(widget: QWidget, buddied: set[int]) -> bool:
    if widget.accessibleName().strip() or id(widget) in buddied:
        return True
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return True  # a button speaks its own text
    if isinstance(widget, QLabel) and widget.text().strip():
        return True  # so does a (selectable) label
    if isinstance(widget, QTabBar) and widget.count():
        return True  # and a tab bar its tabs' titles
    parent = widget.parentWidget()
    return (parent is not None and parent.objectName() in _INNER) or widget.objectName() in _INNER


def unnamed_controls(root: QWidget) -> list[str]:
    """Visible widgets that take keyboard focus but have neither an accessible name, a buddy
    label nor text of their own."""
    buddied = _buddied(root)
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget, QAbstractScrollArea) is False and not widget.isEnabled():
            continue
        if widget.focusProxy() is not None:
            continue
        if not _named(widget, buddied):
            missing.append(f"{type(widget).__name__} '{widget.objectName()}' in {_path(widget)}")
    return missing


def _path(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget.parentWidget()
    while current is not None and len(names) < 4:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return " < ".join(names)


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    return shown_window(qtbot, ctx)


@pytest.mark.parametrize("key", [spec.key for spec in PANES])
def test_main_window_and_each_pane_name_their_controls(key: str, window: MainWindow) -> None:
    window.show_pane(key)
    QApplication.processEvents()
    missing = unnamed_controls(window)
    assert missing == [], "\n".join(missing)


def _dialogs(ctx: AppContext, window: MainWindow) -> dict[str, Callable[[], QWidget]]:
    return {
        "settings": lambda: SettingsDialog(window.settings_context(), window),
        "quick log": lambda: QuickLogDialog(ctx, window),
        "new contact": lambda: ContactDialog(ctx, None, window),
        "new complaint": lambda: NewComplaintDialog(ctx, None, window),
        "import wizard": lambda: ImportWizard(ctx, UiPrefs(), window),
        "first run": lambda: FirstRunDialog(ctx.location, window),
    }


@pytest.mark.parametrize(
    "name", ["settings", "quick log", "new contact", "new complaint", "import wizard", "first run"]
)
def test_main_dialogs_name_their_controls(
    name: str, window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    dialog = _dialogs(ctx, window)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if isinstance(dialog, SettingsDialog):
        for index in range(len(dialog.pages)):
            dialog.show_page(index)
            assert unnamed_controls(dialog) == [], dialog.pages[index].title()
    else:
        assert unnamed_controls(dialog) == []


def tab_order(dialog: QWidget, qtbot: QtBot, presses: int) -> list[str]:
    """The accessible names (or texts) focus visits pressing Tab `presses` times."""
    visited = []
    for _ in range(presses):
        focus = QApplication.focusWidget()
        assert focus is not None
        visited.append(_spoken(focus))
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    return visited


def _spoken(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    for label in (widget.window() or widget).findChildren(QLabel):
        if label.buddy() is widget:
            return label.text().replace("&", "")
    return type(widget).__name__


def _shown(dialog: QWidget, qtbot: QtBot) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def test_settings_business_page_tabs_down_the_form(window: MainWindow, qtbot: QtBot) -> None:
    dialog = SettingsDialog(window.settings_context(), window)
    _shown(dialog, qtbot)
    dialog.page_list.setFocus()
    order = tab_order(dialog, qtbot, 9)
    assert order[:6] == [
        "Settings pages",
        "Business name",
        "Currency (ISO code)",
        "Default phone region",
        "Gross margin",
        "Churn window",
    ]
    assert order[6:] == ["OK", "Cancel", "Apply"] or set(order[6:]) == {"OK", "Cancel", "Apply"}


def test_first_run_tabs_from_the_business_to_the_starts(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    dialog = FirstRunDialog(ctx.location, window)
    _shown(dialog, qtbot)
    dialog.name.setFocus()
    assert tab_order(dialog, qtbot, 8) == [
        "Business name",
        "Currency",
        "Country (for phone numbers)",
        "Start empty",
        "Explore sample data (500 contacts)",
        "Explore a large sample (100,000 contacts; takes a few minutes)",
        "Import contacts…",
        "Join my team's hub…",
    ]


@pytest.mark.parametrize("name", ["quick log", "new contact", "new complaint", "import wizard"])
def test_dialog_tab_order_visits_each_control_once_top_to_bottom(
    name: str, window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    dialog = _dialogs(ctx, window)[name]()
    _shown(dialog, qtbot)
    focusable = [
        w
        for w in dialog.findChildren(QWidget)
        if w.isVisibleTo(dialog)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
        and (w.parentWidget() is None or w.parentWidget().objectName() not in _INNER)
    ]
    first = QApplication.focusWidget()
    assert first is not None
    seen: list[QWidget] = []
    widget: QWidget | None = first
    # Tab walks a date edit's sections before leaving it (Qt's way), hence the extra presses.
    for _ in range(6 * len(focusable) + 1):
        assert widget is not None
        if not seen or seen[-1] is not widget:
            seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is first:
            break
    assert widget is first, "; ".join(_spoken(w) for w in seen)
    assert len(seen) == len(set(seen)), "a control was visited twice in one round"
    # the fields come before the dialog's buttons (top to bottom, then the button row)
    rows = [w.mapTo(dialog, w.rect().topLeft()).y() for w in seen]
    buttons_from = next(
        (i for i, w in enumerate(seen) if isinstance(w, QAbstractButton) and rows[i] == max(rows)),
        len(seen),
    )
    fields = rows[:buttons_from]
    assert fields == sorted(fields) or _mostly_down(fields), (name, [_spoken(w) for w in seen])


def _mostly_down(rows: list[int]) -> bool:
    """Top to bottom, allowing side-by-side controls on one line (same row, then the next)."""
    return all(b >= a - 40 for a, b in itertools.pairwise(rows))
