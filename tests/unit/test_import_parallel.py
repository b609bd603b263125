"""Rows checked by worker processes give exactly what checking them here gives."""

from __future__ import annotations

from pathlib import Path

from app.bootstrap import AppContext
from app.services.import_export import parallel
from app.services.import_export.parallel import checked_contacts, worker_count
from app.services.import_export.readers import SourceRow

from tests.unit.import_helpers import contacts, run_import

MAPPING = ("first_name", "last_name", "email", "phone", "country")


def _rows(count: int) -> list[SourceRow]:
    rows = []
    for n in range(count):
        email = "bob@" if n % 7 == 3 else f"p{n}@example.com"
        phone = "12" if n % 11 == 5 else f"+49 30 {1_000_000 + n}"
        rows.append(SourceRow(n + 2, ("Ann", f"Lee{n}", email, phone, "Deutschland")))
    rows.append(SourceRow(count + 2, (), "the line cannot be read"))
    return rows


def test_workers_give_the_same_outcomes_in_file_order(monkeypatch) -> None:
    monkeypatch.setattr(parallel, "CHUNK_ROWS", 50)  # several chunks in flight
    rows = _rows(400)
    here = list(checked_contacts(iter(rows), MAPPING, "DE", workers=1))
    pooled = list(checked_contacts(iter(rows), MAPPING, "DE", workers=2))
    assert pooled == here
    assert [number for number, _ in here] == [row.number for row in rows]
    bad_rows = [outcome for _, outcome in here if isinstance(outcome, tuple)]
    failures = [(field, str(reason)) for outcome in bad_rows for field, reason in outcome]
    assert failures == [("", "the line cannot be read")]
    warned = [o.warnings for _, o in here if not isinstance(o, tuple) and o.warnings]
    warnings = {(field, str(reason)) for found in warned for field, reason in found}
    assert ("email", "e-mail 'bob@' is not valid; left out") in warnings


def test_an_import_through_workers_stores_the_same_contacts(
    ctx: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "people.csv"
    lines = ["First Name,Last Name,Email,Country"]
    lines += [f"Ann,Lee{n},p{n % 90}@example.com,Allemagne" for n in range(100)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ctx.imports.workers = 2
    report = run_import(ctx, path)
    assert (report.rows, report.created, report.merged) == (100, 90, 10)
    stored = contacts(ctx)
    assert {row["country"] for row in stored.values()} == {"DE"}


def test_small_files_are_checked_in_this_process() -> None:
    assert worker_count(10_000) == 1
    assert worker_count(50 * 1024 * 1024) >= 1


def test_new_uids_are_distinct_version_4_uuids_in_uuid4s_text_form() -> None:
    import uuid  # noqa: PLC0415

    from app.services.import_export.importer import new_uids  # noqa: PLC0415

    uids = new_uids(2_000)
    assert len(set(uids)) == 2_000
    for uid in uids:
        parsed = uuid.UUID(uid)
        assert (str(parsed), parsed.version, parsed.variant) == (uid, 4, uuid.RFC_4122)
