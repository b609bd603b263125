"""The hub's users are the team's staff (issue 23): adding a person makes (or links) their staff
row on the hub, which every laptop pulls; admins change rights and (de)activate people through
the hub's functions, the staff row's `active` following; members, viewers, an admin acting on
their own login and logins outside Rapport are refused in one sentence. Also through
`rapport hub ...`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from app.bootstrap import AppContext, build_context
from app.cli import main
from app.config.paths import AppPaths
from app.domain.errors import UserError
from app.services.sync import hub as hub_api
from app.services.sync.engine import SyncService
from app.storage.schema import head_revision
from psycopg.types.json import Jsonb
from sqlalchemy import text

from tests.sync.conftest import Hub, new_laptop


@pytest.fixture
def laptop(
    hub: Hub,
    tmp_path: Path,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    laptop_template: Path,
) -> Iterator[tuple[AppContext, str]]:
    """A member's laptop, joined (it has synced once), and its hub URL."""
    url = hub.add_user(f"field_{hub.name}", "member")
    monkeypatch.setenv("PGPASSFILE", str(hub.pgpass()))
    ctx = build_context(new_laptop(laptop_template, tmp_path / "laptop.db"), paths=paths)
    _sync(ctx, url)
    yield ctx, url
    ctx.close()


def _sync(ctx: AppContext, url: str | None = None) -> None:
    SyncService(ctx.db, ctx.clock, head_revision()).sync(url)


def _staff(ctx: AppContext) -> dict[str, tuple[str, int]]:
    """login -> (name, active) of the laptop's staff rows that have a login."""
    with ctx.db.read() as session:
        rows = session.execute(
            text("SELECT login, name, active FROM staff WHERE login IS NOT NULL")
        )
        return {str(login): (str(name), int(active)) for login, name, active in rows}


def _hub_staff(hub: Hub, login: str) -> list[tuple[object, ...]]:
    return hub.query("SELECT name, active FROM staff WHERE login = %s", login)


def _user(hub: Hub, name: str) -> hub_api.HubUser:
    return next(u for u in hub_api.users(hub.admin_url) if u.name == name)


def test_a_new_hub_user_is_a_staff_row_every_laptop_pulls(
    hub: Hub, laptop: tuple[AppContext, str]
) -> None:
    ctx, _url = laptop
    name = f"nina_{hub.name}"
    hub.add_user(name, "viewer")
    assert _hub_staff(hub, name) == [(name, True)]
    _sync(ctx)
    assert _staff(ctx)[name] == (name, 1)
    assert _staff(ctx)[f"field_{hub.name}"] == (f"field_{hub.name}", 1)  # the laptop's own
    # the row was written as a hub edit: logged with its field clocks, so it merges like any
    uid = hub.query("SELECT uid FROM staff WHERE login = %s", name)[0][0]
    assert hub.query(
        "SELECT origin, col FROM sync_change_log WHERE tbl = 'staff' AND uid = %s", uid
    ) == [("hub", "*")]
    assert hub.query("SELECT col FROM sync_field_clock WHERE tbl = 'staff' AND uid = %s", uid) == [
        ("*",)
    ]


def test_adding_a_person_again_or_one_named_like_a_staff_row_links_it(
    hub: Hub, laptop: tuple[AppContext, str]
) -> None:
    ctx, _url = laptop
    name = f"sam_{hub.name}"
    with psycopg.connect(hub.admin_url) as conn:  # staff made before the team had logins
        row = {"uid": "s-1", "name": name.upper(), "active": True, "login": None}
        row |= {"created_at": "2026-01-01 00:00:00.000000", "updated_at": "2026-01-01"}
        conn.execute("SELECT rapport_write('staff', 's-1', '*', %s)", (Jsonb(row),))
    hub.add_user(name, "member")
    hub.add_user(name, "admin")  # again: the same row, the new right
    assert hub.query("SELECT uid, name FROM staff WHERE login = %s", name) == [
        ("s-1", name.upper())
    ]
    assert _user(hub, name) == hub_api.HubUser(name, "admin", True)
    _sync(ctx)
    assert _staff(ctx)[name] == (name.upper(), 1)


def test_admins_change_rights_and_deactivate_and_the_staff_row_follows(
    hub: Hub, laptop: tuple[AppContext, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx, _url = laptop
    admin = hub.add_user(f"boss_{hub.name}", "admin")  # an admin that is no superuser
    monkeypatch.setenv("PGPASSFILE", str(hub.pgpass()))
    field = f"field_{hub.name}"
    hub_api.set_role(admin, field, "viewer")
    assert _user(hub, field) == hub_api.HubUser(field, "viewer", True)
    hub_api.set_active(admin, field, False)
    assert _user(hub, field) == hub_api.HubUser(field, "viewer", False)
    assert _hub_staff(hub, field) == [(field, False)]
    with pytest.raises(UserError, match=r"no longer lets .* sign in"):
        _sync(ctx)
    hub_api.set_active(admin, field, True)
    hub_api.set_role(admin, field, "member")
    _sync(ctx)
    assert _staff(ctx)[field] == (field, 1)
    assert _user(hub, field) == hub_api.HubUser(field, "member", True)
    newcomer = f"new_{hub.name}"
    hub_api.add_user(admin, newcomer, "member", "pw")
    hub_api.set_active(admin, newcomer, False)
    _sync(ctx)
    assert _staff(ctx)[newcomer] == (newcomer, 0)


@pytest.mark.parametrize("role", ["member", "viewer"])
def test_only_admins_manage_people(hub: Hub, monkeypatch: pytest.MonkeyPatch, role: str) -> None:
    url = hub.add_user(f"{role}_{hub.name}", role)
    other = f"other_{role}_{hub.name}"
    hub.add_user(other, "member")
    monkeypatch.setenv("PGPASSFILE", str(hub.pgpass()))
    refusal = "Only a hub administrator may add people or change their rights."
    for attempt in (
        lambda: hub_api.add_user(url, f"x_{hub.name}", "admin", "pw"),
        lambda: hub_api.set_role(url, other, "admin"),
        lambda: hub_api.set_active(url, other, False),
    ):
        with pytest.raises(UserError) as raised:
            attempt()
        assert raised.value.template == refusal
    assert _user(hub, other) == hub_api.HubUser(other, "member", True)
    assert not hub.query("SELECT 1 FROM pg_roles WHERE rolname = %s", f"x_{hub.name}")


def test_an_admin_cannot_lock_themselves_out_nor_touch_logins_outside_rapport(
    hub: Hub, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = f"boss_{hub.name}"
    admin = hub.add_user(name, "admin")
    monkeypatch.setenv("PGPASSFILE", str(hub.pgpass()))
    with pytest.raises(UserError, match="your own login"):
        hub_api.set_active(admin, name, False)
    with pytest.raises(UserError, match="your own login"):
        hub_api.set_role(admin, name, "viewer")
    with psycopg.connect(hub.admin_url, autocommit=True) as conn:
        conn.execute(f"DROP ROLE IF EXISTS report_{hub.name}")
        conn.execute(f"CREATE ROLE report_{hub.name} LOGIN")  # another application's login
    for attempt in (
        lambda: hub_api.set_active(admin, "postgres", False),
        lambda: hub_api.add_user(admin, "postgres", "viewer", "stolen"),
        lambda: hub_api.add_user(admin, f"report_{hub.name}", "viewer", "stolen"),
    ):
        with pytest.raises(UserError, match="not one of Rapport's people"):
            attempt()
    with pytest.raises(UserError, match="has no user called nobody"):
        hub_api.set_role(admin, "nobody", "member")
    assert _user(hub, name) == hub_api.HubUser(name, "admin", True)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out + out.err


def test_the_command_line_sets_roles_and_deactivates(
    hub: Hub, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ["--db", str(tmp_path / "x.db"), "--plain"]
    name = f"cli_{hub.name}"
    assert (
        _run(capsys, "hub", "add-user", name, "--role", "member", "--hub", hub.admin_url, *db)[0]
        == 0
    )
    monkeypatch.setenv("RAPPORT_HUB_URL", hub.admin_url)
    assert _run(capsys, "hub", "set-role", name, "--role", "viewer", *db) == (
        0,
        f"{name} now syncs as viewer.\n",
    )
    assert _run(capsys, "hub", "deactivate", name, *db)[0] == 0
    code, out = _run(capsys, "hub", "users", "--json", *db)
    assert code == 0
    assert {"name": name, "role": "viewer", "active": False} in json.loads(out)["users"]
    assert _run(capsys, "hub", "reactivate", name, "--json", *db) == (
        0,
        json.dumps({"name": name, "active": True}, indent=2) + "\n",
    )
    assert _hub_staff(hub, name) == [(name, True)]
    code, out = _run(capsys, "hub", "deactivate", "postgres", *db)
    assert code == 2
    assert out.count("\n") == 1
    assert "your own login" in out  # the admin URL signs in as postgres
    code, out = _run(capsys, "hub", "set-role", "Bad Name", "--role", "admin", *db)
    assert (code, out.count("\n")) == (2, 1)
    assert "cannot be a hub user name" in out
    member = hub.add_user(f"m_{hub.name}", "member")
    monkeypatch.setenv("PGPASSFILE", str(hub.pgpass()))
    code, out = _run(capsys, "hub", "reactivate", name, "--hub", member, *db)
    assert (code, out) == (
        2,
        "rapport: Only a hub administrator may add people or change their rights.\n",
    )


def test_the_owner_of_a_hub_on_a_managed_server_manages_people_without_being_superuser(
    hub: Hub, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As on a managed PostgreSQL: whoever sets the hub up may create roles but is no
    superuser; they become its first administrator and add people through its functions."""
    owner, database = f"owner_{hub.name}", f"{hub.name}_managed"
    with psycopg.connect(hub.admin_url, autocommit=True) as conn:
        conn.execute(f"DROP ROLE IF EXISTS {owner}")
        conn.execute(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD 'owner password'")
        conn.execute(f"CREATE DATABASE {database} OWNER {owner}")
    hub.passwords[owner] = "owner password"
    monkeypatch.setenv("PGPASSFILE", str(hub.pgpass()))
    url = hub.server.url(database, owner)
    try:
        hub_api.init_hub(url, head_revision())
        name = f"first_{hub.name}"
        hub_api.add_user(url, name, "member", "pw")
        hub_api.set_active(url, name, False)
        assert next(u for u in hub_api.users(url) if u.name == name) == hub_api.HubUser(
            name, "member", False
        )
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT login, active FROM staff").fetchall() == [(name, False)]
    finally:
        with psycopg.connect(hub.admin_url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {database} WITH (FORCE)")
