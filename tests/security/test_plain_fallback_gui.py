"""GUI: cancelling the passphrase for a new database (no keychain) offers an unencrypted one,
says the risk, and only "Create unencrypted" creates it plain."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from app.bootstrap import build_context
from app.config.paths import AppPaths
from app.domain.clock import FixedClock
from app.domain.errors import UserError
from app.storage.engine import is_plain_sqlite
from app.ui.security.dialogs import PassphraseDialog, PlainFallbackDialog, gui_keys
from keyring.backends import fail
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen

Answer = Callable[[QWidget], None]


@pytest.fixture
def no_keychain() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


class ModalAnswers:
    """Answers each modal dialog as it opens, in order, and records which kinds were shown."""

    def __init__(self, answers: list[Answer]) -> None:
        self.answers = answers
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
        self._current = modal
        self.seen.append(type(modal))
        self.answers.pop(0)(modal)


def cancel_passphrase(widget: QWidget) -> None:
    assert isinstance(widget, PassphraseDialog)
    widget.reject()


def fallback(button: str) -> Answer:
    def press(widget: QWidget) -> None:
        assert isinstance(widget, PlainFallbackDialog)
        assert widget.text() == "Create an unencrypted database instead?"
        assert "unencrypted" in widget.informativeText()
        assert "lost laptop" in widget.informativeText()
        getattr(widget, button).click()

    return press


def type_passphrase(widget: QWidget) -> None:
    assert isinstance(widget, PassphraseDialog)
    widget.first.setText("a long enough passphrase")
    widget.second.setText("a long enough passphrase")
    widget.buttons.accepted.emit()
    assert widget.result() == QDialog.DialogCode.Accepted


@pytest.mark.usefixtures("no_keychain")
def test_cancel_then_create_unencrypted_makes_a_plain_database(
    qtbot: QtBot, db_path: Path, paths: AppPaths, clock: FixedClock
) -> None:
    answers = ModalAnswers(
        [
            cancel_passphrase,
            fallback("retry_button"),  # "no": back to the passphrase prompt
            cancel_passphrase,
            fallback("plain_button"),
        ]
    )
    ctx = build_context(db_path, paths=paths, clock=clock, keys=gui_keys(None))
    try:
        assert answers.seen == [
            PassphraseDialog,
            PlainFallbackDialog,
            PassphraseDialog,
            PlainFallbackDialog,
        ]
        assert not ctx.encrypted
        assert is_plain_sqlite(db_path)
    finally:
        ctx.close()


@pytest.mark.usefixtures("no_keychain")
def test_going_back_to_the_prompt_can_still_encrypt(
    qtbot: QtBot, db_path: Path, paths: AppPaths, clock: FixedClock
) -> None:
    answers = ModalAnswers([cancel_passphrase, fallback("retry_button"), type_passphrase])
    ctx = build_context(db_path, paths=paths, clock=clock, keys=gui_keys(None))
    try:
        assert answers.seen == [PassphraseDialog, PlainFallbackDialog, PassphraseDialog]
        assert ctx.encrypted
        assert not is_plain_sqlite(db_path)
    finally:
        ctx.close()


@pytest.mark.usefixtures("no_keychain")
def test_cancelling_both_creates_nothing(
    qtbot: QtBot, db_path: Path, paths: AppPaths, clock: FixedClock
) -> None:
    answers = ModalAnswers([cancel_passphrase, fallback("cancel_button")])
    with pytest.raises(UserError, match=r"^No database was created at .*unencrypted\.$"):
        build_context(db_path, paths=paths, clock=clock, keys=gui_keys(None))
    assert answers.seen == [PassphraseDialog, PlainFallbackDialog]
    assert not db_path.exists()
