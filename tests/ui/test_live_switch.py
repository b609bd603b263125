"""Language and theme switched live with every pane opened once: no error from a pane of the
window the switch replaced, the labels in the new language, and no text in a colour too close
to the colour behind it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from app.bootstrap import AppContext
from app.config.paths import AppPaths
from app.services.analytics import AnalyticsService
from app.services.contacts import ContactDraft
from app.services.demo import DemoSize, generate
from app.services.security import PromptReason
from app.ui.complaints.dialogs import NewComplaintDialog
from app.ui.contacts.dialogs import ContactDialog
from app.ui.controller import Controller
from app.ui.dashboard.view import DashboardPane
from app.ui.i18n import apply_language
from app.ui.main_window import MainWindow
from app.ui.panes import PANES
from app.ui.privacy.tab import PrivacyTab
from app.ui.security.dialogs import PassphraseDialog
from app.ui.theme import DARK, LIGHT, ThemeChoice, apply_theme, mark_error
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

MIN_CONTRAST = 3.0  # WCAG's floor for large text; body text on these themes is far above it


@pytest.fixture
def controller(
    qtbot: QtBot, ctx: AppContext, db_path: Path, paths: AppPaths
) -> Iterator[Controller]:
    """The app's controller on the small sample, in English and the light theme."""
    generate(ctx.db, ctx.audit, DemoSize.SMALL)
    ctx.close()
    apply_language("en")
    apply_theme(ThemeChoice.LIGHT)
    opened = Controller(paths)
    opened.open(str(db_path))
    yield opened
    opened.close()
    apply_language("en")
    apply_theme(ThemeChoice.LIGHT)


def _window(controller: Controller) -> MainWindow:
    assert controller.window is not None
    return controller.window


def _dashboard(window: MainWindow) -> DashboardPane:
    pane = window.pane("dashboard")
    assert isinstance(pane, DashboardPane)
    return pane


def _open_every_pane(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()  # window shortcuts need the active window
    qtbot.waitUntil(window.isActiveWindow)
    for spec in PANES:
        qtbot.keyClick(window, str(PANES.index(spec) + 1), Qt.KeyboardModifier.ControlModifier)
        assert window.current_pane_key == spec.key
    qtbot.waitUntil(lambda: not _dashboard(window).busy, timeout=30_000)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """WCAG contrast ratio, 1 (same) to 21 (black on white)."""
    high, low = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _faint_texts(window: MainWindow) -> list[str]:
    """Visible labels and buttons of every pane whose text colour is too close to the window's
    background (what the app palette paints behind them)."""
    behind = QApplication.palette().color(QPalette.ColorRole.Window)
    faint = []
    for spec in PANES:
        window.show_pane(spec.key)
        texts: list[QWidget] = [
            *window.findChildren(QLabel),
            *window.findChildren(QAbstractButton),
        ]
        for widget in texts:
            text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
            if not widget.isVisible() or not text.strip() or not widget.isEnabled():
                continue
            ink = widget.palette().color(widget.foregroundRole())
            if contrast(ink, behind) < MIN_CONTRAST:
                faint.append(f"{spec.key}: {text!r} {ink.name()} on {behind.name()}")
    return faint


def test_language_and_theme_switch_live_with_every_pane_open(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _window(controller)
    _open_every_pane(qtbot, first)
    # Hold the dashboard's next computation until its window has been replaced.
    gate, finished = threading.Event(), threading.Event()
    compute = AnalyticsService.dashboard

    def held(service: AnalyticsService, *args: Any) -> Any:
        gate.wait(20)
        try:
            return compute(service, *args)
        finally:
            finished.set()

    monkeypatch.setattr(AnalyticsService, "dashboard", held)
    qtbot.mouseClick(_dashboard(first).refresh_button, Qt.MouseButton.LeftButton)
    assert _dashboard(first).busy
    with qtbot.waitSignal(first.destroyed, timeout=10_000):
        apply_language("de")
    gate.set()  # the old pane's computation reports now: to nothing that was deleted
    qtbot.waitUntil(finished.is_set, timeout=20_000)
    QApplication.processEvents()
    monkeypatch.setattr(AnalyticsService, "dashboard", compute)

    german = _window(controller)
    assert german is not first
    _open_every_pane(qtbot, german)
    board = _dashboard(german)
    assert board.tiles["active"].title.text() == "Aktive Kunden"
    assert board.refresh_button.text() == "Aktualisieren"
    assert german.navigation.item(0).text() == "Kontakte"

    apply_theme(ThemeChoice.DARK)
    assert _faint_texts(german) == []
    card = board.cards["nps"]
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    assert card.plot.backgroundBrush().color() == base

    apply_language("en")
    english = _window(controller)
    _open_every_pane(qtbot, english)
    assert _dashboard(english).tiles["active"].title.text() == "Active customers"
    apply_theme(ThemeChoice.LIGHT)
    assert _faint_texts(english) == []


def test_error_text_takes_the_themes_error_colour_live(qtbot: QtBot) -> None:
    label = QLabel("The date could not be read.")
    mark_error(label)
    qtbot.addWidget(label)
    label.show()
    try:
        for choice, scheme in ((ThemeChoice.DARK, DARK), (ThemeChoice.LIGHT, LIGHT)):
            apply_theme(choice)
            ink = label.palette().color(label.foregroundRole())
            assert ink.name() == scheme.breached
            behind = QApplication.palette().color(QPalette.ColorRole.Window)
            assert contrast(ink, behind) >= MIN_CONTRAST
    finally:
        apply_theme(ThemeChoice.LIGHT)


def _click_ok(dialog: QDialog) -> None:
    """Click the dialog's accepting button (OK, Save or its renamed OK) as a person would."""
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    accepting = [
        button
        for button in box.buttons()
        if box.buttonRole(button) is QDialogButtonBox.ButtonRole.AcceptRole
    ]
    QTest.mouseClick(accepting[0], Qt.MouseButton.LeftButton)


def _ink_on(widget: QWidget, behind: QPalette.ColorRole) -> float:
    """Contrast of `widget`'s text against the colour its palette paints behind it."""
    palette = widget.palette()
    return contrast(palette.color(widget.foregroundRole()), palette.color(behind))


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen
def test_dialog_errors_stay_readable_after_a_live_switch_to_dark(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """Each dialog is open when the theme turns dark; the error it then shows is readable (the
    hard-coded dark reds were about 2.2:1 on the dark window)."""
    contact_id = ctx.contacts.create(ContactDraft(first_name="Pia", last_name="Lind")).id
    apply_theme(ThemeChoice.LIGHT)
    contact_form = ContactDialog(ctx)
    complaint = NewComplaintDialog(ctx)
    passphrase = PassphraseDialog(PromptReason.NEW, Path("x.db"))
    privacy = PrivacyTab(ctx, contact_id)
    for widget in (contact_form, complaint, passphrase, privacy):
        qtbot.addWidget(widget)
        widget.show()
    try:
        apply_theme(ThemeChoice.DARK)
        qtbot.keyClicks(contact_form.email, "not an address")
        _click_ok(contact_form)
        qtbot.keyClicks(complaint.customer_search, "nobody by this name")
        _click_ok(complaint)
        qtbot.keyClicks(passphrase.first, "short")
        qtbot.keyClicks(passphrase.second, "short")
        _click_ok(passphrase)
        errors = {
            "contact e-mail": contact_form.errors["email"],
            "complaint": complaint.error,
            "passphrase": passphrase.error,
        }
        for name, label in errors.items():
            assert label.isVisible(), name
            assert label.text(), name
            assert _ink_on(label, QPalette.ColorRole.Window) >= MIN_CONTRAST, name
        assert _ink_on(privacy.erase_button, QPalette.ColorRole.Button) >= MIN_CONTRAST
        assert all(dialog.isVisible() for dialog in (contact_form, complaint, passphrase))
    finally:
        apply_theme(ThemeChoice.LIGHT)
