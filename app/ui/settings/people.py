"""Settings ▸ Team ▸ People (issue 23): a hub administrator's list of the team's users (name,
right, whether they may sign in), with Add Person…, Change Role… and Deactivate/Reactivate.
Each asks the hub in the background and shows its refusal as one line; the hub decides who
may, so the list is only offered where this copy signed in as an administrator.

Members and viewers do not see the list, only a line saying who manages it: they cannot act on
it, and the people they work with already reach them as the staff rows every copy syncs (the
owner pickers list them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.people import ROLES, add_person, change_role, hub_people, set_person_active
from app.ui.common.operations import bug_text
from app.ui.common.workers import Task, deliver
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.theme import colours

if TYPE_CHECKING:
    from app.services.sync.hub import HubUser
    from app.ui.sync.controller import SyncController

_COLUMNS = (
    QT_TRANSLATE_NOOP("PeopleModel", "Name"),
    QT_TRANSLATE_NOOP("PeopleModel", "Role"),
    QT_TRANSLATE_NOOP("PeopleModel", "Status"),
)


def role_name(role: str) -> str:
    """A hub right as people read it."""
    names = {
        "admin": QCoreApplication.translate("TeamPage", "administrator"),
        "member": QCoreApplication.translate("TeamPage", "member"),
        "viewer": QCoreApplication.translate("TeamPage", "viewer (read only)"),
    }
    return names.get(role, role)


class PeopleModel(QAbstractTableModel):
    """The hub's users as the last answer listed them (the hub orders them by name)."""

    def __init__(self) -> None:
        super().__init__()
        self._people: list[HubUser] = []

    def set_people(self, people: list[HubUser]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def person(self, row: int) -> HubUser:
        return self._people[row]

    def row_of(self, name: str) -> int | None:
        return next((i for i, p in enumerate(self._people) if p.name == name), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PeopleModel", _COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            return QColor(colours().muted)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        status = (
            QCoreApplication.translate("PeopleModel", "Active")
            if person.active
            else QCoreApplication.translate("PeopleModel", "Deactivated")
        )
        return (person.name, role_name(person.role), status)[index.column()]


class PersonDialog(QDialog):
    """Add a person (name, right, initial password) or change one's right. It stays open
    while the hub answers, so a refusal is shown here with what was typed kept."""

    submitted = Signal(str, str, str)  # name, role, password ("" when changing a right)

    def __init__(self, parent: QWidget, person: HubUser | None = None) -> None:
        super().__init__(parent)
        self.adding = adding = person is None
        self.setWindowTitle(self.tr("Add Person") if adding else self.tr("Change Role"))
        self.setMinimumWidth(380)
        self.name = QLineEdit(person.name if person else "")
        self.name.setPlaceholderText(self.tr("lower case, e.g. anna.berg"))
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_name(role), role)
        self.role.setCurrentIndex(ROLES.index(person.role if person else "member"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("sent to the hub only; tell it to the person"))
        form = QFormLayout()
        named: QWidget = self.name if adding else QLabel(self.name.text())
        fields = [(self.tr("&Name"), named), (self.tr("&Role"), self.role)]
        if adding:
            fields.append((self.tr("Initial &password"), self.password))
        for label, field in fields:
            caption = QLabel(label)
            caption.setBuddy(field)
            field.setAccessibleName(label.replace("&", ""))
            form.addRow(caption, field)
        self.error = QLabel()
        self.error.setObjectName("person_error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(f"color: {colours().breached};")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.name if adding else self.role).setFocus()

    def _submit(self) -> None:
        if not self.name.text().strip():
            self.refused(self.tr("Give the person's user name on the hub."))
            return
        self.error.setText(self.tr("Asking the hub…"))
        self.error.setStyleSheet("")
        self.error.show()
        self.setEnabled(False)
        self.submitted.emit(
            self.name.text().strip(), str(self.role.currentData()), self.password.text()
        )

    def refused(self, message: str) -> None:
        self.setEnabled(True)
        self.error.setStyleSheet(f"color: {colours().breached};")
        self.error.setText(message)
        self.error.show()


class PeopleSection(QWidget):
    """The People part of the Team page; `show_state` follows the sync controller."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._loaded_from: str | None = None  # the hub the list came from
        self._task: Task | None = None
        self.dialog: PersonDialog | None = None
        heading = QLabel(self.tr("People"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.note = QLabel(
            self.tr(
                "Your team's administrators add people and change their rights; ask one of them."
            )
        )
        self.note.setWordWrap(True)
        self.model = PeopleModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("People"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.add_button = QPushButton(self.tr("Add Pe&rson…"))
        self.role_button = QPushButton(self.tr("Change R&ole…"))
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.add_button.clicked.connect(self.open_add)
        self.role_button.clicked.connect(self.open_role)
        self.active_button.clicked.connect(self.toggle_active)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.state = QLabel()
        self.state.setObjectName("people_state")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.admin_part = QWidget()
        admin_layout = QVBoxLayout(self.admin_part)
        admin_layout.setContentsMargins(0, 0, 0, 0)
        admin_layout.addWidget(self.view)
        admin_layout.addLayout(buttons)
        admin_layout.addWidget(self.state)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.note)
        layout.addWidget(self.admin_part)
        self.show_state()

    # -- what is shown -------------------------------------------------------------------------

    @property
    def hub(self) -> str | None:
        """The joined hub, when this copy signed in there as an administrator."""
        controller = self.controller
        if not controller.joined or controller.status.role != "admin":
            return None
        return controller.status.hub

    def show_state(self) -> None:
        """Shown once joined; the list only to an administrator, read when first shown."""
        hub = self.hub
        if hub is None:
            self._loaded_from = None  # joined again (or made admin): read the list again
        self.setVisible(self.controller.joined)
        self.note.setVisible(hub is None)
        self.admin_part.setVisible(hub is not None)
        if hub is not None and hub != self._loaded_from and self._task is None:
            self._loaded_from = hub
            self._ask(lambda: hub_people(hub), "")
        self._enable()

    def _selected_person(self) -> HubUser | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.person(rows[0].row()) if rows else None

    def _selected(self, _now: QItemSelection, _before: QItemSelection) -> None:
        self._enable()

    def _enable(self) -> None:
        """Acting on the selected person: not while the hub is asked, not on oneself."""
        person, busy = self._selected_person(), self._task is not None
        login = self.controller.login
        yourself = person is not None and login is not None and person.name == login.user
        for button in (self.role_button, self.active_button):
            button.setEnabled(person is not None and not busy and not yourself)
            button.setToolTip(
                self.tr("You cannot change your own login; ask another administrator.")
                if yourself
                else ""
            )
        self.add_button.setEnabled(not busy)
        active = person is None or person.active
        self.active_button.setText(self.tr("&Deactivate") if active else self.tr("Reacti&vate"))

    # -- acting ----------------------------------------------------------------------------------

    def open_add(self) -> None:
        self._open(PersonDialog(self))

    def open_role(self) -> None:
        person = self._selected_person()
        if person is not None:
            self._open(PersonDialog(self, person))

    def _open(self, dialog: PersonDialog) -> None:
        """Window-modal and not blocking: the hub is asked when OK is pressed."""
        self.dialog = dialog
        dialog.submitted.connect(self._submitted)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: PersonDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _submitted(self, name: str, role: str, password: str) -> None:
        url, adding = self.hub, self.dialog is not None and self.dialog.adding
        if url is None:
            return
        if adding:
            done = self.tr("%1 was added as %2; they sign in with the password you gave.")
            self._ask(lambda: add_person(url, name, role, password), done, name, role)
        else:
            done = self.tr("%1 is now %2.")
            self._ask(lambda: change_role(url, name, role), done, name, role)

    def toggle_active(self) -> None:
        person, url = self._selected_person(), self.hub
        if person is None or url is None:
            return
        active = not person.active
        done = (
            self.tr("%1 may sign in again.")
            if active
            else self.tr("%1 can no longer sign in; what they did stays.")
        )
        self._ask(lambda: set_person_active(url, person.name, active), done, person.name)

    def _ask(
        self, call: Callable[[], list[HubUser]], done: str, name: str = "", role: str = ""
    ) -> None:
        """One round trip to the hub in the background; the list as the hub then has it."""
        task = Task(lambda _progress, _cancelled: call())
        deliver(
            task,
            self,
            lambda people: self._answered(people, done, name, role),
            self._refused,
        )
        self._task = task
        self.state.setText(self.tr("Asking the hub…"))
        self._enable()
        task.start()

    def _answered(self, people: list[HubUser], done: str, name: str, role: str) -> None:
        self._task = None
        selected = self._selected_person()
        self.model.set_people(people)
        self._fit_rows()
        row = self.model.row_of(name or (selected.name if selected else ""))
        if row is not None:
            self.view.selectRow(row)
        self.state.setText(done.replace("%1", name).replace("%2", role_name(role)))
        if self.dialog is not None:
            self.dialog.accept()
        self._enable()
        if done:
            self.controller.sync_now()  # this copy pulls the staff row the hub wrote

    def _fit_rows(self) -> None:
        """Tall enough for up to ten people without scrolling (a small team's whole list)."""
        rows = min(max(self.model.rowCount(), 3), 10)
        self.view.setMinimumHeight(
            self.view.horizontalHeader().sizeHint().height()
            + rows * self.view.verticalHeader().defaultSectionSize()
            + 2 * self.view.frameWidth()
        )

    def _refused(self, message: str) -> None:
        self._task = None
        text = message or bug_text()
        if self.dialog is not None:
            self.dialog.refused(text)
            self.state.clear()
        else:
            self.state.setText(text)
        self._enable()
