"""Contacts pane: the filters and segments, the lazy 100,000-row list, the selection's bulk
actions with undo, and the 360° view beside the list, in one remembered splitter.

The parts live in their own modules (filters.py, table.py, bulk.py, columns.py, profile.py);
the pane composes them, follows the current row with the 360° view and refreshes what a
write's `Changes` name."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import AppContext
from app.domain.contact_query import ContactFilter
from app.domain.enums import LifecycleStage
from app.services.changes import Changes
from app.services.duplicates import MergeRecord
from app.ui.common.shell import LocalShell, Shell
from app.ui.contacts.bulk import BulkActions
from app.ui.contacts.columns import ColumnLayout
from app.ui.contacts.dialogs import ContactDialog, plain_label
from app.ui.contacts.duplicates_view import DuplicatesDialog, duplicate_reason
from app.ui.contacts.filters import ContactFilters
from app.ui.contacts.profile import ContactProfileView
from app.ui.contacts.table import ContactTable
from app.ui.dashboard.freshness import StaleFiguresRefresher

PROFILE_DELAY_MS = 120
SEARCH_PROFILE_DELAY_MS = 500
UNDO_MESSAGE_MS = 15_000
SIZES_KEY = "contacts.splitter"  # UiPrefs.extra: filters, list and 360° view widths
SIDE, LIST, PROFILE = 0, 1, 2  # the splitter's parts
PART_WIDTHS = {SIDE: 190, PROFILE: 320}  # their widths when opened
PROFILE_MIN_WIDTH = 260
LIST_MIN_WIDTH = 320
WIDE_PANE = 1400  # narrower panes open with the filters folded away
IMPORT_ACTION = "import.open"  # the GLOBAL_ACTIONS key of the import wizard


class ContactsPane(QWidget):
    """The parts side by side. The one-line methods below are the pane's own surface (the
    window, the actions, the export dialog and the tests reach the parts through them)."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, shell: Shell | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shell = shell or LocalShell(ctx, self)
        operations = self.shell.operations
        operations.did_execute.connect(self.apply)
        self.list_stack = ContactTable(ctx)
        self.table, self.model = self.list_stack.table, self.list_stack.model
        # after the paint that found the row gone, not in the middle of it
        self.model.rows_gone.connect(self._after_write, Qt.ConnectionType.QueuedConnection)
        self.empty, self.no_match = self.list_stack.empty, self.list_stack.no_match
        self.count_label, self.ids_loading = (
            self.list_stack.count_label,
            self.list_stack.ids_loading,
        )
        self.filters = ContactFilters(ctx, operations, prefs=self.shell.prefs)
        self.search_box, self.segments = self.filters.search_box, self.filters.segments
        self.insights = self.filters.insights
        self.stage_filter, self.tag_filter = self.filters.stage_filter, self.filters.tag_filter
        self.complaint_filter = self.filters.complaint_filter
        self.contacted_after = self.filters.contacted_after
        self.bulk = BulkActions(ctx, operations, self.list_stack, self)
        self.export_action = self.bulk.export_action
        self.undo_label = plain_label()
        self.undo_label.setWordWrap(True)
        self.profile = ContactProfileView(ctx, operations=operations)
        self._build_layout()
        self._build_actions()
        self._connect_parts()
        self.columns = ColumnLayout(
            self.table,
            self.model,
            self.shell.prefs,
            ctx.paths.config_dir,
            ctx.contacts.churn_known(),
        )
        self._sync_toggles()
        self.apply_filter()
        self.columns.fit()

    def _connect_parts(self) -> None:
        for part in (self.list_stack, self.filters, self.bulk):
            part.message.connect(self._status)
        self.filters.changed.connect(self.apply_filter)
        self.list_stack.resorted.connect(self.apply_filter)
        self.list_stack.open_requested.connect(self.edit_current)
        self.bulk.list_changed.connect(self._after_write)
        self.bulk.contacts_changed.connect(self._bulk_changed)
        self.bulk.undo_offered.connect(self._show_undo)
        self.bulk.undone.connect(self.undo_label.hide)
        # The 360° view follows the current row a moment later, so typing and arrowing through
        # the list repaint it first.
        self._profile_timer = QTimer(self, singleShot=True, interval=PROFILE_DELAY_MS)
        self._profile_timer.timeout.connect(
            lambda: self.list_stack.first_frame.run(self._follow_current)
        )
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._profile_timer.start(PROFILE_DELAY_MS)
        )

    # -- building -------------------------------------------------------------------------

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
        # Filters, list and 360° view share one splitter: the list takes what the window gains,
        # the outer parts keep their width and can be dragged shut (remembered).
        self.profile.setMinimumWidth(PROFILE_MIN_WIDTH)
        self.splitter = QSplitter()
        for part, stretch in ((self.filters, 0), (centre, 1), (self.profile, 0)):
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
        self.new_action = toolbar.addAction(self.tr("New Contact"), self.new_contact)
        self.bulk_button = QToolButton()
        self.bulk_button.setText(self.tr("Selected"))
        self.bulk_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.bulk_button.setMenu(self.bulk.menu)
        toolbar.addWidget(self.bulk_button)
        self.duplicates_action = toolbar.addAction(
            self.tr("Find Duplicates…"), self.find_duplicates
        )
        import_action = toolbar.addAction(self.tr("Import…"), self.open_import)
        import_action.setToolTip(self.tr("Import contacts from a CSV, Excel or vCard file"))
        self.import_button = cast(QToolButton, toolbar.widgetForAction(import_action))
        self.shell.operations.seat.guard(self.new_action, self.duplicates_action, import_action)
        self.filters_action = toolbar.addAction(self.tr("Filters"))
        self.filters_action.setToolTip(self.tr("Show or hide the segments and filters"))
        self.filters_action.toggled.connect(lambda on: self.set_part_shown(SIDE, on))
        self.details_action = toolbar.addAction(self.tr("360° View"))
        self.details_action.setToolTip(self.tr("Show or hide the 360° view beside the list"))
        self.details_action.toggled.connect(lambda on: self.set_part_shown(PROFILE, on))
        for action in (self.filters_action, self.details_action):
            action.setCheckable(True)
        return toolbar

    def _build_actions(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for text, keys, slot, writes in (
            (self.tr("Find"), QKeySequence.StandardKey.Find, self.focus_search, False),
            (self.tr("Delete"), QKeySequence.StandardKey.Delete, self.delete_selected, True),
            (self.tr("Undo"), QKeySequence.StandardKey.Undo, self.undo, True),
        ):
            action = QAction(text, self)
            action.setShortcut(keys)
            action.setShortcutContext(context)
            action.triggered.connect(slot)
            self.addAction(action)
            if writes:
                self.shell.operations.seat.guard(action)
        open_action = QAction(self.tr("Open"), self.table)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(self.edit_current)
        self.table.addAction(open_action)

    # -- the splitter's parts ---------------------------------------------------------------

    def _saved_sizes(self) -> list[int] | None:
        """The splitter's sizes as the person left them, if they ever moved it."""
        sizes = self.shell.prefs.extra.get(SIZES_KEY)
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
        prefs = self.shell.prefs
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

    # -- the list and its filter ------------------------------------------------------------

    @property
    def counting(self) -> bool:
        """Only the first page of the current list is shown yet."""
        return self.list_stack.counting

    def current_filter(self) -> ContactFilter:
        """The filter the panel and search box describe now."""
        return self.filters.current()

    def apply_filter(self) -> None:
        """Show what the filters find, first page first."""
        self.filters.search_timer.stop()
        query = self.current_filter()
        self.list_stack.show_query(query)
        # While a search is typed the 360° view waits for a pause: rebuilding it (figures and
        # the open tab's list) for every intermediate first hit took the GUI thread between
        # keystrokes.
        self._profile_timer.start(SEARCH_PROFILE_DELAY_MS if query.text else PROFILE_DELAY_MS)

    def show_filter(self, query: ContactFilter) -> None:
        """Set the panel and search box to `query` (a segment, an insight) and run it."""
        self.filters.show_filter(query)
        self.apply_filter()

    def open_segment(self, segment_id: int) -> None:
        self.filters.open_segment(segment_id)

    def save_segment(self, name: str | None = None) -> None:
        self.filters.save_segment(name)

    def rename_segment(self, segment_id: int, name: str | None = None) -> None:
        self.filters.rename_segment(segment_id, name)

    def delete_segment(self, segment_id: int) -> None:
        self.filters.delete_segment(segment_id)

    def selected_ids(self) -> list[int]:
        return self.list_stack.selected_ids()

    def visible_names(self) -> list[str]:
        return self.list_stack.visible_names()

    def visible_columns(self) -> list[str]:
        return self.columns.visible()

    def set_column_visible(self, key: str, visible: bool) -> None:
        self.columns.set_visible(key, visible)

    def reveal_contact(self, contact_id: int) -> None:
        """Show the contact: the list cleared of filters, its row chosen and focused."""
        self.show_filter(ContactFilter())
        self.list_stack.select_contact(contact_id)

    # -- refreshing what a write names ------------------------------------------------------

    def apply(self, changes: Changes, origin: object) -> None:
        """Refresh what a write names. Edited contacts repaint their rows and the 360° view
        without re-running the list query; contacts not in the list (created elsewhere, an
        import) re-run it, except for figures the background refresher recomputed. This
        pane's own writes update the list in their own `done` step and are skipped here."""
        if changes.segments:
            self.filters.reload_segments()
        if changes.settings:
            self.settings_changed()
        if origin in (self, self.bulk) or not changes.contacts:
            return
        if not isinstance(origin, StaleFiguresRefresher):
            self.filters.fill_choices()
            if not self.list_stack.shows_all(changes.contacts):
                self.list_stack.requery_keeping(self.list_stack.current_id())
                self._show_current()
                return
        self._refresh_contacts(changes.contacts)

    def settings_changed(self) -> None:
        """Custom field labels show in the 360° view's header."""
        self.profile.refresh_header()

    def _refresh_contacts(self, ids: frozenset[int]) -> None:
        """Repaint these contacts' rows (ids not shown are ignored) and the 360° view."""
        self.list_stack.refresh_rows(ids)
        if self.profile.contact_id in ids:
            self.profile.refresh_header()

    def _after_write(self, select: int | None = None) -> None:
        """After contacts came or went (a delete, merge or undo): re-run the list query."""
        self.filters.fill_choices()
        self.list_stack.requery_keeping(
            select if select is not None else self.list_stack.current_id()
        )
        self._show_current()

    def _bulk_changed(self, changes: Changes) -> None:
        """Contacts edited in bulk: their rows and the 360° view show it."""
        self.filters.fill_choices()
        self.list_stack.refresh_rows(changes.contacts)
        self._show_current()

    def _show_current(self) -> None:
        if self.ctx.closed:  # a delayed update after the database was closed or switched
            return
        self.profile.show_contact(self.list_stack.current_id())

    def _follow_current(self) -> None:
        """The 360° view follows the current row, rebuilt only when the contact changed (a
        keystroke whose first hit is the contact already shown rebuilds nothing)."""
        folded = self.splitter.sizes()[PROFILE] == 0
        if not folded and self.list_stack.current_id() != self.profile.contact_id:
            self._show_current()

    # -- commands ---------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def new_contact(self) -> None:
        dialog = ContactDialog(self.ctx, parent=self, owner_id=self.shell.operations.seat.staff_id)
        if dialog.exec() and dialog.saved is not None:
            self._after_write(select=dialog.saved.id)
            self.shell.operations.announce(Changes.of_contacts(dialog.saved.id), self)
            self._warn_duplicates(dialog.saved.id)

    def edit_current(self) -> None:
        contact_id = self.list_stack.current_id()
        if contact_id is None:
            return
        dialog = ContactDialog(self.ctx, self.ctx.contacts.profile(contact_id), parent=self)
        self.shell.operations.seat.guard(dialog.save_button)  # a viewer opens it to look
        if dialog.exec() and dialog.saved is not None:
            self.filters.fill_choices()
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

    def bulk_tag(self, tag: str | None = None) -> None:
        self.bulk.tag(tag)

    def bulk_untag(self, tag: str | None = None) -> None:
        self.bulk.untag(tag)

    def bulk_stage(self, stage: LifecycleStage) -> None:
        self.bulk.set_stage(stage)

    def delete_selected(self) -> None:
        self.bulk.delete()

    def undo(self) -> None:
        self.bulk.undo()

    def open_import(self) -> None:
        """The window's global import action (the same wizard as File ▸ Import…)."""
        if not self.shell.trigger(IMPORT_ACTION):
            self._status(self.tr("Import is available from the main window's File menu."))

    def find_duplicates(self) -> None:
        DuplicatesDialog(self.ctx, self.merged, self).exec()

    def merged(self, record: MergeRecord) -> None:
        """After a merge: refresh and offer the undo."""
        self.bulk.merged(record)
        self._after_write(select=record.survivor_id)
        self.shell.operations.announce(Changes.of_contacts(record.survivor_id), self)

    def _show_undo(self, text: str) -> None:
        self.undo_label.setText(text)
        self.undo_label.show()
        QTimer.singleShot(UNDO_MESSAGE_MS, self.undo_label.hide)
        self._status(text, UNDO_MESSAGE_MS)

    def _status(self, message: str, timeout: int = 8000) -> None:
        self.shell.show_status(message, timeout)
        self.undo_label.setText(message)
        self.undo_label.show()


def _default_sizes(width: int) -> list[int]:
    """Filters, list and 360° view for a pane `width` wide that nobody has arranged yet."""
    side = PART_WIDTHS[SIDE] if width >= WIDE_PANE else 0
    profile = PART_WIDTHS[PROFILE]
    return [side, max(width - side - profile, LIST_MIN_WIDTH), profile]
