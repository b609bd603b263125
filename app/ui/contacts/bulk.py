"""Actions on the selected contacts (tag, untag, stage, delete, export) and the undo of the last
delete or merge.

Each write goes through the operations runner: at once when it touches few contacts, else in a
worker behind a progress dialog whose Cancel rolls the whole change back."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from app.bootstrap import AppContext
from app.domain.contact_query import ContactFilter
from app.domain.enums import LifecycleStage
from app.domain.progress import no_progress
from app.services.changes import Changes
from app.services.duplicates import MergeRecord
from app.ui.common.operations import Operations
from app.ui.common.workers import CancelFlag, Progress
from app.ui.contacts.table import ContactTable
from app.ui.i18n import enum_label

BULK_INLINE = 1000  # bulk writes on more contacts than this run in a worker, with progress

Work = Callable[[Progress, CancelFlag], Changes]
Change = Callable[[list[int], Progress, CancelFlag], Changes]


class BulkActions(QObject):
    """The Selected menu's commands over `table`'s selection, and Ctrl+Z.

    `contacts_changed(Changes)` after contacts were edited in place (their rows repaint),
    `list_changed(select)` after contacts came or went (the list is read again, `select` the
    contact to choose or None), `undo_offered(text)` and `undone()` for the undo line, and
    `message` for the status line."""

    contacts_changed = Signal(object)
    list_changed = Signal(object)
    undo_offered = Signal(str)
    undone = Signal()
    message = Signal(str)

    def __init__(
        self, ctx: AppContext, operations: Operations, table: ContactTable, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ctx, self._operations, self._table, self._parent = ctx, operations, table, parent
        self._undo: tuple[str, Work, int] | None = None  # message, the undo, contacts it touches
        self.menu = self._build_menu()
        self._offer_stored_merge_undo()

    def _build_menu(self) -> QMenu:
        menu = QMenu(self._parent)
        menu.setToolTipsVisible(True)  # a viewer's copy says why the writing entries are off
        stages = QMenu(self.tr("Set Stage"), menu)
        for stage in LifecycleStage:
            stages.addAction(enum_label(stage), partial(self.set_stage, stage))
        self._operations.seat.guard(
            menu.addAction(self.tr("Add Tag…"), self.tag),
            menu.addAction(self.tr("Remove Tag…"), self.untag),
            menu.addMenu(stages),
            menu.addAction(self.tr("Delete"), self.delete),
        )
        menu.addSeparator()
        self.export_action = menu.addAction(self.tr("Export…"), self.export)
        return menu

    def _offer_stored_merge_undo(self) -> None:
        """A merge not undone yet (maybe from an earlier session) can still be undone with
        Ctrl+Z until another delete or merge takes its place."""
        record = self.ctx.duplicates.last_undoable_merge()
        if record is not None:
            duplicates = self.ctx.duplicates
            self._undo = (self.tr("Contacts merged."), lambda _p, _c: duplicates.unmerge(record), 1)

    # -- the selection ---------------------------------------------------------------------

    def tag(self, tag: str | None = None) -> None:
        tag = tag or self._ask_tag(self.tr("Add Tag"))
        if tag:
            contacts = self.ctx.contacts
            self._bulk(lambda ids, p, c: contacts.tag_many(ids, tag, p, c))

    def untag(self, tag: str | None = None) -> None:
        tag = tag or self._ask_tag(self.tr("Remove Tag"))
        if tag:
            contacts = self.ctx.contacts
            self._bulk(lambda ids, p, c: contacts.untag_many(ids, tag, p, c))

    def set_stage(self, stage: LifecycleStage) -> None:
        contacts = self.ctx.contacts
        self._bulk(lambda ids, p, c: contacts.set_stage_many(ids, stage, p, c))

    def delete(self) -> None:
        self._table.with_selected(self._delete)

    def export(self) -> None:
        """The export dialog for the selected contacts (every match when all are selected)."""
        self._table.with_selected(self._export)

    def _export(self, ids: list[int]) -> None:
        from app.ui.import_export.export_dialog import ExportDialog  # noqa: PLC0415 - on use

        shown = self._table.model.params
        current = shown if isinstance(shown, ContactFilter) else None
        dialog = ExportDialog(self.ctx, ids, self._parent, current=current)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _delete(self, ids: list[int]) -> None:
        if not ids:
            return
        contacts = self.ctx.contacts

        def deleted(_changes: Changes) -> None:
            self.offer_undo(
                self.tr("%Ln contact(s) deleted.", "", len(ids)),
                lambda progress, cancelled: contacts.restore_many(ids, progress, cancelled),
                len(ids),
            )
            self.list_changed.emit(None)

        self._run(lambda p, c: contacts.delete_many(ids, p, c), len(ids), deleted)

    def _bulk(self, change: Change) -> None:
        self._table.with_selected(partial(self._bulk_on, change))

    def _bulk_on(self, change: Change, ids: list[int]) -> None:
        if not ids:
            self.message.emit(self.tr("Select contacts first (Ctrl+A selects all)."))
            return

        def changed(changes: Changes) -> None:
            self.contacts_changed.emit(changes)
            self.message.emit(self.tr("%Ln contact(s) changed.", "", len(ids)))

        self._run(lambda p, c: change(ids, p, c), len(ids), changed)

    def _run(self, work: Work, count: int, finished: Callable[[Changes], None]) -> None:
        """Run a write on `count` contacts through the runner: at once when small, else in a
        worker behind a progress dialog whose Cancel rolls the whole change back."""
        if count <= BULK_INLINE:
            self._operations.run(lambda: work(no_progress, CancelFlag()), self, finished)
        else:
            label = self.tr("Changing %Ln contact(s)…", "", count)
            self._operations.run_long(work, self, label, finished)

    def _ask_tag(self, title: str) -> str:
        tag, ok = QInputDialog.getItem(
            self._parent, title, self.tr("Tag:"), self.ctx.contacts.tag_names(), 0, True
        )
        return tag.strip() if ok else ""

    # -- undo ------------------------------------------------------------------------------

    def merged(self, record: MergeRecord) -> None:
        """After a merge: offer its undo."""
        duplicates = self.ctx.duplicates
        self.offer_undo(self.tr("Contacts merged."), lambda _p, _c: duplicates.unmerge(record))

    def offer_undo(self, message: str, undo: Work, count: int = 1) -> None:
        self._undo = (message, undo, count)
        self.undo_offered.emit(message + " " + self.tr("Press Ctrl+Z to undo."))

    def undo(self) -> None:
        """Undo the last delete or merge (kept until the next one, so well past 10 seconds)."""
        if self._undo is None:
            self.message.emit(self.tr("Nothing to undo."))
            return
        _message, work, count = self._undo
        self._undo = None

        def undone(_changes: Changes) -> None:
            self.undone.emit()
            self.list_changed.emit(None)
            self.message.emit(self.tr("Undone."))

        self._run(work, count, undone)
