"""The contact filters that come from the dashboard's insights: RFM segment, churn-risk range and
a retention cohort (set by clicking a cohort cell; shown as a line that can be cleared).

Kept apart from the contacts pane, which only places these rows in its filter form and folds
them into its ContactFilter."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import partial

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QWidget,
)

from app.domain import metrics as m
from app.domain.contact_query import ContactFilter
from app.domain.metrics import RfmSegment
from app.ui.common.formatting import format_number, month_name
from app.ui.i18n import enum_label

NO_BOUND = -1  # the spin boxes' "Any" (their minimum)


class InsightFilters(QObject):
    """The widgets of the insight filters; `changed` when the person changes one."""

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.rfm_filter = QComboBox(parent)
        self.rfm_filter.setAccessibleName(self.tr("RFM segment"))
        self.rfm_filter.addItem(self.tr("Any"), None)
        for segment in RfmSegment:
            self.rfm_filter.addItem(enum_label(segment), segment.value)  # Qt keeps plain str
        self.churn_min, self.churn_max = _risk_box(parent), _risk_box(parent)
        self.churn_min.setAccessibleName(self.tr("Lowest churn risk"))
        self.churn_max.setAccessibleName(self.tr("Highest churn risk"))
        for box in (self.churn_min, self.churn_max):
            box.setSpecialValueText(self.tr("Any"))
            box.valueChanged.connect(partial(self._risk_changed, box))
        self.rfm_filter.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.cohort_label = QLabel(parent)
        self.cohort_label.setTextFormat(Qt.TextFormat.PlainText)
        self.cohort_label.setWordWrap(True)
        self.clear_cohort = QToolButton(parent)
        self.clear_cohort.setText("\N{MULTIPLICATION SIGN}")
        self.clear_cohort.setToolTip(self.tr("Show every customer again, not just this cohort"))
        self.clear_cohort.setAccessibleName(self.tr("Clear the cohort filter"))
        self.clear_cohort.clicked.connect(self._cohort_cleared)
        self._cohort: tuple[date, date | None] | None = None
        self.cohort_row = QWidget(parent)
        row = QHBoxLayout(self.cohort_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.cohort_label, 1)
        row.addWidget(self.clear_cohort)
        self.cohort_row.hide()

    def add_rows(self, form: QFormLayout) -> None:
        """Place the filters in the pane's filter form."""
        risk = QWidget(self.cohort_row.parentWidget())
        pair = QHBoxLayout(risk)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(self.churn_min, 1)
        pair.addWidget(QLabel("\N{EN DASH}"))
        pair.addWidget(self.churn_max, 1)
        form.addRow(self.tr("RFM segment"), self.rfm_filter)
        form.addRow(self.tr("Churn risk"), risk)
        form.addRow(self.cohort_row)

    def narrow(self, query: ContactFilter) -> ContactFilter:
        """`query` with the insight filters as they are set now."""
        cohort, ordered_in = self._cohort or (None, None)
        segment = self.rfm_filter.currentData()
        return replace(
            query,
            rfm_segment=RfmSegment(segment) if segment else None,
            churn_min=_bound(self.churn_min),
            churn_max=_bound(self.churn_max),
            cohort=cohort,
            ordered_in=ordered_in,
        )

    def show_filter(self, query: ContactFilter) -> None:
        """Set the widgets to `query`'s insight filters, without announcing a change."""
        for widget in (self.rfm_filter, self.churn_min, self.churn_max):
            widget.blockSignals(True)
        segment = query.rfm_segment.value if query.rfm_segment else None
        self.rfm_filter.setCurrentIndex(max(self.rfm_filter.findData(segment), 0))
        for box, value in ((self.churn_min, query.churn_min), (self.churn_max, query.churn_max)):
            box.setValue(NO_BOUND if value is None else value)
        for widget in (self.rfm_filter, self.churn_min, self.churn_max):
            widget.blockSignals(False)
        self._cohort = (query.cohort, query.ordered_in) if query.cohort else None
        self.cohort_row.setVisible(self._cohort is not None)
        if query.cohort is not None:
            self.cohort_label.setText(self._cohort_text(query.cohort, query.ordered_in))

    def _cohort_text(self, cohort: date, ordered_in: date | None) -> str:
        text = self.tr("Cohort: first order in %1").replace("%1", _month(cohort))
        if ordered_in is None or ordered_in == cohort:
            return text
        months = m.month_index(ordered_in) - m.month_index(cohort)
        return (
            self.tr("%1, ordering again in %2 (month %3)")
            .replace("%1", text)
            .replace("%2", _month(ordered_in))
            .replace("%3", format_number(months))
        )

    def _risk_changed(self, box: QSpinBox, _value: int) -> None:
        """Keep the range the right way round (the other end follows `box`), then filter."""
        low, high = _bound(self.churn_min), _bound(self.churn_max)
        if low is not None and high is not None and low > high:
            other = self.churn_max if box is self.churn_min else self.churn_min
            other.blockSignals(True)
            other.setValue(box.value())
            other.blockSignals(False)
        self.changed.emit()

    def _cohort_cleared(self) -> None:
        self._cohort = None
        self.cohort_row.hide()
        self.changed.emit()


def _risk_box(parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(NO_BOUND, 100)
    box.setValue(NO_BOUND)
    return box


def _bound(box: QSpinBox) -> int | None:
    return None if box.value() == NO_BOUND else box.value()


def _month(first: date) -> str:
    return f"{month_name(first.month)} {first.year}"
