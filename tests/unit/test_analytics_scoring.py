"""The set-based scoring of the per-customer cache (services/analytics_scoring.py) against
the domain's reference formulas, customer by customer, on a demo sample."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from app.bootstrap import AppContext
from app.domain import metrics as m
from app.domain.clock import FixedClock
from app.services.demo import DemoSize, generate
from sqlalchemy import text

# Raw aggregates per live contact, ranked with SQL RANK() over every customer: what the
# scoring needs, gathered the plain way.
REFERENCE_SQL = """
WITH t AS (
  SELECT contact_id, sum(kind = 'order') AS orders,
    total(CASE kind WHEN 'order' THEN amount_minor ELSE -amount_minor END) AS clv,
    total(CASE WHEN kind = 'order' THEN amount_minor END) AS order_sum,
    min(CASE WHEN kind = 'order' THEN occurred_at END) AS first_order,
    max(CASE WHEN kind = 'order' THEN occurred_at END) AS last_order
  FROM txn WHERE deleted_at IS NULL AND kind IN ('order', 'refund', 'credit')
  GROUP BY contact_id),
ranked AS (
  SELECT contact_id, count(*) OVER () AS pop, rank() OVER (ORDER BY last_order) AS r,
    rank() OVER (ORDER BY orders) AS f, rank() OVER (ORDER BY clv) AS m
  FROM t WHERE orders > 0)
SELECT c.id, t.orders, t.order_sum, r.pop, r.r, r.f, r.m,
  :now - julianday(t.first_order), :now - julianday(t.last_order),
  :now - julianday((SELECT max(i.occurred_at) FROM interaction i
                    WHERE i.contact_id = c.id AND i.deleted_at IS NULL)),
  (SELECT s.score FROM survey_response s WHERE s.kind = 'nps' AND s.contact_id = c.id
   AND s.deleted_at IS NULL ORDER BY s.answered_at DESC LIMIT 1),
  (SELECT count(*) FROM complaint k WHERE k.contact_id = c.id AND k.deleted_at IS NULL
   AND k.status IN ('new', 'acknowledged', 'investigating', 'waiting_on_customer')),
  (SELECT count(*) FROM complaint k WHERE k.contact_id = c.id AND k.deleted_at IS NULL
   AND k.priority IN ('urgent', 'high')
   AND k.status IN ('new', 'acknowledged', 'investigating', 'waiting_on_customer'))
FROM contact c JOIN t ON t.contact_id = c.id JOIN ranked r ON r.contact_id = c.id
WHERE c.deleted_at IS NULL
"""


def expected(row: Any, window: int, lifetime: float) -> tuple[Any, ...]:
    """(segment, risk, reasons, predicted CLV) of one customer by the domain's formulas."""
    cid, orders, order_sum, pop, r, f, mon, tenure, since, since_i, nps, open_n, urgent = row
    segment = m.rfm_segment(m.quintile(r, pop), m.quintile(f, pop), m.quintile(mon, pop))
    usual = (tenure - since) / (orders - 1) if orders > 1 else None
    risk, reasons = m.churn_risk(
        m.RiskInputs(orders, since, usual, window, open_n, urgent, nps, since_i)
    )
    per_year = m.orders_per_year(orders, tenure, window)
    predicted = m.predicted_clv(order_sum / orders, per_year, lifetime, 1.0)
    return cid, segment.value, risk, [(x.code, x.points, x.value) for x in reasons], predicted


@pytest.fixture
def sample(ctx: AppContext, clock: FixedClock) -> AppContext:
    generate(ctx.db, ctx.audit, DemoSize.SMALL, seed=3, anchor=date(2026, 3, 1))
    return ctx


def stored(ctx: AppContext) -> dict[int, tuple[Any, ...]]:
    with ctx.db.read() as s:
        rows = s.execute(
            text(
                "SELECT contact_id, rfm_segment, churn_risk, churn_reasons, predicted_clv_minor "
                "FROM contact_stats WHERE order_count > 0"
            )
        )
        return {
            r[0]: (
                r[0],
                r[1],
                r[2],
                [(x["code"], x["points"], x["value"]) for x in json.loads(r[3])["reasons"]],
                r[4],
            )
            for r in rows
        }


def test_sql_scoring_equals_the_domain_formulas_for_every_customer(
    sample: AppContext, clock: FixedClock
) -> None:
    sample.analytics.refresh_contact_stats()
    with sample.db.read() as s:
        lifetime = m.expected_lifetime_years(
            sample.analytics._yearly_churn(s, clock.now().date(), 180)
        )
        now = clock.now().timestamp() / 86400.0 + 2440587.5
        rows = list(s.execute(text(REFERENCE_SQL), {"now": now}))
    assert len(rows) > 100
    found = stored(sample)
    assert set(found) == {row[0] for row in rows}
    for row in rows:
        want = expected(row, 180, lifetime)
        got = found[row[0]]
        assert got[:3] == want[:3], row
        assert got[4] == want[4], row
        assert [(c, p) for c, p, _ in got[3]] == [(c, p) for c, p, _ in want[3]], row
        assert [v for *_, v in got[3]] == pytest.approx([v for *_, v in want[3]], abs=0.051)


def test_a_partial_refresh_scores_on_the_scale_of_the_last_full_one(sample: AppContext) -> None:
    """Nothing changed: scoring every contact against the cached thresholds changes no row."""
    sample.analytics.refresh_contact_stats()
    before = stored(sample)
    assert sample.analytics.refresh_contact_stats(list(before)).contacts == frozenset()
    assert stored(sample) == before


def test_a_partial_refresh_with_nothing_cached_fills_the_whole_cache(sample: AppContext) -> None:
    with sample.db.write() as s:
        s.execute(text("DELETE FROM contact_stats"))
    changes = sample.analytics.refresh_contact_stats([1])
    with sample.db.read() as s:
        assert s.scalar(text("SELECT count(*) FROM contact_stats")) == len(changes.contacts)
        assert len(changes.contacts) > 100
