"""Starting and quitting as a person does it: the first run without a keychain shows the new
recovery key first, alone, until it is typed back; a wrong passphrase at start asks again;
Ctrl+Q closes the window at once while the on-close backup finishes in a small window."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from app.bootstrap import AppContext, build_context
from app.config.paths import AppPaths
from app.domain.clock import FixedClock
from app.domain.errors import UserError
from app.services.contacts import ContactDraft
from app.services.demo import DemoSize
from app.services.security import KeyRequest, key_from_secret
from app.ui.common.workers import CancelFlag, Progress
from app.ui.controller import Controller
from app.ui.first_run import FirstRunDialog
from app.ui.security.background import FinishingBackupDialog
from app.ui.security.dialogs import PassphraseDialog, RecoveryKeyDialog
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QWidget,
)
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen

WAIT_MS = 30_000
PASSPHRASE = "correct horse battery"  # noqa: S105 - a test value
Answer = Callable[[QWidget], None]


@pytest.fixture
def no_keychain() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def controller(paths: AppPaths, qtbot: QtBot) -> Iterator[Controller]:
    made = Controller(paths)
    yield made
    made.close()
    qtbot.wait(10)  # let deleteLater run before the next test


class ModalAnswers:
    """Answers each modal dialog as it opens, in order, with real key presses and clicks."""

    def __init__(self, qtbot: QtBot, answers: list[Answer]) -> None:
        self.qtbot, self.answers = qtbot, answers
        self.seen: list[type[QWidget]] = []
        self._current: QWidget | None = None
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or modal is self._current or not self.answers:
            return
        if isinstance(modal, QProgressDialog):
            return  # work under way: it closes by itself
        self._current = modal
        self.seen.append(type(modal))
        self.answers.pop(0)(modal)


def _ok(dialog: QWidget) -> QWidget:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Ok)


def _text(dialog: QWidget) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def _visible_welcome() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunDialog)]


@pytest.mark.usefixtures("no_keychain")
def test_first_run_shows_the_recovery_key_alone_until_typed_back(
    qtbot: QtBot, controller: Controller
) -> None:
    shown: list[str] = []

    def choose_passphrase(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        qtbot.keyClicks(dialog.first, PASSPHRASE)
        qtbot.keyClicks(dialog.second, PASSPHRASE)
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    def acknowledge(dialog: QWidget) -> None:
        assert isinstance(dialog, RecoveryKeyDialog)
        assert _visible_welcome() == []  # the key comes first, alone
        text = _text(dialog)
        assert "passphrase you chose" in text
        assert "keychain" not in text
        key = dialog.key_label.text()
        shown.append(key)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # cannot be waved away
        assert dialog.isVisible()
        ok = _ok(dialog)
        assert not ok.isEnabled()
        qtbot.keyClicks(dialog.confirm, "ZZZZ")
        assert not ok.isEnabled()
        dialog.confirm.clear()
        qtbot.keyClicks(dialog.confirm, key.rsplit("-", 1)[-1].lower())
        assert ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    def explore_sample(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstRunDialog)
        qtbot.mouseClick(dialog.sample_button, Qt.MouseButton.LeftButton)

    answers = ModalAnswers(qtbot, [choose_passphrase, acknowledge, explore_sample])
    controller.open(None)
    first = controller.window
    qtbot.waitUntil(lambda: controller.window is not first, timeout=4 * WAIT_MS)  # sample loaded
    assert controller.ctx is not None
    assert controller.ctx.encrypted
    assert controller.ctx.contacts.count() > 0
    # Reopened with the sample data, the new database was not asked for its passphrase again.
    assert answers.seen == [PassphraseDialog, RecoveryKeyDialog, FirstRunDialog]
    assert len(shown) == 1


@pytest.mark.usefixtures("no_keychain")
def test_a_wrong_passphrase_at_start_asks_again_and_takes_the_recovery_key(
    qtbot: QtBot, controller: Controller, db_path: Path, paths: AppPaths, clock: FixedClock
) -> None:
    made = build_context(db_path, paths=paths, clock=clock, keys=KeyRequest(lambda *_: PASSPHRASE))
    recovery_key = made.recovery_key
    made.contacts.create(ContactDraft(first_name="Ada"))
    made.close()
    assert recovery_key is not None
    errors: list[str] = []

    def wrong_then_recovery_key(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        qtbot.keyClicks(dialog.first, "not the passphrase")
        qtbot.keyClick(dialog.first, Qt.Key.Key_Return)
        assert dialog.isVisible()  # asked again, with the reason
        errors.append(dialog.error.text())
        dialog.first.clear()
        qtbot.keyClicks(dialog.first, recovery_key)
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    answers = ModalAnswers(qtbot, [wrong_then_recovery_key])
    controller.open(str(db_path))
    assert answers.seen == [PassphraseDialog]
    assert errors
    assert "does not open" in errors[0]
    assert controller.ctx is not None
    assert controller.ctx.contacts.count() == 1


@pytest.mark.usefixtures("no_keychain")
def test_cancel_at_the_passphrase_prompt_quits(
    qtbot: QtBot, controller: Controller, db_path: Path, paths: AppPaths, clock: FixedClock
) -> None:
    build_context(db_path, paths=paths, clock=clock, keys=KeyRequest(lambda *_: PASSPHRASE)).close()

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    answers = ModalAnswers(qtbot, [cancel])
    with pytest.raises(UserError, match="passphrase or recovery key"):
        controller.open(str(db_path))
    assert answers.seen == [PassphraseDialog]


class HeldBackup:
    """Holds the on-close backup in the worker until released or cancelled."""

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


def _opened_and_changed(controller: Controller, db_path: Path, paths: AppPaths) -> AppContext:
    build_context(db_path, paths=paths).close()
    controller.open(str(db_path))
    assert controller.ctx is not None
    controller.ctx.contacts.create(ContactDraft(first_name="Ada"))  # the session changed data
    return controller.ctx


def _quit(qtbot: QtBot, controller: Controller) -> FinishingBackupDialog:
    window = controller.window
    assert window is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.keySequence(window, QKeySequence("Ctrl+Q"))
    assert not window.isVisible()  # closed at once, whatever the backup still does
    finishing = window.security_actions.finishing
    assert isinstance(finishing, FinishingBackupDialog)
    assert finishing.isVisible()
    return finishing


def test_quit_closes_the_window_at_once_and_finishes_the_backup_in_a_small_window(
    qtbot: QtBot,
    controller: Controller,
    db_path: Path,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = _opened_and_changed(controller, db_path, paths)
    held = HeldBackup(ctx, monkeypatch)
    finishing = _quit(qtbot, controller)
    qtbot.waitUntil(held.inside.is_set, timeout=WAIT_MS)
    assert not ctx.closed  # the database stays open for the backup
    assert ctx.backups.backups() == []  # nothing replaced or added before it is verified
    with qtbot.waitSignal(finishing.over, timeout=WAIT_MS):
        held.release.set()
    made = ctx.backups.backups()
    assert len(made) == 1
    assert not list(made[0].path.parent.glob("*.partial*"))
    controller.close()
    assert ctx.closed


def test_skip_stops_the_backup_at_quit_and_leaves_nothing(
    qtbot: QtBot,
    controller: Controller,
    db_path: Path,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = _opened_and_changed(controller, db_path, paths)
    held = HeldBackup(ctx, monkeypatch)
    finishing = _quit(qtbot, controller)
    qtbot.waitUntil(held.inside.is_set, timeout=WAIT_MS)
    with qtbot.waitSignal(finishing.over, timeout=WAIT_MS):
        qtbot.mouseClick(finishing.skip_button, Qt.MouseButton.LeftButton)
    controller.close()
    QApplication.processEvents()
    from app.ui.common.workers import stop_tasks  # noqa: PLC0415 - as the app does at quit

    assert stop_tasks()
    folder = paths.data_dir / "backups"
    assert not folder.exists() or not [p for p in folder.iterdir() if "auto-" in p.name]
    assert ctx.closed


def test_quit_without_changes_closes_without_a_backup(
    qtbot: QtBot, controller: Controller, db_path: Path, paths: AppPaths
) -> None:
    build_context(db_path, paths=paths).close()
    controller.open(str(db_path))
    window = controller.window
    assert window is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.keySequence(window, QKeySequence("Ctrl+Q"))
    assert not window.isVisible()
    assert window.security_actions.finishing is None


def _type_back(qtbot: QtBot, dialog: QWidget) -> None:
    assert isinstance(dialog, RecoveryKeyDialog)
    qtbot.keyClicks(dialog.confirm, dialog.key_label.text().rsplit("-", 1)[-1])
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)


@pytest.mark.usefixtures("no_keychain")
def test_encryption_dialog_closes_by_default_and_changes_the_passphrase(
    qtbot: QtBot, controller: Controller, db_path: Path, paths: AppPaths, clock: FixedClock
) -> None:
    build_context(db_path, paths=paths, clock=clock, keys=KeyRequest(lambda *_: PASSPHRASE)).close()
    new_passphrase = "a brand new passphrase"  # noqa: S105 - a test value
    seen: dict[str, object] = {}

    def type_passphrase(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        qtbot.keyClicks(dialog.first, PASSPHRASE)
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    def encryption(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        buttons = {b.text().replace("&", ""): b for b in dialog.buttons()}
        seen["default"] = dialog.defaultButton().text().replace("&", "")
        renew = buttons["New Recovery Key"]
        seen["renew"] = (renew.isEnabled(), renew.toolTip())
        qtbot.mouseClick(buttons["Change Passphrase…"], Qt.MouseButton.LeftButton)

    def choose_new(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        assert "old recovery key stop working" in _text(dialog)
        qtbot.keyClicks(dialog.first, new_passphrase)
        qtbot.keyClicks(dialog.second, new_passphrase)
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    answers = ModalAnswers(
        qtbot, [type_passphrase, encryption, choose_new, lambda d: _type_back(qtbot, d)]
    )
    controller.open(str(db_path))
    first = controller.window
    assert first is not None
    first.security_actions.encryption_action.trigger()
    qtbot.waitUntil(lambda: controller.window is not first, timeout=WAIT_MS)
    assert answers.seen == [PassphraseDialog, QMessageBox, PassphraseDialog, RecoveryKeyDialog]
    assert seen["default"] == "Close"
    enabled, tooltip = seen["renew"]  # type: ignore[misc]
    assert not enabled
    assert "passphrase" in str(tooltip)
    assert key_from_secret(db_path, PASSPHRASE) is None
    assert key_from_secret(db_path, new_passphrase) is not None
    assert controller.ctx is not None
    assert controller.ctx.encrypted


def test_welcome_offers_the_large_sample(
    qtbot: QtBot, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    sizes: list[DemoSize] = []

    def recorded(_db: object, _audit: object, size: DemoSize, **_kw: object) -> None:
        sizes.append(size)

    monkeypatch.setattr("app.services.demo.generate", recorded)  # imported on first run

    def large(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstRunDialog)
        qtbot.mouseClick(dialog.large_sample_button, Qt.MouseButton.LeftButton)

    answers = ModalAnswers(qtbot, [lambda d: _type_back(qtbot, d), large])
    controller.open(None)
    qtbot.waitUntil(lambda: sizes == [DemoSize.LARGE], timeout=WAIT_MS)
    assert answers.seen == [RecoveryKeyDialog, FirstRunDialog]
