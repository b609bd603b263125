"""Who this copy is on the team (`who_am_i`), the owner choices, and the "My …" filters
reading one owner's rows through an index (EXPLAIN QUERY PLAN of the statements they run)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from app.bootstrap import AppContext
from app.domain.contact_query import ContactFilter
from app.services.complaints import ComplaintFilter, Queue
from app.services.tasks import TaskDraft, TaskList
from app.services.team import owner_choices, who_am_i
from sqlalchemy import event

from tests.team_seat_helpers import join, staff


def test_not_in_a_team_is_nobody(ctx: AppContext) -> None:
    staff(ctx, "Sam", "sam")
    assert who_am_i(ctx.db) is None


def test_my_staff_row_and_role(ctx: AppContext) -> None:
    staff(ctx, "Old Sam", "sam", active=False)  # a deactivated row is not me
    sam = staff(ctx, "Sam Field", "sam")
    staff(ctx, "Vera", "vera")
    join(ctx, "sam", "viewer", "postgresql://sam@hub.example:5433/rapport?sslmode=verify-full")
    me = who_am_i(ctx.db)
    assert me is not None
    assert (me.login, me.staff_id, me.name, me.role) == ("sam", sam, "Sam Field", "viewer")
    assert me.read_only
    join(ctx, "vera", "member")
    me = who_am_i(ctx.db)
    assert me is not None
    assert (me.name, me.read_only) == ("Vera", False)


def test_before_the_staff_sync_down_i_have_a_role_but_no_row(ctx: AppContext) -> None:
    join(ctx, "new.hire", "viewer")
    me = who_am_i(ctx.db)
    assert me is not None
    assert (me.staff_id, me.read_only) == (None, True)


def test_owner_choices_keep_a_deactivated_current_owner(ctx: AppContext) -> None:
    bea = staff(ctx, "bea")
    gone = staff(ctx, "Gone Person", active=False)
    adam = staff(ctx, "Adam")
    assert owner_choices(ctx.db) == [(adam, "Adam"), (bea, "bea")]
    assert owner_choices(ctx.db, gone) == [(adam, "Adam"), (bea, "bea"), (gone, "Gone Person")]


@contextmanager
def captured(ctx: AppContext) -> Iterator[list[tuple[str, Any]]]:
    """The SELECT statements run inside the block, with their parameters."""
    seen: list[tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, sql: str, params: Any, *_rest: Any) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            seen.append((sql, params))

    event.listen(ctx.db.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", note)


def explain(ctx: AppContext, statements: list[tuple[str, Any]]) -> str:
    found = []
    with ctx.db.engine.connect() as conn:
        for sql, params in statements:
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", tuple(params))
            found.extend(str(r[-1]) for r in rows)
    return " | ".join(found)


def plans(ctx: AppContext, run: Callable[[], object]) -> str:
    """The query plans of the SELECTs `run` makes."""
    with captured(ctx) as seen:
        run()
    return explain(ctx, seen)


def test_my_lists_read_one_owners_rows_by_index(ctx: AppContext) -> None:
    me = staff(ctx, "Sam", "sam")
    ctx.tasks.create(TaskDraft(title="Call back", owner_id=me))
    contacts = explain(ctx, ctx.contacts.list_ids_sql(ContactFilter(owner_id=me)))
    assert "ix_contact_live_owner_sort (deleted_at=? AND owner_id=?)" in contacts
    assert "SCAN contact" not in contacts
    assert "ix_task_owner_id (owner_id=?)" in plans(
        ctx, lambda: ctx.tasks.ids(TaskList.UPCOMING, owner_id=me)
    )
    mine = ComplaintFilter(Queue.ALL, owner_id=me)
    for run in (
        lambda: ctx.complaints.ids("number", True, mine),
        lambda: ctx.complaints.counts(me),
    ):
        assert "SEARCH complaint USING INDEX ix_complaint_owner_id (owner_id=?)" in plans(ctx, run)
    for which in TaskList:  # each list's count: an index, never the whole table
        plan = plans(ctx, lambda which=which: ctx.tasks.count(which, me))
        assert "SEARCH task USING INDEX" in plan
        assert "SCAN task" not in plan
