"""The Working hours page's days off: the country's and region's public holidays (picked, not
typed; this year's are listed so the choice can be checked) and the business's own closing
days, a list of dates with names."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import UserError
from app.domain.public_holidays import PublicHolidays, holiday_countries, subdivisions
from app.ui.common.formatting import format_date
from app.ui.i18n import current_language
from app.ui.settings.base import fill_countries


class PublicHolidayPicker(QWidget):
    """Country and region combos over the `holidays` data, with the chosen year's holidays."""

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._year = year
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country"))
        self.country.addItem(self.tr("No public holidays"), "")
        fill_countries(self.country, holiday_countries())
        self.region = QComboBox()
        self.region.setAccessibleName(self.tr("Region"))
        self.shown = QListWidget()
        self.shown.setAccessibleName(self.tr("Public holidays this year"))
        self.shown.setMaximumHeight(110)
        self.shown.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        for combo in (self.country, self.region):  # long names must not widen the page
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        combos = QHBoxLayout()
        combos.setContentsMargins(0, 0, 0, 0)
        combos.addWidget(self.country, 1)
        combos.addWidget(self.region, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(combos)
        layout.addWidget(self.shown)
        self.country.currentIndexChanged.connect(self._country_chosen)
        self.region.currentIndexChanged.connect(self._show_year)
        self._country_chosen()

    def choose(self, country: str, region: str) -> None:
        self.country.setCurrentIndex(max(self.country.findData(country), 0))
        self.region.setCurrentIndex(max(self.region.findData(region), 0))

    def chosen(self) -> tuple[str, str]:
        return str(self.country.currentData() or ""), str(self.region.currentData() or "")

    def _country_chosen(self) -> None:
        country = str(self.country.currentData() or "")
        self.region.blockSignals(True)
        self.region.clear()
        self.region.addItem(self.tr("Whole country"), "")
        if country:
            for code, name in subdivisions(country):
                self.region.addItem(name if name == code else f"{name} ({code})", code)
        self.region.setEnabled(self.region.count() > 1)
        self.region.blockSignals(False)
        self._show_year()

    def _show_year(self) -> None:
        self.shown.clear()
        country, region = self.chosen()
        self.shown.setVisible(bool(country))
        if not country:
            return
        try:
            named = PublicHolidays(country, region).named(self._year, current_language())
        except UserError:  # data the combos offered but the library refuses: nothing to show
            named = []
        self.shown.addItems([f"{format_date(day)} · {name}" for day, name in named])


class ClosingDays(QWidget):
    """The business's own closing days: a table of dates and names, with add and remove."""

    DATE, NAME = 0, 1

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(self.tr("Closing days"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Name")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            self.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMaximumHeight(150)
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("Closing day"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the closing day"))
        self.name.setPlaceholderText(self.tr("Name, e.g. Stocktaking"))
        self.add_button = QPushButton(self.tr("A&dd Day"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.add_button.clicked.connect(self._add)
        self.name.returnPressed.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 0, 0, 1, 3)
        layout.addWidget(self.day, 1, 0)
        layout.addWidget(self.name, 1, 1)
        layout.addWidget(self.add_button, 1, 2)
        layout.addWidget(self.remove_button, 2, 2)
        self._selection_changed()

    def set_days(self, days: list[str], names: dict[str, str]) -> None:
        self.table.setRowCount(0)
        for text in days:
            self._put(text, names.get(text, ""))

    def days(self) -> list[str]:
        return [self._iso(row) for row in range(self.table.rowCount())]

    def names(self) -> dict[str, str]:
        named = {}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.NAME)
            name = item.text().strip() if item is not None else ""
            if name:
                named[self._iso(row)] = name
        return named

    def _iso(self, row: int) -> str:
        item = self.table.item(row, self.DATE)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def _add(self) -> None:
        picked = self.day.date()
        day = date(picked.year(), picked.month(), picked.day())
        self._put(day.isoformat(), self.name.text().strip())
        self.name.clear()

    def _put(self, text: str, name: str) -> None:
        """One row per date, kept in date order; a date already listed gets the new name."""
        existing = self.days()
        if text in existing:
            row = existing.index(text)
        else:
            row = sum(1 for other in existing if other < text)
            self.table.insertRow(row)
            try:
                shown = format_date(date.fromisoformat(text))
            except ValueError:  # stored before dates were picked: shown as typed, refused on OK
                shown = text
            when = QTableWidgetItem(shown)
            when.setData(Qt.ItemDataRole.UserRole, text)
            when.setFlags(when.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, self.DATE, when)
        self.table.setItem(row, self.NAME, QTableWidgetItem(name))

    def _remove(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedIndexes()))
