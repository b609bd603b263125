"""Insights lead to the customers behind them: clicking an RFM segment's bar or a cohort cell
on the dashboard opens the contact list filtered to exactly those customers, with the filter
shown in the Filters panel; the panel's RFM and churn-risk filters narrow the list."""

from __future__ import annotations

from datetime import date

import pytest
from app.bootstrap import AppContext
from app.domain import metrics as m
from app.domain.contact_query import ContactFilter
from app.domain.metrics import RfmSegment
from app.services.demo import DemoSize, generate
from app.ui.contacts.view import ContactsPane
from app.ui.dashboard.charts import ChartCard
from app.ui.dashboard.view import DashboardPane
from app.ui.i18n import enum_label
from app.ui.main_window import MainWindow
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    generate(ctx.db, ctx.audit, DemoSize.SMALL, anchor=date(2026, 3, 2))
    ctx.analytics.refresh_contact_stats()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.show_pane("dashboard")
    dashboard = _dashboard(win)
    qtbot.waitUntil(lambda: dashboard.board is not None and not dashboard.busy, timeout=30_000)
    return win


def _dashboard(window: MainWindow) -> DashboardPane:
    pane = window.pane("dashboard")
    assert isinstance(pane, DashboardPane)
    return pane


def _contacts(window: MainWindow) -> ContactsPane:
    pane = window.pane("contacts")
    assert isinstance(pane, ContactsPane)
    return pane


def click_at(qtbot: QtBot, card: ChartCard, x: float, y: float) -> None:
    """A left click on the chart at (x, y) in its own coordinates."""
    card.plot.grab()  # laid out and ranged as on screen
    dashboard = card.parentWidget()
    while dashboard is not None and not isinstance(dashboard, DashboardPane):
        dashboard = dashboard.parentWidget()
    assert dashboard is not None
    dashboard.page_scroll.ensureWidgetVisible(card)
    view_box = card.plot.getPlotItem().getViewBox()
    scene = view_box.mapViewToScene(QPointF(x, y))
    position = card.plot.mapFromScene(scene)
    qtbot.mouseClick(card.plot.viewport(), Qt.MouseButton.LeftButton, pos=position)


def _listed(qtbot: QtBot, window: MainWindow) -> set[int]:
    pane = _contacts(window)
    qtbot.waitUntil(lambda: not pane.counting, timeout=20_000)
    return {pane.model.id_at(r) for r in range(pane.model.rowCount())}


def test_clicking_an_rfm_bar_lists_that_segment(qtbot: QtBot, window: MainWindow) -> None:
    board = _dashboard(window).board
    assert board is not None
    index, (name, count) = next((i, p) for i, p in enumerate(board.rfm) if p[1] > 0)
    click_at(qtbot, _dashboard(window).cards["rfm"], 1.0, float(index))
    assert window.current_pane_key == "contacts"
    pane = _contacts(window)
    assert pane.insights.rfm_filter.currentText() == enum_label(RfmSegment(name))
    assert pane.current_filter().rfm_segment == RfmSegment(name)
    listed = _listed(qtbot, window)
    assert len(listed) == count
    assert listed == set(window.ctx.contacts.list_ids(ContactFilter(rfm_segment=RfmSegment(name))))


def test_clicking_a_cohort_cell_lists_those_customers(qtbot: QtBot, window: MainWindow) -> None:
    board = _dashboard(window).board
    assert board is not None
    y, row = next(
        (i, r)
        for i, r in enumerate(board.cohorts.rows)
        if r.size and len(r.retention) > 2 and r.retention[2]
    )
    click_at(qtbot, _dashboard(window).cards["cohorts"], 2.5, y + 0.5)
    assert window.current_pane_key == "contacts"
    pane = _contacts(window)
    query = pane.current_filter()
    assert (query.cohort, query.ordered_in) == (row.start, m.add_months(row.start, 2))
    assert pane.filters_action.isChecked()  # the Filters panel opens to show the cohort
    assert pane.insights.cohort_row.isVisible()
    assert str(row.start.year) in pane.insights.cohort_label.text()
    listed = _listed(qtbot, window)
    assert listed
    share = row.retention[2]
    assert share is not None
    assert round(100 * len(listed) / row.size, 6) == pytest.approx(share)

    qtbot.mouseClick(pane.insights.clear_cohort, Qt.MouseButton.LeftButton)
    assert pane.current_filter().cohort is None
    assert not pane.insights.cohort_row.isVisible()


def test_churn_risk_range_narrows_the_list(qtbot: QtBot, window: MainWindow) -> None:
    window.show_pane("contacts")
    pane = _contacts(window)
    pane.insights.churn_min.setFocus()
    pane.insights.churn_min.selectAll()
    qtbot.keyClicks(pane.insights.churn_min, "70")
    assert pane.current_filter().churn_min == 70
    expected = window.ctx.contacts.list_ids(ContactFilter(churn_min=70))
    assert expected
    assert _listed(qtbot, window) == set(expected)
    qtbot.keyClick(pane.insights.churn_max, Qt.Key.Key_Up)  # "Any" -> 0: the range turns round
    assert pane.current_filter().churn_min == pane.current_filter().churn_max
