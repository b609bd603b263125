"""The contact list's floor on its own: the first screen (100 live contacts by sort name, the
columns the list shows) through the app's storage layer (SQLAlchemy session on the app's engine)
beside the same SQL on a bare sqlcipher3 connection, the driver the app uses. It gives the suite
figures before the contacts pane lands and shows what the storage layer adds to raw SQLite.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from time import perf_counter
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from app.storage.database import Database
from app.storage.models import Contact
from sqlalchemy import select

from tests.bench.model import BenchEnv, Scenario

PAGE = 100
FIRST_PAGE_SQL = (
    "SELECT id, display_name, email, phone, city, stage FROM contact "
    "WHERE deleted_at IS NULL ORDER BY sort_name, id LIMIT ?"
)


@cache
def _database(path: Path) -> Database:
    return Database.open(path)


@cache
def _connection(path: Path) -> Any:
    return sqlcipher.connect(str(path), check_same_thread=False)


def _timed_rows(fetch: Any) -> float:
    started = perf_counter()
    rows = fetch()
    elapsed = perf_counter() - started
    if len(rows) != PAGE:
        raise RuntimeError(f"expected {PAGE} contacts, got {len(rows)}")
    return elapsed


def storage_first_page(env: BenchEnv) -> float:
    columns = (Contact.id, Contact.display_name, Contact.email, Contact.phone, Contact.city)
    query = (
        select(*columns, Contact.stage)
        .where(Contact.deleted_at.is_(None))
        .order_by(Contact.sort_name, Contact.id)
        .limit(PAGE)
    )

    def fetch() -> list[Any]:
        with _database(env.database).read() as session:
            return list(session.execute(query).all())

    return _timed_rows(fetch)


def raw_first_page(env: BenchEnv) -> float:
    connection = _connection(env.database)
    return _timed_rows(lambda: connection.execute(FIRST_PAGE_SQL, (PAGE,)).fetchall())


SCENARIOS = [
    Scenario(
        name="contact_list_first_page_sql",
        issue=3,
        measure=storage_first_page,
        floor=raw_first_page,
        repeat=51,
        warmup=3,
    ),
]
