"""A table model for lists of any size: SQL produces the ordered ids for the current filter and
sort; rows are fetched a page at a time as they are shown, and cached (calibre/Anki style).

Clicking a sortable header re-queries with ORDER BY in SQL; no proxy model ever sits on top.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

RowT = TypeVar("RowT")
RowT_co = TypeVar("RowT_co", covariant=True)
AnyIndex = QModelIndex | QPersistentModelIndex
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TEXT_ROLES = frozenset({_DISPLAY, _TOOLTIP})
_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay


@dataclass(frozen=True, slots=True)
class SortOrder:
    key: str
    descending: bool = False


class RowSource(Protocol[RowT_co]):
    """Where a lazy list gets its data; implemented by a pane over its service."""

    def ids(self, sort: SortOrder, params: Any) -> Sequence[int]:
        """Every matching id, in display order (filter and sort done in SQL)."""
        ...

    def rows(self, ids: Sequence[int]) -> Mapping[int, RowT_co]:
        """The rows for these ids (missing ids were deleted meanwhile)."""
        ...


@dataclass(frozen=True)  # no slots: a generic alias call sets __orig_class__ on the instance
class Column(Generic[RowT]):
    """One column: how to show a row's cell, and the SQL sort key when it is sortable."""

    key: str
    title: Callable[[], str]  # translated when asked, so a language switch applies
    text: Callable[[RowT], str]
    sort_key: str | None = None
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    role_data: Callable[[RowT, int], object] | None = None  # extra roles: colour, tooltip, icon


class LazyTableModel(QAbstractTableModel, Generic[RowT]):
    """Holds the ordered id list (a compact int64 array) and a bounded cache of fetched rows."""

    requeried = Signal(int)  # the new row count, e.g. for a "1,234 contacts" label
    # a row of the shown list was not found when read (deleted meanwhile, on another copy for
    # one): it shows blank until the view runs its query again; told once per list
    rows_gone = Signal()

    def __init__(
        self,
        source: RowSource[RowT],
        columns: Sequence[Column[RowT]],
        *,
        sort: SortOrder,
        page_size: int = 200,
        max_cached_rows: int = 5000,
    ) -> None:
        super().__init__()
        self._source, self._columns = source, list(columns)
        # Alignments as the plain ints Qt takes, read once: a PySide flag enum costs ~5 µs per
        # cell to convert, and even reading its value ~1.5 µs, on every paint.
        self._alignments = [c.alignment.value for c in self._columns]
        self._alignment_flags = [c.alignment for c in self._columns]
        self._more_roles = any(c.role_data is not None for c in self._columns)
        self._sort, self._params = sort, None
        self._page, self._max_cached = page_size, max_cached_rows
        self._ids = array("q")
        self._rows: OrderedDict[int, RowT] = OrderedDict()
        self._position: dict[int, int] | None = None
        self._gone_told = False

    # -- querying --------------------------------------------------------------------------

    @property
    def sort_order(self) -> SortOrder:
        return self._sort

    @property
    def columns(self) -> list[Column[RowT]]:
        return list(self._columns)

    def requery(self, params: Any = None) -> None:
        """Re-run the id query with new filter `params` (None keeps the current ones)."""
        if params is not None:
            self._params = params
        self.show_ids(self._source.ids(self._sort, self._params))

    @property
    def params(self) -> Any:
        """The filter the shown ids were queried with."""
        return self._params

    def show_ids(self, ids: Sequence[int], params: Any = None, *, complete: bool = True) -> None:
        """Show an id list queried elsewhere for the current sort and `params` (a first page, or
        a list a worker read); `complete=False` means more ids follow through `extend_ids`, so
        the count is not announced yet."""
        if params is not None:
            self._params = params
        self.beginResetModel()
        self._ids, self._rows, self._position = array("q", ids), OrderedDict(), None
        self._gone_told = False
        self.endResetModel()
        if complete:
            self.requeried.emit(len(self._ids))

    def extend_ids(self, more: Sequence[int]) -> None:
        """Append the rest of a list whose first page is shown, then announce the count."""
        if more:
            start = len(self._ids)
            self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
            self._ids.extend(more)
            self._position = None
            self.endInsertRows()
        self.requeried.emit(len(self._ids))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header click: ask SQL for the new order; unsortable columns are ignored."""
        if self.set_sort(column, order):
            self.requery()

    def set_sort(self, column: int, order: Qt.SortOrder) -> bool:
        """Take the order of a sortable column for the next query (a view that reads its ids
        itself, e.g. a first page then the rest); False for an unsortable column."""
        if not 0 <= column < len(self._columns) or self._columns[column].sort_key is None:
            return False
        key = self._columns[column].sort_key
        assert key is not None  # noqa: S101 - checked above, narrowed for the type checker
        self._sort = SortOrder(key, order == Qt.SortOrder.DescendingOrder)
        return True

    def sort_column(self) -> int:
        """The column showing the current sort, or -1."""
        return next((i for i, c in enumerate(self._columns) if c.sort_key == self._sort.key), -1)

    # -- ids and rows ----------------------------------------------------------------------

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, row_id: int) -> int | None:
        """Where an id is shown now (an index is built on first use after each requery)."""
        if self._position is None:
            self._position = {value: i for i, value in enumerate(self._ids)}
        return self._position.get(row_id)

    def row_data(self, row: int) -> RowT | None:
        """The fetched row behind a table row, loading its page if needed."""
        row_id = self._ids[row]
        if row_id not in self._rows:
            self._load_page(row)
        found = self._rows.get(row_id)
        if found is not None:
            self._rows.move_to_end(row_id)
        return found

    def refresh_rows(self, changed: Iterable[int]) -> None:
        """Forget cached rows that changed and repaint them (a write's Changes)."""
        rows = [r for r in (self.row_of(i) for i in changed) if r is not None]
        for row in rows:
            self._rows.pop(self._ids[row], None)
        if rows:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last))

    def _load_page(self, row: int) -> None:
        start = (row // self._page) * self._page
        wanted = [i for i in self._ids[start : start + self._page] if i not in self._rows]
        found = self._source.rows(wanted)
        self._rows.update(found)
        if len(found) < len(wanted) and not self._gone_told:
            self._gone_told = True
            self.rows_gone.emit()
        while len(self._rows) > self._max_cached:
            self._rows.popitem(last=False)

    def cell(self, row: int, column: int) -> tuple[str | None, Qt.AlignmentFlag]:
        """A cell's text (None for a row deleted meanwhile) and alignment, as data() gives
        them for the display and alignment roles."""
        found = self.row_data(row)
        text = None if found is None else self._columns[column].text(found)
        return text, self._alignment_flags[column]

    @property
    def answers_more_roles(self) -> bool:
        """Whether a column answers roles beyond text and alignment (then `cell` is None)."""
        return self._more_roles

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> object:
        # Called for about seven roles per visible cell on every paint: roles are compared as
        # plain ints and the roles a column does not answer leave first. (For the same reason
        # there is no flags(): QAbstractTableModel's own C++ one, enabled and selectable,
        # answers without a Python call per cell, 2 ms of a 14 ms paint of the contact list.)
        # Five of the seven roles are answered without touching the index.
        unanswered = role not in _TEXT_ROLES and role != _ALIGNMENT and not self._more_roles
        if unanswered or not index.isValid():
            return None
        if role == _ALIGNMENT:
            return self._alignments[index.column()]
        column = self._columns[index.column()]
        if role not in _TEXT_ROLES and column.role_data is None:
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        if role == _DISPLAY:
            return column.text(row)
        return column.role_data(row, role) if column.role_data else None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title()
        return None


class LazyTableDelegate(QStyledItemDelegate):
    """Paints a LazyTableModel's cells from one Python call each: Qt's own delegate asks the
    model for seven roles per cell, each a call into Python (a screen of the contact list is
    ~200 cells, repainted on every search keystroke), where only the text and the alignment
    are ever set. Models whose columns answer more roles are painted as Qt paints them."""

    def __init__(self, model: LazyTableModel[Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # type: ignore[override]
        """What QStyledItemDelegate's own sets for a cell with only text and alignment."""
        if self._model.answers_more_roles:
            super().initStyleOption(option, index)
            return
        option.index = index
        text, option.displayAlignment = self._model.cell(index.row(), index.column())
        if text is not None:
            option.text = text
            option.features |= _HAS_DISPLAY
