"""Contacts pane: segments and filters, search as you type, the lazy 100,000-row list, bulk
actions with undo, and the 360° view beside the list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
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
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import AppContext
from app.config.ui_prefs import UiPrefs
from app.domain.contact_query import ContactFilter
from app.domain.enums import ContactSource, LifecycleStage
from app.domain.errors import UserError
from app.services.changes import Changes
from app.services.duplicates import MergeRecord
from app.ui.common.empty_state import EmptyState
from app.ui.contacts.dialogs import ContactDialog, plain_label
from app.ui.contacts.duplicates_view import DuplicatesDialog
from app.ui.contacts.model import COLUMNS, DEFAULT_HIDDEN, contact_model
from app.ui.contacts.profile import ContactProfileView

SEARCH_DELAY_MS = 60
PROFILE_DELAY_MS = 120
UNDO_MESSAGE_MS = 15_000
PREFS_KEY = "contacts"
NO_DATE = QDate(1900, 1, 1)


class ContactsPane(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = contact_model(ctx.contacts)
        self._undo: tuple[str, Callable[[], Changes]] | None = None
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
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.sectionMoved.connect(lambda *_: self._save_columns())
        # Sorting is wired by hand: setSortingEnabled would re-query on every indicator change,
        # including the ones made while restoring the layout.
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sortIndicatorChanged.connect(self.model.sort)
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
        self._build_filters()
        self._build_layout()
        self._build_actions()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.model.requeried.connect(self._show_count)
        # The 360° view follows the current row a moment later, so typing and arrowing through
        # the list repaint it first.
        self._profile_timer = QTimer(self, singleShot=True, interval=PROFILE_DELAY_MS)
        self._profile_timer.timeout.connect(self._show_current)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._profile_timer.start()
        )
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self._restore_columns()
        self.reload_segments()
        self.apply_filter()

    # -- building -------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.segments = QListWidget()
        self.segments.setAccessibleName(self.tr("Segments"))
        self.segments.itemClicked.connect(self._open_segment)
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
            self.stage_filter.addItem(stage.value.capitalize(), stage)
        self.source_filter.addItem(self.tr("Any"), None)
        for source in ContactSource:
            self.source_filter.addItem(source.value.capitalize(), source)
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
        save_segment = QPushButton(self.tr("Save as Segment…"))
        save_segment.clicked.connect(lambda _checked: self.save_segment(None))
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(plain_label(self.tr("Segments")))
        side_layout.addWidget(self.segments, 1)
        side_layout.addWidget(plain_label(self.tr("Filters")))
        side_layout.addLayout(filters)
        side_layout.addWidget(save_segment)
        side.setMaximumWidth(210)
        return side

    def _build_layout(self) -> None:
        side = self._side_panel()
        new_button = QPushButton(self.tr("New Contact"))
        new_button.clicked.connect(self.new_contact)
        duplicates = QPushButton(self.tr("Find Duplicates…"))
        duplicates.clicked.connect(self.find_duplicates)
        self.bulk_button = QToolButton()
        self.bulk_button.setText(self.tr("Selected"))
        self.bulk_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.bulk_button.setMenu(self._bulk_menu())
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.bulk_button)
        top.addWidget(duplicates)
        top.addWidget(new_button)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addLayout(top)
        centre_layout.addWidget(self.list_stack, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.undo_label, 1)
        centre_layout.addLayout(bottom)
        self.splitter = QSplitter()
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.profile)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([720, 300])
        self.search_box.setMinimumWidth(200)
        layout = QHBoxLayout(self)
        layout.addWidget(side)
        layout.addWidget(self.splitter, 1)

    def _bulk_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Add Tag…"), self.bulk_tag)
        menu.addAction(self.tr("Remove Tag…"), self.bulk_untag)
        stages = menu.addMenu(self.tr("Set Stage"))
        for stage in LifecycleStage:
            stages.addAction(stage.value.capitalize(), partial(self.bulk_stage, stage))
        menu.addAction(self.tr("Delete"), self.delete_selected)
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
        return ContactFilter(
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

    def apply_filter(self) -> None:
        """Re-run the id query for the current filter (the whole list is then lazy)."""
        self._search_timer.stop()
        current = self._current_id()
        self.model.requery(self.current_filter())
        row = self.model.row_of(current) if current is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
        else:
            self._profile_timer.start()

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
            self.segments.addItem(item)

    def _open_segment(self, item: QListWidgetItem) -> None:
        query = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(query, ContactFilter):
            self.show_filter(query)

    def save_segment(self, name: str | None = None) -> None:
        if not name:
            name, ok = QInputDialog.getText(self, self.tr("Save Segment"), self.tr("Segment name:"))
            if not ok:
                return
        try:
            self.ctx.segments.save(name, self.current_filter())
        except UserError as exc:
            self._status(str(exc))
            return
        self.reload_segments()

    def _show_count(self, count: int) -> None:
        self.count_label.setText(
            self.tr("%1 contact(s)", "", count).replace("%1", QLocale().toString(count))
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
        """Ids of the selected rows, read from the selection ranges (Ctrl+A on 100,000 is fine)."""
        ids: list[int] = []
        selection = self.table.selectionModel().selection()
        for part in (selection.at(i) for i in range(selection.count())):
            ids.extend(self.model.id_at(r) for r in range(part.top(), part.bottom() + 1))
        return list(dict.fromkeys(ids))

    def _show_current(self) -> None:
        if self.ctx.closed:  # a delayed update after the database was closed or switched
            return
        self.profile.show_contact(self._current_id())

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
            self._after_write(Changes.of_contacts(dialog.saved.id), select=dialog.saved.id)
            self._warn_duplicates(dialog.saved.id)

    def edit_current(self) -> None:
        contact_id = self._current_id()
        if contact_id is None:
            return
        dialog = ContactDialog(self.ctx, self.ctx.contacts.profile(contact_id), parent=self)
        if dialog.exec() and dialog.saved is not None:
            self._after_write(Changes.of_contacts(contact_id), select=contact_id)

    def _warn_duplicates(self, contact_id: int) -> None:
        pairs = self.ctx.duplicates.likely_duplicates_of(contact_id)
        if pairs:
            self._status(
                self.tr(
                    "This contact may be a duplicate (%1). Use Find Duplicates to merge."
                ).replace("%1", pairs[0].reason)
            )

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self.ctx.contacts.delete_many(ids)
        self._offer_undo(
            self.tr("%n contact(s) deleted.", "", len(ids)),
            lambda: self.ctx.contacts.restore_many(ids),
        )
        self._after_write(Changes(contacts=frozenset(ids)))

    def bulk_tag(self, tag: str | None = None) -> None:
        tag = tag or self._ask_tag(self.tr("Add Tag"))
        if tag:
            self._bulk(lambda ids: self.ctx.contacts.tag_many(ids, tag))

    def bulk_untag(self, tag: str | None = None) -> None:
        tag = tag or self._ask_tag(self.tr("Remove Tag"))
        if tag:
            self._bulk(lambda ids: self.ctx.contacts.untag_many(ids, tag))

    def bulk_stage(self, stage: LifecycleStage) -> None:
        self._bulk(lambda ids: self.ctx.contacts.set_stage_many(ids, stage))

    def _bulk(self, run: Callable[[list[int]], Changes]) -> None:
        ids = self.selected_ids()
        if not ids:
            self._status(self.tr("Select contacts first (Ctrl+A selects all)."))
            return
        try:
            changes = run(ids)
        except UserError as exc:
            self._status(str(exc))
            return
        self._fill_choices()
        self.model.refresh_ids(changes.contacts)
        self._show_current()
        self._status(self.tr("%n contact(s) changed.", "", len(ids)))

    def _ask_tag(self, title: str) -> str:
        tag, ok = QInputDialog.getItem(
            self, title, self.tr("Tag:"), self.ctx.contacts.tag_names(), 0, True
        )
        return tag.strip() if ok else ""

    def find_duplicates(self) -> None:
        DuplicatesDialog(self.ctx, self.merged, self).exec()

    def merged(self, record: MergeRecord) -> None:
        """After a merge: refresh and offer the undo."""
        self._offer_undo(self.tr("Contacts merged."), lambda: self.ctx.duplicates.unmerge(record))
        self._after_write(Changes.of_contacts(record.survivor_id), select=record.survivor_id)

    def _offer_undo(self, message: str, undo: Callable[[], Changes]) -> None:
        self._undo = (message, undo)
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
        _message, run = self._undo
        self._undo = None
        changes = run()
        self.undo_label.hide()
        self._after_write(changes)
        self._status(self.tr("Undone."))

    def _after_write(self, changes: Changes, select: int | None = None) -> None:
        self._fill_choices()
        current = select if select is not None else self._current_id()
        self.model.requery()
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            self.table.selectRow(row)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self._show_current()
        del changes

    def _status(self, message: str, timeout: int = 8000) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, timeout)
        self.undo_label.setText(message)
        self.undo_label.show()

    # -- columns -----------------------------------------------------------------------------

    def _prefs(self) -> UiPrefs:
        """The window's prefs when inside the main window (it saves them on close), else ours."""
        prefs = getattr(self.window(), "prefs", None)
        if not isinstance(prefs, UiPrefs):
            prefs = UiPrefs.load(self.ctx.paths.config_dir)
        return prefs

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
        header.resizeSection(keys.index("name"), 200)
        header.resizeSection(keys.index("email"), 220)
        for key in ("last_interaction", "lifetime_value", "open_complaints"):
            header.resizeSection(keys.index(key), 120)
        header.blockSignals(False)

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
