# ruff: noqa: S608 - SQL text here is assembled from constants only.
"""Analytics rollups kept in step with the ledger by SQLite triggers (migration 0009).

The dashboard's churn, active-customer and cohort figures over all customers would otherwise
re-read every order each time. Two small derived tables hold what they need:

- `order_spell`: one row per activity spell of a customer (first order day, lapse day = last
  order day + churn window, next spell's first day), days as Unix epoch seconds of midnight UTC.
- `cohort_cell`: customers per (cohort month, months since), month = year * 12 + month - 1.
- `survey_day`: answers per (UTC day, kind, score); `ledger_day`: rows and amount per
  (UTC day, kind). Rows whose count fell to 0 stay; readers skip them.

Only live rows of live contacts count. Every ledger write or contact (un)delete recomputes
the rows of the contacts it touches: cohort cells are subtracted BEFORE the change and added
back AFTER it; spells are rebuilt AFTER it. Day counts are subtracted for the old row BEFORE a
change and added for the new row AFTER it (for a contact (un)delete: all its rows). The
spells depend on the churn window, kept in `rollup_state`; the analytics service rebuilds
them when the setting changes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

from app.storage.sqlite_dialect import month_index

DEFAULT_WINDOW_DAYS = 180  # BusinessSettings' default; the analytics service rebuilds on change

WINDOW = "(SELECT churn_window_days * 86400 FROM rollup_state WHERE id = 1)"
LIVE_CONTACT = "EXISTS (SELECT 1 FROM contact c WHERE c.id = t.contact_id AND c.deleted_at IS NULL)"
MONTH = month_index("t.occurred_at")


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


# rollup: (base table, time column, key columns, extra sums, columns whose change matters)
DAY_ROLLUPS: dict[str, tuple[str, str, tuple[str, ...], tuple[str, ...], str]] = {
    "survey_day": (
        "survey_response",
        "answered_at",
        ("kind", "score"),
        (),
        "contact_id, kind, score, answered_at, deleted_at",
    ),
    "ledger_day": (
        "txn",
        "occurred_at",
        ("kind",),
        ("amount_minor",),
        "contact_id, kind, amount_minor, occurred_at, deleted_at",
    ),
}


def day_add(rollup: str, sign: int, contacts: str | None = None, row: str | None = None) -> str:
    """Add (sign 1) or subtract (-1) the day counts of one row (`row`, an id expression), of
    the given contacts' rows, or of every row."""
    base, moment, keys, sums, _ = DAY_ROLLUPS[rollup]
    only = f" AND t.id = {row}" if row else ""
    only += f" AND t.contact_id IN ({contacts})" if contacts else ""
    key_list = ", ".join(f"t.{k}" for k in keys)
    columns = ", ".join(("day", *keys, "n", *sums))
    measures = ", ".join((f"{sign} * count(*)", *(f"{sign} * sum(t.{s})" for s in sums)))
    updates = ", ".join(f"{c} = {c} + excluded.{c}" for c in ("n", *sums))
    return (
        f"INSERT INTO {rollup} ({columns}) SELECT date(t.{moment}), {key_list}, {measures} "
        f"FROM {base} t WHERE t.deleted_at IS NULL{only} AND {LIVE_CONTACT} "
        f"GROUP BY date(t.{moment}), {key_list} "
        f"ON CONFLICT (day, {', '.join(keys)}) DO UPDATE SET {updates}"
    )


def _day_triggers(rollup: str) -> list[str]:
    """Row-level triggers keeping one day rollup: subtract the old row, add the new one."""
    base, *_, changes = DAY_ROLLUPS[rollup]
    add_new, drop_old = day_add(rollup, 1, row="NEW.id"), day_add(rollup, -1, row="OLD.id")
    update = f"UPDATE OF {changes}"
    return [
        _trigger(f"{rollup}_insert", "AFTER", "INSERT", base, "1", body=[add_new]),
        _trigger(f"{rollup}_delete", "BEFORE", "DELETE", base, "1", body=[drop_old]),
        _trigger(f"{rollup}_update_before", "BEFORE", update, base, "1", body=[drop_old]),
        _trigger(f"{rollup}_update_after", "AFTER", update, base, "1", body=[add_new]),
    ]


def _trigger(name: str, when: str, event: str, table: str, guard: str, *, body: list[str]) -> str:
    statements = "".join(f"  {statement};\n" for statement in body)
    return (
        f"CREATE TRIGGER {name} {when} {event} ON {table} FOR EACH ROW WHEN {guard}\n"
        f"BEGIN\n{statements}END"
    )


def _pair(
    name: str, event: str, table: str, guard: str, contacts: str, *, days: tuple[str, ...] = ()
) -> list[str]:
    """The BEFORE (subtract) and AFTER (recompute) triggers for one kind of change; `days`
    names day rollups whose rows of `contacts` are subtracted and added back too."""
    return [
        _trigger(
            f"{name}_before",
            "BEFORE",
            event,
            table,
            guard,
            body=[cohort_add(contacts, -1), *(day_add(r, -1, contacts) for r in days)],
        ),
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
                *(day_add(r, 1, contacts) for r in days),
            ],
        ),
    ]


CONTACT_LIVENESS = "(OLD.deleted_at IS NULL) != (NEW.deleted_at IS NULL)"

# Tables whose rows feed a contact's cached figures (contact_stats): a write marks the contact.
STATS_SOURCES = ("txn", "interaction", "complaint", "survey_response")


def mark_dirty(contact: str) -> str:
    """Mark a contact's cached figures stale; `seq` grows so a refresh clears only the marks it
    has seen (a write during the refresh marks the contact again)."""
    return (
        "INSERT OR REPLACE INTO contact_stats_dirty (contact_id, seq) "
        f"SELECT {contact}, coalesce(max(seq), 0) + 1 FROM contact_stats_dirty"
    )


def _dirty_triggers() -> list[str]:
    triggers = []
    for table in STATS_SOURCES:
        for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",))):
            body = [mark_dirty(f"{row}.contact_id") for row in rows]
            name = f"stats_dirty_{table}_{event.lower()}"
            triggers.append(_trigger(name, "AFTER", event, table, "1", body=body))
    # Of a contact's own columns only its liveness changes its figures (edits stay cheap).
    for event in ("INSERT", "UPDATE OF deleted_at"):
        name = f"stats_dirty_contact_{event.split()[0].lower()}"
        triggers.append(_trigger(name, "AFTER", event, "contact", "1", body=[mark_dirty("NEW.id")]))
    return triggers


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
    *_pair(
        "rollup_contact_update",
        "UPDATE OF deleted_at",
        "contact",
        CONTACT_LIVENESS,
        "NEW.id",
        days=tuple(DAY_ROLLUPS),
    ),
    *(trigger for rollup in DAY_ROLLUPS for trigger in _day_triggers(rollup)),
    *_dirty_triggers(),
]

TRIGGER_NAMES: list[str] = [trigger.split()[2] for trigger in TRIGGERS]


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
        *(f"DELETE FROM {rollup}" for rollup in DAY_ROLLUPS),
        *(day_add(rollup, 1) for rollup in DAY_ROLLUPS),
    ]
