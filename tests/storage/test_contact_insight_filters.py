"""The contact list's insight filters pick exactly the customers the dashboard counts: an RFM
segment, a churn-risk range, and a retention cohort's cell (first order in one month, ordered
again in another)."""

from __future__ import annotations

from datetime import date

import pytest
from app.bootstrap import AppContext
from app.domain import metrics as m
from app.domain.contact_query import ContactFilter
from app.domain.errors import UserError
from app.domain.metrics import Grouping, RfmSegment
from app.services.analytics import Scope
from app.services.demo import DemoSize, generate
from app.storage.models import ContactStats
from sqlalchemy import select

TODAY = date(2026, 3, 2)  # the tests' clock


@pytest.fixture
def filled(ctx: AppContext) -> AppContext:
    generate(ctx.db, ctx.audit, DemoSize.SMALL, anchor=TODAY)
    ctx.analytics.refresh_contact_stats()
    return ctx


def test_rfm_segment_and_churn_range_match_the_stored_figures(filled: AppContext) -> None:
    with filled.db.read() as session:
        stats = session.execute(
            select(ContactStats.contact_id, ContactStats.rfm_segment, ContactStats.churn_risk)
        ).all()
    board = filled.analytics.dashboard(Scope(m.add_months(TODAY, -11), TODAY, Grouping.MONTH))
    for name, count in board.rfm:
        found = filled.contacts.list_ids(ContactFilter(rfm_segment=RfmSegment(name)))
        assert len(found) == count
        assert set(found) == {c for c, segment, _ in stats if segment == name}
    risky = filled.contacts.list_ids(ContactFilter(churn_min=60, churn_max=80))
    assert risky
    assert set(risky) == {c for c, _, risk in stats if risk is not None and 60 <= risk <= 80}
    with pytest.raises(UserError, match="churn risk"):
        filled.contacts.list_ids(ContactFilter(churn_min=2**70))


def test_a_cohort_cell_lists_the_customers_it_counts(filled: AppContext) -> None:
    board = filled.analytics.dashboard(Scope(m.add_months(TODAY, -11), TODAY, Grouping.MONTH))
    checked = 0
    for row in board.cohorts.rows:
        members = filled.contacts.list_ids(ContactFilter(cohort=row.start))
        assert len(members) == row.size
        for k, share in enumerate(row.retention):
            if share is None or not row.size:
                continue
            again = filled.contacts.list_ids(
                ContactFilter(cohort=row.start, ordered_in=m.add_months(row.start, k))
            )
            assert round(100 * len(again) / row.size, 6) == pytest.approx(share)
            checked += 1
    assert checked > 10


def test_the_new_filters_survive_a_saved_segment() -> None:
    query = ContactFilter(
        rfm_segment=RfmSegment.AT_RISK,
        churn_min=50,
        churn_max=90,
        cohort=date(2025, 6, 1),
        ordered_in=date(2025, 8, 1),
    )
    assert ContactFilter.from_rule(query.to_rule()) == query
