"""The hub's people for an admin's Settings ▸ Team (issue 23): list them, add one, change a
right, deactivate or reactivate. Each call is a round trip to the hub (run it off the GUI
thread) and returns the people as they are afterwards; the hub decides who may. PostgreSQL's
client library loads on first use, so a copy outside a team never loads it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.services.sync.hub_schema import ROLES

if TYPE_CHECKING:
    from app.services.sync.hub import HubUser

__all__ = ["ROLES", "add_person", "change_role", "hub_people", "set_person_active"]


def hub_people(url: str) -> list[HubUser]:
    """The hub's users with their right and whether they may sign in."""
    from app.services.sync.hub import users  # noqa: PLC0415 - loads psycopg

    return users(url)


def add_person(url: str, name: str, role: str, password: str) -> list[HubUser]:
    """A new person on the hub (and their staff row, which syncs); the initial password goes
    to the hub only, hashed, and is kept nowhere here."""
    from app.services.sync.hub import add_user  # noqa: PLC0415

    if not password:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Give the new person an initial password."))
    add_user(url, name.strip(), role, password)
    return hub_people(url)


def change_role(url: str, name: str, role: str) -> list[HubUser]:
    from app.services.sync.hub import set_role  # noqa: PLC0415

    set_role(url, name, role)
    return hub_people(url)


def set_person_active(url: str, name: str, active: bool) -> list[HubUser]:
    """Deactivate (no more signing in; their data and staff row stay) or reactivate."""
    from app.services.sync.hub import set_active  # noqa: PLC0415

    set_active(url, name, active)
    return hub_people(url)
