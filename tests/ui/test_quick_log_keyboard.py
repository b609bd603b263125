"""Quick log driven by the keyboard alone: pick a contact by typing, Tab through, Ctrl+Enter."""

from __future__ import annotations

import pytest
from app.bootstrap import AppContext
from app.domain.when import parse_when
from app.services.contacts import ContactDraft
from app.services.tasks import TaskList
from app.services.timeline import TimelineFilter
from app.storage.models import Staff
from app.storage.records import stamp_new
from app.ui.i18n import apply_language
from app.ui.quick_log.dialog import QuickLogDialog
from app.ui.timeline.wording import detail, summary
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: popups, hints


def _type(qtbot: QtBot, text: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, text)


def _tab(qtbot: QtBot) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Tab)


def _open(ctx: AppContext, qtbot: QtBot, **kw: int) -> QuickLogDialog:
    dialog = QuickLogDialog(ctx, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.contact_box.setFocus()
    qtbot.waitUntil(dialog.contact_box.hasFocus)
    return dialog


def test_log_a_call_with_follow_up_by_keyboard(ctx: AppContext, qtbot: QtBot) -> None:
    anna = ctx.contacts.create(ContactDraft(first_name="Anna", last_name="Berg")).id
    ctx.contacts.create(ContactDraft(first_name="Bob", last_name="Stone"))
    dialog = _open(ctx, qtbot)
    _type(qtbot, "ann")
    assert dialog.contact_box.suggestions() == ["Anna Berg"]
    _tab(qtbot)  # channel
    _type(qtbot, "p")  # Phone
    _tab(qtbot)  # direction: outbound by default
    _tab(qtbot)  # when
    _type(qtbot, "yesterday 15:00")
    _tab(qtbot)  # duration
    _type(qtbot, "5")
    _tab(qtbot)  # outcome
    _type(qtbot, "left voicemail")
    _tab(qtbot)  # summary: left empty, the notes' first line is used
    _tab(qtbot)  # notes
    _type(qtbot, "asked about the quote")
    _tab(qtbot)  # follow-up
    _type(qtbot, "Call back")
    _tab(qtbot)  # follow-up due
    _type(qtbot, "friday")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
    entry = ctx.timeline.page(TimelineFilter(contact_id=anna)).entries[0]
    assert (entry.channel, entry.direction) == ("phone", "outbound")
    assert summary(entry) == "asked about the quote"
    assert "Outcome: left voicemail" in detail(entry)
    assert "Duration: 5 min" in detail(entry)
    assert entry.at == parse_when("yesterday 15:00", ctx.clock.now())
    task = ctx.tasks.rows(ctx.tasks.ids(TaskList.UPCOMING))
    (follow,) = task.values()
    assert (follow.title, follow.contact_id) == ("Call back", anna)
    assert follow.due_at == parse_when("friday", ctx.clock.now())


def test_bad_input_is_explained_and_nothing_saved(ctx: AppContext, qtbot: QtBot) -> None:
    anna = ctx.contacts.create(ContactDraft(first_name="Anna", last_name="Berg")).id
    dialog = _open(ctx, qtbot, contact_id=anna)
    dialog.when_box.setText("someday")
    qtbot.keyClick(dialog.when_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert "'someday' is not a time" in dialog.error_label.text()
    assert ctx.timeline.page(TimelineFilter(contact_id=anna)).entries == ()
    dialog.contact_box.clear()
    dialog.when_box.clear()
    qtbot.keyClicks(dialog.contact_box, "zz")
    dialog.save()
    assert "Choose one contact for 'zz'" in dialog.error_label.text()


def test_edit_mode_updates_the_interaction(ctx: AppContext, qtbot: QtBot) -> None:
    from app.services.interactions import InteractionDraft  # noqa: PLC0415

    anna = ctx.contacts.create(ContactDraft(first_name="Anna", last_name="Berg")).id
    with ctx.db.write() as session:
        staff = Staff(name="Uma")
        stamp_new(staff, ctx.clock.now())
        session.add(staff)
    (uma,) = ctx.interactions.staff()
    draft = InteractionDraft(anna, ctx.clock.now(), subject="Sent quote", staff_id=uma.id)
    row = ctx.interactions.log(draft)
    dialog = _open(ctx, qtbot, interaction_id=row.id)
    assert not dialog.follow_up_box.isVisibleTo(dialog)
    assert dialog.subject_box.text() == "Sent quote"
    dialog.outcome_box.setText("agreed")
    dialog.save()
    edited = ctx.interactions.get(row.id)
    assert edited.outcome == "agreed"
    assert (edited.subject, edited.staff_id) == ("Sent quote", uma.id)  # not lost by the edit


def test_complete_and_log_marks_the_task_done(ctx: AppContext, qtbot: QtBot) -> None:
    from app.services.tasks import TaskDraft  # noqa: PLC0415

    anna = ctx.contacts.create(ContactDraft(first_name="Anna", last_name="Berg")).id
    task = ctx.tasks.create(TaskDraft(title="Call Anna", contact_id=anna, due_at=ctx.clock.now()))
    dialog = _open(ctx, qtbot, contact_id=anna, complete_task=task.id)
    dialog.outcome_box.setText("reached her")
    dialog.save()
    done = ctx.tasks.get(task.id)
    assert done.done_at == ctx.clock.now()
    assert ctx.interactions.get(done.interaction_id or 0).outcome == "reached her"


@pytest.mark.parametrize(
    "case",
    [
        # QTest types ASCII only: the spellings without accents (unit tests cover the accents)
        ("de", "gestern um 15 Uhr", "uebermorgen", "2026-03-04"),
        ("es", "ayer a las 15:00", "pasado manana", "2026-03-04"),
        ("de", "01.03.2026 15:00", "Freitag", "friday"),
        ("es", "1/3/2026 15:00", "viernes", "friday"),
    ],
)
def test_times_are_typed_in_the_interface_language(
    ctx: AppContext, qtbot: QtBot, case: tuple[str, str, str, str]
) -> None:
    code, when, follow_up, english = case  # language, when, follow-up due, the same in English
    anna = ctx.contacts.create(ContactDraft(first_name="Anna", last_name="Berg")).id
    apply_language(code)
    try:
        dialog = _open(ctx, qtbot, contact_id=anna)
        dialog.when_box.setFocus()
        _type(qtbot, when)
        dialog.follow_up_box.setText("Call back")
        dialog.follow_up_when.setFocus()
        _type(qtbot, follow_up)
        with qtbot.waitSignal(dialog.accepted):
            qtbot.keyClick(
                QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
            )
    finally:
        apply_language("en")
    entry = ctx.timeline.page(TimelineFilter(contact_id=anna)).entries[0]
    assert entry.at == parse_when("2026-03-01 15:00", ctx.clock.now())
    (follow,) = ctx.tasks.rows(ctx.tasks.ids(TaskList.UPCOMING)).values()
    assert follow.due_at == parse_when(english, ctx.clock.now())
