"""File menu entries for backups, restore, encryption and the audit log, the rolling backup
timer, and the checks run once a database is open."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from app.bootstrap import AppContext
from app.domain.errors import UserError
from app.services.backup import (
    RestoreResult,
    backup_key,
    newest_sound_backup,
    restore_with_key,
)
from app.services.security import (
    OpenedKey,
    PromptReason,
    change_passphrase,
    change_recovery_key,
    decrypt_file,
    encrypt_file,
    forget_key,
    keychain_usable,
    new_file_key,
)
from app.storage.engine import is_plain_sqlite
from app.storage.health import location_warning, quick_check_ok
from app.ui.audit.view import AuditLogDialog
from app.ui.common.workers import CancelFlag, Progress, Task
from app.ui.i18n import error_text
from app.ui.security.background import BackgroundBackup, BackupStatus, FinishingBackupDialog
from app.ui.security.dialogs import PassphraseDialog, RecoveryKeyDialog, gui_keys
from app.ui.security.job import DatabaseJob, Work

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
        self.backup_action.triggered.connect(self.ask_back_up)
        self.restore_action = QAction(self.tr("&Restore from Backup…"), window)
        self.restore_action.triggered.connect(self.ask_restore)
        self.encryption_action = QAction(self.tr("&Encryption…"), window)
        self.encryption_action.triggered.connect(self.encryption)
        self.audit_action = QAction(self.tr("&Audit Log…"), window)
        self.audit_action.triggered.connect(lambda: AuditLogDialog(ctx, window).exec())
        self.startup_check: Task | None = None
        self.job: DatabaseJob | None = None  # the last restore or re-key started
        self.backups = BackgroundBackup(self)
        self.backups.finished.connect(self._backed_up)
        self.backups.failed.connect(self._backup_failed)
        self.backup_status = BackupStatus(self.backups, window.statusBar())
        self.finishing: FinishingBackupDialog | None = None  # the backup finishing at quit
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setInterval(HOUR_MS)
        self._timer.timeout.connect(self._daily_backup)
        self._timer.start()

    def finish_on_close(self) -> None:
        """Back up when the window closes (the application's window, not a test's)."""
        self.window.installEventFilter(self)

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
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.finish_backups()
        return False

    def finish_backups(self) -> FinishingBackupDialog | None:
        """At close: let a running backup finish, or start the on-close one when this session
        changed data, in a small window of its own with Skip (None when nothing is due). The
        runner moves to that window, which outlives this one."""
        if self._closed or self.ctx.closed:
            return None
        self._closed = True
        if not self.backups.running:
            if not self.ctx.backups.changed_since_backup():
                return None
            service = self.ctx.backups

            def work(progress: Progress, cancelled: CancelFlag) -> Path:
                return service.backup_now(progress, cancelled)

            self.backups.start(work)
        dialog = FinishingBackupDialog(self.backups)
        self.backups.setParent(dialog)
        dialog.over.connect(self._finished_at_close)
        dialog.show()
        self.finishing = dialog
        return dialog

    def _finished_at_close(self) -> None:
        self.finishing = None  # the window deletes itself as it closes

    # -- backups ---------------------------------------------------------------------------

    def _daily_backup(self) -> None:
        if self.ctx.closed:
            return
        service = self.ctx.backups

        def work(progress: Progress, cancelled: CancelFlag) -> Path | None:
            return service.backup_if_due(progress, cancelled)

        self.backups.start(work)  # busy with another backup: the next hour's tick tries again

    def ask_back_up(self) -> None:
        """File ▸ Back Up: a slot of its own, so the action's checked flag never reaches
        back_up_to_file as the file to write."""
        self.back_up_to_file()

    def ask_restore(self) -> None:
        """File ▸ Restore: the backup is asked for (the action's checked flag is no file)."""
        self.restore_from_file()

    def back_up_to_file(self, chosen: Path | None = None) -> bool:
        """Back up to a file the person chooses, in the background (progress in the status
        bar); False when nothing was started."""
        if self.backups.running:
            self.window.statusBar().showMessage(
                self.tr("A backup is already running; wait for it or cancel it first."), 8000
            )
            return False
        if chosen is None:
            folder = self.ctx.backups.folder()
            with suppress(OSError):  # the dialog then starts elsewhere; the choice is checked
                folder.mkdir(parents=True, exist_ok=True)
            stem = self.ctx.db.path.stem if self.ctx.db.path else "rapport"
            stamp = self.ctx.clock.now().strftime("%Y-%m-%d")
            path, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Back Up"),
                str(folder / f"{stem}-{stamp}.db"),
                BACKUP_FILTER,
            )
            if not path:
                return False
            chosen = Path(path)
        backups, target = self.ctx.backups, chosen

        def work(progress: Progress, cancelled: CancelFlag) -> Path:
            return backups.backup_to(target, progress, cancelled)

        return self.backups.start(work)

    def _backed_up(self, made: object) -> None:
        if made is not None and not self._closed:
            self.window.statusBar().showMessage(
                self.tr("Backed up to %1").replace("%1", str(made)), 8000
            )

    def _backup_failed(self, message: str, cancelled: bool) -> None:
        if self._closed:
            return  # the window has closed: the finishing window tells
        if cancelled:
            self.window.statusBar().showMessage(
                self.tr("Backup cancelled; the last good backup is kept."), 8000
            )
        else:
            self._warn(message)

    def restore_from_file(self, chosen: Path | None = None) -> DatabaseJob | None:
        """Replace the database with a backup: checked, the current file kept, in the pool."""
        if chosen is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Restore from Backup"),
                str(self.ctx.backups.folder()),
                BACKUP_FILTER,
            )
            if not path:
                return None
            chosen = Path(path)
        target = self.ctx.db.path
        if target is None:
            return None
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the open database with %1? The backup is checked first, and the "
                "current database is kept in the backup folder."
            ).replace("%1", str(chosen)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            key = backup_key(chosen, gui_keys(self.window))  # may ask: on the GUI thread
        except UserError as exc:
            self._warn(str(exc))
            return None
        folder, now = self.ctx.backups.folder(), self.ctx.clock.now()

        def work(progress: Progress, cancelled: CancelFlag) -> RestoreResult:
            return restore_with_key(
                chosen, target, key, folder, now, progress=progress, cancelled=cancelled
            )

        job = self._start(
            self.tr("Restoring the backup…"),
            work,
            replaces_file=True,
            stages={
                "copy": self.tr("Copying the backup…"),
                "verify": self.tr("Checking the backup…"),
                "keep": self.tr("Keeping a copy of the current database…"),
                "replace": self.tr("Putting the backup in place…"),
            },
        )
        job.succeeded.connect(self._restored)
        return job

    def _restored(self, result: object) -> None:
        location = self.ctx.location
        self.ctx.close()  # its files were replaced: nothing may read them through it again
        if isinstance(result, RestoreResult):
            QMessageBox.information(
                self.window,
                self.tr("Restore from backup"),
                self.tr("The backup was restored; the previous database was kept as %1.").replace(
                    "%1", str(result.kept)
                ),
            )
        self._reopen(location)

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
                self.encrypt()
            return
        by_passphrase = not self.ctx.in_keychain
        box.setText(
            (
                self.tr("%1 is encrypted; its passphrase or its recovery key opens it.")
                if by_passphrase
                else self.tr(
                    "%1 is encrypted; its key is kept in this computer's keychain, and its "
                    "recovery key opens it anywhere."
                )
            ).replace("%1", str(path))
        )
        change = None
        if by_passphrase:
            change = box.addButton(
                self.tr("Change &Passphrase…"), QMessageBox.ButtonRole.AcceptRole
            )
        renew = box.addButton(self.tr("&New Recovery Key"), QMessageBox.ButtonRole.AcceptRole)
        renew.setEnabled(not by_passphrase and keychain_usable())
        renew.setToolTip(self._renew_tooltip(by_passphrase, renew.isEnabled()))
        decrypt = box.addButton(self.tr("&Decrypt…"), QMessageBox.ButtonRole.DestructiveRole)
        close = box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(close)  # Enter must never start a re-encryption
        box.setEscapeButton(close)
        box.exec()
        if change is not None and box.clickedButton() is change:
            self.change_passphrase()
        elif box.clickedButton() is renew:
            self.renew_recovery_key()
        elif box.clickedButton() is decrypt and self._confirm_decrypt():
            self.decrypt()

    def _renew_tooltip(self, by_passphrase: bool, enabled: bool) -> str:
        """Why "New Recovery Key" is greyed (or what it does): never greyed without a reason."""
        if by_passphrase:
            return self.tr(
                "Change the passphrase instead: that gives a new recovery key. Without a "
                "keychain, a random key would have nowhere to be kept."
            )
        if enabled:
            return self.tr("Re-encrypt with a new key: only the new recovery key opens it then.")
        return self.tr("A new recovery key needs the system keychain, which is not available.")

    def encrypt(self) -> DatabaseJob | None:
        """Encrypt the open plain database; its new key is made (and asked for) here first."""
        path = self.ctx.db.path
        opened = self._guarded(lambda: new_file_key(path, gui_keys(self.window))) if path else None
        if path is None or opened is None or opened.key is None:
            return None
        made = opened

        def work(progress: Progress, cancelled: CancelFlag) -> OpenedKey:
            return encrypt_file(path, made, progress, cancelled)

        job = self._rekey(self.tr("Encrypting the database…"), work)
        job.stopped.connect(lambda *_: _forget_unused(path, made))
        return job

    def decrypt(self) -> DatabaseJob | None:
        """Store the open database unencrypted (after the person confirmed it)."""
        path, key = self.ctx.db.path, self.ctx.db.key
        if path is None or key is None:
            return None

        def work(progress: Progress, cancelled: CancelFlag) -> None:
            decrypt_file(path, key, progress, cancelled)

        return self._rekey(self.tr("Decrypting the database…"), work)

    def renew_recovery_key(self) -> DatabaseJob | None:
        """Re-key with a fresh random key, so only the new recovery key opens the file."""
        path, key = self.ctx.db.path, self.ctx.db.key
        if path is None or key is None:
            return None

        def work(progress: Progress, cancelled: CancelFlag) -> OpenedKey:
            return change_recovery_key(path, key, progress, cancelled)

        return self._rekey(self.tr("Re-encrypting the database with a new key…"), work)

    def change_passphrase(self) -> DatabaseJob | None:
        """Re-key a passphrase-kept database with a new passphrase (asked twice, here first);
        its new recovery key is shown once the file is re-encrypted."""
        path, key = self.ctx.db.path, self.ctx.db.key
        if path is None or key is None:
            return None
        dialog = PassphraseDialog(PromptReason.CHANGE, path, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        passphrase = dialog.secret()

        def work(progress: Progress, cancelled: CancelFlag) -> OpenedKey:
            return change_passphrase(path, key, passphrase, progress, cancelled)

        return self._rekey(self.tr("Re-encrypting the database with the new passphrase…"), work)

    def _confirm_decrypt(self) -> bool:
        answer = QMessageBox.warning(
            self.window,
            self.tr("Decrypt database"),
            self.tr("Store this database unencrypted? Anyone who gets the file can then read it."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _rekey(self, label: str, work: Work) -> DatabaseJob:
        """Re-key through a verified copy in the pool, then show the new recovery key (if any)
        and reopen the database in a new window."""
        job = self._start(
            label,
            work,
            replaces_file=True,
            stages={
                "export": label,
                "verify": self.tr("Checking the new copy…"),
                "replace": self.tr("Putting the new copy in place…"),
            },
        )
        job.succeeded.connect(self._rekeyed)
        return job

    def _rekeyed(self, result: object) -> None:
        location = self.ctx.location
        if isinstance(result, OpenedKey) and result.key is not None:
            self.ctx.db.key = result.key  # the key the file opens with now, for the reopening
        self.ctx.close()  # keyed with the old key: nothing may read the file through it again
        if isinstance(result, OpenedKey) and result.recovery_key:
            RecoveryKeyDialog(
                result.recovery_key, location, self.window, in_keychain=result.in_keychain
            ).exec()
        self._reopen(location)

    def _start(
        self,
        label: str,
        work: Work,
        *,
        replaces_file: bool = False,
        stages: dict[str, str] | None = None,
    ) -> DatabaseJob:
        """Run `work` as a DatabaseJob; one that replaces the file closes the engine first."""
        job = DatabaseJob(
            self.window, label, work, self.ctx.db.dispose if replaces_file else None, stages
        )
        job.stopped.connect(self._stopped)
        self.job = job
        job.start()
        return job

    def _stopped(self, message: str, cancelled: bool) -> None:
        if cancelled:
            self.window.statusBar().showMessage(
                message or self.tr("Cancelled; nothing was changed."), 8000
            )
        else:
            self._warn(message)

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


def _forget_unused(path: Path, opened: OpenedKey) -> None:
    """A key made for an encryption that did not happen leaves the keychain again."""
    if opened.key is not None and opened.in_keychain and is_plain_sqlite(path):
        forget_key(opened.key.uid)


def after_open(window: QWidget, ctx: AppContext, actions: SecurityActions) -> None:
    """Once the window shows: the recovery key of a new database, a risky-folder warning, and
    a quick_check whose failure offers the newest sound backup (the damaged file is kept)."""
    if ctx.recovery_key:
        # First and alone: nothing else (the Welcome dialog) opens until it is acknowledged.
        RecoveryKeyDialog(
            ctx.recovery_key, ctx.location, window, in_keychain=ctx.in_keychain
        ).exec()
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
