"""A copy in a team without a hub: what a sync would have stored (the hub URL and this copy's
role in sync_state, staff rows with their hub logins)."""

from __future__ import annotations

from app.bootstrap import AppContext
from app.services.settings import StaffMember
from sqlalchemy import text


def join(ctx: AppContext, login: str, role: str | None, url: str = "") -> None:
    """This copy remembers a hub as `login`, with the role the hub gave at the last sync."""
    with ctx.db.write() as session:
        session.execute(
            text("UPDATE sync_state SET hub_url = :url, hub_role = :role"),
            {"url": url or f"postgresql://{login}@hub.example/rapport", "role": role},
        )


def staff(ctx: AppContext, name: str, login: str | None = None, *, active: bool = True) -> int:
    """A staff row (standing for the hub user `login`); its id."""
    member = ctx.settings.save_staff(StaffMember(0, name, "", active))
    if login is not None:
        with ctx.db.write() as session:
            session.execute(
                text("UPDATE staff SET login = :login WHERE id = :id"),
                {"login": login, "id": member.id},
            )
    return member.id
