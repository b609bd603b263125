"""Capture triggers: every synced table records its writes per changed column, stamped by the
clock the domain defines, references as uids; never-synced tables and pulls record nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from app.bootstrap import AppContext, build_context
from app.domain.hlc import pack, tick
from app.domain.sync_rules import LOCAL_COLUMNS, LOCAL_TABLES
from app.services.contacts import ContactDraft
from app.services.security import KeyRequest
from app.services.team import TeamService
from app.storage.models import Base, SyncColumns
from app.storage.sync_capture import capture_during_upgrade, start_capture, synced_tables
from sqlalchemy import text


@pytest.fixture(autouse=True)
def syncing(ctx: AppContext) -> None:
    """Capture runs once a copy syncs with a hub."""
    with ctx.db.write() as session:
        start_capture(session.connection(), "postgresql://me@/hub")


def test_a_copy_that_never_joined_a_hub_has_no_capture_triggers(tmp_path: Path) -> None:
    """Their cost (even switched off) is paid only by copies that sync."""
    fresh = build_context(tmp_path / "solo.db", keys=KeyRequest(plain=True))
    try:
        with fresh.db.read() as session:
            names = session.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync%'")
            ).all()
    finally:
        fresh.close()
    assert names == []


def test_a_copy_that_never_synced_captures_nothing(ctx: AppContext) -> None:
    with ctx.db.write() as session:
        session.execute(text("UPDATE sync_state SET hub_url = NULL"))
    ctx.contacts.create(ContactDraft(first_name="Solo", last_name="Laptop"))
    assert _changes(ctx) == []


def test_a_copy_that_left_its_hub_captures_on(ctx: AppContext) -> None:
    """So joining the same hub again sends what changed while out (tests/sync/test_rejoin.py)."""
    TeamService(ctx.db, ctx.clock).leave()
    ctx.contacts.create(ContactDraft(first_name="Out", last_name="Side"))
    assert _captured_contact(ctx, "Out")


def test_an_upgrade_remakes_the_triggers_of_a_copy_that_left_before_left_hub(
    ctx: AppContext,
) -> None:
    """A copy that left under the old rule (hub_url emptied, triggers kept with a condition on
    hub_url alone) gets today's triggers with its next upgrade, so leaving again captures on."""
    mine = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_%'"
    with ctx.db.write() as session:
        c = session.connection()
        for name, sql in c.exec_driver_sql(mine).fetchall():
            c.exec_driver_sql(f"DROP TRIGGER {name}")
            c.exec_driver_sql(
                sql.replace("coalesce(hub_url, left_hub) IS NOT NULL", "hub_url IS NOT NULL")
            )
        c.exec_driver_sql("UPDATE sync_state SET hub_url = NULL")
        with capture_during_upgrade(c):
            pass  # the release's migrations
        c.exec_driver_sql("UPDATE sync_state SET hub_url = 'postgresql://me@/hub'")  # joins again
    TeamService(ctx.db, ctx.clock).leave()
    ctx.contacts.create(ContactDraft(first_name="Again", last_name="Out"))
    assert _captured_contact(ctx, "Again")


def _captured_contact(ctx: AppContext, first_name: str) -> bool:
    """Whether a new contact of that first name is among the captured changes (a whole row)."""
    return any(
        table == "contact" and column == "*" and f'"first_name":"{first_name}"' in str(value)
        for table, _uid, column, value, _hlc, _base in _changes(ctx)
    )


def _changes(ctx: AppContext) -> list[tuple[str, str, str, str | None, int, int]]:
    with ctx.db.read() as session:
        return [
            tuple(row)  # type: ignore[misc]
            for row in session.execute(
                text("SELECT tbl, uid, col, val, hlc, base_hlc FROM sync_change ORDER BY seq")
            )
        ]


def test_every_synced_model_column_is_captured(ctx: AppContext) -> None:
    with ctx.db.engine.connect() as connection:
        tables = {t.name: t for t in synced_tables(connection)}
    for mapper in Base.registry.mappers:
        table = mapper.local_table
        if not issubclass(mapper.class_, SyncColumns) or table.name in LOCAL_TABLES:
            continue
        assert set(tables[table.name].columns) == {c.name for c in table.columns} - LOCAL_COLUMNS


def test_insert_then_update_capture_the_row_then_each_changed_column(ctx: AppContext) -> None:
    with ctx.db.write() as session:
        session.execute(text("DELETE FROM sync_change"))
    ctx.contacts.create(ContactDraft(first_name="Anna", last_name="Berg", email="anna@example.com"))
    with ctx.db.read() as session:
        uid, contact_id = session.execute(text("SELECT uid, id FROM contact")).one()
    with ctx.db.write() as session:
        session.execute(
            text("UPDATE contact SET city = 'Köln', notes = notes WHERE id = :id"),
            {"id": contact_id},
        )
    rows = [r for r in _changes(ctx) if r[0] == "contact"]
    assert [r[2] for r in rows] == ["*", "city"]
    inserted = json.loads(rows[0][3] or "")
    assert inserted["first_name"] == "Anna"
    assert "id" not in inserted
    assert "version" not in inserted
    assert rows[1][1] == uid
    assert json.loads(rows[1][3] or "") == "Köln"
    assert rows[1][5] == rows[0][4]  # the city replaced the value the insert wrote
    assert rows[1][4] > rows[0][4]


def test_references_travel_as_uids(ctx: AppContext) -> None:
    contact = ctx.contacts.create(ContactDraft(first_name="Ben", last_name="Kurz", company="Acme"))
    with ctx.db.read() as session:
        company_uid = session.scalar(text("SELECT uid FROM company"))
        row = session.scalar(
            text("SELECT val FROM sync_change WHERE tbl = 'contact' AND col = '*' AND uid = :u"),
            {"u": contact.uid},
        )
    assert json.loads(row)["company_id"] == company_uid


def test_the_trigger_clock_ticks_like_the_domain_clock(ctx: AppContext) -> None:
    ahead = pack(2**41)  # a clock far ahead of the wall (a stamp received from a skewed copy)
    with ctx.db.write() as session:
        session.execute(text("UPDATE sync_state SET hlc = :h"), {"h": ahead})
    ctx.contacts.create(ContactDraft(first_name="Cleo", last_name="Dorn"))
    stamps = [row[4] for row in _changes(ctx) if row[4] > ahead]
    assert stamps[0] == tick(ahead, 0)  # counted on from the last stamp, not the wall
    assert stamps == sorted(set(stamps))


def test_pulls_and_never_synced_tables_are_not_captured(ctx: AppContext) -> None:
    contact = ctx.contacts.create(ContactDraft(first_name="Dora", last_name="Ernst"))
    before = len(_changes(ctx))
    with ctx.db.write() as session:
        session.execute(text("UPDATE sync_state SET applying = 1"))
        session.execute(text("UPDATE contact SET city = 'Bonn' WHERE uid = :u"), {"u": contact.uid})
        session.execute(text("UPDATE sync_state SET applying = 0"))
        session.execute(text("DELETE FROM contact_stats_dirty"))
    assert len(_changes(ctx)) == before
