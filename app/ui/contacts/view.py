"""Contacts pane: segments and filters, search as you type, the lazy 100,000-row list, bulk
actions with undo, and the 360° view beside the list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import cast

from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import AppContext
from app.config.ui_prefs import UiPrefs
from app.domain.contact_query import ContactFilter
from app.domain.enums import ContactSource, LifecycleStage
from app.domain.progress import no_progress
from app.services.changes import Changes
from app.services.duplicates import MergeRecord
from app.ui.common.empty_state import EmptyState
from app.ui.common.formatting import format_number
from app.ui.common.paint_gate import PaintGate
from app.ui.common.shell import LocalShell, Shell
from app.ui.common.workers import CancelFlag, Progress, Task, deliver
from app.ui.contacts.dialogs import ContactDialog, plain_label
from app.ui.contacts.duplicates_view import DuplicatesDialog, duplicate_reason
from app.ui.contacts.insight_filters import InsightFilters
from app.ui.contacts.model import COLUMNS, DEFAULT_HIDDEN, contact_model
from app.ui.contacts.profile import ContactProfileView
from app.ui.dashboard.freshness import StaleFiguresRefresher
from app.ui.i18n import enum_label

SEARCH_DELAY_MS = 60
BULK_INLINE = 1000  # bulk writes on more contacts than this run in a worker, with progress
FIRST_PAGE = 100  # ids read before the first paint; the rest follow from a worker
COUNT_DELAY_MS = 30  # the worker reading the rest starts after the first page has painted
PROFILE_DELAY_MS = 120
SEARCH_PROFILE_DELAY_MS = 500
UNDO_MESSAGE_MS = 15_000
PREFS_KEY = "contacts"
SIZES_KEY = "contacts.splitter"  # UiPrefs.extra: filters, list and 360° view widths
SIDE, LIST, PROFILE = 0, 1, 2  # the splitter's parts
PART_WIDTHS = {SIDE: 190, PROFILE: 320}  # their widths when opened
PROFILE_MIN_WIDTH = 260
LIST_MIN_WIDTH = 320
WIDE_PANE = 1400  # narrower panes open with the filters folded away
# Columns open as wide as the first page's longest value needs, within (least, most) pixels and
# never narrower than their title; a longer value is elided in the middle, keeping an e-mail's
# domain. Name to Phone fit beside the 360° view at 1280 px; an empty list gets the least.
COLUMN_WIDTHS = {
    "name": (150, 200),
    "company": (120, 190),
    "email": (180, 250),
    "phone": (110, 150),
    "city": (90, 130),
    "stage": (90, 150),
    "tags": (90, 160),
    "owner": (100, 140),
    "last_interaction": (90, 130),
    "lifetime_value": (90, 130),
    "open_complaints": (60, 130),
    "churn_risk": (60, 110),
}
CELL_PADDING = 16  # the cell's margins and focus frame around its text
SEGMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
IMPORT_ACTION = "import.open"  # the GLOBAL_ACTIONS key of the import wizard
NO_DATE = QDate(1900, 1, 1)


Work = Callable[[Progress, CancelFlag], Changes]


class ContactsPane(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, shell: Shell | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shell = shell or LocalShell(ctx, self)
        self.shell.operations.did_execute.connect(self.apply)
        self.model = contact_model(ctx.contacts, ctx.settings.business().currency)
        self._id_generation = 0  # bumped per applied filter, so a late worker result is dropped
        self.ids_loading: set[Task] = set()  # workers reading id lists, kept alive until done
        self.counting = False  # only the first page of the current list is shown yet
        self._pending_count: tuple[ContactFilter, int] | None = None  # what the timer reads
        # Bulk actions on "everything" chosen while counting: run when the whole list lands.
        self._waiting: list[Callable[[list[int]], None]] = []
        self._undo: tuple[str, Work, int] | None = None  # message, the undo, contacts it touches
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(
            self.tr("Search names, e-mails, phones, companies, tags")
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search contacts"))
        self.count_label = plain_label()
        self.count_label.setObjectName("contact_count")
        self.undo_label = plain_label()
        self.undo_label.setWordWrap(True)
        self.table = self._build_table()
        self.empty = EmptyState(
            self.tr("No contacts yet"),
            self.tr("Add your first customer with New Contact (Ctrl+N), or import a file."),
            icon_name="contacts",
        )
        self.no_match = EmptyState(
            self.tr("No contacts match"),
            self.tr("Nothing matches this search and these filters. Clear them to see everyone."),
            icon_name="search",
        )
        self.list_stack = QStackedWidget()
        for widget in (self.table, self.empty, self.no_match):
            self.list_stack.addWidget(widget)
        self.profile = ContactProfileView(ctx)
        self.profile.contact_changed.connect(self._contact_changed)
        self._build_filters()
        self._build_layout()
        self._build_actions()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        # The rest of a long list is read a moment after its first page: started at once, the
        # worker's Python work took turns with the first paint, and while a word is typed only
        # the last keystroke's list is read at all.
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._first_frame = PaintGate(self.table.viewport())  # the first page paints first
        self._count_timer.timeout.connect(lambda: self._first_frame.run(self._read_all_ids))
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.model.requeried.connect(self._show_count)
        # The 360° view follows the current row a moment later, so typing and arrowing through
        # the list repaint it first.
        self._profile_timer = QTimer(self, singleShot=True, interval=PROFILE_DELAY_MS)
        self._profile_timer.timeout.connect(lambda: self._first_frame.run(self._follow_current))
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._profile_timer.start(PROFILE_DELAY_MS)
        )
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self._restore_columns()
        self._sync_toggles()
        self.reload_segments()
        self._offer_stored_merge_undo()
        self.apply_filter()
        self.fit_columns()

    def _offer_stored_merge_undo(self) -> None:
        """A merge not undone yet (maybe from an earlier session) can still be undone with
        Ctrl+Z until another delete or merge takes its place."""
        record = self.ctx.duplicates.last_undoable_merge()
        if record is not None:
            duplicates = self.ctx.duplicates
            self._undo = (self.tr("Contacts merged."), lambda _p, _c: duplicates.unmerge(record), 1)

    # -- building -------------------------------------------------------------------------

    def _build_table(self) -> QTableView:
        """The list: rows selected whole, columns movable and chosen from the header."""
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(24)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.sectionMoved.connect(lambda *_: self._save_columns())
        # Sorting is wired by hand: setSortingEnabled would re-query on every indicator change,
        # including the ones made while restoring the layout.
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sortIndicatorChanged.connect(self._sort)
        return table

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
            edit.dateChanged.connect(lambda _d: self.apply_filter())
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
        self._fill_choices()
        for combo in (
            self.stage_filter,
            self.tag_filter,
            self.owner_filter,
            self.source_filter,
            self.complaint_filter,
        ):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.ltv_min.editingFinished.connect(self.apply_filter)
        self.insights = InsightFilters(self)
        self.insights.changed.connect(self.apply_filter)

    def _fill_choices(self) -> None:
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

    def _side_panel(self) -> QWidget:
        """Segments above the filters that make them."""
        filters = QFormLayout()
        filters.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
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
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(plain_label(self.tr("Segments")))
        side_layout.addWidget(self.segments, 1)
        side_layout.addWidget(plain_label(self.tr("Filters")))
        side_layout.addLayout(filters)
        side_layout.addWidget(save_segment)
        side.setMaximumWidth(240)
        return side

    def _build_layout(self) -> None:
        self.toolbar = self._toolbar()
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.search_box)
        centre_layout.addWidget(self.toolbar)
        centre_layout.addWidget(self.list_stack, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.undo_label, 1)
        centre_layout.addLayout(bottom)
        self.search_box.setMinimumWidth(200)
        # Filters, list and 360° view share one splitter: the list takes what the window gains,
        # the outer parts keep their width and can be dragged shut (remembered).
        self.profile.setMinimumWidth(PROFILE_MIN_WIDTH)
        self.splitter = QSplitter()
        for part, stretch in ((self._side_panel(), 0), (centre, 1), (self.profile, 0)):
            self.splitter.addWidget(part)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes(self._saved_sizes() or _default_sizes(self.width()))
        self.splitter.splitterMoved.connect(lambda *_: self._save_sizes())
        layout = QHBoxLayout(self)
        layout.addWidget(self.splitter, 1)

    def _toolbar(self) -> QToolBar:
        """The list's commands; what does not fit (a narrow window, longer translations) moves
        into the toolbar's overflow menu instead of being clipped."""
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.tr("New Contact"), self.new_contact)
        self.bulk_button = QToolButton()
        self.bulk_button.setText(self.tr("Selected"))
        self.bulk_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.bulk_button.setMenu(self._bulk_menu())
        toolbar.addWidget(self.bulk_button)
        toolbar.addAction(self.tr("Find Duplicates…"), self.find_duplicates)
        import_action = toolbar.addAction(self.tr("Import…"), self.open_import)
        import_action.setToolTip(self.tr("Import contacts from a CSV, Excel or vCard file"))
        self.import_button = cast(QToolButton, toolbar.widgetForAction(import_action))
        self.filters_action = toolbar.addAction(self.tr("Filters"))
        self.filters_action.setToolTip(self.tr("Show or hide the segments and filters"))
        self.filters_action.toggled.connect(lambda on: self.set_part_shown(SIDE, on))
        self.details_action = toolbar.addAction(self.tr("360° View"))
        self.details_action.setToolTip(self.tr("Show or hide the 360° view beside the list"))
        self.details_action.toggled.connect(lambda on: self.set_part_shown(PROFILE, on))
        for action in (self.filters_action, self.details_action):
            action.setCheckable(True)
        return toolbar

    def _saved_sizes(self) -> list[int] | None:
        """The splitter's sizes as the person left them, if they ever moved it."""
        sizes = self._prefs().extra.get(SIZES_KEY)
        if isinstance(sizes, list) and len(sizes) == 3 and all(isinstance(v, int) for v in sizes):
            return sizes
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Until the person moves the splitter, its parts follow the pane's width: below
        WIDE_PANE the filters fold away so the list keeps most columns beside the 360° view."""
        super().resizeEvent(event)
        if self._saved_sizes() is None:
            self.splitter.setSizes(_default_sizes(event.size().width()))
            self._sync_toggles()

    def _save_sizes(self) -> None:
        prefs = self._prefs()
        prefs.extra[SIZES_KEY] = self.splitter.sizes()
        prefs.save(self.ctx.paths.config_dir)
        self._sync_toggles()

    def _sync_toggles(self) -> None:
        sizes = self.splitter.sizes()
        for action, part in ((self.filters_action, SIDE), (self.details_action, PROFILE)):
            action.blockSignals(True)
            action.setChecked(sizes[part] > 0)
            action.blockSignals(False)

    def set_part_shown(self, part: int, shown: bool) -> None:
        """Open the filters (SIDE) or the 360° view (PROFILE) at its default width, taken from
        the list, or fold it away for the list; remembered like a drag of the splitter."""
        sizes = self.splitter.sizes()
        total = sizes[LIST] + sizes[part]
        wanted = PART_WIDTHS[part] if shown else 0
        sizes[part] = min(wanted, max(total - LIST_MIN_WIDTH, 0))
        sizes[LIST] = total - sizes[part]
        self.splitter.setSizes(sizes)
        self._save_sizes()
        if part == PROFILE and shown:
            self._follow_current()

    def _bulk_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Add Tag…"), self.bulk_tag)
        menu.addAction(self.tr("Remove Tag…"), self.bulk_untag)
        stages = menu.addMenu(self.tr("Set Stage"))
        for stage in LifecycleStage:
            stages.addAction(enum_label(stage), partial(self.bulk_stage, stage))
        menu.addAction(self.tr("Delete"), self.delete_selected)
        menu.addSeparator()
        self.export_action = menu.addAction(self.tr("Export…"), self.export_selected)
        return menu

    def _build_actions(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for text, keys, slot in (
            (self.tr("Find"), QKeySequence.StandardKey.Find, self.focus_search),
            (self.tr("Delete"), QKeySequence.StandardKey.Delete, self.delete_selected),
            (self.tr("Undo"), QKeySequence.StandardKey.Undo, self.undo),
        ):
            action = QAction(text, self)
            action.setShortcut(keys)
            action.setShortcutContext(context)
            action.triggered.connect(slot)
            self.addAction(action)
        open_action = QAction(self.tr("Open"), self.table)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(self.edit_current)
        self.table.addAction(open_action)

    # -- filtering and segments ---------------------------------------------------------------

    def current_filter(self) -> ContactFilter:
        """The filter the panel and search box describe now."""
        stage, source = self.stage_filter.currentData(), self.source_filter.currentData()
        tag = self.tag_filter.currentData()
        ltv = self.ltv_min.text().strip().replace(",", ".")
        try:
            ltv_minor = round(float(ltv) * 100) if ltv else None
        except ValueError:
            ltv_minor = None
            self._status(
                self.tr("'%1' is not an amount; the value filter is ignored.").replace("%1", ltv)
            )
        query = ContactFilter(
            text=self.search_box.text(),
            stages=(LifecycleStage(stage),) if stage else (),
            tags=(tag,) if tag else (),
            owner_id=self.owner_filter.currentData(),
            source=ContactSource(source) if source else None,
            open_complaint=self.complaint_filter.currentData(),
            contacted_after=_date_of(self.contacted_after),
            contacted_before=_date_of(self.contacted_before),
            ltv_min_minor=ltv_minor,
        )
        return self.insights.narrow(query)

    def apply_filter(self) -> None:
        """Re-run the id query for the current filter (the whole list is then lazy).

        The first page is read and painted at once; when there is more, the whole ordered id
        list is read by a worker and appended (a keystroke never waits for 100,000 ids)."""
        self._search_timer.stop()
        current = self._current_id()
        query, sort = self.current_filter(), self.model.sort_order
        self._new_generation()
        first = self.ctx.contacts.list_first_ids(query, FIRST_PAGE, sort.key, sort.descending)
        if first is None or len(first) < FIRST_PAGE:
            self.model.requery(query)
        else:
            self.model.show_ids(first, query, complete=False)
            self.count_label.setText(self.tr("Counting contacts…"))
            self.list_stack.setCurrentWidget(self.table)
            self.counting, self._pending_count = True, (query, len(first))
            self._count_timer.start()
        row = self.model.row_of(current) if current is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
        # While a search is typed the 360° view waits for a pause: rebuilding it (figures and
        # the open tab's list) for every intermediate first hit took the GUI thread between
        # keystrokes.
        self._profile_timer.start(SEARCH_PROFILE_DELAY_MS if query.text else PROFILE_DELAY_MS)

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        """Header click: SQL re-sorts, like a new filter: the first page at once when one
        indexed query gives it, the rest from a worker (a list still being read for the old
        order is dropped)."""
        if self.model.set_sort(column, order):
            self.apply_filter()

    def _new_generation(self) -> None:
        """A new id list is about to be shown: a list still being read for the old one is
        dropped when it arrives, and one not started yet is not read at all; so are bulk
        actions waiting for it (their "everything" meant the old list)."""
        self._id_generation += 1
        self.counting, self._pending_count = False, None
        self._count_timer.stop()
        if self._waiting:
            self._waiting.clear()
            self._status(self.tr("The list changed before it was counted; nothing was changed."))

    def _read_all_ids(self) -> None:
        """Read the whole id list off the GUI thread and append what follows the first page
        (dropped when a newer filter or sort has been applied meanwhile). When every shown
        row was selected (Ctrl+A), the rows appended are selected too."""
        if self._pending_count is None:
            return
        (query, shown), self._pending_count = self._pending_count, None
        generation, sort = self._id_generation, self.model.sort_order
        contacts = self.ctx.contacts
        task = Task(
            lambda _progress, _cancelled: contacts.list_ids(query, sort.key, sort.descending)
        )

        def arrived(ids: object) -> None:
            self.ids_loading.discard(task)
            if generation == self._id_generation and isinstance(ids, list):
                everything = self._all_rows_selected()
                self.counting = False
                self.model.extend_ids(ids[shown:])
                if everything:
                    self.table.selectAll()
                waiting, self._waiting = self._waiting, []
                for act in waiting:
                    act(list(ids))

        def failed(message: str) -> None:
            self.ids_loading.discard(task)
            self._waiting.clear()
            self._status(message or self.tr("The contact list could not be read; see the log."))

        deliver(task, self, arrived, failed)  # not to a pane deleted meanwhile
        self.ids_loading.add(task)
        task.start()

    def show_filter(self, query: ContactFilter) -> None:
        """Set the panel and search box to `query` (a segment being opened) and run it."""
        for combo, value in (
            (self.stage_filter, query.stages[0] if query.stages else None),
            (self.tag_filter, query.tags[0] if query.tags else None),
            (self.owner_filter, query.owner_id),
            (self.source_filter, query.source),
            (self.complaint_filter, query.open_complaint),
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
        self.apply_filter()

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
        self._status(self.tr("This segment no longer exists."))

    def _segment_menu(self, position: QPoint) -> None:
        item = self.segments.itemAt(position)
        segment_id = item.data(SEGMENT_ID_ROLE) if item is not None else None
        if not isinstance(segment_id, int):
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Rename…"), lambda: self.rename_segment(segment_id))
        menu.addAction(self.tr("Delete"), lambda: self.delete_segment(segment_id))
        menu.exec(self.segments.mapToGlobal(position))

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

        self.shell.operations.run(run, self)

    def _open_segment(self, item: QListWidgetItem) -> None:
        query = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(query, ContactFilter):
            self.show_filter(query)

    def save_segment(self, name: str | None = None) -> None:
        if not name:
            name, ok = QInputDialog.getText(self, self.tr("Save Segment"), self.tr("Segment name:"))
            if not ok:
                return
        query = self.current_filter()
        self._segment_write(lambda: self.ctx.segments.save(name, query))

    def _show_count(self, count: int) -> None:
        self.count_label.setText(
            self.tr("%1 contact(s)", "", count).replace("%1", format_number(count))
        )
        if count:
            self.list_stack.setCurrentWidget(self.table)
        else:
            everyone = self.current_filter().is_empty
            self.list_stack.setCurrentWidget(self.empty if everyone else self.no_match)

    # -- current and selected contacts -------------------------------------------------------

    def _current_id(self) -> int | None:
        row = self.table.currentIndex().row()
        return self.model.id_at(row) if 0 <= row < self.model.rowCount() else None

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows shown, read from the selection ranges (Ctrl+A on 100,000
        is fine). Actions on the selection go through `_with_selected`, which also covers
        everything selected while only the first page is shown."""
        ids: list[int] = []
        selection = self.table.selectionModel().selection()
        for part in (selection.at(i) for i in range(selection.count())):
            ids.extend(self.model.id_at(r) for r in range(part.top(), part.bottom() + 1))
        return list(dict.fromkeys(ids))

    def _with_selected(self, act: Callable[[list[int]], None]) -> None:
        """Run `act` on the selected contacts. Everything selected while only the first page
        is shown ("Counting contacts…") means every matching contact: `act` then waits for the
        worker reading the whole list (started now if it has not been) instead of reading it
        on the GUI thread (about 100 ms at 100,000 contacts); a new filter or sort first
        drops it."""
        if not (self.counting and self._all_rows_selected()):
            act(self.selected_ids())
            return
        self._waiting.append(act)
        self._status(
            self.tr("Counting contacts… The change runs on all of them once they are counted.")
        )
        if self._pending_count is not None:
            self._count_timer.stop()
            self._read_all_ids()

    def _contact_changed(self, contact_id: int) -> None:
        """A tab of the 360° view changed the contact (an erase): every pane hears of it."""
        self.shell.operations.announce(Changes.of_contacts(contact_id), self.profile)

    def apply(self, changes: Changes, origin: object) -> None:
        """Refresh what a write names. Edited contacts repaint their rows and the 360° view
        without re-running the list query; contacts not in the list (created elsewhere, an
        import) re-run it, except for figures the background refresher recomputed. This
        pane's own writes update the list in their own `done` step and are skipped here."""
        if changes.segments:
            self.reload_segments()
        if changes.settings:
            self.settings_changed()
        if origin is self or not changes.contacts:
            return
        if not isinstance(origin, StaleFiguresRefresher):
            self._fill_choices()
            if any(self.model.row_of(i) is None for i in changes.contacts):
                self._requery_keeping(self._current_id())
                return
        self._refresh_contacts(changes.contacts)

    def settings_changed(self) -> None:
        """Custom field labels show in the 360° view's header."""
        self.profile.refresh_header()

    def _refresh_contacts(self, ids: frozenset[int]) -> None:
        """Repaint these contacts' rows (ids not shown are ignored) and the 360° view."""
        self.model.refresh_rows(ids)
        if self.profile.contact_id in ids:
            self.profile.refresh_header()

    def reveal_contact(self, contact_id: int) -> None:
        """Show the contact: the list cleared of filters, its row chosen and focused."""
        self.show_filter(ContactFilter())
        row = self.model.row_of(contact_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.setFocus()

    def _show_current(self) -> None:
        if self.ctx.closed:  # a delayed update after the database was closed or switched
            return
        self.profile.show_contact(self._current_id())

    def _all_rows_selected(self) -> bool:
        rows = self.model.rowCount()
        selection = self.table.selectionModel().selection()
        covered = sum(selection.at(i).height() for i in range(selection.count()))
        return rows > 0 and covered >= rows

    def _follow_current(self) -> None:
        """The 360° view follows the current row, rebuilt only when the contact changed (a
        keystroke whose first hit is the contact already shown rebuilds nothing)."""
        folded = self.splitter.sizes()[2] == 0
        if not folded and self._current_id() != self.profile.contact_id:
            self._show_current()

    def visible_names(self) -> list[str]:
        """Names in list order (for tests and accessibility checks)."""
        return [str(self.model.index(r, 0).data()) for r in range(self.model.rowCount())]

    # -- commands -----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def new_contact(self) -> None:
        dialog = ContactDialog(self.ctx, parent=self)
        if dialog.exec() and dialog.saved is not None:
            self._after_write(select=dialog.saved.id)
            self.shell.operations.announce(Changes.of_contacts(dialog.saved.id), self)
            self._warn_duplicates(dialog.saved.id)

    def edit_current(self) -> None:
        contact_id = self._current_id()
        if contact_id is None:
            return
        dialog = ContactDialog(self.ctx, self.ctx.contacts.profile(contact_id), parent=self)
        if dialog.exec() and dialog.saved is not None:
            self._fill_choices()
            self._refresh_contacts(frozenset({contact_id}))
            self.shell.operations.announce(Changes.of_contacts(contact_id), self)

    def _warn_duplicates(self, contact_id: int) -> None:
        pairs = self.ctx.duplicates.likely_duplicates_of(contact_id)
        if pairs:
            self._status(
                self.tr(
                    "This contact may be a duplicate (%1). Use Find Duplicates to merge."
                ).replace("%1", duplicate_reason(pairs[0]))
            )

    def export_selected(self) -> None:
        """The export dialog for the selected contacts (every match when all are selected)."""
        self._with_selected(self._export)

    def _export(self, ids: list[int]) -> None:
        from app.ui.import_export.export_dialog import ExportDialog  # noqa: PLC0415 - on use

        dialog = ExportDialog(self.ctx, ids, self, current=self.current_filter())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def delete_selected(self) -> None:
        self._with_selected(self._delete)

    def _delete(self, ids: list[int]) -> None:
        if not ids:
            return
        contacts = self.ctx.contacts

        def deleted(_changes: Changes) -> None:
            self._offer_undo(
                self.tr("%Ln contact(s) deleted.", "", len(ids)),
                lambda progress, cancelled: contacts.restore_many(ids, progress, cancelled),
                len(ids),
            )
            self._after_write()

        self._run(lambda p, c: contacts.delete_many(ids, p, c), len(ids), deleted)

    def bulk_tag(self, tag: str | None = None) -> None:
        tag = tag or self._ask_tag(self.tr("Add Tag"))
        if tag:
            contacts = self.ctx.contacts
            self._bulk(lambda ids, p, c: contacts.tag_many(ids, tag, p, c))

    def bulk_untag(self, tag: str | None = None) -> None:
        tag = tag or self._ask_tag(self.tr("Remove Tag"))
        if tag:
            contacts = self.ctx.contacts
            self._bulk(lambda ids, p, c: contacts.untag_many(ids, tag, p, c))

    def bulk_stage(self, stage: LifecycleStage) -> None:
        contacts = self.ctx.contacts
        self._bulk(lambda ids, p, c: contacts.set_stage_many(ids, stage, p, c))

    def _bulk(self, change: Callable[[list[int], Progress, CancelFlag], Changes]) -> None:
        self._with_selected(partial(self._bulk_on, change))

    def _bulk_on(
        self, change: Callable[[list[int], Progress, CancelFlag], Changes], ids: list[int]
    ) -> None:
        if not ids:
            self._status(self.tr("Select contacts first (Ctrl+A selects all)."))
            return

        def changed(changes: Changes) -> None:
            self._fill_choices()
            self.model.refresh_rows(changes.contacts)
            self._show_current()
            self._status(self.tr("%Ln contact(s) changed.", "", len(ids)))

        self._run(lambda p, c: change(ids, p, c), len(ids), changed)

    def _run(self, work: Work, count: int, finished: Callable[[Changes], None]) -> None:
        """Run a write on `count` contacts through the runner: at once when small, else in a
        worker behind a progress dialog whose Cancel rolls the whole change back."""
        operations = self.shell.operations
        if count <= BULK_INLINE:
            operations.run(lambda: work(no_progress, CancelFlag()), self, finished)
        else:
            label = self.tr("Changing %Ln contact(s)…", "", count)
            operations.run_long(work, self, label, finished)

    def _ask_tag(self, title: str) -> str:
        tag, ok = QInputDialog.getItem(
            self, title, self.tr("Tag:"), self.ctx.contacts.tag_names(), 0, True
        )
        return tag.strip() if ok else ""

    def open_import(self) -> None:
        """The window's global import action (the same wizard as File ▸ Import…)."""
        if not self.shell.trigger(IMPORT_ACTION):
            self._status(self.tr("Import is available from the main window's File menu."))

    def find_duplicates(self) -> None:
        DuplicatesDialog(self.ctx, self.merged, self).exec()

    def merged(self, record: MergeRecord) -> None:
        """After a merge: refresh and offer the undo."""
        duplicates = self.ctx.duplicates
        self._offer_undo(self.tr("Contacts merged."), lambda _p, _c: duplicates.unmerge(record))
        self._after_write(select=record.survivor_id)
        self.shell.operations.announce(Changes.of_contacts(record.survivor_id), self)

    def _offer_undo(self, message: str, undo: Work, count: int = 1) -> None:
        self._undo = (message, undo, count)
        text = message + " " + self.tr("Press Ctrl+Z to undo.")
        self.undo_label.setText(text)
        self.undo_label.show()
        QTimer.singleShot(UNDO_MESSAGE_MS, self.undo_label.hide)
        self._status(text, UNDO_MESSAGE_MS)

    def undo(self) -> None:
        """Undo the last delete or merge (kept until the next one, so well past 10 seconds)."""
        if self._undo is None:
            self._status(self.tr("Nothing to undo."))
            return
        _message, work, count = self._undo
        self._undo = None

        def undone(_changes: Changes) -> None:
            self.undo_label.hide()
            self._after_write()
            self._status(self.tr("Undone."))

        self._run(work, count, undone)

    def _after_write(self, select: int | None = None) -> None:
        """After contacts came or went (a delete, merge or undo): re-run the list query."""
        self._fill_choices()
        self._requery_keeping(select if select is not None else self._current_id())

    def _requery_keeping(self, current: int | None) -> None:
        """Re-run the list query and choose `current` again (else the first row)."""
        self._new_generation()
        self.model.requery()
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            self.table.selectRow(row)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self._show_current()

    def _status(self, message: str, timeout: int = 8000) -> None:
        self.shell.show_status(message, timeout)
        self.undo_label.setText(message)
        self.undo_label.show()

    # -- columns -----------------------------------------------------------------------------

    def _prefs(self) -> UiPrefs:
        return self.shell.prefs

    def _restore_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.blockSignals(True)  # restoring is not a change to save or a sort to run
        keys = [c.key for c in COLUMNS]
        saved = [k for k in self._prefs().columns.get(PREFS_KEY, []) if k in keys]
        churn = self.ctx.contacts.churn_known()
        visible = saved or [k for k in keys if k not in DEFAULT_HIDDEN]
        for logical, key in enumerate(keys):
            hidden = key not in visible or (key == "churn_risk" and not churn)
            header.setSectionHidden(logical, hidden)
        for position, key in enumerate(visible):
            header.moveSection(header.visualIndex(keys.index(key)), position)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    def fit_columns(self) -> None:
        """Size each column to the longest value of the rows read so far (the first page),
        within COLUMN_WIDTHS and at least its title's width (so "Last interaction" never reads
        "ast interaction"); the last column takes what is left."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        rows = [self.model.row_data(r) for r in range(min(self.model.rowCount(), FIRST_PAGE))]
        for logical, column in enumerate(self.model.columns):
            longest = max(
                (metrics.horizontalAdvance(column.text(row)) for row in rows if row is not None),
                default=0,
            )
            title = header.sectionSizeFromContents(logical).width()
            least, most = COLUMN_WIDTHS[column.key]
            width = max(least, min(longest + CELL_PADDING, most))
            header.resizeSection(logical, max(width, title))

    def visible_columns(self) -> list[str]:
        """Visible column keys in on-screen order (what is remembered)."""
        header = self.table.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [COLUMNS[i].key for i in logical if not header.isSectionHidden(i)]

    def _save_columns(self) -> None:
        prefs = self._prefs()
        prefs.columns[PREFS_KEY] = self.visible_columns()
        prefs.save(self.ctx.paths.config_dir)

    def set_column_visible(self, key: str, visible: bool) -> None:
        index = [c.key for c in COLUMNS].index(key)
        self.table.horizontalHeader().setSectionHidden(index, not visible)
        self._save_columns()

    def _column_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        for index, column in enumerate(COLUMNS):
            action = menu.addAction(column.title())
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(index))
            action.toggled.connect(lambda on, key=column.key: self.set_column_visible(key, on))
        menu.exec(header.mapToGlobal(position))


def _default_sizes(width: int) -> list[int]:
    """Filters, list and 360° view for a pane `width` wide that nobody has arranged yet."""
    side = PART_WIDTHS[SIDE] if width >= WIDE_PANE else 0
    profile = PART_WIDTHS[PROFILE]
    return [side, max(width - side - profile, LIST_MIN_WIDTH), profile]


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
