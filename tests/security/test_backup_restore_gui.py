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
from app.ui.application import Controller
from app.ui.first_run import FirstRunDialog
from app.ui.main_window import MainWindow
from app.ui.security import actions as actions_module
from app.ui.security.dialogs import RecoveryKeyDialog
from app.ui.security.job import DatabaseJob
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import event

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


def _finished(qtbot: QtBot, job: DatabaseJob | None) -> DatabaseJob:
    """Wait for a job that gives the window back (a backup)."""
    assert job is not None
    with qtbot.waitSignal(job.succeeded, timeout=WAIT_MS):
        pass
    return job


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


def test_back_up_writes_a_verified_copy_and_gives_the_window_back(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, said: Said
) -> None:
    _add(ctx, "Ada")
    window = _window(qtbot, ctx)
    target = tmp_path / "out" / "manual.db"
    job = _finished(qtbot, window.security_actions.back_up_to_file(target))
    assert target.is_file()
    assert not list(target.parent.glob("*.partial"))
    verify_database_file(target, ctx.db.key)  # sound, and keyed like the database
    assert not is_plain_sqlite(target)
    assert str(target) in window.statusBar().currentMessage()
    assert not job.pause.paused
    assert _timers_running(window)
    assert said.warnings == []


def test_cancel_before_the_backup_starts_writes_nothing(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, said: Said
) -> None:
    window = _window(qtbot, ctx)
    target = tmp_path / "manual.db"
    job = window.security_actions.back_up_to_file(target)
    assert job is not None
    job.dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    with qtbot.waitSignal(job.stopped, timeout=WAIT_MS) as stopped:
        pass
    assert stopped.args is not None
    assert stopped.args[1] is True
    assert not target.exists()
    assert not list(tmp_path.glob("manual.db*"))
    assert said.warnings == []
    assert _timers_running(window)


def test_timers_and_panes_stay_quiet_while_the_worker_runs(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, said: Said, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, ctx)
    window.show_pane("contacts")
    refresher = window.stale_figures.findChild(QTimer)
    refresher.setInterval(10)  # would fire often if it ran
    fired: list[int] = []
    refresher.timeout.connect(lambda: fired.append(1))
    inside, release = threading.Event(), threading.Event()
    real = ctx.backups.backup_to

    def slow_backup(target: Path, progress: object, cancelled: object) -> Path:
        inside.set()
        release.wait(WAIT_MS / 1000)
        return real(target)

    monkeypatch.setattr(ctx.backups, "backup_to", slow_backup)
    gui_reads: list[int] = []

    def checkout(*_args: object) -> None:
        if QThread.currentThread() is QApplication.instance().thread():
            gui_reads.append(1)

    event.listen(ctx.db.engine, "checkout", checkout)
    try:
        qtbot.waitUntil(lambda: bool(fired), timeout=WAIT_MS)
        job = window.security_actions.back_up_to_file(tmp_path / "slow.db")
        assert job is not None
        qtbot.waitUntil(inside.is_set, timeout=WAIT_MS)
        fired.clear()
        window.resize(1400, 900)  # a repaint would make the panes fetch rows
        qtbot.wait(300)
        assert fired == []
        assert gui_reads == []
        assert isinstance(window.centralWidget(), QLabel)  # a still picture of the panes
        assert not window.stack.isVisible()
        assert not window.task_reminders.timer.isActive()
        assert not window.security_actions.findChild(QTimer).isActive()
        with qtbot.waitSignal(job.succeeded, timeout=WAIT_MS):
            release.set()
    finally:
        release.set()
        event.remove(ctx.db.engine, "checkout", checkout)
    assert (tmp_path / "slow.db").is_file()
    assert window.stack.isVisible()
    qtbot.waitUntil(lambda: bool(fired), timeout=WAIT_MS)  # the refresher runs again


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
