"""The mouse wheel scrolls the page: over an unfocused combo or spin box it changes nothing (a
complaint's priority stayed as it was), over a chart it scrolls the dashboard, and Ctrl+wheel
zooms the chart, which then offers to reset its view. Real QWheelEvents, through the
application's event filter."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from app.bootstrap import AppContext
from app.domain.enums import Channel, Priority
from app.services.complaints import ComplaintDraft
from app.services.contacts import ContactDraft
from app.storage.models import SurveyResponse, Txn
from app.ui.complaints.view import ComplaintsPane
from app.ui.dashboard.charts import ChartCard
from app.ui.dashboard.view import DashboardPane
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QSpinBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def wheel(widget: QWidget, *, down: bool = True, ctrl: bool = False) -> None:
    """One notch of the wheel over the middle of `widget`, as the window system sends it."""
    centre = QPointF(widget.rect().center())
    modifiers = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120 if down else 120),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _long_page(qtbot: QtBot, *fields: QWidget) -> QScrollArea:
    page = QWidget()
    column = QVBoxLayout(page)
    for field in fields:
        column.addWidget(field)
    column.addSpacing(3000)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(page)
    qtbot.addWidget(area)
    area.resize(400, 300)
    area.show()
    qtbot.waitExposed(area)
    return area


def test_wheel_over_unfocused_combo_and_spin_box_scrolls_the_page(qtbot: QtBot) -> None:
    combo, spin = QComboBox(), QSpinBox()
    combo.addItems(["low", "normal", "high", "urgent"])
    spin.setValue(5)
    area = _long_page(qtbot, combo, spin)
    bar = area.verticalScrollBar()
    wheel(combo)
    assert combo.currentIndex() == 0
    assert bar.value() > 0
    before = bar.value()
    wheel(spin.lineEdit())  # the pointer over the figure: its line edit gets the event
    assert spin.value() == 5
    assert bar.value() > before

    combo.setFocus()  # clicked into: the wheel is the person's to change the value with
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo)
    assert combo.currentIndex() == 1


def test_wheel_over_a_complaints_priority_does_not_change_it(ctx: AppContext, qtbot: QtBot) -> None:
    contact = ctx.contacts.create(ContactDraft(first_name="Ada", last_name="Lovelace"))
    draft = ComplaintDraft(contact.id, Channel.PHONE, "wrong item", Priority.HIGH, "Wrong size.")
    case = ctx.complaints.open(draft)
    pane = ComplaintsPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1280, 500)
    pane.show()
    pane.reveal(case.id)
    detail = pane.detail
    qtbot.waitUntil(lambda: detail.view is not None and detail.view.row.id == case.id)
    pane.table.setFocus()
    wheel(detail.priority)
    wheel(detail.priority)
    assert detail.priority.currentData() == Priority.HIGH
    assert ctx.complaints.get(case.id).row.priority is Priority.HIGH


@pytest.fixture
def dashboard(qtbot: QtBot, ctx: AppContext) -> DashboardPane:
    contact = ctx.contacts.create(ContactDraft(first_name="Ada", last_name="Lovelace"))
    with ctx.db.write() as s:
        for month in (1, 2):
            s.add(
                SurveyResponse(
                    contact_id=contact.id,
                    kind="nps",
                    score=9,
                    answered_at=datetime(2026, month, 10, tzinfo=UTC),
                )
            )
            s.add(
                Txn(
                    contact_id=contact.id,
                    occurred_at=datetime(2026, month, 5, tzinfo=UTC),
                    kind="order",
                    amount_minor=2500,
                    currency="EUR",
                )
            )
    pane = DashboardPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(1280, 700)
    pane.show()
    qtbot.waitUntil(lambda: pane.board is not None and not pane.busy, timeout=20_000)
    return pane


def shown_range(card: ChartCard) -> list[list[float]]:
    """The chart's axes' ranges as painted (pyqtgraph fits them to the data when it paints)."""
    card.plot.grab()
    return [[round(v, 6) for v in pair] for pair in card.plot.getPlotItem().viewRange()]


def test_wheel_over_a_chart_scrolls_the_dashboard_and_ctrl_wheel_zooms(
    dashboard: DashboardPane, qtbot: QtBot
) -> None:
    card = dashboard.cards["nps"]
    assert card.has_plot
    drawn = shown_range(card)
    bar = dashboard.page_scroll.verticalScrollBar()
    assert bar.maximum() > 0
    wheel(card.plot.viewport())
    assert shown_range(card) == drawn
    assert bar.value() > 0
    assert not card.reset_button.isVisibleTo(card)

    wheel(card.plot.viewport(), down=False, ctrl=True)
    assert shown_range(card) != drawn
    assert card.reset_button.isVisibleTo(card)
    qtbot.mouseClick(card.reset_button, Qt.MouseButton.LeftButton)
    assert shown_range(card) == drawn
    assert not card.reset_button.isVisibleTo(card)
