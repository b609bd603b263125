"""The audit log viewer: filter by action, entity and date; rows are loaded page by page. Records
are shown by name (the uid is the cell's tooltip); the app's own upkeep rows are hidden unless
"Show housekeeping" is ticked."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import AppContext
from app.services.privacy import AuditEntry, AuditFilter, AuditLogReader
from app.ui.common.formatting import format_datetime
from app.ui.i18n import QT_TRANSLATE_NOOP

PAGE = 200
_COLUMNS = (
    QT_TRANSLATE_NOOP("AuditLogModel", "When"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Action"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Entity"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Record"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Detail"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Actor"),
)

RECORD_COLUMN = 3
_ENTITIES = {
    "attachment": QT_TRANSLATE_NOOP("AuditLogModel", "Attachment"),
    "complaint": QT_TRANSLATE_NOOP("AuditLogModel", "Complaint"),
    "contact": QT_TRANSLATE_NOOP("AuditLogModel", "Contact"),
    "contact_stats": QT_TRANSLATE_NOOP("AuditLogModel", "Customer figures"),
    "custom_field": QT_TRANSLATE_NOOP("AuditLogModel", "Custom field"),
    "database": QT_TRANSLATE_NOOP("AuditLogModel", "Database"),
    "interaction": QT_TRANSLATE_NOOP("AuditLogModel", "Interaction"),
    "rollup_state": QT_TRANSLATE_NOOP("AuditLogModel", "Dashboard figures"),
    "segment": QT_TRANSLATE_NOOP("AuditLogModel", "Segment"),
    "setting": QT_TRANSLATE_NOOP("AuditLogModel", "Setting"),
    "staff": QT_TRANSLATE_NOOP("AuditLogModel", "Staff member"),
    "task": QT_TRANSLATE_NOOP("AuditLogModel", "Task"),
}


def entity_label(entity: str) -> str:
    """'contact' -> 'Contact' in the UI language; an entity this list lacks as stored."""
    known = _ENTITIES.get(entity)
    return QCoreApplication.translate("AuditLogModel", known) if known else entity


def record_text(entry: AuditEntry) -> str:
    """The record's name; a record that no longer exists by its uid."""
    if entry.record:
        return entry.record
    if entry.entity_uid:
        return QCoreApplication.translate("AuditLogModel", "(gone) %1").replace(
            "%1", entry.entity_uid
        )
    return ""


class AuditLogModel(QAbstractTableModel):
    """Ordered ids from SQL; entries fetched a page at a time as they are shown."""

    def __init__(self, reader: AuditLogReader) -> None:
        super().__init__()
        self._reader = reader
        self._ids: list[int] = []
        self._rows: dict[int, AuditEntry] = {}

    def requery(self, where: AuditFilter) -> None:
        self.beginResetModel()
        self._ids, self._rows = self._reader.ids(where), {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditLogModel", _COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == RECORD_COLUMN:
            return self.entry(index.row()).entity_uid
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = self.entry(index.row())
        local = entry.at.astimezone() if entry.at.tzinfo else entry.at
        values = (
            format_datetime(local, seconds=True),
            entry.action,
            entity_label(entry.entity),
            record_text(entry),
            entry.detail_record or entry.detail,
            entry.actor,
        )
        return values[index.column()]

    def entry(self, row: int) -> AuditEntry:
        entry_id = self._ids[row]
        if entry_id not in self._rows:
            start = row - row % PAGE
            self._rows.update(self._reader.entries(self._ids[start : start + PAGE]))
        return self._rows[entry_id]


class AuditLogView(QWidget):
    """Filters on top, the log below (newest first)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reader = ctx.audit_log
        actions, entities = self._reader.choices()
        self.action_box = QComboBox()
        self.action_box.addItem(self.tr("All actions"), "")
        for action in actions:
            self.action_box.addItem(action, action)
        self.entity_box = QComboBox()
        self.entity_box.addItem(self.tr("All entities"), "")
        for entity in entities:
            self.entity_box.addItem(entity_label(entity), entity)
        day = ctx.clock.now().astimezone().date()  # the days shown are local, as the times are
        today = QDate(day.year, day.month, day.day)
        self.since_edit = QDateEdit(today.addYears(-10))
        self.until_edit = QDateEdit(today)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.model = AuditLogModel(self._reader)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.count_label = QLabel()
        self.housekeeping_box = QCheckBox(self.tr("Show &housekeeping"))
        self.housekeeping_box.setToolTip(
            self.tr("Also list what the app does by itself: refreshed figures, SLA clocks")
        )
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("&Action:"), self.action_box),
            (self.tr("&Entity:"), self.entity_box),
            (self.tr("&From:"), self.since_edit),
            (self.tr("&To:"), self.until_edit),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self.housekeeping_box)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        for box in (self.action_box, self.entity_box):
            box.currentIndexChanged.connect(self.refresh)
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(self.refresh)
        self.housekeeping_box.toggled.connect(self.refresh)
        self.refresh()
        for column, width in enumerate((150, 190, 120, 260, 220)):
            self.table.setColumnWidth(column, width)

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            action=str(self.action_box.currentData()),
            entity=str(self.entity_box.currentData()),
            since=_midnight(self.since_edit.date()),
            until=_midnight(self.until_edit.date()) + timedelta(days=1),
            housekeeping=self.housekeeping_box.isChecked(),
        )

    def refresh(self) -> None:
        self.model.requery(self.current_filter())
        self.count_label.setText(self.tr("%Ln entries", "", self.model.rowCount()))


def _midnight(day: QDate) -> datetime:
    """The start of `day` in local time (the column compares in UTC)."""
    return datetime.combine(date(day.year(), day.month(), day.day()), time()).astimezone()


class AuditLogDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.view = AuditLogView(ctx, self)
        QVBoxLayout(self).addWidget(self.view)
        self.resize(1100, 600)
