"""What each hub role reads and may change (issue 22): row-level security governs pulls as it
governs direct reads. Members read everything; a viewer reads the team's customers but not the
audit log nor the conflicts, and pushes nothing; a push naming a table the hub does not sync is
refused, whoever sends it. The people are made as `rapport hub add-user` makes them."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from app.bootstrap import AppContext, build_context
from app.config.paths import AppPaths
from app.domain.errors import UserError
from app.services.sync.engine import SyncService
from app.storage.schema import head_revision
from psycopg.types.json import Jsonb
from sqlalchemy import text

from tests.sync.conftest import Hub, new_laptop


def _laptop(template: Path, folder: Path, paths: AppPaths, name: str) -> AppContext:
    return build_context(new_laptop(template, folder / f"{name}.db"), paths=paths)


def _sync(ctx: AppContext, url: str | None = None) -> None:
    SyncService(ctx.db, ctx.clock, head_revision()).sync(url)


def _rows(ctx: AppContext, sql: str) -> list[tuple[object, ...]]:
    with ctx.db.read() as session:
        return [tuple(r) for r in session.execute(text(sql))]


def _write(ctx: AppContext, sql: str, **params: object) -> None:
    with ctx.db.write() as session:
        session.execute(text(sql), params)


def _city(ctx: AppContext, city: str) -> None:
    _write(ctx, "UPDATE contact SET city = :c, version = version + 1 WHERE uid = 'c-1'", c=city)


@pytest.fixture
def team(
    hub: Hub,
    tmp_path: Path,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    laptop_template: Path,
) -> dict[str, tuple[AppContext, str]]:
    """An admin, a member and a viewer, each with a laptop; the admin's holds a contact, an
    audit entry and, with the member's, one conflict."""
    urls = {
        role: hub.add_user(f"{role}_{hub.name}", role) for role in ("admin", "member", "viewer")
    }
    monkeypatch.setenv("PGPASSFILE", str(hub.pgpass()))
    laptops = {role: _laptop(laptop_template, tmp_path, paths, role) for role in urls}
    admin, member = laptops["admin"], laptops["member"]
    _write(
        admin,
        "INSERT INTO contact (uid, created_at, updated_at, version, first_name, last_name, "
        "display_name, sort_name, search_phones, stage, source, custom) VALUES ('c-1', "
        "'2026-01-01', '2026-01-01', 1, 'Anna', 'X', 'Anna X', 'x anna', '', 'lead', 'other', "
        "'{}')",
    )
    with admin.db.write() as session:
        admin.audit.record(session, "contact.note", "contact", "c-1", "rights test")
    _sync(admin, urls["admin"])
    _sync(member, urls["member"])
    _city(admin, "Bonn")
    _city(member, "Köln")
    _sync(admin)
    _sync(member)  # Köln against Bonn: a conflict
    yield {role: (laptops[role], url) for role, url in urls.items()}
    for ctx in laptops.values():
        ctx.close()


def test_a_viewer_pulls_the_customers_but_not_the_audit_log_nor_conflicts(
    team: dict[str, tuple[AppContext, str]], hub: Hub
) -> None:
    (viewer, viewer_url), (member, _m) = team["viewer"], team["member"]
    _sync(viewer, viewer_url)
    assert _rows(viewer, "SELECT uid, city FROM contact") == _rows(
        member, "SELECT uid, city FROM contact"
    )
    audited = "SELECT count(*) FROM audit_log WHERE detail = 'rights test'"
    assert _rows(member, audited) == [(1,)]
    assert _rows(viewer, audited) == [(0,)]
    assert hub.query("SELECT count(*) FROM sync_conflict") == [(1,)]
    assert _rows(member, "SELECT count(*) FROM sync_conflict") == [(1,)]
    assert _rows(viewer, "SELECT count(*) FROM sync_conflict") == [(0,)]


def test_a_viewers_direct_reads_follow_the_same_rule(
    team: dict[str, tuple[AppContext, str]], hub: Hub
) -> None:
    with psycopg.connect(team["viewer"][1]) as conn:
        assert conn.execute("SELECT count(*) FROM contact").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM sync_conflict").fetchone() == (0,)
        logged = "SELECT count(*) FROM sync_change_log WHERE tbl = 'audit_log'"
        assert conn.execute(logged).fetchone() == (0,)
    with psycopg.connect(team["member"][1]) as conn:
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM sync_conflict").fetchone() == (1,)
        assert conn.execute(logged).fetchone() == (1,)


def test_a_push_naming_a_table_the_hub_does_not_sync_is_refused(
    team: dict[str, tuple[AppContext, str]], hub: Hub
) -> None:
    """Nobody can reach the hub's bookkeeping through a push (here: erase a conflict)."""
    [(conflict,)] = hub.query("SELECT id FROM sync_conflict")
    change = {"seq": 1, "tbl": "sync_conflict", "uid": str(conflict), "col": "-", "val": None}
    with (
        psycopg.connect(team["admin"][1]) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege, match="not a table this hub syncs"),
    ):
        conn.execute(
            "SELECT rapport_push('x', %s)", (Jsonb([{**change, "hlc": 1, "base": 0, "seen": 0}]),)
        )
    assert hub.query("SELECT count(*) FROM sync_conflict") == [(1,)]


def test_only_an_admin_changes_the_settings(team: dict[str, tuple[AppContext, str]]) -> None:
    (member, _m), (admin, _a) = team["member"], team["admin"]
    _write(
        admin,
        "INSERT INTO setting (uid, created_at, updated_at, version, key, value) VALUES "
        "('s-1', '2026-01-01', '2026-01-01', 1, 'rights.test', '{\"v\": 1}')",
    )
    _sync(admin)
    _sync(member)
    assert _rows(member, "SELECT value FROM setting WHERE uid = 's-1'") == [('{"v":1}',)]
    _write(member, "UPDATE setting SET value = '{\"v\": 2}', version = 2 WHERE uid = 's-1'")
    with pytest.raises(UserError, match="only a hub admin may change setting"):
        _sync(member)


# The rule, role by role: what a direct read returns (row-level security) and what goes through
# the hub's functions. Nobody writes the tables directly; every change is a push (or an admin's
# edit at the hub), which the functions check.
READS = {  # table: the roles that see its rows
    "contact": {"admin", "member", "viewer"},
    "staff": {"admin", "member", "viewer"},
    "setting": {"admin", "member", "viewer"},
    "audit_log": {"admin", "member"},
    "sync_conflict": {"admin", "member"},
}
PUSHES = {  # a table and column a change is pushed to: the roles the hub takes it from
    ("contact", "notes"): {"admin", "member"},
    ("interaction", "subject"): {"admin", "member"},
    ("staff", "name"): {"admin"},
    ("setting", "key"): {"admin"},
}


@pytest.mark.parametrize("role", ["admin", "member", "viewer"])
def test_each_role_reads_what_the_rule_says(
    team: dict[str, tuple[AppContext, str]], hub: Hub, role: str
) -> None:
    _write(
        team["admin"][0],
        "INSERT INTO setting (uid, created_at, updated_at, version, key, value) VALUES "
        "('s-9', '2026-01-01', '2026-01-01', 1, 'rights.read', '{}')",
    )
    _write(
        team["admin"][0],
        "INSERT INTO staff (uid, created_at, updated_at, version, name, active) VALUES "
        "('p-9', '2026-01-01', '2026-01-01', 1, 'Pia', 1)",
    )
    _sync(team["admin"][0])
    with psycopg.connect(team[role][1]) as conn:
        for table, readers in READS.items():
            (seen,) = conn.execute(f"SELECT count(*) > 0 FROM {table}").fetchone()  # noqa: S608
            assert seen == (role in readers), (role, table)
            logged = "SELECT count(*) > 0 FROM sync_change_log WHERE tbl = %s"
            if table != "sync_conflict":  # the change log follows the table's rule
                assert conn.execute(logged, (table,)).fetchone() == (role in readers,)


@pytest.mark.parametrize("role", ["admin", "member", "viewer"])
def test_each_role_pushes_what_the_rule_says(
    team: dict[str, tuple[AppContext, str]], hub: Hub, role: str
) -> None:
    url = team[role][1]
    for seq, ((table, column), pushers) in enumerate(PUSHES.items(), 1):
        change = {"seq": seq, "tbl": table, "uid": f"{table}-x", "col": column, "val": "x"}
        change |= {"hlc": 1 << 60, "base": -1, "seen": -1}
        with psycopg.connect(url) as conn:
            try:
                conn.execute("SELECT rapport_push(%s, %s)", (f"o-{role}", Jsonb([change])))
                taken = True
            except psycopg.errors.InsufficientPrivilege:
                taken = False
        assert taken == (role in pushers), (role, table)
    for statement in (
        "UPDATE contact SET city = 'direct'",
        "INSERT INTO contact (uid) VALUES ('direct')",
        "DELETE FROM sync_conflict",
    ):
        with (
            psycopg.connect(url) as conn,
            pytest.raises(psycopg.errors.InsufficientPrivilege),
        ):
            conn.execute(statement)
    with psycopg.connect(url) as conn:  # an edit at the hub itself: admins only
        try:
            conn.execute("SELECT rapport_write('contact', 'c-1', 'city', '\"Hub\"')")
            wrote = True
        except psycopg.errors.InsufficientPrivilege:
            wrote = False
    assert wrote == (role == "admin")
    with psycopg.connect(url) as conn:  # settling a conflict: not for viewers
        conn.execute("SELECT rapport_resolved(array_agg(id)) FROM sync_conflict")
        conn.commit()
    settled = hub.query("SELECT bool_and(resolved) FROM sync_conflict")
    assert settled == [(role != "viewer",)]


def test_the_read_rule_is_inlined_into_the_statements_using_it(hub: Hub) -> None:
    """A pull and a first download's snapshot test the rule once per log entry, the caller's
    role as a sub-query: PostgreSQL writes the rule into the statement instead of calling the
    function for each entry (which took half the snapshot's time)."""
    plan = "\n".join(
        str(line)
        for (line,) in hub.query(
            "EXPLAIN SELECT l.cursor FROM sync_change_log l "
            "WHERE rapport_may_read((SELECT rapport_role()), l.tbl)"
        )
    )
    assert "rapport_may_read" not in plan
    assert "audit_log" in plan  # the rule itself, written into the filter
