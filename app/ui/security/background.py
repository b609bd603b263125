"""Backups in the background: one at a time, copied in steps by SQLite's online backup API (the
app's own sqlcipher3 connection), with progress and Cancel in the status bar while the window
stays usable. A copy is written beside its target and renamed into place only once checked,
so the last good backup is never replaced by an unfinished one.

At quit the main window closes at once; a backup still running (or the on-close backup, when
the session changed data) finishes in a small "Finishing backup…" window with Skip.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.common.workers import CancelFlag, Progress, Task

BackupWork = Callable[[Progress, CancelFlag], Path | None]
STATUS_BAR_WIDTH = 140
FINISHING_WIDTH = 360


class BackgroundBackup(QObject):
    """Runs one backup at a time in the pool and reports it; the owner says what to back up.

    `finished(path)` gives the file written (None when nothing was due); `failed(message,
    cancelled)` a refusal in the interface language ("" for a bug, which is logged).
    """

    progressed = Signal(str, float)
    finished = Signal(object)
    failed = Signal(str, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.task: Task | None = None

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self, work: BackupWork) -> bool:
        """Start `work` unless a backup is already running (then False: one at a time)."""
        if self.task is not None:
            return False
        task = Task(work)
        task.signals.progress.connect(self.progressed)
        task.signals.done.connect(self._done)
        task.signals.failed.connect(self._failed)
        self.task = task
        task.start()
        return True

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancelled.cancel()

    def _done(self, result: object) -> None:
        self.task = None
        self.finished.emit(result if isinstance(result, Path) else None)

    def _failed(self, message: str) -> None:
        cancelled = self.task is not None and self.task.cancelled()
        self.task = None
        self.failed.emit(message, cancelled)


class BackupStatus(QWidget):
    """The status bar's view of a running backup: what it does, how far, and Cancel."""

    def __init__(self, runner: BackgroundBackup, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.runner = runner
        self.label = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(STATUS_BAR_WIDTH)
        self.progress.setAccessibleName(self.tr("Backup progress"))
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop this backup; the last good one is kept"))
        self.cancel_button.clicked.connect(runner.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.progress, self.cancel_button):
            layout.addWidget(widget)
        runner.progressed.connect(self._progressed)
        runner.finished.connect(self.hide)
        runner.failed.connect(self.hide)
        bar.addPermanentWidget(self)
        self.hide()

    def _progressed(self, _stage: str, share: float) -> None:
        self.label.setText(self._stage_text(share))
        self.progress.setValue(round(share * 100))
        self.show()

    def _stage_text(self, share: float) -> str:
        if share >= 1.0:
            return self.tr("Checking the backup…")
        return self.tr("Backing up… %1%").replace("%1", str(round(share * 100)))


class FinishingBackupDialog(QDialog):
    """A small window (the main one has closed) that follows the backup still running at quit;
    Skip stops it, and the copy is dropped with the last good backup kept; `over` at the end."""

    over = Signal()

    def __init__(self, runner: BackgroundBackup) -> None:
        super().__init__(None)
        self.runner = runner
        self._ended = False
        self.setWindowTitle(self.tr("Rapport"))
        self.setMinimumWidth(FINISHING_WIDTH)
        self.label = QLabel(self.tr("Finishing backup…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.skip_button = QPushButton(self.tr("&Skip"))
        self.skip_button.setToolTip(self.tr("Quit now; the last good backup is kept"))
        self.skip_button.clicked.connect(self.skip)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.skip_button)
        layout.addLayout(row)
        runner.progressed.connect(self._progressed)
        runner.finished.connect(self._over)
        runner.failed.connect(self._failed)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _progressed(self, _stage: str, share: float) -> None:
        self.progress.setValue(round(share * 100))
        if share >= 1.0:
            self.label.setText(self.tr("Checking the backup…"))

    @property
    def ended(self) -> bool:
        """The backup is over (`over` was emitted): the database may close."""
        return self._ended

    def skip(self) -> None:
        """Stop the copy; `over` follows once the copy has stopped (it checks between steps),
        never while it still reads the database, which closes after it. A stopped copy leaves
        nothing behind."""
        if not self.runner.running:
            self._over()
            return
        self.skip_button.setEnabled(False)
        self.label.setText(self.tr("Stopping the backup…"))
        self.runner.cancel()

    def _failed(self, message: str, cancelled: bool) -> None:
        if not cancelled:
            QMessageBox.warning(
                self, self.tr("Rapport"), message or self.tr("The backup failed; see the log.")
            )
        self._over()

    def _over(self, _result: object = None) -> None:
        if self._ended:
            return
        self._ended = True
        for signal, slot in (
            (self.runner.progressed, self._progressed),
            (self.runner.finished, self._over),
            (self.runner.failed, self._failed),
        ):
            signal.disconnect(slot)
        self.over.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._ended:  # closing the window is Skip too; it closes once the copy stopped
            event.ignore()
            self.skip()
            return
        super().closeEvent(event)
