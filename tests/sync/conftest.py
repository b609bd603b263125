"""A throwaway PostgreSQL for the session (started here, stopped at the end) and a fresh hub
database per test; the superuser's password reaches libpq through a .pgpass file."""

from __future__ import annotations

import itertools
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
