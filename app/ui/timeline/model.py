"""The timeline as a list model: day-header rows between entries, pages fetched by key as the
view scrolls (canFetchMore/fetchMore), so a stream of a million entries opens at page 1's cost.

A free-text search can take a while on the global stream, so its pages are read by a worker:
the model empties at once (`searching` is true until the first page lands), and a newer query
interrupts the older one, whose result is dropped."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.services.interactions import prefix_match
from app.services.timeline import (
    PAGE_SIZE,
    Cursor,
    QueryCancelled,
    TimelineEntry,
    TimelineFilter,
    TimelinePage,
    TimelineService,
)
from app.ui.common.workers import CancelFlag, Progress, Task
from app.ui.timeline.wording import detail, summary

AnyIndex = QModelIndex | QPersistentModelIndex
EntryRole = Qt.ItemDataRole.UserRole + 1  # the TimelineEntry, or None on a day header
DayRole = Qt.ItemDataRole.UserRole + 2  # the local date a row belongs to
FIRST_PAGE = 60  # fills a 1080p screen; the rest comes in PAGE_SIZE pages as the view scrolls


@dataclass(frozen=True, slots=True)
class DayHeader:
    day: date


Row = TimelineEntry | DayHeader


def local_day(at: datetime) -> date:
    return at.astimezone().date()


class TimelineModel(QAbstractListModel):
    """Newest first; every first entry of a local day is preceded by a DayHeader row."""

    reset_done = Signal()
    searching_changed = Signal(bool)
    failed = Signal(str)  # a search that went wrong, in one plain sentence (or "")

    def __init__(
        self, service: TimelineService, page_size: int = PAGE_SIZE, first_page: int = FIRST_PAGE
    ) -> None:
        super().__init__()
        self._service, self._page = service, page_size
        self._first_page = min(first_page, page_size)
        self._filters = TimelineFilter()
        self._rows: list[Row] = []
        self._cursor: Cursor | None = None
        self._exhausted = True
        self._last_day: date | None = None
        self._generation = 0
        self._loading: Task | None = None  # the worker reading a search page, if any
        self.searching = False

    @property
    def filters(self) -> TimelineFilter:
        return self._filters

    def requery(self, filters: TimelineFilter | None = None) -> None:
        """Start again from the newest entry with `filters` (None keeps the current ones)."""
        if filters is not None:
            self._filters = filters
        self._generation += 1
        self._stop_loading()
        if prefix_match(self._filters.text) is None:
            self._reset(self._service.page(self._filters, None, self._first_page))
            return
        self._set_searching(True)
        self._reset(TimelinePage((), None))
        self._load(None, self._first_page)

    def _reset(self, page: TimelinePage) -> None:
        self.beginResetModel()
        self._rows, self._last_day = [], None
        self._append(_with_headers(page.entries, None), page.entries)
        self._cursor, self._exhausted = page.next_cursor, page.next_cursor is None
        self.endResetModel()
        self.reset_done.emit()

    def _set_searching(self, searching: bool) -> None:
        if searching != self.searching:
            self.searching = searching
            self.searching_changed.emit(searching)

    def _stop_loading(self) -> None:
        if self._loading is not None:
            self._loading.cancelled.cancel()
            self._loading = None
        self._set_searching(False)

    def _load(self, after: Cursor | None, limit: int) -> None:
        """Read one page of a search in a worker; `_page_loaded` takes it if still wanted."""
        generation, filters, service = self._generation, self._filters, self._service

        def read(_progress: Progress, cancelled: CancelFlag) -> tuple[int, TimelinePage | None]:
            try:
                return generation, service.page(filters, after, limit, cancelled)
            except QueryCancelled:
                return generation, None

        task = Task(read)
        task.signals.done.connect(self._page_loaded)
        task.signals.failed.connect(self._load_failed)
        self._loading = task
        task.start()

    def _page_loaded(self, result: object) -> None:
        generation, page = result if isinstance(result, tuple) else (None, None)
        if generation != self._generation or not isinstance(page, TimelinePage):
            return  # an older query's page, or one that was interrupted
        self._loading = None
        if self.searching:
            self._set_searching(False)
            self._reset(page)
        else:
            self._add(page)

    def _load_failed(self, message: str) -> None:
        self._loading = None
        self._set_searching(False)
        self.failed.emit(message)

    def entry_at(self, row: int) -> TimelineEntry | None:
        found = self._rows[row] if 0 <= row < len(self._rows) else None
        return found if isinstance(found, TimelineEntry) else None

    def day_at(self, row: int) -> date | None:
        """The local day a row belongs to (its header's day, or its entry's)."""
        if not 0 <= row < len(self._rows):
            return None
        found = self._rows[row]
        return found.day if isinstance(found, DayHeader) else local_day(found.at)

    def entry_count(self) -> int:
        return sum(1 for r in self._rows if isinstance(r, TimelineEntry))

    def _append(self, rows: list[Row], entries: tuple[TimelineEntry, ...]) -> None:
        self._rows.extend(rows)
        if entries:
            self._last_day = local_day(entries[-1].at)

    # -- lazy loading ------------------------------------------------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's default argument
        return not parent.isValid() and not self._exhausted and self._loading is None

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008 - Qt's default argument
        if parent.isValid() or self._exhausted or self._loading is not None:
            return
        if prefix_match(self._filters.text) is not None:
            self._load(self._cursor, self._page)
            return
        self._add(self._service.page(self._filters, self._cursor, self._page))

    def _add(self, page: TimelinePage) -> None:
        self._cursor, self._exhausted = page.next_cursor, page.next_cursor is None
        if not page.entries:
            return
        first = len(self._rows)
        pending = _with_headers(page.entries, self._last_day)
        self.beginInsertRows(QModelIndex(), first, first + len(pending) - 1)
        self._append(pending, page.entries)
        self.endInsertRows()

    # -- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        entry = row if isinstance(row, TimelineEntry) else None
        values: dict[int, object] = {
            EntryRole: entry,
            DayRole: local_day(entry.at) if entry else getattr(row, "day", None),
            Qt.ItemDataRole.DisplayRole: summary(entry) if entry else _day_text(row),
            Qt.ItemDataRole.AccessibleTextRole: summary(entry) if entry else _day_text(row),
            Qt.ItemDataRole.ToolTipRole: (detail(entry) or None) if entry else None,
        }
        return values.get(role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], DayHeader):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _with_headers(entries: tuple[TimelineEntry, ...], last_day: date | None) -> list[Row]:
    """The rows a page adds after a stream whose last entry fell on `last_day`."""
    rows: list[Row] = []
    for entry in entries:
        day = local_day(entry.at)
        if day != last_day:
            rows.append(DayHeader(day))
            last_day = day
        rows.append(entry)
    return rows


def _day_text(row: Row) -> str:
    return row.day.isoformat() if isinstance(row, DayHeader) else ""
