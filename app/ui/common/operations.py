"""The one road of a write to the screens (Anki's CollectionOp -> operation_did_execute).

A dialog or action hands the runner a service call and says who started it (the origin). The
runner runs it at once when it is short, or in a `Task` behind a progress dialog whose Cancel
leaves the database as it was when it is long; a `UserError` is shown in one place
(`show_user_error`), a bug is logged and reported as such; the `Changes` the call returned are
emitted with the origin on `did_execute`, which every pane subscribes to. On a team viewer's
copy (`seat`) it refuses writes, except those of origins that only keep this copy's own
bookkeeping (joining or leaving the hub, see `exempt`). Writes finished
elsewhere (a form that saves itself, the import wizard, the background figure refresher, later
sync) are announced on the same signal, so a pane cannot tell them apart except by origin.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.domain.errors import UserError
from app.services.changes import Changes
from app.ui.common.seat import Seat
from app.ui.common.workers import CancelFlag, Progress, Task
from app.ui.i18n import error_text

log = logging.getLogger(__name__)

ShortCall = Callable[[], Changes]
LongCall = Callable[[Progress, CancelFlag], Changes]
Finished = Callable[[Changes], None]


def bug_text() -> str:
    """What a person reads about a bug: it is in the log, not on screen."""
    return QCoreApplication.translate("Operations", "Something went wrong; see the log file.")


def show_user_error(parent: QWidget, message: str) -> QMessageBox:
    """The one place a failed write is shown: a window-modal message that does not block the
    event loop (returned so tests can read and close it)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Operations", "Not Done"),
        message,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("user_error")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class Operations(QObject):
    """Runs writes and carries their Changes, with their origin, to every pane."""

    did_execute = Signal(object, object)  # Changes, origin (the widget or object that started it)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self.running: set[Task] = set()  # long writes in the pool, kept alive until they end
        self.seat = Seat(self)  # who this copy is on the team, and whether it may write
        self._exempt: list[object] = []

    def exempt(self, origin: object) -> None:
        """`origin`'s calls touch only this copy's own bookkeeping (joining or leaving the
        team), never the team's data: a viewer may run them."""
        self._exempt.append(origin)

    def _check_write(self, origin: object, writes: bool) -> None:
        if writes and not any(origin is o for o in self._exempt):
            self.seat.check_write()

    def run(
        self,
        call: ShortCall,
        origin: object,
        done: Finished | None = None,
        *,
        writes: bool = True,
    ) -> bool:
        """Run a short write on the GUI thread; True when it succeeded (`done` is told first,
        then every pane). A UserError is shown and nothing is emitted. `writes=False` marks a
        call that only reads the database (an export), which a viewer may run."""
        try:
            self._check_write(origin, writes)
            changes = call()
        except UserError as exc:
            show_user_error(self._window, error_text(exc))
            return False
        except Exception:
            log.exception("An operation failed")
            show_user_error(self._window, bug_text())
            return False
        self._finish(changes, origin, done)
        return True

    def run_long(
        self, call: LongCall, origin: object, label: str, done: Finished | None = None
    ) -> Task:
        """Run a long write in the thread pool behind a progress dialog; Cancel sets the flag
        the service checks between batches, and the service rolls its transaction back."""
        dialog = QProgressDialog(
            label, QCoreApplication.translate("Operations", "Cancel"), 0, 100, self._window
        )
        dialog.setObjectName("operation_progress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        try:
            self._check_write(origin, writes=True)
        except UserError as refused:
            call = _refusal(refused)  # fails in the pool, shown like any other failure
        task = Task(call)
        dialog.canceled.connect(task.cancelled.cancel)
        task.signals.progress.connect(lambda _label, share: dialog.setValue(round(share * 100)))

        def finished(result: object) -> None:
            self.running.discard(task)
            dialog.close()
            if isinstance(result, Changes):
                self._finish(result, origin, done)

        def failed(message: str) -> None:
            self.running.discard(task)
            dialog.close()
            show_user_error(self._window, message or bug_text())

        task.signals.done.connect(finished)
        task.signals.failed.connect(failed)
        self.running.add(task)
        dialog.show()
        task.start()
        return task

    def announce(self, changes: Changes, origin: object) -> None:
        """Carry the Changes of a write finished elsewhere to every pane."""
        self.did_execute.emit(changes, origin)

    def _finish(self, changes: Changes, origin: object, done: Finished | None) -> None:
        if done is not None:
            done(changes)
        self.did_execute.emit(changes, origin)


def _refusal(refused: UserError) -> LongCall:
    def refuse(_progress: Progress, _cancelled: CancelFlag) -> Changes:
        raise refused

    return refuse
