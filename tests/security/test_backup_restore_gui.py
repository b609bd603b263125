"""File ▸ Back Up, Restore and Encryption in the window: the work runs in the thread pool behind
a progress dialog, the window's timers and panes stay quiet meanwhile, a cancel or a refused
file changes nothing, and after a restore or re-key the window reads the new file."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from app.bootstrap import AppContext, build_context
from app.config.paths import AppPaths
from app.domain.clock import FixedClock
from app.domain.contact_query import ContactFilter
from app.services.backup import verify_database_file
from app.services.contacts import ContactDraft
from app.services.security import KeyRequest
from app.storage.engine import connect_raw, is_plain_sqlite
from app.ui.common.workers import CancelFlag, Progress
from app.ui.controller import Controller
from app.ui.first_run import FirstRunDialog
from app.ui.main_window import MainWindow
from app.ui.security import actions as actions_module
from app.ui.security.dialogs import RecoveryKeyDialog
from app.ui.security.job import DatabaseJob
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.fake_keyring import FakeKeyring

WAIT_MS = 30_000


class Said:
    """Every message box the code under test shows, answered without a human."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.warnings: list[str] = []
        self.information: list[str] = []
        self.recovery_keys: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: self._warn(text))
        monkeypatch.setattr(
            QMessageBox, "information", lambda _p, _t, text: self.information.append(text)
        )

        def recovery_key_shown(dialog: RecoveryKeyDialog) -> int:
            self.recovery_keys.append(dialog.key_label.text())
            return 1

        monkeypatch.setattr(RecoveryKeyDialog, "exec", recovery_key_shown)
        monkeypatch.setattr(FirstRunDialog, "exec", lambda _dialog: 0)

    def _warn(self, text: str) -> QMessageBox.StandardButton:
        self.warnings.append(text)
        return QMessageBox.StandardButton.No


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> Said:
    return Said(monkeypatch)


@pytest.fixture
def controller(paths: AppPaths, qtbot: QtBot) -> Iterator[Controller]:
    made = Controller(paths)
    yield made
    made.close()
    qtbot.wait(10)  # let deleteLater run before the next test


def _window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _names(ctx: AppContext) -> set[str]:
    rows = ctx.contacts.list_rows(ctx.contacts.list_ids(ContactFilter()))
    return {row.display_name for row in rows.values()}


def _add(ctx: AppContext, *names: str) -> None:
    for name in names:
        ctx.contacts.create(ContactDraft(first_name=name))


def _reopened(qtbot: QtBot, controller: Controller, job: DatabaseJob | None) -> MainWindow:
    """Wait for a job after which the controller opens the file again in a new window."""
    old = controller.window
    assert job is not None
    qtbot.waitUntil(lambda: controller.window is not old, timeout=WAIT_MS)
    assert controller.window is not None
    return controller.window


def _timers_running(window: MainWindow) -> bool:
    return (
        window.stale_figures.findChild(QTimer).isActive()
        and window.task_reminders.timer.isActive()
        and window.security_actions.findChild(QTimer).isActive()
    )


def _choose_file(monkeypatch: pytest.MonkeyPatch, chosen: Path) -> None:
    """The file dialogs answer `chosen`, as a person picking it would."""
    answer = (str(chosen), "")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: answer)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: answer)


class HeldBackup:
    """Holds the worker inside `backup_to` (after its first progress report) until released or
    cancelled; then the real copy runs with the same cancel flag."""

    def __init__(self, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
        self.inside, self.release = threading.Event(), threading.Event()
        real = ctx.backups.backup_to

        def held(target: Path, progress: Progress, cancelled: CancelFlag) -> Path:
            progress("copy", 0.0)
            self.inside.set()
            while not (self.release.wait(0.01) or cancelled()):
                pass
            return real(target, progress, cancelled)

        monkeypatch.setattr(ctx.backups, "backup_to", held)


def test_back_up_menu_entry_writes_a_verified_copy_in_the_background(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, said: Said, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File > Back Up as clicked: the action's checked flag must not reach the backup as its
    target (it did: "'bool' object has no attribute 'with_name'")."""
    _add(ctx, "Ada")
    window = _window(qtbot, ctx)
    target = tmp_path / "out" / "manual.db"
    _choose_file(monkeypatch, target)
    runner = window.security_actions.backups
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS) as finished:
        window.security_actions.backup_action.trigger()
    assert finished.args == [target]
    assert target.is_file()
    assert not list(target.parent.glob("*.partial*"))
    verify_database_file(target, ctx.db.key)  # sound, and keyed like the database
    assert not is_plain_sqlite(target)
    assert str(target) in window.statusBar().currentMessage()
    assert not window.security_actions.backup_status.isVisible()
    assert _timers_running(window)
    assert said.warnings == []


def test_restore_menu_entry_asks_about_the_chosen_file(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File > Restore as clicked asked "Replace the open database with False?"."""
    window = _window(qtbot, ctx)
    backup = ctx.backups.backup_to(tmp_path / "kept.db")
    _choose_file(monkeypatch, backup)
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    window.security_actions.restore_action.trigger()
    assert len(asked) == 1
    assert str(backup) in asked[0]
    assert "False" not in asked[0]


def test_the_window_stays_usable_while_a_backup_runs_and_cancel_keeps_nothing(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, said: Said, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(ctx, "Ada")
    window = _window(qtbot, ctx)
    held = HeldBackup(ctx, monkeypatch)
    target = tmp_path / "manual.db"
    _choose_file(monkeypatch, target)
    status = window.security_actions.backup_status
    window.security_actions.backup_action.trigger()
    qtbot.waitUntil(held.inside.is_set, timeout=WAIT_MS)
    qtbot.waitUntil(status.isVisible, timeout=WAIT_MS)
    assert "0%" in status.label.text()
    window.show_pane("contacts")  # the panes work meanwhile: nothing is paused
    assert window.stack.isVisible()
    assert window.pane("contacts").model.rowCount() == 1  # type: ignore[attr-defined]
    assert _timers_running(window)
    window.security_actions.backup_action.trigger()  # one backup at a time
    assert "already running" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.security_actions.backups.failed, timeout=WAIT_MS) as failed:
        qtbot.mouseClick(status.cancel_button, Qt.MouseButton.LeftButton)
    assert failed.args is not None
    assert failed.args[1] is True
    assert not list(tmp_path.glob("manual.db*"))
    assert said.warnings == []
    assert "cancelled" in window.statusBar().currentMessage()
    assert not status.isVisible()


def test_restore_shows_the_backup_and_keeps_the_previous_database(
    qtbot: QtBot,
    *,
    paths: AppPaths,
    db_path: Path,
    clock: FixedClock,
    said: Said,
    controller: Controller,
) -> None:
    ctx = build_context(db_path, paths=paths, clock=clock)
    _add(ctx, "Ada")
    backup = ctx.backups.backup_to(paths.data_dir / "manual.db")
    _add(ctx, "Later")
    ctx.close()
    controller.open(str(db_path))
    old = controller.window
    assert old is not None
    contacts = old.pane("contacts")
    old.show_pane("contacts")
    assert contacts.model.rowCount() == 2  # type: ignore[attr-defined]
    _reopened(qtbot, controller, old.security_actions.restore_from_file(backup))
    assert controller.ctx is not None
    assert controller.window is not None
    assert _names(controller.ctx) == {"Ada"}
    assert controller.window.current_pane_key == "contacts"
    assert controller.window.pane("contacts").model.rowCount() == 1  # type: ignore[attr-defined]
    assert said.warnings == []
    assert len(said.information) == 1
    kept = next((paths.data_dir / "backups").glob("*-before-restore-*.db"))
    assert str(kept) in said.information[0]
    before = build_context(kept, paths=paths, clock=clock)
    assert _names(before) == {"Ada", "Later"}
    before.close()
    assert not list(db_path.parent.glob("*.restoring*"))


@pytest.mark.parametrize("kind", ["other program", "not a database"])
def test_restore_refuses_a_bad_file_with_one_message_and_changes_nothing(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, said: Said, *, kind: str, paths: AppPaths
) -> None:
    _add(ctx, "Ada")
    bad = tmp_path / "bad.db"
    if kind == "other program":
        other = connect_raw(bad, None)
        other.execute("CREATE TABLE notes (body TEXT)")
        other.close()
    else:
        bad.write_text("just some text\n", encoding="utf-8")
    window = _window(qtbot, ctx)
    job = window.security_actions.restore_from_file(bad)
    if job is not None:
        with qtbot.waitSignal(job.stopped, timeout=WAIT_MS):
            pass
    assert len(said.warnings) == 1
    assert str(bad) in said.warnings[0]
    assert said.information == []
    assert not ctx.closed
    assert _names(ctx) == {"Ada"}  # the same database, readable again
    assert not (paths.data_dir / "backups").exists() or not list(
        (paths.data_dir / "backups").glob("*before-restore*")
    )
    assert not list(ctx.db.path.parent.glob("*.restoring*"))  # type: ignore[union-attr]
    assert _timers_running(window)
    assert window.stack.isVisible()


def test_encrypt_then_decrypt_keeps_the_data(
    qtbot: QtBot,
    *,
    paths: AppPaths,
    db_path: Path,
    clock: FixedClock,
    said: Said,
    controller: Controller,
    fake_keyring: FakeKeyring,
) -> None:
    plain = build_context(db_path, paths=paths, clock=clock, keys=KeyRequest(plain=True))
    _add(plain, "Ada", "Grace")
    plain.close()
    controller.open(str(db_path))
    first = controller.window
    assert first is not None
    assert controller.ctx is not None
    assert not controller.ctx.encrypted
    _reopened(qtbot, controller, first.security_actions.encrypt())
    assert controller.ctx is not None
    assert controller.ctx.encrypted
    assert not is_plain_sqlite(db_path)
    assert _names(controller.ctx) == {"Ada", "Grace"}
    assert len(said.recovery_keys) == 1
    assert len(fake_keyring.entries()) == 1
    second = controller.window
    assert second is not None
    _reopened(qtbot, controller, second.security_actions.decrypt())
    assert controller.ctx is not None
    assert not controller.ctx.encrypted
    assert is_plain_sqlite(db_path)
    assert _names(controller.ctx) == {"Ada", "Grace"}
    assert fake_keyring.entries() == {}
    assert said.warnings == []
    assert not list(db_path.parent.glob("*.rekey")) + list(db_path.parent.glob("*before-rekey"))


def test_a_cancelled_encryption_leaves_the_plain_original(
    qtbot: QtBot,
    *,
    paths: AppPaths,
    db_path: Path,
    clock: FixedClock,
    said: Said,
    monkeypatch: pytest.MonkeyPatch,
    fake_keyring: FakeKeyring,
) -> None:
    ctx = build_context(db_path, paths=paths, clock=clock, keys=KeyRequest(plain=True))
    _add(ctx, "Ada")
    window = _window(qtbot, ctx)
    real = actions_module.encrypt_file

    def cancelled_midway(path: Path, opened: object, progress: object, flag: object) -> object:
        flag.cancel()  # type: ignore[attr-defined] # as the Cancel button does, mid-export
        return real(path, opened, progress, flag)  # type: ignore[arg-type]

    monkeypatch.setattr(actions_module, "encrypt_file", cancelled_midway)
    job = window.security_actions.encrypt()
    assert job is not None
    with qtbot.waitSignal(job.stopped, timeout=WAIT_MS) as stopped:
        pass
    assert stopped.args == ["The re-encryption was cancelled; nothing was changed.", True]
    assert said.warnings == []
    assert "cancelled" in window.statusBar().currentMessage()
    assert is_plain_sqlite(db_path)
    assert not list(db_path.parent.glob("*.rekey*")) + list(db_path.parent.glob("*before-rekey"))
    assert fake_keyring.entries() == {}  # the key made for it is gone again
    assert not ctx.closed
    assert _names(ctx) == {"Ada"}
    assert _timers_running(window)
    ctx.close()
