"""Conflict review: the open sync conflicts grouped by record (field, your value, theirs, the
value before, who and when), settled with one click each. A resolution is a new edit that
syncs like any other; its Changes reach the panes through the operations runner."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Changes
from app.ui.common.empty_state import EmptyState
from app.ui.common.formatting import format_datetime
from app.ui.sync.controller import SyncController

if TYPE_CHECKING:
    from app.services.sync.engine import ConflictView

AnyIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = 0  # the internal id of a record row; a field row carries its record's row + 1


@dataclass(frozen=True, slots=True)
class Conflict:
    """One open conflict as this person sees it: which value is theirs and which is mine."""

    view: ConflictView
    mine_is_local: bool  # the hub's "local" is the value pushed by `by`

    @property
    def mine(self) -> Any:
        return self.view.local if self.mine_is_local else self.view.remote

    @property
    def theirs(self) -> Any:
        return self.view.remote if self.mine_is_local else self.view.local

    @property
    def deleted(self) -> bool:
        """The record was deleted while this field was edited: the delete stands for now."""
        return self.view.kept == "deleted"

    def keep(self, mine: bool) -> str:
        """The engine's word for keeping my value (or theirs)."""
        if self.deleted:
            return "local" if mine else "remote"
        return "local" if mine == self.mine_is_local else "remote"


@dataclass(frozen=True, slots=True)
class RecordGroup:
    label: str
    conflicts: tuple[Conflict, ...]


def shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class ConflictModel(QAbstractItemModel):
    """Records at the top level, their conflicting fields below."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.groups: list[RecordGroup] = []

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Record / field"),
            self.tr("Your value"),
            self.tr("Theirs"),
            self.tr("Before"),
            self.tr("Who"),
            self.tr("When"),
        )

    def set_groups(self, groups: list[RecordGroup]) -> None:
        self.beginResetModel()
        self.groups = groups
        self.endResetModel()

    def conflict_at(self, index: AnyIndex) -> Conflict | None:
        if not index.isValid() or index.internalId() == NO_PARENT:
            return None
        return self.groups[index.internalId() - 1].conflicts[index.row()]

    def conflicts_at(self, index: AnyIndex) -> tuple[Conflict, ...]:
        """The conflict of a field row, or all of a record's."""
        if not index.isValid():
            return ()
        one = self.conflict_at(index)
        return (one,) if one is not None else self.groups[index.row()].conflicts

    # -- QAbstractItemModel -------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt's API
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, NO_PARENT)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == NO_PARENT:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, NO_PARENT)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == NO_PARENT and parent.column() == 0:
            return len(self.groups[parent.row()].conflicts)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 6

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        conflict = self.conflict_at(index)
        if conflict is None:
            return self.groups[index.row()].label if index.column() == 0 else None
        from app.ui.import_export.models import field_title  # noqa: PLC0415 - the wizard's names

        view = conflict.view
        theirs = (
            self.tr("(deleted)")
            if conflict.deleted and conflict.theirs is None
            else shown(conflict.theirs)
        )
        when = format_datetime(datetime.fromisoformat(view.at).replace(tzinfo=UTC))
        field = field_title(view.field)
        cells = (field, shown(conflict.mine), theirs, shown(view.base), view.by, when)
        return cells[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section] if 0 <= section < 6 else None
        return None


class ConflictPane(QWidget):
    """The open conflicts with Keep mine / Take theirs / Edit…; a Pane of the runner."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = ConflictModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Sync conflicts"))
        self.tree.setUniformRowHeights(True)
        self.empty = EmptyState(
            self.tr("No sync conflicts"),
            self.tr(
                "When you and a colleague change the same field before syncing, both values "
                "are listed here so you can choose which one stays."
            ),
        )
        self.hint = QLabel(
            self.tr("Choose a field (or a whole record) and which value stays; it syncs next.")
        )
        self.hint.setWordWrap(True)
        self.keep_mine = QPushButton(self.tr("&Keep mine"))
        self.take_theirs = QPushButton(self.tr("&Take theirs"))
        self.edit = QPushButton(self.tr("&Edit…"))
        self.keep_mine.clicked.connect(lambda: self._settle(mine=True))
        self.take_theirs.clicked.connect(lambda: self._settle(mine=False))
        self.edit.clicked.connect(self._edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        for button in (self.keep_mine, self.take_theirs, self.edit):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.tree.selectionModel().currentChanged.connect(self._update_buttons)
        controller.operations.did_execute.connect(self.apply)

    def apply(self, _changes: Changes, _origin: object) -> None:
        """Any write, a sync's above all, may add or settle conflicts: read them again when
        shown (a hidden pane reads them when it is shown next)."""
        if self.isVisible() and not self.controller.ctx.closed:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()
        super().showEvent(event)

    def settings_changed(self) -> None:
        """Nothing here depends on business settings."""

    def reload(self) -> None:
        login = self.controller.login
        me = login.user if login else ""
        team = self.controller.team
        by_record: dict[tuple[str, str], list[Conflict]] = {}
        for view in self.controller.service.conflicts():
            by_record.setdefault((view.table, view.uid), []).append(Conflict(view, view.by == me))
        groups = [
            RecordGroup(team.record_label(table, uid) or f"{table} {uid[:8]}", tuple(conflicts))
            for (table, uid), conflicts in by_record.items()
        ]
        self.model.set_groups(groups)
        self.tree.expandAll()
        for column in range(self.model.columnCount()):
            self.tree.resizeColumnToContents(column)
        self.tree.setVisible(bool(groups))
        self.empty.setVisible(not groups)
        if groups:
            self.tree.setCurrentIndex(self.model.index(0, 0, self.model.index(0, 0)))
        self._update_buttons()

    def _selected(self) -> tuple[Conflict, ...]:
        return self.model.conflicts_at(self.tree.currentIndex())

    def _update_buttons(self) -> None:
        chosen = self._selected()
        for button in (self.keep_mine, self.take_theirs):
            button.setEnabled(bool(chosen))
        self.edit.setEnabled(len(chosen) == 1)
        restore = any(c.deleted for c in chosen)
        self.keep_mine.setText(
            self.tr("&Restore with the edit") if restore else self.tr("&Keep mine")
        )
        # keeping a delete writes nothing (the engine's `remote` of such a conflict)
        leave = bool(chosen) and all(c.deleted for c in chosen)
        self.take_theirs.setText(self.tr("&Leave deleted") if leave else self.tr("&Take theirs"))

    def _settle(self, *, mine: bool) -> None:
        chosen = self._selected()
        self._resolve([(c, c.keep(mine)) for c in chosen])

    def _edit(self) -> QInputDialog:
        """A value typed in settles the field (window-modal, not blocking the loop)."""
        (conflict,) = self._selected()
        dialog = QInputDialog(self)
        dialog.setObjectName("conflict_edit")
        dialog.setWindowTitle(self.tr("Edit Value"))
        dialog.setLabelText(
            self.tr("The value of %1 that stays:").replace(
                "%1", str(self.tree.currentIndex().siblingAtColumn(0).data())
            )
        )
        dialog.setTextValue("" if conflict.mine is None else shown(conflict.mine))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda text: self._resolve([(conflict, text)]))
        dialog.open()
        return dialog

    def _resolve(self, choices: list[tuple[Conflict, str]]) -> None:
        service, team = self.controller.service, self.controller.team

        def settle() -> Changes:
            changes = Changes()
            for conflict, keep in choices:
                service.resolve(conflict.view.id, keep)
                changes = changes | team.changes_of(conflict.view.table, conflict.view.uid)
            return changes

        self.controller.operations.run(settle, self)


class ConflictWindow(QDialog):
    """The conflict pane in a window of its own, opened from the status bar's indicator."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_conflicts")
        self.setWindowTitle(self.tr("Sync Conflicts"))
        self.resize(900, 480)
        self.pane = ConflictPane(controller, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pane)


def open_conflicts(controller: SyncController, parent: QWidget) -> ConflictWindow:
    """Show the conflict window (one per main window), brought to the front."""
    window = parent.findChild(ConflictWindow, "sync_conflicts")
    if window is None:
        window = ConflictWindow(controller, parent)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
