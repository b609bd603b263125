from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.domain.business_hours import DAY_NAMES, BusinessCalendar
from app.domain.errors import UserError
from app.services.demo import PLANS, DemoSize, generate
from app.storage.database import Database
from app.storage.schema import upgrade_to_head
from sqlalchemy import text

ANCHOR = date(2026, 3, 1)


def _fingerprint(db: Database) -> str:
    digest = hashlib.sha256()
    with db.read() as session:
        for table in ("contact", "interaction", "txn", "complaint", "survey_response"):
            for row in session.execute(text(f"SELECT * FROM {table} ORDER BY id")):  # noqa: S608
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def _fresh(path: Path) -> Database:
    db = Database.open(path)
    upgrade_to_head(db)
    return db


def test_small_sample_has_the_planned_size_in_every_table(ctx: AppContext) -> None:
    result = generate(ctx.db, ctx.audit, DemoSize.SMALL, seed=3, anchor=ANCHOR)
    plan = PLANS[DemoSize.SMALL]
    assert result.counts["contact"] == plan.contacts
    assert result.counts["interaction"] == plan.interactions
    assert result.counts["complaint"] == plan.complaints
    assert result.counts["survey_response"] >= plan.surveys
    assert result.counts["txn"] >= plan.ledger * 0.9
    for table in ("staff", "company", "tag", "contact_tag", "consent", "complaint_event", "task"):
        assert result.counts[table] > 0, table


def test_same_seed_gives_the_same_data(tmp_path: Path, ctx: AppContext) -> None:
    first, second = _fresh(tmp_path / "a.db"), _fresh(tmp_path / "b.db")
    generate(first, ctx.audit, DemoSize.SMALL, seed=7, anchor=ANCHOR)
    generate(second, ctx.audit, DemoSize.SMALL, seed=7, anchor=ANCHOR)
    assert _fingerprint(first) == _fingerprint(second)
    first.dispose()
    second.dispose()


def test_sample_data_tells_a_consistent_story(ctx: AppContext) -> None:
    generate(ctx.db, ctx.audit, DemoSize.SMALL, seed=1, anchor=ANCHOR)
    with ctx.db.read() as session:
        numbers = session.scalars(text("SELECT number FROM complaint")).all()
        remedy_rows = session.execute(
            text(
                "SELECT count(*) FROM txn t JOIN complaint c ON c.id = t.complaint_id "
                "WHERE t.kind IN ('refund', 'credit') AND t.kind = c.remedy "
                "AND t.amount_minor = c.remedy_amount_minor"
            )
        ).scalar()
        paid_remedies = session.execute(
            text("SELECT count(*) FROM complaint WHERE remedy IN ('refund', 'credit')")
        ).scalar()
        recovery = session.execute(
            text(
                "SELECT count(*) FROM survey_response s JOIN complaint c ON c.id = s.complaint_id "
                "WHERE s.score = c.satisfaction"
            )
        ).scalar()
        resolved = session.execute(
            text("SELECT count(*) FROM complaint WHERE status IN ('resolved', 'closed')")
        ).scalar()
        heavy = session.execute(
            text("SELECT count(*) FROM interaction GROUP BY contact_id ORDER BY 1 DESC LIMIT 1")
        ).scalar()
        orphans = session.execute(text("PRAGMA foreign_key_check")).all()
    assert len(set(numbers)) == len(numbers)
    assert all(re.fullmatch(r"C-\d{4}-\d{4}", n) for n in numbers)
    assert paid_remedies > 0
    assert remedy_rows == paid_remedies
    assert resolved > 0
    assert recovery == resolved
    assert heavy >= PLANS[DemoSize.SMALL].heavy_contact_entries
    assert orphans == []


def test_staff_answer_resolve_and_close_within_business_hours(ctx: AppContext) -> None:
    """Customers complain at any hour; the replies, resolutions, closings and every staff step
    fall inside the calendar the SLA clocks count in (here the business's own: Tuesday to
    Saturday, 10-14 in Lisbon), never on a Sunday night."""
    week = {day: ([] if day in ("sun", "mon") else ["10:00-14:00"]) for day in DAY_NAMES}
    settings = replace(ctx.settings.complaints(), time_zone="Europe/Lisbon", schedule=week)
    ctx.settings.save_complaints(settings)
    calendar = ctx.settings.complaints().calendar()
    generate(ctx.db, ctx.audit, DemoSize.SMALL, seed=5, anchor=ANCHOR)
    with ctx.db.read() as session:
        moments = session.execute(
            text(
                "SELECT first_response_at FROM complaint UNION ALL "
                "SELECT resolved_at FROM complaint UNION ALL "
                "SELECT closed_at FROM complaint UNION ALL "
                "SELECT at FROM complaint_event WHERE actor = 'staff'"
            )
        ).scalars()
        staff = [datetime.fromisoformat(m).replace(tzinfo=UTC) for m in moments if m]
        answered = session.execute(
            text(
                "SELECT opened_at, first_response_at, first_response_due_at, priority "
                "FROM complaint WHERE first_response_at IS NOT NULL"
            )
        ).all()
    assert len(staff) > 500
    outside = [m for m in staff if not _in_hours(calendar, m)]
    assert outside == []
    assert all(opened < responded for opened, responded, _due, _priority in answered)
    met = sum(responded <= due for _opened, responded, due, _priority in answered)
    assert 0.5 < met / len(answered) < 0.95  # most cases meet the target, not all


def _in_hours(calendar: BusinessCalendar, moment: datetime) -> bool:
    """Inside a working period, its closing instant included."""
    periods = calendar.periods_on(moment.astimezone(calendar.zone).date())
    return any(start <= moment <= end for start, end in periods)


def test_forced_second_run_never_reuses_a_case_number(ctx: AppContext) -> None:
    generate(ctx.db, ctx.audit, DemoSize.SMALL, seed=1, anchor=ANCHOR)
    generate(ctx.db, ctx.audit, DemoSize.SMALL, seed=2, anchor=ANCHOR, force=True)
    with ctx.db.read() as session:
        numbers = session.scalars(text("SELECT number FROM complaint")).all()
    assert len(numbers) == 2 * PLANS[DemoSize.SMALL].complaints
    assert len(set(numbers)) == len(numbers)


def test_refuses_a_database_with_data(ctx: AppContext) -> None:
    generate(ctx.db, ctx.audit, DemoSize.SMALL, anchor=ANCHOR)
    with pytest.raises(UserError, match="already holds contacts"):
        generate(ctx.db, ctx.audit, DemoSize.SMALL, anchor=ANCHOR)


def test_cancel_leaves_the_database_as_it_was(ctx: AppContext) -> None:
    calls = {"n": 0}

    def cancel_after_contacts() -> bool:
        calls["n"] += 1
        return calls["n"] > 6  # some tables were written before the cancel

    with pytest.raises(UserError, match="cancelled"):
        generate(ctx.db, ctx.audit, DemoSize.SMALL, anchor=ANCHOR, cancelled=cancel_after_contacts)
    with ctx.db.read() as session:
        for table in ("staff", "contact", "interaction", "audit_log"):
            assert session.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0  # noqa: S608


def _index_sql(db: Database) -> list[tuple[str, str]]:
    with db.read() as session:
        rows = session.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                "ORDER BY name"
            )
        )
        return [(r[0], r[1]) for r in rows]


def test_generation_leaves_every_index_as_it_was(ctx: AppContext) -> None:
    """The loader drops the big tables' indexes while rows go in and rebuilds them after."""
    before = _index_sql(ctx.db)
    generate(ctx.db, ctx.audit, DemoSize.SMALL, anchor=ANCHOR)
    assert _index_sql(ctx.db) == before
    with ctx.db.read() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_cancel_restores_the_indexes_too(ctx: AppContext) -> None:
    before = _index_sql(ctx.db)
    with pytest.raises(UserError, match="cancelled"):
        generate(ctx.db, ctx.audit, DemoSize.SMALL, anchor=ANCHOR, cancelled=lambda: True)
    assert _index_sql(ctx.db) == before
