"""The analytics service against a small ledger worked out by hand (window 31 days).

Customers: A orders 12-10, 01-05, 02-20; B orders 12-20 and is refunded more than it paid;
C orders 01-15 and 01-20 and has an open urgent complaint; E never orders. Spells (a customer
is active on D when an order falls in D-30..D): A 12-10..02-04 and 02-20..03-22, B 12-20..01-19,
C 01-15..02-19.
"""

from __future__ import annotations

import json
import random
import statistics
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from app.bootstrap import AppContext
from app.cli import main
from app.domain.contact_query import ContactFilter
from app.domain.enums import Channel, LifecycleStage, Priority, Remedy
from app.domain.errors import UserError
from app.domain.metrics import Grouping
from app.services.analytics import Scope
from app.services.complaints import ComplaintDraft
from app.services.demo import DemoSize, generate
from app.services.settings import BusinessSettings
from app.storage import rollups
from app.storage.models import Complaint, Contact, Interaction, SurveyResponse, Txn
from sqlalchemy import text


def at(month: int, day: int, hour: int = 12, minute: int = 0, second: int = 0) -> datetime:
    year = 2025 if month == 12 else 2026
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


@pytest.fixture
def shop(ctx: AppContext) -> dict[str, int]:
    ctx.settings.save_business(BusinessSettings(churn_window_days=31))
    ids: dict[str, int] = {}
    with ctx.db.write() as s:
        for name in "ABCE":
            contact = Contact(display_name=name, sort_name=name.lower())
            s.add(contact)
            s.flush()
            ids[name] = contact.id

        def txn(who: str, when: datetime, kind: str, amount: int) -> None:
            s.add(
                Txn(
                    contact_id=ids[who],
                    occurred_at=when,
                    kind=kind,
                    amount_minor=amount,
                    currency="EUR",
                )
            )

        txn("A", at(12, 10), "order", 10000)
        txn("A", at(1, 5), "order", 5000)
        txn("A", at(2, 20), "order", 3000)
        txn("A", at(2, 21), "payment", 18000)  # payments are not revenue
        txn("B", at(12, 20), "order", 8000)
        txn("B", at(1, 10), "refund", 10000)  # a refund larger than the order
        txn("C", at(1, 15), "order", 4000)
        txn("C", at(1, 20), "order", 2000)

        def survey(who: str, kind: str, score: int, when: datetime) -> None:
            s.add(SurveyResponse(contact_id=ids[who], kind=kind, score=score, answered_at=when))

        survey("A", "nps", 10, at(1, 31, 23, 59, 59))  # last second of January
        survey("B", "nps", 6, at(2, 1, 0, 0, 0))  # first second of February
        survey("C", "nps", 9, at(2, 15))
        survey("A", "nps", 7, at(2, 28, 23, 59, 59))
        for score in (5, 4, 3, 1):
            survey("E", "csat", score, at(2, 10))

        def complaint(number: str, who: str, category: str, **fields: Any) -> None:
            s.add(
                Complaint(
                    number=number, contact_id=ids[who], channel="email", category=category, **fields
                )
            )

        complaint(
            "C-2026-0001",
            "A",
            "late delivery",
            opened_at=at(2, 1, 0),
            first_response_at=at(2, 1, 2),
            resolved_at=at(2, 1, 10),
            resolution_due_at=at(2, 2, 0),
            status="resolved",
            satisfaction=4,
        )
        complaint(
            "C-2026-0002",
            "B",
            "late delivery",
            opened_at=at(2, 10, 8),
            first_response_at=at(2, 10, 12),
            resolved_at=at(2, 12, 8),
            resolution_due_at=at(2, 11, 8),
            status="closed",
            satisfaction=2,
            remedy="refund",
        )
        complaint(
            "C-2026-0003",
            "C",
            "billing error",
            opened_at=at(2, 20, 9),
            status="investigating",
            priority="urgent",
        )
        s.add(
            Interaction(
                contact_id=ids["A"], occurred_at=at(2, 25), channel="phone", direction="inbound"
            )
        )
        s.add(
            Interaction(
                contact_id=ids["A"],
                occurred_at=at(3, 1),
                channel="phone",
                direction="inbound",
                deleted_at=at(3, 1, 13),
            )
        )
    return ids


WINTER = Scope(date(2025, 12, 1), date(2026, 2, 28), Grouping.MONTH)


def values(points: Any) -> list[tuple[str, float | None, int]]:
    return [(p.label, None if p.value is None else round(p.value, 1), p.n) for p in points]


def test_nps_and_csat_by_month_with_boundaries_and_an_empty_month(
    ctx: AppContext, shop: dict[str, int]
) -> None:
    board = ctx.analytics.dashboard(WINTER)
    # Dec: nothing; Jan: the 23:59:59 promoter; Feb: detractor at 00:00:00, promoter, passive
    assert values(board.nps) == [("2025-12", None, 0), ("2026-01", 100.0, 1), ("2026-02", 0.0, 3)]
    assert board.nps[2].parts == (
        ("promoter", pytest.approx(100 / 3)),
        ("passive", pytest.approx(100 / 3)),
        ("detractor", pytest.approx(100 / 3)),
    )
    assert values(board.csat) == [("2025-12", None, 0), ("2026-01", None, 0), ("2026-02", 50.0, 4)]


def test_churn_active_customers_and_revenue(ctx: AppContext, shop: dict[str, int]) -> None:
    board = ctx.analytics.dashboard(WINTER)
    # Dec: nobody active on the 1st; Jan: A and B active, B lapses 01-20 -> 50 %;
    # Feb: A and C active, A lapses 02-05 but orders again 02-20, C lapses 02-20 -> 50 %
    assert values(board.churn) == [("2025-12", None, 0), ("2026-01", 50.0, 2), ("2026-02", 50.0, 2)]
    assert [p.n for p in board.active] == [2, 2, 1]
    # Dec 100 + 80; Jan 50 + 40 + 20 - 100 refund; Feb 30 (the payment is not revenue)
    assert values(board.revenue) == [
        ("2025-12", 180.0, 2),
        ("2026-01", 10.0, 4),
        ("2026-02", 30.0, 1),
    ]


def test_retention_cohorts(ctx: AppContext, shop: dict[str, int]) -> None:
    cohorts = ctx.analytics.dashboard(WINTER).cohorts
    rows = [(r.label, r.size, r.retention) for r in cohorts.rows]
    # Dec: A and B; A orders again in Jan and Feb, B never (its refund is not an order)
    assert rows == [
        ("2025-12", 2, (100.0, 50.0, 50.0)),
        ("2026-01", 1, (100.0, 0.0)),
        ("2026-02", 0, (None,)),
    ]
    # month 1: (1 + 0) of (2 + 1); month 2: 1 of 2
    assert values(cohorts.average) == [("0", 100.0, 3), ("1", 33.3, 3), ("2", 50.0, 2)]


def test_complaint_figures(ctx: AppContext, shop: dict[str, int]) -> None:
    c = ctx.analytics.dashboard(WINTER).complaints
    assert c.by_category == (("late delivery", 2), ("billing error", 1))
    assert values(c.volume)[2] == ("2026-02", 3.0, 3)
    # Business hours (Mon-Fri 09-17 Berlin = 08-16 UTC): case 1 runs on a Sunday (0 h); case 2
    # Tue 08:00 UTC to Thu 08:00 UTC is Tue and Wed, 16 h -> median 8 h; first response 0 h, 4 h
    assert values(c.median_resolution_hours)[2] == ("2026-02", 8.0, 2)
    assert values(c.sla_met)[2] == ("2026-02", 50.0, 2)
    assert values(c.satisfaction) == [
        ("2025-12", None, 0),
        ("2026-01", None, 0),
        ("2026-02", 3.0, 2),
    ]
    assert (c.median_first_response_hours.value, c.median_first_response_hours.n) == (2.0, 2)
    assert (c.reopen_rate.value, c.remedy_share.value, c.remedy_share.n) == (0.0, 50.0, 2)
    # before: A 10, B 6, C 9 -> (2 - 1) / 3; after: only A answered again (7)
    assert (round(c.nps_before.value or 0, 1), c.nps_before.n) == (33.3, 3)
    assert (c.nps_after.value, c.nps_after.n) == (0.0, 1)


def test_kpis_compare_with_the_previous_range(ctx: AppContext, shop: dict[str, int]) -> None:
    kpis = {k.key: k for k in ctx.analytics.dashboard(WINTER).kpis}
    assert (kpis["nps"].current.value, kpis["nps"].current.n) == (25.0, 4)
    assert (kpis["csat"].current.value, kpis["csat"].current.n) == (50.0, 4)
    assert (kpis["churn"].current.value, kpis["churn"].current.n) == (None, 0)
    assert kpis["active"].current.n == 1
    assert kpis["open_complaints"].current.n == 1
    assert kpis["nps"].previous.value is None
    assert kpis["active"].previous.n == 0


def test_filters_restrict_every_figure(ctx: AppContext, shop: dict[str, int]) -> None:
    with ctx.db.write() as s:
        s.execute(text("UPDATE contact SET stage = 'loyal' WHERE display_name = 'A'"))
    board = ctx.analytics.dashboard(Scope(WINTER.start, WINTER.end, stage="loyal"))
    assert values(board.nps) == [("2025-12", None, 0), ("2026-01", 100.0, 1), ("2026-02", 0.0, 1)]
    assert [r.size for r in board.cohorts.rows] == [1, 0, 0]
    with pytest.raises(UserError, match="no segment named 'vip'"):
        ctx.analytics.dashboard(Scope(WINTER.start, WINTER.end, segment="vip"))


def test_a_segment_saved_from_the_list_scopes_the_dashboard(
    ctx: AppContext, shop: dict[str, int]
) -> None:
    ctx.contacts.tag_many([shop["A"], shop["C"]], "Regulars")
    ctx.contacts.set_stage_many([shop["A"]], LifecycleStage.LOYAL)
    ctx.segments.save(
        "loyal regulars", ContactFilter(tags=("Regulars",), stages=(LifecycleStage.LOYAL,))
    )
    board = ctx.analytics.dashboard(Scope(WINTER.start, WINTER.end, segment="loyal regulars"))
    only_a = ctx.analytics.dashboard(Scope(WINTER.start, WINTER.end, stage="loyal"))
    assert values(board.nps) == values(only_a.nps) != values(ctx.analytics.dashboard(WINTER).nps)
    assert [r.size for r in board.cohorts.rows] == [1, 0, 0]


def test_a_range_ending_before_it_starts_is_refused(ctx: AppContext) -> None:
    with pytest.raises(UserError, match="ends"):
        ctx.analytics.dashboard(Scope(date(2026, 2, 1), date(2026, 1, 1)))


def test_contact_stats_refresh_fills_every_column(ctx: AppContext, shop: dict[str, int]) -> None:
    changes = ctx.analytics.refresh_contact_stats()
    assert changes.contacts == frozenset(shop.values())
    with ctx.db.read() as s:
        rows = {r.contact_id: r for r in s.execute(text("SELECT * FROM contact_stats")).mappings()}
    a, b, c, e = (rows[shop[k]] for k in "ABCE")
    assert (a["lifetime_value_minor"], a["order_count"]) == (18000, 3)
    assert (b["lifetime_value_minor"], b["order_count"]) == (-2000, 1)
    assert (e["lifetime_value_minor"], e["order_count"], e["churn_risk"]) == (0, 0, None)
    assert a["last_order_at"].startswith("2026-02-20 12:00:00")
    assert a["last_interaction_at"].startswith("2026-02-25")  # the deleted 03-01 call is ignored
    assert (c["open_complaints"], a["open_complaints"]) == (1, 0)
    # R/F/M ranks over 3 customers: B 1,1,1; C 2,2,2; A 3,3,3 -> scores 1, 2, 4
    assert (a["rfm_segment"], b["rfm_segment"], c["rfm_segment"]) == (
        "loyal",
        "hibernating",
        "hibernating",
    )
    # C: last order 40.9 days ago vs a usual 5 -> overdue 40 (capped), lapsed 20, urgent 25
    assert c["churn_risk"] == 85
    assert json.loads(c["churn_reasons"]) == {
        "reasons": [
            {"code": "overdue", "points": 40, "value": 8.2},
            {"code": "lapsed", "points": 20, "value": 31},
            {"code": "urgent_complaint", "points": 25, "value": None},
        ]
    }
    # A: mean order 60.00, 3 orders over 81.9 days, yearly churn from Jan 50 % and Feb 50 %
    per_year = 3 * 365.25 / (81 + 22 / 24)
    expected = round(6000 * per_year * (1 / (1 - 0.5**12)))
    assert a["predicted_clv_minor"] == expected
    # nothing changed since: a partial or full refresh writes (and reports) no row
    assert ctx.analytics.refresh_contact_stats([shop["A"]]).contacts == frozenset()
    assert ctx.analytics.refresh_contact_stats().contacts == frozenset()
    with ctx.db.read() as s:
        assert s.scalar(text("SELECT count(*) FROM contact_stats")) == 4


def test_clv_distribution_and_rfm_sizes_come_from_the_cache(
    ctx: AppContext, shop: dict[str, int]
) -> None:
    board = ctx.analytics.dashboard(WINTER)  # fills the empty cache first
    assert board.clv_historical.n == 3
    assert board.clv_historical.median == 60.0
    assert board.clv_historical.mean == pytest.approx((180 - 20 + 60) / 3)
    # bins run from -20 up to the 95th percentile (180); values at or above it are counted
    # apart as the open-ended last bin
    assert sum(board.clv_historical.counts) == 2
    assert (board.clv_historical.over, board.clv_historical.top) == (1, 180.0)
    assert dict(board.rfm)["hibernating"] == 2
    assert dict(board.rfm)["loyal"] == 1


def test_cli_stats_prints_the_documented_json(
    ctx: AppContext, shop: dict[str, int], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ctx.close()
    argv = ["stats", "--json", "--db", str(db_path), "--from", "2025-12-01", "--to", "2026-02-28"]
    assert main(argv) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == {"nps", "csat", "churn", "cohorts", "clv", "rfm", "complaints"}
    assert payload["nps"] == [
        {"period": "2025-12", "value": None, "n": 0},
        {"period": "2026-01", "value": 100.0, "n": 1},
        {"period": "2026-02", "value": 0.0, "n": 3},
    ]
    assert payload["complaints"]["nps_before"] == {"value": 33.3, "n": 3}
    assert payload["cohorts"]["average"][1] == {"month": 1, "value": 33.3, "n": 3}


def test_cli_stats_names_a_bad_date(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", str(db_path), "--from", "2026-13-01"]) == 2
    assert "'2026-13-01' is not a date in the form YYYY-MM-DD (--from)." in capsys.readouterr().err


def test_a_running_period_counts_churn_only_up_to_the_range_end(
    ctx: AppContext, shop: dict[str, int]
) -> None:
    # up to 02-10 only: A lapsed on 02-05 and had not ordered again yet; C lapses on 02-20,
    # after the range's end, so it is not churn yet
    board = ctx.analytics.dashboard(Scope(date(2026, 2, 1), date(2026, 2, 10)))
    assert values(board.churn) == [("2026-02", 50.0, 2)]
    assert [p.n for p in board.active] == [1]


# -- the rollups (order_spell, cohort_cell) against the base tables ---------------------------

ROLLUP_TABLES = (
    "SELECT * FROM order_spell ORDER BY 1, 2",
    "SELECT * FROM cohort_cell WHERE n != 0 ORDER BY 1, 2",
    "SELECT * FROM survey_day WHERE n != 0 ORDER BY 1, 2, 3",
    "SELECT * FROM ledger_day WHERE n != 0 ORDER BY 1, 2",
)


def rollup_rows(ctx: AppContext) -> list[list[tuple[Any, ...]]]:
    with ctx.db.read() as s:
        return [[tuple(r) for r in s.execute(text(sql))] for sql in ROLLUP_TABLES]


def rebuilt_rows(ctx: AppContext) -> list[list[tuple[Any, ...]]]:
    """The rollup rows a full rebuild gives, read inside a transaction that is rolled back."""
    with ctx.db.read() as s:
        window = s.scalar(text("SELECT churn_window_days FROM rollup_state"))
        for statement in rollups.rebuild(int(window)):
            s.execute(text(statement))
        return [[tuple(r) for r in s.execute(text(sql))] for sql in ROLLUP_TABLES]


def assert_both_ways_equal(ctx: AppContext, scopes: list[Scope]) -> None:
    assert rollup_rows(ctx) == rebuilt_rows(ctx)
    for scope in scopes:
        assert ctx.analytics.dashboard(scope) == ctx.analytics.dashboard(scope, from_rollups=False)


@pytest.mark.parametrize("grouping", list(Grouping))
def test_rollups_give_the_base_table_figures_on_the_hand_worked_ledger(
    ctx: AppContext, shop: dict[str, int], grouping: Grouping
) -> None:
    assert_both_ways_equal(ctx, [replace(WINTER, grouping=grouping)])
    board = ctx.analytics.dashboard(replace(WINTER, grouping=grouping))
    if grouping is Grouping.MONTH:  # the hand-worked figures of the tests above, once more
        assert values(board.churn)[1:] == [("2026-01", 50.0, 2), ("2026-02", 50.0, 2)]


def test_rollups_follow_a_changed_churn_window(ctx: AppContext, shop: dict[str, int]) -> None:
    ctx.analytics.dashboard(WINTER)
    ctx.settings.save_business(BusinessSettings(churn_window_days=45))
    assert_both_ways_equal(ctx, [WINTER])
    with ctx.db.read() as s:
        assert s.scalar(text("SELECT churn_window_days FROM rollup_state")) == 45


def test_rollups_stay_in_step_with_writes_on_a_demo_sample(ctx: AppContext) -> None:
    """Random order inserts, moves, kind changes, soft and hard deletes, a contact deleted and
    restored, a merge and an erase: the trigger-kept rows equal a rebuild, and the dashboard
    reads the same figures from them as from the base tables."""
    generate(ctx.db, ctx.audit, DemoSize.SMALL, seed=5, anchor=date(2026, 3, 1))
    rng = random.Random(11)  # noqa: S311 - a repeatable sample, not a secret
    scopes = [Scope(date(2025, 4, 1), date(2026, 3, 1), g) for g in Grouping]
    assert_both_ways_equal(ctx, scopes[2:3])
    with ctx.db.read() as s:
        contacts = list(s.scalars(text("SELECT id FROM contact ORDER BY id")))
        orders = list(s.scalars(text("SELECT id FROM txn WHERE kind = 'order' ORDER BY id")))
        answers = list(s.scalars(text("SELECT id FROM survey_response ORDER BY id")))
    with ctx.db.write() as s:
        for _ in range(60):
            s.add(
                Txn(
                    contact_id=rng.choice(contacts),
                    occurred_at=datetime(2025, 3, 1, tzinfo=UTC)
                    + timedelta(days=rng.randrange(365), seconds=rng.randrange(86400)),
                    kind=rng.choice(["order", "order", "refund", "payment"]),
                    amount_minor=rng.randrange(100, 50000),
                    currency="EUR",
                )
            )
        for txn_id in rng.sample(orders, 40):
            change = rng.choice(
                [
                    "occurred_at = datetime(occurred_at, '-40 days')",
                    "occurred_at = datetime(occurred_at, '+75 days')",
                    "kind = 'payment'",
                    "deleted_at = '2026-03-01 00:00:00.000000'",
                    f"contact_id = {rng.choice(contacts)}",
                ]
            )
            s.execute(text(f"UPDATE txn SET {change} WHERE id = :i"), {"i": txn_id})  # noqa: S608
        for _ in range(30):
            kind = rng.choice(["nps", "csat"])
            s.add(
                SurveyResponse(
                    contact_id=rng.choice(contacts),
                    kind=kind,
                    score=rng.randrange(11) if kind == "nps" else rng.randrange(1, 6),
                    answered_at=datetime(2025, 6, 1, tzinfo=UTC)
                    + timedelta(hours=rng.randrange(6000)),
                )
            )
        for answer_id in rng.sample(answers, 30):
            change = rng.choice(
                [
                    "score = 10 - score",
                    "answered_at = datetime(answered_at, '+20 days')",
                    "deleted_at = '2026-03-01 00:00:00.000000'",
                    f"contact_id = {rng.choice(contacts)}",
                ]
            )
            sql = f"UPDATE survey_response SET {change} WHERE id = :i"  # noqa: S608
            s.execute(text(sql), {"i": answer_id})
        s.execute(text("DELETE FROM survey_response WHERE id = :i"), {"i": answers[-1]})
        s.execute(
            text("DELETE FROM txn WHERE id IN (:a, :b)"), dict(zip("ab", orders[-2:], strict=True))
        )
    assert_both_ways_equal(ctx, scopes)
    buyers = sorted({row[0] for row in rollup_rows(ctx)[0]})
    buyer, other, third = (int(v) for v in rng.sample(buyers, 3))
    ctx.contacts.delete(buyer)
    assert_both_ways_equal(ctx, scopes[2:3])
    ctx.contacts.restore(buyer)
    ctx.duplicates.merge(other, third)
    ctx.privacy.erase(buyer)
    assert_both_ways_equal(ctx, scopes)


def test_a_refund_logged_through_a_service_marks_the_figures_stale_until_refreshed(
    ctx: AppContext, shop: dict[str, int]
) -> None:
    ctx.analytics.refresh_contact_stats()
    with ctx.db.read() as s:
        assert s.scalar(text("SELECT count(*) FROM contact_stats_dirty")) == 0
    case = ctx.complaints.open(
        ComplaintDraft(shop["A"], Channel.EMAIL, "late delivery", Priority.NORMAL, "Late again")
    )
    ctx.complaints.record_remedy(case.id, Remedy.REFUND, amount_minor=2500, currency="EUR")
    with ctx.db.read() as s:
        stale = set(s.scalars(text("SELECT contact_id FROM contact_stats_dirty")))
    assert stale == {shop["A"]}
    assert ctx.analytics.refresh_stale_contact_stats().contacts == {shop["A"]}
    with ctx.db.read() as s:
        ltv, open_n = s.execute(
            text(
                "SELECT lifetime_value_minor, open_complaints FROM contact_stats "
                "WHERE contact_id = :c"
            ),
            {"c": shop["A"]},
        ).one()
        assert s.scalar(text("SELECT count(*) FROM contact_stats_dirty")) == 0
    assert (ltv, open_n) == (18000 - 2500, 1)
    assert ctx.analytics.refresh_stale_contact_stats().contacts == frozenset()


def test_complaint_times_are_business_hours_as_the_sla_calendar_counts_them(
    ctx: AppContext,
) -> None:
    """On a demo sample, the SQL medians equal medians of BusinessCalendar.between per case."""
    generate(ctx.db, ctx.audit, DemoSize.SMALL, seed=2, anchor=date(2026, 3, 1))
    scope = Scope(date(2025, 4, 1), date(2026, 3, 1))
    calendar = ctx.settings.complaints().calendar()
    with ctx.db.read() as s:
        rows = s.execute(
            text(
                "SELECT opened_at, resolved_at, first_response_at, paused_seconds "
                "FROM complaint WHERE deleted_at IS NULL "
                "AND opened_at >= '2025-04-01' AND opened_at < '2026-03-02'"
            )
        ).all()

    def hours(start: str, end: str | None) -> float | None:
        if end is None:
            return None
        a, b = (datetime.fromisoformat(t).replace(tzinfo=UTC) for t in (start, end))
        return calendar.between(a, b).total_seconds() / 3600

    resolution = [h - p / 3600 for o, r, _, p in rows if (h := hours(o, r)) is not None]
    first = [h for o, _, f, _ in rows if (h := hours(o, f)) is not None]
    c = ctx.analytics.dashboard(scope).complaints
    assert len(resolution) > 20
    assert c.median_resolution_hours_overall.n == len(resolution)
    assert c.median_resolution_hours_overall.value == pytest.approx(statistics.median(resolution))
    assert c.median_first_response_hours.value == pytest.approx(statistics.median(first))


def test_marking_a_contact_stale_reads_max_seq_through_an_index(ctx: AppContext) -> None:
    """Every write that marks a contact reads max(seq): a scan there made bulk imports
    quadratic (100,000 contacts took minutes)."""
    with ctx.db.read() as session:
        plan = session.execute(
            text("EXPLAIN QUERY PLAN SELECT coalesce(max(seq), 0) + 1 FROM contact_stats_dirty")
        ).all()
    assert any("ix_contact_stats_dirty_seq" in str(row) for row in plan), plan
