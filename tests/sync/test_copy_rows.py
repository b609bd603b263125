"""A first download copies each table's new rows with one INSERT ... SELECT from the staged
side file (LocalApplier.copy_new_rows): the copy must equal what merging the same changes one
by one (apply_all) makes, values, references, defaults and clocks alike, and it leaves to that
merge what it cannot copy as a whole: a table holding rows here, twins under a natural key, a
row the constraints refuse. No hub is needed: the changes are staged as a hub hands them over."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from app.bootstrap import AppContext, build_context
from app.config.paths import AppPaths
from app.storage.sync_apply import LocalApplier, Pulled, upkeep_set_aside
from app.storage.sync_capture import capture_existing, start_capture

from tests.sync.conftest import new_laptop
from tests.sync.conftest import rows as _sql
from tests.sync.test_convergence import _dump

Staged = tuple[int, str, str, str, str, int, str]
CUSTOM = {"größe": "XL", "nested": {"ok": True, "n": [1, 2.5, None]}, "quote": 'a "b" \\ c'}


@pytest.fixture
def laptops(
    tmp_path: Path, paths: AppPaths, laptop_template: Path
) -> tuple[AppContext, AppContext, AppContext]:
    """A source copy holding a few rows of several tables, and two new, empty copies."""
    made = tuple(
        build_context(new_laptop(laptop_template, tmp_path / f"{name}.db"), paths=paths)
        for name in ("source", "copied", "merged")
    )
    yield made  # type: ignore[misc]
    for ctx in made:
        ctx.close()


def _staged(source: AppContext) -> list[Staged]:
    """The source's rows as a hub hands them over: one new-row change each, parents first, the
    JSON spelled as PostgreSQL prints it (a space after each colon and comma)."""
    _sql(
        source,
        "INSERT INTO company (uid, created_at, updated_at, version, name) "
        "VALUES ('co-1', '2026-01-01', '2026-01-01', 1, 'Müller & Söhne')",
    )
    for n, company in ((1, "co-1"), (2, None), (3, "co-1")):
        _sql(
            source,
            "INSERT INTO contact (uid, created_at, updated_at, version, first_name, last_name, "
            "display_name, sort_name, search_phones, stage, source, custom, company_id) "
            "VALUES (:u, '2026-01-01', '2026-01-01', 1, :f, 'Ørsted', :f, :f, '', 'customer', "
            "'other', :custom, (SELECT id FROM company WHERE uid = :co))",
            u=f"c-{n}",
            f=f"Zoë {n}",
            custom=json.dumps(CUSTOM if n == 1 else {}, ensure_ascii=False),
            co=company,
        )
    for n, contact in enumerate(("c-1", "c-2", "c-1")):
        _sql(
            source,
            "INSERT INTO interaction (uid, created_at, updated_at, version, contact_id, "
            "occurred_at, channel, direction, subject, duration_seconds) VALUES (:u, "
            "'2026-01-02', '2026-01-02', 1, (SELECT id FROM contact WHERE uid = :c), "
            "'2026-01-02 10:00:00.000000', 'call', 'inbound', :s, :d)",
            u=f"i-{n}",
            c=contact,
            s=f"Anruf\nZeile {n}",
            d=None if n else 90,
        )
    _sql(  # a task whose contact is optional
        source,
        "INSERT INTO task (uid, created_at, updated_at, version, title, priority, contact_id) "
        "SELECT 't-2', '2026-01-03', '2026-01-03', 1, 'Call Zoë back', 'normal', id "
        "FROM contact WHERE uid = 'c-2'",
    )
    with source.db.write() as session:
        start_capture(session.connection(), "postgresql://me@/hub")
        capture_existing(session.connection())
    rows = _sql(source, "SELECT tbl, uid, col, val, hlc FROM sync_change ORDER BY seq")
    return [
        (
            n,
            str(tbl),
            str(uid),
            str(col),
            _as_hub_prints(json.loads(str(val))),
            int(str(hlc)),
            "origin-a",
        )
        for n, (tbl, uid, col, val, hlc) in enumerate(rows, start=1)
    ]


def _contact_made_here(ctx: AppContext) -> None:
    """A contact made on this copy while its first download was on its way."""
    _sql(
        ctx,
        "INSERT INTO contact (uid, created_at, updated_at, version, first_name, last_name, "
        "display_name, sort_name, search_phones, stage, source, custom) VALUES ('c-here', "
        "'2026-01-01', '2026-01-01', 1, 'Ida', 'Hier', 'Ida Hier', 'ida hier', '', 'lead', "
        "'other', '{}')",
    )


def _as_hub_prints(value: object) -> str:
    """JSON as PostgreSQL prints a jsonb value: letters as they are, spaces after separators."""
    return json.dumps(value, ensure_ascii=False)


def _erased_later(rows: list[Staged], uid: str, stamp: int) -> list[Staged]:
    """The rows as a snapshot holds them once a contact was erased: the contact only as its
    erasure (the scrubbed row, at the end of the log), its changes before it gone."""
    made = next(r for r in rows if r[2] == uid and r[3] == "*")
    scrubbed = {**json.loads(made[4]), "first_name": "", "erased_at": "2026-02-01 00:00:00.000000"}
    kept = [r for r in rows if r[2] != uid]
    return [*kept, (len(rows) + 1, "contact", uid, "!", _as_hub_prints(scrubbed), stamp, "b")]


def _side_file(folder: Path, rows: list[Staged]) -> Path:
    path = folder / "staged.db"
    path.unlink(missing_ok=True)
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TABLE staged (cursor INTEGER PRIMARY KEY, tbl TEXT, uid TEXT, col TEXT, "
            "val TEXT, hlc INTEGER, origin TEXT)"
        )
        conn.executemany("INSERT INTO staged VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.close()
    return path


def _copy_then_merge(ctx: AppContext, side: Path, rows: list[Staged]) -> dict[str, int]:
    """As a first download writes: the copy, then the rest merged in the log's order."""
    with ctx.db.write_beside(side, "side") as session:
        c = session.connection()
        with upkeep_set_aside(c), LocalApplier(c) as applier:
            copied = applier.copy_new_rows("side.staged", lambda _rows: None)
            rest = [r for r in rows if not (r[3] in "*!" and r[1] in copied)]
            applier.apply_all(_in_download_order(rest))
    return copied


def _merged(ctx: AppContext, rows: list[Staged]) -> None:
    """Every change merged one by one, as a later pull does."""
    with ctx.db.write() as session, LocalApplier(session.connection()) as applier:
        applier.apply_all(_in_download_order(rows))


def _in_download_order(rows: list[Staged]) -> list[Pulled]:
    """As a first download merges what it did not copy: erasures first, then the log's order."""
    ordered = sorted(rows, key=lambda r: (r[3] != "!", r[0]))
    return [Pulled(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6]) for r in ordered]


def _state(ctx: AppContext) -> tuple[str, list[tuple[object, ...]]]:
    return _dump(ctx), _sql(
        ctx, "SELECT tbl, uid, col, hlc, origin FROM sync_field_clock ORDER BY 1, 2, 3"
    )


def test_copied_rows_equal_rows_merged_one_by_one(
    laptops: tuple[AppContext, AppContext, AppContext], tmp_path: Path
) -> None:
    source, copied, merged = laptops
    rows = _staged(source)
    later = rows[-1][5] + 1
    rows += [  # later changes of one field, merged after the copy
        (len(rows) + 1, "contact", "c-3", "city", _as_hub_prints("Köln"), later, "origin-b"),
        (len(rows) + 2, "interaction", "i-1", "subject", _as_hub_prints("Neu"), later, "origin-b"),
    ]
    for ctx in (copied, merged):  # a column added since the rows were logged...
        _sql(ctx, "ALTER TABLE contact ADD COLUMN rating INTEGER NOT NULL DEFAULT 3")
    rows = [  # ...which one row logged later carries
        (*r[:4], _as_hub_prints({**json.loads(r[4]), "rating": 5}), *r[5:])
        if r[2] == "c-1" and r[3] == "*"
        else r
        for r in rows
    ]
    rows = _erased_later(rows, "c-2", later + 1)  # its note, i-1, names it
    done = _copy_then_merge(copied, _side_file(tmp_path, rows), rows)
    _merged(merged, rows)

    assert done["contact"] == 3
    assert done["interaction"] == 3
    assert done["company"] == 1
    assert _sql(
        copied,
        "SELECT c.first_name, c.erased_at IS NOT NULL, i.uid FROM contact c "
        "JOIN interaction i ON i.contact_id = c.id WHERE c.uid = 'c-2'",
    ) == [("", 1, "i-1")]
    assert _state(copied) == _state(merged)
    (custom, company, city), *_ = _sql(
        copied,
        "SELECT c.custom, co.name, c3.city FROM contact c JOIN contact c3 ON c3.uid = 'c-3' "
        "LEFT JOIN company co ON co.id = c.company_id WHERE c.uid = 'c-1'",
    )
    assert json.loads(str(custom)) == CUSTOM
    assert (company, city) == ("Müller & Söhne", "Köln")
    # the default where the row does not carry the column, as an insert leaving it out gives
    assert _sql(copied, "SELECT uid, rating FROM contact ORDER BY uid") == [
        ("c-1", 5),
        ("c-2", 3),
        ("c-3", 3),
    ]
    assert _sql(copied, "SELECT count(*) FROM contact_fts WHERE contact_fts MATCH 'zoe'") == [(3,)]
    assert _found(copied, "neu") == ["i-1"]  # its document made from the row as it ended
    assert _found(copied, "zeile") == ["i-0", "i-2"]


def _found(ctx: AppContext, words: str) -> list[object]:
    """The interactions a search finds, the index checked against their text first."""
    _sql(ctx, "INSERT INTO interaction_fts (interaction_fts) VALUES ('integrity-check')")
    rows = _sql(
        ctx,
        "SELECT i.uid FROM interaction_fts f JOIN interaction i ON i.id = f.rowid "
        "WHERE interaction_fts MATCH :w ORDER BY i.uid",
        w=words,
    )
    return [row[0] for row in rows]


def test_a_table_holding_rows_here_is_merged_one_by_one(
    laptops: tuple[AppContext, AppContext, AppContext], tmp_path: Path
) -> None:
    source, copied, merged = laptops
    rows = _staged(source)
    for ctx in (copied, merged):  # a company, a contact and a note made here meanwhile
        _sql(
            ctx,
            "INSERT INTO company (uid, created_at, updated_at, version, name) "
            "VALUES ('co-here', '2026-01-01', '2026-01-01', 1, 'Hier GmbH')",
        )
        _contact_made_here(ctx)
        _sql(
            ctx,
            "INSERT INTO interaction (uid, created_at, updated_at, version, contact_id, "
            "occurred_at, channel, direction, subject) SELECT 'i-here', '2026-01-01', "
            "'2026-01-01', 1, id, '2026-01-01 09:00:00.000000', 'note', 'outbound', 'Alt' "
            "FROM contact WHERE uid = 'c-here'",
        )
    rows.append(  # the note made here, changed elsewhere since
        (
            len(rows) + 1,
            "interaction",
            "i-here",
            "subject",
            _as_hub_prints("Umbenannt"),
            rows[-1][5] + 2,
            "origin-b",
        )
    )
    done = _copy_then_merge(copied, _side_file(tmp_path, rows), rows)
    _merged(merged, rows)

    assert {"company", "contact", "interaction"}.isdisjoint(done)
    assert _state(copied) == _state(merged)
    assert _found(copied, "umbenannt") == ["i-here"]  # a row from before: its document changed
    assert _found(copied, "alt") == []
    assert _found(copied, "zeile") == ["i-0", "i-1", "i-2"]


def test_a_table_naming_one_left_out_is_merged_one_by_one(
    laptops: tuple[AppContext, AppContext, AppContext], tmp_path: Path
) -> None:
    """A contact made here leaves the contacts to the merge, which writes an erased customer
    (its erasure, late in the log) before the tasks naming them: so the tasks wait for it
    too, where a copy would have found no customer and left the task without one."""
    source, copied, merged = laptops
    rows = _staged(source)
    rows = _erased_later(rows, "c-2", rows[-1][5] + 1)
    for ctx in (copied, merged):
        _contact_made_here(ctx)
    done = _copy_then_merge(copied, _side_file(tmp_path, rows), rows)
    _merged(merged, rows)

    assert "contact" not in done
    assert {"task", "interaction"}.isdisjoint(done)
    assert done["company"] == 1
    assert _state(copied) == _state(merged)
    assert _sql(copied, "SELECT c.uid FROM task t JOIN contact c ON c.id = t.contact_id") == [
        ("c-2",)
    ]


def test_rows_the_constraints_refuse_are_merged_one_by_one(
    laptops: tuple[AppContext, AppContext, AppContext], tmp_path: Path
) -> None:
    source, copied, merged = laptops
    rows = _staged(source)
    first = next(r for r in rows if r[1] == "interaction")
    rows.append((len(rows) + 1, *first[1:5], first[5] + 1, "origin-b"))  # the same row twice
    done = _copy_then_merge(copied, _side_file(tmp_path, rows), rows)
    _merged(merged, rows)

    assert "interaction" not in done  # its unique uid refused the copy, rolled back whole
    assert done["contact"] == 3
    assert _state(copied) == _state(merged)
    assert _found(copied, "zeile") == ["i-0", "i-1", "i-2"]
