"""Work on the database file itself (manual backup, restore, re-key) in the thread pool, behind a
progress dialog with Cancel, with the window kept quiet meanwhile.

Quiet means: every running timer of the window stopped (the stale-figure refresher, task
reminders, the daily backup, the panes' own timers; all read the database), the panes not
painting (their models fetch rows as they paint), and background work already started allowed
to finish before the file is touched. A job that fails or is cancelled gives the window back as
it was; one that replaced the file leaves the window paused for its owner to reopen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressDialog, QWidget

from app.ui.common.workers import CancelFlag, Progress, Task

IDLE_POLL_MS = 50
DIALOG_WIDTH = 380
IDLE_POLLS = 2  # idle twice in a row: results queued by finished work have been delivered

Work = Callable[[Progress, CancelFlag], Any]


class WindowPause:
    """Stops the window's running timers and swaps its panes for a still picture of them (so
    nothing paints, and painting cannot make a model fetch rows); `resume` undoes both."""

    def __init__(self, window: QMainWindow, own: tuple[QObject, ...]) -> None:
        self._window, self._own = window, own  # the job and its dialog: their timers run on
        self._stopped: list[QTimer] = []
        self._panes: QWidget | None = None
        self.paused = False

    def pause(self) -> None:
        self._stopped = [
            timer
            for timer in self._window.findChildren(QTimer)
            if timer.isActive() and not _inside(timer, self._own)
        ]
        for timer in self._stopped:
            timer.stop()
        central = self._window.centralWidget()
        if central is not None:
            still = QLabel()
            still.setPixmap(central.grab())  # painted once more, before anything is touched
            still.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            still.setEnabled(False)
            self._panes = self._window.takeCentralWidget()
            self._window.setCentralWidget(still)
        self.paused = True

    def resume(self) -> None:
        if self._panes is not None:
            self._window.setCentralWidget(self._panes)  # deletes the still picture
            self._panes.show()
            self._panes = None
        for timer in self._stopped:
            timer.start()
        self._stopped = []
        self.paused = False


def _inside(item: QObject, owners: tuple[QObject, ...]) -> bool:
    parent = item.parent()
    while parent is not None:
        if any(parent is owner for owner in owners):
            return True
        parent = parent.parent()
    return False


class DatabaseJob(QObject):
    """One job: pause the window, wait for the pool to drain, run `work`, report.

    `before_work` runs on the GUI thread once nothing else uses the database (restore and
    re-key close the engine there). `succeeded(result)` leaves the window paused;
    `stopped(message, cancelled)` has resumed it.
    """

    succeeded = Signal(object)
    stopped = Signal(str, bool)

    def __init__(
        self,
        window: QMainWindow,
        label: str,
        work: Work,
        before_work: Callable[[], None] | None = None,
        stages: dict[str, str] | None = None,
    ) -> None:
        super().__init__(window)
        self.task = Task(work)
        self._label, self._before_work, self._stages = label, before_work, stages or {}
        self._idle_polls = 0
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 100, window)
        self.dialog.setWindowTitle(self.tr("Rapport"))
        self.dialog.setMinimumWidth(DIALOG_WIDTH)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.task.cancelled.cancel)
        self.task.signals.progress.connect(self._progress)
        self.task.signals.done.connect(self._done)
        self.task.signals.failed.connect(self._failed)
        self._waiting = QTimer(self)
        self._waiting.setInterval(IDLE_POLL_MS)
        self._waiting.timeout.connect(self._start_when_idle)
        self.pause = WindowPause(window, (self, self.dialog))

    @property
    def running(self) -> bool:
        return self.pause.paused and not self._waiting.isActive()

    def start(self) -> None:
        self.pause.pause()
        self.dialog.setLabelText(self.tr("Waiting for background work to finish…"))
        self.dialog.show()
        self._waiting.start()

    def _start_when_idle(self) -> None:
        if self.task.cancelled():
            self._waiting.stop()
            self._failed("")
            return
        busy = QThreadPool.globalInstance().activeThreadCount() > 0
        self._idle_polls = 0 if busy else self._idle_polls + 1
        if self._idle_polls < IDLE_POLLS:
            return
        self._waiting.stop()
        self.dialog.setLabelText(self._label)
        if self._before_work is not None:
            self._before_work()
        self.task.start()

    def _progress(self, stage: str, share: float) -> None:
        if stage in self._stages:
            self.dialog.setLabelText(self._stages[stage])
        self.dialog.setValue(round(share * 100))

    def _done(self, result: object) -> None:
        self.dialog.hide()  # not close(): closing a progress dialog counts as Cancel
        self.dialog.deleteLater()
        self.succeeded.emit(result)

    def _failed(self, message: str) -> None:
        self.dialog.hide()
        self.dialog.deleteLater()
        self.pause.resume()
        self.stopped.emit(message, self.task.cancelled())
