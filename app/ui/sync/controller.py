"""Team sync in the window: joining and leaving the hub, and syncing in the background every
few minutes and shortly after a local write, off the GUI thread.

What a sync pulled reaches the panes through the operations runner's `did_execute`, with this
controller as origin. The rows are found by comparing versions and ids before and after, and
from the rows the engine reports its pull wrote (`TeamService.marks`/`changed_since`). An
unreachable hub only marks the state offline: everything else works as before and the captured
changes wait.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction

from app.bootstrap import AppContext
from app.domain.errors import UserError
from app.services.changes import Changes
from app.services.team import HubLogin, TeamService, forget_password, is_offline, login_of
from app.ui.common.operations import Operations, bug_text
from app.ui.common.workers import CancelFlag, Progress, Task, deliver
from app.ui.i18n import error_text

if TYPE_CHECKING:
    from app.services.sync.engine import SyncReport, SyncService, SyncStatus

INTERVAL_MS = 5 * 60_000  # a sync every five minutes while joined
AFTER_WRITE_MS = 5_000  # and this long after a local write left changes waiting


class SyncState(Enum):
    IDLE = "idle"
    SYNCING = "syncing"
    OFFLINE = "offline"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    """What a background sync came back with: the report and what it changed, or offline."""

    report: SyncReport | None
    changes: Changes
    offline: str = ""  # the sentence saying why the hub could not be reached


def _sync_job(
    service: SyncService, team: TeamService, url: str | None, *, joining: bool = False
) -> SyncOutcome:
    """One sync (in the pool); an unreachable hub is an outcome, not a failure, except when
    joining, where the person who asked must read why."""
    before = team.marks()
    try:
        report = service.sync(url)
    except UserError as exc:
        if is_offline(exc) and not joining:
            return SyncOutcome(None, Changes(), error_text(exc))
        raise
    if not report.pulled:
        return SyncOutcome(report, Changes())
    return SyncOutcome(report, team.changed_since(before, report.touched))


def _spare_the_collector() -> None:
    """Put the window's long-lived objects out of the cyclic collector's reach before a sync:
    the thousands of objects a pull makes set off full collections, which walked the whole
    heap holding the GIL and froze the window for up to 0.6 s. The young garbage goes first,
    so only old cycles stay uncollected."""
    gc.collect(1)
    gc.freeze()


class SyncController(QObject):
    """The window's one sync: state for the indicator, join/leave for the Team page."""

    changed = Signal()  # state, status or hub changed: the indicator and Team page re-read

    def __init__(self, ctx: AppContext, operations: Operations, parent: QObject) -> None:
        super().__init__(parent)
        self.ctx, self.operations = ctx, operations
        self.team = TeamService(ctx.db, ctx.clock)
        self.state = SyncState.IDLE
        self.problem = ""  # the last failure or offline sentence, for the tooltip
        self._service: SyncService | None = None
        self._task: Task | None = None
        self._again = False  # asked for while one ran: it began before what was asked for
        self._status: SyncStatus | None = None
        self._hub: str | None = None
        self.interval = QTimer(self)
        self.interval.setInterval(INTERVAL_MS)
        self.interval.timeout.connect(self.sync_now)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(AFTER_WRITE_MS)
        self.soon.timeout.connect(self.sync_now)
        self.action = QAction(QCoreApplication.translate("Sync", "S&ync Now"), self)
        self.action.triggered.connect(self.sync_now)
        operations.did_execute.connect(self._written)
        self.refresh_status()
        if self.joined:
            self.interval.start()
            self.soon.start()  # catch up shortly after opening

    # -- what the indicator and the Team page read --------------------------------------------

    @property
    def service(self) -> SyncService:
        """The engine, built on first use (it loads PostgreSQL's client library)."""
        if self._service is None:
            from app.services.sync.engine import SyncService  # noqa: PLC0415

            self._service = SyncService(self.ctx.db, self.ctx.clock, self.ctx.schema.revision)
        return self._service

    @property
    def status(self) -> SyncStatus:
        if self._status is None:
            self._status = self.service.status()
        return self._status

    @property
    def joined(self) -> bool:
        return self._hub is not None

    @property
    def login(self) -> HubLogin | None:
        return None if self._hub is None else login_of(self._hub)

    @property
    def busy(self) -> bool:
        return self._task is not None

    def refresh_status(self) -> None:
        """Read the hub, what waits and the open conflicts again (the engine only once
        joined: a database outside a team never loads PostgreSQL's client library)."""
        self._status = None
        self._hub = None if self.ctx.closed else self.team.hub()
        self.action.setEnabled(self.joined)
        self.changed.emit()

    # -- syncing --------------------------------------------------------------------------------

    def sync_now(self) -> None:
        """Sync with the remembered hub in the background; asked for while one runs, once more
        when it ends (the one running may have started before the edits it is asked for, here
        or on the hub)."""
        if not self.joined or self.ctx.closed:
            return
        if self.busy:
            self._again = True
            return
        self._again = False
        self.soon.stop()
        service, team = self.service, self.team
        task = Task(lambda _progress, _cancelled: _sync_job(service, team, None))
        deliver(task, self, self._synced, self._failed)
        self._task = task
        self.state = SyncState.SYNCING
        self.changed.emit()
        _spare_the_collector()
        task.start()

    def _synced(self, outcome: SyncOutcome) -> None:
        self._task = None
        self.state = SyncState.OFFLINE if outcome.offline else SyncState.IDLE
        self.problem = outcome.offline
        self.refresh_status()
        if outcome.changes != Changes():
            self.operations.announce(outcome.changes, self)
        self._run_again()

    def _failed(self, message: str) -> None:
        self._task = None
        self.state = SyncState.FAILED
        self.problem = message or bug_text()
        self.refresh_status()
        self._run_again()

    def _run_again(self) -> None:
        """The sync asked for while the last one ran."""
        if self._again:
            self.sync_now()

    def _written(self, _changes: Changes, origin: object) -> None:
        """A write anywhere: count what waits, and sync soon when something does."""
        if origin is self or self.ctx.closed:
            return
        self.refresh_status()
        if self.joined and self.status.pending and not self.busy:
            self.soon.start()

    # -- joining and leaving --------------------------------------------------------------------

    def join(self, url: str) -> Task:
        """The first sync with `url`, with progress and Cancel: a new or empty database
        downloads the team's data (rows done of all shown; Cancel between chunks leaves it as
        it was, not joined), one holding data uploads it. A Cancel once the download is done
        takes effect when the exchange ends: the hub is then forgotten."""
        from app.services.sync.engine import SyncCancelled  # noqa: PLC0415 - loads psycopg

        service, team = self.service, self.team

        def first_sync(progress: Progress, cancelled: CancelFlag) -> Changes:
            progress(QCoreApplication.translate("Sync", "Exchanging data with the hub…"), 0.0)
            before = team.marks()
            try:
                report = service.sync(url, progress=progress, cancelled=cancelled)
            except SyncCancelled:
                return Changes()
            if cancelled():
                team.leave()
            progress("", 1.0)
            return team.changed_since(before) if report.pulled else Changes()

        task = self.operations.run_long(
            first_sync,
            self,
            QCoreApplication.translate("Sync", "Joining the team's hub…"),
            self._joined,
        )
        self._task = task
        self.state = SyncState.SYNCING
        self.changed.emit()
        task.signals.failed.connect(self._join_failed)
        return task

    def _joined(self, _changes: Changes) -> None:
        self._task = None
        self.state, self.problem = SyncState.IDLE, ""
        self.refresh_status()
        if self.joined:
            self.interval.start()
            self._run_again()

    def _join_failed(self, _message: str) -> None:
        """The runner showed why; the page goes back to offering Join."""
        self._task = None
        self.state = SyncState.IDLE
        self.refresh_status()

    def leave(self) -> bool:
        """Stop syncing and forget the hub and its password; the local file stays as it is."""
        login = self._hub
        if login is None:
            return False

        def forget() -> Changes:
            self.team.leave()
            forget_password(login)
            return Changes()

        if not self.operations.run(forget, self):
            return False
        self.interval.stop()
        self.soon.stop()
        self.state, self.problem = SyncState.IDLE, ""
        self.refresh_status()
        return True
