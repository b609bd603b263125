"""Property-based proof of the merge: three laptops and direct hub edits; random edits,
deletes, restores, tags and erasures; syncs in random order and in small batches, some of them
sending a batch the hub already took again (as after a kill between push and acknowledgement);
clocks skewed by up to a day. When everyone has synced, every copy is
identical (a canonical dump's hash), every write is current or the other side of a recorded
conflict, and the recorded conflicts are exactly the writes that reached the hub when the
field's value there was one they had not seen (a vector-clock oracle), no audit chain broken,
no reference dangling, no erasure undone.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
import pytest
from app.bootstrap import AppContext, build_context
from app.config.paths import AppPaths
from app.domain.sync_rules import UNCONTESTED
from app.services.sync import hub as hub_api
from app.services.sync.engine import SyncService
from app.storage.audit import anchor_key, verify_chain
from app.storage.schema import head_revision
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    multiple,
    precondition,
    rule,
)
from sqlalchemy import text

from tests.sync.conftest import new_laptop
from tests.sync.pg_server import PgServer

LAPTOPS = 3
FIELDS = ("city", "notes", "job_title", "deleted_at")
DAY_MS = 24 * 3600 * 1000
_hubs = itertools.count(1)


@dataclass
class Write:
    """One edit of one field, with what its writer had seen (a vector clock)."""

    who: str
    uid: str
    col: str
    value: Any
    stamp: tuple[int, str]
    seen: dict[str, int]
    number: int

    def seen_by(self, other: Write) -> bool:
        return other.seen.get(self.who, 0) >= self.number


@dataclass
class Copy:
    name: str
    ctx: AppContext
    sync: SyncService
    clock: dict[str, int] = field(default_factory=dict)
    pending: list[Write] = field(default_factory=list)


def _dump(ctx: AppContext) -> str:
    """The synced data as a canonical text: every synced table, rows by uid, references as
    uids, without local ids and version counters."""
    with ctx.db.read() as session:
        c = session.connection()
        from app.storage.sync_capture import synced_tables  # noqa: PLC0415

        parts = []
        for table in synced_tables(c):
            cols = ", ".join(table.value_sql(col, "t") for col in table.columns)
            rows = c.exec_driver_sql(
                f"SELECT {cols.replace('NEW.', 't.')} FROM {table.name} t ORDER BY t.uid"  # noqa: S608
            ).fetchall()
            parts.append(json.dumps([table.name, [list(r) for r in rows]], default=str))
    return "\n".join(parts)


class Convergence(RuleBasedStateMachine):
    contacts = Bundle("contacts")

    def __init__(self) -> None:
        super().__init__()
        self.copies: list[Copy] = []
        self.writes: list[Write] = []
        self.arrived: list[Write] = []
        self.erased: set[str] = set()
        self.hub_clock: dict[str, int] = {}

    @initialize(
        target=contacts,
        names=st.lists(
            st.text("abcdef", min_size=1, max_size=5), min_size=2, max_size=4, unique=True
        ),
    )
    def start(self, names: list[str]) -> Any:
        folder, server, template = HARNESS["folder"], HARNESS["server"], HARNESS["template"]
        name = f"prop{next(_hubs)}"
        with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        hub_api.init_hub(server.url(name), head_revision())
        self.hub_url, self.hub_name = server.url(name), name
        for n in range(LAPTOPS):
            path = folder / f"{name}-{n}.db"
            ctx = build_context(new_laptop(template, path), paths=HARNESS["paths"])
            copy = Copy(f"L{n}", ctx, SyncService(ctx.db, ctx.clock, head_revision()))
            self.copies.append(copy)
        first = self.copies[0]
        uids = []
        with first.ctx.db.write() as session:
            for label in names:
                uid = str(uuid.uuid4())
                session.execute(
                    text(
                        "INSERT INTO contact (uid, created_at, updated_at, version, first_name, "
                        "last_name, display_name, sort_name, search_phones, stage, source, custom) "
                        "VALUES (:u, '2026-01-01', '2026-01-01', 1, :n, 'X', :n, :n, '', 'lead', "
                        "'other', '{}')"
                    ),
                    {"u": uid, "n": label},
                )
                uids.append(uid)
        for copy in self.copies:
            copy.sync.sync(self.hub_url)
        for copy in self.copies:
            copy.sync.sync(self.hub_url)
        return multiple(*uids)

    def teardown(self) -> None:
        for copy in self.copies:
            copy.ctx.close()
        if self.copies:
            with psycopg.connect(HARNESS["server"].url("postgres"), autocommit=True) as conn:
                conn.execute(f"DROP DATABASE {self.hub_name} WITH (FORCE)")

    # --- writes ---------------------------------------------------------------------------------

    def _record(self, copy: Copy | None, uid: str, col: str, value: Any) -> None:
        who = copy.name if copy else "hub"
        if copy is None:
            with psycopg.connect(self.hub_url) as conn:
                conn.execute(
                    "SELECT rapport_write('contact', %s, %s, %s)",
                    (uid, col, psycopg.types.json.Jsonb(value)),
                )
                hlc, origin = conn.execute(
                    "SELECT hlc, origin FROM sync_change_log WHERE origin = 'hub' ORDER BY "
                    "cursor DESC LIMIT 1"
                ).fetchone()
            clock = self.hub_clock
        else:
            with copy.ctx.db.read() as session:
                hlc, origin = session.execute(
                    text(
                        "SELECT hlc, origin FROM sync_change WHERE tbl = 'contact' AND uid = :u "
                        "AND col = :c ORDER BY seq DESC LIMIT 1"
                    ),
                    {"u": uid, "c": col},
                ).one()
            clock = copy.clock
        clock[who] = clock.get(who, 0) + 1
        write = Write(who, uid, col, value, (hlc, origin), dict(clock), clock[who])
        self.writes.append(write)
        if copy is None:
            self._arrive(write)
        else:
            copy.pending.append(write)

    def _arrive(self, write: Write) -> None:
        self.arrived.append(write)

    @rule(
        laptop=st.integers(0, LAPTOPS - 1),
        uid=contacts,
        col=st.sampled_from(FIELDS[:3]),
        value=st.text("xyz", min_size=1, max_size=3),
    )
    def edit(self, laptop: int, uid: str, col: str, value: str) -> None:
        copy = self.copies[laptop]
        with copy.ctx.db.write() as session:
            changed = session.execute(
                text(
                    f"UPDATE contact SET {col} = :v, version = version + 1 WHERE uid = :u AND "  # noqa: S608 - a column name
                    f"{col} IS NOT :v AND erased_at IS NULL"
                ),
                {"v": value, "u": uid},
            ).rowcount
        if changed:
            self._record(copy, uid, col, value)

    @rule(laptop=st.integers(0, LAPTOPS - 1), uid=contacts, delete=st.booleans())
    def delete_or_restore(self, laptop: int, uid: str, delete: bool) -> None:
        copy = self.copies[laptop]
        value = "2026-06-01 00:00:00.000000" if delete else None
        with copy.ctx.db.write() as session:
            changed = session.execute(
                text(
                    "UPDATE contact SET deleted_at = :v, version = version + 1 WHERE uid = :u "
                    "AND deleted_at IS NOT :v AND erased_at IS NULL"
                ),
                {"v": value, "u": uid},
            ).rowcount
        if changed:
            self._record(copy, uid, "deleted_at", value)

    @rule(laptop=st.integers(0, LAPTOPS - 1), uid=contacts, tag=st.sampled_from(["vip", "new"]))
    def tag(self, laptop: int, uid: str, tag: str) -> None:
        copy = self.copies[laptop]
        with copy.ctx.db.write() as session:
            session.execute(
                text(
                    "INSERT INTO tag (uid, created_at, updated_at, version, name) SELECT :t, "
                    "'2026-01-01', '2026-01-01', 1, :n WHERE NOT EXISTS (SELECT 1 FROM tag "
                    "WHERE name = :n)"
                ),
                {"t": str(uuid.uuid4()), "n": tag},
            )
            session.execute(
                text(
                    "INSERT INTO contact_tag (uid, created_at, updated_at, version, contact_id, "
                    "tag_id) SELECT :l, '2026-01-01', '2026-01-01', 1, c.id, t.id FROM contact "
                    "c, tag t WHERE c.uid = :u AND t.name = :n AND c.erased_at IS NULL AND NOT "
                    "EXISTS (SELECT 1 FROM contact_tag x WHERE x.contact_id = c.id AND x.tag_id "
                    "= t.id)"
                ),
                {"l": str(uuid.uuid4()), "u": uid, "n": tag},
            )

    @rule(
        uid=contacts, col=st.sampled_from(FIELDS[:3]), value=st.text("hub", min_size=1, max_size=3)
    )
    def hub_edit(self, uid: str, col: str, value: str) -> None:
        if uid not in self.erased:
            self._record(None, uid, col, value)

    @precondition(lambda self: len(self.erased) < 1)
    @rule(laptop=st.integers(0, LAPTOPS - 1), uid=contacts)
    def erase(self, laptop: int, uid: str) -> None:
        copy = self.copies[laptop]
        with copy.ctx.db.read() as session:
            row = session.execute(
                text("SELECT id, erased_at FROM contact WHERE uid = :u"), {"u": uid}
            ).one()
        if row[1] is None:
            copy.ctx.privacy.erase(row[0])
            self.erased.add(uid)

    @rule(laptop=st.integers(0, LAPTOPS - 1), skew=st.integers(-DAY_MS, DAY_MS))
    def skew_clock(self, laptop: int, skew: int) -> None:
        with self.copies[laptop].ctx.db.write() as session:
            session.execute(text("UPDATE sync_state SET skew_ms = :s"), {"s": skew})

    @rule(laptop=st.integers(0, LAPTOPS - 1), again=st.booleans(), batch=st.sampled_from([3, 1000]))
    def sync(self, laptop: int, again: bool, batch: int) -> None:
        copy = self.copies[laptop]
        if again:  # the hub took the last batch but this copy never heard: it is sent again
            with copy.ctx.db.write() as session:
                session.execute(
                    text(
                        "UPDATE sync_change SET pushed = 0 WHERE pushed = (SELECT max(pushed) "
                        "FROM sync_change) AND pushed > 0"
                    )
                )
        copy.sync.sync(batch=batch)
        for write in copy.pending:
            self._arrive(write)
        copy.pending.clear()
        self.hub_clock = _merge(self.hub_clock, copy.clock)
        copy.clock = _merge(copy.clock, self.hub_clock)

    # --- the end --------------------------------------------------------------------------------

    def settle_and_check(self) -> None:
        for _round in range(2):
            for n in range(LAPTOPS):
                self.sync(n, again=False, batch=1000)
        dumps = [_dump(copy.ctx) for copy in self.copies]
        hashes = {hashlib.sha256(d.encode()).hexdigest() for d in dumps}
        assert len(hashes) == 1, "copies differ"
        for copy in self.copies:
            with copy.ctx.db.read() as session:
                assert verify_chain(session, anchor_key(copy.ctx.db.key)).ok
                assert not session.execute(text("PRAGMA foreign_key_check")).fetchall()
                for uid in self.erased:  # no erasure undone
                    assert session.execute(
                        text("SELECT erased_at IS NOT NULL FROM contact WHERE uid = :u"), {"u": uid}
                    ).scalar()
        self._check_writes()

    def _check_writes(self) -> None:
        ctx = self.copies[0].ctx
        with ctx.db.read() as session:
            final = {
                row[0]: dict(zip(FIELDS, row[1:], strict=True))
                for row in session.execute(text(f"SELECT uid, {', '.join(FIELDS)} FROM contact"))  # noqa: S608
            }
            recorded = session.execute(
                text("SELECT uid, field, local, remote FROM sync_conflict WHERE kept <> 'deleted'")
            ).fetchall()
        recorded_keys = sorted(
            repr((u, f, json.loads(loc))) for u, f, loc, _r in recorded if u not in self.erased
        )
        conflict_values = {
            (u, f, json.loads(v)) for u, f, loc, rem in recorded for v in (loc, rem) if v
        }
        expected = []
        current: dict[tuple[str, str], Write] = {}
        for write in self.arrived:
            key = (write.uid, write.col)
            now = current.get(key)
            if write.uid in self.erased:
                continue
            if now is not None and not now.seen_by(write) and write.col not in UNCONTESTED:
                expected.append((write.uid, write.col, write.value))
            if now is None or write.stamp > now.stamp:
                current[key] = write
        assert recorded_keys == sorted(repr(e) for e in expected)
        for write in self.writes:
            if write.uid in self.erased:
                continue
            later = [
                w
                for w in self.writes
                if w is not write and w.uid == write.uid and w.col == write.col and write.seen_by(w)
            ]
            if later:
                continue  # overwritten by a write that saw it
            value = final[write.uid][write.col]
            assert value == write.value or (write.uid, write.col, write.value) in conflict_values


def _merge(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    return {k: max(a.get(k, 0), b.get(k, 0)) for k in a.keys() | b.keys()}


HARNESS: dict[str, Any] = {}


def _run(
    pg_server: PgServer,
    template: Path,
    tmp_path: Path,
    paths: AppPaths,
    *,
    examples: int,
    steps: int,
) -> None:
    HARNESS.update(folder=tmp_path, server=pg_server, template=template, paths=paths)

    class Checked(Convergence):
        def teardown(self) -> None:
            try:
                if self.copies:
                    self.settle_and_check()
            finally:
                super().teardown()

    Checked.TestCase.settings = settings(
        max_examples=examples,
        stateful_step_count=steps,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    Checked.TestCase().runTest()


def test_copies_converge_and_conflicts_are_exactly_the_unseen_writes(
    pg_server: PgServer,
    laptop_template: Path,
    tmp_path: Path,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(pg_server.pgpass({})))
    _run(pg_server, laptop_template, tmp_path, paths, examples=4, steps=15)


@pytest.mark.slow
def test_copies_converge_long_run(
    pg_server: PgServer,
    laptop_template: Path,
    tmp_path: Path,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(pg_server.pgpass({})))
    _run(pg_server, laptop_template, tmp_path, paths, examples=60, steps=40)
