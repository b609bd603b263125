"""A throwaway PostgreSQL for the session (started here, stopped at the end) and a fresh hub
database per test; the superuser's password reaches libpq through a .pgpass file."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from app.services.sync import hub as hub_api
from app.storage.schema import head_revision

from tests.sync.pg_server import PgServer, server_bin, start_server

_numbers = itertools.count(1)


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
    name = f"hub{next(_numbers)}"
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    hub_api.init_hub(pg_server.url(name), head_revision())
    made = Hub(pg_server, name, {})
    yield made
    with psycopg.connect(pg_server.url("postgres"), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


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
