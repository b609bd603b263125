"""Settings ▸ Team ▸ People (issue 23), against a throwaway PostgreSQL hub, through clicks: an
administrator's copy lists the hub's users, adds a person (whose staff row this copy then
pulls; the initial password is kept nowhere here), changes a right, deactivates and
reactivates; a refusal shows as one line and keeps the dialog; a member sees only who manages
the people."""

# ruff: noqa: F811 - the hub fixtures are imported from tests/sync and named as parameters

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from app.bootstrap import AppContext, build_context
from app.config.paths import AppPaths
from app.services.contacts import ContactDraft
from app.services.sync.engine import SyncService
from app.services.sync.hub import HubUser
from app.services.team import login_of
from app.storage.schema import head_revision
from app.ui.controller import Controller
from app.ui.first_run import FirstRunDialog
from app.ui.main_window import MainWindow
from app.ui.security.dialogs import RecoveryKeyDialog
from app.ui.settings.dialog import SettingsDialog
from app.ui.settings.people import PeopleSection
from app.ui.settings.team_page import TeamPage
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tests.fake_keyring import FakeKeyring
from tests.sync.conftest import (  # noqa: F401 - fixtures
    Hub,
    hub,
    laptop_template,
    new_laptop,
    pg_server,
)
from tests.ui.helpers import shown_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform

PASSWORD = "first secret of nina"  # noqa: S105 - a test password


@pytest.fixture
def join_as(
    hub: Hub,
    tmp_path: Path,
    paths: AppPaths,
    laptop_template: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Callable[[str, str], AppContext]]:
    """Copies that joined the hub as a new user with a right (their first sync done by the
    engine; the password reaches libpq through PGPASSFILE), closed after the test."""
    opened: list[AppContext] = []

    def join(user: str, role: str) -> AppContext:
        url = hub.add_user(user, role)
        monkeypatch.setenv("PGPASSFILE", str(hub.pgpass()))
        ctx = build_context(new_laptop(laptop_template, tmp_path / f"{user}.db"), paths=paths)
        opened.append(ctx)
        SyncService(ctx.db, ctx.clock, head_revision()).sync(url)
        return ctx

    yield join
    for ctx in opened:
        ctx.close()


@pytest.fixture
def boss(hub: Hub, join_as: Callable[[str, str], AppContext]) -> AppContext:
    """The copy of an administrator (no superuser: the hub's functions decide)."""
    return join_as(f"boss_{hub.name}", "admin")


def _people(qtbot: QtBot, window: MainWindow) -> PeopleSection:
    """Settings ▸ Team, its People section once the hub's list came back."""
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    page = next(p for p in dialog.pages if isinstance(p, TeamPage))
    dialog.show_page(dialog.pages.index(page))
    section = page.people
    qtbot.waitUntil(lambda: section.model.rowCount() > 0, timeout=30_000)
    return section


def _names(section: PeopleSection) -> dict[str, list[str]]:
    model = section.model
    return {
        model.index(r, 0).data(): [model.index(r, c).data() for c in (1, 2)]
        for r in range(model.rowCount())
    }


def _click_person(qtbot: QtBot, view: QTableView, name: str) -> None:
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    where = view.visualRect(model.index(row, 1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)


def _ok(qtbot: QtBot, section: PeopleSection) -> None:
    assert section.dialog is not None
    ok = section.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _answered(qtbot: QtBot, section: PeopleSection, text: str) -> None:
    qtbot.waitUntil(lambda: section.state.text() == text, timeout=30_000)


def _rows(ctx: AppContext, sql: str, **params: object) -> list[tuple[object, ...]]:
    with ctx.db.read() as session:
        return [tuple(r) for r in session.execute(text(sql), params)]


def _staff(ctx: AppContext, login: str) -> list[tuple[object, ...]]:
    return _rows(ctx, "SELECT name, active FROM staff WHERE login = :l", l=login)


def test_an_admin_adds_changes_and_deactivates_people_from_the_team_page(
    qtbot: QtBot,
    hub: Hub,
    boss: AppContext,
    qtmodeltester: ModelTester,
    fake_keyring: FakeKeyring,
) -> None:
    window = shown_window(qtbot, boss)
    section = _people(qtbot, window)
    qtmodeltester.check(section.model)
    me = f"boss_{hub.name}"
    assert _names(section)[me] == ["administrator", "Active"]
    assert not section.note.isVisible()
    _click_person(qtbot, section.view, me)
    assert not section.active_button.isEnabled()  # never one's own login
    assert "your own login" in section.active_button.toolTip()

    nina = f"nina_{hub.name}"
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.name, nina)
    qtbot.keyClick(dialog.role, Qt.Key.Key_Down)  # member -> viewer
    qtbot.keyClicks(dialog.password, PASSWORD)
    _ok(qtbot, section)
    _answered(
        qtbot,
        section,
        f"{nina} was added as viewer (read only); they sign in with the password you gave.",
    )
    assert section.dialog is None  # closed
    assert _names(section)[nina] == ["viewer (read only)", "Active"]
    assert [u for u in _hub_users(hub) if u.name == nina] == [HubUser(nina, "viewer", True)]
    qtbot.waitUntil(lambda: not window.sync.busy and _staff(boss, nina) != [], timeout=30_000)
    assert _staff(boss, nina) == [(nina, 1)]  # the staff row the hub made, pulled here
    assert PASSWORD not in fake_keyring.entries().values()  # stored nowhere here
    assert PASSWORD.encode() not in Path(boss.location).read_bytes()

    _click_person(qtbot, section.view, nina)  # the selection follows the person anyway
    qtbot.mouseClick(section.role_button, Qt.MouseButton.LeftButton)
    assert section.dialog is not None
    assert not section.dialog.adding  # the name is shown, not typed
    qtbot.keyClick(section.dialog.role, Qt.Key.Key_Up)  # viewer -> member
    _ok(qtbot, section)
    _answered(qtbot, section, f"{nina} is now member.")
    assert _names(section)[nina] == ["member", "Active"]

    assert section.active_button.text() == "&Deactivate"
    qtbot.mouseClick(section.active_button, Qt.MouseButton.LeftButton)
    _answered(qtbot, section, f"{nina} can no longer sign in; what they did stays.")
    assert _names(section)[nina] == ["member", "Deactivated"]
    assert hub.query("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", nina) == [(False,)]
    qtbot.waitUntil(
        lambda: not window.sync.busy and _staff(boss, nina) == [(nina, 0)], timeout=30_000
    )
    assert section.active_button.text() == "Reacti&vate"
    qtbot.mouseClick(section.active_button, Qt.MouseButton.LeftButton)
    _answered(qtbot, section, f"{nina} may sign in again.")
    assert _names(section)[nina] == ["member", "Active"]
    qtbot.waitUntil(lambda: not window.sync.busy, timeout=30_000)


def _hub_users(hub: Hub) -> list[HubUser]:
    from app.services.sync.hub import users  # noqa: PLC0415

    return users(hub.admin_url)


def test_a_refusal_is_one_line_in_the_dialog_which_keeps_what_was_typed(
    qtbot: QtBot, hub: Hub, boss: AppContext
) -> None:
    window = shown_window(qtbot, boss)
    section = _people(qtbot, window)
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.name, "postgres")  # the server's superuser
    qtbot.keyClicks(dialog.password, "stolen")
    _ok(qtbot, section)
    expected = (
        "postgres is a login of the database server that is not one of Rapport's people; "
        "choose another name."
    )
    qtbot.waitUntil(lambda: dialog.error.text() == expected, timeout=30_000)
    assert dialog.isVisible()
    assert dialog.isEnabled()
    assert dialog.name.text() == "postgres"
    assert "postgres" not in _names(section)
    dialog.reject()


def test_a_member_sees_who_manages_the_people_but_not_the_list(
    qtbot: QtBot, hub: Hub, join_as: Callable[[str, str], AppContext]
) -> None:
    window = shown_window(qtbot, join_as(f"mia_{hub.name}", "member"))
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    page = next(p for p in dialog.pages if isinstance(p, TeamPage))
    dialog.show_page(dialog.pages.index(page))
    assert page.people.isVisible()
    assert page.people.note.isVisible()
    assert not page.people.admin_part.isVisible()
    assert page.people.model.rowCount() == 0  # the hub was not even asked
    assert page.people.state.text() == ""
    dialog.reject()


def test_the_welcome_screen_joins_the_team_and_opens_on_its_data(
    qtbot: QtBot,
    hub: Hub,
    join_as: Callable[[str, str], AppContext],
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    office = join_as(f"office_{hub.name}", "member")
    office.contacts.create(ContactDraft(first_name="Olga", last_name="Ost"))
    SyncService(office.db, office.clock, head_revision()).sync()
    user = f"field_{hub.name}"
    url = hub.add_user(user, "member")

    def click_join(dialog: FirstRunDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", click_join)
    monkeypatch.setattr(RecoveryKeyDialog, "exec", lambda _dialog: 1)  # typed back elsewhere
    controller = Controller(paths)
    controller.open(None)
    try:
        first = controller.window
        assert first is not None
        settings = first.findChild(SettingsDialog)
        assert settings is not None
        assert settings.isVisible()
        page = settings.stack.currentWidget().widget()  # the page in its scroll area
        assert isinstance(page, TeamPage)
        assert settings.focusWidget() is page.address  # the join form, ready to type in
        qtbot.keyClicks(page.address, login_of(url).address)
        qtbot.keyClicks(page.user, user)
        qtbot.keyClicks(page.password, hub.passwords[user])
        qtbot.mouseClick(page.join_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: controller.window is not first, timeout=30_000)
        window, ctx = controller.window, controller.ctx
        assert window is not None
        assert ctx is not None
        assert window.isVisible()
        assert window.sync.joined
        assert ctx.contacts.count() == 1
        (olga,) = [
            r[0] for r in _rows(ctx, "SELECT id FROM contact WHERE display_name = 'Olga Ost'")
        ]
        pane = window.pane("contacts")
        qtbot.waitUntil(lambda: pane.model.row_of(olga) is not None)  # type: ignore[attr-defined]
        assert not window.findChildren(SettingsDialog)
    finally:
        qtbot.waitUntil(lambda: controller.window is None or not controller.window.sync.busy)
        controller.close()


def test_enter_in_the_join_form_joins_rather_than_closing_settings(
    qtbot: QtBot, ctx: AppContext
) -> None:
    window = shown_window(qtbot, ctx)
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    page = next(p for p in dialog.pages if isinstance(p, TeamPage))
    dialog.show_page(dialog.pages.index(page))
    qtbot.keyClicks(page.address, "mysql://server/crm")
    qtbot.keyClicks(page.user, "anna")
    qtbot.keyClick(page.user, Qt.Key.Key_Return)
    assert dialog.isVisible()  # not closed by OK
    errors = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
    assert (
        "'mysql://server/crm' is not a PostgreSQL address such as postgresql://server/rapport."
        in errors
    )
    assert not page.people.isVisible()  # not in a team: no people to show
    dialog.reject()
