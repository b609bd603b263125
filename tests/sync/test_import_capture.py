"""An import on a copy that syncs captures its new rows in bulk (issue 22): one `*` change per
new row, parents before children, each child naming its parent, and all of it reaches the
hub. (Captured row by row, a contact's e-mail row was written, and captured, before its
contact, so it travelled without its contact.)"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from app.bootstrap import build_context
from app.config.paths import AppPaths
from app.services.sync.engine import SyncService
from app.storage.schema import head_revision
from sqlalchemy import text

from tests.sync.conftest import Hub, new_laptop


def test_an_imports_new_rows_travel_whole_and_in_order(
    hub: Hub,
    tmp_path: Path,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    laptop_template: Path,
) -> None:
    url = hub.add_user(f"importer_{hub.name}")
    monkeypatch.setenv("PGPASSFILE", str(hub.pgpass()))
    ctx = build_context(new_laptop(laptop_template, tmp_path / "a.db"), paths=paths)
    service = SyncService(ctx.db, ctx.clock, head_revision())
    service.sync(url)  # joined: capture is on
    people = tmp_path / "people.csv"
    with people.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("First Name", "Last Name", "Email", "Email 2", "Company", "Tags"))
        writer.writerow(
            ("Anna", "Müller", "anna@example.com", "a@mueller.de", "Müller GmbH", "vip")
        )
        writer.writerow(("Liam", "Novak", "liam@example.com", "", "", ""))
    report = ctx.imports.run(ctx.imports.plan(ctx.imports.inspect(people)))
    assert report.created == 2
    with ctx.db.read() as session:
        changes = session.execute(
            text("SELECT tbl, col, val FROM sync_change WHERE pushed = 0 ORDER BY seq")
        ).all()
    new = [(tbl, json.loads(v)) for tbl, col, v in changes if col == "*"]
    tables = [tbl for tbl, _v in new]
    assert sorted(tables) == [
        "audit_log",
        "company",
        "contact",
        "contact",
        "contact_method",
        "contact_tag",
        "tag",
    ]
    for child, parents in (("contact", ["company"]), ("contact_method", ["contact"])):
        assert all(tables.index(p) < tables.index(child) for p in parents)
    children = [v for tbl, v in new if tbl in {"contact_method", "contact_tag"}]
    assert all(v["contact_id"] is not None for v in children)
    service.sync()
    assert hub.query(
        "SELECT c.first_name, m.value, t.tag_id IS NOT NULL FROM contact_method m "
        "JOIN contact c ON c.uid = m.contact_id JOIN contact_tag t ON t.contact_id = c.uid"
    ) == [("Anna", "a@mueller.de", True)]
    ctx.close()
