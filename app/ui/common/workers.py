"""Long work off the GUI thread: a QRunnable whose results come back as queued signals.

The function it runs lives in services/ and knows nothing of Qt: it reports progress through a
plain callable and checks a cancel flag between batches.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.domain.errors import UserError
from app.domain.progress import Progress as Progress  # noqa: PLC0414 - re-exported for ui/
from app.ui.i18n import error_text

log = logging.getLogger(__name__)


class CancelFlag:
    """Set from the GUI thread, read by the worker between batches."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()


class TaskSignals(QObject):
    progress = Signal(str, float)
    done = Signal(object)
    failed = Signal(str)  # a UserError in the interface language, or "" for a bug (logged)


class Task(QRunnable):
    """Runs fn(progress, cancelled) in the pool; `signals` must be connected before start()."""

    def __init__(self, fn: Callable[[Progress, CancelFlag], Any]) -> None:
        super().__init__()
        self.signals = TaskSignals()
        self.cancelled = CancelFlag()
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn(self.signals.progress.emit, self.cancelled)
        except UserError as exc:
            self.signals.failed.emit(error_text(exc))
        except Exception:
            log.exception("Background task failed")
            self.signals.failed.emit("")
        else:
            self.signals.done.emit(result)
        finally:
            _STARTED.discard(self)

    def start(self, pool: QThreadPool | None = None) -> None:
        _STARTED.add(self)
        (pool or QThreadPool.globalInstance()).start(self)


class _Relay(QObject):
    """Passes a task's results on to plain callbacks while its parent (the owner) lives: Qt
    drops the connections to a child's bound slots when the owner is deleted (a window
    replaced by a language switch), so a closure never reaches deleted widgets."""

    def __init__(
        self,
        owner: QObject,
        done: Callable[[Any], None],
        failed: Callable[[str], None],
        progress: Progress | None,
    ) -> None:
        super().__init__(owner)
        self._done, self._failed, self._progress = done, failed, progress

    def on_done(self, result: object) -> None:
        self.deleteLater()
        self._done(result)

    def on_failed(self, message: str) -> None:
        self.deleteLater()
        self._failed(message)

    def on_progress(self, label: str, share: float) -> None:
        if self._progress is not None:
            self._progress(label, share)


def deliver(
    task: Task,
    owner: QObject,
    done: Callable[[Any], None],
    failed: Callable[[str], None],
    progress: Progress | None = None,
) -> None:
    """Connect `task` to callbacks that run only while `owner` is alive (see _Relay)."""
    relay = _Relay(owner, done, failed, progress)
    task.signals.done.connect(relay.on_done)
    task.signals.failed.connect(relay.on_failed)
    task.signals.progress.connect(relay.on_progress)


# Tasks started and not yet finished (held here so they outlive the pane that started them).
_STARTED: set[Task] = set()


def stop_tasks(wait_ms: int = 5_000) -> bool:
    """Cancel every unfinished task and wait for the pool: at quit, before the database closes,
    so no task reads a closed database or reports to objects Python has already freed. False
    when a task was still running after `wait_ms`."""
    for task in list(_STARTED):
        task.cancelled.cancel()
    return QThreadPool.globalInstance().waitForDone(wait_ms)
