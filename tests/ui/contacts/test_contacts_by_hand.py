"""What a person meets in the contacts pane by hand (issue 18): the search folds German
spellings, the list keeps blanks last and shows the city, the 360° view shows how to reach the
person and money with its currency."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.domain.enums import MethodKind
from app.services.contacts import ContactDraft, MethodDraft
from app.storage.models import ContactStats
from app.ui.common.formatting import format_money
from app.ui.contacts.columns import COLUMN_WIDTHS
from app.ui.contacts.model import COLUMNS
from app.ui.contacts.profile import ContactProfileView
from app.ui.contacts.view import ContactsPane
from app.ui.help import GuideWindow
from app.ui.i18n import apply_language
from app.ui.import_export.export_dialog import ExportDialog
from app.ui.main_window import MainWindow
from app.ui.privacy.tab import PrivacyTab
from app.ui.timeline.view import ContactTimelineWidget
from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeyEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import shown_window

CTRL = Qt.KeyboardModifier.ControlModifier

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type `text` key by key; QTest types ASCII only, so other letters ('ü', 'ß') arrive as
    the key events a keyboard layout that has them sends."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


@pytest.fixture
def add(ctx: AppContext) -> Callable[..., list[int]]:
    def make(*drafts: ContactDraft) -> list[int]:
        return [ctx.contacts.create(d).id for d in drafts]

    return make


def _shown_pane(qtbot: QtBot, ctx: AppContext) -> ContactsPane:
    """The pane as wide as it is in a 1280 x 800 window, shown."""
    pane = ContactsPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1090, 700)
    pane.show()
    return pane


@pytest.mark.parametrize("typed", ["mueller", "Müller", "muller", "MUELLER"])
def test_search_folds_umlaut_spellings_both_ways(
    qtbot: QtBot, ctx: AppContext, add: Callable[..., list[int]], typed: str
) -> None:
    add(
        ContactDraft("Jürgen", "Müller"),
        ContactDraft("Hans", "Mueller"),
        ContactDraft("Eva", "Muller"),
        ContactDraft("Bob", "Stone", company="Große Straße GmbH"),
    )
    pane = _shown_pane(qtbot, ctx)
    type_text(qtbot, pane.search_box, typed)
    qtbot.waitUntil(
        lambda: sorted(pane.visible_names()) == ["Eva Muller", "Hans Mueller", "Jürgen Müller"]
    )


def test_search_finds_sharp_s_as_ss_and_the_reverse(
    qtbot: QtBot, ctx: AppContext, add: Callable[..., list[int]]
) -> None:
    add(
        ContactDraft("Bob", "Stone", company="Große Straße GmbH"),
        ContactDraft("Ann", "Rossi", company="Grosse Strasse AG"),
    )
    pane = _shown_pane(qtbot, ctx)
    for typed in ("strasse", "straße"):
        pane.search_box.clear()
        type_text(qtbot, pane.search_box, typed)
        qtbot.waitUntil(lambda: sorted(pane.visible_names()) == ["Ann Rossi", "Bob Stone"])


def _click_row(qtbot: QtBot, pane: ContactsPane, row: int) -> None:
    table = pane.table
    rect = table.visualRect(pane.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _open_first(qtbot: QtBot, pane: ContactsPane, name: str) -> ContactProfileView:
    """Click the first row; the 360° view once it shows `name`."""
    _click_row(qtbot, pane, 0)
    qtbot.waitUntil(lambda: pane.profile.name_label.text() == name)
    return pane.profile


def _click_header(qtbot: QtBot, pane: ContactsPane, key: str) -> None:
    header = pane.table.horizontalHeader()
    logical = [c.key for c in COLUMNS].index(key)
    x = header.sectionViewportPosition(logical) + header.sectionSize(logical) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_the_360_view_shows_how_to_reach_the_person_with_links(
    qtbot: QtBot, ctx: AppContext, add: Callable[..., list[int]]
) -> None:
    add(
        ContactDraft(
            "Anna",
            "Adler",
            email="anna@example.com",
            phone="+49 30 1234567",
            city="Berlin",
            job_title="Buyer",
            methods=(
                MethodDraft(MethodKind.ADDRESS, "Hauptstraße 1, 10115 Berlin", "work"),
                MethodDraft(MethodKind.EMAIL, "a.adler@example.org", "private"),
            ),
        ),
        ContactDraft("Bob", "Brown"),
    )
    pane = _shown_pane(qtbot, ctx)
    profile = _open_first(qtbot, pane, "Anna Adler")
    email = profile.reach_labels[MethodKind.EMAIL]
    assert 'href="mailto:anna@example.com"' in email.text()
    assert 'href="mailto:a.adler@example.org"' in email.text()
    assert 'href="tel:+49301234567"' in profile.reach_labels[MethodKind.PHONE].text()
    assert "Hauptstraße 1" in profile.reach_labels[MethodKind.ADDRESS].text()
    assert profile.reach_labels["city"].text() == "Berlin"
    assert email.isVisible()
    assert email.openExternalLinks()
    _click_row(qtbot, pane, 1)
    qtbot.waitUntil(lambda: profile.name_label.text() == "Bob Brown")
    assert not profile.reach_labels[MethodKind.EMAIL].isVisible()  # nothing to show: no row


def test_lifetime_value_in_the_360_view_and_the_list_carries_the_currency(
    qtbot: QtBot, ctx: AppContext, add: Callable[..., list[int]]
) -> None:
    (anna,) = add(ContactDraft("Anna", "Adler"))
    with ctx.db.write() as session:
        session.add(ContactStats(contact_id=anna, lifetime_value_minor=123456, order_count=3))
    pane = _shown_pane(qtbot, ctx)
    _click_row(qtbot, pane, 0)
    qtbot.waitUntil(lambda: pane.profile.contact_id == anna)
    assert pane.profile.figure_labels["ltv"].text() == format_money(123456, "EUR")
    assert "€" in format_money(123456, "EUR")
    ltv = [c.key for c in COLUMNS].index("lifetime_value")
    assert pane.model.index(0, ltv).data() == format_money(123456, "EUR")  # the list too


def _inside(widget: QWidget, outer: QWidget) -> bool:
    """Whether `widget` is shown whole inside `outer` (not clipped or scrolled away)."""
    top_left = widget.mapTo(outer, QPoint(0, 0))
    return widget.isVisible() and outer.rect().contains(
        QRect(top_left, widget.size()), proper=False
    )


def test_every_tab_and_channel_chip_of_the_360_view_is_whole_at_the_default_width(
    qtbot: QtBot, ctx: AppContext, add: Callable[..., list[int]]
) -> None:
    add(ContactDraft("Anna", "Adler"))
    pane = _shown_pane(qtbot, ctx)
    _click_row(qtbot, pane, 0)
    profile = pane.profile
    qtbot.waitUntil(lambda: profile.contact_id is not None)
    assert profile.width() <= 330  # the view's default width beside the list
    qtbot.waitUntil(lambda: all(_inside(b, profile) for b in profile.tab_buttons.buttons()))
    timeline = profile.tab_widget.currentWidget()
    assert isinstance(timeline, ContactTimelineWidget)
    chips = list(timeline.view.channel_buttons.values())
    qtbot.waitUntil(lambda: all(_inside(chip, profile) for chip in chips))
    orders = next(b for b in profile.tab_buttons.buttons() if b.text() == "Orders")
    qtbot.mouseClick(orders, Qt.MouseButton.LeftButton)
    assert profile.tab_widget.tabText(profile.tab_widget.currentIndex()) == "Orders"
    assert orders.isChecked()


@pytest.fixture
def in_language() -> Iterator[Callable[[str], None]]:
    """Switch the interface language for one test; English again afterwards."""
    yield apply_language
    apply_language("en")


@pytest.mark.parametrize("language", ["en", "de"])
def test_column_titles_are_never_clipped_and_values_of_the_first_page_fit(
    qtbot: QtBot,
    ctx: AppContext,
    add: Callable[..., list[int]],
    language: str,
    in_language: Callable[[str], None],
) -> None:
    add(
        ContactDraft(
            "Bartholomäus",
            "Vandenberghe-Oppenheimer",
            email="bartholomaeus.vandenberghe@grosshandel-beispiel.de",
            phone="+49 30 12345678",
            company="Großhandel Nordrhein-Westfalen",
        )
    )
    in_language(language)
    pane = _shown_pane(qtbot, ctx)
    header = pane.table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in COLUMNS:  # the hidden ones too, once shown from the header's menu
        pane.set_column_visible(column.key, True)
    for logical, column in enumerate(COLUMNS):
        assert header.sectionSize(logical) > metrics.horizontalAdvance(column.title()), column.key
    phone = [c.key for c in COLUMNS].index("phone")
    assert header.sectionSize(phone) > metrics.horizontalAdvance("+49 30 12345678")


def test_blank_phones_and_cities_sort_last_in_both_directions(
    qtbot: QtBot, ctx: AppContext, add: Callable[..., list[int]]
) -> None:
    add(
        ContactDraft("Anna", "Adler"),
        ContactDraft("Bob", "Brown", phone="+49 30 1111111", city="Bonn"),
        ContactDraft("Cleo", "Cole", phone="+49 30 2222222", city="Aachen"),
    )
    pane = _shown_pane(qtbot, ctx)
    for key, ascending, descending in (
        ("phone", ["Bob Brown", "Cleo Cole"], ["Cleo Cole", "Bob Brown"]),
        ("city", ["Cleo Cole", "Bob Brown"], ["Bob Brown", "Cleo Cole"]),
    ):
        _click_header(qtbot, pane, key)
        qtbot.waitUntil(lambda want=ascending: pane.visible_names() == [*want, "Anna Adler"])
        _click_header(qtbot, pane, key)
        qtbot.waitUntil(lambda want=descending: pane.visible_names() == [*want, "Anna Adler"])


def test_the_city_is_a_column_of_the_list_that_can_be_hidden(
    qtbot: QtBot, ctx: AppContext, add: Callable[..., list[int]]
) -> None:
    add(ContactDraft("Anna", "Adler", city="Leipzig"))
    pane = _shown_pane(qtbot, ctx)
    city = [c.key for c in COLUMNS].index("city")
    assert "city" in pane.visible_columns()
    assert pane.model.index(0, city).data() == "Leipzig"
    pane.set_column_visible("city", False)
    assert "city" not in pane.visible_columns()


def _export_dialog(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    qtbot.keyClick(
        window.focusWidget() or window,
        Qt.Key.Key_E,
        modifier=Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is not None)
    dialog = window.findChild(ExportDialog)
    assert isinstance(dialog, ExportDialog)
    return dialog


def _export_to(qtbot: QtBot, dialog: ExportDialog, target: Path) -> list[str]:
    dialog.path_edit.setText(str(target))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.task is None and "Exported" in dialog.status.text())
    with target.open(encoding="utf-8") as handle:
        return [row["Last Name"] for row in csv.DictReader(handle)]


def test_export_offers_the_current_search_and_the_selection(
    qtbot: QtBot, ctx: AppContext, add: Callable[..., list[int]], tmp_path: Path
) -> None:
    add(
        ContactDraft("Jürgen", "Müller"),
        ContactDraft("Hans", "Mueller"),
        ContactDraft("Bob", "Stone"),
        ContactDraft("Cleo", "Cole"),
    )
    window = shown_window(qtbot, ctx)
    window.show_pane("contacts")
    pane = window.pane("contacts")
    assert isinstance(pane, ContactsPane)
    qtbot.keyClicks(pane.search_box, "mueller")
    qtbot.waitUntil(lambda: len(pane.visible_names()) == 2)
    dialog = _export_dialog(qtbot, window)
    assert (
        dialog.scope_combo.currentText() == "Contacts found by “mueller” with the current filters"
    )
    assert sorted(_export_to(qtbot, dialog, tmp_path / "found.csv")) == ["Mueller", "Müller"]
    dialog.close()
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is None)  # closed and deleted
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    pane.search_box.clear()
    qtbot.waitUntil(lambda: len(pane.visible_names()) == 4)
    table = pane.table
    for row, modifier in ((0, Qt.KeyboardModifier.NoModifier), (1, CTRL)):
        rect = table.visualRect(pane.model.index(row, 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    dialog = _export_dialog(qtbot, window)
    assert dialog.scope_combo.currentText() == "The 2 selected contacts"
    assert sorted(_export_to(qtbot, dialog, tmp_path / "chosen.csv")) == ["Cole", "Stone"]


def test_f1_shows_the_user_guide_inside_the_app_with_its_pictures(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = shown_window(qtbot, ctx)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(GuideWindow) is not None)
    guide = window.findChild(GuideWindow)
    assert isinstance(guide, GuideWindow)
    qtbot.waitExposed(guide)
    assert opened == []  # no outside program asked to open a Markdown file
    document = guide.browser.document()
    assert "Contacts" in document.toPlainText()
    picture = QUrl("images/contacts-en-light.png")
    image = document.resource(QTextDocument.ResourceType.ImageResource.value, picture)
    assert isinstance(image, QImage)
    assert 0 < image.width() <= guide.browser.viewport().width()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)  # once: raised, not doubled
    assert len(window.findChildren(GuideWindow)) == 1


def test_after_an_erase_the_name_leaves_the_list_and_the_360_view_at_once(
    qtbot: QtBot, ctx: AppContext, add: Callable[..., list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    (anna,) = add(ContactDraft("Anna", "Adler", email="anna@example.com", city="Bonn"))
    pane = _shown_pane(qtbot, ctx)
    profile = _open_first(qtbot, pane, "Anna Adler")
    privacy = next(b for b in profile.tab_buttons.buttons() if b.text().startswith("Privacy"))
    qtbot.mouseClick(privacy, Qt.MouseButton.LeftButton)
    tab = profile.tab_widget.currentWidget()
    assert isinstance(tab, PrivacyTab)
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: yes)  # the person confirms
    qtbot.mouseClick(tab.erase_button, Qt.MouseButton.LeftButton)
    assert ctx.privacy.is_erased(anna)
    assert "Anna" not in profile.name_label.text()
    assert "anna@example.com" not in profile.reach_labels[MethodKind.EMAIL].text()
    assert "Anna Adler" not in pane.visible_names()


def test_selected_export_opens_the_export_for_the_selected_rows(
    qtbot: QtBot, ctx: AppContext, add: Callable[..., list[int]], tmp_path: Path
) -> None:
    add(ContactDraft("Anna", "Adler"), ContactDraft("Bob", "Brown"), ContactDraft("Cleo", "Cole"))
    pane = _shown_pane(qtbot, ctx)
    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_A, CTRL)
    pane.export_action.trigger()  # Selected ▸ Export…
    dialog = pane.findChild(ExportDialog)
    assert isinstance(dialog, ExportDialog)
    assert dialog.scope_combo.currentText() == "The 3 selected contacts"
    assert sorted(_export_to(qtbot, dialog, tmp_path / "all.csv")) == ["Adler", "Brown", "Cole"]


def test_an_empty_list_opens_with_readable_column_widths(qtbot: QtBot, ctx: AppContext) -> None:
    """Fitted to no rows, the columns keep their least widths for the contacts to come."""
    pane = _shown_pane(qtbot, ctx)
    header = pane.table.horizontalHeader()
    for logical, column in enumerate(COLUMNS):
        if not header.isSectionHidden(logical):
            assert header.sectionSize(logical) >= COLUMN_WIDTHS[column.key][0], column.key
