"""The contact list: the lazy model and its table, the empty states, the count, which contacts
are current and selected, and reading a long id list off the GUI thread.

A query is shown first page first: the first ids are read and painted at once, and when there
are more the whole ordered list is read by a worker and appended (a keystroke never waits for
100,000 ids). Rows of edited contacts are repainted without re-running the query."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QStackedWidget, QTableView, QWidget

from app.bootstrap import AppContext
from app.domain.contact_query import ContactFilter
from app.ui.common.empty_state import EmptyState
from app.ui.common.formatting import format_number
from app.ui.common.lazy_table import LazyTableDelegate
from app.ui.common.paint_gate import PaintGate
from app.ui.common.workers import Task, deliver
from app.ui.contacts.dialogs import plain_label
from app.ui.contacts.model import contact_model

FIRST_PAGE = 100  # ids read before the first paint; the rest follow from a worker
COUNT_DELAY_MS = 30  # the worker reading the rest starts after the first page has painted

Act = Callable[[list[int]], None]


class ContactTable(QStackedWidget):
    """The list (or its empty state) of the contacts a ContactFilter finds.

    `resorted` when a header click changed the order (the owner shows its filter again),
    `open_requested` on a double click or Enter, `message` for the status line."""

    resorted = Signal()
    open_requested = Signal()
    message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = contact_model(ctx.contacts, ctx.settings.business().currency)
        self._id_generation = 0  # bumped per query shown, so a late worker result is dropped
        self.ids_loading: set[Task] = set()  # workers reading id lists, kept alive until done
        self.counting = False  # only the first page of the current list is shown yet
        self._pending_count: tuple[ContactFilter, int] | None = None  # what the timer reads
        # Actions on "everything" chosen while counting: run when the whole list lands.
        self._waiting: list[Act] = []
        self._chosen_on_arrival: int | None = None  # a contact to choose once its row lands
        self.count_label = plain_label()
        self.count_label.setObjectName("contact_count")
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
        for widget in (self.table, self.empty, self.no_match):
            self.addWidget(widget)
        # The rest of a long list is read a moment after its first page: started at once, the
        # worker's Python work took turns with the first paint, and while a word is typed only
        # the last keystroke's list is read at all.
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self.first_frame = PaintGate(self.table.viewport())  # the first page paints first
        self._count_timer.timeout.connect(lambda: self.first_frame.run(self._read_all_ids))
        self.model.requeried.connect(self._show_count)
        self.table.doubleClicked.connect(lambda _i: self.open_requested.emit())

    def _build_table(self) -> QTableView:
        """Rows selected whole, columns movable; sorting is wired by hand: setSortingEnabled
        would re-query on every indicator change, including the ones made while restoring the
        remembered layout."""
        table = QTableView()
        table.setModel(self.model)
        table.setItemDelegate(LazyTableDelegate(self.model, table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(24)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sortIndicatorChanged.connect(self._sort)
        return table

    # -- showing a query ------------------------------------------------------------------

    def show_query(self, query: ContactFilter) -> None:
        """Show the contacts `query` finds, the current contact kept chosen (else the first)."""
        current = self.current_id()
        sort = self.model.sort_order
        self._new_generation()
        first = self.ctx.contacts.list_first_ids(query, FIRST_PAGE, sort.key, sort.descending)
        if first is None or len(first) < FIRST_PAGE:
            self.model.requery(query)
        else:
            self.model.show_ids(first, query, complete=False)
            self.count_label.setText(self.tr("Counting contacts…"))
            self.setCurrentWidget(self.table)
            self.counting, self._pending_count = True, (query, len(first))
            self._count_timer.start()
        row = self.model.row_of(current) if current is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)

    def requery_keeping(self, current: int | None) -> None:
        """Re-run the shown query (contacts came or went) and choose `current` again, else the
        first row."""
        self._new_generation()
        self.model.requery()
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            self.table.selectRow(row)
        elif self.model.rowCount():
            self.table.selectRow(0)

    def refresh_rows(self, ids: frozenset[int]) -> None:
        """Repaint these contacts' rows; ids not shown are ignored."""
        self.model.refresh_rows(ids)

    def shows_all(self, ids: frozenset[int]) -> bool:
        """Whether every one of these contacts has a row (else the query must run again)."""
        return all(self.model.row_of(i) is not None for i in ids)

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        """Header click: SQL re-sorts, like a new filter (a list still being read for the old
        order is dropped)."""
        if self.model.set_sort(column, order):
            self.resorted.emit()

    def _new_generation(self) -> None:
        """A new id list is about to be shown: a list still being read for the old one is
        dropped when it arrives, and one not started yet is not read at all; so are actions
        waiting for it (their "everything" meant the old list)."""
        self._id_generation += 1
        self.counting, self._pending_count = False, None
        self._chosen_on_arrival = None
        self._count_timer.stop()
        if self._waiting:
            self._waiting.clear()
            self.message.emit(
                self.tr("The list changed before it was counted; nothing was changed.")
            )

    def _read_all_ids(self) -> None:
        """Read the whole id list off the GUI thread and append what follows the first page
        (dropped when a newer query or sort has been shown meanwhile). When every shown row
        was selected (Ctrl+A), the rows appended are selected too."""
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
                chosen, self._chosen_on_arrival = self._chosen_on_arrival, None
                if chosen is not None:
                    self.select_contact(chosen)
                waiting, self._waiting = self._waiting, []
                for act in waiting:
                    act(list(ids))

        def failed(message: str) -> None:
            self.ids_loading.discard(task)
            self._waiting.clear()
            self.message.emit(
                message or self.tr("The contact list could not be read; see the log.")
            )

        deliver(task, self, arrived, failed)  # not to a list deleted meanwhile
        self.ids_loading.add(task)
        task.start()

    def _show_count(self, count: int) -> None:
        self.count_label.setText(
            self.tr("%1 contact(s)", "", count).replace("%1", format_number(count))
        )
        if count:
            self.setCurrentWidget(self.table)
        else:
            query = self.model.params
            everyone = not isinstance(query, ContactFilter) or query.is_empty
            self.setCurrentWidget(self.empty if everyone else self.no_match)

    # -- current and selected contacts ----------------------------------------------------

    def current_id(self) -> int | None:
        row = self.table.currentIndex().row()
        return self.model.id_at(row) if 0 <= row < self.model.rowCount() else None

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows shown, read from the selection ranges (Ctrl+A on 100,000
        is fine). Actions on the selection go through `with_selected`, which also covers
        everything selected while only the first page is shown."""
        ids: list[int] = []
        selection = self.table.selectionModel().selection()
        for part in (selection.at(i) for i in range(selection.count())):
            ids.extend(self.model.id_at(r) for r in range(part.top(), part.bottom() + 1))
        return list(dict.fromkeys(ids))

    def with_selected(self, act: Act) -> None:
        """Run `act` on the selected contacts. Everything selected while only the first page
        is shown ("Counting contacts…") means every matching contact: `act` then waits for the
        worker reading the whole list (started now if it has not been) instead of reading it
        on the GUI thread (about 100 ms at 100,000 contacts); a new query or sort first drops
        it."""
        if not (self.counting and self._all_rows_selected()):
            act(self.selected_ids())
            return
        self._waiting.append(act)
        self.message.emit(
            self.tr("Counting contacts… The change runs on all of them once they are counted.")
        )
        if self._pending_count is not None:
            self._count_timer.stop()
            self._read_all_ids()

    def _all_rows_selected(self) -> bool:
        rows = self.model.rowCount()
        selection = self.table.selectionModel().selection()
        covered = sum(selection.at(i).height() for i in range(selection.count()))
        return rows > 0 and covered >= rows

    def select_contact(self, contact_id: int) -> bool:
        """Choose and focus the contact's row; False when it is not in the list. While only
        the first page is shown, a contact past it is chosen when the rest of the list lands
        (read now rather than after the usual pause)."""
        row = self.model.row_of(contact_id)
        if row is None and self.counting:
            self._chosen_on_arrival = contact_id
            if self._pending_count is not None:
                self._count_timer.stop()
                self._read_all_ids()
            return True
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.setFocus()
        return True

    def visible_names(self) -> list[str]:
        """Names in list order (for tests and accessibility checks)."""
        return [str(self.model.index(r, 0).data()) for r in range(self.model.rowCount())]
