"""The complaints pane, walked like a person would: open a case, move it along with the buttons,
refund, rate the recovery, close; and the SLA column going amber then red as the clock moves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from app.bootstrap import AppContext
from app.domain.clock import FixedClock
from app.domain.enums import Channel, ComplaintStatus, Priority, Remedy, SurveyKind
from app.services.complaints import ComplaintDraft, ComplaintFilter, Queue
from app.services.contacts import ContactDraft
from app.storage.models import ComplaintEvent, Txn
from app.ui.complaints import detail as detail_module
from app.ui.complaints.dialogs import NewComplaintDialog, ResolveDialog
from app.ui.complaints.model import complaint_model
from app.ui.complaints.view import ComplaintsPane, ContactComplaintsWidget
from app.ui.main_window import MainWindow
from app.ui.theme import colours
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.ui.helpers import user_error_text

SLA_COLUMN = 7
# The offscreen platform cannot pass a window's changed minimum size on (splitter re-orientation).
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _customer(ctx: AppContext, name: str = "Ada", paid_minor: int = 12_000) -> int:
    contact = ctx.contacts.create(ContactDraft(first_name=name, last_name="Lovelace"))
    with ctx.db.write() as session:
        session.add(
            Txn(
                contact_id=contact.id,
                occurred_at=datetime(2026, 2, 1, tzinfo=UTC),
                kind="order",
                amount_minor=paid_minor,
                currency="EUR",
                reference="SO-77",
            )
        )
    return contact.id


def _open(ctx: AppContext, contact_id: int, priority: Priority = Priority.NORMAL) -> int:
    draft = ComplaintDraft(contact_id, Channel.PHONE, "wrong item", priority, "Sent blue not red.")
    return ctx.complaints.open(draft).id


@pytest.fixture
def pane(ctx: AppContext, qtbot: QtBot) -> ComplaintsPane:
    widget = ComplaintsPane(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    return widget


def test_model_passes_the_qt_model_tester(ctx: AppContext, qtmodeltester: ModelTester) -> None:
    contact = _customer(ctx)
    for _ in range(3):
        _open(ctx, contact)
    model = complaint_model(ctx.complaints, ctx.clock)
    model.requery(ComplaintFilter(Queue.ALL))
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_walk_one_complaint_from_new_to_closed(
    ctx: AppContext,
    pane: ComplaintsPane,
    qtbot: QtBot,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    contact = _customer(ctx)
    dialog = NewComplaintDialog(ctx, contact, pane)
    qtbot.addWidget(dialog)
    dialog.opened.connect(lambda row: pane.reveal(row.id))
    dialog.category.setCurrentText("wrong item")
    qtbot.keyClicks(dialog.description, "The parcel held the wrong jumper.")
    dialog.accept()
    assert dialog.created is not None
    detail = pane.detail
    assert detail.view is not None
    assert detail.view.row.number == "C-2026-0001"
    assert set(detail.step_buttons) == {ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.INVESTIGATING}

    clock.advance(timedelta(minutes=30))
    qtbot.mouseClick(detail.step_buttons[ComplaintStatus.ACKNOWLEDGED], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(detail.step_buttons[ComplaintStatus.INVESTIGATING], Qt.MouseButton.LeftButton)
    detail.message.setPlainText("We are sending the right one today.")
    qtbot.mouseClick(detail.reply_button, Qt.MouseButton.LeftButton)
    assert detail.message.toPlainText() == ""

    def resolve(dialog: ResolveDialog) -> int:
        dialog.resolution.setPlainText("Replaced and refunded postage.")
        dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData(4))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(detail_module.ResolveDialog, "exec", resolve)
    qtbot.mouseClick(detail.step_buttons[ComplaintStatus.RESOLVED], Qt.MouseButton.LeftButton)
    assert detail.view.row.status is ComplaintStatus.RESOLVED
    assert ComplaintStatus.CLOSED in detail.step_buttons  # now legal

    detail.remedy.setCurrentIndex(detail.remedy.findData(Remedy.REFUND))
    detail.amount.setValue(200.00)  # more than the 120.00 EUR paid: refused, said once
    qtbot.mouseClick(detail.remedy_button, Qt.MouseButton.LeftButton)
    assert "more than the 120.00 EUR" in user_error_text(pane)
    detail.amount.setValue(15.50)
    qtbot.mouseClick(detail.remedy_button, Qt.MouseButton.LeftButton)
    assert detail.error.isHidden()
    assert detail.remedies.count() == 1

    detail.satisfaction.setCurrentIndex(detail.satisfaction.findData(5))
    detail.survey_kind.setCurrentIndex(detail.survey_kind.findData(SurveyKind.NPS))
    detail.survey_score.setValue(9)
    qtbot.mouseClick(detail.recovery_button, Qt.MouseButton.LeftButton)
    assert "NPS - → 9.0 (n=1)" in detail.before_after.text()

    qtbot.mouseClick(detail.step_buttons[ComplaintStatus.CLOSED], Qt.MouseButton.LeftButton)
    view = ctx.complaints.get(dialog.created.id)
    assert (view.row.status, view.satisfaction, view.remedy) == (
        ComplaintStatus.CLOSED,
        5,
        Remedy.REFUND,
    )
    with ctx.db.read() as session:
        ledger = session.execute(
            select(Txn.kind, Txn.amount_minor, Txn.currency, Txn.complaint_id).where(
                Txn.kind == "refund"
            )
        ).all()
        events = session.execute(
            select(ComplaintEvent.kind, ComplaintEvent.to_status)
            .where(ComplaintEvent.complaint_id == view.row.id)
            .order_by(ComplaintEvent.id)
        ).all()
    assert [tuple(r) for r in ledger] == [("refund", 1550, "EUR", view.row.id)]
    assert [tuple(e) for e in events] == [
        ("status", "new"),
        ("status", "acknowledged"),
        ("status", "investigating"),
        ("reply", None),
        ("status", "resolved"),
        ("remedy", None),
        ("recovery", None),
        ("status", "closed"),
    ]
    assert detail.history.count() == len(events)
    assert set(detail.step_buttons) == {ComplaintStatus.INVESTIGATING}  # only "Reopen" is left
    assert detail.step_buttons[ComplaintStatus.INVESTIGATING].text() == "Reopen"
    assert "reopened" not in detail.summary.text()  # never reopened: not worth a word
    qtbot.mouseClick(detail.step_buttons[ComplaintStatus.INVESTIGATING], Qt.MouseButton.LeftButton)
    assert detail.summary.text().endswith(" · reopened 1 time")


def _answer_next_question(qtbot: QtBot, button: QMessageBox.StandardButton) -> None:
    """Click `button` of the next modal question box, as a person would."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def test_every_remedy_is_shown_and_a_mistaken_one_reversed_by_clicking(
    ctx: AppContext, pane: ComplaintsPane, qtbot: QtBot, clock: FixedClock
) -> None:
    case_id = _open(ctx, _customer(ctx))
    pane.reveal(case_id)
    detail = pane.detail
    assert [detail.given.item(i).text() for i in range(detail.given.count())] == ["None yet"]
    assert not detail.reverse_button.isEnabled()
    for remedy, amount in ((Remedy.APOLOGY, 0.0), (Remedy.CREDIT, 25.0), (Remedy.REFUND, 9.5)):
        detail.remedy.setCurrentIndex(detail.remedy.findData(remedy))
        detail.amount.setValue(amount)
        qtbot.mouseClick(detail.remedy_button, Qt.MouseButton.LeftButton)
        clock.advance(timedelta(minutes=1))
    lines = [detail.given.item(i).text() for i in range(detail.given.count())]
    assert [line.split(" · ", 1)[1] for line in lines] == [
        "Apology",
        "Credit 25.00€",
        "Refund 9.50€",
    ]
    credit = detail.given.visualItemRect(detail.given.item(1)).center()
    qtbot.mouseClick(detail.given.viewport(), Qt.MouseButton.LeftButton, pos=credit)
    assert detail.reverse_button.isEnabled()
    _answer_next_question(qtbot, QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(detail.reverse_button, Qt.MouseButton.LeftButton)
    assert ctx.complaints.get(case_id).given[1].reversed_at is None
    _answer_next_question(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(detail.reverse_button, Qt.MouseButton.LeftButton)
    view = ctx.complaints.get(case_id)
    assert view.given[1].reversed_at is not None
    reversed_at = detail_module.local_time(clock.now())
    assert detail.given.item(1).text().endswith(f"Credit 25.00€ · reversed {reversed_at}")
    assert detail.given.item(1).font().strikeOut()
    assert [ledger.amount_minor for ledger in view.remedies] == [2_500, 950, -2_500]
    assert detail.remedies.count() == 3
    assert (
        detail.history.item(detail.history.count() - 1)
        .text()
        .endswith("Remedy reversed: credit 25.00 EUR")
    )
    qtbot.mouseClick(
        detail.given.viewport(),
        Qt.MouseButton.LeftButton,
        pos=detail.given.visualItemRect(detail.given.item(1)).center(),
    )
    assert not detail.reverse_button.isEnabled()  # reversed once is enough


def test_sla_column_turns_amber_then_red_with_text_and_icon(
    ctx: AppContext, pane: ComplaintsPane, clock: FixedClock, qtbot: QtBot
) -> None:
    _open(ctx, _customer(ctx), Priority.URGENT)  # first response due in one business hour
    pane.reveal(1)
    model = pane.model

    def sla(role: Qt.ItemDataRole) -> object:
        pane.refresh_clock()  # what the minute timer does
        return model.data(model.index(0, SLA_COLUMN), role)

    assert sla(Qt.ItemDataRole.DisplayRole) == "1 h 00 min left"
    assert sla(Qt.ItemDataRole.ForegroundRole) is None
    clock.advance(timedelta(minutes=50))
    assert sla(Qt.ItemDataRole.DisplayRole) == "10 min left (under 25 %)"
    assert sla(Qt.ItemDataRole.ForegroundRole).color().name() == colours().at_risk  # type: ignore[attr-defined]
    assert sla(Qt.ItemDataRole.DecorationRole) is not None
    clock.advance(timedelta(minutes=40))
    assert sla(Qt.ItemDataRole.DisplayRole) == "Overdue by 30 min"
    assert sla(Qt.ItemDataRole.ForegroundRole).color().name() == colours().breached  # type: ignore[attr-defined]
    assert sla(Qt.ItemDataRole.DecorationRole) is not None
    pane.show_queue(Queue.OVERDUE)
    assert pane.model.rowCount() == 1
    assert "Overdue (1)" in pane.queue_bar.tabText(1)
    qtbot.waitUntil(lambda: "Overdue by 30 min" in pane.detail.sla_label.text())


def test_queues_sort_in_sql_and_show_an_empty_state(
    ctx: AppContext, pane: ComplaintsPane, qtbot: QtBot
) -> None:
    assert pane.list_stack.currentWidget() is pane.empty_state
    ada, bob = _customer(ctx, "Ada"), _customer(ctx, "Bob")
    _open(ctx, bob)
    _open(ctx, ada)
    pane.reveal(1)
    pane.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [pane.model.row_data(r).customer for r in range(2)] == [  # type: ignore[union-attr]
        "Ada Lovelace",
        "Bob Lovelace",
    ]
    pane.table.setFocus()
    pane.table.selectRow(0)
    qtbot.keyClick(pane.table, Qt.Key.Key_Down)
    qtbot.waitUntil(
        lambda: pane.detail.view is not None and pane.detail.view.row.customer == "Bob Lovelace"
    )


def test_contact_widget_lists_only_that_customers_cases(ctx: AppContext, qtbot: QtBot) -> None:
    ada, bob = _customer(ctx, "Ada"), _customer(ctx, "Bob")
    _open(ctx, ada)
    _open(ctx, bob)
    _open(ctx, ada)
    widget = ContactComplaintsWidget(ctx, ada)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 2
    assert {widget.model.row_data(r).contact_id for r in range(2)} == {ada}  # type: ignore[union-attr]


def test_new_complaint_is_a_window_wide_action(ctx: AppContext, qtbot: QtBot) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    action = window.global_actions["new_complaint"]
    assert action.shortcut().toString() == "Ctrl+Shift+N"


def test_dialog_searches_customers_and_refuses_an_empty_description(
    ctx: AppContext, qtbot: QtBot
) -> None:
    _customer(ctx, "Zoë")
    dialog = NewComplaintDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.customer_search, "zoe")
    assert dialog.customer_list.count() == 1
    dialog.accept()
    assert dialog.created is None
    assert dialog.error.text() == "⚠ Describe the complaint before saving it."


def test_queue_and_columns_are_remembered(ctx: AppContext, qtbot: QtBot) -> None:
    first = ComplaintsPane(ctx)
    qtbot.addWidget(first)
    first.show_queue(Queue.WAITING)
    first.table.setColumnWidth(1, 222)
    second = ComplaintsPane(ctx)
    qtbot.addWidget(second)
    assert second.current_queue() is Queue.WAITING
    assert second.table.columnWidth(1) == 222
