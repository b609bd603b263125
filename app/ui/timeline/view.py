"""The timeline widgets: `TimelineView` (filters, per-channel counts, the lazy list with a
sticky day header, expand, edit, delete with undo), the global `TimelinePane`, and
`ContactTimelineWidget` for a contact's 360° view."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import AppContext
from app.domain.enums import Channel
from app.domain.errors import UserError
from app.domain.when import parse_when
from app.services.changes import Changes
from app.services.timeline import (
    QueryCancelled,
    Source,
    TimelineEntry,
    TimelineFilter,
    TimelineKind,
)
from app.ui.common.empty_state import EmptyState
from app.ui.common.filter_row import WrappingFilterRow
from app.ui.common.flow_layout import FlowLayout
from app.ui.common.formatting import format_number
from app.ui.common.operations import Operations
from app.ui.common.seat import Seat
from app.ui.common.shell import LocalShell, Shell
from app.ui.common.workers import CancelFlag, Progress, Task
from app.ui.i18n import QT_TRANSLATE_NOOP, current_language, enum_label, error_text
from app.ui.quick_log.dialog import QuickLogDialog
from app.ui.theme import mark_error
from app.ui.timeline.delegate import TimelineDelegate, day_title
from app.ui.timeline.model import TimelineModel

SEARCH_DELAY_MS = 300
COUNTS_DELAY_MS = 150

KIND_CHOICES: tuple[tuple[str, TimelineKind | None], ...] = (
    (QT_TRANSLATE_NOOP("TimelineView", "Everything"), None),
    (QT_TRANSLATE_NOOP("TimelineView", "Interactions"), TimelineKind.INTERACTION),
    (QT_TRANSLATE_NOOP("TimelineView", "Orders"), TimelineKind.ORDER),
    (QT_TRANSLATE_NOOP("TimelineView", "Payments"), TimelineKind.PAYMENT),
    (QT_TRANSLATE_NOOP("TimelineView", "Refunds"), TimelineKind.REFUND),
    (QT_TRANSLATE_NOOP("TimelineView", "Credits"), TimelineKind.CREDIT),
    (QT_TRANSLATE_NOOP("TimelineView", "Complaints"), TimelineKind.COMPLAINT),
    (QT_TRANSLATE_NOOP("TimelineView", "Surveys"), TimelineKind.SURVEY),
    (QT_TRANSLATE_NOOP("TimelineView", "Tasks done"), TimelineKind.TASK),
    (QT_TRANSLATE_NOOP("TimelineView", "Consent"), TimelineKind.CONSENT),
)


class TimelineView(QWidget):
    """One stream (global, or one contact's) with its filter bar."""

    def __init__(
        self,
        ctx: AppContext,
        contact_id: int | None = None,
        parent: QWidget | None = None,
        *,
        action: QWidget | None = None,
        seat: Seat | None = None,
    ) -> None:
        """`seat`: whose role the writing entries follow (none: a copy outside any team)."""
        super().__init__(parent)
        self.ctx, self.contact_id = ctx, contact_id
        self.seat = seat or Seat(self)
        self._expanded: set[tuple[int, int]] = set()
        self._deleted: list[int] = []
        self._count_generation = 0
        self._count_task: Task | None = None
        self.counts_shown: dict[str, int] = {}
        self._pending_counts = TimelineFilter()
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(COUNTS_DELAY_MS)
        self._counts_timer.timeout.connect(self._counts_due)
        self.model = TimelineModel(ctx.timeline)
        self._build_filters(action)
        self._build_list(with_contact=contact_id is None)
        self._build_undo_bar()
        self.seat.guard(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_row)
        layout.addWidget(self.channel_strip)
        layout.addWidget(self.error_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.undo_bar)
        self.model.reset_done.connect(self._after_reset)
        self.model.searching_changed.connect(self._show_searching)
        self.model.failed.connect(self._search_failed)
        self.requery()

    # -- building ----------------------------------------------------------------------------

    def _build_filters(self, action: QWidget | None) -> None:
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search notes and summaries…"))
        self.search_box.setClearButtonEnabled(True)
        self.kind_combo = QComboBox()
        for title, kind in KIND_CHOICES:
            self.kind_combo.addItem(self.tr(title), kind)
        self.staff_combo = QComboBox()
        self.staff_combo.addItem(self.tr("Any staff"), None)
        for staff in self.ctx.interactions.staff():
            self.staff_combo.addItem(staff.name, staff.id)
        self.since_box = QLineEdit()
        self.since_box.setPlaceholderText(self.tr("From"))
        self.since_box.setToolTip(self.tr("From a date or time, e.g. 2026-01-01 or 'in 2 days'"))
        self.until_box = QLineEdit()
        self.until_box.setPlaceholderText(self.tr("Until"))
        self.until_box.setToolTip(self.tr("Until a date or time (not included), e.g. yesterday"))
        for widget, name in (
            (self.search_box, QT_TRANSLATE_NOOP("TimelineView", "Search")),
            (self.kind_combo, QT_TRANSLATE_NOOP("TimelineView", "Kind")),
            (self.staff_combo, QT_TRANSLATE_NOOP("TimelineView", "Staff")),
            (self.since_box, QT_TRANSLATE_NOOP("TimelineView", "From")),
            (self.until_box, QT_TRANSLATE_NOOP("TimelineView", "Until")),
        ):
            widget.setAccessibleName(self.tr(name))
        # One line in the Timeline pane; wrapped in a contact's narrow 360° view.
        self.filter_row = WrappingFilterRow(
            self.search_box,
            (self.kind_combo, self.staff_combo, self.since_box, self.until_box),
            action=action,
        )
        self._build_channel_strip()
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        mark_error(self.error_label)
        self.error_label.hide()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._filters_changed)
        self.search_box.textChanged.connect(self._search_timer.start)
        self.kind_combo.currentIndexChanged.connect(self._filters_changed)
        self.staff_combo.currentIndexChanged.connect(self._filters_changed)
        self.since_box.editingFinished.connect(self._filters_changed)
        self.until_box.editingFinished.connect(self._filters_changed)

    def _build_channel_strip(self) -> None:
        """One checkable chip per channel, showing its count once counted. The chips keep their
        whole "Phone 1,215" text and wrap onto more lines in a narrow pane (a contact's 360°
        view), so none hides behind scroll arrows."""
        self.channel_buttons: dict[str, QToolButton] = {}
        self.channel_strip = QWidget()
        self.channel_strip.setAccessibleName(self.tr("Channels"))
        self.channel_row = FlowLayout(self.channel_strip)
        for channel in Channel:
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setText(enum_label(channel))
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.toggled.connect(self._filters_changed)
            self.channel_buttons[channel.value] = button
            self.channel_row.addWidget(button)

    def _build_list(self, *, with_contact: bool) -> None:
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Timeline"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(TimelineDelegate(self._is_expanded, with_contact))
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(False)
        self.list.setAlternatingRowColors(False)
        self.list.activated.connect(self._toggle)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.installEventFilter(self)
        self.sticky_header = QLabel(self.list.viewport())
        self.sticky_header.setTextFormat(Qt.TextFormat.PlainText)
        self.sticky_header.setAutoFillBackground(True)
        self.sticky_header.setBackgroundRole(self.sticky_header.palette().ColorRole.AlternateBase)
        font = self.sticky_header.font()
        font.setBold(True)
        self.sticky_header.setFont(font)
        self.sticky_header.setContentsMargins(8, 0, 8, 0)
        self.list.verticalScrollBar().valueChanged.connect(self._update_sticky_header)
        self._sticky_timer = QTimer(self)
        self._sticky_timer.setSingleShot(True)
        self._sticky_timer.timeout.connect(self._update_sticky_header)
        self.empty_label = EmptyState(self.tr("Timeline"), "", icon_name="timeline")
        self.empty_label.hide()

    def _build_undo_bar(self) -> None:
        self.undo_bar = QWidget()
        self.undo_label = QLabel(self.tr("Interaction deleted."))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.clicked.connect(self.undo_delete)
        row = QHBoxLayout(self.undo_bar)
        row.setContentsMargins(8, 0, 8, 0)
        row.addWidget(self.undo_label, 1)
        row.addWidget(self.undo_button)
        self.undo_bar.hide()

    # -- filters and counts ------------------------------------------------------------------

    def current_filter(self) -> TimelineFilter:
        """The filter the widgets describe; a date that cannot be read raises UserError."""
        now = self.ctx.clock.now()
        kind = self.kind_combo.currentData()
        staff = self.staff_combo.currentData()
        return TimelineFilter(
            contact_id=self.contact_id,
            channels=frozenset(k for k, b in self.channel_buttons.items() if b.isChecked()),
            kinds=frozenset({kind}) if kind else frozenset(),
            staff_id=staff,
            since=_typed_time(self.since_box.text(), now, self.tr("start date")),
            until=_typed_time(self.until_box.text(), now, self.tr("end date")),
            text=self.search_box.text(),
        )

    def requery(self) -> None:
        self._search_timer.stop()
        try:
            filters = self.current_filter()
        except UserError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.error_label.hide()
        self._expanded.clear()
        self.model.requery(filters)
        self._pending_counts = filters
        self._counts_timer.start()  # after the list has painted; also absorbs quick clicks

    def _filters_changed(self) -> None:
        self.requery()

    def _counts_due(self) -> None:
        self._start_counts(self._pending_counts)

    def _start_counts(self, filters: TimelineFilter) -> None:
        """Per-channel counts off the GUI thread; newer filters interrupt older counts."""
        self._count_generation += 1
        generation = self._count_generation
        service = self.ctx.timeline
        if self._count_task is not None:
            self._count_task.cancelled.cancel()

        def count(_progress: Progress, cancelled: CancelFlag) -> tuple[int, dict[str, int]]:
            try:
                return generation, service.channel_counts(filters, cancelled)
            except QueryCancelled:
                return generation, {}

        task = Task(count)
        task.signals.done.connect(self._show_counts)  # a bound slot: dropped if self goes first
        self._count_task = task
        task.start()

    def _show_counts(self, result: object) -> None:
        generation, counts = result if isinstance(result, tuple) else (None, {})
        if generation != self._count_generation or not isinstance(counts, dict):
            return
        for channel, button in self.channel_buttons.items():
            count = counts.get(channel, 0)
            button.setText(f"{enum_label(channel)} {compact_count(count)}")
            button.setToolTip(self.tr("%Ln entries", "", count))
        self.counts_shown = dict(counts)

    def _show_searching(self, searching: bool) -> None:
        if searching:
            self.empty_label.message_label.setText(self.tr("Searching…"))

    def _search_failed(self, message: str) -> None:
        self.error_label.setText(message or self.tr("The search failed; see the log for details."))
        self.error_label.show()
        self._after_reset()

    def _after_reset(self) -> None:
        empty = self.model.rowCount() == 0
        self.list.setVisible(not empty)
        self.empty_label.setVisible(empty)
        if self.model.searching:
            self.empty_label.message_label.setText(self.tr("Searching…"))
        elif empty:
            self.empty_label.message_label.setText(
                self.tr("Nothing matches these filters; clear a filter to see more of the history.")
                if self.current_filter() != TimelineFilter(contact_id=self.contact_id)
                else self.tr(
                    "No history yet. Log a call, e-mail or meeting with Ctrl+L and it appears "
                    "here, newest first, grouped by day."
                )
            )
        self._sticky_timer.start(0)  # after the first paint: finding the top row lays out rows

    # -- rows: expand, edit, delete, undo ------------------------------------------------------

    def _is_expanded(self, entry: TimelineEntry) -> bool:
        return entry.key in self._expanded

    def selected_entry(self) -> TimelineEntry | None:
        return self.model.entry_at(self.list.currentIndex().row())

    def _toggle(self, index: QModelIndex) -> None:
        entry = self.model.entry_at(index.row())
        if entry is None:
            return
        self._expanded.symmetric_difference_update({entry.key})
        self.list.scheduleDelayedItemsLayout()
        self.list.viewport().update()

    def delete_selected(self) -> None:
        """Soft-delete the selected interaction; Undo (or Ctrl+Z) brings it back."""
        entry = self.selected_entry()
        if entry is None or entry.source is not Source.INTERACTION:
            return
        self.ctx.interactions.delete(entry.source_id)
        self._deleted.append(entry.source_id)
        self.undo_bar.show()
        self.requery()

    def undo_delete(self) -> None:
        if not self._deleted:
            return
        self.ctx.interactions.restore(self._deleted.pop())
        self.undo_bar.setVisible(bool(self._deleted))
        self.requery()

    def edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or entry.source is not Source.INTERACTION:
            return

        dialog = QuickLogDialog(self.ctx, self, interaction_id=entry.source_id)
        if dialog.exec():
            self.requery()

    def attach_file(self, path: Path | None = None) -> None:
        """Copy a file into the data folder and attach it to the selected interaction."""
        entry = self.selected_entry()
        if entry is None or entry.source is not Source.INTERACTION:
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Attach File"))
            if not chosen:
                return
            path = Path(chosen)
        try:
            self.ctx.attachments.attach(entry.source_id, path)
        except UserError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()

    def open_attachments(self) -> None:
        """Open the selected interaction's files with the system's viewer (never run here)."""
        entry = self.selected_entry()
        if entry is None or entry.source is not Source.INTERACTION:
            return
        for attachment in self.ctx.attachments.for_interaction(entry.source_id):
            try:
                stored = self.ctx.attachments.path_for(attachment.sha256)
            except UserError as exc:  # a record that does not name a stored file
                self.error_label.setText(error_text(exc))
                self.error_label.show()
                continue
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(stored)))

    def _context_menu(self, position: QPoint) -> None:
        entry = self.model.entry_at(self.list.indexAt(position).row())
        if entry is None or entry.source is not Source.INTERACTION:
            return
        menu = QMenu(self)
        menu.setToolTipsVisible(True)  # a viewer's copy says why the writing entries are off
        writes = [
            menu.addAction(self.tr("Edit…\tF2"), self.edit_selected),
            menu.addAction(self.tr("Attach File…"), self.attach_file),
        ]
        files = self.ctx.attachments.for_interaction(entry.source_id)
        if files:
            menu.addAction(
                self.tr("Open Attachments (%1)").replace("%1", str(len(files))),
                self.open_attachments,
            )
        menu.addSeparator()
        writes.append(menu.addAction(self.tr("Delete\tDel"), self.delete_selected))
        self.seat.guard(*writes)
        menu.exec(self.list.viewport().mapToGlobal(position))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The list's keys and resizes. A view whose Python side the collector already cleared
        (the test's or window's widget gone, its C++ side not deleted yet) has no attributes
        left and lets every event pass: seen in the GUI tests as an AttributeError here."""
        if watched is not vars(self).get("list"):
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)  # noqa: S101 - narrowed for the type checker
            if event.matches(QKeySequence.StandardKey.Undo):
                self._write_key(self.undo_delete)
                return True
            if event.key() == Qt.Key.Key_Delete:
                self._write_key(self.delete_selected)
                return True
            if event.key() == Qt.Key.Key_F2:
                self._write_key(self.edit_selected)
                return True
            if event.key() == Qt.Key.Key_Space:
                self._toggle(self.list.currentIndex())
                return True
        if event.type() == QEvent.Type.Resize:
            self._sticky_timer.start(0)
        return super().eventFilter(watched, event)

    def _write_key(self, write: Callable[[], None]) -> None:
        """A writing key (Del, F2, Ctrl+Z): on a viewer's copy the line above says why not."""
        try:
            self.seat.check_write()
        except UserError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        write()

    def _update_sticky_header(self) -> None:
        """Keep the day of the topmost visible row pinned at the top of the list."""
        top = self.list.indexAt(self.list.viewport().rect().topLeft())
        day = self.model.day_at(top.row()) if top.isValid() else None
        self.sticky_header.setVisible(day is not None)
        if day is None:
            return
        self.sticky_header.setText(day_title(day))
        height = self.sticky_header.fontMetrics().height() + 16
        self.sticky_header.setGeometry(0, 0, self.list.viewport().width(), height)
        self.sticky_header.raise_()


class TimelinePane(QWidget):
    """The Timeline pane: every customer's history in one stream."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, shell: Shell | None = None
    ) -> None:
        super().__init__(parent)
        self.shell = shell or LocalShell(ctx, self)
        self.view = TimelineView(ctx, seat=self.shell.operations.seat)
        QVBoxLayout(self).addWidget(self.view)
        self.shell.operations.did_execute.connect(self.apply)

    def apply(self, changes: Changes, _origin: object) -> None:
        """New or edited interactions (a quick log, a completed task, an import) and complaint
        events show in the stream; other changes leave it as it is."""
        if changes.interactions or changes.complaints:
            self.view.requery()

    def settings_changed(self) -> None:
        """Nothing in the stream depends on business settings."""


class ContactTimelineWidget(QWidget):
    """One contact's history with a quick-log button, for the contact's 360° view. What is
    logged here reaches every pane through `operations`; what is logged elsewhere shows here."""

    def __init__(
        self, ctx: AppContext, contact_id: int, operations: Operations | None = None
    ) -> None:
        super().__init__()
        self.ctx, self.contact_id = ctx, contact_id
        self.operations = operations or Operations(self)
        self.operations.did_execute.connect(self.apply)
        self.log_button = QPushButton(self.tr("Log interaction…"))
        self.log_button.clicked.connect(self.log_interaction)
        self.operations.seat.guard(self.log_button)
        self.view = TimelineView(ctx, contact_id, action=self.log_button, seat=self.operations.seat)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)

    def log_interaction(self) -> None:

        dialog = QuickLogDialog(self.ctx, self, contact_id=self.contact_id)
        if dialog.exec():
            self.view.requery()
            self.operations.announce(dialog.changes, self)

    def apply(self, changes: Changes, origin: object) -> None:
        """Interactions or complaint events written elsewhere: read the history again (one
        contact's, so cheap)."""
        if origin is not self and (changes.interactions or changes.complaints):
            self.view.requery()


def compact_count(count: int) -> str:
    """'987', '9,876', '251k': short enough that eleven channel chips fit at 1280 pixels."""
    return format_number(count) if count < 10_000 else f"{format_number(round(count / 1000))}k"


def _typed_time(text: str, now: datetime, field: str) -> datetime | None:
    if not text.strip():
        return None
    return parse_when(text, now, field=field, language=current_language())
