"""The hub's own rules, each on a fresh hub: set-up refuses foreign tables and repeats
harmlessly; pushes are idempotent; rights; schema versions; complaint numbers; the same tag
made on two laptops; a delete against a concurrent edit; hard deletes and erasures."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from app.bootstrap import AppContext, build_context
from app.config.paths import AppPaths
from app.domain.errors import UserError
from app.services.sync import hub as hub_api
from app.services.sync.engine import SyncService
from app.storage.schema import head_revision
from psycopg.types.json import Jsonb
from sqlalchemy import text

from tests.sync.conftest import Hub, new_laptop


def _laptop(
    template: Path, tmp_path: Path, paths: AppPaths, name: str
) -> tuple[AppContext, SyncService]:
    ctx = build_context(new_laptop(template, tmp_path / f"{name}.db"), paths=paths)
    return ctx, SyncService(ctx.db, ctx.clock, head_revision())


def _exec(ctx: AppContext, sql: str, **params: object) -> list[tuple[object, ...]]:
    with ctx.db.write() as session:
        result = session.execute(text(sql), params)
        return [tuple(r) for r in result] if result.returns_rows else []


def _contact(ctx: AppContext, uid: str, name: str) -> None:
    _exec(
        ctx,
        "INSERT INTO contact (uid, created_at, updated_at, version, first_name, last_name, "
        "display_name, sort_name, search_phones, stage, source, custom) VALUES (:u, "
        "'2026-01-01', '2026-01-01', 1, :n, 'X', :n, :n, '', 'lead', 'other', '{}')",
        u=uid,
        n=name,
    )


@pytest.fixture
def pair(
    hub: Hub,
    tmp_path: Path,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    laptop_template: Path,
) -> Iterator[tuple[AppContext, SyncService], tuple[AppContext, SyncService], str, str]:
    a_url, b_url = hub.add_user(f"a_{hub.name}"), hub.add_user(f"b_{hub.name}")
    monkeypatch.setenv("PGPASSFILE", str(hub.pgpass()))
    a, b = (
        _laptop(laptop_template, tmp_path, paths, "a"),
        _laptop(laptop_template, tmp_path, paths, "b"),
    )
    _contact(a[0], "c-1", "Anna")
    a[1].sync(a_url)
    b[1].sync(b_url)
    yield a, b, a_url, b_url
    a[0].close()
    b[0].close()


def test_setup_refuses_foreign_tables_and_repeats_harmlessly(hub: Hub, pg_server: object) -> None:
    assert hub_api.init_hub(hub.admin_url, head_revision()) is False
    with psycopg.connect(hub.admin_url) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(UserError, match="invoices"):
        hub_api.init_hub(hub.admin_url, head_revision())


def test_setup_brings_an_older_hub_up_and_refuses_a_newer_one(
    hub: Hub,
    tmp_path: Path,
    paths: AppPaths,
    laptop_template: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A hub set up before a migration added a column: laptops of the new version are refused
    until `hub init` upgrades it, then sync the new column; a hub newer than Rapport stays."""
    url = hub.add_user(f"adm_{hub.name}", "admin")
    monkeypatch.setenv("PGPASSFILE", str(hub.pgpass()))
    ctx, service = _laptop(laptop_template, tmp_path, paths, "a")
    service.sync(url)
    with psycopg.connect(hub.admin_url) as conn:
        conn.execute("ALTER TABLE staff DROP COLUMN login")
        conn.execute("UPDATE rapport_hub SET schema_version = '0001'")
    _exec(
        ctx,
        "INSERT INTO staff (uid, created_at, updated_at, version, name, active, login) "
        "VALUES ('s-1', '2026-01-01', '2026-01-01', 1, 'Anna', 1, 'anna')",
    )
    with pytest.raises(UserError, match="0001"):
        service.sync(url)
    assert hub_api.init_hub(hub.admin_url, head_revision()) is False
    service.sync(url)
    assert hub.query("SELECT login FROM staff WHERE uid = 's-1'") == [("anna",)]
    with psycopg.connect(hub.admin_url) as conn:
        conn.execute("UPDATE rapport_hub SET schema_version = '9999'")
    with pytest.raises(UserError, match="newer than this Rapport"):
        hub_api.init_hub(hub.admin_url, head_revision())
    assert hub.query("SELECT schema_version FROM rapport_hub") == [("9999",)]
    ctx.close()


def test_a_batch_sent_twice_is_taken_once(hub: Hub) -> None:
    change = {
        "seq": 1,
        "tbl": "company",
        "uid": "co-1",
        "col": "*",
        "base": 0,
        "seen": 0,
        "val": {"uid": "co-1", "name": "Acme"},
        "hlc": 5 << 16,
    }
    with psycopg.connect(hub.admin_url) as conn:
        for _ in range(2):
            conn.execute("SELECT rapport_push('o1', %s)", (Jsonb([change]),))
        assert conn.execute("SELECT count(*) FROM sync_change_log").fetchone() == (1,)
        assert conn.execute("SELECT name FROM company").fetchall() == [("Acme",)]


def test_a_batch_ahead_of_the_one_it_follows_is_refused_until_that_one_came(hub: Hub) -> None:
    """One copy's edits of one field in two batches: the second overtaking the first would be
    merged as a write that had not seen the first, a conflict between the copy's own edits."""
    row = {"uid": "co-1", "name": "Acme", "city": "Ulm"}
    first = [
        {"seq": 1, "prev": 0, "tbl": "company", "uid": "co-1", "col": "*", "val": row},
        {"seq": 2, "prev": 1, "tbl": "company", "uid": "co-1", "col": "name", "val": "Acme AG"},
    ]
    second = [{"seq": 3, "prev": 2, "tbl": "company", "uid": "co-1", "col": "name", "val": "ACME"}]
    stamps = [(1, 0), (2, 1), (3, 2)]  # each edit's stamp and the stamp it replaced
    for change, (hlc, base) in zip([*first, *second], stamps, strict=True):
        change |= {"hlc": hlc << 16, "base": base << 16, "seen": 0}
    with psycopg.connect(hub.admin_url) as conn:
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="came before"):
            conn.execute("SELECT rapport_push('o1', %s)", (Jsonb(second),))
        conn.rollback()
        for batch in (first, second, second):  # then in order, the second again too
            conn.execute("SELECT rapport_push('o1', %s)", (Jsonb(batch),))
        assert conn.execute("SELECT name FROM company").fetchall() == [("ACME",)]
        assert conn.execute("SELECT count(*) FROM sync_conflict").fetchone() == (0,)


def test_rights_viewers_push_nothing_and_only_admins_change_staff(
    hub: Hub,
    tmp_path: Path,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
    laptop_template: Path,
) -> None:
    viewer, member = hub.add_user("viewer_1", "viewer"), hub.add_user("member_1", "member")
    monkeypatch.setenv("PGPASSFILE", str(hub.pgpass()))
    ctx, service = _laptop(laptop_template, tmp_path, paths, "v")
    _contact(ctx, "c-v", "Vera")
    assert service.sync(viewer).pushed == 0
    assert service.status().pending > 0
    with psycopg.connect(viewer) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT rapport_push('x', '[]')")
    ctx.close()
    ctx, service = _laptop(laptop_template, tmp_path, paths, "m")
    service.sync(member)
    _exec(
        ctx,
        "INSERT INTO staff (uid, created_at, updated_at, version, name, active) "
        "VALUES ('s-1', '2026-01-01', '2026-01-01', 1, 'Sam', 1)",
    )
    with pytest.raises(UserError, match="only a hub admin may change staff"):
        service.sync()
    ctx.close()
    with psycopg.connect(member) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE contact SET city = 'x'")


def test_sync_refuses_a_hub_of_another_schema(pair: tuple, hub: Hub) -> None:
    (_a, a_sync), _b, _u1, _u2 = pair
    with psycopg.connect(hub.admin_url) as conn:
        conn.execute("UPDATE rapport_hub SET schema_version = '9999'")
    with pytest.raises(UserError, match="schema 9999"):
        a_sync.sync()


def test_complaint_numbers_come_from_the_hub(pair: tuple) -> None:
    (a, a_sync), (b, b_sync), _u1, _u2 = pair
    for ctx, uid in ((a, "k-a"), (b, "k-b")):
        _exec(
            ctx,
            "INSERT INTO complaint (uid, created_at, updated_at, version, number, contact_id, "
            "opened_at, channel, category, priority, status, description, paused_seconds, "
            "reopen_count, remedy) SELECT :u, '2026-02-01', '2026-02-01', 1, 'C-2026-0001', id, "
            "'2026-02-01 10:00:00', 'email', '', 'normal', 'new', '', 0, 0, 'none' FROM contact",
            u=uid,
        )
    for service in (a_sync, b_sync, a_sync):
        service.sync()
    numbers = [_exec(ctx, "SELECT uid, number FROM complaint ORDER BY uid") for ctx in (a, b)]
    assert numbers[0] == numbers[1]
    assert sorted(n for _u, n in numbers[0]) == ["C-2026-0001", "C-2026-0002"]


def test_the_same_tag_made_on_two_laptops_is_one(pair: tuple) -> None:
    (a, a_sync), (b, b_sync), _u1, _u2 = pair
    for ctx, tag_uid, link_uid in ((a, "t-a", "l-a"), (b, "t-b", "l-b")):
        _exec(
            ctx,
            "INSERT INTO tag (uid, created_at, updated_at, version, name) VALUES "
            "(:t, '2026-01-01', '2026-01-01', 1, 'vip')",
            t=tag_uid,
        )
        _exec(
            ctx,
            "INSERT INTO contact_tag (uid, created_at, updated_at, version, contact_id, "
            "tag_id) SELECT :l, '2026-01-01', '2026-01-01', 1, c.id, t.id FROM contact c, "
            "tag t",
            l=link_uid,
        )
    for service in (a_sync, b_sync, a_sync, b_sync):
        service.sync()
    for ctx in (a, b):
        assert _exec(ctx, "SELECT uid, name FROM tag") == [("t-a", "vip")]
        assert _exec(ctx, "SELECT uid FROM contact_tag") == [("l-a",)]


def test_a_delete_stands_against_a_concurrent_edit_which_stays_restorable(pair: tuple) -> None:
    (a, a_sync), (b, b_sync), _u1, _u2 = pair
    _exec(a, "UPDATE contact SET deleted_at = '2026-03-01 00:00:00', version = version + 1")
    _exec(b, "UPDATE contact SET city = 'Graz', version = version + 1")
    a_sync.sync()
    assert b_sync.sync().conflicts == 1
    a_sync.sync()
    conflict = b_sync.conflicts()[0]
    assert (conflict.field, conflict.local, conflict.kept) == ("city", "Graz", "deleted")
    for ctx in (a, b):
        assert _exec(ctx, "SELECT deleted_at IS NOT NULL, city FROM contact") == [(1, "Graz")]
    b_sync.resolve(conflict.id, "local")
    b_sync.sync()
    a_sync.sync()
    assert _exec(a, "SELECT deleted_at, city FROM contact") == [(None, "Graz")]
    assert b_sync.status().open_conflicts == 0


def test_leaving_a_record_deleted_settles_the_conflict_without_a_write(pair: tuple) -> None:
    """Keeping the delete (`--keep remote` of a delete-against-edit conflict) writes nothing:
    the row stays deleted with the values it had, on every copy."""
    (a, a_sync), (b, b_sync), _u1, _u2 = pair
    _exec(a, "UPDATE contact SET deleted_at = '2026-03-01 00:00:00', version = version + 1")
    _exec(b, "UPDATE contact SET city = 'Graz', version = version + 1")
    a_sync.sync()
    b_sync.sync()
    a_sync.sync()
    (conflict,) = a_sync.conflicts()
    assert conflict.kept == "deleted"
    assert a_sync.resolve(conflict.id, "remote") is None
    assert a_sync.status().pending == 0
    for service in (a_sync, b_sync, a_sync):
        service.sync()
    for ctx in (a, b):
        assert _exec(ctx, "SELECT deleted_at IS NOT NULL, city FROM contact") == [(1, "Graz")]
    assert a_sync.status().open_conflicts == b_sync.status().open_conflicts == 0


@pytest.fixture
def another(
    hub: Hub,
    tmp_path: Path,
    paths: AppPaths,
    laptop_template: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Callable[[str], tuple[AppContext, SyncService]]]:
    """Join one more laptop to the pair's hub (its own user), closed at the end."""
    made: list[AppContext] = []

    def join(name: str) -> tuple[AppContext, SyncService]:
        url = hub.add_user(f"{name}_{hub.name}")
        monkeypatch.setenv("PGPASSFILE", str(hub.pgpass()))
        ctx, sync = _laptop(laptop_template, tmp_path, paths, name)
        made.append(ctx)
        sync.sync(url)
        return ctx, sync

    yield join
    for ctx in made:
        ctx.close()


def test_hard_deletes_and_erasures_travel_and_scrub_the_history(pair: tuple, hub: Hub) -> None:
    (a, a_sync), (b, b_sync), _u1, _u2 = pair
    _exec(a, "UPDATE contact SET email = 'anna@example.com', version = version + 1")
    _exec(
        a,
        "INSERT INTO contact_method (uid, created_at, updated_at, version, contact_id, "
        "kind, label, value) SELECT 'm-1', '2026-01-01', '2026-01-01', 1, id, 'phone', '', "
        "'+49 30 123' FROM contact",
    )
    _exec(
        a,
        "INSERT INTO interaction (uid, created_at, updated_at, version, contact_id, "
        "occurred_at, channel, direction, subject) SELECT 'i-1', '2026-01-01', '2026-01-01', "
        "1, id, '2026-01-02 10:00:00', 'phone', 'inbound', 'Anna called about her knee' "
        "FROM contact",
    )
    _exec(a, "UPDATE interaction SET body = 'knee surgery on Monday', version = version + 1")
    a_sync.sync()
    b_sync.sync()
    assert _exec(b, "SELECT value FROM contact_method") == [("+49 30 123",)]
    contact_id = _exec(b, "SELECT id FROM contact")[0][0]
    b.privacy.erase(int(str(contact_id)))
    _exec(a, "UPDATE contact SET city = 'late edit', version = version + 1")  # offline, later
    b_sync.sync()
    a_sync.sync()
    b_sync.sync()
    for ctx in (a, b):
        assert _exec(ctx, "SELECT email, city, erased_at IS NOT NULL FROM contact") == [
            (None, None, 1)
        ]
        assert _exec(ctx, "SELECT count(*) FROM contact_method") == [(0,)]
    history = hub.query("SELECT val::text FROM sync_change_log WHERE val IS NOT NULL")
    secrets = ("anna@example.com", "+49 30", "knee")
    assert not [v for (v,) in history if any(secret in str(v) for secret in secrets)]
    for ctx in (a, b):
        assert _exec(ctx, "SELECT occurred_at, subject, body FROM interaction") == [
            ("2026-01-02 10:00:00", "", None)
        ]
    assert json.dumps(hub.query("SELECT email FROM contact")) == "[[null]]"


def test_a_customer_erased_before_a_copy_saw_them_reaches_it_with_their_notes(
    pair: tuple, hub: Hub, another: Callable[[str], tuple[AppContext, SyncService]]
) -> None:
    """Copies offline while a customer was made, given a note and erased (one syncing after
    the hub, set up before erased rows kept their first change, was brought up by `hub init`)
    and a copy joining after: each gets the erased customer before the note naming them."""
    (a, a_sync), (_b, b_sync), _u1, _u2 = pair
    old, old_sync = another("old")
    _contact(a, "c-2", "Bea")
    _exec(
        a,
        "INSERT INTO interaction (uid, created_at, updated_at, version, contact_id, "
        "occurred_at, channel, direction, subject) SELECT 'i-2', '2026-01-01', '2026-01-01', "
        "1, id, '2026-01-02 10:00:00', 'phone', 'inbound', 'Bea called' FROM contact "
        "WHERE uid = 'c-2'",
    )
    a_sync.sync()
    a.privacy.erase(int(str(_exec(a, "SELECT id FROM contact WHERE uid = 'c-2'")[0][0])))
    a_sync.sync()
    b_sync.sync()
    with psycopg.connect(hub.admin_url) as conn:  # the erased row's first change as it was
        conn.execute(
            "UPDATE sync_change_log SET hidden = true, val = NULL WHERE uid = 'c-2' AND col = '*'"
        )
    assert not hub_api.init_hub(hub.admin_url, head_revision())
    old_sync.sync()
    late, _late_sync = another("late")
    for ctx in (_b, old, late):
        assert _exec(
            ctx,
            "SELECT c.first_name, c.erased_at IS NOT NULL, i.subject FROM interaction i "
            "JOIN contact c ON c.id = i.contact_id WHERE i.uid = 'i-2'",
        ) == [("", 1, "")]
    history = hub.query("SELECT val::text FROM sync_change_log WHERE val IS NOT NULL")
    assert not [v for (v,) in history if "Bea" in str(v)]


def test_a_password_in_the_keychain_is_used_and_never_stored(
    hub: Hub, tmp_path: Path, paths: AppPaths, laptop_template: Path, fake_keyring: object
) -> None:
    import keyring  # noqa: PLC0415

    url = hub.add_user("kc_user")
    where = f"{hub.server.socket_dir}:{hub.server.port}/{hub.name}"
    keyring.set_password(hub_api.KEYRING_SERVICE, f"kc_user@{where}", hub.passwords["kc_user"])
    ctx, service = _laptop(laptop_template, tmp_path, paths, "k")
    try:
        assert service.sync(url).pushed == 0
        assert service.status().hub == url
        secret = hub.passwords["kc_user"].encode()
        assert secret not in (tmp_path / "k.db").read_bytes()
    finally:
        ctx.close()
    keyring.delete_password(hub_api.KEYRING_SERVICE, f"kc_user@{where}")
    with pytest.raises(UserError, match="refused the user name or password"):
        hub_api.connect(url)


def test_a_remembered_hub_address_never_holds_the_password() -> None:
    assert (
        hub_api.redacted("postgresql://ann:s3cret@db.example.com:5432/rapport?sslmode=verify-full")
        == "postgresql://ann@db.example.com:5432/rapport?sslmode=verify-full"
    )
    assert hub_api.redacted("postgresql://ann@/rapport?host=/run/pg&password=s3cret&port=5432") == (
        "postgresql://ann@/rapport?host=/run/pg&port=5432"
    )


def test_a_first_sync_uploads_all_the_database_holds(
    hub: Hub,
    tmp_path: Path,
    paths: AppPaths,
    laptop_template: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a_url, b_url = hub.add_user("old_a"), hub.add_user("old_b")
    monkeypatch.setenv("PGPASSFILE", str(hub.pgpass()))
    (a, a_sync), (b, b_sync) = (
        _laptop(laptop_template, tmp_path, paths, name) for name in ("olda", "oldb")
    )
    _exec(
        a,
        "INSERT INTO company (uid, created_at, updated_at, version, name) "
        "VALUES ('co-1', '2025-01-01', '2025-01-01', 1, 'Acme')",
    )
    _exec(
        a,
        "INSERT INTO contact (uid, created_at, updated_at, version, first_name, last_name, "
        "display_name, sort_name, search_phones, stage, source, custom, company_id) SELECT "
        "'c-old', '2025-01-01', '2025-01-01', 1, 'Olga', 'Alt', 'Olga Alt', 'olga alt', '', "
        "'lead', 'other', '{}', id FROM company",
    )
    _exec(a, "UPDATE contact SET city = 'Linz', version = version + 1")  # edited since
    assert _exec(a, "SELECT count(*) FROM sync_change") == [(0,)]  # never synced: no capture
    assert a_sync.sync(a_url).pushed >= 2
    b_sync.sync(b_url)
    assert _exec(
        b,
        "SELECT c.first_name, c.city, co.name FROM contact c JOIN company co "
        "ON co.id = c.company_id",
    ) == [("Olga", "Linz", "Acme")]
    a.close()
    b.close()


def test_a_delete_that_did_not_see_an_edit_stands_and_keeps_it_restorable(pair: tuple) -> None:
    (a, a_sync), (b, b_sync), _u1, _u2 = pair
    _exec(b, "UPDATE contact SET city = 'Graz', updated_at = '2026-03-02', version = version + 1")
    b_sync.sync()  # the edit reaches the hub first
    _exec(a, "UPDATE contact SET deleted_at = '2026-03-01 00:00:00', version = version + 1")
    assert a_sync.sync().conflicts == 1
    b_sync.sync()
    conflict = a_sync.conflicts()[0]
    assert (conflict.field, conflict.local, conflict.kept) == ("city", "Graz", "deleted")
    for ctx in (a, b):
        assert _exec(ctx, "SELECT deleted_at IS NOT NULL, city FROM contact") == [(1, "Graz")]
    a_sync.resolve(conflict.id, "local")
    a_sync.sync()
    b_sync.sync()
    assert _exec(b, "SELECT deleted_at, city FROM contact") == [(None, "Graz")]


def test_a_hub_edit_passes_a_skewed_laptop_edit_it_saw(pair: tuple, hub: Hub) -> None:
    """HLC receive rule at the hub: an edit there is stamped after the value it replaces,
    even when that value came from a laptop whose clock runs 50 minutes ahead."""
    (a, a_sync), (b, b_sync), _u1, _u2 = pair
    _exec(a, "UPDATE sync_state SET skew_ms = :s", s=50 * 60 * 1000)
    _exec(a, "UPDATE contact SET notes = 'x', version = version + 1")
    a_sync.sync()
    with psycopg.connect(hub.admin_url) as conn:
        result = conn.execute("SELECT rapport_write('contact', 'c-1', 'notes', '\"b\"')")
        assert result.fetchone() == ("applied",)
    for service in (a_sync, b_sync):
        assert service.sync().conflicts == 0
    assert hub.query("SELECT notes FROM contact") == [("b",)]
    for ctx in (a, b):
        assert _exec(ctx, "SELECT notes FROM contact") == [("b",)]


def test_names_from_two_laptops_make_one_shown_name_everywhere(pair: tuple, hub: Hub) -> None:
    """One laptop changes the first name, another the last name: each wrote the shown name it
    made from its own names; the merged row shows the name the merged names make, everywhere."""
    (a, a_sync), (b, b_sync), _u1, _u2 = pair
    for ctx, column, value, shown in (
        (a, "first_name", "Anne", "Anne X"),
        (b, "last_name", "Ünal", "Anna Ünal"),
    ):
        _exec(
            ctx,
            f"UPDATE contact SET {column} = :v, display_name = :d, sort_name = lower(:d), "  # noqa: S608 - a column name
            "version = version + 1",
            v=value,
            d=shown,
        )
    for service in (a_sync, b_sync, a_sync):
        service.sync()
    for ctx in (a, b):
        assert _exec(ctx, "SELECT first_name, last_name, display_name, sort_name FROM contact") == [
            ("Anne", "Ünal", "Anne Ünal", "anne unal")
        ]
    assert hub.query("SELECT display_name, sort_name FROM contact") == [("Anne Ünal", "anne unal")]


def test_a_delete_keeps_an_unseen_edit_restorable_whatever_the_clocks(
    pair: tuple, another: Callable[[str], tuple[AppContext, SyncService]]
) -> None:
    """What a delete saw is what its laptop had pulled, not a clock: the delete here follows an
    edit stamped a day ahead, and an edit it never saw carries a smaller stamp than that."""
    (a, a_sync), (b, b_sync), _u1, _u2 = pair
    c, c_sync = another("c")
    _exec(a, "UPDATE sync_state SET skew_ms = :s", s=24 * 3600 * 1000)
    _exec(a, "UPDATE contact SET city = 'Graz', version = version + 1")
    a_sync.sync()
    b_sync.sync()  # b saw the city, stamped a day ahead
    _exec(c, "UPDATE contact SET notes = 'call back', version = version + 1")
    c_sync.sync()  # b never saw the notes
    _exec(b, "UPDATE contact SET deleted_at = '2026-03-01 00:00:00', version = version + 1")
    assert b_sync.sync().conflicts == 1
    conflict = b_sync.conflicts()[0]
    assert (conflict.field, conflict.local, conflict.kept) == ("notes", "call back", "deleted")


def test_a_delete_saw_the_half_of_a_write_it_pulled(pair: tuple, hub: Hub) -> None:
    """One save changed two fields; the hub took the first (a sync killed after its first
    batch), another laptop pulled it and deleted the row: the delete saw that field although
    the rest of the same save, same stamp, arrived after its pull."""
    (a, a_sync), (b, b_sync), _u1, _u2 = pair
    _exec(a, "UPDATE contact SET city = 'Graz', notes = 'vip', version = version + 1")
    rows = _exec(
        a,
        "SELECT s.origin, c.seq, c.tbl, c.uid, c.col, c.val, c.hlc, c.base_hlc, c.seen_hlc "
        "FROM sync_change c, sync_state s WHERE c.pushed = 0 AND c.col = 'city'",
    )
    origin, *first = rows[0]
    keys = ("seq", "tbl", "uid", "col", "val", "hlc", "base", "seen")
    change = dict(zip(keys, first, strict=True)) | {"val": json.loads(str(first[4]))}
    with psycopg.connect(hub.admin_url) as conn:  # only the city reaches the hub
        conn.execute("SELECT rapport_push(%s, %s)", (origin, Jsonb([change])))
    b_sync.sync()
    _exec(b, "UPDATE contact SET deleted_at = '2026-03-01 00:00:00', version = version + 1")
    a_sync.sync()  # the rest of a's save: the notes, same stamp
    assert b_sync.sync().conflicts == 1
    conflict = b_sync.conflicts()[0]
    assert (conflict.field, conflict.local, conflict.kept) == ("notes", "vip", "deleted")
