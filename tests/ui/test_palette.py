"""The command palette finds and runs actions, panes and contacts from the keyboard; menus show
their shortcuts; the Help menu's guide and shortcut list."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.config.ui_prefs import UiPrefs
from app.services.contacts import ContactDraft
from app.ui.actions import GLOBAL_ACTIONS
from app.ui.help import open_user_guide
from app.ui.main_window import MainWindow
from app.ui.palette import PaletteEntry, fuzzy_score, ranked
from app.ui.panes import PANES
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.helpers import shown_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    return shown_window(qtbot, ctx)


def _type(qtbot: QtBot, window: MainWindow, text: str) -> None:
    palette = window.command_palette
    assert palette is not None
    qtbot.keyClicks(palette.edit, text)


def _open_palette(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: window.command_palette is not None and window.command_palette.isVisible()
    )


def test_ctrl_k_finds_a_pane_and_enter_opens_it(window: MainWindow, qtbot: QtBot) -> None:
    _open_palette(qtbot, window)
    palette = window.command_palette
    assert palette is not None
    assert palette.edit.hasFocus()
    _type(qtbot, window, "tasks")
    assert palette.titles()[0] == "Open Tasks"
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert not palette.isVisible()
    assert window.current_pane_key == "tasks"


def test_recent_actions_come_first_and_are_remembered(
    window: MainWindow, qtbot: QtBot, ctx: AppContext
) -> None:
    _open_palette(qtbot, window)
    _type(qtbot, window, "timeline")
    qtbot.keyClick(window.command_palette.edit, Qt.Key.Key_Enter)  # type: ignore[union-attr]
    assert window.current_pane_key == "timeline"
    _open_palette(qtbot, window)
    palette = window.command_palette
    assert palette is not None
    assert palette.edit.text() == ""
    assert palette.titles()[0] == "Open Timeline"
    assert UiPrefs.load(ctx.paths.config_dir).extra["palette_recent"] == ["pane:timeline"]
    qtbot.keyClick(palette.edit, Qt.Key.Key_Escape)
    assert not palette.isVisible()


def test_arrow_keys_choose_and_enter_runs_the_chosen_action(
    window: MainWindow, qtbot: QtBot
) -> None:
    _open_palette(qtbot, window)
    _type(qtbot, window, "open")
    palette = window.command_palette
    assert palette is not None
    titles = palette.titles()
    target = titles.index("Open Timeline")
    assert titles[target - 1] == "Open Contacts"  # menu order among equal matches
    for _ in range(target + 1):
        qtbot.keyClick(palette.edit, Qt.Key.Key_Down)
    qtbot.keyClick(palette.edit, Qt.Key.Key_Up)
    assert palette.list.currentRow() == target
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert window.current_pane_key == "timeline"


def test_a_contact_opens_by_name(window: MainWindow, qtbot: QtBot, ctx: AppContext) -> None:
    zelda = ctx.contacts.create(ContactDraft(first_name="Zelda", last_name="Quist"))
    for first, last in (("Anna", "Berg"), ("Zeno", "Arndt")):
        ctx.contacts.create(ContactDraft(first_name=first, last_name=last))
    _open_palette(qtbot, window)
    _type(qtbot, window, "zel qu")
    palette = window.command_palette
    assert palette is not None
    assert palette.titles() == ["Contact: Zelda Quist"]
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert window.current_pane_key == "contacts"
    pane = window.pane("contacts")
    row = pane.table.currentIndex().row()  # type: ignore[attr-defined]
    assert pane.model.id_at(row) == zelda.id  # type: ignore[attr-defined]


def test_every_global_action_and_pane_is_in_the_palette_with_its_shortcut(
    window: MainWindow,
) -> None:
    entries = {e.key: e for e in window.palette_entries()}
    for spec in GLOBAL_ACTIONS:
        if spec.key == "palette.open":
            continue
        assert spec.key in entries, spec.key
        action = window.global_actions[spec.key]
        assert entries[spec.key].shortcut == action.shortcut().toString()
    for number, spec in enumerate(PANES, start=1):
        entry = entries[f"pane:{spec.key}"]
        assert entry.title == f"Open {spec.title()}"
        assert entry.shortcut == f"Ctrl+{number}"
    assert entries["settings.open"].shortcut == "Ctrl+,"
    assert any(e.title.startswith("Back Up") for e in entries.values())  # security's File menu


def test_menus_show_shortcuts_with_standard_keys(window: MainWindow) -> None:
    shown = {
        action.text().replace("&", ""): action.shortcut().toString()
        for _m, action in window.menu_actions()
    }
    assert shown["New Contact…"] == "Ctrl+N"
    assert shown["Open Database…"] == "Ctrl+O"
    assert shown["Quit"] == "Ctrl+Q"
    assert shown["Command Palette…"] == "Ctrl+K"
    assert shown["User Guide"] == "F1"
    assert shown["Keyboard Shortcuts"] == "Ctrl+/"


def test_keyboard_shortcuts_lists_every_action(window: MainWindow, qtbot: QtBot) -> None:
    dialog = window.show_shortcuts()
    qtbot.addWidget(dialog)
    rows = dict(dialog.rows())
    for spec in GLOBAL_ACTIONS:
        title = spec.title().replace("&", "")
        assert title in rows
        assert rows[title] == window.global_actions[spec.key].shortcut().toString()
    assert rows["Dashboard"] == "Ctrl+5"
    dialog.close()


def test_user_guide_missing_gives_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    assert open_user_guide(None, tmp_path / "docs" / "user-guide.md") is None
    assert said
    assert "user guide is missing" in said[0]
    assert str(tmp_path / "docs" / "user-guide.md") in said[0]


def _entry(title: str) -> PaletteEntry:
    return PaletteEntry(title, title, "", None, lambda: None)


def test_fuzzy_match_prefers_word_starts() -> None:
    entries = [_entry(t) for t in ("Cancel Import", "New Contact…", "Open Contacts")]
    assert next(e.title for e in ranked("nc", entries, [])) == "New Contact…"
    assert ranked("xyz", entries, []) == []
    assert next(e.title for e in ranked("", entries, ["Open Contacts"])) == "Open Contacts"


@given(st.text(max_size=20), st.text(max_size=40))
def test_fuzzy_score_matches_exactly_the_subsequences(query: str, text: str) -> None:
    needle = query.casefold().replace(" ", "")
    hay = iter(text.casefold())
    is_subsequence = all(char in hay for char in needle)
    assert (fuzzy_score(query, text) is not None) == is_subsequence


def test_palette_closes_on_escape_without_running(window: MainWindow, qtbot: QtBot) -> None:
    _open_palette(qtbot, window)
    _type(qtbot, window, "dash")
    qtbot.keyClick(window.command_palette.edit, Qt.Key.Key_Escape)  # type: ignore[union-attr]
    assert window.current_pane_key == "contacts"
    assert QApplication.activePopupWidget() is None


WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def _bindings(window: MainWindow) -> list[tuple[str, str, bool]]:
    """(keys, what, window-wide) for every shortcut of the window's actions and QShortcuts."""
    found = []
    for action in window.findChildren(QAction):
        for keys in action.shortcuts():
            name = action.text().replace("&", "") or action.objectName()
            found.append((keys.toString(), name, action.shortcutContext() in WINDOW_WIDE))
    for shortcut in window.findChildren(QShortcut):
        wide = shortcut.context() in WINDOW_WIDE
        found.append((shortcut.key().toString(), shortcut.parent().objectName(), wide))
    return [b for b in found if b[0]]


def test_no_two_actions_share_a_shortcut(window: MainWindow) -> None:
    for spec in PANES:
        window.show_pane(spec.key)  # every pane built, with its own actions
    bindings = _bindings(window)
    wide: dict[str, list[str]] = {}
    for keys, name, is_wide in bindings:
        if is_wide:
            wide.setdefault(keys, []).append(name)
    assert {k: v for k, v in wide.items() if len(v) > 1} == {}
    # a pane's own keys (its table's Delete, Ctrl+Z...) must not hide a window-wide one
    local = {keys for keys, _name, is_wide in bindings if not is_wide}
    assert "Del" in local  # the panes' own keys were looked at too
    assert local & set(wide) == set()


def test_file_and_help_entries_have_shortcuts_in_menus_palette_and_list(
    window: MainWindow, qtbot: QtBot
) -> None:
    expected = {
        "New Database…": "Ctrl+Shift+D",
        "Restore from Backup…": "Ctrl+Shift+R",
        "Encryption…": "Ctrl+Shift+L",
        "Audit Log…": "Ctrl+Shift+H",
        "About Rapport": "Ctrl+Shift+F1",
    }
    shown = {a.text().replace("&", ""): a.shortcut().toString() for _m, a in window.menu_actions()}
    assert {title: shown[title] for title in expected} == expected
    palette = {e.title: e.shortcut for e in window.palette_entries()}
    assert {title: palette[title] for title in expected} == expected
    dialog = window.show_shortcuts()
    qtbot.addWidget(dialog)
    rows = dict(dialog.rows())
    assert {title: rows[title] for title in expected} == expected
    dialog.close()


def test_palette_rows_hold_their_icons_and_titles_line_up(window: MainWindow, qtbot: QtBot) -> None:
    _open_palette(qtbot, window)
    palette = window.command_palette
    assert palette is not None
    rows = palette.list
    icon = rows.iconSize()
    rects = [rows.visualItemRect(rows.item(i)) for i in range(min(rows.count(), 12))]
    assert all(r.height() >= icon.height() + 4 for r in rects)  # icons stay inside their row
    assert all(a.bottom() < b.top() for a, b in pairwise(rects))
    assert all(not rows.item(i).icon().isNull() for i in range(rows.count()))  # aligned titles


def test_palette_finds_settings_and_audit_by_privacy_and_says_when_nothing_matches(
    window: MainWindow, qtbot: QtBot
) -> None:
    _open_palette(qtbot, window)
    palette = window.command_palette
    assert palette is not None
    _type(qtbot, window, "privacy")
    assert palette.titles()[:2] == ["Settings…", "Audit Log…"]
    assert not palette.nothing.isVisible()
    palette.edit.clear()
    _type(qtbot, window, "zzqx")
    assert palette.titles() == []
    assert palette.nothing.isVisible()
    assert palette.nothing.text() == "No command, pane or contact matches “zzqx”."
