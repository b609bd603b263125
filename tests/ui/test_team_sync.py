"""Team sync in the window (issue 23), against a throwaway PostgreSQL hub: joining from
Settings ▸ Team by clicking, two windows on two databases seeing each other's edits, a
conflict settled through the review pane's buttons, and the indicator offline."""

# ruff: noqa: F811 - the hub fixtures are imported from tests/sync and named as parameters

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from app.bootstrap import AppContext, build_context
from app.config.paths import AppPaths
from app.domain.clock import FixedClock
from app.services.changes import Changes
from app.services.contacts import ContactDraft
from app.services.interactions import InteractionDraft
from app.services.sync.engine import SyncReport, SyncStatus
from app.services.sync.hub import KEYRING_SERVICE
from app.services.team import login_of
from app.ui.main_window import MainWindow
from app.ui.settings.team_page import TeamPage
from app.ui.sync.conflicts import ConflictWindow
from app.ui.sync.controller import AFTER_WRITE_MS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.sync.conftest import (  # noqa: F401 - fixtures
    Hub,
    hub,
    laptop_template,
    new_laptop,
    pg_server,
)
from tests.sync.conftest import rows as _sql
from tests.ui.helpers import shown_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform


@pytest.fixture
def laptops(
    laptop_template: Path, tmp_path: Path, paths: AppPaths, clock: FixedClock
) -> Iterator[list[AppContext]]:
    """Two copies of an empty database, each with its own origin, opened."""
    opened = [
        build_context(
            new_laptop(laptop_template, tmp_path / f"{name}.db"), paths=paths, clock=clock
        )
        for name in ("a", "b")
    ]
    yield opened
    for ctx in opened:
        ctx.close()


def _join(qtbot: QtBot, window: MainWindow, hub: Hub, user: str) -> TeamPage:
    """Settings ▸ Team: the address, user and password typed, Join clicked, the first sync
    waited for."""
    url = hub.add_user(user)
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    page = next(p for p in dialog.pages if isinstance(p, TeamPage))
    dialog.show_page(dialog.pages.index(page))
    qtbot.keyClicks(page.address, login_of(url).address)
    qtbot.keyClicks(page.user, user)
    qtbot.keyClicks(page.password, hub.passwords[user])
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    answer = "The hub answers; you may sync there as member."
    qtbot.waitUntil(lambda: page.state_label.text() == answer, timeout=30_000)
    qtbot.mouseClick(page.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sync.joined and not window.sync.busy, timeout=30_000)
    dialog.reject()
    return page


def _two_windows(
    qtbot: QtBot, hub: Hub, laptops: list[AppContext], tag: str
) -> tuple[MainWindow, MainWindow]:
    """A window on each laptop, both joined to the hub (as ann_TAG and bob_TAG), in that order:
    the first uploads what its laptop holds, the second downloads it."""
    a, b = shown_window(qtbot, laptops[0]), shown_window(qtbot, laptops[1])
    _join(qtbot, a, hub, f"ann_{tag}")
    _join(qtbot, b, hub, f"bob_{tag}")
    return a, b


def _sync(qtbot: QtBot, window: MainWindow) -> None:
    """File ▸ Sync Now, waited for."""
    window.sync.action.trigger()
    assert window.sync.busy
    qtbot.waitUntil(lambda: not window.sync.busy, timeout=30_000)


def test_join_from_the_team_page_uploads_and_leave_forgets_the_hub(
    qtbot: QtBot, hub: Hub, laptops: list[AppContext], fake_keyring: keyring.backend.KeyringBackend
) -> None:
    ctx = laptops[0]
    ctx.contacts.create(ContactDraft(first_name="Anna", last_name="Berg", email="a@example.com"))
    window = shown_window(qtbot, ctx)
    assert not window.sync_indicator.isVisible()  # not in a team yet
    page = _join(qtbot, window, hub, "ann_join")

    assert window.sync.state.value == "idle", window.sync.problem
    assert hub.query("SELECT first_name FROM contact") == [("Anna",)]  # a file with data uploads
    stored = _sql(ctx, "SELECT hub_url FROM sync_state")[0][0]
    assert "password" not in str(stored)
    assert hub.passwords["ann_join"] in fake_keyring.entries().values()  # in the keychain
    assert window.sync_indicator.isVisible()
    assert window.sync_indicator.text() == "Synced just now"
    assert not page.join_button.isEnabled()

    qtbot.mouseClick(page.leave_button, Qt.MouseButton.LeftButton)
    assert not window.sync.joined
    assert not window.sync_indicator.isVisible()
    assert page.join_button.isEnabled()
    assert not any(KEYRING_SERVICE in key for key in fake_keyring.entries())
    assert ctx.contacts.count() == 1  # the local file stays as it was


def test_joining_again_from_the_team_page_sends_what_changed_while_out(
    qtbot: QtBot, hub: Hub, laptops: list[AppContext]
) -> None:
    ctx = laptops[0]
    ctx.contacts.create(ContactDraft(first_name="Anna", last_name="Berg"))
    window = shown_window(qtbot, ctx)
    page = _join(qtbot, window, hub, "ann_back")
    qtbot.mouseClick(page.leave_button, Qt.MouseButton.LeftButton)
    assert not window.sync.joined
    _sql(ctx, "UPDATE contact SET city = 'Linz', version = version + 1")  # while out

    _join(qtbot, window, hub, "ann_back2")  # the same hub, another login

    assert window.sync.state.value == "idle", window.sync.problem
    assert hub.query("SELECT first_name, city FROM contact") == [("Anna", "Linz")]
    assert window.sync.status.pending == 0


def test_an_edit_in_one_window_reaches_the_other_and_its_open_pane(
    qtbot: QtBot, hub: Hub, laptops: list[AppContext]
) -> None:
    a_ctx, b_ctx = laptops
    a_ctx.contacts.create(ContactDraft(first_name="Bert", last_name="Alt"))
    a, b = _two_windows(qtbot, hub, laptops, "two")
    b.show_pane("contacts")
    pulled: list[Changes] = []  # what b's syncs announced (not its figure refresher)
    b.operations.did_execute.connect(
        lambda changes, origin: pulled.append(changes) if origin is b.sync else None
    )

    def create() -> Changes:
        row = a_ctx.contacts.create(ContactDraft(first_name="Clara", last_name="Neu"))
        return Changes.of_contacts(row.id)

    assert a.operations.run(create, a)  # a local write through the runner...
    assert a.sync.status.pending > 0
    assert a.sync.soon.isActive()  # ...is sent shortly after, in the background
    qtbot.waitUntil(
        lambda: not a.sync.soon.isActive() and not a.sync.busy, timeout=AFTER_WRITE_MS + 30_000
    )
    assert a.sync.status.pending == 0
    assert a.sync_indicator.text() == "Synced just now"

    b.sync.action.trigger()  # (a sync b ran by itself meanwhile may have brought it already)
    qtbot.waitUntil(lambda: bool(pulled) and not b.sync.busy, timeout=60_000)
    (clara,) = _sql(b_ctx, "SELECT id FROM contact WHERE first_name = 'Clara'")
    assert set().union(*(c.contacts for c in pulled)) == {clara[0]}  # not every contact
    pane = b.pane("contacts")
    qtbot.waitUntil(lambda: pane.model.row_of(clara[0]) is not None)  # type: ignore[attr-defined]


def test_a_conflict_is_reviewed_and_settled_through_the_pane(
    qtbot: QtBot, hub: Hub, laptops: list[AppContext], qtmodeltester: ModelTester
) -> None:
    a_ctx, b_ctx = laptops
    a_ctx.contacts.create(ContactDraft(first_name="Dora", email="dora@example.com"))
    a, b = _two_windows(qtbot, hub, laptops, "conf")
    _sql(a_ctx, "UPDATE contact SET notes = 'from A', city = 'Bonn', version = version + 1")
    _sql(b_ctx, "UPDATE contact SET notes = 'from B', city = 'Berlin', version = version + 1")
    _sync(qtbot, a)
    _sync(qtbot, b)
    assert b.sync_indicator.text() == "2 conflicts"

    qtbot.mouseClick(b.sync_indicator, Qt.MouseButton.LeftButton)
    window = b.findChild(ConflictWindow, "sync_conflicts")
    assert window is not None
    assert window.isVisible()
    pane = window.pane
    qtmodeltester.check(pane.model)
    record = pane.model.index(0, 0)
    assert record.data() == "Dora"
    rows = {
        pane.model.index(r, 0, record).data(): [
            pane.model.index(r, c, record).data() for c in range(6)
        ]
        for r in range(pane.model.rowCount(record))
    }
    assert rows["notes"][1:3] == ["from B", "from A"]  # mine, theirs
    assert rows["city"][1:4] == ["Berlin", "Bonn", "—"]  # mine, theirs, before (none)
    assert rows["notes"][4] == "bob_conf"

    def click_field(name: str) -> None:
        row = next(r for r in range(2) if pane.model.index(r, 0, record).data() == name)
        where = pane.tree.visualRect(pane.model.index(row, 0, record)).center()
        qtbot.mouseClick(pane.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)

    click_field("notes")
    qtbot.mouseClick(pane.keep_mine, Qt.MouseButton.LeftButton)
    assert pane.model.rowCount(pane.model.index(0, 0)) == 1
    assert b.sync_indicator.text() == "1 conflict"
    click_field("city")
    qtbot.mouseClick(pane.edit, Qt.MouseButton.LeftButton)
    dialog = pane.findChild(QInputDialog, "conflict_edit")
    assert dialog is not None
    line = dialog.findChild(QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, "Hamburg")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert pane.model.rowCount() == 0
    assert pane.empty.isVisible()
    assert "conflict" not in b.sync_indicator.text()

    _sync(qtbot, b)  # the resolutions are new edits: they sync
    _sync(qtbot, a)
    assert _sql(a_ctx, "SELECT notes, city FROM contact") == [("from B", "Hamburg")]
    assert _sql(b_ctx, "SELECT notes, city FROM contact") == [("from B", "Hamburg")]
    assert a.sync.status.open_conflicts == 0


def test_a_stopped_hub_shows_offline_edits_wait_and_sync_when_it_is_back(
    qtbot: QtBot, hub: Hub, laptops: list[AppContext]
) -> None:
    """The hub's server switched off: the indicator says offline with what waits, no error
    is shown; switched on again, the next sync sends what waited."""
    ctx = laptops[0]
    window = shown_window(qtbot, ctx)
    _join(qtbot, window, hub, "ann_off")
    hub.server.pause()
    try:
        ctx.contacts.create(ContactDraft(first_name="Emil", email="emil@example.com"))
        _sync(qtbot, window)

        waiting = window.sync.status.pending
        assert waiting > 0
        assert window.sync.state.value == "offline"
        assert window.sync_indicator.text() == f"Offline — {waiting} changes waiting"
        assert "cannot be reached" in window.sync_indicator.toolTip()
    finally:
        hub.server.resume()
    _sync(qtbot, window)
    assert window.sync.status.pending == 0
    assert hub.query("SELECT first_name FROM contact") == [("Emil",)]
    assert not window.findChildren(QMessageBox, "user_error")  # offline is no error


def test_a_pulled_edit_to_an_interaction_reaches_the_open_timeline(
    qtbot: QtBot, hub: Hub, laptops: list[AppContext], clock: FixedClock
) -> None:
    """Interactions are added, seldom edited; an edit pulled to one this copy already holds
    is announced all the same, and the open timeline shows it without a reload."""
    a_ctx, b_ctx = laptops
    contact = a_ctx.contacts.create(ContactDraft(first_name="Ida", last_name="Ost"))
    a_ctx.interactions.log(
        InteractionDraft(contact.id, clock.now(), subject="First visit", body="talked")
    )
    a, b = _two_windows(qtbot, hub, laptops, "tl")
    b.show_pane("timeline")
    model = b.pane("timeline").view.model  # type: ignore[attr-defined]

    def subjects() -> list[str]:
        entries = (model.entry_at(r) for r in range(model.rowCount()))
        return [e.facts.subject for e in entries if e is not None]

    qtbot.waitUntil(lambda: subjects() == ["First visit"])
    _sql(a_ctx, "UPDATE interaction SET subject = 'Second visit', version = version + 1")
    _sync(qtbot, a)
    with qtbot.waitSignal(
        b.operations.did_execute,
        timeout=30_000,
        check_params_cb=lambda _changes, origin: origin is b.sync,  # not the figure refresher
    ) as pulled:
        b.sync.action.trigger()
    qtbot.waitUntil(lambda: not b.sync.busy)
    (interaction,) = _sql(b_ctx, "SELECT id FROM interaction")
    assert pulled.args[0].interactions == {interaction[0]}
    qtbot.waitUntil(lambda: subjects() == ["Second visit"])


def test_a_delete_against_an_edit_is_restored_with_the_edit_on_both_copies(
    qtbot: QtBot, hub: Hub, laptops: list[AppContext]
) -> None:
    a_ctx, b_ctx = laptops
    a_ctx.contacts.create(ContactDraft(first_name="Jana", last_name="Kurz"))
    a, b = _two_windows(qtbot, hub, laptops, "del")
    b.show_pane("contacts")
    (jana,) = _sql(b_ctx, "SELECT id FROM contact")
    _sql(a_ctx, "UPDATE contact SET deleted_at = '2026-06-01 09:00:00', version = version + 1")
    _sql(b_ctx, "UPDATE contact SET notes = 'Call back Monday', version = version + 1")
    _sync(qtbot, a)
    _sync(qtbot, b)  # the edit reaches the hub after the delete it had not seen
    assert _sql(b_ctx, "SELECT deleted_at IS NOT NULL FROM contact") == [(1,)]  # it stands
    contacts = b.pane("contacts").model  # type: ignore[attr-defined]
    assert b.sync_indicator.text() == "1 conflict"

    qtbot.mouseClick(b.sync_indicator, Qt.MouseButton.LeftButton)
    pane = b.findChild(ConflictWindow, "sync_conflicts").pane
    record = pane.model.index(0, 0)
    assert record.data() == "Jana Kurz"
    assert [pane.model.index(0, c, record).data() for c in range(3)] == [
        "notes",
        "Call back Monday",
        "(deleted)",
    ]
    where = pane.tree.visualRect(pane.model.index(0, 0, record)).center()
    qtbot.mouseClick(pane.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert pane.keep_mine.text() == "&Restore with the edit"
    assert pane.take_theirs.text() == "&Leave deleted"  # the other choice writes nothing
    qtbot.mouseClick(pane.keep_mine, Qt.MouseButton.LeftButton)
    assert pane.model.rowCount() == 0

    def shown_name() -> str | None:
        row = contacts.row_of(jana[0])
        return None if row is None else contacts.index(row, 0).data()

    qtbot.waitUntil(lambda: shown_name() == "Jana Kurz")  # back in the open list

    _sync(qtbot, b)  # the restore is a new edit: it syncs
    _sync(qtbot, a)
    restored = [("Call back Monday", None)]
    assert _sql(a_ctx, "SELECT notes, deleted_at FROM contact") == restored
    assert _sql(b_ctx, "SELECT notes, deleted_at FROM contact") == restored
    assert hub.query("SELECT notes, deleted_at FROM contact") == restored
    assert a.sync.status.open_conflicts == 0
    assert b.sync.status.open_conflicts == 0


class _HeldSync:
    """A hub exchange that waits until released, counting how often it ran."""

    def __init__(self) -> None:
        self.release, self.runs = threading.Event(), 0

    def sync(self, _url: str | None) -> SyncReport:
        self.runs += 1
        self.release.wait(10)
        return SyncReport(pushed=0, pulled=0, conflicts=0, seconds=0.0)

    def status(self) -> SyncStatus:
        return SyncStatus("postgresql://ann@/hub", None, 0, 0)


def test_sync_now_while_a_sync_runs_syncs_once_more_after_it(qtbot: QtBot, ctx: AppContext) -> None:
    """The sync running when Sync Now is chosen may have begun before the edit it is meant to
    fetch (a background one, started by a timer): the click is kept for when it ends."""
    _sql(ctx, "UPDATE sync_state SET hub_url = 'postgresql://ann@/hub'")
    window = shown_window(qtbot, ctx)
    held = _HeldSync()
    window.sync._service = held  # type: ignore[assignment]
    window.sync.soon.stop()
    window.sync.action.trigger()  # as the timer would
    assert window.sync.busy
    window.sync.action.trigger()  # the person's click, while it runs
    window.sync.action.trigger()  # and another: one more sync, not two
    held.release.set()
    qtbot.waitUntil(lambda: held.runs == 2 and not window.sync.busy, timeout=10_000)
    qtbot.wait(200)
    assert held.runs == 2
