"""Settings > Automations and > Automation activity through clicks and keys; the hourly sweeper;
the 360° view's upcoming follow-ups; the models under qtmodeltester."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.config.ui_prefs import UiPrefs
from app.domain.automation import PLAYBOOKS, Action, ActionKind, RuleSpec, TriggerKind, When
from app.domain.clock import FixedClock
from app.domain.contact_query import ContactFilter
from app.domain.enums import Channel, ComplaintStatus, LifecycleStage, Priority
from app.services.complaints import ComplaintDraft
from app.services.contacts import ContactDraft
from app.services.import_export.presets import ImportKind
from app.services.interactions import InteractionDraft
from app.services.tasks import TaskList
from app.ui.automations.editor import PreviewDialog, RuleDialog
from app.ui.automations.models import ActivityModel, RulesModel
from app.ui.automations.pages import AutomationActivityPage, AutomationsPage
from app.ui.automations.sweeper import AutomationSweeper
from app.ui.automations.words import localised
from app.ui.contacts.profile import ContactProfileView
from app.ui.i18n import apply_language
from app.ui.main_window import MainWindow
from app.ui.settings.base import SettingsContext
from app.ui.settings.dialog import SettingsDialog
from app.ui.tasks.view import TasksPane
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QTableView
from pytestqt.qtbot import QtBot

from tests.unit.import_helpers import run_import

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform

THANK_YOU = next(p for p in PLAYBOOKS if p.key == "thank_you_call")
_CALL = (Action(ActionKind.TASK, "Call {name}"),)


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext) -> SettingsDialog:
    dlg = SettingsDialog(SettingsContext(ctx, UiPrefs()))
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def _page(dialog: SettingsDialog, kind: type) -> object:
    index = next(i for i, p in enumerate(dialog.pages) if isinstance(p, kind))
    dialog.show_page(index)
    return dialog.pages[index]


def _click_row(qtbot: QtBot, table: QTableView, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _first_order(ctx: AppContext, tmp_path: Path) -> int:
    anna = ctx.contacts.create(
        ContactDraft(first_name="Anna", last_name="Berg", email="anna@example.com")
    ).id
    orders = tmp_path / "orders.csv"
    orders.write_text("email,amount,occurred_at\nanna@example.com,20.00,2026-02-27\n", "utf-8")
    run_import(ctx, orders, kind=ImportKind.ORDERS)
    return anna


def _choose(qtbot: QtBot, combo: QComboBox, data: object) -> None:
    """Pick an item the way a keyboard user does: focus, then arrow keys."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{data} is not in the list")


def test_a_playbook_is_switched_on_after_its_preview(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext, tmp_path: Path
) -> None:
    _first_order(ctx, tmp_path)
    page = _page(dialog, AutomationsPage)
    assert isinstance(page, AutomationsPage)
    page.load()
    row = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).uid == THANK_YOU.uid)
    _click_row(qtbot, page.table, row)
    assert page.toggle_button.text() == "Switch &on…"
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert not page.toggle_button.isEnabled()  # held while the preview is worked out
    qtbot.waitUntil(lambda: page.preview_dialog is not None)
    preview = page.preview_dialog
    assert isinstance(preview, PreviewDialog)
    assert preview.summary.text() == "Switching this rule on now creates 1 task:"
    assert preview.items.item(0).text().startswith("Anna Berg: Task: Thank-you call to Anna Berg")
    assert ctx.tasks.ids(TaskList.OVERDUE) == []
    qtbot.mouseClick(preview.switch_on, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy)
    assert ctx.automations.rule(THANK_YOU.uid).enabled
    assert len(ctx.tasks.ids(TaskList.OVERDUE)) == 1  # due 2 March 00:00, before 10:00
    assert "it created 1 task" in page.result.text()
    assert page.model.data(page.model.index(row, 0)) == "On"
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)  # Switch off: no preview
    qtbot.waitUntil(lambda: not page.busy)
    assert not ctx.automations.rule(THANK_YOU.uid).enabled
    assert page.result.text() == "“Thank-you call after a first order” is off."


def test_a_new_rule_is_built_in_the_form(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext
) -> None:
    page = _page(dialog, AutomationsPage)
    assert isinstance(page, AutomationsPage)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = next(d for d in page.findChildren(RuleDialog) if d.isVisible())
    qtbot.keyClicks(editor.name, "Met in person")
    _choose(qtbot, editor.trigger, TriggerKind.INTERACTION_LOGGED)
    assert editor.channel.isVisibleTo(editor)
    assert not editor.days.isVisibleTo(editor)
    _choose(qtbot, editor.channel, Channel.MEETING)
    qtbot.mouseClick(editor.stage_checks[LifecycleStage.CUSTOMER], Qt.MouseButton.LeftButton)
    save = editor.buttons.button(editor.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert editor.error.text() == "A rule needs at least one action."
    qtbot.mouseClick(editor.add_action, Qt.MouseButton.LeftButton)
    editor.title.selectAll()
    qtbot.keyClicks(editor.title, "Send {first_name} the brochure")
    qtbot.mouseClick(editor.add_action, Qt.MouseButton.LeftButton)
    _choose(qtbot, editor.action_kind, ActionKind.ADD_TAG)
    qtbot.keyClicks(editor.action_tag, "met")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    [rule] = [r for r in ctx.automations.rules() if r.stored]
    spec = rule.spec
    assert (rule.name, rule.enabled) == ("Met in person", False)
    assert (spec.when.kind, spec.when.channel) == (TriggerKind.INTERACTION_LOGGED, Channel.MEETING)
    assert spec.conditions.stages == (LifecycleStage.CUSTOMER,)
    assert [(a.kind, a.title or a.tag) for a in spec.then] == [
        (ActionKind.TASK, "Send {first_name} the brochure"),
        (ActionKind.ADD_TAG, "met"),
    ]
    assert any(page.model.row_at(i).name == "Met in person" for i in range(page.model.rowCount()))


def test_activity_lists_runs_and_undoes_one(
    qtbot: QtBot, dialog: SettingsDialog, ctx: AppContext, tmp_path: Path
) -> None:
    _first_order(ctx, tmp_path)
    page = _page(dialog, AutomationActivityPage)
    assert isinstance(page, AutomationActivityPage)
    assert page.empty.isVisible()
    _page(dialog, AutomationsPage)
    ctx.automations.set_enabled(THANK_YOU.uid, True)
    _page(dialog, AutomationActivityPage)  # shown again: read afresh
    assert page.empty.isHidden()
    assert page.model.data(page.model.index(0, 2)) == "Anna Berg"
    assert page.model.data(page.model.index(0, 4)).startswith("Task: Thank-you call to Anna Berg")
    assert not page.undo_button.isEnabled()
    _click_row(qtbot, page.table, 0)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert ctx.tasks.ids(TaskList.OVERDUE) == []
    assert page.model.data(page.model.index(0, 5)).startswith("Undone")
    assert not page.undo_button.isEnabled()


def test_the_360_view_shows_upcoming_automated_follow_ups(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    anna = _first_order(ctx, tmp_path)
    view = ContactProfileView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_contact(anna)
    assert view.follow_ups_label.isHidden()
    ctx.automations.set_enabled(THANK_YOU.uid, True)
    view.show_contact(anna)
    assert view.follow_ups_label.isVisible()
    assert view.follow_ups_label.text().startswith(
        "Automated follow-ups: Thank-you call to Anna Berg ("
    )


def test_the_sweeper_runs_time_rules_off_the_gui_thread(
    qtbot: QtBot, ctx: AppContext, clock: FixedClock
) -> None:
    ctx.contacts.create(ContactDraft(first_name="Bob", last_name="Stone"))
    re_engage = next(p for p in PLAYBOOKS if p.key == "re_engage")
    ctx.automations.set_enabled(re_engage.uid, True)
    ctx.contacts.set_stage_many(ctx.contacts.list_ids(ContactFilter()), LifecycleStage.CUSTOMER)
    clock.advance(timedelta(days=91))
    sweeper = AutomationSweeper(ctx)
    with qtbot.waitSignal(sweeper.swept) as swept:
        sweeper.sweep_now()
        assert sweeper.busy
    assert [f.contact_name for f in swept.args[0].follow_ups] == ["Bob Stone"]
    assert sweeper.timer.interval() == 60 * 60 * 1000
    sweeper.stop()


def test_models_pass_the_model_tester(
    qtmodeltester: object, ctx: AppContext, tmp_path: Path
) -> None:
    _first_order(ctx, tmp_path)
    ctx.automations.set_enabled(THANK_YOU.uid, True)
    ctx.interactions.log(
        InteractionDraft(ctx.contacts.list_ids(ContactFilter())[0], ctx.clock.now(), Channel.PHONE)
    )
    rules, activity = RulesModel(), ActivityModel()
    rules.set_rows(ctx.automations.rules())
    activity.set_rows(ctx.automations.activity())
    assert rules.rowCount() == len(PLAYBOOKS)
    assert activity.rowCount() == 1
    for model in (rules, activity):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


class _MailProgram(QObject):
    """Stands in for the person's mail program (QDesktopServices' mailto: handler)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


def test_a_survey_request_opens_its_e_mail_from_the_tasks_pane(
    qtbot: QtBot, ctx: AppContext, clock: FixedClock
) -> None:
    anna = ctx.contacts.create(
        ContactDraft(first_name="Anna", last_name="Berg", email="anna@example.com")
    ).id
    case = ctx.complaints.open(
        ComplaintDraft(anna, Channel.EMAIL, "Delivery", Priority.NORMAL, "Late parcel")
    )
    ctx.complaints.transition(case.id, ComplaintStatus.INVESTIGATING)
    ctx.complaints.transition(case.id, ComplaintStatus.RESOLVED)
    ctx.automations.set_enabled(
        next(p.uid for p in PLAYBOOKS if p.key == "complaint_check_in"), True
    )
    clock.advance(timedelta(days=8))
    pane = TasksPane(ctx)
    qtbot.addWidget(pane)
    pane.show()
    pane.show_list(TaskList.OVERDUE)
    titles = [pane.model.row_data(r).title for r in range(pane.model.rowCount())]
    assert titles == [
        "Check in with Anna Berg after their complaint",
        "Ask Anna Berg how satisfied they are",
    ]
    _click_row(qtbot, pane.table, 0)
    assert pane.mail_button.isHidden()
    _click_row(qtbot, pane.table, 1)
    assert pane.mail_button.isVisible()
    mail = _MailProgram()
    QDesktopServices.setUrlHandler("mailto", mail, "open")
    try:
        qtbot.mouseClick(pane.mail_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    [opened] = mail.opened
    assert opened.startswith("mailto:anna@example.com?subject=How%20did%20we%20do%3F&body=Hello")


def test_the_window_sweeps_at_start_and_says_what_it_planned(
    qtbot: QtBot, ctx: AppContext, clock: FixedClock
) -> None:
    ctx.contacts.create(ContactDraft(first_name="Bob", last_name="Stone"))
    ctx.automations.save(None, RuleSpec("Quiet", When(TriggerKind.NO_CONTACT, days=30), then=_CALL))
    [rule] = [r for r in ctx.automations.rules() if r.stored]
    ctx.automations.set_enabled(rule.uid, True)
    clock.advance(timedelta(days=31))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "")
    assert window.statusBar().currentMessage() == "Automations planned 1 follow-up."
    assert window.automation_sweeper.timer.isActive()
    assert len(ctx.tasks.ids(TaskList.OVERDUE)) == 1


def test_a_playbook_switched_on_in_german_asks_in_german(qtbot: QtBot) -> None:
    check_in = next(p for p in PLAYBOOKS if p.key == "complaint_check_in")
    apply_language("de")
    try:
        spec = localised(check_in.spec)
    finally:
        apply_language("en")
    survey = spec.then[1]
    assert spec.name == "Nachfassen und Zufriedenheitsumfrage nach gelöster Reklamation"
    assert survey.title == "{name} nach der Zufriedenheit fragen"
    assert survey.subject == "Wie waren wir?"
    assert survey.message.startswith("Hallo {first_name},\n\nvielen Dank für Ihr Vertrauen.")
