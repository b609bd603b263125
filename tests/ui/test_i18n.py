"""Translations: the catalogues cover the UI, a language switch leaves no English behind in the
main window, the choice is remembered and rebuilds the window live, and numbers and dates follow
the chosen locale."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.config.paths import AppPaths
from app.config.ui_prefs import UiPrefs
from app.domain.enums import LifecycleStage
from app.services.contacts import ContactDraft
from app.ui import i18n
from app.ui.common.formatting import (
    format_date,
    format_datetime,
    format_money,
    format_number,
    format_percent,
)
from app.ui.controller import Controller
from app.ui.first_run import FirstRunDialog
from app.ui.i18n import (
    LANGUAGE_PREF,
    apply_language,
    available_languages,
    catalogue_source,
    compiled_catalogue,
    current_language,
    enum_label,
    preferred_language,
)
from app.ui.main_window import MainWindow
from app.ui.panes import PANES
from app.ui.security.dialogs import RecoveryKeyDialog
from app.ui.settings.base import SettingsContext
from app.ui.settings.language_page import LanguagePage
from defusedxml.ElementTree import parse as parse_xml
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

TRANSLATED = ("de", "es")


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QCoreApplication) -> Iterator[None]:
    """Every test leaves the process in English, as the rest of the suite expects."""
    yield
    apply_language("en")


def _plain(text: str) -> str:
    """Text as a person reads it: no accelerator marks, no shortcut after a tab."""
    text = text.split("\t", 1)[0]
    return re.sub(r"&(.)", r"\1", text).strip()


def _catalogue(code: str) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of every live message in the language's catalogue."""
    messages = []
    for context in parse_xml(catalogue_source(code)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            messages.append((name, message.findtext("source") or "", forms))
    return messages


def _untranslated_matchers(code: str) -> list[re.Pattern[str]]:
    """English source texts that must not be seen in `code` (those it translates differently,
    and that are not also a translation of something else); placeholders match anything."""
    messages = _catalogue(code)
    translations = {_plain(form) for _ctx, _src, forms in messages for form in forms}
    patterns = []
    for _ctx, source, forms in messages:
        english = _plain(source)
        if english in translations or all(_plain(f) == english for f in forms):
            continue
        pattern = re.escape(english)
        pattern = re.sub(r"%(?:\d|n)|\\\{\d\\\}", ".+", pattern)
        patterns.append(re.compile(pattern))
    return patterns


def _visible_texts(window: MainWindow) -> set[str]:
    """Every string the window shows now: menus, navigation, labels, buttons, fields, tabs,
    headers, combo items, tooltips and the status bar."""
    texts = {window.windowTitle()}
    menus = [action.menu() for action in window.menuBar().actions()]
    for menu in menus:
        assert isinstance(menu, QMenu)
        texts.add(menu.title())
        for action in menu.actions():
            texts.update((action.text(), action.toolTip()))
            if action.menu() is not None:
                menus.append(action.menu())
    for row in range(window.navigation.count()):
        texts.add(window.navigation.item(row).text())
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts.add(widget.toolTip())
        texts.add(widget.accessibleName())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTabBar):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            count = model.columnCount() if widget.orientation() == Qt.Orientation.Horizontal else 0
            texts.update(
                str(model.headerData(i, Qt.Orientation.Horizontal) or "") for i in range(count)
            )
    return {_plain(t) for t in texts if t and t.strip()}


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated_with_its_placeholders(code: str) -> None:
    messages = _catalogue(code)
    assert len(messages) > 500
    for context, source, forms in messages:
        for form in forms:
            assert form, f"{context}: {source!r} has no {code} translation"
            for mark in re.findall(r"%\d|\{\d\}", source):
                assert mark in form, f"{context}: {source!r} lost {mark} in {form!r}"
            if re.search(r"&[^&\s]", source.replace("&&", "")):
                assert re.search(r"&[^&\s]", form.replace("&&", "")), f"no accelerator: {form!r}"
    tree = parse_xml(catalogue_source(code)).getroot()
    plurals = [m for m in tree.iter("message") if m.get("numerus") == "yes"]
    assert plurals
    assert all(len(list(m.iter("numerusform"))) == 2 for m in plurals)


def test_catalogues_compile_and_languages_are_named_in_their_own_language() -> None:
    assert [(lang.code, lang.name) for lang in available_languages()] == [
        ("en", "English"),
        ("de", "Deutsch"),
        ("es", "Espa\N{LATIN SMALL LETTER N WITH TILDE}ol"),
    ]
    for code in TRANSLATED:
        compiled = compiled_catalogue(code)
        assert compiled is not None
        assert compiled.stat().st_size > 10_000


@pytest.mark.parametrize("code", TRANSLATED)
def test_no_english_left_in_the_main_window(qtbot: QtBot, ctx: AppContext, code: str) -> None:
    ctx.contacts.create(ContactDraft(first_name="Ada", last_name="Lovelace", company="Engines"))
    apply_language(code)
    assert current_language() == code
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    forbidden = _untranslated_matchers(code)
    seen: set[str] = set()
    for spec in PANES:
        window.show_pane(spec.key)
        qtbot.wait(50)  # let lazy panes fill their first page
        seen |= _visible_texts(window)
    leftovers = sorted(text for text in seen if any(p.fullmatch(text) for p in forbidden))
    assert leftovers == [], leftovers
    assert len(seen) > 80  # the walk really saw the window
    assert enum_label(LifecycleStage.LEAD) != "Lead"


def test_numbers_dates_and_money_follow_the_language(qapp: QCoreApplication) -> None:
    moment = datetime(2026, 3, 2, 10, 5, tzinfo=UTC)
    apply_language("de")
    assert format_number(1234.5, 2) == "1.234,50"
    assert format_number(1234567) == "1.234.567"
    assert format_percent(12.5) == "12,5\N{NO-BREAK SPACE}%"
    assert format_date(date(2026, 3, 2)) == "02.03.2026"
    assert format_money(123450, "EUR") == "1.234,50\N{NO-BREAK SPACE}\N{EURO SIGN}"
    assert format_datetime(moment).startswith("02.03.2026 ")
    apply_language("es")
    assert format_number(1234567.5, 2) == "1.234.567,50"
    assert format_date(date(2026, 3, 2)).endswith("/3/2026")
    apply_language("en")
    assert format_number(1234.5, 2) == "1,234.50"
    assert format_money(123450, "USD") == "$1,234.50"


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen
def test_language_page_saves_applies_and_rebuilds_the_window(
    qtbot: QtBot, paths: AppPaths, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(FirstRunDialog, "exec", lambda _dialog: 0)
    monkeypatch.setattr(RecoveryKeyDialog, "exec", lambda _dialog: 1)  # typed back elsewhere
    controller = Controller(paths)
    controller.open(str(db_path))
    try:
        first = controller.window
        assert first is not None
        assert controller.ctx is not None
        first.show_pane("complaints")
        page = LanguagePage(SettingsContext(controller.ctx, UiPrefs.load(paths.config_dir)))
        qtbot.addWidget(page)
        page.load()
        assert page.chosen == "en"
        assert page.title() == "Language"
        assert page.icon_name == "language"
        page.language_combo.setCurrentIndex(page.language_combo.findData("de"))
        assert "1.234.567" in page.preview.text()
        modal = first.open_settings()  # a dialog open on the old window
        assert QApplication.activeModalWidget() is modal
        assert page.apply() is True
        assert controller.window is first  # waits while a dialog is open on the old window
        modal.reject()
        rebuilt = controller.window
        assert rebuilt is not None
        assert rebuilt is not first
        assert rebuilt.current_pane_key == "complaints"
        assert rebuilt.menuBar().actions()[0].text() == "&Datei"
        assert rebuilt.navigation.item(0).text() == "Kontakte"
        assert UiPrefs.load(paths.config_dir).extra[LANGUAGE_PREF] == "de"
        assert preferred_language(UiPrefs.load(paths.config_dir)) == "de"
    finally:
        controller.close()


def test_qt_standard_buttons_follow_the_language(qapp: QCoreApplication) -> None:
    apply_language("de")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None
    assert cancel.text().replace("&", "") == "Abbrechen"


def test_a_checkout_without_qm_files_compiles_them_into_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "rapport_de.ts").write_bytes(catalogue_source("de").read_bytes())
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    compiled = compiled_catalogue("de")
    assert compiled is not None
    assert compiled.parent == i18n.cache_dir()
    assert not (folder / "rapport_de.qm").exists()
    assert compiled_catalogue("de") == compiled  # fresh: not compiled again
    translator = QTranslator()
    assert translator.load(str(compiled))
    assert translator.translate("Navigation", "Contacts") == "Kontakte"


@pytest.mark.parametrize(
    ("system", "stored", "expected"),
    [
        ("de_AT", None, "de"),
        ("fr_FR", None, "en"),
        ("es_MX", "de", "de"),
        ("es_MX", "xx", "es"),
    ],
)
def test_the_system_language_is_the_default_until_one_is_chosen(
    monkeypatch: pytest.MonkeyPatch, system: str, stored: str | None, expected: str
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(system)))
    prefs = UiPrefs()
    if stored is not None:
        prefs.extra[LANGUAGE_PREF] = stored
    assert preferred_language(prefs) == expected


def test_english_counts_have_their_plural_forms() -> None:
    """English is the source language, yet "%Ln case(s)" must read "1 case" and "3 cases": its
    catalogue holds every message with a count, both forms filled, no "(s)" left."""
    counted = {(ctx, src) for ctx, src, _forms in _catalogue("de") if "%Ln" in src or "(s)" in src}
    english = {(ctx, src): forms for ctx, src, forms in _catalogue("en")}
    assert counted <= set(english)
    for (context, source), forms in english.items():
        assert len(forms) == 2, f"{context}: {source!r}"
        assert all(form and "(s)" not in form for form in forms), f"{context}: {source!r}"
    apply_language("en")
    assert QCoreApplication.translate("ComplaintsPane", "%Ln case(s)", "", 1) == "1 case"
    assert QCoreApplication.translate("ComplaintsPane", "%Ln case(s)", "", 1182) == "1,182 cases"
