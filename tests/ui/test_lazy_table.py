"""The shared lazy list model: ids from the source, rows fetched by page, sorted by the source."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.ui.common.lazy_table import Column, LazyTableDelegate, LazyTableModel, SortOrder
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    age: int


class FakeSource:
    """An in-memory stand-in for a service: filters by name prefix, sorts by the asked key."""

    def __init__(self, people: Sequence[Person]) -> None:
        self.people = {p.id: p for p in people}
        self.row_requests: list[list[int]] = []

    def ids(self, sort: SortOrder, params: Any) -> Sequence[int]:
        prefix = (params or "").lower()
        chosen = [p for p in self.people.values() if p.name.lower().startswith(prefix)]
        chosen.sort(key=lambda p: getattr(p, sort.key), reverse=sort.descending)
        return [p.id for p in chosen]

    def rows(self, ids: Sequence[int]) -> Mapping[int, Person]:
        self.row_requests.append(list(ids))
        return {i: self.people[i] for i in ids if i in self.people}


COLUMNS = [
    Column[Person]("name", lambda: "Name", lambda p: p.name, sort_key="name"),
    Column[Person](
        "age",
        lambda: "Age",
        lambda p: str(p.age),
        sort_key="age",
        alignment=Qt.AlignmentFlag.AlignRight,
    ),
    Column[Person]("note", lambda: "Note", lambda _p: "-"),
]


def _model(count: int = 1000, page: int = 50) -> tuple[LazyTableModel[Person], FakeSource]:
    source = FakeSource([Person(i, f"Person {i:04d}", 20 + i % 50) for i in range(1, count + 1)])
    model = LazyTableModel(
        source, COLUMNS, sort=SortOrder("name"), page_size=page, max_cached_rows=200
    )
    model.requery("")
    return model, source


def test_passes_the_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model, _source = _model(300)
    qtmodeltester.check(model)


def test_rows_are_fetched_one_page_at_a_time() -> None:
    model, source = _model()
    assert model.rowCount() == 1000
    assert source.row_requests == []  # nothing fetched until a cell is asked for
    assert model.data(model.index(120, 0)) == "Person 0121"
    assert source.row_requests == [list(range(101, 151))]
    model.data(model.index(130, 1))
    assert len(source.row_requests) == 1  # same page: served from the cache


def test_cache_is_bounded() -> None:
    model, source = _model()
    for row in range(0, 1000, 50):
        model.data(model.index(row, 0))
    assert len(source.row_requests) == 20
    model.data(model.index(0, 0))  # evicted long ago: fetched again
    assert len(source.row_requests) == 21


def test_header_click_sorts_through_the_source_and_ignores_unsortable_columns() -> None:
    model, _source = _model(10)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.sort_order == SortOrder("age", descending=True)
    assert model.data(model.index(0, 1)) == "30"  # ages 21..30
    assert model.sort_column() == 1
    model.sort(2)
    assert model.sort_order == SortOrder("age", descending=True)


def test_requery_filters_and_reports_the_count() -> None:
    model, _source = _model(200)
    counts: list[int] = []
    model.requeried.connect(counts.append)
    model.requery("person 01")
    assert counts == [100]
    assert model.rowCount() == 100


def test_refresh_rows_refetches_only_changed_rows() -> None:
    model, source = _model(100)
    assert model.data(model.index(4, 0)) == "Person 0005"
    source.people[5] = Person(5, "Renamed", 99)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    model.refresh_rows([5, 12345])
    assert changed == [(4, 4)]
    assert model.data(model.index(4, 0)) == "Renamed"
    assert model.row_of(5) == 4
    assert model.id_at(4) == 5


def test_cells_are_aligned_selectable_and_enabled_for_the_view() -> None:
    model, _source = _model(10)
    role = Qt.ItemDataRole.TextAlignmentRole
    assert model.data(model.index(0, 1), role) == Qt.AlignmentFlag.AlignRight.value
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    assert model.data(model.index(0, 0), role) == left.value
    flags = model.flags(model.index(0, 0))
    assert flags & Qt.ItemFlag.ItemIsSelectable
    assert flags & Qt.ItemFlag.ItemIsEnabled
    assert not flags & Qt.ItemFlag.ItemIsEditable


def test_delegate_paints_exactly_what_qt_paints(qtbot: QtBot) -> None:
    """The one-call-per-cell delegate gives the same pixels as Qt's own: alternating rows, a
    selected row, a right-aligned column, an elided cell and a row deleted meanwhile."""
    model, source = _model(count=40)
    del source.people[3]  # its row stays in the id list but has no data
    shots = []
    for delegate in (QStyledItemDelegate, lambda view: LazyTableDelegate(model, view)):
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        view.setItemDelegate(delegate(view))
        view.setAlternatingRowColors(True)
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        view.setColumnWidth(0, 40)  # "Person 0001" elided
        view.resize(400, 300)
        view.selectRow(1)
        view.show()
        qtbot.waitExposed(view)
        shots.append(view.grab().toImage())
    assert shots[0] == shots[1]
    assert not shots[0].isNull()


def test_a_row_gone_when_read_is_told_once_per_list(qtbot: QtBot) -> None:
    """A row deleted after the ids were read shows blank; the model says so once, and again
    only for a later list."""
    model, source = _model()
    del source.people[3], source.people[4]
    with qtbot.waitSignal(model.rows_gone):
        assert model.data(model.index(2, 0)) is None
    with qtbot.assertNotEmitted(model.rows_gone):
        model.refresh_rows([5])
        model.data(model.index(3, 0))
    model.requery()
    assert model.rowCount() == 998
    with qtbot.assertNotEmitted(model.rows_gone):
        model.data(model.index(2, 0))
    del source.people[100]
    model.refresh_rows([100])
    with qtbot.waitSignal(model.rows_gone):
        model.data(model.index(97, 0))
