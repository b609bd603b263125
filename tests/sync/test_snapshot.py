"""A new copy's first download reads the hub's rows as they are now (rapport_snapshot) instead
of replaying the whole change log: the copy it makes equals one made by the replay, it reports
rows done of all, Cancel leaves the copy as it was before joining, and the copy takes local
edits while the rows arrive."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import psycopg
import pytest
from app.bootstrap import AppContext, build_context
from app.config.paths import AppPaths
from app.services.sync.engine import SyncCancelled, SyncService, _fetch
from app.services.sync.hub import connect
from app.storage.schema import head_revision
from app.storage.sync_apply import LocalApplier, Pulled, names_touched, settle_display_names
from app.storage.sync_capture import start_capture
from psycopg.types.json import Jsonb
from sqlalchemy import text

from tests.sync.conftest import Hub, new_laptop
from tests.sync.test_convergence import _dump

CONTACTS = 40


def _laptop(template: Path, target: Path, paths: AppPaths) -> tuple[AppContext, SyncService]:
    ctx = build_context(new_laptop(template, target), paths=paths)
    return ctx, SyncService(ctx.db, ctx.clock, head_revision())


def _sql(ctx: AppContext, sql: str, **params: object) -> None:
    with ctx.db.write() as session:
        session.execute(text(sql), params)


def _rows(ctx: AppContext, sql: str) -> list[tuple[object, ...]]:
    with ctx.db.read() as session:
        return [tuple(r) for r in session.execute(text(sql))]


def _id(ctx: AppContext, uid: str) -> int:
    with ctx.db.read() as session:
        return int(
            session.execute(text("SELECT id FROM contact WHERE uid = :u"), {"u": uid}).scalar_one()
        )


def _add_contacts(ctx: AppContext, count: int) -> None:
    _sql(
        ctx,
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :k) "
        "INSERT INTO contact (uid, created_at, updated_at, version, first_name, last_name,"
        " display_name, sort_name, search_phones, stage, source, custom) SELECT "
        "'c-' || i, '2026-01-01', '2026-01-01', 1, 'N' || i, 'X', 'N' || i, 'n' || i, '',"
        " 'lead', 'other', '{}' FROM n",
        k=count,
    )


def _tag(ctx: AppContext, uid: str, name: str) -> None:
    """A tag made here (the same name made on another copy merges into one) on a contact."""
    _sql(
        ctx,
        "INSERT INTO tag (uid, created_at, updated_at, version, name) SELECT :t, '2026-01-01', "
        "'2026-01-01', 1, :n WHERE NOT EXISTS (SELECT 1 FROM tag WHERE name = :n)",
        t=str(uuid.uuid4()),
        n=name,
    )
    _sql(
        ctx,
        "INSERT INTO contact_tag (uid, created_at, updated_at, version, contact_id, tag_id) "
        "SELECT :l, '2026-01-01', '2026-01-01', 1, c.id, t.id FROM contact c, tag t "
        "WHERE c.uid = :u AND t.name = :n",
        l=str(uuid.uuid4()),
        u=uid,
        n=name,
    )


@pytest.fixture
def busy_hub(
    hub: Hub,
    tmp_path: Path,
    paths: AppPaths,
    laptop_template: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[Hub, str]:
    """A hub whose log holds edits, deletes, an erasure, a duplicate merge, tags merged by name,
    a hub edit and conflicts, from two copies that synced back and forth."""
    url = hub.add_user(f"s_{hub.name}")
    monkeypatch.setenv("PGPASSFILE", str(hub.pgpass()))
    (a, a_sync), (b, b_sync) = (
        _laptop(laptop_template, tmp_path / "a.db", paths),
        _laptop(laptop_template, tmp_path / "b.db", paths),
    )
    _add_contacts(a, CONTACTS)
    _sql(  # a note on the customer erased below: the erasure blanks its text
        a,
        "INSERT INTO interaction (uid, created_at, updated_at, version, contact_id, occurred_at, "
        "channel, direction, subject, body) SELECT 'i-17', '2026-01-01', '2026-01-01', 1, id, "
        "'2026-01-01 10:00:00.000000', 'call', 'inbound', 'Rückruf', 'Privates' FROM contact "
        "WHERE uid = 'c-17'",
    )
    a_sync.sync(url)
    b_sync.sync(url)
    for n in range(1, 11):  # the same field on both: conflicts, one side losing
        _sql(a, "UPDATE contact SET city = :v WHERE uid = :u", v=f"a{n}", u=f"c-{n}")
        _sql(b, "UPDATE contact SET city = :v WHERE uid = :u", v=f"b{n}", u=f"c-{n}")
    _sql(a, "UPDATE contact SET notes = 'edited twice' WHERE uid IN ('c-11', 'c-12')")
    _sql(a, "UPDATE contact SET notes = 'edited thrice' WHERE uid = 'c-11'")
    _sql(b, "UPDATE contact SET job_title = 'Chief' WHERE uid = 'c-13'")  # against a's delete
    _sql(a, "UPDATE contact SET deleted_at = '2026-06-01 00:00:00.000000' WHERE uid = 'c-13'")
    _sql(b, "UPDATE contact SET deleted_at = '2026-06-01 00:00:00.000000' WHERE uid = 'c-14'")
    a.duplicates.merge(_id(a, "c-15"), _id(a, "c-16"), {"city": _id(a, "c-16")})
    b.privacy.erase(_id(b, "c-17"))
    _tag(a, "c-18", "vip")
    _tag(b, "c-19", "vip")
    with psycopg.connect(hub.admin_url) as conn:
        conn.execute("SELECT rapport_write('contact', 'c-20', 'notes', %s)", (Jsonb("at hub"),))
    for sync in (a_sync, b_sync, a_sync, b_sync):
        sync.sync()
    assert hub.query("SELECT count(*) FROM sync_conflict")[0][0] >= 10
    a.close()
    b.close()
    return hub, url


def _replayed(ctx: AppContext, url: str) -> None:
    """A first download the old way: the whole log replayed, change by change, in its order."""
    with ctx.db.write() as session:
        start_capture(session.connection(), url)
    with ctx.db.read() as session:
        origin = str(session.execute(text("SELECT origin FROM sync_state")).scalar())
    with connect(url) as hub:
        rows = _fetch(hub, origin, 0, 10**9)
    with ctx.db.write() as session:
        c = session.connection()
        with LocalApplier(c) as applier:
            applier.apply_all(Pulled(*row) for row in rows)
        settle_display_names(c, names_touched((r[1], r[2], r[3]) for r in rows))
        c.exec_driver_sql("UPDATE sync_state SET cursor = ? WHERE id = 1", (rows[-1][0],))


def _clocks(ctx: AppContext) -> list[tuple[object, ...]]:
    return _rows(ctx, "SELECT tbl, uid, col, hlc, origin FROM sync_field_clock ORDER BY 1, 2, 3")


def _conflicts(ctx: AppContext) -> list[tuple[object, ...]]:
    return _rows(ctx, "SELECT id, tbl, uid, field, local, remote, base, kept FROM sync_conflict")


def test_a_snapshot_download_equals_a_replay_of_the_log(
    busy_hub: tuple[Hub, str], tmp_path: Path, paths: AppPaths, laptop_template: Path
) -> None:
    hub, url = busy_hub
    snapshot, snapshot_sync = _laptop(laptop_template, tmp_path / "snapshot.db", paths)
    replay, replay_sync = _laptop(laptop_template, tmp_path / "replay.db", paths)
    total = hub.query("SELECT count(*) FROM sync_change_log WHERE applied AND NOT hidden")[0][0]
    report = snapshot_sync.sync(url)
    _replayed(replay, url)
    replay_sync.sync()  # the conflicts, and nothing more to pull
    assert 0 < report.pulled < total  # superseded changes were not sent
    assert _dump(snapshot) == _dump(replay)
    assert _clocks(snapshot) == _clocks(replay)
    assert _conflicts(snapshot) == _conflicts(replay) != []
    assert _rows(snapshot, "SELECT cursor, hlc FROM sync_state") == _rows(
        replay, "SELECT cursor, hlc FROM sync_state"
    )
    erased = _rows(
        snapshot, "SELECT first_name, erased_at IS NOT NULL FROM contact WHERE uid = 'c-17'"
    )
    assert erased[0][1]
    assert erased[0][0] != "N17"
    assert _rows(snapshot, "SELECT subject, body FROM interaction WHERE uid = 'i-17'") == [
        ("", None)
    ]
    assert _rows(snapshot, "SELECT count(*) FROM tag WHERE name = 'vip'") == [(1,)]
    assert not (tmp_path / "snapshot.db.download").exists()
    snapshot.close()
    replay.close()


def test_first_download_reports_rows_done_and_takes_local_edits_meanwhile(
    busy_hub: tuple[Hub, str], tmp_path: Path, paths: AppPaths, laptop_template: Path
) -> None:
    hub, url = busy_hub
    target = tmp_path / "new.db"
    ctx, sync = _laptop(laptop_template, target, paths)
    reports: list[tuple[str, float]] = []
    written: list[int] = []

    def progress(stage: str, share: float) -> None:
        reports.append((stage, share))
        if stage == "download" and share > 0 and not written:
            other = sqlite3.connect(target, timeout=0)  # another connection, not waiting
            with other:
                other.execute(
                    "INSERT INTO contact (uid, created_at, updated_at, version, first_name, "
                    "last_name, display_name, sort_name, search_phones, stage, source, custom) "
                    "VALUES ('mine', '2026-02-01', '2026-02-01', 1, 'Met', 'Meanwhile', "
                    "'Met Meanwhile', 'met meanwhile', '', 'lead', 'other', '{}')"
                )
                written.append(other.total_changes)
            other.close()

    sync.sync(url, progress=progress)
    assert written, "no write was tried while the rows arrived"
    shares = [share for _stage, share in reports]
    assert shares == sorted(shares)
    assert reports[-1] == ("apply", 1.0)
    assert {stage for stage, _share in reports} == {"download", "apply"}
    assert _rows(ctx, "SELECT display_name FROM contact WHERE uid = 'mine'") == [("Met Meanwhile",)]
    assert _rows(ctx, "SELECT count(*) FROM contact WHERE uid LIKE 'c-%'")[0][0] >= CONTACTS - 2
    assert sync.sync().pushed > 0  # the edit made meanwhile was captured, and goes out
    assert hub.query("SELECT display_name FROM contact WHERE uid = 'mine'") == [("Met Meanwhile",)]
    ctx.close()


def test_cancelling_a_first_download_leaves_the_copy_unjoined(
    busy_hub: tuple[Hub, str], tmp_path: Path, paths: AppPaths, laptop_template: Path
) -> None:
    _hub, url = busy_hub
    ctx, sync = _laptop(laptop_template, tmp_path / "new.db", paths)
    before = _dump(ctx)
    asked: list[str] = []

    def progress(stage: str, _share: float) -> None:
        asked.append(stage)

    with pytest.raises(SyncCancelled):
        sync.sync(url, progress=progress, cancelled=lambda: "apply" in asked or len(asked) > 1)
    assert _dump(ctx) == before
    assert sync.status().hub is None
    assert _rows(ctx, "SELECT count(*) FROM sync_change") == [(0,)]
    assert _rows(ctx, "SELECT count(*) FROM sync_field_clock") == [(0,)]
    assert _rows(ctx, "SELECT cursor FROM sync_state") == [(0,)]
    assert _rows(
        ctx,
        "SELECT count(*) FROM sqlite_master WHERE name LIKE 'sync\\_%' ESCAPE '\\' "
        "AND type = 'trigger'",
    ) == [(0,)]
    assert not (tmp_path / "new.db.download").exists()
    report = sync.sync(url)  # joining again later downloads everything
    assert report.pulled > 0
    assert sync.status().hub is not None
    ctx.close()
