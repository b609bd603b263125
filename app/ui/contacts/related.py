"""The 360° view's Orders, Surveys and Tasks tabs: each a lazy list of one contact's rows (ids
in SQL order, rows fetched by page through the shared LazyTableModel), or an empty state."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import AppContext
from app.services.changes import Changes
from app.services.contacts import LedgerRow, SurveyAnswerRow
from app.services.tasks import OPEN_LISTS, TaskList, TaskRow
from app.ui.common.empty_state import EmptyState
from app.ui.common.formatting import format_datetime, format_money
from app.ui.common.lazy_table import Column, LazyTableModel, SortOrder
from app.ui.common.operations import Operations
from app.ui.contacts.model import RIGHT, local_date
from app.ui.i18n import QT_TRANSLATE_NOOP, deferred_tr, enum_label

RowT = TypeVar("RowT")
PAGE_FOR_WIDTHS = 50  # rows measured when sizing columns (a long history is not read for it)


class OneContactSource(Generic[RowT]):
    """A RowSource over two service calls: the contact's ids in display order, rows by id."""

    def __init__(
        self,
        ids: Callable[[], Sequence[int]],
        rows: Callable[[Sequence[int]], Mapping[int, RowT]],
    ) -> None:
        self._ids, self._rows = ids, rows

    def ids(self, sort: SortOrder, params: Any) -> Sequence[int]:
        return self._ids()

    def rows(self, ids: Sequence[int]) -> Mapping[int, RowT]:
        return self._rows(ids)


class RelatedList(QWidget, Generic[RowT]):
    """A contact's list with an empty state and optional buttons above it."""

    def __init__(
        self,
        model: LazyTableModel[RowT],
        empty: EmptyState,
        buttons: Sequence[QPushButton] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model, self.empty = model, empty
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(PAGE_FOR_WIDTHS)  # widths from a page, not every row
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        if buttons:
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(self.stack, 1)
        model.requeried.connect(self._show_count)
        self.refresh()

    def refresh(self) -> None:
        self.model.requery()

    def _show_count(self, count: int) -> None:
        self.stack.setCurrentWidget(self.table if count else self.empty)
        if count:
            self.table.resizeColumnsToContents()


def _title(text: str) -> Callable[[], str]:
    return deferred_tr("ContactRelated", text)


def _when(at: datetime | None) -> str:
    """Date and time in the person's locale and time zone."""
    return "" if at is None else format_datetime(at)


LEDGER_COLUMNS: tuple[Column[LedgerRow], ...] = (
    Column(
        "date",
        _title(QT_TRANSLATE_NOOP("ContactRelated", "Date")),
        lambda r: local_date(r.occurred_at),
    ),
    Column(
        "kind", _title(QT_TRANSLATE_NOOP("ContactRelated", "Kind")), lambda r: enum_label(r.kind)
    ),
    Column(
        "amount",
        _title(QT_TRANSLATE_NOOP("ContactRelated", "Amount")),
        lambda r: format_money(r.amount_minor, r.currency),
        None,
        RIGHT,
    ),
    Column(
        "reference", _title(QT_TRANSLATE_NOOP("ContactRelated", "Reference")), lambda r: r.reference
    ),
    Column(
        "description",
        _title(QT_TRANSLATE_NOOP("ContactRelated", "Description")),
        lambda r: r.description,
    ),
)
SURVEY_COLUMNS: tuple[Column[SurveyAnswerRow], ...] = (
    Column(
        "date",
        _title(QT_TRANSLATE_NOOP("ContactRelated", "Answered")),
        lambda r: local_date(r.answered_at),
    ),
    Column(
        "kind",
        _title(QT_TRANSLATE_NOOP("ContactRelated", "Survey")),
        lambda r: r.kind.value.upper(),
    ),
    Column(
        "score",
        _title(QT_TRANSLATE_NOOP("ContactRelated", "Score")),
        lambda r: str(r.score),
        None,
        RIGHT,
    ),
    Column("channel", _title(QT_TRANSLATE_NOOP("ContactRelated", "Channel")), lambda r: r.channel),
    Column("comment", _title(QT_TRANSLATE_NOOP("ContactRelated", "Comment")), lambda r: r.comment),
)
TASK_COLUMNS: tuple[Column[TaskRow], ...] = (
    Column("due", _title(QT_TRANSLATE_NOOP("ContactRelated", "Due")), lambda t: _when(t.due_at)),
    Column("title", _title(QT_TRANSLATE_NOOP("ContactRelated", "Task")), lambda t: t.title),
    Column("done", _title(QT_TRANSLATE_NOOP("ContactRelated", "Done")), lambda t: _when(t.done_at)),
)


def orders_tab(ctx: AppContext, contact_id: int) -> QWidget:
    contacts = ctx.contacts
    source = OneContactSource(lambda: contacts.ledger_ids(contact_id), contacts.ledger_rows)
    return RelatedList(
        LazyTableModel(source, LEDGER_COLUMNS, sort=SortOrder("date", descending=True)),
        EmptyState(
            QCoreApplication.translate("ContactRelated", "No orders"),
            QCoreApplication.translate(
                "ContactRelated", "This customer has no orders, payments, refunds or credits."
            ),
        ),
    )


def surveys_tab(ctx: AppContext, contact_id: int) -> QWidget:
    contacts = ctx.contacts
    source = OneContactSource(lambda: contacts.survey_ids(contact_id), contacts.survey_rows)
    return RelatedList(
        LazyTableModel(source, SURVEY_COLUMNS, sort=SortOrder("date", descending=True)),
        EmptyState(
            QCoreApplication.translate("ContactRelated", "No survey answers"),
            QCoreApplication.translate(
                "ContactRelated", "This customer has not answered a survey yet."
            ),
        ),
    )


def _contact_task_ids(ctx: AppContext, contact_id: int) -> list[int]:
    """Open tasks soonest first, then done ones latest first."""
    return [i for which in (*OPEN_LISTS, TaskList.DONE) for i in ctx.tasks.ids(which, contact_id)]


class ContactTasksTab(RelatedList[TaskRow]):
    """The contact's tasks with due and done times, and a button for a new one. A task made
    here reaches every pane through `operations`; tasks written elsewhere show here."""

    def __init__(
        self, ctx: AppContext, contact_id: int, operations: Operations | None = None
    ) -> None:
        self.ctx, self.contact_id = ctx, contact_id
        self.new_button = QPushButton(QCoreApplication.translate("ContactRelated", "&New Task…"))
        source = OneContactSource(lambda: _contact_task_ids(ctx, contact_id), ctx.tasks.rows)
        super().__init__(
            LazyTableModel(source, TASK_COLUMNS, sort=SortOrder("due")),
            EmptyState(
                QCoreApplication.translate("ContactRelated", "No tasks"),
                QCoreApplication.translate(
                    "ContactRelated", "No follow-ups for this customer. New Task… plans one."
                ),
            ),
            (self.new_button,),
        )
        self.new_button.clicked.connect(self.new_task)
        self.operations = operations or Operations(self)
        self.operations.did_execute.connect(self.apply)
        self.operations.seat.guard(self.new_button)

    def new_task(self) -> None:
        from app.ui.tasks.dialogs import NewTaskDialog  # noqa: PLC0415 - built on first use

        me = self.operations.seat.staff_id
        dialog = NewTaskDialog(self.ctx, self, contact_id=self.contact_id, owner_id=me)
        if dialog.exec():
            self.refresh()
            self.operations.announce(dialog.changes, self)

    def apply(self, changes: Changes, origin: object) -> None:
        """A task or an interaction (which may complete one) written elsewhere: read the
        list again (one contact's tasks)."""
        if origin is not self and (changes.tasks or changes.interactions):
            self.refresh()


def tasks_tab(ctx: AppContext, contact_id: int, operations: Operations | None = None) -> QWidget:
    return ContactTasksTab(ctx, contact_id, operations)
