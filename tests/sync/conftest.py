"""A throwaway PostgreSQL for the session (started here, stopped at the end) and a fresh hub
database per test; the superuser's password reaches libpq through a .pgpass file."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from app.bootstrap import AppContext, build_context
from app.config.paths import AppPaths
from app.domain.clock import FixedClock
from app.services.contacts import ContactDraft
from app.services.sync import hub as hub_api
from app.services.sync.engine import SyncService
from app.storage.schema import head_revision
from sqlalchemy import text

from tests.sync.pg_server import PgServer, server_bin, start_server

_numbers = itertools.count(1)
DAY_ONE = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
Copy = tuple[AppContext, SyncService]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    if server_bin() is None:
        pytest.fail("PostgreSQL is not installed: .ci/run installs it (apt-get install postgresql)")
    server = start_server()
    yield server
    server.stop()


@dataclass
class Hub:
    server: PgServer
    name: str
    passwords: dict[str, str]

    @property
    def admin_url(self) -> str:
        return self.server.url(self.name)

    def url(self, user: str) -> str:
        return self.server.url(self.name, user)

    def add_user(self, user: str, role: str = "member") -> str:
        self.passwords[user] = f"password of {user}"
        hub_api.add_user(self.admin_url, user, role, self.passwords[user])
        return self.url(user)

    def pgpass(self) -> Path:
        return self.server.pgpass(self.passwords)

    def query(self, sql: str, *params: object) -> list[tuple[object, ...]]:
        with psycopg.connect(self.admin_url) as conn:
            return conn.execute(sql, params or None).fetchall()


@pytest.fixture
def hub(pg_server: PgServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[Hub]:
    """A new, set-up hub database; users named per test (roles are cluster-wide)."""
    monkeypatch.setenv("PGPASSFILE", str(pg_server.pgpass({})))
    made = made_hub(pg_server)
    yield made
    dropped_hub(made)


def made_hub(server: PgServer, name: str | None = None) -> Hub:
    """A new database on the server (hubN unless named), set up as a hub."""
    name = name or f"hub{next(_numbers)}"
    with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    hub_api.init_hub(server.url(name), head_revision())
    return Hub(server, name, {})


def dropped_hub(hub: Hub) -> None:
    with psycopg.connect(hub.server.url("postgres"), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {hub.name} WITH (FORCE)")


@pytest.fixture(scope="session")
def laptop_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated, empty, plain database, copied for every laptop (migrating takes seconds)."""
    from app.bootstrap import build_context  # noqa: PLC0415
    from app.config.paths import HOME_ENV, AppPaths  # noqa: PLC0415
    from app.services.security import KeyRequest  # noqa: PLC0415

    folder = tmp_path_factory.mktemp("template")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(HOME_ENV, str(folder / "home"))
        ctx = build_context(
            folder / "laptop.db",
            paths=AppPaths.from_environment(),
            keys=KeyRequest(None, plain=True),
        )
        ctx.close()
    return folder / "laptop.db"


def new_laptop(template: Path, target: Path) -> Path:
    """A copy of the template with its own origin id, as a freshly created database has."""
    import sqlite3  # noqa: PLC0415 - a plain file, before the app opens it
    import uuid  # noqa: PLC0415

    shutil.copy(template, target)
    with sqlite3.connect(target) as conn:
        conn.execute("UPDATE sync_state SET origin = ?", (str(uuid.uuid4()),))
    conn.close()
    return target


def rows(ctx: AppContext, sql: str, **params: object) -> list[tuple[object, ...]]:
    """Run SQL on a copy in a write transaction; the rows it returns, if any."""
    with ctx.db.write() as session:
        result = session.execute(text(sql), params)
        return [tuple(r) for r in result] if result.returns_rows else []


@pytest.fixture
def office_and_field(
    hub: Hub,
    tmp_path: Path,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    laptop_template: Path,
) -> Iterator[tuple[Copy, Copy]]:
    """The office's copy holding three customers (Anna, Ben, Carla) and a field laptop that
    downloaded them, both members of the hub; each with its own clock."""
    office_url, field_url = hub.add_user(f"office_{hub.name}"), hub.add_user(f"field_{hub.name}")
    monkeypatch.setenv("PGPASSFILE", str(hub.pgpass()))
    copies = []
    for name, url in (("office", office_url), ("field", field_url)):
        ctx = build_context(
            new_laptop(laptop_template, tmp_path / f"{name}.db"),
            paths=paths,
            clock=FixedClock(DAY_ONE),
        )
        if name == "office":
            for first, email in (("Anna", "anna@example.com"), ("Ben", "ben@example.com")):
                ctx.contacts.create(ContactDraft(first_name=first, last_name="Kunde", email=email))
            ctx.contacts.create(ContactDraft(first_name="Carla", last_name="Kunde"))
        sync = SyncService(ctx.db, ctx.clock, head_revision())
        sync.sync(url)
        copies.append((ctx, sync))
    yield copies[0], copies[1]
    for ctx, _sync in copies:
        ctx.close()
