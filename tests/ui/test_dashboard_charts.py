"""The dashboard's charts as a person reads them: a tooltip anywhere near a point (not only on
its 9-pixel dot), the month still running marked as such instead of looking like a drop, and
money with its currency."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime

import pytest
from app.bootstrap import AppContext
from app.services.contacts import ContactDraft
from app.storage.models import SurveyResponse, Txn
from app.ui.common.formatting import format_date, format_money
from app.ui.dashboard.charts import ChartCard
from app.ui.dashboard.view import DashboardPane
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform


@pytest.fixture
def pane(qtbot: QtBot, ctx: AppContext) -> DashboardPane:
    """Orders and NPS answers in January, February and the first two days of March (the
    tests' clock is 2026-03-02): March is the month still running."""
    contact = ctx.contacts.create(ContactDraft(first_name="Ada", last_name="Lovelace"))
    with ctx.db.write() as s:
        for month, day, amount in ((1, 10, 40_000), (2, 10, 42_000), (3, 1, 5_000)):
            when = datetime(2026, month, day, tzinfo=UTC)
            s.add(SurveyResponse(contact_id=contact.id, kind="nps", score=9, answered_at=when))
            s.add(
                Txn(
                    contact_id=contact.id,
                    occurred_at=when,
                    kind="order",
                    amount_minor=amount,
                    currency="EUR",
                )
            )
    widget = DashboardPane(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.board is not None and not widget.busy, timeout=20_000)
    return widget


def _on_screen(pane: DashboardPane, card: ChartCard, x: float, y: float) -> QPointF:
    """Where the chart point (x, y) is in the plot's viewport, the card scrolled into view."""
    pane.page_scroll.ensureWidgetVisible(card)
    card.plot.grab()  # ranged as painted
    scene = card.plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    return QPointF(card.plot.mapFromScene(scene))


def test_tooltip_shows_anywhere_near_a_point(qtbot: QtBot, pane: DashboardPane) -> None:
    card = pane.cards["nps"]
    assert pane.board is not None
    february = next(p for p in pane.board.nps if p.label == "2026-02")
    assert february.value is not None
    x = datetime(2026, 2, 1, tzinfo=UTC).timestamp()
    dot = _on_screen(pane, card, x, february.value)
    near = dot + QPointF(12, 40)  # beside and well above the dot: the period's column
    qtbot.mouseMove(card.plot.viewport(), near.toPoint())
    assert "2026-02" in card.hover_tip
    assert "NPS: 100" in card.hover_tip
    qtbot.mouseMove(card.plot.viewport(), QPointF(10, dot.y()).toPoint())  # the axis: nothing
    assert card.hover_tip == ""


def test_the_running_month_is_marked_not_drawn_as_a_drop(pane: DashboardPane) -> None:
    card = pane.cards["nps"]
    lines = card.plot.getPlotItem().listDataItems()
    solid = next(i for i in lines if i.opts["pen"].style() == Qt.PenStyle.SolidLine)
    dashed = next(i for i in lines if i.opts["pen"].style() == Qt.PenStyle.DashLine)
    assert math.isnan(solid.getData()[1][-1])  # March is not on the solid line
    assert list(dashed.getData()[1]) == [100.0, 100.0]  # February to March, dashed
    revenue = card_tip(pane.cards["revenue"], "2026-03")
    assert "so far" in revenue
    assert format_date(date(2026, 3, 31)) in revenue


def card_tip(card: ChartCard, label: str) -> str:
    return next(spot.tip for spot in card.plot_item.spots if spot.tip.startswith(label))


def test_money_carries_its_currency(pane: DashboardPane) -> None:
    revenue = pane.cards["revenue"]
    assert revenue.plot.getPlotItem().getAxis("left").labelText == "\N{EURO SIGN}"
    assert format_money(42_000, "EUR") in card_tip(revenue, "2026-02")
    clv = pane.cards["clv"].plot.getPlotItem()
    assert "\N{EURO SIGN}" in clv.getAxis("bottom").labelText
    assert any("\N{EURO SIGN}" in spot.tip for spot in clv.spots)
