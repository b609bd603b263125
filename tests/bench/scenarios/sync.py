"""Issue 22: sync with a team hub on PostgreSQL. Push + pull of 10,000 field changes (one
laptop sends them, another receives them) within 3 s over a local socket, beside a floor: the
same values by COPY into the hub and one set-based UPDATE there and on the receiving file; a
sync with nothing to do within 200 ms; and what capture costs the quick log's save (an
interaction and its follow-up task) on the sample: at most 1.2x the same save with capture set
aside (the floor), and the 100k-contact CSV import into a new database: at most 1.3x the same
import into one that never joined a hub; and the first download of the sample by a new, empty
laptop within 60 s (large), beside the floor of fetching the same changes without writing them.

The scenarios start their own throwaway PostgreSQL (as the tests do) and stop it at exit.
"""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import time
from pathlib import Path
from typing import Any

import psycopg
from app.bootstrap import build_context
from app.config.paths import AppPaths
from app.services.security import KeyRequest
from app.services.sync import hub as hub_api
from app.services.sync.engine import DOWNLOAD_BATCH, SyncService
from app.storage.schema import head_revision
from app.storage.sync_capture import start_capture
from sqlalchemy import text

from tests.bench.model import BenchEnv, Scenario
from tests.bench.scenarios.import_export import _data, _import_seconds
from tests.sync.conftest import new_laptop
from tests.sync.pg_server import PgServer, start_server

CONTACTS = 2000
FIELDS = ("city", "notes", "job_title", "street", "postcode")  # 2,000 x 5 = 10,000 changes
_rounds = itertools.count(1)
_state: dict[str, Any] = {}


def _server() -> PgServer:
    """The run's throwaway PostgreSQL, started once."""
    if "server" not in _state:
        server = start_server()
        atexit.register(server.stop)
        os.environ["PGPASSFILE"] = str(server.pgpass({}))
        _state["server"] = server
    server: PgServer = _state["server"]
    return server


def _new_hub(name: str) -> str:
    server = _server()
    with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = server.url(name)
    hub_api.init_hub(url, head_revision())
    return url


def _emptied(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def _template(folder: Path) -> Path:
    """A migrated, empty, plain database for new laptops (copied with a new origin each)."""
    template = folder / "template.db"
    if not template.exists():
        build_context(
            template, paths=AppPaths.from_environment(), keys=KeyRequest(plain=True)
        ).close()
    return template


def _setup(env: BenchEnv) -> None:
    if "laptops" in _state:
        return
    url = _new_hub("bench_hub")
    folder = _emptied(env.scratch / "sync")
    paths = AppPaths.from_environment()
    template = _template(folder)
    laptops = []
    for name in ("a", "b"):
        ctx = build_context(new_laptop(template, folder / f"{name}.db"), paths=paths)
        laptops.append((ctx, SyncService(ctx.db, ctx.clock, head_revision())))
    (a, a_sync), (_b, b_sync) = laptops
    with a.db.write() as session:
        session.execute(
            text(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :k) "
                "INSERT INTO contact (uid, created_at, updated_at, version, first_name, last_name,"
                " display_name, sort_name, search_phones, stage, source, custom) SELECT "
                "'c-' || i, '2026-01-01', '2026-01-01', 1, 'N' || i, 'X', 'N' || i, 'n' || i, '',"
                " 'lead', 'other', '{}' FROM n"
            ),
            {"k": CONTACTS},
        )
    a_sync.sync(url)
    b_sync.sync(url)
    _state.update(url=url, laptops=laptops)
    atexit.register(lambda: [ctx.close() for ctx, _s in laptops])


def _edit_all(ctx: Any, tag: str) -> None:
    sets = ", ".join(f"{field} = '{tag}' || id" for field in FIELDS)
    with ctx.db.write() as session:
        session.execute(text(f"UPDATE contact SET {sets}, version = version + 1"))  # noqa: S608


def push_pull(env: BenchEnv) -> float:
    (a, a_sync), (_b, b_sync) = _state["laptops"]
    _edit_all(a, f"r{next(_rounds)}-")
    started = time.perf_counter()
    a_sync.sync()
    b_sync.sync()
    return time.perf_counter() - started


def copy_and_merge(env: BenchEnv) -> float:
    """The floor: the same 10,000 values by COPY into the hub and one UPDATE there, then one
    UPDATE on the receiving file."""
    (_a, _s), (b, _b_sync) = _state["laptops"]
    tag = f"f{next(_rounds)}-"
    rows = [(f"c-{i}", *(f"{tag}{i}" for _ in FIELDS)) for i in range(1, CONTACTS + 1)]
    started = time.perf_counter()
    with psycopg.connect(_state["url"]) as conn:
        columns = ", ".join(f"{field} text" for field in FIELDS)
        conn.execute(f"CREATE TEMP TABLE incoming (uid text, {columns})")
        with conn.cursor().copy(f"COPY incoming (uid, {', '.join(FIELDS)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        sets = ", ".join(f"{field} = i.{field}" for field in FIELDS)
        conn.execute(f"UPDATE contact c SET {sets} FROM incoming i WHERE c.uid = i.uid")  # noqa: S608
    with b.db.write() as session:  # written as a pull writes: not captured again
        session.execute(text("UPDATE sync_state SET applying = 1"))
        session.execute(
            text(f"UPDATE contact SET {', '.join(f'{f} = :v || id' for f in FIELDS)}"),  # noqa: S608
            {"v": tag},
        )
        session.execute(text("UPDATE sync_state SET applying = 0"))
    return time.perf_counter() - started


def nothing_to_do(env: BenchEnv) -> float:
    (_a, a_sync), _b = _state["laptops"]
    started = time.perf_counter()
    report = a_sync.sync()
    assert report.pushed == 0, report
    return time.perf_counter() - started


def _seed_hub(env: BenchEnv) -> None:
    """A hub holding the sample, uploaded by the first sync of a copy of it (once a run)."""
    if "download_hub" in _state:
        return
    url = _new_hub("bench_download")
    folder = _emptied(env.scratch / "download")
    uploader = folder / "uploader.db"
    shutil.copyfile(env.database, uploader)
    ctx = build_context(uploader, paths=AppPaths.from_environment())
    started = time.perf_counter()
    report = SyncService(ctx.db, ctx.clock, head_revision()).sync(url)
    print(f" (upload of {report.pushed} changes: {time.perf_counter() - started:.0f} s)", end="")
    ctx.close()
    _state.update(download_hub=url, download_folder=folder, template=_template(folder))


def first_download(env: BenchEnv) -> float:
    folder: Path = _state["download_folder"]
    target = folder / f"laptop-{next(_rounds)}.db"
    ctx = build_context(new_laptop(_state["template"], target), paths=AppPaths.from_environment())
    try:
        started = time.perf_counter()
        report = SyncService(ctx.db, ctx.clock, head_revision()).sync(_state["download_hub"])
        elapsed = time.perf_counter() - started
        assert report.pulled > 0, report
    finally:
        ctx.close()
        for suffix in ("", "-wal", "-shm"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
    return elapsed


def fetch_everything(env: BenchEnv) -> float:
    """The floor: the same changes fetched from the hub in the same batches, not written."""
    started = time.perf_counter()
    cursor = 0
    with psycopg.connect(_state["download_hub"]) as conn:
        while True:
            rows = conn.execute(
                "SELECT * FROM rapport_pull('floor', %s, %s)", (cursor, DOWNLOAD_BATCH)
            ).fetchall()
            if not rows:
                break
            cursor = rows[-1][0]
    return time.perf_counter() - started


def _capture_copy(env: BenchEnv) -> None:
    """A migrated copy of the sample that has joined a hub (its capture triggers installed)."""
    target = env.scratch / "sync-capture.db"
    if not target.exists():
        shutil.copyfile(env.database, target)
        joined = build_context(target, paths=AppPaths.from_environment())
        with joined.db.write() as session:
            start_capture(session.connection(), "postgresql://bench@/hub")
        joined.close()
    if "capture" not in _state:
        ctx = build_context(target, paths=AppPaths.from_environment())
        atexit.register(ctx.close)
        with ctx.db.read() as session:
            contact = session.execute(text("SELECT max(id) FROM contact")).scalar()
        _state["capture"] = (ctx, int(contact or 1))


def _quick_log(*, captured: bool) -> float:
    from app.domain.enums import Channel  # noqa: PLC0415
    from app.services.interactions import InteractionDraft  # noqa: PLC0415
    from app.services.tasks import TaskDraft  # noqa: PLC0415

    ctx, contact = _state["capture"]
    with ctx.db.write() as session:
        session.execute(text("UPDATE sync_state SET applying = :a"), {"a": 0 if captured else 1})
    now = ctx.clock.now()
    log = InteractionDraft(contact, now, Channel.PHONE, subject="bench", outcome="left voicemail")
    follow_up = TaskDraft("Call back", contact_id=contact, due_at=now, remind_at=now)
    started = time.perf_counter()
    ctx.tasks.log_with_follow_up(log, follow_up)
    return time.perf_counter() - started


def _import_into(env: BenchEnv, *, joined: bool) -> float:
    """The 100k-contact CSV into a new, empty database that has (or has not) joined a hub."""
    folder = env.scratch / "import"
    folder.mkdir(exist_ok=True)
    target = folder / ("joined.db" if joined else "solo.db")
    for suffix in ("", "-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    new_laptop(_template(folder), target)
    if joined:
        ctx = build_context(target, paths=AppPaths.from_environment())
        with ctx.db.write() as session:
            start_capture(session.connection(), "postgresql://bench@/hub")
        ctx.close()
    return _import_seconds(target, _data(env, "contacts.csv"), folder)


def import_captured(env: BenchEnv) -> float:
    return _import_into(env, joined=True)


def import_uncaptured(env: BenchEnv) -> float:
    return _import_into(env, joined=False)


def quick_log_captured(env: BenchEnv) -> float:
    return _quick_log(captured=True)


def quick_log_uncaptured(env: BenchEnv) -> float:
    return _quick_log(captured=False)


SCENARIOS: list[Scenario] = [
    Scenario(
        name="sync: push + pull of 10,000 field changes",
        issue=22,
        measure=push_pull,
        floor=copy_and_merge,
        target=3.0,
        setup=_setup,
        repeat=3,
    ),
    Scenario(
        name="sync: capture cost of a quick log save",
        issue=22,
        measure=quick_log_captured,
        floor=quick_log_uncaptured,
        max_ratio=1.2,
        setup=_capture_copy,
        repeat=9,
    ),
    Scenario(
        name="sync: first download of the sample",
        issue=22,
        measure=first_download,
        floor=fetch_everything,
        target=60.0,
        setup=_seed_hub,
        repeat=3,
        warmup=0,
    ),
    Scenario(
        name="sync: capture cost of the 100k-contact CSV import",
        issue=22,
        measure=import_captured,
        floor=import_uncaptured,
        max_ratio=1.3,
        repeat=3,
        warmup=0,
    ),
    Scenario(
        name="sync: a sync with nothing to do",
        issue=22,
        measure=nothing_to_do,
        target=0.2,
        setup=_setup,
        repeat=5,
    ),
]
