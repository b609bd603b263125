"""The window's side of team sync (issue 23): the hub login the Team page keeps (its password
in the keychain, under the account `hub.connect` reads), a connection test, leaving the team,
and what a sync or a settled conflict changed, as `Changes` for the open panes.

It drives the sync engine only through its public methods (sync, status, conflicts, resolve).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import SplitResult, quote, unquote, urlsplit

from sqlalchemy import Connection, func, select, text

from app.domain.clock import Clock
from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.services.changes import Changes
from app.storage.database import Database
from app.storage.models import Staff, SyncState
from app.storage.sqlite_dialect import in_json_ids

# The synced tables a pane refreshes, and the field of `Changes` that names their rows.
KINDS = {
    "contact": "contacts",
    "interaction": "interactions",
    "task": "tasks",
    "complaint": "complaints",
    "txn": "txns",
    "survey_response": "surveys",
}
EDITABLE = ("contact", "task", "complaint")
APPEND_ONLY = ("interaction", "txn", "survey_response")  # rows are added, never edited


@dataclass(frozen=True, slots=True)
class RowMarks:
    """Before a sync: each editable row's version, and the highest id of the append-only
    kinds (a snapshot of 100,000 interactions would cost more than it tells: their edits are
    found by the uids the pull wrote)."""

    versions: dict[str, dict[int, int]]
    last_ids: dict[str, int]


@dataclass(frozen=True, slots=True)
class HubLogin:
    """A hub address (without user or password) and the user name, as the Team page shows."""

    address: str
    user: str


def hub_url(address: str, user: str) -> str:
    """The URL the engine syncs with: the address with the user in it, never a password."""
    address, user = address.strip(), user.strip()
    if not address:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "Give the hub's address, such as postgresql://server/rapport."
            )
        )
    if not user:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Give your user name on the hub."))
    parts = urlsplit(address if "://" in address else f"postgresql://{address}")
    if parts.scheme not in ("postgresql", "postgres"):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "'{address}' is not a PostgreSQL address such as postgresql://server/rapport.",
            ),
            address=address,
        )
    return _joined(parts, f"{quote(user, safe='')}@{parts.netloc.rsplit('@', 1)[-1]}")


def login_of(url: str) -> HubLogin:
    """The address and user of a remembered hub URL (the reverse of `hub_url`)."""
    parts = urlsplit(url)
    user, _, host = parts.netloc.rpartition("@")
    return HubLogin(_joined(parts, host), unquote(user.split(":", 1)[0]))


def _joined(parts: SplitResult, netloc: str) -> str:
    """A libpq URI with this netloc (urlunsplit drops the // of an empty one)."""
    query = f"?{parts.query}" if parts.query else ""
    return f"{parts.scheme}://{netloc}{parts.path}{query}"


def _keychain_account(url: str) -> str:
    """The keychain entry `hub.connect` looks for: user@host:port/database."""
    from psycopg.conninfo import conninfo_to_dict  # noqa: PLC0415 - loads libpq

    from app.services.sync.hub import keychain_account  # noqa: PLC0415 - loads psycopg

    params: dict[str, Any] = conninfo_to_dict(url)
    return keychain_account(params)


def remember_password(url: str, password: str) -> None:
    """Keep the hub password in the system keychain (never the database or a log)."""
    from app.services.security import keep_secret, keychain_usable  # noqa: PLC0415
    from app.services.sync.hub import KEYRING_SERVICE  # noqa: PLC0415

    if not keychain_usable():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "This computer has no safe keychain for the hub password; leave the password "
                "empty and put it in PostgreSQL's password file (.pgpass) instead.",
            )
        )
    keep_secret(KEYRING_SERVICE, _keychain_account(url), password)


def forget_password(url: str) -> None:
    from app.services.security import forget_secret  # noqa: PLC0415
    from app.services.sync.hub import KEYRING_SERVICE  # noqa: PLC0415

    forget_secret(KEYRING_SERVICE, _keychain_account(url))


def check_login(url: str, schema_version: str) -> str:
    """The hub answers, is a Rapport hub of this schema and knows the user: its role."""
    from app.services.sync.hub import check_schema, connect  # noqa: PLC0415

    with connect(url) as conn:
        check_schema(conn, schema_version)
        row = conn.execute("SELECT rapport_info() ->> 'role'").fetchone()
    if row is None or row[0] is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "This hub user has no Rapport role yet."))
    return str(row[0])


def is_offline(exc: UserError) -> bool:
    """The hub could not be reached (as opposed to a refusal): work goes on, changes wait."""
    return "cannot be reached" in exc.template


class TeamService:
    """Leaving the team and the `Changes` of sync, over the database the engine syncs."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db, self._clock = db, clock

    def hub(self) -> str | None:
        """The remembered hub (without password), read without loading the sync engine."""
        with self._db.read() as session:
            url = session.connection().exec_driver_sql("SELECT hub_url FROM sync_state").scalar()
        return None if url is None else str(url)

    def leave(self) -> None:
        """Stop syncing: forget the remembered hub; the local file and its data stay. Edits are
        still captured, so joining the same hub again sends them (see SyncService.sync)."""
        with self._db.write() as session:
            session.connection().exec_driver_sql(
                "UPDATE sync_state SET left_hub = hub_url, hub_url = NULL WHERE hub_url IS NOT NULL"
            )

    def marks(self) -> RowMarks:
        """The rows panes show as they are before a sync (see RowMarks)."""
        with self._db.read() as session:
            c = session.connection()
            versions = {table: _versions(c, table) for table in EDITABLE}
            last_ids = {table: _last_id(c, table) for table in APPEND_ONLY}
        return RowMarks(versions, last_ids)

    def changed_since(self, before: RowMarks, pulled: Iterable[tuple[str, str]] = ()) -> Changes:
        """The rows a sync added or changed. Every applied edit bumps a row's version and every
        new row gets a new id; an edit to an existing append-only row (an interaction moved by
        a merge, a scrubbed answer) is found among the rows the pull wrote, `pulled` as
        (table, uid), looked up by uid instead of a snapshot of every such row."""
        edited: dict[str, list[str]] = {table: [] for table in APPEND_ONLY}
        for table, uid in pulled:
            if table in edited:
                edited[table].append(uid)
        found: dict[str, Any] = {}
        with self._db.read() as session:
            c = session.connection()
            for table, known in before.versions.items():
                rows = c.exec_driver_sql(f"SELECT id, version FROM {table}")  # noqa: S608
                found[KINDS[table]] = frozenset(i for i, v in rows if known.get(i) != v)
            for table, last in before.last_ids.items():
                added_or_edited = f"SELECT id FROM {table} WHERE id > :last OR uid "  # noqa: S608
                rows = c.execute(
                    text(added_or_edited + in_json_ids("uids")),
                    {"last": last, "uids": json.dumps(edited[table])},
                )
                found[KINDS[table]] = frozenset(r[0] for r in rows)
        return replace(Changes(), **found)

    def changes_of(self, table: str, uid: str) -> Changes:
        """What settling a conflict on one row changed."""
        field = KINDS.get(table)
        if field is None:
            return Changes(settings=True)  # tags, custom fields, settings: re-read
        with self._db.read() as session:
            row_id = (
                session.connection()
                .exec_driver_sql(f"SELECT id FROM {table} WHERE uid = ?", (uid,))  # noqa: S608
                .scalar()
            )
        if row_id is None:
            return Changes()
        ids: dict[str, Any] = {field: frozenset({row_id})}
        return replace(Changes(), **ids)

    def record_label(self, table: str, uid: str) -> str | None:
        """A contact's name for the conflict list; None for other kinds of record."""
        if table != "contact":
            return None
        with self._db.read() as session:
            name = (
                session.connection()
                .exec_driver_sql("SELECT display_name FROM contact WHERE uid = ?", (uid,))
                .scalar()
            )
        return None if name is None else str(name)


def _last_id(c: Connection, table: str) -> int:
    found = c.exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table}").scalar()  # noqa: S608
    return int(found or 0)


def _versions(c: Connection, table: str) -> dict[int, int]:
    rows = c.exec_driver_sql(f"SELECT id, version FROM {table}")  # noqa: S608 - fixed names
    return {int(row_id): int(version) for row_id, version in rows}


# -- who this copy is on the team ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Me:
    """This copy's seat on the team: the hub user it syncs as, the staff row standing for that
    user (None until the hub's staff reach this copy) and the role the hub gave at the last
    sync (None before the first one)."""

    login: str
    staff_id: int | None
    name: str | None
    role: str | None

    @property
    def read_only(self) -> bool:
        """A viewer may look at everything and change nothing."""
        return self.role == "viewer"


def who_am_i(db: Database) -> Me | None:
    """This copy's own staff row and role; None when it is not in a team. Two tiny reads and
    no PostgreSQL client: the window asks at start-up and after every sync."""
    with db.read() as session:
        state = session.execute(select(SyncState.hub_url, SyncState.hub_role)).first()
        if state is None or state.hub_url is None:
            return None
        login = login_of(state.hub_url).user
        staff = session.execute(
            select(Staff.id, Staff.name)
            .where(Staff.login == login, Staff.active.is_(True), Staff.deleted_at.is_(None))
            .order_by(Staff.id)
            .limit(1)
        ).first()
    if staff is None:
        return Me(login, None, None, state.hub_role)
    return Me(login, staff.id, staff.name, state.hub_role)


def owner_choices(db: Database, keep: int | None = None) -> list[tuple[int, str]]:
    """The active staff by name, for every owner picker, plus the current owner `keep` when
    that person was deactivated since (so opening and saving a record never drops it)."""
    with db.read() as session:
        rows = session.execute(
            select(Staff.id, Staff.name)
            .where(Staff.deleted_at.is_(None), Staff.active.is_(True) | (Staff.id == keep))
            .order_by(func.lower(Staff.name), Staff.id)
        )
        return [(row.id, row.name) for row in rows]
