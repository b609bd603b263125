"""Dashboard pane: KPI tiles and charts of NPS, CSAT, churn, cohorts, CLV, RFM and complaints.

The figures are computed by AnalyticsService in the thread pool; the pane only draws them.
pyqtgraph comes in through .charts, which this module imports, and panes.py imports this module
only when the dashboard is first opened.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import AppContext
from app.config.ui_prefs import UiPrefs
from app.domain import metrics as m
from app.domain.metrics import Grouping
from app.services.analytics import Dashboard, Kpi, Scope
from app.services.changes import Changes
from app.ui.common.empty_state import EmptyState
from app.ui.common.formatting import format_date, format_number, format_percent
from app.ui.common.reflow import CardGrid
from app.ui.common.shell import LocalShell, Shell
from app.ui.common.workers import CancelFlag, Progress, Task
from app.ui.dashboard import charts

# (key, months back including the current one; 0 = since January 1st)
PERIODS: tuple[tuple[str, int], ...] = (("3m", 3), ("12m", 12), ("36m", 36), ("ytd", 0))
PREFS_KEY = "dashboard"  # UiPrefs.extra entry: {"period": "12m", "grouping": "month"}


class KpiTile(QFrame):
    """One headline figure with its change against the previous period of the same length."""

    def __init__(self, title: str, unit: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._unit = unit
        self.title = QLabel(title)
        self.value = QLabel("\N{EN DASH}")
        self.change = QLabel("")
        # The sample size has its own line: beside the change it wrapped mid-figure at 1280 px.
        self.sample = QLabel("")
        self.sample.setToolTip(self.tr("How many answers or customers the figure is based on"))
        for label in (self.title, self.value, self.change, self.sample):
            label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        # Long titles ("Abandono en el periodo") lost their ends in a 1024-pixel window.
        self.title.setWordWrap(True)
        self.title.setToolTip(title)
        self.change.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        for label in (self.title, self.value, self.change, self.sample):
            layout.addWidget(label)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep room for every line of a wrapped title: the stacked pages above the tile row
        do not pass height-for-width on, so the row kept one line's height and cut the second."""
        super().resizeEvent(event)
        self.title.setMinimumHeight(self.title.heightForWidth(self.title.width()))

    def show_kpi(self, kpi: Kpi) -> None:
        now, before = kpi.current, kpi.previous
        digits = 1 if self._unit or kpi.key == "nps" else 0  # counts are whole numbers
        if now.value is None:
            self.value.setText(self.tr("no data"))
        else:
            self.value.setText(f"{format_number(now.value, digits)}{self._unit}")
        self.sample.setText(self.tr("n = %1").replace("%1", format_number(now.n)))
        if now.value is None or before.value is None:
            self.change.setText(self.tr("no previous figure"))
            return
        delta = now.value - before.value
        arrow = "\N{BLACK UP-POINTING TRIANGLE}" if delta > 0 else "="
        if delta < 0:
            arrow = "\N{BLACK DOWN-POINTING TRIANGLE}"
        self.change.setText(
            self.tr("%1 %2 vs previous")
            .replace("%1", arrow)
            .replace("%2", ("+" if delta > 0 else "") + format_number(delta, digits))
        )


class DashboardPane(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, shell: Shell | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.shell = shell or LocalShell(ctx, self)
        self.shell.operations.did_execute.connect(self.apply)
        self.stale = False  # data changed since the figures shown were computed
        self._task: Task | None = None
        self.board: Dashboard | None = None
        self.period_box, self.grouping_box = self._build_pickers()
        self._restore_choice()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Compute the figures again (F5)"))
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        for box in (self.period_box, self.grouping_box):
            box.currentIndexChanged.connect(self._save_choice)
            box.currentIndexChanged.connect(self.refresh)
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:")))
        bar.addWidget(self.period_box)
        bar.addWidget(self.grouping_box)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.status, 1)

        self.tiles = {
            "nps": KpiTile(self.tr("NPS"), ""),
            "csat": KpiTile(self.tr("CSAT"), " %"),
            "churn": KpiTile(self.tr("Churn over the period"), " %"),
            "active": KpiTile(self.tr("Active customers"), ""),
            "open_complaints": KpiTile(self.tr("Open complaints"), ""),
        }
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile)

        self.cards = self._build_cards()
        self.card_grid = CardGrid(list(self.cards.values()))
        self.page_scroll = scroll = QScrollArea()
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.card_grid)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(tiles)
        content_layout.addWidget(scroll, 1)
        self.empty_state = EmptyState(
            self.tr("Dashboard"),
            self.tr(
                "Charts of NPS, CSAT, churn, retention cohorts, customer lifetime value and "
                "complaint recovery appear here once customers have orders, survey answers or "
                "complaints in the chosen period."
            ),
        )
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_state)
        self.pages.addWidget(content)
        self.pages.setCurrentWidget(content if ctx.contacts.count() else self.empty_state)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        self.refresh()

    def _build_cards(self) -> dict[str, charts.ChartCard]:
        """One card per chart, in reading order (two columns when they fit)."""
        specs: list[tuple[str, str, Callable[..., charts.Rows], bool]] = [
            (
                "nps",
                self.tr("NPS with promoter / passive / detractor shares"),
                charts.draw_nps,
                True,
            ),
            ("csat", self.tr("CSAT (% answering 4 or 5)"), charts.draw_csat, True),
            ("churn", self.tr("Churn rate"), charts.draw_churn, True),
            ("active", self.tr("Active customers (at period end)"), charts.draw_active, True),
            (
                "cohorts",
                self.tr("Retention by cohort (% ordering again)"),
                charts.draw_cohorts,
                False,
            ),
            ("retention", self.tr("Average retention curve"), charts.draw_retention_curve, False),
            (
                "revenue",
                self.tr("Net revenue (orders - refunds - credits)"),
                charts.draw_revenue,
                True,
            ),
            ("clv", self.tr("Customer lifetime value"), charts.draw_clv, False),
            ("rfm", self.tr("RFM segments (customers)"), charts.draw_rfm, False),
            ("categories", self.tr("Complaints by category"), charts.draw_categories, False),
            ("resolution", self.tr("Median resolution time (hours)"), charts.draw_resolution, True),
            ("sla", self.tr("Resolution SLA met"), charts.draw_sla, True),
            ("satisfaction", self.tr("Recovery satisfaction"), charts.draw_satisfaction, True),
            (
                "complainant_nps",
                self.tr("Complainants' NPS before vs after"),
                charts.draw_complainant_nps,
                False,
            ),
        ]
        picks: dict[str, charts.Pick] = {"cohorts": charts.pick_cohort, "rfm": charts.pick_rfm}
        cards = {
            key: charts.ChartCard(key, title, draw, dates=dates, pick=picks.get(key))
            for key, title, draw, dates in specs
        }
        for card in cards.values():
            card.picked.connect(self.shell.show_contacts)
        return cards

    # -- remembered period and grouping ------------------------------------------------------

    def _prefs(self) -> UiPrefs:
        return self.shell.prefs

    def _build_pickers(self) -> tuple[QComboBox, QComboBox]:
        """The period and grouping choices, defaulting to 12 months by month."""
        period_box = QComboBox()
        period_box.setAccessibleName(self.tr("Period"))
        for key, label in zip(
            (k for k, _ in PERIODS),
            (
                self.tr("Last 3 months"),
                self.tr("Last 12 months"),
                self.tr("Last 3 years"),
                self.tr("This year"),
            ),
            strict=True,
        ):
            period_box.addItem(label, key)
        period_box.setCurrentIndex(1)
        grouping_box = QComboBox()
        grouping_box.setAccessibleName(self.tr("Grouping"))
        for grouping, label in (
            (Grouping.DAY, self.tr("by day")),
            (Grouping.WEEK, self.tr("by week")),
            (Grouping.MONTH, self.tr("by month")),
            (Grouping.QUARTER, self.tr("by quarter")),
        ):
            grouping_box.addItem(label, grouping.value)
        grouping_box.setCurrentIndex(2)
        return period_box, grouping_box

    def _restore_choice(self) -> None:
        saved = self._prefs().extra.get(PREFS_KEY)
        if not isinstance(saved, dict):
            return
        for box, key in ((self.period_box, "period"), (self.grouping_box, "grouping")):
            index = box.findData(saved.get(key))
            if index >= 0:
                box.setCurrentIndex(index)

    def _save_choice(self) -> None:
        """Written at once, so the choice survives even a crash before the window closes."""
        prefs = self._prefs()
        prefs.extra[PREFS_KEY] = {
            "period": self.period_box.currentData(),
            "grouping": self.grouping_box.currentData(),
        }
        prefs.save(self._ctx.paths.config_dir)

    def scope(self) -> Scope:
        """The period and grouping the person picked, ending today."""
        grouping = Grouping(self.grouping_box.currentData())
        months = dict(PERIODS)[self.period_box.currentData()]
        today = self._ctx.clock.now().date()
        start = date(today.year, 1, 1) if months == 0 else m.add_months(today, 1 - months)
        return Scope(start, today, grouping)

    def apply(self, changes: Changes, _origin: object) -> None:
        """Data behind the figures changed: mark them stale (recomputing the whole dashboard
        for every edit would keep both cores busy); Refresh (F5) computes them again."""
        if changes.settings:
            self.settings_changed()
        elif changes.contacts or changes.txns or changes.surveys or changes.complaints:
            self.stale = True
            if self._task is None:
                self.status.setText(self.tr("The data changed; press Refresh (F5) to update."))

    def settings_changed(self) -> None:
        """The currency, churn window and margin change the figures: compute them again."""
        self.refresh()

    def refresh(self) -> None:
        """Compute the dashboard in the thread pool; a newer request cancels the older one."""
        self.stale = False
        if self._task is not None:
            self._task.cancelled.cancel()
        scope = self.scope()
        analytics = self._ctx.analytics

        def compute(progress: Progress, cancelled: CancelFlag) -> Dashboard:
            return analytics.dashboard(scope, progress, cancelled)

        task = Task(compute)
        # Bound slots, not lambdas: Qt drops them with the pane, so a task still running when
        # the window is rebuilt (a language switch) reports to no deleted label.
        task.signals.done.connect(self._show)
        task.signals.failed.connect(self._failed)
        task.signals.progress.connect(self._progress)
        self._task = task
        self.status.setText(self.tr("Calculating…"))
        task.start()

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _from_current_task(self) -> bool:
        """Whether the signal being handled comes from the newest request (not a superseded one)."""
        return self._task is not None and self.sender() is self._task.signals

    def _progress(self, _label: str, share: float) -> None:
        if self._from_current_task():
            self.status.setText(
                self.tr("Calculating… %1").replace("%1", format_percent(share * 100, 0))
            )

    def _show(self, board: Dashboard) -> None:
        if not self._from_current_task():
            return  # an older, superseded request
        self._task = None
        self.board = board
        self.pages.setCurrentIndex(1 if _has_data(board) else 0)
        for kpi in board.kpis:
            self.tiles[kpi.key].show_kpi(kpi)
        for card in self.cards.values():
            card.show_board(board)
        self.status.setText(
            self.tr("%1 to %2")
            .replace("%1", format_date(board.scope.start))
            .replace("%2", format_date(board.scope.end))
        )

    def _failed(self, message: str) -> None:
        if not self._from_current_task():
            return
        self._task = None
        self.status.setText(message or self.tr("Something went wrong; the details are in the log."))


def _has_data(board: Dashboard) -> bool:
    """Whether anything at all was counted for the chosen period and filter."""
    return any(k.current.n for k in board.kpis) or any(p.n for p in board.revenue)
