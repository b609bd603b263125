"""The open database of the GUI: its context, instance lock and window. Opening another database
builds a new context and window and closes the old ones.

Importing this module loads SQLAlchemy, the ORM and the services; start-up imports it only once
the first frame is on screen (app.ui.application.run_gui).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QLockFile, QObject
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

from app.bootstrap import AppContext, build_context
from app.config.paths import APP_NAME, AppPaths
from app.domain.errors import UserError
from app.services.security import KeyRequest, PromptReason, key_opens, recovery_key_text
from app.storage.engine import DatabaseKey, database_url, sqlite_file
from app.storage.schema import SchemaAction
from app.ui.common.workers import CancelFlag, Progress, Task, deliver
from app.ui.first_run import FirstRunChoice, FirstRunDialog
from app.ui.i18n import LANGUAGE_PREF, error_text, language_notifier
from app.ui.main_window import MainWindow
from app.ui.security.actions import after_open
from app.ui.security.dialogs import gui_keys
from app.ui.settings.base import apply_business_live
from app.ui.single_instance import acquire_instance_lock

if TYPE_CHECKING:
    from app.services.demo import DemoSize

log = logging.getLogger(__name__)


class Controller(QObject):
    """Holds the open database (context, lock, window) and switches to another on request."""

    def __init__(self, paths: AppPaths) -> None:
        super().__init__()
        self.paths = paths
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self._lock: QLockFile | None = None
        self._file: Path | None = None
        language_notifier.changed.connect(self._rebuild_window)

    def open(self, target: str | None) -> None:
        """Open `target` (or the default database); raises UserError and keeps the current one.

        The new window is shown before the old one closes, so Qt never sees "last window
        closed" and quits mid-switch; reopening the same file keeps its lock.
        """
        url = database_url(target or self.paths.default_database)
        file = sqlite_file(url)
        same_file = file is not None and file == self._file
        lock = self._lock if same_file else (acquire_instance_lock(file) if file else None)
        keys = gui_keys(self.window)
        if same_file and self.ctx is not None and self.ctx.db.key is not None:
            keys = known_key_first(self.ctx.db.key, keys)
        try:
            ctx = build_context(url.render_as_string(False), paths=self.paths, keys=keys)
        except BaseException:
            if lock is not None and not same_file:
                lock.unlock()
            raise
        old_window, old_ctx, old_lock = self.window, self.ctx, self._lock
        self.ctx, self._lock, self._file = ctx, lock, file
        self.window = self._new_window(ctx)
        self._release(old_window, old_ctx, None if same_file else old_lock)
        after_open(self.window, ctx, self.window.security_actions)
        if ctx.schema.action is SchemaAction.CREATED and ctx.contacts.count() == 0:
            self._first_run(ctx, self.window)

    def _rebuild_window(self, language: str) -> None:
        """After a language switch: a new window in the new language, same layout and pane.

        A dialog still open on the old window (Settings) closes first; the rebuild waits.
        The old window's preferences were loaded before the switch, so they learn the language
        before they are saved.
        """
        old = self.window
        if old is None or self.ctx is None:
            return
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog) and modal.isVisible():
            modal.finished.connect(lambda _result: self._rebuild_window(language))
            return
        old.prefs.extra[LANGUAGE_PREF] = language
        old.save_layout()
        self.window = self._new_window(self.ctx)
        old.removeEventFilter(old.security_actions)  # not a real close: no backup-on-close
        old.close()
        old.deleteLater()

    def _new_window(self, ctx: AppContext) -> MainWindow:
        window = MainWindow(ctx)
        window.open_database_requested.connect(self._switch)
        window.security_actions.finish_on_close()
        window.show()
        return window

    def close(self) -> None:
        self._release(self.window, self.ctx, self._lock)
        self.window, self.ctx, self._lock, self._file = None, None, None, None

    @staticmethod
    def _release(window: MainWindow | None, ctx: AppContext | None, lock: QLockFile | None) -> None:
        """Close the window at once; the database and its lock go once a backup still running
        at close (in its own small window) is over."""
        finishing = None
        if window is not None:
            window.close()
            finishing = window.security_actions.finishing
            window.deleteLater()

        def release() -> None:
            if ctx is not None:
                ctx.close()
            if lock is not None:
                lock.unlock()

        if finishing is not None and not finishing.ended:
            finishing.over.connect(release)
        else:
            release()

    def _switch(self, target: str) -> None:
        try:
            self.open(target)
        except UserError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot open database"), error_text(exc))

    def _first_run(self, ctx: AppContext, window: MainWindow) -> None:
        dialog = FirstRunDialog(
            ctx.location, window, encrypted=ctx.encrypted, business=ctx.settings.business()
        )
        if not dialog.exec():
            return
        if dialog.choice is FirstRunChoice.JOIN:
            self._join_team(ctx, window)
            return
        save_first_run_business(ctx, dialog)
        from app.services.demo import DemoSize  # noqa: PLC0415 - first run only

        if dialog.choice is FirstRunChoice.SAMPLE:
            self._load_sample(ctx, window, DemoSize.SMALL)
        elif dialog.choice is FirstRunChoice.LARGE_SAMPLE:
            self._load_sample(ctx, window, DemoSize.LARGE)
        elif dialog.choice is FirstRunChoice.IMPORT:
            from app.ui.import_export.launch import open_import_wizard  # noqa: PLC0415

            open_import_wizard(window)

    def _join_team(self, ctx: AppContext, window: MainWindow) -> None:
        """Settings ▸ Team, where the person joins; once the first sync brought the team's
        data down, the database opens again so every pane shows it."""
        from app.ui.settings.pages import SETTINGS_PAGES  # noqa: PLC0415 - first run only
        from app.ui.settings.team_page import TeamPage  # noqa: PLC0415

        index = SETTINGS_PAGES.index(TeamPage)
        settings = window.open_settings(index)
        page = cast(TeamPage, settings.page_widget(index))
        location = ctx.location

        def joined() -> None:
            settings.close()
            self._switch(location)

        page.joined.connect(joined)
        page.address.setFocus()

    def _load_sample(self, ctx: AppContext, window: MainWindow, size: DemoSize) -> None:
        """Generate the sample off the GUI thread, then reopen so every pane sees it."""
        from app.services.demo import generate  # noqa: PLC0415 - first run only

        location = ctx.location

        def work(progress: Progress, cancelled: CancelFlag) -> object:
            return generate(ctx.db, ctx.audit, size, progress=progress, cancelled=cancelled)

        task = Task(work)
        dialog = QProgressDialog(
            self.tr("Creating sample data…"), self.tr("Cancel"), 0, 100, window
        )
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(task.cancelled.cancel)
        # The dialog goes with its window (a language switch replaces it); the reopen and the
        # report belong to the controller, which outlives both.
        deliver(
            task,
            dialog,
            lambda _result: dialog.reset(),
            lambda _message: dialog.reset(),
            lambda _label, share: dialog.setValue(int(share * 100)),
        )
        deliver(
            task,
            self,
            lambda _result: self._switch(location),
            lambda message: _report_failure(self.window, message),
        )
        task.start()


def known_key_first(known: DatabaseKey, keys: KeyRequest) -> KeyRequest:
    """Reopening the same file (with the sample data loaded, after a restore) tries the key it
    was open with before asking: a file keyed by a passphrase has no keychain entry, and the
    person should not be asked for the passphrase they have just chosen."""

    def ask(reason: PromptReason, path: Path) -> str | None:
        if reason is PromptReason.UNLOCK and key_opens(path, known):
            return recovery_key_text(known.raw)
        return keys.prompt(reason, path) if keys.prompt is not None else None

    return replace(keys, prompt=ask)


def save_first_run_business(ctx: AppContext, dialog: FirstRunDialog) -> None:
    """Store the business basics asked on first run (the dialog accepts only valid ones)."""
    ctx.settings.save_business(dialog.business())
    apply_business_live(ctx)


def _report_failure(parent: QWidget | None, message: str) -> None:
    fallback = QApplication.translate("Application", "Something went wrong; see the log file.")
    QMessageBox.warning(parent, APP_NAME, message or fallback)
