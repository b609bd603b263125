"""The Tasks pane: Overdue, Today, Upcoming and Done lists; new, complete (optionally logging
what happened), snooze (1 h, tomorrow, next week, pick), and export to a calendar (.ics)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTabBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import AppContext
from app.domain.when import Snooze, parse_when, snooze_until
from app.services.automations import mailto_in
from app.services.changes import Changes
from app.services.tasks import TaskList, TaskRow, TaskService
from app.ui.common.empty_state import EmptyState
from app.ui.common.formatting import format_number, format_weekday_datetime
from app.ui.common.lazy_table import Column, LazyTableModel, SortOrder
from app.ui.common.owner_picker import owner_items
from app.ui.common.seat import offer_mine, remember_mine
from app.ui.common.shell import LocalShell, Shell
from app.ui.i18n import QT_TRANSLATE_NOOP, current_language, deferred_tr, enum_label
from app.ui.quick_log.dialog import QuickLogDialog
from app.ui.tasks.dialogs import NewTaskDialog

LISTS = (TaskList.OVERDUE, TaskList.TODAY, TaskList.UPCOMING, TaskList.DONE)
LIST_TITLES = {
    TaskList.OVERDUE: QT_TRANSLATE_NOOP("TasksPane", "Overdue"),
    TaskList.TODAY: QT_TRANSLATE_NOOP("TasksPane", "Today"),
    TaskList.UPCOMING: QT_TRANSLATE_NOOP("TasksPane", "Upcoming"),
    TaskList.DONE: QT_TRANSLATE_NOOP("TasksPane", "Done"),
}
DONE_COLUMN = 6
PREFS_KEY = "tasks"  # {"mine": bool}: the "My tasks" filter, remembered
SNOOZE_TITLES = {
    Snooze.HOUR: QT_TRANSLATE_NOOP("TasksPane", "1 hour"),
    Snooze.TOMORROW: QT_TRANSLATE_NOOP("TasksPane", "Tomorrow"),
    Snooze.NEXT_WEEK: QT_TRANSLATE_NOOP("TasksPane", "Next week"),
}


class TaskSource:
    """The lazy table's rows: ids of one list from SQL, rows by page."""

    def __init__(self, service: TaskService) -> None:
        self._service = service

    def ids(self, sort: SortOrder, params: Any) -> Sequence[int]:
        which, owner_id = params or (TaskList.TODAY, None)
        return self._service.ids(which, owner_id=owner_id)

    def rows(self, ids: Sequence[int]) -> Mapping[int, TaskRow]:
        return self._service.rows(ids)


def _when(at: datetime | None) -> str:
    return format_weekday_datetime(at) if at else ""


def _repeats(task: TaskRow) -> str:
    """lupdate reads no plural forms from QCoreApplication.translate: two whole sentences."""
    days = task.repeat_every_days
    if not days:
        return ""
    if days == 1:
        return QCoreApplication.translate("TasksPane", "every day")
    return QCoreApplication.translate("TasksPane", "every %1 days").replace(
        "%1", format_number(days)
    )


def _columns() -> list[Column[TaskRow]]:
    def title(text: str) -> Any:
        return deferred_tr("TasksPane", text)

    return [
        Column[TaskRow](
            "due", title(QT_TRANSLATE_NOOP("TasksPane", "Due")), lambda t: _when(t.due_at)
        ),
        Column[TaskRow]("title", title(QT_TRANSLATE_NOOP("TasksPane", "Task")), lambda t: t.title),
        Column[TaskRow](
            "contact", title(QT_TRANSLATE_NOOP("TasksPane", "Contact")), lambda t: t.contact_name
        ),
        Column[TaskRow](
            "priority",
            title(QT_TRANSLATE_NOOP("TasksPane", "Priority")),
            lambda t: enum_label(t.priority),
        ),
        Column[TaskRow](
            "repeat",
            title(QT_TRANSLATE_NOOP("TasksPane", "Repeats")),
            _repeats,
        ),
        Column[TaskRow]("owner", title(QT_TRANSLATE_NOOP("TasksPane", "Owner")), lambda t: t.owner),
        Column[TaskRow](
            "done", title(QT_TRANSLATE_NOOP("TasksPane", "Done")), lambda t: _when(t.done_at)
        ),
    ]


class TasksPane(QWidget):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, shell: Shell | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shell = shell or LocalShell(ctx, self)
        self.shell.operations.did_execute.connect(self.apply)
        self.seat = self.shell.operations.seat
        self.tabs = QTabBar()
        for which in LISTS:
            self.tabs.addTab(self.tr(LIST_TITLES[which]))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.model: LazyTableModel[TaskRow] = LazyTableModel(
            TaskSource(ctx.tasks), _columns(), sort=SortOrder("due")
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Tasks"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the task's title
        header.resizeSection(0, 190)
        header.resizeSection(2, 220)
        header.resizeSection(3, 100)
        header.resizeSection(4, 150)
        header.resizeSection(5, 140)
        header.resizeSection(DONE_COLUMN, 190)
        self.empty_label = EmptyState(
            self.tr("Tasks"),
            self.tr(
                "Nothing in this list. New Task… adds a follow-up; the quick log (Ctrl+L) can add "
                "one while you log a call."
            ),
            icon_name="tasks",
        )
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self._build_buttons()
        self.table.selectionModel().currentChanged.connect(self._show_mail_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(self.button_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.message_label)
        self.seat.guard(self.new_button)
        self.seat.changed.connect(self._seat_changed)
        self._seat_changed()

    def _seat_changed(self) -> None:
        offer_mine(self.mine_button, self.seat, self.shell.prefs, PREFS_KEY)
        self.requery()

    def _mine_toggled(self, on: bool) -> None:
        remember_mine(self.shell.prefs, PREFS_KEY, on)
        self.shell.save_prefs()
        self.requery()

    @property
    def owner_filter(self) -> int | None:
        """My staff id while "My tasks" is on; None shows everyone's."""
        return self.seat.staff_id if self.mine_button.isChecked() else None

    def _build_buttons(self) -> None:
        self.new_button = QPushButton(self.tr("&New Task…"))
        self.new_button.clicked.connect(self.new_task)
        self.done_button = QPushButton(self.tr("&Complete"))
        self.done_button.setShortcut(QKeySequence("Ctrl+D"))
        self.done_button.clicked.connect(lambda: self.complete(log=False))
        self.done_log_button = QPushButton(self.tr("Complete && &Log…"))
        self.done_log_button.clicked.connect(lambda: self.complete(log=True))
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("&Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.snooze_button)
        for choice, text in SNOOZE_TITLES.items():
            menu.addAction(self.tr(text), partial(self.snooze, choice))
        menu.addAction(self.tr("Pick a time…"), self.snooze_pick)
        self.snooze_button.setMenu(menu)
        self.owner_button = QToolButton()
        self.owner_button.setText(self.tr("&Owner"))
        self.owner_button.setToolTip(self.tr("Give the chosen task to someone else"))
        self.owner_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        owners = QMenu(self.owner_button)
        owners.aboutToShow.connect(lambda: self._fill_owners(owners))
        self.owner_button.setMenu(owners)
        self.mail_button = QPushButton(self.tr("Write e-&mail…"))
        self.mail_button.setToolTip(
            self.tr(
                "Opens the e-mail an automation rule prepared for this task in your mail program."
            )
        )
        self.mail_button.clicked.connect(self.write_email)
        self.mine_button = QPushButton(self.tr("M&y Tasks"))
        self.mine_button.setCheckable(True)
        self.mine_button.setToolTip(self.tr("Show only the tasks you own"))
        self.mine_button.toggled.connect(self._mine_toggled)
        self.export_button = QPushButton(self.tr("&Export to Calendar…"))
        self.export_button.clicked.connect(lambda _checked=False: self.export_calendar())
        self.button_row = QHBoxLayout()
        for widget in (
            self.new_button,
            self.done_button,
            self.done_log_button,
            self.snooze_button,
            self.owner_button,
            self.mail_button,
        ):
            self.button_row.addWidget(widget)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.mine_button)
        self.button_row.addWidget(self.export_button)

    # -- lists -------------------------------------------------------------------------------

    @property
    def current_list(self) -> TaskList:
        return LISTS[max(0, self.tabs.currentIndex())]

    def show_list(self, which: TaskList) -> None:
        """Switch to `which`, read afresh (also when it is the list already shown)."""
        if self.tabs.currentIndex() == LISTS.index(which):
            self.requery()
        else:
            self.tabs.setCurrentIndex(LISTS.index(which))

    def requery(self) -> None:
        owner = self.owner_filter
        self.model.requery((self.current_list, owner))
        for i, which in enumerate(LISTS):
            count = self.ctx.tasks.count(which, owner) if which is not TaskList.DONE else None
            title = self.tr(LIST_TITLES[which])
            self.tabs.setTabText(i, f"{title} ({format_number(count)})" if count else title)
        self.table.setColumnHidden(DONE_COLUMN, self.current_list is not TaskList.DONE)
        empty = self.model.rowCount() == 0
        self.table.setVisible(not empty)
        self.empty_label.setVisible(empty)
        open_list = self.current_list is not TaskList.DONE
        for button in (self.done_button, self.done_log_button, self.snooze_button):
            self.seat.enable(button, open_list and not empty)
        self.seat.enable(self.owner_button, not empty)
        self._show_mail_button()

    def _tab_changed(self, _index: int) -> None:
        self.requery()

    def apply(self, changes: Changes, _origin: object) -> None:
        """A task or an interaction (which may complete one) changed: read the lists again
        (they are short: open, overdue, today); a contact's edit repaints its tasks' rows."""
        if changes.tasks or changes.interactions:
            self.requery()
        elif changes.contacts:
            shown = (self.model.row_data(r) for r in range(self.model.rowCount()))
            ids = [t.id for t in shown if t is not None and t.contact_id in changes.contacts]
            self.model.refresh_rows(ids)
        if changes.settings:
            self.settings_changed()

    def settings_changed(self) -> None:
        self.requery()

    def selected_task(self) -> TaskRow | None:
        index = self.table.currentIndex()
        return self.model.row_data(index.row()) if index.isValid() else None

    def _show_mail_button(self) -> None:
        task = self.selected_task()
        self.mail_button.setVisible(task is not None and mailto_in(task.notes) is not None)

    # -- actions -----------------------------------------------------------------------------

    def write_email(self) -> None:
        """A survey request's ready e-mail, opened in the person's mail program."""
        task = self.selected_task()
        link = mailto_in(task.notes) if task else None
        if link is not None:
            QDesktopServices.openUrl(QUrl(link))

    def new_task(self) -> None:
        dialog = NewTaskDialog(self.ctx, self, owner_id=self.seat.staff_id)
        if dialog.exec():
            self.shell.operations.announce(dialog.changes, self)

    def complete(self, *, log: bool) -> None:
        task = self.selected_task()
        if task is None:
            return
        if log:
            dialog = QuickLogDialog(
                self.ctx, self, contact_id=task.contact_id, complete_task=task.id
            )
            if not dialog.exec():
                return
            self.shell.operations.announce(dialog.changes, self)
        elif not self.shell.operations.run(lambda: self.ctx.tasks.complete(task.id).changes, self):
            return
        self._say(self.tr("Done: %1").replace("%1", task.title))

    def snooze(self, choice: Snooze) -> None:
        task = self.selected_task()
        if task is not None:
            until = snooze_until(choice, self.ctx.clock.now(), self.ctx.tasks.zone)
            self.shell.operations.run(lambda: self.ctx.tasks.snooze(task.id, until), self)

    def _fill_owners(self, menu: QMenu) -> None:
        """The owner picker's people, the chosen task's owner ticked."""
        menu.clear()
        task = self.selected_task()
        current = task.owner_id if task else None
        for text, owner in owner_items(self.ctx.db, current):
            action = menu.addAction(text, partial(self.assign, owner))
            action.setCheckable(True)
            action.setChecked(task is not None and owner == current)

    def assign(self, owner_id: int | None) -> None:
        """Give the chosen task to `owner_id` (None: to nobody)."""
        task = self.selected_task()
        if task is not None:
            self.shell.operations.run(lambda: self.ctx.tasks.assign(task.id, owner_id), self)

    def snooze_pick(self) -> None:
        task = self.selected_task()
        if task is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Snooze"), self.tr("Until (e.g. friday 10:00, in 3 days):")
        )
        if ok and text.strip():
            self.shell.operations.run(
                lambda: self.ctx.tasks.snooze(
                    task.id,
                    parse_when(
                        text, self.ctx.clock.now(), self.ctx.tasks.zone, language=current_language()
                    ),
                ),
                self,
            )

    def export_calendar(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export Tasks"), "rapport-tasks.ics", self.tr("Calendar (*.ics)")
            )
            if not chosen:
                return
            path = Path(chosen)
        target = path
        result: list[int] = []

        def export() -> Changes:
            result.append(self.ctx.tasks.export_ics(target))
            return Changes()  # a file written, nothing in the database

        if self.shell.operations.run(export, self, writes=False):
            self._say(
                self.tr("%Ln task(s) exported to %1.", "", result[0]).replace("%1", str(target))
            )

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
