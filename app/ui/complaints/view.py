"""Complaints pane: queues with counts over a lazy list of cases, the case view beside it; and a
one-customer list (`ContactComplaintsWidget`) for the contact's 360° view."""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import AppContext
from app.config.ui_prefs import UiPrefs
from app.services.changes import Changes
from app.services.complaints import ComplaintFilter, ComplaintRow, Queue
from app.ui.common.empty_state import EmptyState
from app.ui.common.formatting import format_number
from app.ui.common.lazy_table import LazyTableModel
from app.ui.common.operations import Operations
from app.ui.common.seat import offer_mine, remember_mine
from app.ui.common.shell import LocalShell, Shell
from app.ui.complaints.detail import ComplaintDetail
from app.ui.complaints.dialogs import NewComplaintDialog
from app.ui.complaints.model import complaint_model

PREFS_KEY = "complaints"
DETAIL_DELAY_MS = 100  # the case view waits for the selection to rest (held arrow keys)
WIDE_LAYOUT = 1500  # pane width (px) from which the case view sits beside the list
QUEUES = tuple(Queue)


def queue_title(queue: Queue) -> str:
    return {
        Queue.OPEN: QCoreApplication.translate("Complaints", "Open"),
        Queue.OVERDUE: QCoreApplication.translate("Complaints", "Overdue"),
        Queue.DUE_TODAY: QCoreApplication.translate("Complaints", "Due Today"),
        Queue.WAITING: QCoreApplication.translate("Complaints", "Waiting on Customer"),
        Queue.RESOLVED_THIS_WEEK: QCoreApplication.translate("Complaints", "Resolved This Week"),
        Queue.ALL: QCoreApplication.translate("Complaints", "All"),
    }[queue]


def complaint_table(model: LazyTableModel[ComplaintRow]) -> QTableView:
    """A keyboard-friendly row-selecting table whose header sorts in SQL."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    order = (
        Qt.SortOrder.DescendingOrder if model.sort_order.descending else Qt.SortOrder.AscendingOrder
    )
    table.horizontalHeader().setSortIndicator(model.sort_column(), order)
    table.setSortingEnabled(True)  # after the indicator: enabling sorts by the indicated column
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate((100, 140, 110, 65, 125, 100, 50, 170)):
        table.setColumnWidth(column, width)
    return table


class ComplaintsPane(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, shell: Shell | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.shell = shell or LocalShell(ctx, self)
        self.seat = self.shell.operations.seat
        self.model = complaint_model(ctx.complaints, ctx.clock)
        self.queue_bar = QTabBar()
        self.queue_bar.setExpanding(False)
        for queue in QUEUES:
            self.queue_bar.addTab(queue_title(queue))
        self.queue_bar.currentChanged.connect(self._queue_changed)
        self._build_buttons()
        self.count_label = QLabel()
        self.table = complaint_table(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.empty_state = EmptyState(
            self.tr("No complaints here"),
            self.tr("Nothing in this queue right now. New complaints: Ctrl+Shift+N."),
            icon_name="ok",
        )
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_state)
        self.detail = ComplaintDetail(ctx, self.shell.operations)
        self.shell.operations.did_execute.connect(self.apply)
        self._pending: int | None = None
        self.detail_timer = QTimer(self)
        self.detail_timer.setSingleShot(True)
        self.detail_timer.setInterval(DETAIL_DELAY_MS)
        self.detail_timer.timeout.connect(self._show_pending)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([3000, 2000])  # 3:2 until the person moves it
        top = QHBoxLayout()
        top.addWidget(self.queue_bar, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.mine_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        for number, _queue in enumerate(QUEUES, start=1):
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.queue_bar.setCurrentIndex(n - 1))
        self.model.requeried.connect(self._requeried)
        self._restore_layout()
        self.splitter.splitterMoved.connect(self._save_sizes)
        self.table.horizontalHeader().sectionResized.connect(self._save_layout)
        self.seat.guard(self.new_button)
        self.seat.changed.connect(self._seat_changed)
        self._seat_changed()
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(60_000)
        self.clock_timer.timeout.connect(self.refresh_clock)
        self.clock_timer.start()

    def _build_buttons(self) -> None:
        self.new_button = QPushButton(self.tr("New Complaint…"))
        self.new_button.setToolTip(self.tr("Ctrl+Shift+N"))
        self.new_button.clicked.connect(lambda _checked=False: self.new_complaint())
        self.mine_button = QPushButton(self.tr("M&y Cases"))
        self.mine_button.setCheckable(True)
        self.mine_button.setToolTip(self.tr("Show only the cases you own"))
        self.mine_button.toggled.connect(self._mine_toggled)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side on wide screens; list above the case on narrow ones, so every column
        (the SLA one last) stays visible at 1280 px."""
        super().resizeEvent(event)
        wanted = (
            Qt.Orientation.Horizontal if self.width() >= WIDE_LAYOUT else Qt.Orientation.Vertical
        )
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            # once the layout has given the splitter its new size, so the ratio holds
            QTimer.singleShot(0, lambda: self.splitter.setSizes(self._saved_sizes()))

    def _sizes_key(self) -> str:
        wide = self.splitter.orientation() == Qt.Orientation.Horizontal
        return "sizes_wide" if wide else "sizes_narrow"

    def _saved_sizes(self) -> list[int]:
        saved = self._prefs().extra.get(PREFS_KEY, {})
        sizes = saved.get(self._sizes_key()) if isinstance(saved, dict) else None
        if isinstance(sizes, list) and len(sizes) == 2 and all(isinstance(v, int) for v in sizes):
            return sizes
        return [3000, 2000] if self._sizes_key() == "sizes_wide" else [1000, 1000]

    # -- queues ------------------------------------------------------------------------------

    def current_queue(self) -> Queue:
        return QUEUES[max(0, self.queue_bar.currentIndex())]

    def show_queue(self, queue: Queue) -> None:
        self.queue_bar.setCurrentIndex(QUEUES.index(queue))

    def current_filter(self) -> ComplaintFilter:
        """The chosen queue, of my cases only while "My cases" is on."""
        mine = self.seat.staff_id if self.mine_button.isChecked() else None
        return ComplaintFilter(self.current_queue(), owner_id=mine)

    def _queue_changed(self, _index: int) -> None:
        self.model.requery(self.current_filter())
        self._save_layout()

    def _seat_changed(self) -> None:
        offer_mine(self.mine_button, self.seat, self.shell.prefs, PREFS_KEY)
        self.refresh_counts()
        self.model.requery(self.current_filter())

    def _mine_toggled(self, on: bool) -> None:
        remember_mine(self.shell.prefs, PREFS_KEY, on)
        self.shell.save_prefs()
        self.refresh_counts()
        self.model.requery(self.current_filter())

    def refresh_clock(self) -> None:
        """SLA time left moves with the clock: re-fetch the visible rows and the counts."""
        first = max(0, self.table.rowAt(0))
        last = self.table.rowAt(self.table.viewport().height() - 1)
        last = self.model.rowCount() - 1 if last < 0 else last
        self.model.refresh_rows(self.model.id_at(row) for row in range(first, last + 1))
        self.refresh_counts()
        self.detail.refresh_clock()

    def refresh_counts(self) -> None:
        counts = self._ctx.complaints.counts(self.current_filter().owner_id)
        for index, queue in enumerate(QUEUES):
            self.queue_bar.setTabText(
                index, f"{queue_title(queue)} ({format_number(counts[queue])})"
            )
            self.queue_bar.setTabToolTip(index, self.tr("Alt+%1").replace("%1", str(index + 1)))

    def _requeried(self, count: int) -> None:
        self.count_label.setText(self.tr("%Ln case(s)", "", count))
        self.list_stack.setCurrentWidget(self.table if count else self.empty_state)
        if count:
            self.table.selectRow(0)
        else:
            self.detail_timer.stop()
            self.detail.show_case(None)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The case view follows the current row once the keyboard rests (a held arrow key or
        a queue switch paints the list first, then fills the case view once)."""
        self._pending = self.model.id_at(current.row()) if current.isValid() else None
        self.detail_timer.start()

    def _show_pending(self) -> None:
        self.detail.show_case(self._pending)

    # -- changes -----------------------------------------------------------------------------

    def apply(self, changes: Changes, _origin: object) -> None:
        """Repaint the changed cases and the counts; rows stay put until the queue is re-run,
        except that cases not in the list yet (new ones) take their places."""
        if changes.settings:
            self.settings_changed()
        if not changes.complaints:
            return
        if any(self.model.row_of(i) is None for i in changes.complaints):
            self.model.requery()
        else:
            self.model.refresh_rows(changes.complaints)
        self.refresh_counts()

    def settings_changed(self) -> None:
        """Business hours and SLA targets move every clock."""
        self.refresh_clock()

    def new_complaint(self, contact_id: int | None = None) -> None:
        dialog = NewComplaintDialog(self._ctx, contact_id, self)
        dialog.opened.connect(lambda row: self.reveal(row.id))
        dialog.open()

    def reveal(self, complaint_id: int) -> None:
        """Show a (new) case: re-run the queue, switching to All if it is not in this one."""
        self.refresh_counts()
        self.model.requery()
        if self.model.row_of(complaint_id) is None:
            self.show_queue(Queue.ALL)
        row = self.model.row_of(complaint_id)
        if row is not None:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
            self.detail_timer.stop()
            self.detail.show_case(complaint_id)

    # -- remembered layout -------------------------------------------------------------------

    def _prefs(self) -> UiPrefs:
        return self.shell.prefs

    def _restore_layout(self) -> None:
        saved = self.shell.prefs.extra.get(PREFS_KEY, {})
        if not isinstance(saved, dict):
            return
        if isinstance(saved.get("header"), str):
            header = self.table.horizontalHeader()
            header.restoreState(QByteArray.fromBase64(saved["header"].encode()))
        if saved.get("queue") in [q.value for q in QUEUES]:
            self.queue_bar.blockSignals(True)
            self.queue_bar.setCurrentIndex(QUEUES.index(Queue(saved["queue"])))
            self.queue_bar.blockSignals(False)

    @staticmethod
    def _prefs_entry(prefs: UiPrefs) -> dict[str, object]:
        saved = prefs.extra.get(PREFS_KEY)
        entry: dict[str, object] = dict(saved) if isinstance(saved, dict) else {}
        prefs.extra[PREFS_KEY] = entry
        return entry

    def _save_sizes(self) -> None:
        """Only a person moving the splitter sets the sizes (per orientation)."""
        prefs = self._prefs()
        self._prefs_entry(prefs)[self._sizes_key()] = self.splitter.sizes()
        if isinstance(self.shell, LocalShell):  # the window saves its own prefs on close
            self.shell.save_prefs()

    def _save_layout(self) -> None:
        prefs = self._prefs()
        entry = self._prefs_entry(prefs)
        entry["header"] = bytes(
            self.table.horizontalHeader().saveState().toBase64().data()
        ).decode()
        entry["queue"] = self.current_queue().value
        if isinstance(self.shell, LocalShell):  # the window saves its own prefs on close
            self.shell.save_prefs()


class ContactComplaintsWidget(QWidget):
    """One customer's cases with the case view below, for the contact's 360° view. Cases
    opened or worked on here reach every pane through `operations` (the complaints queue, the
    timeline, the list row); cases changed elsewhere repaint here."""

    def __init__(
        self, ctx: AppContext, contact_id: int, operations: Operations | None = None
    ) -> None:
        super().__init__()
        self._ctx, self.contact_id = ctx, contact_id
        self.operations = operations or Operations(self)
        self.model = complaint_model(ctx.complaints, ctx.clock)
        self.detail = ComplaintDetail(ctx, self.operations)
        self.table = complaint_table(self.model)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self.detail.show_case(
                self.model.id_at(current.row()) if current.isValid() else None
            )
        )
        self.operations.did_execute.connect(self.apply)
        self.new_button = QPushButton(self.tr("New Complaint…"))
        self.new_button.clicked.connect(self.new_complaint)
        self.operations.seat.guard(self.new_button)
        self.count_label = QLabel()
        self.model.requeried.connect(
            lambda n: self.count_label.setText(self.tr("%Ln complaint(s)", "", n))
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.model.requery(ComplaintFilter(Queue.ALL, contact_id))

    def new_complaint(self) -> None:
        dialog = NewComplaintDialog(self._ctx, self.contact_id, self)
        dialog.opened.connect(self._opened)
        dialog.open()

    def _opened(self, row: ComplaintRow) -> None:
        """A case opened here: listed at once, and announced to every pane."""
        self.model.requery()
        self.operations.announce(Changes(complaints=frozenset({row.id})), self)

    def apply(self, changes: Changes, origin: object) -> None:
        """Repaint the changed cases; a case not listed yet (opened elsewhere, maybe for this
        customer) re-runs this customer's short list."""
        if origin is self or not changes.complaints:
            return
        if any(self.model.row_of(i) is None for i in changes.complaints):
            self.model.requery()
        else:
            self.model.refresh_rows(changes.complaints)


def open_new_complaint(shell: Shell) -> None:
    """The Ctrl+Shift+N action: open the dialog from anywhere; show the case once opened."""
    pane = shell.pane("complaints")
    if isinstance(pane, ComplaintsPane):
        dialog = NewComplaintDialog(shell.ctx, None, shell.dialog_parent())

        def opened(row: ComplaintRow) -> None:
            shell.show_pane("complaints")
            pane.reveal(row.id)

        dialog.opened.connect(opened)
        dialog.open()
