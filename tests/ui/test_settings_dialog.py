"""Settings: invalid values refused beside their field, valid ones saved and applied live;
the theme switch; the first-run business questions."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from app.bootstrap import AppContext
from app.config.ui_prefs import UiPrefs
from app.domain.enums import Channel, Priority
from app.services.complaints import ComplaintDraft
from app.services.contacts import ContactDraft
from app.services.settings import BusinessSettings, StaffMember
from app.storage.models import Contact
from app.ui.first_run import FirstRunDialog
from app.ui.i18n import apply_language
from app.ui.icons import icon, icon_names
from app.ui.main_window import MainWindow
from app.ui.settings.base import _country_names, country_name, region_combo
from app.ui.settings.dialog import SettingsDialog
from app.ui.settings.pages import (
    SETTINGS_PAGES,
    AppearancePage,
    BackupsPage,
    BusinessPage,
    CategoriesPage,
    CustomFieldsPage,
    HoursPage,
    PrivacyPage,
    SlaPage,
    StaffPage,
)
from app.ui.theme import ThemeChoice, apply_theme, is_dark, theme_signals
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> Iterator[MainWindow]:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    yield win
    apply_theme(ThemeChoice.LIGHT)


@pytest.fixture
def dialog(qtbot: QtBot, window: MainWindow) -> SettingsDialog:
    dlg = SettingsDialog(window.settings_context(), window)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


P = TypeVar("P")


def page(dialog: SettingsDialog, kind: type[P]) -> P:
    found = next(p for p in dialog.pages if isinstance(p, kind))
    dialog.show_page(dialog.pages.index(found))  # type: ignore[arg-type]
    return found


def error_beside(page_widget: QWidget, field: QWidget) -> str:
    label = page_widget._errors[field]  # type: ignore[attr-defined]
    return str(label.text()) if label.isVisible() else ""


def test_every_page_has_a_title_and_an_icon(dialog: SettingsDialog) -> None:
    assert len(dialog.pages) == len(SETTINGS_PAGES) == dialog.page_list.count()
    for index, settings_page in enumerate(dialog.pages):
        assert dialog.page_list.item(index).text() == settings_page.title()
        assert not icon(settings_page.icon_name).isNull()


def test_a_bad_currency_is_refused_beside_its_field_and_nothing_is_saved(
    dialog: SettingsDialog, ctx: AppContext
) -> None:
    business = page(dialog, BusinessPage)
    business.currency.setText("E1")
    business.name.setText("Müller Bakery")
    dialog.show_page(0)
    assert not dialog.apply()
    assert "'E1' is not a three-letter currency code" in error_beside(business, business.currency)
    assert error_beside(business, business.name) == ""
    assert ctx.settings.business().name == ""  # nothing saved
    assert dialog.isVisible()


def test_business_settings_apply_live(dialog: SettingsDialog, ctx: AppContext) -> None:
    business = page(dialog, BusinessPage)
    business.name.setText("Müller Bakery")
    business.currency.setText("chf")
    business.region.setCurrentIndex(business.region.findData("CH"))
    business.margin.setValue(40)
    assert dialog.apply()
    saved = ctx.settings.business()
    assert (saved.name, saved.currency, saved.phone_region) == ("Müller Bakery", "CHF", "CH")
    assert saved.gross_margin == pytest.approx(0.4)
    # a phone typed without a country code is now read as Swiss, without a restart
    row = ctx.contacts.create(ContactDraft(first_name="Heidi", phone="044 668 18 00"))
    with ctx.db.read() as session:
        assert session.get(Contact, row.id).phone_norm == "+41446681800"  # type: ignore[union-attr]
    assert ctx.imports.currency == "CHF"


def test_working_hours_apply_to_open_complaints_clock(
    dialog: SettingsDialog, ctx: AppContext
) -> None:
    contact = ctx.contacts.create(ContactDraft(first_name="Ola"))
    case = ctx.complaints.open(
        ComplaintDraft(contact.id, Channel.EMAIL, "late delivery", Priority.NORMAL, "Late.")
    )
    before = ctx.complaints.get(case.id).resolution_due_at
    hours = page(dialog, HoursPage)
    hours.days["mon"].setText("25:00-26:00")
    assert not dialog.apply()
    assert error_beside(hours, hours.days["mon"])
    for day in ("mon", "tue", "wed", "thu", "fri"):
        hours.days[day].setText("09:00-13:00")
    assert dialog.apply()
    after = ctx.complaints.get(case.id).resolution_due_at
    assert before is not None
    assert after is not None
    assert after - before >= timedelta(hours=12)  # half the hours a day: due days later


def _apply_by_click(qtbot: QtBot, dialog: SettingsDialog) -> None:
    apply_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Apply)
    qtbot.mouseClick(apply_button, Qt.MouseButton.LeftButton)


def test_public_holidays_are_picked_and_own_closing_days_listed(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext
) -> None:
    """Country and region picked by typing their names, this year's holidays shown; a closing
    day added with its name and one removed; all of it stored and the SLA clock skips them."""
    hours = page(dialog, HoursPage)
    picker, closing = hours.public_holidays, hours.closing_days
    assert picker.country.currentData() == ""
    assert not picker.shown.isVisible()
    assert not picker.region.isEnabled()
    picker.country.setFocus()
    qtbot.keyClicks(picker.country, "Germany")
    assert picker.country.currentData() == "DE"
    qtbot.keyClicks(picker.region, "Bayern")
    assert picker.region.currentData() == "BY"
    shown = [picker.shown.item(i).text() for i in range(picker.shown.count())]
    assert any(line.endswith("· Epiphany") for line in shown)  # Bavaria's, not Berlin's
    for day, name in ((QDate(2026, 3, 3), "Stocktaking"), (QDate(2026, 3, 4), "Slip")):
        closing.day.setDate(day)
        qtbot.keyClicks(closing.name, name)
        qtbot.mouseClick(closing.add_button, Qt.MouseButton.LeftButton)
    assert closing.table.rowCount() == 2
    assert not closing.remove_button.isEnabled()
    slip = closing.table.visualItemRect(closing.table.item(1, 1)).center()
    qtbot.mouseClick(closing.table.viewport(), Qt.MouseButton.LeftButton, pos=slip)
    qtbot.mouseClick(closing.remove_button, Qt.MouseButton.LeftButton)
    assert closing.days() == ["2026-03-03"]
    _apply_by_click(qtbot, dialog)
    saved = ctx.settings.complaints()
    assert (saved.holiday_country, saved.holiday_region) == ("DE", "BY")
    assert (saved.holidays, saved.holiday_names) == (["2026-03-03"], {"2026-03-03": "Stocktaking"})
    contact = ctx.contacts.create(ContactDraft(first_name="Ola"))
    case = ctx.complaints.open(  # Monday 10:00 UTC, 8 business hours; Tuesday is closed
        ComplaintDraft(contact.id, Channel.EMAIL, "late delivery", Priority.NORMAL, "Late.")
    )
    assert ctx.complaints.get(case.id).first_response_due_at == datetime(2026, 3, 4, 10, tzinfo=UTC)
    reopened = SettingsDialog(dialog.ctx)
    qtbot.addWidget(reopened)
    again = page(reopened, HoursPage)
    assert again.public_holidays.chosen() == ("DE", "BY")
    assert again.closing_days.names() == {"2026-03-03": "Stocktaking"}


def test_sla_targets_need_first_response_before_resolution(
    dialog: SettingsDialog, ctx: AppContext
) -> None:
    sla = page(dialog, SlaPage)
    first, resolution = sla.targets[Priority.URGENT]
    first.setValue(10)
    resolution.setValue(5)
    assert not dialog.apply()
    assert "urgent SLA" in error_beside(sla, first.parentWidget())
    resolution.setValue(12)
    assert dialog.apply()
    assert ctx.settings.complaints().targets(Priority.URGENT) == (10.0, 12.0)


def test_complaint_lists_refuse_empty_and_repeated_entries(
    dialog: SettingsDialog, ctx: AppContext
) -> None:
    lists = page(dialog, CategoriesPage)
    lists.categories.setPlainText("late delivery\nLate delivery")
    assert not dialog.apply()
    assert "same entry twice" in error_beside(lists, lists.categories)
    lists.categories.setPlainText("late delivery\nrude staff")
    lists.root_causes.setPlainText("")
    assert not dialog.apply()
    assert "at least one entry" in error_beside(lists, lists.root_causes)
    lists.root_causes.setPlainText("carrier")
    assert dialog.apply()
    saved = ctx.settings.complaints()
    assert (saved.categories, saved.root_causes) == (["late delivery", "rude staff"], ["carrier"])


def test_staff_page_adds_and_deactivates_people(dialog: SettingsDialog, ctx: AppContext) -> None:
    ctx.settings.save_staff(StaffMember(0, "Tim Vogel", "", True))
    staff = page(dialog, StaffPage)
    staff.load()
    staff.add_person()
    item = staff.table.item(1, 1)
    assert item is not None
    item.setText("not-an-address")
    staff.table.item(1, 0).setText("Eva Roth")  # type: ignore[union-attr]
    assert not dialog.apply()
    assert "'not-an-address' is not a valid e-mail" in error_beside(staff, staff.table)
    item.setText("eva@example.com")
    staff.table.cellWidget(0, 2).setChecked(False)  # type: ignore[union-attr]
    assert dialog.apply()
    assert [(m.name, m.active) for m in ctx.settings.staff()] == [
        ("Eva Roth", True),
        ("Tim Vogel", False),
    ]


def test_backup_folder_that_cannot_be_written_is_refused(
    dialog: SettingsDialog, ctx: AppContext, tmp_path: Path
) -> None:
    blocker = tmp_path / "plain-file"
    blocker.write_text("x")
    backups = page(dialog, BackupsPage)
    backups.folder.setText(str(blocker / "backups"))
    assert not dialog.apply()
    assert "cannot be created (Not a directory)" in error_beside(
        backups, backups.folder.parentWidget()
    )
    backups.folder.setText(str(tmp_path / "backups"))
    backups.keep_daily.setValue(14)
    assert dialog.apply()
    assert ctx.backups.folder() == tmp_path / "backups"
    assert ctx.settings.backups().keep_daily == 14


def test_privacy_retention_zero_means_off(dialog: SettingsDialog, ctx: AppContext) -> None:
    privacy = page(dialog, PrivacyPage)
    assert privacy.retention.text() == "Off"
    privacy.retention.setValue(36)
    assert dialog.apply()
    assert ctx.settings.business().retention_months == 36


def test_theme_switches_live_and_is_remembered(
    dialog: SettingsDialog, ctx: AppContext, qtbot: QtBot
) -> None:
    appearance = page(dialog, AppearancePage)
    appearance.choices[ThemeChoice.DARK].setChecked(True)
    with qtbot.waitSignal(theme_signals().changed) as changed:
        assert dialog.apply()
    assert changed.args == [True]
    assert is_dark()
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
    assert window_colour.lightness() < 60
    assert UiPrefs.load(ctx.paths.config_dir).extra["theme"] == "dark"
    appearance.choices[ThemeChoice.LIGHT].setChecked(True)
    assert dialog.apply()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_icons_recolour_for_the_theme() -> None:
    assert {"contacts", "settings", "breached", "palette", "call", "survey"} <= set(icon_names())
    apply_theme(ThemeChoice.LIGHT)
    light = icon("settings").pixmap(48, 48).toImage()
    apply_theme(ThemeChoice.DARK)
    dark = icon("settings").pixmap(48, 48).toImage()
    apply_theme(ThemeChoice.LIGHT)

    def darkest(image: object) -> int:
        return min(
            image.pixelColor(x, y).lightness()  # type: ignore[attr-defined]
            for x in range(48)
            for y in range(48)
            if image.pixelColor(x, y).alpha() > 200  # type: ignore[attr-defined]
        )

    assert darkest(light) < 60 < darkest(dark)


def test_settings_opens_from_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    action = window.global_actions["settings.open"]
    assert action.shortcut().toString() == "Ctrl+,"
    qtbot.keyClick(window, ",", modifier=qtbot_ctrl())
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SettingsDialog))
    settings = QApplication.activeModalWidget()
    assert settings is not None
    settings.close()


def qtbot_ctrl():
    from PySide6.QtCore import Qt  # noqa: PLC0415

    return Qt.KeyboardModifier.ControlModifier


def test_first_run_saves_business_name_currency_and_region(qtbot: QtBot, ctx: AppContext) -> None:
    from app.ui.controller import save_first_run_business  # noqa: PLC0415

    dialog = FirstRunDialog(ctx.location, encrypted=True, business=ctx.settings.business())
    qtbot.addWidget(dialog)
    assert "encrypted" in dialog.security.text()
    assert dialog.where.text() == ctx.location
    dialog.name.setText("Café Sol")
    dialog.currency.setText("E")
    dialog.empty_button.click()
    assert dialog.result() != FirstRunDialog.DialogCode.Accepted  # refused beside the field
    assert "'E' is not a three-letter currency code" in dialog.currency_error.text()
    dialog.currency.setText("eur")
    dialog.region.setCurrentIndex(dialog.region.findData("ES"))
    dialog.empty_button.click()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    save_first_run_business(ctx, dialog)
    saved = ctx.settings.business()
    assert (saved.name, saved.currency, saved.phone_region) == ("Café Sol", "EUR", "ES")
    assert ctx.contacts.phone_region == "ES"


def test_first_run_says_when_the_file_is_not_encrypted(qtbot: QtBot) -> None:
    dialog = FirstRunDialog("/data/rapport.db", encrypted=False)
    qtbot.addWidget(dialog)
    assert "not encrypted" in dialog.security.text()


def test_empty_states_show_their_pane_icon_and_redraw_on_a_theme_switch(
    window: MainWindow,
) -> None:
    from app.ui.common.empty_state import EmptyState  # noqa: PLC0415

    state = window.pane("contacts").empty  # type: ignore[attr-defined]
    assert isinstance(state, EmptyState)
    apply_theme(ThemeChoice.LIGHT)
    light = state.icon_label.pixmap().toImage()
    apply_theme(ThemeChoice.DARK)
    dark = state.icon_label.pixmap().toImage()
    assert not light.isNull()
    assert light != dark  # drawn again in the dark theme's muted colour


def test_a_refusal_on_a_later_page_saves_nothing_from_earlier_pages(
    dialog: SettingsDialog, ctx: AppContext
) -> None:
    business = page(dialog, BusinessPage)
    business.name.setText("Müller Bakery")  # valid, on the first page
    sla = page(dialog, SlaPage)
    first, resolution = sla.targets[Priority.HIGH]
    first.setValue(30)  # invalid: after the resolution target
    resolution.setValue(20)
    privacy = page(dialog, PrivacyPage)
    privacy.retention.setValue(24)  # valid, on a page after the refusing one
    dialog.show_page(0)
    assert not dialog.apply()
    assert dialog.page_list.currentRow() == dialog.pages.index(sla)  # type: ignore[arg-type]
    assert "high SLA" in error_beside(sla, first.parentWidget())
    assert ctx.settings.business() == BusinessSettings()  # neither the name nor the retention
    assert ctx.settings.complaints().targets(Priority.HIGH) == (4.0, 16.0)
    resolution.setValue(40)
    assert dialog.apply()
    assert ctx.settings.business().name == "Müller Bakery"
    assert ctx.settings.business().retention_months == 24
    assert ctx.settings.complaints().targets(Priority.HIGH) == (30.0, 40.0)


def test_a_staff_refusal_at_save_rolls_back_the_other_pages(
    dialog: SettingsDialog, ctx: AppContext
) -> None:
    business = page(dialog, BusinessPage)
    business.name.setText("Müller Bakery")
    staff = page(dialog, StaffPage)
    staff.add_person()
    staff.table.item(0, 0).setText("Eva Roth")  # type: ignore[union-attr]
    staff.table.item(0, 1).setText("not-an-address")  # type: ignore[union-attr]
    dialog.show_page(0)
    assert not dialog.apply()
    assert dialog.page_list.currentRow() == dialog.pages.index(staff)  # type: ignore[arg-type]
    assert "'not-an-address' is not a valid e-mail" in error_beside(staff, staff.table)
    assert ctx.settings.business().name == ""
    assert ctx.settings.staff() == []


def test_countries_are_named_in_the_interface_language(qtbot: QtBot) -> None:
    del qtbot
    assert region_combo("de").currentText() == "Germany (DE)"
    apply_language("es")
    try:
        combo = region_combo("DE")
    finally:
        apply_language("en")
    assert combo.currentText() == "Alemania (DE)"
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names.index("Alemania (DE)") < names.index("Austria (AT)")  # sorted in Spanish


def test_custom_fields_are_defined_filled_in_and_shown_in_the_360_view(
    dialog: SettingsDialog, ctx: AppContext, qtbot: QtBot
) -> None:
    """A field defined in Settings appears in the contact form; its value shows in the 360°
    view; renaming keeps the value, a repeated name is refused beside the table, removing the
    field takes it out of the form."""
    from app.services.contacts import ContactDraft  # noqa: PLC0415
    from app.ui.contacts.dialogs import ContactDialog  # noqa: PLC0415
    from app.ui.contacts.profile import ContactProfileView  # noqa: PLC0415

    fields = page(dialog, CustomFieldsPage)
    fields.add_custom_field()
    fields.table.item(0, 0).setText("Shoe size")  # type: ignore[union-attr]
    fields.add_custom_field()  # left blank: not a field
    assert dialog.apply()
    assert [(d.key, d.label) for d in ctx.settings.custom_fields()] == [("shoe_size", "Shoe size")]

    anna = ctx.contacts.create(ContactDraft("Anna", "Meyer")).id
    form = ContactDialog(ctx, ctx.contacts.profile(anna))
    qtbot.addWidget(form)
    form.custom["shoe_size"].setText("38")
    form.save()
    assert form.saved is not None
    view = ContactProfileView(ctx)
    qtbot.addWidget(view)
    view.show_contact(anna)
    assert view.custom_label.text() == "Shoe size: 38"

    fields.add_custom_field()
    fields.table.item(1, 0).setText("shoe SIZE")  # type: ignore[union-attr]
    assert not dialog.apply()
    assert "There is a custom field named 'shoe SIZE' already." in error_beside(
        fields, fields.table
    )
    fields.table.item(1, 0).setText("")
    fields.table.item(0, 0).setText("Shoe size (EU)")  # type: ignore[union-attr]
    assert dialog.apply()
    view.show_contact(anna)
    assert view.custom_label.text() == "Shoe size (EU): 38"  # renamed, value kept

    fields.table.setCurrentCell(0, 0)
    fields.remove_selected()
    assert dialog.apply()
    assert ctx.settings.custom_fields() == []
    form = ContactDialog(ctx, ctx.contacts.profile(anna))
    qtbot.addWidget(form)
    assert form.custom == {}
    view.show_contact(anna)
    assert view.custom_label.isHidden()


def test_country_names_come_from_qt_where_phonenumbers_locale_table_is_missing(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Without phonenumbers' country-name table the country combo still fills (Qt's names)."""
    import phonenumbers  # noqa: PLC0415

    monkeypatch.setattr(phonenumbers, "__file__", str(tmp_path / "__init__.py"))
    _country_names.cache_clear()
    try:
        assert country_name("DE", "de") == "Germany"
    finally:
        _country_names.cache_clear()


def test_country_names_leave_phonenumbers_geocoding_data_unloaded() -> None:
    """Naming countries reads phonenumbers' small name table, not its 40 MB of geodata."""
    script = (
        "import sys; from app.ui.settings.base import country_name; "
        "print(country_name('DE', 'de'), 'phonenumbers.geodata' in sys.modules)"
    )
    found = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[2],
    )
    assert found.stdout.split() == ["Deutschland", "False"]
