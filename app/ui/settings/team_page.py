"""Settings ▸ Team: join the team's hub (address, user, password kept in the keychain), test
the connection, leave; once joined, the hub's people (app/ui/settings/people.py). The buttons
act at once (through the sync controller and the operations runner); OK and Apply have nothing
of this page to save."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.services.team import check_login, hub_url, remember_password
from app.ui.common.operations import Operations, bug_text
from app.ui.common.workers import Task, deliver
from app.ui.settings.base import FormPage, SettingsContext, SettingsPlan
from app.ui.settings.people import PeopleSection, role_name
from app.ui.sync.controller import SyncController


class TeamPage(FormPage):
    """One page of the Settings dialog (see app/ui/settings/pages.py for the contract)."""

    icon_name = "contacts"
    joined = Signal()  # a Join from this page succeeded (the first sync is done)

    def __init__(self, ctx: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # the window's controller; a page shown on its own gets one with its own runner
        self.controller = ctx.sync or SyncController(ctx.app, Operations(self), self)
        self.heading.setText(self.title())
        self.set_intro(
            self.tr(
                "Work with your team on a shared hub: every computer keeps its own copy, works "
                "offline and syncs with the hub every few minutes. Your administrator gives you "
                "the address, a user name and a password."
            )
        )
        self.address = QLineEdit()
        self.address.setPlaceholderText("postgresql://server/rapport")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keychain"))
        self.add_field(self.tr("Hub &address"), self.address)
        self.add_field(self.tr("&User"), self.user)
        self.add_field(self.tr("&Password"), self.password)
        self.test_button = QPushButton(self.tr("&Test Connection"))
        self.join_button = QPushButton(self.tr("&Join"))
        self.leave_button = QPushButton(self.tr("&Leave Team"))
        self.test_button.clicked.connect(self.test_connection)
        self.join_button.clicked.connect(self.join)
        self.leave_button.clicked.connect(self.leave)
        row = QHBoxLayout()
        for button in (self.test_button, self.join_button, self.leave_button):
            row.addWidget(button)
        row.addStretch(1)
        buttons = QWidget()
        buttons.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.form.addRow("", buttons)
        for field in (self.address, self.user, self.password):
            field.installEventFilter(self)  # Enter in the form joins
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setObjectName("team_state")
        self.form.addRow("", self.state_label)
        self.people = PeopleSection(self.controller, self)
        self.form.addRow(self.people)
        self.controller.changed.connect(self._show_state)

    def title(self) -> str:
        return self.tr("Team")

    def load(self) -> None:
        login = self.controller.login
        if login is not None:
            self.address.setText(login.address)
            self.user.setText(login.user)
        self._show_state()

    def stage(self, plan: SettingsPlan) -> bool:
        """The page's buttons act at once: nothing waits for OK."""
        return True

    def _show_state(self) -> None:
        controller = self.controller
        joined, busy = controller.joined, controller.busy
        for field in (self.address, self.user, self.password):
            field.setEnabled(not joined and not busy)
        self.test_button.setEnabled(not busy)
        self.join_button.setEnabled(not joined and not busy)
        self.leave_button.setEnabled(joined and not busy)
        if busy and not joined:
            text = self.tr("Joining…")
        elif joined:
            status = controller.status
            text = self.tr(
                "This database syncs with the hub; %n change(s) waiting to be sent.",
                "",
                status.pending,
            )
        else:
            text = self.tr("This database is not in a team; it stays on this computer.")
        self.state_label.setText(text)
        self.people.show_state()

    def _url(self) -> str | None:
        """The hub URL from the fields, the password put in the keychain; None when refused."""
        self.clear_errors()
        url = self.check(self.address, lambda: hub_url(self.address.text(), self.user.text()))
        if url is None:
            return None
        secret = self.password.text()
        if secret and not self.check(self.password, lambda: _remembered(url, secret)):
            return None
        return url

    def test_connection(self) -> None:
        """Ask the hub in the background (an unreachable one takes seconds to say so)."""
        url = self.controller.status.hub if self.controller.joined else self._url()
        if url is None:
            return
        schema = self.ctx.app.schema.revision
        task = Task(lambda _progress, _cancelled: check_login(url, schema))
        deliver(task, self, self._answered, self._not_answered)
        self.test_button.setEnabled(False)
        self.state_label.setText(self.tr("Asking the hub…"))
        task.start()

    def _answered(self, role: str) -> None:
        self.test_button.setEnabled(True)
        self.state_label.setText(
            self.tr("The hub answers; you may sync there as %1.").replace("%1", role_name(role))
        )

    def _not_answered(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.state_label.setText(message or bug_text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the join form joins, rather than pressing the dialog's OK (which would
        close Settings with nothing joined: on the Welcome path, back to an empty window)."""
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.join_button.isEnabled()
        ):
            self.join()
            return True
        return super().eventFilter(watched, event)

    def join(self) -> None:
        url = self._url()
        if url is not None:
            task = self.controller.join(url)
            deliver(task, self, self._join_ended, lambda _message: None)
            self._show_state()

    def _join_ended(self, _changes: object) -> None:
        """`joined` only when the first sync went through (a cancelled one leaves the team)."""
        if self.controller.team.hub() is not None:
            self.joined.emit()

    def leave(self) -> None:
        if self.controller.leave():
            self.password.clear()


def _remembered(url: str, secret: str) -> bool:
    remember_password(url, secret)
    return True
