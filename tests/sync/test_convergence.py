"""Property-based proof of the merge: three laptops and direct hub edits; random edits,
renames, deletes, restores, duplicate merges (the app's own), tags and erasures; syncs in random
order and in small batches, some sending a batch the hub already took again (as after a kill
between push and acknowledgement), some killed after their first batch while others sync,
older batches replayed out of order, shuffled; clocks skewed by up to a day. When everyone has
synced, every copy is identical (a canonical dump's hash), every write is current or the other
side of a recorded conflict, and the recorded conflicts are exactly those a vector-clock oracle
expects: a write that reached the hub when the field's value there was one it had not seen, and
a delete against an edit it had not seen (or an edit that had not seen the delete), the edit
kept restorable; renamed contacts show the name their merged names make; no audit chain broken,
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
from app.domain.errors import UserError
from app.domain.sync_rules import UNCONTESTED
from app.domain.validation import display_name_of
from app.services.contacts import ContactDraft
from app.services.sync import engine
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
from psycopg.types.json import Jsonb
from sqlalchemy import text

from tests.sync.conftest import new_laptop
from tests.sync.pg_server import PgServer

LAPTOPS = 3
FIELDS = ("city", "notes", "job_title", "deleted_at")  # what edits write
# what the oracle follows: the edited fields, the names the form and merges write, the delete
WATCHED = ("city", "notes", "job_title", "first_name", "last_name", "deleted_at")
DAY_MS = 24 * 3600 * 1000
_hubs = itertools.count(1)


class KilledError(Exception):
    """The process stopped here (a kill in the middle of a sync)."""


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
    sent: list[list[dict[str, Any]]] = field(default_factory=list)  # batches the hub took


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
        self.renamed: set[str] = set()  # names changed through the contact form
        self.name_merged: set[str] = set()  # names taken from another contact by a merge
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

    def _record_hub(self, uid: str, col: str, value: Any) -> None:
        with psycopg.connect(self.hub_url) as conn:
            conn.execute("SELECT rapport_write('contact', %s, %s, %s)", (uid, col, Jsonb(value)))
            hlc, origin = conn.execute(
                "SELECT hlc, origin FROM sync_change_log WHERE origin = 'hub' ORDER BY "
                "cursor DESC LIMIT 1"
            ).fetchone()
        self._write(None, uid, col, value, (hlc, origin))

    def _write(
        self, copy: Copy | None, uid: str, col: str, value: Any, stamp: tuple[int, str]
    ) -> None:
        who, clock = (copy.name, copy.clock) if copy else ("hub", self.hub_clock)
        clock[who] = clock.get(who, 0) + 1
        write = Write(who, uid, col, value, stamp, dict(clock), clock[who])
        self.writes.append(write)
        if copy is None:
            self._arrive(write)
        else:
            copy.pending.append(write)

    @staticmethod
    def _last_seq(copy: Copy) -> int:
        with copy.ctx.db.read() as session:
            return int(
                session.execute(text("SELECT coalesce(max(seq), 0) FROM sync_change")).one()[0]
            )

    def _record_captured(self, copy: Copy, since: int) -> None:
        """Every watched field a local action wrote, as its capture recorded it, in order."""
        with copy.ctx.db.read() as session:
            rows = session.execute(
                text(
                    "SELECT uid, col, val, hlc, origin FROM sync_change WHERE seq > :s AND "  # noqa: S608 - constants
                    f"tbl = 'contact' AND col IN {WATCHED} ORDER BY seq"
                ),
                {"s": since},
            ).fetchall()
        for uid, col, val, hlc, origin in rows:
            self._write(copy, uid, col, json.loads(val), (hlc, origin))

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
        since = self._last_seq(copy)
        with copy.ctx.db.write() as session:
            session.execute(
                text(
                    f"UPDATE contact SET {col} = :v, version = version + 1 WHERE uid = :u AND "  # noqa: S608 - a column name
                    f"{col} IS NOT :v AND erased_at IS NULL"
                ),
                {"v": value, "u": uid},
            )
        self._record_captured(copy, since)

    @rule(laptop=st.integers(0, LAPTOPS - 1), uid=contacts, delete=st.booleans())
    def delete_or_restore(self, laptop: int, uid: str, delete: bool) -> None:
        copy = self.copies[laptop]
        value = "2026-06-01 00:00:00.000000" if delete else None
        since = self._last_seq(copy)
        with copy.ctx.db.write() as session:
            session.execute(
                text(
                    "UPDATE contact SET deleted_at = :v, version = version + 1 WHERE uid = :u "
                    "AND deleted_at IS NOT :v AND erased_at IS NULL"
                ),
                {"v": value, "u": uid},
            )
        self._record_captured(copy, since)

    @rule(
        laptop=st.integers(0, LAPTOPS - 1),
        survivor=contacts,
        merged=contacts,
        picks=st.lists(st.sampled_from(["name", "city", "notes", "job_title"]), unique=True),
    )
    def merge(self, laptop: int, survivor: str, merged: str, picks: list[str]) -> None:
        """The app's duplicate merge: picked fields copied, the other contact deleted."""
        copy = self.copies[laptop]
        with copy.ctx.db.read() as session:
            ids = dict(
                session.execute(
                    text("SELECT uid, id FROM contact WHERE uid IN (:a, :b)"),
                    {"a": survivor, "b": merged},
                ).fetchall()
            )
        since = self._last_seq(copy)
        try:
            copy.ctx.duplicates.merge(ids[survivor], ids[merged], dict.fromkeys(picks, ids[merged]))
        except UserError:
            return  # the same contact, or one deleted here: the app refuses, nothing written
        if "name" in picks:
            self.name_merged.add(survivor)
        self._record_captured(copy, since)

    @rule(
        laptop=st.integers(0, LAPTOPS - 1),
        uid=contacts,
        part=st.sampled_from(["first_name", "last_name"]),
        value=st.text("mnö", min_size=1, max_size=3),
    )
    def rename(self, laptop: int, uid: str, part: str, value: str) -> None:
        """The contact form saved with a new first or last name: the shown name made anew."""
        copy = self.copies[laptop]
        with copy.ctx.db.read() as session:
            contact_id = session.execute(
                text("SELECT id FROM contact WHERE uid = :u AND erased_at IS NULL"), {"u": uid}
            ).scalar()
        if contact_id is None:
            return
        since = self._last_seq(copy)
        row = copy.ctx.contacts.get(contact_id)
        names = {"first_name": row.first_name, "last_name": row.last_name, part: value}
        draft = ContactDraft(
            **names,
            company=row.company or "",
            job_title=row.job_title or "",
            city=row.city or "",
            stage=row.stage,
            source=row.source,
            notes=row.notes or "",
            owner_id=row.owner_id,
        )
        try:
            copy.ctx.contacts.update(contact_id, draft)
        except UserError:
            return  # deleted here: the form does not open
        self.renamed.add(uid)
        self._record_captured(copy, since)

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
            self._record_hub(uid, col, value)

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
        copy.sent += self._batches(copy, batch)
        copy.sync.sync(batch=batch)
        for write in copy.pending:
            self._arrive(write)
        copy.pending.clear()
        self.hub_clock = _merge(self.hub_clock, copy.clock)
        copy.clock = _merge(copy.clock, self.hub_clock)

    @staticmethod
    def _batches(copy: Copy, batch: int) -> list[list[dict[str, Any]]]:
        """What the coming push sends, batch by batch, as the engine sends it."""
        with copy.ctx.db.read() as session:
            rows = session.execute(
                text(
                    "SELECT seq, tbl, uid, col, val, hlc, base_hlc, seen_hlc, coalesce(lag(seq) "
                    "OVER (ORDER BY seq), (SELECT coalesce(max(seq), 0) FROM sync_change WHERE "
                    "pushed <> 0)) FROM sync_change WHERE pushed = 0 ORDER BY seq"
                )
            ).fetchall()
        changes = [
            {
                "seq": r[0],
                "prev": r[8],
                "tbl": r[1],
                "uid": r[2],
                "col": r[3],
                "val": None if r[4] is None else json.loads(r[4]),
                "hlc": r[5],
                "base": r[6],
                "seen": r[7],
            }
            for r in rows
        ]
        return [changes[n : n + batch] for n in range(0, len(changes), batch)]

    @precondition(lambda self: any(copy.sent for copy in self.copies))
    @rule(laptop=st.integers(0, LAPTOPS - 1), pick=st.randoms(use_true_random=False))
    def replay_old_batch(self, laptop: int, pick: Any) -> None:
        """A batch the hub took long ago arrives again, after newer ones, its changes shuffled
        (a retry delayed in the network): the hub takes none of it."""
        copy = self.copies[laptop]
        if not copy.sent:
            return
        batch = list(pick.choice(copy.sent))
        pick.shuffle(batch)
        assert self._push_directly(copy, batch) == 0

    @rule(laptop=st.integers(0, LAPTOPS - 1), size=st.integers(1, 4))
    def first_batch_then_killed(self, laptop: int, size: int) -> None:
        """A sync killed once the hub took its first batch, before this copy heard: the other
        copies' batches reach the hub before the rest of this one's (sent again, with the
        first, at this copy's next sync)."""
        copy = self.copies[laptop]
        batch = next(iter(self._batches(copy, size)), None)
        if batch is None:
            return
        self._push_directly(copy, batch)
        copy.sent.append(batch)
        taken = {(c["uid"], c["col"], c["hlc"]) for c in batch}
        for write in [w for w in copy.pending if (w.uid, w.col, w.stamp[0]) in taken]:
            copy.pending.remove(write)
            self._arrive(write)
            self.hub_clock = _merge(self.hub_clock, write.seen)

    @staticmethod
    def _origin(copy: Copy) -> str:
        with copy.ctx.db.read() as session:
            return str(session.execute(text("SELECT origin FROM sync_state")).scalar())

    def _push_directly(self, copy: Copy, batch: list[dict[str, Any]]) -> int:
        """Hand a batch to the hub as the engine does; how many changes it took."""
        with psycopg.connect(self.hub_url) as conn:
            (taken,) = conn.execute(
                "SELECT rapport_push(%s, %s) ->> 'taken'", (self._origin(copy), Jsonb(batch))
            ).fetchone()
        return int(taken)

    @rule(laptop=st.integers(0, LAPTOPS - 1), size=st.integers(1, 3), twice=st.booleans())
    def later_batch_first(self, laptop: int, size: int, twice: bool) -> None:
        """A copy's second batch reaches the hub before its first (a retry overtaking it on
        another connection), perhaps twice over. The hub must not take it ahead of the first:
        merged early, the copy's own later edits would conflict with its earlier ones."""
        copy = self.copies[laptop]
        (waiting,) = self._batches(copy, 1_000_000) or [[]]
        with psycopg.connect(self.hub_url) as conn:  # a killed sync may have sent some
            taken = {
                seq
                for (seq,) in conn.execute(
                    "SELECT seq FROM sync_change_log WHERE origin = %s", (self._origin(copy),)
                )
            }
        first = next((n for n, c in enumerate(waiting) if c["seq"] not in taken), None)
        later = [] if first is None else waiting[first + 1 : first + 1 + size]
        if not later:
            return
        for _time in range(2 if twice else 1):
            with pytest.raises(psycopg.errors.lookup("55000"), match="came before"):
                self._push_directly(copy, later)

    @precondition(lambda self: len(self.copies) == LAPTOPS)
    @rule(
        size=st.integers(1, 4),
        killed=st.booleans(),
        uid=contacts,
        col=st.sampled_from(FIELDS[:3]),
        value=st.text("hub", min_size=1, max_size=3),
    )
    def late_join(self, size: int, killed: bool, uid: str, col: str, value: str) -> None:
        """A new laptop joins while the others work: its first pull comes in small batches,
        an edit lands at the hub between two of them, and the pull may be killed halfway (it
        is one local transaction: the next sync starts it again)."""
        path = HARNESS["folder"] / f"{self.hub_name}-late.db"
        ctx = build_context(new_laptop(HARNESS["template"], path), paths=HARNESS["paths"])
        copy = Copy("late", ctx, SyncService(ctx.db, ctx.clock, head_revision()))
        self.copies.append(copy)
        fetches = itertools.count()
        real_fetch, real_size = engine._fetch, engine.DOWNLOAD_BATCH

        def fetch(hub: Any, origin: str, cursor: int, batch: int) -> list[Any]:
            if next(fetches) == 1:  # between the first and the second batch
                if killed:
                    raise KilledError
                if uid not in self.erased:
                    self._record_hub(uid, col, value)
            return real_fetch(hub, origin, cursor, batch)

        engine._fetch, engine.DOWNLOAD_BATCH = fetch, 1
        try:
            try:
                copy.sync.sync(self.hub_url, batch=size)
            except KilledError:
                with ctx.db.read() as session:  # as it was: nothing of the pull written
                    assert not session.execute(text("SELECT count(*) FROM contact")).scalar()
                    assert not session.execute(text("SELECT cursor FROM sync_state")).scalar()
                copy.sync.sync(batch=size)
        finally:
            engine._fetch, engine.DOWNLOAD_BATCH = real_fetch, real_size
        copy.clock = _merge(copy.clock, self.hub_clock)

    # --- the end --------------------------------------------------------------------------------

    def settle_and_check(self) -> None:
        for _round in range(2):
            for n in range(len(self.copies)):
                self.sync(n, again=False, batch=1000)
        dumps = [_dump(copy.ctx) for copy in self.copies]
        differing = [
            (n, line)
            for n, dump in enumerate(dumps[1:], 1)
            for line in set(dump.splitlines()) - set(dumps[0].splitlines())
        ]
        hashes = {hashlib.sha256(d.encode()).hexdigest() for d in dumps}
        assert len(hashes) == 1, f"copies differ from L0: {differing}"
        for copy in self.copies:
            with copy.ctx.db.read() as session:
                assert verify_chain(session, anchor_key(copy.ctx.db.key)).ok
                assert not session.execute(text("PRAGMA foreign_key_check")).fetchall()
                for uid in self.erased:  # no erasure undone
                    assert session.execute(
                        text("SELECT erased_at IS NOT NULL FROM contact WHERE uid = :u"), {"u": uid}
                    ).scalar()
        self._check_writes()
        self._check_shown_names()

    def _check_shown_names(self) -> None:
        """A contact renamed through the form shows the name its merged names make, on every
        copy and on the hub, whichever copies the first and the last name came from."""
        renamed = sorted(self.renamed - self.name_merged - self.erased)
        with self.copies[0].ctx.db.read() as session:
            names = {
                uid: (first, last, shown)
                for uid, first, last, shown in session.execute(
                    text("SELECT uid, first_name, last_name, display_name FROM contact")
                )
            }
        with psycopg.connect(self.hub_url) as conn:
            at_hub = dict(conn.execute("SELECT uid, display_name FROM contact").fetchall())
        for uid in renamed:
            first, last, shown = names[uid]
            assert shown == display_name_of(first, last), uid
            assert at_hub[uid] == shown, uid

    def _check_writes(self) -> None:
        ctx = self.copies[0].ctx
        with ctx.db.read() as session:
            final = {
                row[0]: dict(zip(WATCHED, row[1:], strict=True))
                for row in session.execute(text(f"SELECT uid, {', '.join(WATCHED)} FROM contact"))  # noqa: S608
            }
            recorded = session.execute(
                text("SELECT uid, field, local, remote, kept = 'deleted' FROM sync_conflict")
            ).fetchall()
        recorded_keys = {
            kind: sorted(
                repr((u, f, json.loads(loc)))
                for u, f, loc, _r, deleted in recorded
                if u not in self.erased and deleted == (kind == "deleted")
            )
            for kind in ("field", "deleted")
        }
        conflict_values = {
            (u, f, json.loads(v)) for u, f, loc, rem, _d in recorded for v in (loc, rem) if v
        }
        expected = _expected_conflicts([w for w in self.arrived if w.uid not in self.erased])
        assert recorded_keys == {kind: sorted(map(repr, found)) for kind, found in expected.items()}
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


def _expected_conflicts(arrived: list[Write]) -> dict[str, list[tuple[str, str, Any]]]:
    """The vector-clock oracle, replaying the writes in the order the hub took them: a write
    that had not seen the field's current value conflicts on that field; otherwise a delete
    that had not seen an edit of the row's current values keeps each such edit restorable, and
    so does an edit that had not seen the row's current delete."""
    field: list[tuple[str, str, Any]] = []
    deleted: list[tuple[str, str, Any]] = []
    current: dict[tuple[str, str], Write] = {}
    for write in arrived:
        now = current.get((write.uid, write.col))
        if now is not None and not now.seen_by(write) and write.col not in UNCONTESTED:
            field.append((write.uid, write.col, write.value))
        elif write.col == "deleted_at" and write.value is not None:
            for col in WATCHED[:-1]:
                edit = current.get((write.uid, col))
                if edit is not None and not edit.seen_by(write):
                    deleted.append((write.uid, col, edit.value))
        elif write.col != "deleted_at":
            delete = current.get((write.uid, "deleted_at"))
            if delete is not None and delete.value is not None and not delete.seen_by(write):
                deleted.append((write.uid, write.col, write.value))
        if now is None or write.stamp > now.stamp:
            current[(write.uid, write.col)] = write
    return {"field": field, "deleted": deleted}


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
