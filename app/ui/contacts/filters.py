"""The contacts pane's search box, filters and saved segments: what the list shows.

`ContactFilters` is the side panel (segments above the filters that make them) and owns the
search box the pane places above the list; `current()` reads the ContactFilter they describe,
`show_filter` sets them to one. Segment writes go through the operations runner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import AppContext
from app.config.ui_prefs import UiPrefs
from app.domain.contact_query import ContactFilter
from app.domain.enums import ContactSource, LifecycleStage
from app.services.changes import Changes
from app.ui.common.operations import Operations
from app.ui.common.seat import offer_mine, remember_mine
from app.ui.contacts.dialogs import plain_label
from app.ui.contacts.insight_filters import InsightFilters
from app.ui.i18n import enum_label

SEARCH_DELAY_MS = 60
PREFS_KEY = "contacts.filters"  # UiPrefs.extra: {"mine": bool}, the "My contacts" filter
SEGMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NO_DATE = QDate(1900, 1, 1)
SIDE_MAX_WIDTH = 240


class ContactFilters(QWidget):
    """Segments and filters; `changed` when the list should show another filter (a typed
    search a moment after the last keystroke), `message` for the status line."""

    changed = Signal()
    message = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        operations: Operations,
        parent: QWidget | None = None,
        *,
        prefs: UiPrefs | None = None,
    ) -> None:
        """`prefs`: where "My contacts" is remembered (the window's; None remembers nothing)."""
        super().__init__(parent)
        self.ctx, self._operations, self._prefs = ctx, operations, prefs
        self.seat = operations.seat
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(
            self.tr("Search names, e-mails, phones, companies, tags")
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search contacts"))
        self.search_box.setMinimumWidth(200)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.changed)
        self.search_box.textChanged.connect(lambda _t: self.search_timer.start())
        self._build_filters()
        self._build_panel()
        self.reload_segments()

    def _build_filters(self) -> None:
        self.segments = QListWidget()
        self.segments.setAccessibleName(self.tr("Segments"))
        self.segments.itemClicked.connect(self._open_segment)
        self.segments.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.segments.customContextMenuRequested.connect(self._segment_menu)
        self.stage_filter, self.tag_filter = QComboBox(), QComboBox()
        self.owner_filter, self.source_filter = QComboBox(), QComboBox()
        self.complaint_filter = QComboBox()
        self.contacted_after, self.contacted_before = _date_filter(), _date_filter()
        for edit in (self.contacted_after, self.contacted_before):
            edit.setSpecialValueText(self.tr("Any"))
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.ltv_min = QLineEdit()
        self.ltv_min.setPlaceholderText(self.tr("e.g. 100"))
        self.stage_filter.addItem(self.tr("Any"), None)
        for stage in LifecycleStage:
            self.stage_filter.addItem(enum_label(stage), stage)
        self.source_filter.addItem(self.tr("Any"), None)
        for source in ContactSource:
            self.source_filter.addItem(enum_label(source), source)
        self.complaint_filter.addItem(self.tr("Any"), None)
        self.complaint_filter.addItem(self.tr("Has an open complaint"), True)
        self.complaint_filter.addItem(self.tr("No open complaint"), False)
        self.fill_choices()
        for combo in self._combos():
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.ltv_min.editingFinished.connect(self.changed)
        self.insights = InsightFilters(self)
        self.insights.changed.connect(self.changed)
        self.mine_box = QCheckBox(self.tr("My contacts"))
        self.mine_box.setToolTip(self.tr("Show only the contacts you own"))
        self.mine_box.toggled.connect(self._mine_toggled)
        self.seat.changed.connect(self._seat_changed)
        self._seat_changed()

    def _seat_changed(self) -> None:
        was = self.mine_box.isChecked()
        offer_mine(self.mine_box, self.seat, self._prefs, PREFS_KEY)
        self.owner_filter.setEnabled(not self.mine_box.isChecked())
        if was or self.mine_box.isChecked():  # whose contacts "mine" are may have changed
            self.changed.emit()

    def _mine_toggled(self, on: bool) -> None:
        if self._prefs is not None:
            remember_mine(self._prefs, PREFS_KEY, on)
        self.owner_filter.setEnabled(not on)
        self.changed.emit()

    def _combos(self) -> tuple[QComboBox, ...]:
        return (
            self.stage_filter,
            self.tag_filter,
            self.owner_filter,
            self.source_filter,
            self.complaint_filter,
        )

    def _build_panel(self) -> None:
        """Segments above the filters that make them."""
        filters = QFormLayout()
        filters.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        filters.addRow(self.mine_box)
        filters.addRow(self.tr("Stage"), self.stage_filter)
        filters.addRow(self.tr("Tag"), self.tag_filter)
        filters.addRow(self.tr("Owner"), self.owner_filter)
        filters.addRow(self.tr("Source"), self.source_filter)
        filters.addRow(self.tr("Complaints"), self.complaint_filter)
        filters.addRow(self.tr("Contacted after"), self.contacted_after)
        filters.addRow(self.tr("Contacted before"), self.contacted_before)
        filters.addRow(self.tr("Value at least"), self.ltv_min)
        self.insights.add_rows(filters)
        save_segment = QPushButton(self.tr("Save as Segment…"))
        save_segment.clicked.connect(lambda _checked: self.save_segment(None))
        self._operations.seat.guard(save_segment)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Segments")))
        layout.addWidget(self.segments, 1)
        layout.addWidget(plain_label(self.tr("Filters")))
        layout.addLayout(filters)
        layout.addWidget(save_segment)
        self.setMaximumWidth(SIDE_MAX_WIDTH)

    def fill_choices(self) -> None:
        """The tags and owners to choose from (contacts came, went or were edited)."""
        for combo, items in (
            (self.tag_filter, [(t, t) for t in self.ctx.contacts.tag_names()]),
            (self.owner_filter, [(n, i) for i, n in self.ctx.contacts.owners()]),
        ):
            combo.blockSignals(True)
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("Any"), None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    # -- the filter ------------------------------------------------------------------------

    def current(self) -> ContactFilter:
        """The filter the panel and search box describe now."""
        stage, source = self.stage_filter.currentData(), self.source_filter.currentData()
        tag = self.tag_filter.currentData()
        ltv = self.ltv_min.text().strip().replace(",", ".")
        try:
            ltv_minor = round(float(ltv) * 100) if ltv else None
        except ValueError:
            ltv_minor = None
            self.message.emit(
                self.tr("'%1' is not an amount; the value filter is ignored.").replace("%1", ltv)
            )
        query = ContactFilter(
            text=self.search_box.text(),
            stages=(LifecycleStage(stage),) if stage else (),
            tags=(tag,) if tag else (),
            owner_id=self._owner(),
            source=ContactSource(source) if source else None,
            open_complaint=self.complaint_filter.currentData(),
            contacted_after=_date_of(self.contacted_after),
            contacted_before=_date_of(self.contacted_before),
            ltv_min_minor=ltv_minor,
        )
        return self.insights.narrow(query)

    def _owner(self) -> int | None:
        """My staff id while "My contacts" is on, else the owner chosen in the filter."""
        if self.mine_box.isChecked() and self.seat.staff_id is not None:
            return self.seat.staff_id
        data = self.owner_filter.currentData()
        return None if data is None else int(data)

    def show_filter(self, query: ContactFilter) -> None:
        """Set the panel and search box to `query` without announcing each change (the
        caller shows the list once); "My contacts" is on when the query asks for mine."""
        self.mine_box.blockSignals(True)
        self.mine_box.setChecked(
            query.owner_id is not None and query.owner_id == self.seat.staff_id
        )
        self.mine_box.blockSignals(False)
        self.owner_filter.setEnabled(not self.mine_box.isChecked())
        for combo, value in zip(
            self._combos(),
            (
                query.stages[0] if query.stages else None,
                query.tags[0] if query.tags else None,
                query.owner_id,
                query.source,
                query.open_complaint,
            ),
            strict=True,
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        for edit, day in (
            (self.contacted_after, query.contacted_after),
            (self.contacted_before, query.contacted_before),
        ):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day) if day else edit.minimumDate())
            edit.blockSignals(False)
        self.ltv_min.setText("" if query.ltv_min_minor is None else str(query.ltv_min_minor / 100))
        self.insights.show_filter(query)
        self.search_box.blockSignals(True)
        self.search_box.setText(query.text)
        self.search_box.blockSignals(False)

    # -- segments --------------------------------------------------------------------------

    def reload_segments(self) -> None:
        self.segments.clear()
        everyone = QListWidgetItem(self.tr("All contacts"))
        everyone.setData(Qt.ItemDataRole.UserRole, ContactFilter())
        self.segments.addItem(everyone)
        for segment in self.ctx.segments.list():
            item = QListWidgetItem(segment.name)
            item.setData(Qt.ItemDataRole.UserRole, segment.query)
            item.setData(SEGMENT_ID_ROLE, segment.id)
            self.segments.addItem(item)

    def open_segment(self, segment_id: int) -> None:
        """Run a saved segment (chosen here or under Contacts in the navigation)."""
        for row in range(self.segments.count()):
            item = self.segments.item(row)
            if item.data(SEGMENT_ID_ROLE) == segment_id:
                self.segments.setCurrentItem(item)
                self._open_segment(item)
                return
        self.message.emit(self.tr("This segment no longer exists."))

    def _open_segment(self, item: QListWidgetItem) -> None:
        query = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(query, ContactFilter):
            self.show_filter(query)
            self.changed.emit()

    def _segment_menu(self, position: QPoint) -> None:
        item = self.segments.itemAt(position)
        segment_id = item.data(SEGMENT_ID_ROLE) if item is not None else None
        if not isinstance(segment_id, int):
            return
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        self._operations.seat.guard(
            menu.addAction(self.tr("Rename…"), lambda: self.rename_segment(segment_id)),
            menu.addAction(self.tr("Delete"), lambda: self.delete_segment(segment_id)),
        )
        menu.exec(self.segments.mapToGlobal(position))

    def save_segment(self, name: str | None = None) -> None:
        if not name:
            name, ok = QInputDialog.getText(self, self.tr("Save Segment"), self.tr("Segment name:"))
            if not ok:
                return
        query = self.current()
        self._segment_write(lambda: self.ctx.segments.save(name, query))

    def rename_segment(self, segment_id: int, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Rename Segment"), self.tr("New name:"))
            if not ok:
                return
        self._segment_write(lambda: self.ctx.segments.rename(segment_id, name))

    def delete_segment(self, segment_id: int) -> None:
        self._segment_write(lambda: self.ctx.segments.delete(segment_id))

    def _segment_write(self, write: Callable[[], object]) -> None:
        """Save, rename or delete a segment; this list and the navigation show it."""

        def run() -> Changes:
            write()
            return Changes(segments=True)

        self._operations.run(run, self)


def _date_filter() -> QDateEdit:
    """A date box whose lowest value means "no limit" (shown as the special text)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setDate(NO_DATE)
    return edit


def _date_of(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == edit.minimumDate() else date(value.year(), value.month(), value.day())
