"""File menu entries for backups, restore, encryption and the audit log, the rolling backup
timer, and the checks run once a database is open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from app.bootstrap import AppContext
from app.domain.errors import UserError
from app.services.backup import newest_sound_backup, restore_backup
from app.services.security import (
    change_recovery_key,
    decrypt_file,
    encrypt_file,
    keychain_usable,
)
from app.storage.health import location_warning, quick_check_ok
from app.ui.audit.view import AuditLogDialog
from app.ui.common.workers import CancelFlag, Progress, Task
from app.ui.i18n import error_text
from app.ui.security.dialogs import RecoveryKeyDialog, gui_keys

T = TypeVar("T")
BACKUP_FILTER = "Rapport backups (*.db);;All files (*)"
HOUR_MS = 60 * 60 * 1000


class SecurityActions(QObject):
    """Owns the actions; `reopen(path)` is the window's way to open a database again."""

    def __init__(self, window: QMainWindow, ctx: AppContext, reopen: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window, self.ctx, self._reopen = window, ctx, reopen
        self.backup_action = QAction(self.tr("&Back Up…"), window)
        self.backup_action.setShortcut("Ctrl+Shift+B")
        self.backup_action.triggered.connect(self.back_up_to_file)
        self.restore_action = QAction(self.tr("&Restore from Backup…"), window)
        self.restore_action.triggered.connect(self.restore_from_file)
        self.encryption_action = QAction(self.tr("&Encryption…"), window)
        self.encryption_action.triggered.connect(self.encryption)
        self.audit_action = QAction(self.tr("&Audit Log…"), window)
        self.audit_action.triggered.connect(lambda: AuditLogDialog(ctx, window).exec())
        self.startup_check: Task | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(HOUR_MS)
        self._timer.timeout.connect(self._daily_backup)
        self._timer.start()
        window.installEventFilter(self)

    def add_to(self, menu: QMenu, before: QAction) -> None:
        for action in (
            self.backup_action,
            self.restore_action,
            self.encryption_action,
            self.audit_action,
        ):
            menu.insertAction(before, action)
        menu.insertSeparator(before)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and not self.ctx.closed:
            self._guarded(self.ctx.backups.backup_if_changed)
        return False

    # -- backups ---------------------------------------------------------------------------

    def _daily_backup(self) -> None:
        if self.ctx.closed:
            return

        def work(_progress: Progress, _cancelled: CancelFlag) -> object:
            return self.ctx.backups.backup_if_due()

        task = Task(work)
        task.signals.failed.connect(self._warn)
        task.start()

    def back_up_to_file(self) -> None:
        stem = self.ctx.db.path.stem if self.ctx.db.path else "rapport"
        stamp = self.ctx.clock.now().strftime("%Y-%m-%d")
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Back Up"),
            str(self.ctx.backups.folder() / f"{stem}-{stamp}.db"),
            BACKUP_FILTER,
        )
        if not path:
            return
        made = self._guarded(lambda: self.ctx.backups.backup_to(Path(path)))
        if made is not None:
            self.window.statusBar().showMessage(
                self.tr("Backed up to %1").replace("%1", str(made)), 8000
            )

    def restore_from_file(self, chosen: Path | None = None) -> None:
        if chosen is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Restore from Backup"),
                str(self.ctx.backups.folder()),
                BACKUP_FILTER,
            )
            if not path:
                return
            chosen = Path(path)
        target = self.ctx.db.path
        if target is None:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the open database with %1? The backup is checked first, and the "
                "current database is kept in the backup folder."
            ).replace("%1", str(chosen)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.db.dispose()
        result = self._guarded(
            lambda: restore_backup(
                chosen,
                target,
                gui_keys(self.window),
                self.ctx.backups.folder(),
                self.ctx.clock.now(),
            )
        )
        self._reopen(str(target))
        if result is not None:
            QMessageBox.information(
                self.window,
                self.tr("Restore from backup"),
                self.tr("The backup was restored; the previous database was kept as %1.").replace(
                    "%1", str(result.kept)
                ),
            )

    # -- encryption ------------------------------------------------------------------------

    def encryption(self) -> None:
        path, key = self.ctx.db.path, self.ctx.db.key
        if path is None:
            return
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Encryption"))
        if key is None:
            box.setText(self.tr("%1 is not encrypted.").replace("%1", str(path)))
            encrypt = box.addButton(self.tr("&Encrypt"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is encrypt:
                self._rekey(lambda: encrypt_file(path, gui_keys(self.window)).recovery_key)
            return
        box.setText(self.tr("%1 is encrypted.").replace("%1", str(path)))
        renew = box.addButton(self.tr("&New Recovery Key"), QMessageBox.ButtonRole.AcceptRole)
        renew.setEnabled(keychain_usable())
        decrypt = box.addButton(self.tr("&Decrypt…"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is renew:
            self._rekey(lambda: change_recovery_key(path, key).recovery_key)
        elif box.clickedButton() is decrypt and self._confirm_decrypt():
            self._rekey(lambda: decrypt_file(path, key))

    def _confirm_decrypt(self) -> bool:
        answer = QMessageBox.warning(
            self.window,
            self.tr("Decrypt database"),
            self.tr("Store this database unencrypted? Anyone who gets the file can then read it."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _rekey(self, change: Callable[[], str | None]) -> None:
        """Close the database, re-key it through a verified copy, show a new recovery key,
        and reopen it."""
        location = self.ctx.location
        self.ctx.db.dispose()
        recovery = self._guarded(change)
        if recovery:
            RecoveryKeyDialog(recovery, location, self.window).exec()
        self._reopen(location)

    # -- helpers ---------------------------------------------------------------------------

    def _guarded(self, work: Callable[[], T]) -> T | None:
        try:
            return work()
        except UserError as exc:
            self._warn(error_text(exc))
            return None

    def _warn(self, message: str) -> None:
        QMessageBox.warning(
            self.window, self.tr("Rapport"), message or self.tr("Something went wrong.")
        )


def after_open(window: QWidget, ctx: AppContext, actions: SecurityActions) -> None:
    """Once the window shows: the recovery key of a new database, a risky-folder warning, and
    a quick_check whose failure offers the newest sound backup (the damaged file is kept)."""
    if ctx.recovery_key:
        dialog = RecoveryKeyDialog(ctx.recovery_key, ctx.location, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # window-modal, without blocking the start-up that follows
        ctx.recovery_key = None
    if ctx.db.path is None:
        return
    warning = location_warning(ctx.db.path)
    if warning:
        QMessageBox.warning(
            window, QCoreApplication.translate("SecurityActions", "Risky location"), warning
        )

    def check(_progress: Progress, _cancelled: CancelFlag) -> object:
        return quick_check_ok(ctx.db)  # seconds on a large file: off the GUI thread

    task = Task(check)
    task.signals.done.connect(lambda ok: None if ok else _offer_restore(window, ctx, actions))
    actions.startup_check = task
    task.start()


def _offer_restore(window: QWidget, ctx: AppContext, actions: SecurityActions) -> None:
    if ctx.closed:
        return
    backup = newest_sound_backup(ctx.backups, gui_keys(window))
    if backup is None:
        QMessageBox.critical(
            window,
            QCoreApplication.translate("SecurityActions", "Damaged database"),
            QCoreApplication.translate(
                "SecurityActions",
                "The database failed its check and no sound backup was found; the file was "
                "left as it is.",
            ),
        )
        return
    actions.restore_from_file(backup)
