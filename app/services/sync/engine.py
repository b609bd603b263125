"""The sync use case: push what this copy captured, pull what the others did, keep the
conflicts the hub recorded; remember the hub. Each step is its own transaction on each side,
in an order that a kill at any point leaves both sound: a push the hub took but this copy did
not mark is sent again and skipped (unique origin + sequence); a pull is written with its
cursor in one local transaction."""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Connection

from app.domain.clock import Clock
from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.domain.progress import Cancelled, Progress, never_cancelled, no_progress
from app.domain.sync_rules import ROW_ERASE, ROW_INSERT
from app.services.sync.hub import check_schema, connect, redacted, same_hub
from app.storage.database import Database
from app.storage.engine import database_url, make_engine, release_freed_memory
from app.storage.sqlite_dialect import unjournaled
from app.storage.sync_apply import (
    LocalApplier,
    Pulled,
    names_touched,
    settle_display_names,
    upkeep_set_aside,
)
from app.storage.sync_capture import (
    capture_existing,
    drop_triggers,
    start_capture,
    synced_tables,
)

BATCH = 5000
DOWNLOAD_BATCH = 20_000  # a first pull's round trips: fewer, as nothing is written per batch
STAGING = "rapport_download"  # the side file's name where the copy's writer reads it


@dataclass(frozen=True, slots=True)
class SyncReport:
    pushed: int
    pulled: int
    conflicts: int
    seconds: float
    # the rows a later pull (not a copy's first) wrote, as (table, uid): what panes refresh
    touched: frozenset[tuple[str, str]] = frozenset()

    def as_dict(self) -> dict[str, Any]:
        return {
            "pushed": self.pushed,
            "pulled": self.pulled,
            "conflicts": self.conflicts,
            "seconds": self.seconds,
        }


@dataclass(frozen=True, slots=True)
class SyncStatus:
    hub: str | None
    last_sync: str | None
    pending: int
    open_conflicts: int
    role: str | None = None  # this copy's role on the hub at its last sync


@dataclass(frozen=True, slots=True)
class ConflictView:
    id: int
    table: str
    uid: str
    field: str
    local: Any
    remote: Any
    base: Any
    kept: str
    at: str
    by: str


def _fetch(hub: psycopg.Connection[Any], origin: str, cursor: int, batch: int) -> list[Any]:
    """The next changes after `cursor` the hub has for this copy, up to `batch`."""
    rows = hub.execute("SELECT * FROM rapport_pull(%s, %s, %s)", (origin, cursor, batch)).fetchall()
    hub.commit()
    return rows


def _log_end(hub: psycopg.Connection[Any]) -> int:
    """The hub's newest change-log cursor (0 for an empty log), in the hub's open transaction."""
    return int(hub.execute("SELECT rapport_log_end()").fetchone()[0])  # type: ignore[index]


def _decoded(text: str | None) -> Any:
    return None if text is None else json.loads(text)


class SyncCancelled(Exception):  # noqa: N818 - names what happened, not an error
    """The person stopped a first download; the copy is as it was before it joined."""


class _Staging:
    """A first download's rows on their way: a side file next to the database (encrypted
    with its key), written while they arrive from the hub and read back in chunks. Nothing
    else opens it: one connection, no journal, one transaction."""

    def __init__(self, db: Database) -> None:
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        if db.path is None:
            self._folder = tempfile.TemporaryDirectory(prefix="rapport-download-")
            path = Path(self._folder.name) / "download.db"
        else:
            path = db.path.with_name(db.path.name + ".download")
        self.path = path
        self._remove()  # a killed download's leftovers
        self._engine = make_engine(database_url(path), db.key)
        self._conn: Any = self._engine.raw_connection()
        unjournaled(self._conn)
        self.total = 0

    def __enter__(self) -> _Staging:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._conn.close()
        self._engine.dispose()
        self._remove()
        if self._folder is not None:
            self._folder.cleanup()

    def _remove(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)

    def fetch(
        self, hub: psycopg.Connection[Any], origin: str, progress: Progress, cancelled: Cancelled
    ) -> int:
        """Read the snapshot into the side file; the log's end it was taken at."""
        hub.commit()
        hub.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        end = _log_end(hub)
        hub.execute(
            "DECLARE rapport_snap SCROLL CURSOR FOR SELECT * FROM rapport_snapshot(%s, %s)",
            (origin, end),
        )
        self.total = hub.execute("MOVE FORWARD ALL IN rapport_snap").rowcount
        hub.execute("MOVE ABSOLUTE 0 IN rapport_snap")
        self._conn.execute("BEGIN")
        self._conn.execute(
            "CREATE TABLE staged (cursor INTEGER PRIMARY KEY, tbl TEXT, uid TEXT, col TEXT, "
            "val TEXT, hlc INTEGER, origin TEXT)"
        )
        done = 0
        progress("download", 0.0)
        while True:
            if cancelled():
                hub.rollback()
                raise SyncCancelled
            rows = hub.execute(f"FETCH {DOWNLOAD_BATCH} FROM rapport_snap").fetchall()
            if not rows:
                break
            self._conn.executemany("INSERT INTO staged VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            done += len(rows)
            progress("download", 0.5 * done / max(self.total, 1))
        hub.rollback()
        # the copy reads one table's new rows at a time
        self._conn.execute("CREATE INDEX staged_kind ON staged (tbl, col)")
        self._conn.execute("COMMIT")
        return end

    def chunks(self, copied: Iterable[str]) -> Iterator[list[Pulled]]:
        """The staged changes a batch at a time, values decoded, but for the new and erased
        rows of the tables in `copied` (written already): the erasures first, then the rest in
        the log's order. A snapshot holds an erased row only as its erasure, later in the log
        than the rows that name it (an erased customer's notes)."""
        skipped = sorted(copied)
        marks = ", ".join("?" for _ in skipped)
        for erasures in (True, False):
            after = 0
            while True:
                rows = self._conn.execute(
                    "SELECT * FROM staged WHERE cursor > ? AND (col = ?) = ? AND NOT (col IN "
                    f"(?, ?) AND tbl IN ({marks})) ORDER BY cursor LIMIT ?",
                    (after, ROW_ERASE, erasures, ROW_INSERT, ROW_ERASE, *skipped, DOWNLOAD_BATCH),
                ).fetchall()
                if not rows:
                    break
                yield [Pulled(r[0], r[1], r[2], r[3], _decoded(r[4]), r[5], r[6]) for r in rows]
                after = rows[-1][0]


class SyncService:
    def __init__(self, db: Database, clock: Clock, schema_version: str) -> None:
        self._db, self._clock, self._schema = db, clock, schema_version

    # --- the sync ---------------------------------------------------------------------------

    def sync(
        self,
        hub_url: str | None = None,
        *,
        batch: int = BATCH,
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
    ) -> SyncReport:
        """One sync; a first download reports rows done of all through `progress` and stops
        when `cancelled` says so between chunks, leaving a copy that joined here unjoined
        (SyncCancelled)."""
        started = time.perf_counter()
        url = hub_url or self._remembered_hub()
        with connect(url) as hub:
            check_schema(hub, self._schema)
            hub.commit()
            role = hub.execute("SELECT rapport_info() ->> 'role'").fetchone()
            hub.commit()
            if role is None or role[0] is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("UserError", "This hub user has no Rapport role yet.")
                )
            joining = self._first_sync(url, hub)
            pushed = 0 if role[0] == "viewer" else self._push(hub, batch)
            touched: set[tuple[str, str]] = set()
            try:
                pulled = self._pull(hub, batch, touched, progress, cancelled)
            except SyncCancelled:
                if joining:
                    self._unjoin()
                raise
            conflicts = self._pull_conflicts(hub)
        with self._db.write() as session:
            session.connection().exec_driver_sql(
                "UPDATE sync_state SET hub_url = ?, last_sync = ?, schema_version = ?, "
                "hub_role = ? WHERE id = 1",
                (redacted(url), self._clock.now().replace(tzinfo=None), self._schema, role[0]),
            )
        seconds = round(time.perf_counter() - started, 3)
        return SyncReport(pushed, pulled, conflicts, seconds, frozenset(touched))

    def _remembered_hub(self) -> str:
        with self._db.read() as session:
            url = session.connection().exec_driver_sql("SELECT hub_url FROM sync_state").scalar()
        if not url:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "Name the hub to sync with the first time (--hub URL)."
                )
            )
        return str(url)

    def _first_sync(self, url: str, hub: psycopg.Connection[Any]) -> bool:
        """A new or empty copy's first sync downloads: what it captured (its default settings)
        is not sent, so it cannot override the team's. A copy holding data uploads all of it,
        rows from before capture existed included. A copy that left this hub and joins it again
        resumes: it captured on while out, and the push sends that. One that left another hub,
        or a hub made anew at the same address (its log ends before this copy's cursor), starts
        afresh, as a copy that never synced."""
        with self._db.read() as session:
            left, cursor = (
                session.connection()
                .exec_driver_sql("SELECT left_hub, cursor FROM sync_state")
                .one()
            )
        if left is not None:
            resumes = same_hub(left, url) and _log_end(hub) >= cursor
            hub.commit()
            if resumes:
                self._rejoin(url)
                return False
            self._unjoin()
        with self._db.write() as session:
            c = session.connection()
            hub_url, cursor = c.exec_driver_sql("SELECT hub_url, cursor FROM sync_state").one()
            if hub_url is not None or cursor != 0:
                return False
            if not c.exec_driver_sql("SELECT NOT EXISTS (SELECT 1 FROM contact)").scalar():
                capture_existing(c)
            start_capture(c, redacted(url))
        return True

    def _rejoin(self, url: str) -> None:
        """Back in the team this copy left: its cursor and what it captured meanwhile stand."""
        with self._db.write() as session:
            session.connection().exec_driver_sql(
                "UPDATE sync_state SET hub_url = ?, left_hub = NULL WHERE id = 1", (redacted(url),)
            )

    def _unjoin(self) -> None:
        """Back to before the first sync: no hub, no capture, nothing captured or pulled."""
        with self._db.write() as session:
            c = session.connection()
            drop_triggers(c)
            c.exec_driver_sql("DELETE FROM sync_change")
            c.exec_driver_sql("DELETE FROM sync_field_clock")
            c.exec_driver_sql(
                "UPDATE sync_state SET hub_url = NULL, left_hub = NULL, cursor = 0, "
                "conflict_cursor = 0 WHERE id = 1"
            )

    def _push(self, hub: psycopg.Connection[Any], batch: int) -> int:
        pushed = 0
        while True:
            with self._db.read() as session:
                c = session.connection()
                origin = str(c.exec_driver_sql("SELECT origin FROM sync_state").scalar())
                # the batch as the hub takes it, written by SQLite's JSON functions; `prev` is
                # the change sent before each one, so the hub never takes a batch ahead of its
                # predecessor (0: none the hub must have)
                count, last, changes = c.exec_driver_sql(
                    "SELECT count(*), max(seq), json_group_array(json_object('seq', seq, "
                    "'prev', prev, 'tbl', tbl, 'uid', uid, 'col', col, 'val', json(val), "
                    "'hlc', hlc, 'base', base_hlc, 'seen', seen_hlc)) FROM (SELECT *, "
                    "coalesce(lag(seq) OVER (ORDER BY seq), (SELECT coalesce(max(seq), 0) "
                    "FROM sync_change WHERE pushed > 0)) AS prev FROM (SELECT * FROM "
                    "sync_change WHERE pushed = 0 ORDER BY seq LIMIT ?))",
                    (batch,),
                ).one()
            if not count:
                return pushed
            try:
                with hub.transaction():
                    hub.execute("SELECT rapport_push(%s, %s::jsonb)", (origin, changes))
            except (
                psycopg.errors.InsufficientPrivilege,
                psycopg.errors.ObjectNotInPrerequisiteState,  # the hub lacks earlier ones
            ) as exc:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "UserError",
                        "The hub refused this copy's changes ({reason}); they are kept here.",
                    ),
                    reason=str(exc.diag.message_primary or exc).removeprefix("rapport: "),
                ) from None
            with self._db.write() as session:  # a kill before this: sent again, skipped there
                c = session.connection()
                done = c.exec_driver_sql("SELECT coalesce(max(pushed), 0) + 1 FROM sync_change")
                batch_no = int(done.scalar() or 1)
                c.exec_driver_sql(
                    "UPDATE sync_change SET pushed = ? WHERE pushed = 0 AND seq <= ?",
                    (batch_no, last),
                )
                # the hub holds them now: keep only the last batch (the log would copy the data)
                c.exec_driver_sql(
                    "DELETE FROM sync_change WHERE pushed <> 0 AND pushed < ?", (batch_no,)
                )
                # names edited here over another copy's: the shown name made as all copies do
                sent = c.exec_driver_sql(
                    "SELECT tbl, uid, col FROM sync_change WHERE pushed = ?", (batch_no,)
                )
                settle_display_names(c, names_touched((r[0], r[1], r[2]) for r in sent.all()))
            pushed += int(count)

    def _pull(
        self,
        hub: psycopg.Connection[Any],
        batch: int,
        touched: set[tuple[str, str]],
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
    ) -> int:
        """What the others wrote since this copy's cursor; the rows a later pull wrote go
        into `touched` (a first download's are the whole team's data, announced as such)."""
        with self._db.read() as session:
            origin, cursor = (
                session.connection().exec_driver_sql("SELECT origin, cursor FROM sync_state").one()
            )
        pulled = 0
        if cursor == 0:
            pulled = self._download(hub, origin, progress, cancelled)
        while True:
            with self._db.read() as session:
                cursor = int(
                    session.connection()
                    .exec_driver_sql("SELECT cursor FROM sync_state")
                    .scalar_one()
                )
            rows = _fetch(hub, origin, cursor, batch)
            if not rows:
                return pulled
            with self._db.write() as session:
                c = session.connection()
                with LocalApplier(c) as applier:
                    pulled += applier.apply_all(Pulled(*row) for row in rows)
                settle_display_names(c, names_touched((r[1], r[2], r[3]) for r in rows))
                c.exec_driver_sql("UPDATE sync_state SET cursor = ? WHERE id = 1", (rows[-1][0],))
            touched.update((r[1], r[2]) for r in rows)
            if len(rows) < batch:
                return pulled

    def _download(
        self,
        hub: psycopg.Connection[Any],
        origin: str,
        progress: Progress,
        cancelled: Cancelled,
    ) -> int:
        """A copy's first pull: the hub's rows as they are now (see rapport_snapshot), read in
        one snapshot with the log's end, then the ordinary pulls go on after that end. The
        rows are staged in a side file first, so this copy takes local edits while they
        arrive; then they are written in one local transaction, the per-row upkeep set aside
        and done once at the end. A kill leaves the copy as it was, and the next sync starts
        again; so does a cancel, which raises SyncCancelled."""
        with _Staging(self._db) as staging:
            end = staging.fetch(hub, origin, progress, cancelled)
            if staging.total == 0:  # nothing (else) to read there yet
                with self._db.write() as session:
                    session.connection().exec_driver_sql(
                        "UPDATE sync_state SET cursor = ? WHERE id = 1", (end,)
                    )
                return 0
            pulled = self._apply_staged(staging, end, progress, cancelled)
        release_freed_memory()  # the download's page cache, shrunk again
        return pulled

    def _apply_staged(
        self, staging: _Staging, end: int, progress: Progress, cancelled: Cancelled
    ) -> int:
        """Write the staged rows in one local transaction: the new and erased rows of each
        table empty here copied by SQLite straight from the side file (attached for it), the
        rest merged change by change, erasures first (see `_Staging.chunks`)."""
        done = 0

        def step(rows: int) -> None:
            nonlocal done
            if cancelled():
                raise SyncCancelled
            done += rows
            progress("apply", 0.5 + 0.5 * done / max(staging.total, 1))

        with self._db.write_beside(staging.path, STAGING) as session:
            c = session.connection()
            touched: set[str] = set()
            with upkeep_set_aside(c):
                with LocalApplier(c) as applier:
                    copied = applier.copy_new_rows(f"{STAGING}.staged", step)
                    pulled = sum(copied.values())
                    for rows in staging.chunks(copied):
                        step(0)
                        pulled += applier.apply_all(rows)
                        touched |= names_touched((r.tbl, r.uid, r.col) for r in rows)
                        step(len(rows))
                settle_display_names(c, touched)  # before the search entries are made once
            c.exec_driver_sql("UPDATE sync_state SET cursor = ? WHERE id = 1", (end,))
        return pulled

    def _pull_conflicts(self, hub: psycopg.Connection[Any]) -> int:
        with self._db.read() as session:
            after = (
                session.connection()
                .exec_driver_sql("SELECT conflict_cursor FROM sync_state")
                .scalar()
            )
            told = [
                r[0]
                for r in session.connection().exec_driver_sql(
                    "SELECT id FROM sync_conflict WHERE resolved = 1"
                )
            ]
        if told:
            with hub.transaction():
                hub.execute("SELECT rapport_resolved(%s)", (told,))
        rows = hub.execute(
            "SELECT id, tbl, uid, field, local, remote, base, kept, at, by, resolved "
            "FROM rapport_conflicts(%s)",
            (after,),
        ).fetchall()
        settled = [r[0] for r in hub.execute("SELECT id FROM sync_conflict WHERE resolved")]
        hub.commit()
        with self._db.write() as session:
            c = session.connection()
            for r in rows:
                c.exec_driver_sql(
                    "INSERT INTO sync_conflict (id, tbl, uid, field, local, remote, base, kept, "
                    "at, by, resolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (id) DO NOTHING",
                    (
                        r[0],
                        r[1],
                        r[2],
                        r[3],
                        *(json.dumps(v) for v in r[4:7]),
                        r[7],
                        r[8].replace(tzinfo=None),
                        r[9],
                        2 if r[10] else 0,
                    ),
                )
            if rows:
                c.exec_driver_sql(
                    "UPDATE sync_state SET conflict_cursor = ? WHERE id = 1", (rows[-1][0],)
                )
            c.exec_driver_sql("UPDATE sync_conflict SET resolved = 2 WHERE resolved = 1")
            for conflict_id in settled:
                c.exec_driver_sql(
                    "UPDATE sync_conflict SET resolved = 2 WHERE id = ?", (conflict_id,)
                )
        return len(rows)

    # --- status, conflicts, resolution ------------------------------------------------------

    def status(self) -> SyncStatus:
        with self._db.read() as session:
            c = session.connection()
            hub, last, role = c.exec_driver_sql(
                "SELECT hub_url, last_sync, hub_role FROM sync_state"
            ).one()
            pending = c.exec_driver_sql(
                "SELECT count(*) FROM sync_change WHERE pushed = 0"
            ).scalar()
            open_ = c.exec_driver_sql(
                "SELECT count(*) FROM sync_conflict WHERE resolved = 0"
            ).scalar()
        return SyncStatus(
            hub, None if last is None else str(last), int(pending or 0), int(open_ or 0), role
        )

    def conflicts(self) -> list[ConflictView]:
        with self._db.read() as session:
            rows = (
                session.connection()
                .exec_driver_sql(
                    "SELECT id, tbl, uid, field, local, remote, base, kept, at, by "
                    "FROM sync_conflict WHERE resolved = 0 ORDER BY id"
                )
                .fetchall()
            )
        return [
            ConflictView(
                r[0],
                r[1],
                r[2],
                r[3],
                _decoded(r[4]),
                _decoded(r[5]),
                _decoded(r[6]),
                r[7],
                str(r[8]),
                r[9],
            )
            for r in rows
        ]

    def resolve(self, conflict_id: int, keep: str) -> Any:
        """Settle a conflict with a new edit (it syncs like any other): the value written
        here, the other one, or one typed in; keeping an edit a delete beat restores the row,
        keeping the delete (`remote`) writes nothing: the row stays as the delete left it."""
        with self._db.write() as session:
            c = session.connection()
            row = c.exec_driver_sql(
                "SELECT tbl, uid, field, local, remote, kept FROM sync_conflict WHERE id = ? "
                "AND resolved = 0",
                (conflict_id,),
            ).first()
            if row is None:
                raise UserError(
                    QT_TRANSLATE_NOOP("UserError", "There is no open sync conflict #{id}."),
                    id=conflict_id,
                )
            table_name, uid, field, local, remote, kept = row
            if kept == "deleted" and keep == "remote":
                c.exec_driver_sql(
                    "UPDATE sync_conflict SET resolved = 1 WHERE id = ?", (conflict_id,)
                )
                return None
            value = (
                _decoded(local)
                if keep == "local"
                else _decoded(remote)
                if keep == "remote"
                else keep
            )
            _write_field(
                c,
                table_name,
                uid,
                field=field,
                value=value,
                now=self._clock.now(),
                restore=kept == "deleted" and keep == "local",
            )
            c.exec_driver_sql("UPDATE sync_conflict SET resolved = 1 WHERE id = ?", (conflict_id,))
        return value


def _write_field(
    c: Connection,
    table_name: str,
    uid: str,
    *,
    field: str,
    value: Any,
    now: datetime,
    restore: bool,
) -> None:
    table = next((t for t in synced_tables(c) if t.name == table_name), None)
    if table is None or field not in table.columns:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The field {field} of {table} is not synced here."),
            field=field,
            table=table_name,
        )
    local: Any = value
    if field in table.references and value is not None:
        local = c.exec_driver_sql(
            f"SELECT id FROM {table.references[field]} WHERE uid = ?", (value,)
        ).scalar()
    elif field in table.json_columns or isinstance(value, dict | list):
        local = json.dumps(value)
    restored = ", deleted_at = NULL" if restore else ""
    c.exec_driver_sql(
        f"UPDATE {table_name} SET {field} = ?, updated_at = ?{restored}, version = version + 1 "
        "WHERE uid = ?",
        (local, now.replace(tzinfo=None).isoformat(sep=" "), uid),
    )
