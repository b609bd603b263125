"""Chart cards of the dashboard, drawn with pyqtgraph (imported here, so only when the pane is
first built). Each card draws one part of a Dashboard and can export itself to PNG and its data
to CSV."""

from __future__ import annotations

import csv
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.domain import metrics as m
from app.domain.contact_query import ContactFilter
from app.domain.metrics import RfmSegment
from app.services.analytics import MINOR_PER_MAJOR, Dashboard, Distribution, Point, Scope
from app.ui.common.formatting import (
    currency_symbol,
    format_date,
    format_money,
    format_number,
    month_name,
)
from app.ui.common.wheel import WHEEL_SCROLLS_PAGE
from app.ui.complaints.pick_lists import list_label
from app.ui.i18n import enum_label

Rows = list[list[object]]
# What a click at (x, y) in a chart's coordinates picks: the customers behind that bar or cell.
Pick = Callable[[Dashboard, float, float], ContactFilter | None]

# Colours readable on light and dark backgrounds (Okabe-Ito, colour-blind safe).
BLUE, ORANGE, GREEN, RED, GREY, PURPLE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#999999",
    "#CC79A7",
)


# pyqtgraph names months with strftime, which is English under Python's default C locale.
_ENGLISH_MONTHS = {datetime(2000, m, 1).strftime("%b"): m for m in range(1, 13)}


class LocaleDateAxis(pg.DateAxisItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """A date axis that names months in the chosen language."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [
            " ".join(
                month_name(_ENGLISH_MONTHS[word]) if word in _ENGLISH_MONTHS else word
                for word in text.split(" ")
            )
            for text in super().tickStrings(values, scale, spacing)
        ]


class CompactAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """A value axis with locale-formatted, short tick labels ("1.2M", "850k", "12,5") instead
    of pyqtgraph's scientific notation and SI-prefix scaling ("1e+06")."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [compact_number(v * scale, spacing * scale) for v in values]


def compact_number(value: float, spacing: float) -> str:
    """`value` shortened to thousands or millions when ticks are that far apart, with just
    enough decimals to tell neighbouring ticks (`spacing` apart) from each other."""
    for unit, template in (
        (1e6, QCoreApplication.translate("Dashboard", "{value}M")),
        (1e3, QCoreApplication.translate("Dashboard", "{value}k")),
    ):
        if abs(value) >= unit and spacing >= unit / 10:
            return template.format(value=format_number(value / unit, _decimals(spacing / unit)))
    return format_number(value, _decimals(spacing))


def _decimals(spacing: float) -> int:
    """Decimals needed to show ticks `spacing` apart (0 for whole steps, at most 2)."""
    if spacing <= 0 or spacing >= 1:
        return 0
    return min(2, math.ceil(-math.log10(spacing) - 1e-9))


def _ts(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()


def _fmt(value: float | None, unit: str = "") -> str:
    return (
        QCoreApplication.translate("Dashboard", "no data")
        if value is None
        else f"{format_number(value, 1)}{unit}"
    )


@dataclass(frozen=True, slots=True)
class Spot:
    """A point whose figures show as a tooltip when the pointer is near (see _hover)."""

    x: float
    y: float
    tip: str
    along: str  # "x", "y" or "xy": which distance counts


HOVER_REACH_PX = 60  # how far from a point (along its axis) the pointer still shows its tip
CELL_REACH_PX = 30  # for cells and bins, measured both ways


class HoverPlotItem(pg.PlotItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """A plot item that remembers the hover spots the drawing functions register."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.spots: list[Spot] = []

    def clear(self) -> None:
        super().clear()
        self.spots = []

    def nearest_tip(self, scene_pos: QPointF) -> str:
        """The tip of the spot nearest the pointer (in pixels), or "" when none is near."""
        view_box = self.getViewBox()
        if not view_box.sceneBoundingRect().contains(scene_pos):
            return ""
        best, best_tip = math.inf, ""
        for spot in self.spots:
            at = view_box.mapViewToScene(QPointF(spot.x, spot.y))
            dx, dy = abs(at.x() - scene_pos.x()), abs(at.y() - scene_pos.y())
            distance = {"x": dx, "y": dy}.get(spot.along, math.hypot(dx, dy))
            reach = CELL_REACH_PX if spot.along == "xy" else HOVER_REACH_PX
            if distance <= reach and distance < best:
                best, best_tip = distance, spot.tip
        return best_tip


class ChartCard(QFrame):
    """A titled chart with PNG and CSV export; `draw` fills the plot from a Dashboard. With a
    `pick`, clicking a bar or cell emits `picked` with the filter of the customers behind it."""

    picked = Signal(object)  # ContactFilter

    def __init__(
        self,
        key: str,
        title: str,
        draw: Callable[[pg.PlotItem, Dashboard], Rows],
        *,
        dates: bool = True,
        pick: Pick | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key, self._draw, self._pick = key, draw, pick
        self.rows: Rows = []
        self._board: Dashboard | None = None  # drawn again in the new colours on a theme switch
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.png_button = QPushButton(QCoreApplication.translate("Dashboard", "PNG…"))
        self.csv_button = QPushButton(QCoreApplication.translate("Dashboard", "CSV…"))
        self.png_button.setToolTip(
            QCoreApplication.translate("Dashboard", "Save this chart as a PNG image")
        )
        self.csv_button.setToolTip(
            QCoreApplication.translate("Dashboard", "Save this chart's figures as a CSV file")
        )
        self.png_button.clicked.connect(lambda: self._ask_and_export("png"))
        self.csv_button.clicked.connect(lambda: self._ask_and_export("csv"))
        bottom = LocaleDateAxis(orientation="bottom") if dates else CompactAxis("bottom")
        self.plot_item = HoverPlotItem(axisItems={"bottom": bottom, "left": CompactAxis("left")})
        self.plot = pg.PlotWidget(plotItem=self.plot_item)
        self.hover_tip = ""  # the tooltip shown now ("" for none)
        # Every move, not pyqtgraph's rate-limited sigMouseMoved: it drops the move on which
        # the pointer comes to rest, and with it the tooltip of where it rests.
        self.plot.viewport().installEventFilter(self)
        self.plot.setMinimumHeight(230)
        # The wheel scrolls the dashboard; Ctrl+wheel zooms (app/ui/common/wheel.py).
        self.plot.setProperty(WHEEL_SCROLLS_PAGE, True)
        self.reset_button = QPushButton(QCoreApplication.translate("Dashboard", "Reset view"))
        self.reset_button.setToolTip(
            QCoreApplication.translate(
                "Dashboard", "Show the whole chart again (Ctrl+wheel zooms, dragging moves it)"
            )
        )
        self.reset_button.hide()  # until the person zooms or moves the chart
        self.reset_button.clicked.connect(self.reset_view)
        self.plot.getPlotItem().getViewBox().sigRangeChangedManually.connect(self._moved)
        if pick is not None:
            self.plot.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            self.plot.scene().sigMouseClicked.connect(self._clicked)
        # Until figures arrive (and when a period has none) a sentence stands in for the plot,
        # whose empty axes would show meaningless ticks.
        self.placeholder = QLabel(QCoreApplication.translate("Dashboard", "Calculating…"))
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMinimumHeight(230)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.plot)
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.getPlotItem().getAxis("left").setWidth(70)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.reset_button)
        header.addWidget(self.png_button)
        header.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.stack)
        self.apply_palette()

    def apply_palette(self) -> None:
        """Follow the window palette so the chart is readable in light and dark themes."""
        palette = self.palette()
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        for name in ("left", "bottom"):
            axis = self.plot.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))

    def changeEvent(self, event: QEvent) -> None:
        """A live theme switch changes the palette: the plot, which paints its own colours,
        follows it (it kept light axes and background on a dark window until restart)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_palette()
            # Redrawn after the repolish (the cohort labels take the text colour); redrawing
            # plot items inside the style's repolish crashed.
            QTimer.singleShot(0, self, self._redraw)  # dropped if the card goes first

    def _redraw(self) -> None:
        if self._board is not None:
            self.show_board(self._board)

    def _clicked(self, event: Any) -> None:  # pyqtgraph's MouseClickEvent (untyped)
        """A left click inside the plot area picks the bar or cell under it, if any."""
        if self._pick is None or self._board is None or event.button() != Qt.MouseButton.LeftButton:
            return
        view_box = self.plot.getPlotItem().getViewBox()
        scene_pos = event.scenePos()
        if not view_box.sceneBoundingRect().contains(scene_pos):
            return
        point = view_box.mapSceneToView(scene_pos)
        query = self._pick(self._board, point.x(), point.y())
        if query is not None:
            self.picked.emit(query)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The pointer over the plot: show the figures of the point nearest it."""
        if isinstance(event, QMouseEvent) and event.type() == QEvent.Type.MouseMove:
            self._hovered(self.plot.mapToScene(event.position().toPoint()))
        elif event.type() == QEvent.Type.Leave:
            self._hovered(None)
        return False

    def _hovered(self, scene_pos: QPointF | None) -> None:
        """Show the figures of the point nearest the pointer: anywhere in its period's column
        (or bar's row), not only on the point itself."""
        tip = ""
        if scene_pos is not None and self.has_plot:
            tip = self.plot_item.nearest_tip(scene_pos)
        if tip == self.hover_tip:
            return
        self.hover_tip = tip
        if scene_pos is None or not tip:
            QToolTip.hideText()
            return
        viewport = self.plot.viewport()
        where = viewport.mapToGlobal(self.plot.mapFromScene(scene_pos))
        QToolTip.showText(where, tip, viewport)

    def _moved(self, _mask: object) -> None:
        self.reset_button.show()

    def reset_view(self) -> None:
        """Back to the chart as drawn: its own ranges, every point in view."""
        self._redraw()

    def show_board(self, board: Dashboard) -> None:
        self._board = board
        item = self.plot.getPlotItem()
        item.clear()
        item.enableAutoRange()  # new figures in full view (drawing may fix a range again)
        self.reset_button.hide()
        legend = item.legend
        if legend is not None:
            legend.clear()
        self.rows = self._draw(item, board)
        drawn = bool(item.getViewBox().addedItems)
        self.placeholder.setText(QCoreApplication.translate("Dashboard", "No data in this period."))
        self.stack.setCurrentWidget(self.plot if drawn else self.placeholder)
        self.png_button.setEnabled(drawn)

    @property
    def has_plot(self) -> bool:
        """Whether the chart (not the loading or no-data sentence) is showing."""
        return self.stack.currentWidget() is self.plot

    def export_png(self, path: Path) -> None:
        if not self.plot.grab().save(str(path), "PNG"):
            raise OSError(
                QCoreApplication.translate(
                    "Dashboard", "The image could not be written to {0}."
                ).format(path)
            )

    def export_csv(self, path: Path) -> None:
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(self.rows)

    def _ask_and_export(self, kind: str) -> None:
        caption = QCoreApplication.translate("Dashboard", "Export chart")
        filter_ = (
            QCoreApplication.translate("Dashboard", "PNG image (*.png)")
            if kind == "png"
            else QCoreApplication.translate("Dashboard", "CSV file (*.csv)")
        )
        name, _ = QFileDialog.getSaveFileName(self, caption, f"{self.key}.{kind}", filter_)
        if not name:
            return
        try:
            (self.export_png if kind == "png" else self.export_csv)(Path(name))
        except OSError as exc:
            self.title.setToolTip(str(exc))


# -- drawing helpers ---------------------------------------------------------------------------


def _hover(
    item: pg.PlotItem,
    xs: Sequence[float],
    ys: Sequence[float],
    tips: list[str],
    along: str = "x",
) -> None:
    """Figures to show in a tooltip when the pointer comes near their point (see HoverPlotItem).
    `along` says which distance counts: "x" for series over time and upright bars (the whole
    column of a period), "y" for horizontal bars (the whole row), "xy" for cells and bins."""
    item.spots.extend(Spot(x, y, tip, along) for x, y, tip in zip(xs, ys, tips, strict=True))


def _line(
    item: pg.PlotItem,
    scope: Scope,
    points: Sequence[Point],
    colour: str,
    name: str,
    *,
    unit: str = "",
) -> None:
    """A line over the periods with data; gaps where a period has no data. The period still
    running is drawn dashed and hollow, its tooltip says so: a month only a week old is no
    drop."""
    xs = [_ts(p.start) for p in points]
    tips = [f"{p.label}\n{name}: {_fmt(p.value, unit)}\nn = {format_number(p.n)}" for p in points]
    partial = _partial_index(points, scope)
    if partial is not None:
        tips[partial] += "\n" + _partial_note(scope)
    _curve(item, xs, [p.value for p in points], tips, colour=colour, name=name, partial=partial)


def _partial_index(points: Sequence[Point], scope: Scope) -> int | None:
    """The index of the period that holds the scope's last day (today): not over yet."""
    for index, point in enumerate(points):
        if point.start <= scope.end < m.next_period(point.start, scope.grouping):
            return index
    return None


def _partial_note(scope: Scope) -> str:
    return QCoreApplication.translate("Dashboard", "so far (the period runs until %1)").replace(
        "%1",
        format_date(
            m.next_period(m.period_start(scope.end, scope.grouping), scope.grouping)
            - timedelta(days=1)
        ),
    )


def _curve(
    item: pg.PlotItem,
    xs: Sequence[float],
    values: Sequence[float | None],
    tips: list[str],
    *,
    colour: str,
    name: str,
    partial: int | None = None,
) -> None:
    """Points joined where both ends have data; nothing at all when no point has data. The
    `partial` point is joined by a dashed line and drawn hollow."""
    ys = [math.nan if v is None else v for v in values]
    known = [(x, y, t) for x, y, t in zip(xs, ys, tips, strict=True) if not math.isnan(y)]
    if not known:
        return  # every period says "no data" (in the CSV and the tiles)
    if item.legend is None:
        item.addLegend(offset=(10, 5))
    complete = [math.nan if i == partial else y for i, y in enumerate(ys)]
    has_complete = not all(math.isnan(y) for y in complete)
    if has_complete:
        item.plot(
            list(xs),
            complete,
            pen=pg.mkPen(colour, width=2),
            symbol="o",
            symbolSize=5,
            symbolBrush=colour,
            symbolPen=pg.mkPen(colour),  # filled: only the running period's point is hollow
            name=name,
            connect="finite",
        )
    if partial is not None and not math.isnan(ys[partial]):
        start = max(partial - 1, 0)
        item.plot(
            list(xs[start : partial + 1]),
            ys[start : partial + 1],
            pen=pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine),
            name=None if has_complete else name,
            connect="finite",
        )
        item.plot(  # the running period's point: hollow
            [xs[partial]],
            [ys[partial]],
            pen=None,
            symbol="o",
            symbolSize=8,
            symbolBrush=None,
            symbolPen=pg.mkPen(colour, width=2),
        )
    _hover(item, [k[0] for k in known], [k[1] for k in known], [k[2] for k in known])


def _click_hint() -> str:
    return QCoreApplication.translate("Dashboard", "Click to list these customers.")


def _width(points: Sequence[Point]) -> float:
    if len(points) < 2:
        return 86400 * 20
    return (_ts(points[1].start) - _ts(points[0].start)) * 0.7


def _series_rows(points: Sequence[Point], header: str) -> Rows:
    rows: Rows = [["period", header, "n"]]
    return rows + [[p.label, p.value, p.n] for p in points]


MAX_LABEL_WIDTH = 220  # px of a bar chart's names; longer ones are cut by the axis


def _hbars(
    item: pg.PlotItem,
    pairs: Sequence[tuple[str, float]],
    colour: str,
    unit: str,
    hint: str = "",
) -> None:
    """Horizontal bars with the category names on the left axis; `hint` ends each tooltip."""
    ys = list(range(len(pairs)))
    widths = [v for _, v in pairs]
    item.addItem(pg.BarGraphItem(x0=0, y=ys, height=0.7, width=widths, brush=colour))
    axis = item.getAxis("left")
    axis.setTicks([[(i, name) for i, (name, _) in enumerate(pairs)]])
    # wide enough for the longest name (translated names run longer), within reason
    metrics = QFontMetrics(axis.style.get("tickFont") or QFont())
    longest = max((metrics.horizontalAdvance(name) for name, _ in pairs), default=0)
    axis.setWidth(min(MAX_LABEL_WIDTH, max(130, longest + 16)))
    item.invertY(True)
    tips = [f"{name}: {format_number(v)}{unit}{hint}" for name, v in pairs]
    _hover(item, widths, ys, tips, along="y")


# -- the charts --------------------------------------------------------------------------------


def draw_nps(item: pg.PlotItem, board: Dashboard) -> Rows:
    """NPS line over promoter/passive/detractor shares stacked as bars."""
    points = board.nps
    xs = np.array([_ts(p.start) for p in points])
    width = _width(points)
    bottom = np.zeros(len(points))
    item.addLegend(offset=(10, -5), colCount=4)
    for index, (name, colour) in enumerate(
        (
            (QCoreApplication.translate("Dashboard", "promoters %"), GREEN),
            (QCoreApplication.translate("Dashboard", "passives %"), GREY),
            (QCoreApplication.translate("Dashboard", "detractors %"), RED),
        )
    ):
        heights = np.array([p.parts[index][1] if p.parts else 0.0 for p in points])
        bars = pg.BarGraphItem(
            x=xs,
            y0=bottom,
            height=heights,
            width=width,
            brush=QColor(colour).lighter(130),
            pen=pg.mkPen(None),
            name=name,
        )
        item.addItem(bars)
        bottom = bottom + heights
    _line(item, board.scope, points, BLUE, QCoreApplication.translate("Dashboard", "NPS"))
    item.setYRange(-100, 100)
    rows: Rows = [["period", "nps", "n", "promoters %", "passives %", "detractors %"]]
    for p in points:
        rows.append([p.label, p.value, p.n, *(share for _, share in p.parts)])
    return rows


def draw_csat(item: pg.PlotItem, board: Dashboard) -> Rows:
    _line(
        item,
        board.scope,
        board.csat,
        GREEN,
        QCoreApplication.translate("Dashboard", "CSAT %"),
        unit=" %",
    )
    item.setYRange(0, 100)
    return _series_rows(board.csat, "csat_percent")


def draw_churn(item: pg.PlotItem, board: Dashboard) -> Rows:
    _line(
        item,
        board.scope,
        board.churn,
        RED,
        QCoreApplication.translate("Dashboard", "churn %"),
        unit=" %",
    )
    item.setYRange(0, max([10.0] + [p.value or 0 for p in board.churn]) * 1.1)
    return _series_rows(board.churn, "churn_percent")


def draw_active(item: pg.PlotItem, board: Dashboard) -> Rows:
    _line(
        item,
        board.scope,
        board.active,
        BLUE,
        QCoreApplication.translate("Dashboard", "active customers"),
    )
    return _series_rows(board.active, "active_customers")


def draw_revenue(item: pg.PlotItem, board: Dashboard) -> Rows:
    points = board.revenue
    xs = [_ts(p.start) for p in points]
    ys = [p.value or 0.0 for p in points]
    partial = _partial_index(points, board.scope)
    pale = QColor(BLUE)
    pale.setAlpha(90)
    item.addItem(
        pg.BarGraphItem(
            x=xs,
            height=ys,
            width=_width(points),
            brushes=[pale if i == partial else QColor(BLUE) for i in range(len(points))],
            pens=[
                pg.mkPen(BLUE, style=Qt.PenStyle.DashLine) if i == partial else pg.mkPen(None)
                for i in range(len(points))
            ],
        )
    )
    item.getAxis("left").setLabel(currency_symbol(board.currency))
    tips = [
        QCoreApplication.translate("Dashboard", "%1\nnet revenue: %2\nledger rows: %3")
        .replace("%1", p.label)
        .replace("%2", _money(p.value, board.currency))
        .replace("%3", format_number(p.n))
        for p in points
    ]
    if partial is not None:
        tips[partial] += "\n" + _partial_note(board.scope)
    _hover(item, xs, ys, tips)
    return _series_rows(points, "net_revenue")


def _remove_colour_bar(item: pg.PlotItem) -> None:
    """Drop the colour legend of the previous drawing (ColorBarItem sits in layout cell 2, 5)."""
    layout = item.layout
    if layout.rowCount() > 2 and layout.columnCount() > 5:
        previous = layout.itemAt(2, 5)
        if previous is not None:
            layout.removeItem(previous)
            previous.scene().removeItem(previous)


def draw_cohorts(item: pg.PlotItem, board: Dashboard) -> Rows:
    """Cohort month (rows) x months since first order (columns), % retained in each cell."""
    rows = board.cohorts.rows
    size = max((len(r.retention) for r in rows), default=0)
    cells = np.full((size, len(rows)), np.nan)
    for y, row in enumerate(rows):
        for x, value in enumerate(row.retention):
            if value is not None and x > 0:  # month 0 is always 100 %: left out of the scale
                cells[x, y] = value
    _remove_colour_bar(item)
    top = float(np.nanmax(cells)) if np.isfinite(cells).any() else 1.0
    if np.isfinite(cells).any():
        image = pg.ImageItem(cells)
        image.setColorMap(pg.colormap.get("viridis"))
        image.setLevels((0, max(top, 1.0)))
        item.addItem(image)
        bar = pg.ColorBarItem(
            values=(0, max(top, 1.0)),
            colorMap="viridis",
            label=QCoreApplication.translate("Dashboard", "% retained"),
            interactive=False,
            width=12,
        )
        bar.setImageItem(image, insert_in=item)
    show_text = len(rows) <= 18
    plain = item.getAxis("left").textPen().color()  # the palette's text colour (month 0 cells)
    for y, row in enumerate(rows):
        for x, value in enumerate(row.retention):
            if value is None or not show_text:
                continue
            colour = plain if x == 0 else QColor("white" if value < top * 0.6 else "black")
            label = pg.TextItem(format_number(value), color=colour, anchor=(0.5, 0.5))
            label.setPos(x + 0.5, y + 0.5)
            item.addItem(label)
    item.invertY(True)
    item.getAxis("left").setWidth(120)
    item.getAxis("left").setTicks(
        [[(y + 0.5, f"{r.label} ({format_number(r.size)})") for y, r in enumerate(rows)]]
    )
    bottom = item.getAxis("bottom")
    bottom.setLabel(QCoreApplication.translate("Dashboard", "months since first order"))
    bottom.setTicks([[(k + 0.5, str(k)) for k in range(size)]])  # under the cell centres
    tips = [
        QCoreApplication.translate("Dashboard", "%1 +%2: %3 of %4")
        .replace("%1", r.label)
        .replace("%2", str(x))
        .replace("%3", _fmt(v, " %"))
        .replace("%4", format_number(r.size))
        + "\n"
        + _click_hint()
        for r in rows
        for x, v in enumerate(r.retention)
    ]
    coords = [(x + 0.5, y + 0.5) for y, r in enumerate(rows) for x, _ in enumerate(r.retention)]
    _hover(item, [c[0] for c in coords], [c[1] for c in coords], tips, along="xy")
    out: Rows = [["cohort", "size", *(f"month_{k}" for k in range(size))]]
    out += [[r.label, r.size, *r.retention] for r in rows]
    return out


def pick_cohort(board: Dashboard, x: float, y: float) -> ContactFilter | None:
    """The cohort cell clicked (cohort y, month x, each cell one unit wide): its customers, or
    the whole cohort for month 0."""
    rows = board.cohorts.rows
    k, index = math.floor(x), math.floor(y)
    if not (0 <= index < len(rows) and 0 <= k < len(rows[index].retention)):
        return None
    row = rows[index]
    if row.retention[k] is None or not row.size:
        return None
    return ContactFilter(cohort=row.start, ordered_in=m.add_months(row.start, k) if k else None)


def draw_retention_curve(item: pg.PlotItem, board: Dashboard) -> Rows:
    points = board.cohorts.average
    tips = [
        QCoreApplication.translate("Dashboard", "month %1: %2\nn = %3")
        .replace("%1", p.label)
        .replace("%2", _fmt(p.value, " %"))
        .replace("%3", format_number(p.n))
        for p in points
    ]
    xs = [float(p.label) for p in points]
    _curve(
        item,
        xs,
        [p.value for p in points],
        tips,
        colour=PURPLE,
        name=QCoreApplication.translate("Dashboard", "retention %"),
    )
    item.getAxis("bottom").setLabel(
        QCoreApplication.translate("Dashboard", "months since first order")
    )
    item.setYRange(0, 100)
    rows: Rows = [["month", "retention_percent", "n"]]
    return rows + [[p.label, p.value, p.n] for p in points]


def _money(value: float | None, currency: str) -> str:
    """An amount in major units (as the dashboard's figures are) with its currency."""
    if value is None:
        return _fmt(None)
    return format_money(round(value * MINOR_PER_MAJOR), currency)


def _histogram(item: pg.PlotItem, d: Distribution, colour: str, name: str, currency: str) -> None:
    """Bins up to the 95th percentile, then the customers above it as one paler, open-ended
    bar labelled "≥ top" (drawn as wide as a bin, so it reads as a count, not a spike)."""
    if not d.n:
        return
    step = d.edges[1] - d.edges[0] if len(d.edges) > 1 else 1.0
    top = d.edges[-1] + step if d.top is None else d.top
    fill = QColor(colour)
    fill.setAlpha(90)
    item.plot(
        [*d.edges, top],
        list(d.counts),
        stepMode="center",
        fillLevel=0,
        brush=fill,
        pen=pg.mkPen(colour, width=2),
        name=QCoreApplication.translate("Dashboard", "%1 (median %2)")
        .replace("%1", name)
        .replace("%2", _money(d.median, currency)),
    )
    over_tip = QCoreApplication.translate("Dashboard", "%1\n≥ %2: %3 customers")
    tips = [
        f"{name}\n{_money(e, currency)} \N{EN DASH} {_money(e + step, currency)}: "
        f"{format_number(c)}"
        for e, c in zip(d.edges, d.counts, strict=True)
    ]
    xs, ys = [e + step / 2 for e in d.edges], list(d.counts)
    if d.over:
        pale = QColor(colour)
        pale.setAlpha(40)
        item.addItem(
            pg.BarGraphItem(
                x0=[top],
                width=[step],
                height=[d.over],
                brush=pale,
                pen=pg.mkPen(colour, width=1, style=Qt.PenStyle.DashLine),
            )
        )
        label = pg.TextItem(f"≥ {format_number(top)}", color=colour, anchor=(0.5, 1.0))
        label.setPos(top + step / 2, d.over)
        item.addItem(label)
        xs.append(top + step / 2)
        ys.append(d.over)
        tips.append(
            over_tip.replace("%1", name)
            .replace("%2", _money(top, currency))
            .replace("%3", format_number(d.over))
        )
    _hover(item, xs, ys, tips, along="xy")


def draw_clv(item: pg.PlotItem, board: Dashboard) -> Rows:
    item.addLegend(offset=(-10, 5))
    for d, colour, name in (
        (board.clv_historical, BLUE, QCoreApplication.translate("Dashboard", "historical CLV")),
        (board.clv_predicted, ORANGE, QCoreApplication.translate("Dashboard", "predicted CLV")),
    ):
        _histogram(item, d, colour, name, board.currency)
    item.getAxis("bottom").setLabel(
        QCoreApplication.translate(
            "Dashboard", "customer lifetime value in %1 (pale bars: 95th percentile and above)"
        ).replace("%1", currency_symbol(board.currency))
    )
    out: Rows = [["kind", "bin_from", "customers", "open_ended"]]
    for kind, d in (("historical", board.clv_historical), ("predicted", board.clv_predicted)):
        out += [[kind, e, c, 0] for e, c in zip(d.edges, d.counts, strict=True)]
        if d.over:
            out.append([kind, d.top, d.over, 1])
    return out


def draw_rfm(item: pg.PlotItem, board: Dashboard) -> Rows:
    pairs = [(enum_label(name), float(n)) for name, n in board.rfm]
    _hbars(item, pairs, GREEN, "", "\n" + _click_hint())
    rows: Rows = [["segment", "customers"]]
    return rows + [[name, n] for name, n in board.rfm]


def pick_rfm(board: Dashboard, _x: float, y: float) -> ContactFilter | None:
    """The RFM segment whose bar row was clicked (bars sit at y = 0, 1, 2, ...)."""
    index = round(y)
    if 0 <= index < len(board.rfm):
        return ContactFilter(rfm_segment=RfmSegment(board.rfm[index][0]))
    return None


def draw_categories(item: pg.PlotItem, board: Dashboard) -> Rows:
    pairs = board.complaints.by_category
    _hbars(
        item,
        [
            (
                list_label(name) if name else QCoreApplication.translate("Dashboard", "(none)"),
                float(n),
            )
            for name, n in pairs
        ],
        ORANGE,
        "",
    )
    rows: Rows = [["category", "complaints"]]
    return rows + [[name, n] for name, n in pairs]


def draw_resolution(item: pg.PlotItem, board: Dashboard) -> Rows:
    _line(
        item,
        board.scope,
        board.complaints.median_resolution_hours,
        RED,
        QCoreApplication.translate("Dashboard", "median resolution (h)"),
        unit=" h",
    )
    return _series_rows(board.complaints.median_resolution_hours, "median_resolution_hours")


def draw_sla(item: pg.PlotItem, board: Dashboard) -> Rows:
    _line(
        item,
        board.scope,
        board.complaints.sla_met,
        GREEN,
        QCoreApplication.translate("Dashboard", "SLA met %"),
        unit=" %",
    )
    item.setYRange(0, 100)
    return _series_rows(board.complaints.sla_met, "sla_met_percent")


def draw_satisfaction(item: pg.PlotItem, board: Dashboard) -> Rows:
    _line(
        item,
        board.scope,
        board.complaints.satisfaction,
        PURPLE,
        QCoreApplication.translate("Dashboard", "recovery satisfaction (1-5)"),
    )
    item.setYRange(1, 5)
    return _series_rows(board.complaints.satisfaction, "recovery_satisfaction")


def draw_complainant_nps(item: pg.PlotItem, board: Dashboard) -> Rows:
    c = board.complaints
    pairs = [
        (QCoreApplication.translate("Dashboard", "before the complaint"), c.nps_before),
        (QCoreApplication.translate("Dashboard", "after resolution"), c.nps_after),
    ]
    values = [f.value or 0.0 for _, f in pairs]
    item.addItem(pg.BarGraphItem(x=[0, 1], height=values, width=0.6, brushes=[GREY, BLUE]))
    item.getAxis("bottom").setTicks([[(i, name) for i, (name, _) in enumerate(pairs)]])
    _hover(
        item,
        [0, 1],
        values,
        [f"{name}: NPS {_fmt(f.value)}\nn = {format_number(f.n)}" for name, f in pairs],
    )
    item.setYRange(-100, 100)
    rows: Rows = [["when", "nps", "n"]]
    return rows + [[name, f.value, f.n] for name, f in pairs]
