"""The dashboard opens, computes off the GUI thread, follows the period and grouping pickers and
exports a chart."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.domain.metrics import Grouping
from app.services.demo import DemoSize, generate
from app.storage.models import Contact, SurveyResponse, Txn
from app.ui.dashboard.freshness import StaleFiguresRefresher
from app.ui.dashboard.view import DashboardPane
from app.ui.i18n import apply_language
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tests.ui.helpers import shown_window


@pytest.fixture
def pane(qtbot: QtBot, ctx: AppContext) -> DashboardPane:
    with ctx.db.write() as s:
        contact = Contact(display_name="Ada", sort_name="ada")
        s.add(contact)
        s.flush()
        for month, score in ((1, 10), (2, 3), (2, 9)):
            s.add(
                SurveyResponse(
                    contact_id=contact.id,
                    kind="nps",
                    score=score,
                    answered_at=datetime(2026, month, 10, tzinfo=UTC),
                )
            )
        s.add(
            Txn(
                contact_id=contact.id,
                occurred_at=datetime(2026, 1, 5, tzinfo=UTC),
                kind="order",
                amount_minor=2500,
                currency="EUR",
            )
        )
    widget = DashboardPane(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    qtbot.waitUntil(lambda: widget.board is not None and not widget.busy, timeout=20000)
    return widget


def test_dashboard_shows_kpis_and_no_data_periods(pane: DashboardPane) -> None:
    assert pane.board is not None
    labels = [p.label for p in pane.board.nps]
    assert labels[-3:] == ["2026-01", "2026-02", "2026-03"]  # the clock is 2026-03-02
    assert pane.tiles["nps"].value.text() == "33.3"  # (2 promoters - 1 detractor) / 3
    assert pane.cards["nps"].rows[-1][:3] == ["2026-03", None, 0]  # March: no data, not zero


def test_changing_period_and_grouping_recomputes(qtbot: QtBot, pane: DashboardPane) -> None:
    pane.grouping_box.setCurrentIndex(pane.grouping_box.findData(Grouping.QUARTER.value))
    qtbot.waitUntil(
        lambda: (
            pane.board is not None
            and pane.board.scope.grouping is Grouping.QUARTER
            and not pane.busy
        ),
        timeout=20000,
    )
    pane.period_box.setCurrentIndex(pane.period_box.findData("3m"))
    qtbot.waitUntil(
        lambda: pane.board is not None and pane.board.scope.start.month == 1 and not pane.busy,
        timeout=20000,
    )
    assert [p.label for p in pane.board.nps] == ["2026-Q1"]
    assert pane.board.nps[0].n == 3


def test_a_chart_exports_to_png_and_csv(pane: DashboardPane, tmp_path: Path) -> None:
    card = pane.cards["nps"]
    card.export_png(tmp_path / "nps.png")
    card.export_csv(tmp_path / "nps.csv")
    assert (tmp_path / "nps.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with (tmp_path / "nps.csv").open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["period", "nps", "n", "promoters %", "passives %", "detractors %"]
    assert ["2026-02", "0.0", "2", "50.0", "0.0", "50.0"] in rows


def test_the_chosen_period_and_grouping_survive_a_restart(
    qtbot: QtBot, pane: DashboardPane, ctx: AppContext
) -> None:
    pane.period_box.setCurrentIndex(pane.period_box.findData("36m"))
    pane.grouping_box.setCurrentIndex(pane.grouping_box.findData(Grouping.WEEK.value))
    qtbot.waitUntil(lambda: not pane.busy, timeout=20000)
    again = DashboardPane(ctx)  # a new pane reads the UiPrefs file, as after a restart
    qtbot.addWidget(again)
    assert (again.period_box.currentData(), again.grouping_box.currentData()) == ("36m", "week")
    qtbot.waitUntil(lambda: again.board is not None and not again.busy, timeout=20000)
    assert again.board is not None
    assert again.board.scope.grouping is Grouping.WEEK


def test_charts_say_loading_then_no_data_instead_of_empty_axes(
    qtbot: QtBot, ctx: AppContext
) -> None:
    widget = DashboardPane(ctx)  # an empty database
    qtbot.addWidget(widget)
    card = widget.cards["csat"]
    assert not card.has_plot
    assert card.placeholder.text() == "Calculating…"
    qtbot.waitUntil(lambda: widget.board is not None and not widget.busy, timeout=20000)
    assert not card.has_plot
    assert card.placeholder.text() == "No data in this period."


def test_charts_with_figures_show_the_plot(pane: DashboardPane) -> None:
    assert pane.cards["nps"].has_plot
    assert not pane.cards["csat"].has_plot  # no CSAT answers: a sentence, not empty axes


def test_stale_customer_figures_are_refreshed_off_the_gui_thread(
    qtbot: QtBot, ctx: AppContext
) -> None:
    with ctx.db.write() as s:
        contact = Contact(display_name="Bo", sort_name="bo")
        s.add(contact)
        s.flush()
        s.add(
            Txn(
                contact_id=contact.id,
                occurred_at=datetime(2026, 2, 5, tzinfo=UTC),
                kind="order",
                amount_minor=4200,
                currency="EUR",
            )
        )
    refresher = StaleFiguresRefresher(ctx, interval_ms=60_000)
    with qtbot.waitSignal(refresher.refreshed, timeout=20000) as signal:
        refresher.refresh_now()
    refresher.stop()
    assert signal.args is not None
    assert signal.args[0].contacts == {contact.id}
    with ctx.db.read() as s:
        ltv = s.scalar(text("SELECT lifetime_value_minor FROM contact_stats"))
    assert ltv == 4200


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen
def test_chart_cards_take_one_column_when_two_would_be_cut_off(
    qtbot: QtBot, pane: DashboardPane
) -> None:
    """The card grid scrolls only vertically: at a laptop's 1024 pixels two cards side by side
    lost their right edge (buttons and all), so the cards re-flow to one column there."""
    cards = list(pane.cards.values())
    pane.show()
    qtbot.waitExposed(pane)
    qtbot.waitUntil(lambda: pane.card_grid.shape == 2)
    assert cards[1].y() == cards[0].y()
    assert cards[1].x() > cards[0].x()
    pane.resize(800, 800)
    qtbot.waitUntil(lambda: pane.card_grid.shape == 1)
    pane.card_grid.layout().activate()  # the re-arranged grid places its cards on the next pass
    assert all(card.x() == cards[0].x() for card in cards)
    assert cards[1].y() > cards[0].y()
    visible = pane.card_grid.visibleRegion().boundingRect().width()
    assert all(card.width() >= card.minimumSizeHint().width() for card in cards)
    assert all(card.geometry().right() <= visible for card in cards)
    pane.resize(1400, 800)
    qtbot.waitUntil(lambda: pane.card_grid.shape == 2)


def _fits(label: QLabel) -> bool:
    """Whether all of `label`'s text fits inside it as the label lays it out."""
    room = label.contentsRect()
    flags = int(label.alignment().value)
    if label.wordWrap():
        flags |= Qt.TextFlag.TextWordWrap.value
    needed = label.fontMetrics().boundingRect(room, flags, label.text())
    return needed.width() <= room.width() and needed.height() <= room.height()


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen
@pytest.mark.parametrize("language", ["es", "de"])
def test_kpi_titles_are_whole_at_1024_pixels(qtbot: QtBot, ctx: AppContext, language: str) -> None:
    """In Spanish "Abandono en el periodo" and "Reclamaciones abiertas" lost their ends in a
    1024-pixel-wide window; a title too long for its tile wraps."""
    generate(ctx.db, ctx.audit, DemoSize.SMALL)
    apply_language(language)
    try:
        window = shown_window(qtbot, ctx)
        window.resize(1024, 700)
        window.show_pane("dashboard")
        pane = window.pane("dashboard")
        assert isinstance(pane, DashboardPane)
        qtbot.waitUntil(lambda: pane.board is not None and not pane.busy, timeout=20000)
        qtbot.waitUntil(lambda: all(tile.title.isVisible() for tile in pane.tiles.values()))
        QApplication.processEvents()  # the shown pane lays out its tiles
        titles = {key: tile.title for key, tile in pane.tiles.items()}
        assert titles["churn"].text() != "Churn over the period"  # translated
        assert [key for key, title in titles.items() if not _fits(title)] == []
    finally:
        apply_language("en")
