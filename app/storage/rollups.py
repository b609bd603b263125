# ruff: noqa: S608 - SQL text here is assembled from constants only.
"""Analytics rollups kept in step with the ledger by SQLite triggers (migration 0009).

The dashboard's churn, active-customer and cohort figures over all customers would otherwise
re-read every order each time. Two small derived tables hold what they need:

- `order_spell`: one row per activity spell of a customer (first order day, lapse day = last
  order day + churn window, next spell's first day), days as Unix epoch seconds of midnight UTC.
- `cohort_cell`: customers per (cohort month, months since), month = year * 12 + month - 1.

Only live orders of live contacts count. Every ledger write or contact (un)delete recomputes
the rows of the contacts it touches: cohort cells are subtracted BEFORE the change and added
back AFTER it; spells are rebuilt AFTER it. The spells depend on the churn window, kept in
`rollup_state`; the analytics service rebuilds them when the setting changes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

DEFAULT_WINDOW_DAYS = 180  # BusinessSettings' default; the analytics service rebuilds on change

WINDOW = "(SELECT churn_window_days * 86400 FROM rollup_state WHERE id = 1)"
LIVE_CONTACT = "EXISTS (SELECT 1 FROM contact c WHERE c.id = t.contact_id AND c.deleted_at IS NULL)"
MONTH = (
    "(CAST(strftime('%Y', t.occurred_at) AS INTEGER) * 12"
    " + CAST(strftime('%m', t.occurred_at) AS INTEGER) - 1)"
)


def _orders(contacts: str | None, column: str) -> str:
    """DISTINCT (contact_id, `column`) of live orders of live contacts (all, or `contacts`)."""
    only = f" AND t.contact_id IN ({contacts})" if contacts else ""
    return (
        f"SELECT DISTINCT t.contact_id, {column} AS d FROM txn t WHERE t.kind = 'order' "
        f"AND t.deleted_at IS NULL{only} AND {LIVE_CONTACT}"
    )


def spells_insert(contacts: str | None, window: str = WINDOW) -> str:
    """INSERT the spells of the given contacts (an SQL list such as 'NEW.contact_id'), or of all.

    A spell starts at an order day with no order in the window before it and lasts until the
    lapse day of its last order; the same spells the base-table churn query finds per order.
    """
    day = "unixepoch(date(t.occurred_at))"
    return (
        "INSERT INTO order_spell (contact_id, start_day, end_day, next_start) "
        "SELECT contact_id, s, e, lead(s) OVER (PARTITION BY contact_id ORDER BY s) FROM "
        f"(SELECT contact_id, min(d) AS s, max(d) + {window} AS e FROM "
        "(SELECT contact_id, d, sum(is_start) OVER (PARTITION BY contact_id ORDER BY d "
        "ROWS UNBOUNDED PRECEDING) AS spell FROM "
        "(SELECT contact_id, d, coalesce(lag(d) OVER (PARTITION BY contact_id ORDER BY d) "
        f"+ {window} <= d, 1) AS is_start FROM ({_orders(contacts, day)}))) "
        "GROUP BY contact_id, spell) WHERE true"
    )


def cohort_add(contacts: str | None, sign: int) -> str:
    """Add (sign 1) or subtract (sign -1) the cohort cells of the given contacts, or of all."""
    return (
        f"INSERT INTO cohort_cell (cohort, k, n) SELECT c, d - c, {sign} * count(*) FROM "
        f"(SELECT d, min(d) OVER (PARTITION BY contact_id) AS c FROM ({_orders(contacts, MONTH)})) "
        "WHERE true GROUP BY c, d - c "
        "ON CONFLICT (cohort, k) DO UPDATE SET n = n + excluded.n"
    )


def _trigger(name: str, when: str, event: str, table: str, guard: str, *, body: list[str]) -> str:
    statements = "".join(f"  {statement};\n" for statement in body)
    return (
        f"CREATE TRIGGER {name} {when} {event} ON {table} FOR EACH ROW WHEN {guard}\n"
        f"BEGIN\n{statements}END"
    )


def _pair(name: str, event: str, table: str, guard: str, contacts: str) -> list[str]:
    """The BEFORE (subtract) and AFTER (recompute) triggers for one kind of change."""
    return [
        _trigger(f"{name}_before", "BEFORE", event, table, guard, body=[cohort_add(contacts, -1)]),
        _trigger(
            f"{name}_after",
            "AFTER",
            event,
            table,
            guard,
            body=[
                f"DELETE FROM order_spell WHERE contact_id IN ({contacts})",
                spells_insert(contacts),
                cohort_add(contacts, 1),
            ],
        ),
    ]


CONTACT_LIVENESS = "(OLD.deleted_at IS NULL) != (NEW.deleted_at IS NULL)"

TRIGGERS: list[str] = [
    *_pair("rollup_txn_insert", "INSERT", "txn", "NEW.kind = 'order'", "NEW.contact_id"),
    *_pair("rollup_txn_delete", "DELETE", "txn", "OLD.kind = 'order'", "OLD.contact_id"),
    *_pair(
        "rollup_txn_update",
        "UPDATE OF contact_id, kind, occurred_at, deleted_at",
        "txn",
        "OLD.kind = 'order' OR NEW.kind = 'order'",
        "OLD.contact_id, NEW.contact_id",
    ),
    *_pair("rollup_contact_update", "UPDATE OF deleted_at", "contact", CONTACT_LIVENESS, "NEW.id"),
]

TRIGGER_NAMES: list[str] = [
    f"{base}_{when}"
    for base in (
        "rollup_txn_insert",
        "rollup_txn_delete",
        "rollup_txn_update",
        "rollup_contact_update",
    )
    for when in ("before", "after")
]


@contextmanager
def suspended(connection: Connection) -> Iterator[None]:
    """Drop the triggers for a bulk load (per-row upkeep would cost far more than one pass),
    then rebuild every rollup row and restore them, inside the caller's transaction."""
    window = connection.exec_driver_sql("SELECT churn_window_days FROM rollup_state").scalar()
    for name in TRIGGER_NAMES:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    yield
    for statement in [*rebuild(int(window or DEFAULT_WINDOW_DAYS)), *TRIGGERS]:
        connection.exec_driver_sql(statement)


def rebuild(window_days: int) -> list[str]:
    """Statements recomputing every rollup row for a churn window of `window_days`."""
    return [
        "DELETE FROM rollup_state",
        f"INSERT INTO rollup_state (id, churn_window_days) VALUES (1, {int(window_days)})",
        "DELETE FROM order_spell",
        spells_insert(None),
        "DELETE FROM cohort_cell",
        cohort_add(None, 1),
    ]
