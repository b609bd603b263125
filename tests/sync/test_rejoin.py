"""Leaving the team and joining again: a copy that left goes on capturing, so joining the same
hub again sends what changed while it was out (and brings what the team did meanwhile);
joining another hub, or a hub made anew at the same address, starts afresh: everything this
copy holds is uploaded there, and nothing of the old hub's cursor is used."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from app.bootstrap import AppContext, build_context
from app.config.paths import AppPaths
from app.domain.errors import UserError
from app.services.contacts import ContactDraft
from app.services.sync.engine import SyncService
from app.services.sync.hub import same_hub
from app.services.team import TeamService
from app.storage.schema import head_revision

from tests.sync.conftest import Copy, Hub, dropped_hub, made_hub, rows
from tests.sync.pg_server import PgServer


@pytest.fixture
def second_hub(pg_server: PgServer) -> Iterator[Hub]:
    """Another team's hub on the same server."""
    made = made_hub(pg_server)
    yield made
    dropped_hub(made)


def _member(monkeypatch: pytest.MonkeyPatch, hub: Hub, user: str, role: str = "member") -> str:
    """A new hub user's URL; libpq finds the hub's passwords (a .pgpass file)."""
    url = hub.add_user(user, role)
    passwords = dict(hub.passwords)
    monkeypatch.setenv("PGPASSFILE", str(hub.server.pgpass(passwords)))
    return url


def _leave(ctx: AppContext) -> None:
    TeamService(ctx.db, ctx.clock).leave()


def test_edits_made_while_out_of_the_team_reach_it_on_joining_again(
    office_and_field: tuple[Copy, Copy], hub: Hub
) -> None:
    (office, office_sync), (field, field_sync) = office_and_field
    _leave(field)
    assert TeamService(field.db, field.clock).hub() is None
    rows(field, "UPDATE contact SET city = 'Linz', version = version + 1 WHERE first_name = 'Anna'")
    field.contacts.create(ContactDraft(first_name="Dario", last_name="Neu"))
    rows(office, "UPDATE contact SET notes = 'VIP', version = version + 1 WHERE first_name = 'Ben'")
    office_sync.sync()
    with pytest.raises(UserError, match="Name the hub"):
        field_sync.sync()  # out of the team: no remembered hub

    report = field_sync.sync(hub.url(f"field_{hub.name}"))  # joining again
    assert report.pushed > 0
    office_sync.sync()

    contact = "SELECT uid, first_name, city, notes FROM contact ORDER BY uid"
    assert rows(field, contact) == rows(office, contact)
    shown = {r[1]: r[2:] for r in rows(office, contact)}
    assert shown["Anna"] == ("Linz", None)  # the edit made while out
    assert "Dario" in shown  # the contact made while out
    assert shown["Ben"] == (None, "VIP")  # what the team did meanwhile
    assert hub.query("SELECT city FROM contact WHERE first_name = 'Anna'") == [("Linz",)]
    assert rows(field, "SELECT left_hub FROM sync_state") == [(None,)]


def test_joining_another_hub_after_leaving_uploads_everything_there(
    office_and_field: tuple[Copy, Copy],
    second_hub: Hub,
    tmp_path: Path,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _office, (field, field_sync) = office_and_field
    _leave(field)
    rows(field, "UPDATE contact SET city = 'Linz', version = version + 1 WHERE first_name = 'Anna'")

    # the staff rows this copy holds (the old team's) are uploaded too: an admin's to send
    field_sync.sync(_member(monkeypatch, second_hub, f"field_{second_hub.name}", "admin"))

    names = "SELECT first_name, city FROM contact ORDER BY first_name"
    assert second_hub.query(names) == [("Anna", "Linz"), ("Ben", None), ("Carla", None)]
    (url,) = rows(field, "SELECT hub_url FROM sync_state")[0]
    assert same_hub(str(url), second_hub.admin_url)
    # the other team's own work reaches this copy from that hub's start, not the old cursor
    colleague = build_context(tmp_path / "colleague.db", paths=paths, clock=field.clock)
    try:
        colleague_sync = SyncService(colleague.db, colleague.clock, head_revision())
        colleague_sync.sync(_member(monkeypatch, second_hub, f"colleague_{second_hub.name}"))
        colleague.contacts.create(ContactDraft(first_name="Eva", last_name="Andere"))
        colleague_sync.sync()
    finally:
        colleague.close()
    field_sync.sync()
    assert [r[0] for r in rows(field, names)] == ["Anna", "Ben", "Carla", "Eva"]


def test_a_hub_made_anew_at_the_same_address_gets_everything_again(
    office_and_field: tuple[Copy, Copy], hub: Hub, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its log ends before this copy's cursor: not the hub the copy left."""
    _office, (field, field_sync) = office_and_field
    _leave(field)
    dropped_hub(hub)
    renewed = made_hub(hub.server, hub.name)

    field_sync.sync(_member(monkeypatch, renewed, f"field_again_{hub.name}", "admin"))

    assert renewed.query("SELECT first_name FROM contact ORDER BY 1") == [
        ("Anna",),
        ("Ben",),
        ("Carla",),
    ]


@pytest.mark.parametrize(
    ("url", "other", "same"),
    [
        ("postgresql://ann@office:5432/rapport", "postgresql://bob@office/rapport", True),
        ("postgresql://ann@office/rapport", "postgresql://ann@office/other", False),
        ("postgresql://ann@office/rapport", "postgresql://ann@office:5433/rapport", False),
        (
            "postgresql://ann@/rapport?host=/run/postgresql&port=5432",
            "postgresql://bob@/rapport?host=/run/postgresql",
            True,
        ),
    ],
)
def test_the_same_hub_is_the_same_host_port_and_database(url: str, other: str, same: bool) -> None:
    assert same_hub(url, other) is same
