"""Two laptops and a hub, through the command line as a new user would use it (issue 22's
"Done when"): both see each other's work, edits to different fields both survive, the same
field edited on both converges and is listed with both values, an erasure reaches everyone,
and the hub's contact table reads with psql."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from app.bootstrap import build_context
from app.cli import main
from app.config.paths import AppPaths
from sqlalchemy import text

from tests.sync.conftest import Hub

CSV = (
    "First Name,Last Name,E-mail 1 - Value,Notes\n"
    "Anna,Berg,anna@example.com,first\nBen,Kurz,ben@example.com,\n"
)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out + out.err


def _sync(capsys: pytest.CaptureFixture[str], db: Path, *extra: str) -> dict[str, float]:
    code, out = _run(capsys, "sync", "--db", str(db), "--json", *extra)
    assert code == 0, out
    return json.loads(out)  # type: ignore[no-any-return]


def _sql(db: Path, paths: AppPaths, sql: str, **params: object) -> list[tuple[object, ...]]:
    ctx = build_context(db, paths=paths)
    try:
        with ctx.db.write() as session:
            result = session.execute(text(sql), params)
            return [tuple(r) for r in result] if result.returns_rows else []
    finally:
        ctx.close()


def _edit(db: Path, paths: AppPaths, email: str, **fields: str) -> None:
    sets = ", ".join(f"{k} = :{k}" for k in fields)
    _sql(
        db,
        paths,
        f"UPDATE contact SET {sets}, updated_at = datetime('now'), version = version + 1 "  # noqa: S608
        "WHERE email = :email",
        email=email,
        **fields,
    )


def test_two_laptops_and_a_hub_through_the_command_line(
    hub: Hub,
    tmp_path: Path,
    paths: AppPaths,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out = _run(capsys, "hub", "init", hub.admin_url, "--json")  # set up by the fixture
    assert (code, json.loads(out)["created"]) == (0, False)
    secret = tmp_path / "ann-password"
    secret.write_text("ann's secret\n", encoding="utf-8")
    secret.chmod(0o600)
    code, out = _run(
        capsys,
        "hub",
        "add-user",
        "ann_cli",
        "--role",
        "member",
        "--password-file",
        str(secret),
        "--hub",
        hub.admin_url,
    )
    assert code == 0, out
    hub.passwords["ann_cli"] = "ann's secret"
    ann_url, bob_url = hub.url("ann_cli"), hub.add_user("bob_cli")
    monkeypatch.setenv("PGPASSFILE", str(hub.pgpass()))
    code, out = _run(capsys, "hub", "users", "--hub", hub.admin_url, "--json")
    assert code == 0
    assert {"name": "ann_cli", "role": "member", "active": True} in json.loads(out)["users"]
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    source = tmp_path / "contacts.csv"
    source.write_text(CSV, encoding="utf-8")
    assert (
        _run(capsys, "import", str(source), "--db", str(a), "--plain", "--preset", "google")[0] == 0
    )

    first = _sync(capsys, a, "--hub", ann_url)  # a file with data uploads it
    assert first["pushed"] > 0
    download = _sync(capsys, b, "--hub", bob_url, "--plain")  # a new file downloads
    assert download["pulled"] > 0
    assert _sql(b, paths, "SELECT first_name FROM contact ORDER BY first_name") == [
        ("Anna",),
        ("Ben",),
    ]

    _edit(a, paths, "anna@example.com", city="Köln", notes="from A")
    _edit(b, paths, "anna@example.com", job_title="Buyer", notes="from B")
    _sync(capsys, a)  # the hub is remembered
    report = _sync(capsys, b)
    assert report["conflicts"] == 1
    _sync(capsys, a)
    rows = {
        db: _sql(
            db, paths, "SELECT city, job_title, notes FROM contact WHERE email = 'anna@example.com'"
        )
        for db in (a, b)
    }
    assert rows[a] == rows[b]
    assert rows[a][0][:2] == ("Köln", "Buyer")
    code, out = _run(capsys, "sync", "conflicts", "--db", str(a), "--json")
    conflicts = json.loads(out)
    assert [(c["table"], c["field"]) for c in conflicts] == [("contact", "notes")]
    assert {conflicts[0]["local"], conflicts[0]["remote"]} == {"from A", "from B"}
    assert rows[a][0][2] == (
        conflicts[0]["local"] if conflicts[0]["kept"] == "local" else conflicts[0]["remote"]
    )
    code, out = _run(capsys, "sync", "conflicts", "--db", str(a))
    first = conflicts[0]
    assert out.strip() == (  # the words `sync resolve --keep` takes, the sender named
        f"#{first['id']} contact {first['uid']} notes: local {first['local']!r} sent by "
        f"{first['by']} at {first['at']}, remote {first['remote']!r}; kept {first['kept']}"
    )

    code, out = _run(
        capsys, "sync", "resolve", str(conflicts[0]["id"]), "--keep", "agreed", "--db", str(a)
    )
    assert code == 0, out
    _sync(capsys, a)
    _sync(capsys, b)
    assert _sql(b, paths, "SELECT notes FROM contact WHERE email = 'anna@example.com'") == [
        ("agreed",)
    ]
    code, out = _run(capsys, "sync", "status", "--db", str(b), "--json")
    status = json.loads(out)
    assert (status["pending"], status["open_conflicts"]) == (0, 0)

    assert (
        _run(capsys, "privacy", "erase", "--contact", "ben@example.com", "--yes", "--db", str(b))[0]
        == 0
    )
    _sync(capsys, b)
    _sync(capsys, a)
    for db in (a, b):
        assert _sql(
            db,
            paths,
            "SELECT count(*) FROM contact WHERE email = 'ben@example.com' OR first_name = 'Ben'",
        ) == [(0,)]
        assert _sql(db, paths, "SELECT count(*) FROM contact WHERE erased_at IS NOT NULL") == [(1,)]
    assert not hub.query("SELECT 1 FROM sync_change_log WHERE val::text LIKE '%ben@example.com%'")

    psql = hub.server.bin / "psql"
    shown = subprocess.run(
        [
            str(psql),
            hub.url("ann_cli"),
            "-At",
            "-c",
            "SELECT first_name, city FROM contact ORDER BY 1",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout
    assert "Anna|Köln" in shown
    assert _run(capsys, "check", "--db", str(a))[0] == 0


def test_an_unreachable_hub_exits_2_in_one_line_and_leaves_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], hub: Hub
) -> None:
    db = tmp_path / "a.db"
    code, out = _run(
        capsys,
        "sync",
        "--db",
        str(db),
        "--plain",
        "--hub",
        f"postgresql://x@/nothing?host={tmp_path}&port=1",
    )
    assert code == 2
    assert out.count("\n") == 1
    assert "cannot be reached" in out
    code, out = _run(capsys, "sync", "--db", str(db), "--hub", hub.server.url(hub.name, "nobody"))
    assert code == 2
    assert "refused" in out
    code, out = _run(capsys, "sync", "--db", str(db), "--hub", hub.server.url("postgres"))
    assert code == 2
    assert "not a Rapport hub" in out
    code, out = _run(capsys, "sync", "status", "--db", str(db), "--json")
    assert json.loads(out)["hub"] is None
