"""Talking to the hub: connecting (passwords from the keychain or libpq's .pgpass, TLS checked
outside the loopback), setting a database up as a hub, and its people."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import keyring
import psycopg
from keyring.errors import KeyringError
from psycopg.conninfo import conninfo_to_dict

from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.services.sync.hub_schema import BOOKKEEPING, ROLES, expected_tables, schema_ddl

KEYRING_SERVICE = "rapport-hub"
_LOOPBACK = {"localhost", "127.0.0.1", "::1"}
_NAME = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")


def redacted(url: str) -> str:
    """The URL without any password, as it may be stored or shown."""
    parts = urlsplit(url)
    netloc = parts.netloc.rsplit("@", 1)
    if len(netloc) == 2:
        netloc[0] = netloc[0].split(":", 1)[0]
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k != "password"], safe="/")
    return urlunsplit(parts._replace(netloc="@".join(netloc), query=query))


def same_hub(url: str, other: str) -> bool:
    """Whether two hub URLs name the same database (host, port and name; the user may differ)."""
    return _where(conninfo_to_dict(url)) == _where(conninfo_to_dict(other))


def _where(params: dict[str, Any]) -> str:
    host, port = params.get("host") or "localhost", params.get("port") or 5432
    return f"{host}:{port}/{params.get('dbname', '')}"


def keychain_account(params: dict[str, Any]) -> str:
    """The keychain entry holding a hub password: user@host:port/database (the Team page
    stores it under this name, `connect` reads it)."""
    return f"{params.get('user', '')}@{_where(params)}"


def _unreachable(params: dict[str, Any], detail: str) -> UserError:
    if "password authentication failed" in detail or "no password supplied" in detail:
        return UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "The hub at {where} refused the user name or password of {user}."
            ),
            where=_where(params),
            user=params.get("user", ""),
        )
    if "is not permitted to log in" in detail:
        return UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The hub at {where} no longer lets {user} sign in; ask your team's administrator.",
            ),
            where=_where(params),
            user=params.get("user", ""),
        )
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "The hub at {where} cannot be reached ({detail}); the local database was left "
            "as it was.",
        ),
        where=_where(params),
        detail=detail.strip().splitlines()[-1] if detail.strip() else "no answer",
    )


def connect(url: str) -> psycopg.Connection[Any]:
    """Open the hub; a password comes from the URL, else the keychain, else libpq (.pgpass)."""
    try:
        params: dict[str, Any] = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "'{url}' is not a PostgreSQL address such as postgresql://user@host/rapport.",
            ),
            url=redacted(url),
        ) from None
    if "password" not in params:
        try:
            secret = keyring.get_password(KEYRING_SERVICE, keychain_account(params))
        except KeyringError:
            secret = None
        if secret:
            params["password"] = secret
    host = str(params.get("host") or "")
    if host and not host.startswith("/") and host not in _LOOPBACK:
        params.setdefault("sslmode", "verify-full")
    params.setdefault("connect_timeout", "10")
    params.setdefault("application_name", "rapport")
    try:
        return psycopg.connect(**params)
    except psycopg.OperationalError as exc:
        raise _unreachable(params, str(exc)) from None


@dataclass(frozen=True, slots=True)
class HubUser:
    name: str
    role: str
    active: bool = True  # may sign in (a deactivated person keeps their right and staff row)


def init_hub(url: str, schema_version: str) -> bool:
    """Set an empty database up as a hub (True), or accept one already set up (False),
    bringing a hub of an older schema up to this one (new tables, columns, functions);
    refuse one holding other tables or a hub newer than this Rapport."""
    with connect(url) as conn:
        tables = {
            row[0]
            for row in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            )
        }
        foreign = sorted(tables - expected_tables())
        if foreign:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The database holds tables that are not a Rapport hub's ({tables}); it was "
                    "left untouched.",
                ),
                tables=", ".join(foreign[:5]),
            )
        if "rapport_hub" in tables:
            _check_upgradable(conn, schema_version)
        with conn.transaction():
            for statement in schema_ddl():
                conn.execute(statement)
            conn.execute(
                "INSERT INTO rapport_hub (id, schema_version) VALUES (1, %s) "
                "ON CONFLICT (id) DO UPDATE SET schema_version = excluded.schema_version",
                (schema_version,),
            )
        return "rapport_hub" not in tables


def _check_upgradable(conn: psycopg.Connection[Any], schema_version: str) -> None:
    """A hub may be brought up to this schema, never down: revision ids are zero-padded
    numbers, so their order is the migrations' order."""
    row = conn.execute("SELECT schema_version FROM rapport_hub WHERE id = 1").fetchone()
    if row is not None and row[0] > schema_version:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The hub holds schema {hub}, newer than this Rapport's {local}; update Rapport "
                "on this computer first.",
            ),
            hub=row[0],
            local=schema_version,
        )


def check_schema(conn: psycopg.Connection[Any], schema_version: str) -> None:
    try:
        row = conn.execute("SELECT rapport_info() ->> 'schema_version'").fetchone()
    except psycopg.errors.UndefinedFunction:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The database is not a Rapport hub; an administrator sets it up with "
                "`rapport hub init URL`.",
            )
        ) from None
    if row is None or row[0] != schema_version:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The hub holds schema {hub} and this database {local}; update Rapport on every "
                "computer (and the hub with `rapport hub init`) to the same version first.",
            ),
            hub=row[0] if row else "none",
            local=schema_version,
        )


def _bad_name(name: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "'{name}' cannot be a hub user name: use lower-case letters, digits, _ . or -.",
        ),
        name=name,
    )


# Why the hub refused to change a person (name, role), by the HINT its people functions give
# (hub_schema.PEOPLE_FUNCTIONS).
_REFUSALS: dict[str, Callable[[str, str], UserError]] = {
    "not-admin": lambda _name, _role: UserError(
        QT_TRANSLATE_NOOP(
            "UserError", "Only a hub administrator may add people or change their rights."
        )
    ),
    "yourself": lambda name, _role: UserError(
        QT_TRANSLATE_NOOP(
            "UserError", "You cannot change your own login ({name}); ask another administrator."
        ),
        name=name,
    ),
    "not-a-person": lambda name, _role: UserError(
        QT_TRANSLATE_NOOP("UserError", "The hub has no user called {name}."), name=name
    ),
    "outside": lambda name, _role: UserError(
        QT_TRANSLATE_NOOP(
            "UserError",
            "{name} is a login of the database server that is not one of Rapport's people; "
            "choose another name.",
        ),
        name=name,
    ),
    "bad-name": lambda name, _role: _bad_name(name),
    "bad-role": lambda _name, role: UserError(
        QT_TRANSLATE_NOOP(
            "UserError", "'{role}' is not a hub role: choose admin, member or viewer."
        ),
        role=role,
    ),
}


@contextmanager
def _managing(url: str, name: str, role: str = "") -> Iterator[psycopg.Connection[Any]]:
    """A hub connection for one of its people functions, run as the connected user in one
    transaction; the hub decides who may, and its refusals become one plain sentence."""
    if not _NAME.match(name):
        raise _bad_name(name)
    with connect(url) as conn:
        try:
            with conn.transaction():
                yield conn
        except psycopg.errors.UndefinedFunction:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The hub was set up by an older Rapport; run `rapport hub init URL` on it "
                    "again first.",
                )
            ) from None
        except psycopg.Error as exc:
            hint = exc.diag.message_hint or ""
            if hint in _REFUSALS:
                raise _REFUSALS[hint](name, role) from None
            if isinstance(exc, psycopg.errors.InsufficientPrivilege):  # not one of the team
                raise _REFUSALS["not-admin"](name, role) from None
            raise


def add_user(url: str, name: str, role: str, password: str | None) -> HubUser:
    """Create (or add again) one person's login with one right, and their staff row on the hub
    (made, or linked by login or name), which every copy pulls; the password is sent hashed."""
    with _managing(url, name, role) as conn:
        verifier = (
            conn.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256")
            if password
            else None
        )
        conn.execute(
            "SELECT rapport_add_person(%s, %s, %s)",
            (name, role, verifier.decode() if verifier else None),
        )
    return HubUser(name, role)


def set_role(url: str, name: str, role: str) -> None:
    """Give a person another right (admins only; not their own)."""
    with _managing(url, name, role) as conn:
        conn.execute("SELECT rapport_set_person_role(%s, %s)", (name, role))


def set_active(url: str, name: str, active: bool) -> None:
    """Let a person sign in again, or no longer (their staff row's `active` follows)."""
    with _managing(url, name) as conn:
        conn.execute("SELECT rapport_set_person_active(%s, %s)", (name, active))


def users(url: str) -> list[HubUser]:
    with connect(url) as conn:
        rows = conn.execute(
            "SELECT r.rolname, substr(g.rolname, 9), r.rolcanlogin FROM pg_roles r "
            "JOIN pg_auth_members m ON m.member = r.oid JOIN pg_roles g ON g.oid = m.roleid "
            "WHERE g.rolname = ANY(%s) ORDER BY r.rolname",
            ([f"rapport_{role}" for role in ROLES],),
        ).fetchall()
    return [HubUser(name, role, bool(active)) for name, role, active in rows]


__all__ = [
    "BOOKKEEPING",
    "HubUser",
    "add_user",
    "check_schema",
    "connect",
    "init_hub",
    "set_active",
    "set_role",
    "users",
]
