"""Analytics rollups: activity spells, cohort cells and survey and ledger day counts kept in
step with the base tables by triggers (SQL frozen below from app/storage/rollups.py),
back-filled here; contacts whose cached figures are stale, marked by triggers; indexes for
the CLV and RFM charts.

Revision ID: 0009
Revises: 0006
Create Date: 2026-11-22 22:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BUYERS = sa.text("order_count > 0")

# The rollup SQL as it stood when this revision was written (app/storage/rollups.py keeps
# its own copy for runtime use): a later edit there must not change what 0009 does.
BACKFILL: tuple[str, ...] = (
    ("DELETE FROM rollup_state"),
    ("INSERT INTO rollup_state (id, churn_window_days) VALUES (1, 180)"),
    ("DELETE FROM order_spell"),
    (
        "INSERT INTO order_spell (contact_id, start_day, end_day, next_start) SELECT "
        "contact_id, s, e, lead(s) OVER (PARTITION BY contact_id ORDER BY s) FROM "
        "(SELECT contact_id, min(d) AS s, max(d) + (SELECT churn_window_days * 86400 "
        "FROM rollup_state WHERE id = 1) AS e FROM (SELECT contact_id, d, sum(is_start) "
        "OVER (PARTITION BY contact_id ORDER BY d ROWS UNBOUNDED PRECEDING) AS spell "
        "FROM (SELECT contact_id, d, coalesce(lag(d) OVER (PARTITION BY contact_id "
        "ORDER BY d) + (SELECT churn_window_days * 86400 FROM rollup_state WHERE id = "
        "1) <= d, 1) AS is_start FROM (SELECT DISTINCT t.contact_id, "
        "unixepoch(date(t.occurred_at)) AS d FROM txn t WHERE t.kind = 'order' AND "
        "t.deleted_at IS NULL AND EXISTS (SELECT 1 FROM contact c WHERE c.id = "
        "t.contact_id AND c.deleted_at IS NULL)))) GROUP BY contact_id, spell) WHERE "
        "true"
    ),
    ("DELETE FROM cohort_cell"),
    (
        "INSERT INTO cohort_cell (cohort, k, n) SELECT c, d - c, 1 * count(*) FROM "
        "(SELECT d, min(d) OVER (PARTITION BY contact_id) AS c FROM (SELECT DISTINCT "
        "t.contact_id, (CAST(strftime('%Y', t.occurred_at) AS INTEGER) * 12 + "
        "CAST(strftime('%m', t.occurred_at) AS INTEGER) - 1) AS d FROM txn t WHERE "
        "t.kind = 'order' AND t.deleted_at IS NULL AND EXISTS (SELECT 1 FROM contact c "
        "WHERE c.id = t.contact_id AND c.deleted_at IS NULL))) WHERE true GROUP BY c, d "
        "- c ON CONFLICT (cohort, k) DO UPDATE SET n = n + excluded.n"
    ),
    ("DELETE FROM survey_day"),
    ("DELETE FROM ledger_day"),
    (
        "INSERT INTO survey_day (day, kind, score, n) SELECT date(t.answered_at), "
        "t.kind, t.score, 1 * count(*) FROM survey_response t WHERE t.deleted_at IS "
        "NULL AND EXISTS (SELECT 1 FROM contact c WHERE c.id = t.contact_id AND "
        "c.deleted_at IS NULL) GROUP BY date(t.answered_at), t.kind, t.score ON "
        "CONFLICT (day, kind, score) DO UPDATE SET n = n + excluded.n"
    ),
    (
        "INSERT INTO ledger_day (day, kind, n, amount_minor) SELECT "
        "date(t.occurred_at), t.kind, 1 * count(*), 1 * sum(t.amount_minor) FROM txn t "
        "WHERE t.deleted_at IS NULL AND EXISTS (SELECT 1 FROM contact c WHERE c.id = "
        "t.contact_id AND c.deleted_at IS NULL) GROUP BY date(t.occurred_at), t.kind ON "
        "CONFLICT (day, kind) DO UPDATE SET n = n + excluded.n, amount_minor = "
        "amount_minor + excluded.amount_minor"
    ),
)
TRIGGERS: tuple[str, ...] = (
    (
        "CREATE TRIGGER rollup_txn_insert_before BEFORE INSERT ON txn FOR EACH ROW WHEN "
        "NEW.kind = 'order'\nBEGIN\n  INSERT INTO cohort_cell (cohort, k, n) SELECT c, d "
        "- c, -1 * count(*) FROM (SELECT d, min(d) OVER (PARTITION BY contact_id) AS c "
        "FROM (SELECT DISTINCT t.contact_id, (CAST(strftime('%Y', t.occurred_at) AS "
        "INTEGER) * 12 + CAST(strftime('%m', t.occurred_at) AS INTEGER) - 1) AS d FROM "
        "txn t WHERE t.kind = 'order' AND t.deleted_at IS NULL AND t.contact_id IN "
        "(NEW.contact_id) AND EXISTS (SELECT 1 FROM contact c WHERE c.id = t.contact_id "
        "AND c.deleted_at IS NULL))) WHERE true GROUP BY c, d - c ON CONFLICT (cohort, "
        "k) DO UPDATE SET n = n + excluded.n;\nEND"
    ),
    (
        "CREATE TRIGGER rollup_txn_insert_after AFTER INSERT ON txn FOR EACH ROW WHEN "
        "NEW.kind = 'order'\nBEGIN\n  DELETE FROM order_spell WHERE contact_id IN "
        "(NEW.contact_id);\n  INSERT INTO order_spell (contact_id, start_day, end_day, "
        "next_start) SELECT contact_id, s, e, lead(s) OVER (PARTITION BY contact_id "
        "ORDER BY s) FROM (SELECT contact_id, min(d) AS s, max(d) + (SELECT "
        "churn_window_days * 86400 FROM rollup_state WHERE id = 1) AS e FROM (SELECT "
        "contact_id, d, sum(is_start) OVER (PARTITION BY contact_id ORDER BY d ROWS "
        "UNBOUNDED PRECEDING) AS spell FROM (SELECT contact_id, d, coalesce(lag(d) OVER "
        "(PARTITION BY contact_id ORDER BY d) + (SELECT churn_window_days * 86400 FROM "
        "rollup_state WHERE id = 1) <= d, 1) AS is_start FROM (SELECT DISTINCT "
        "t.contact_id, unixepoch(date(t.occurred_at)) AS d FROM txn t WHERE t.kind = "
        "'order' AND t.deleted_at IS NULL AND t.contact_id IN (NEW.contact_id) AND "
        "EXISTS (SELECT 1 FROM contact c WHERE c.id = t.contact_id AND c.deleted_at IS "
        "NULL)))) GROUP BY contact_id, spell) WHERE true;\n  INSERT INTO cohort_cell "
        "(cohort, k, n) SELECT c, d - c, 1 * count(*) FROM (SELECT d, min(d) OVER "
        "(PARTITION BY contact_id) AS c FROM (SELECT DISTINCT t.contact_id, "
        "(CAST(strftime('%Y', t.occurred_at) AS INTEGER) * 12 + CAST(strftime('%m', "
        "t.occurred_at) AS INTEGER) - 1) AS d FROM txn t WHERE t.kind = 'order' AND "
        "t.deleted_at IS NULL AND t.contact_id IN (NEW.contact_id) AND EXISTS (SELECT 1 "
        "FROM contact c WHERE c.id = t.contact_id AND c.deleted_at IS NULL))) WHERE "
        "true GROUP BY c, d - c ON CONFLICT (cohort, k) DO UPDATE SET n = n + "
        "excluded.n;\nEND"
    ),
    (
        "CREATE TRIGGER rollup_txn_delete_before BEFORE DELETE ON txn FOR EACH ROW WHEN "
        "OLD.kind = 'order'\nBEGIN\n  INSERT INTO cohort_cell (cohort, k, n) SELECT c, d "
        "- c, -1 * count(*) FROM (SELECT d, min(d) OVER (PARTITION BY contact_id) AS c "
        "FROM (SELECT DISTINCT t.contact_id, (CAST(strftime('%Y', t.occurred_at) AS "
        "INTEGER) * 12 + CAST(strftime('%m', t.occurred_at) AS INTEGER) - 1) AS d FROM "
        "txn t WHERE t.kind = 'order' AND t.deleted_at IS NULL AND t.contact_id IN "
        "(OLD.contact_id) AND EXISTS (SELECT 1 FROM contact c WHERE c.id = t.contact_id "
        "AND c.deleted_at IS NULL))) WHERE true GROUP BY c, d - c ON CONFLICT (cohort, "
        "k) DO UPDATE SET n = n + excluded.n;\nEND"
    ),
    (
        "CREATE TRIGGER rollup_txn_delete_after AFTER DELETE ON txn FOR EACH ROW WHEN "
        "OLD.kind = 'order'\nBEGIN\n  DELETE FROM order_spell WHERE contact_id IN "
        "(OLD.contact_id);\n  INSERT INTO order_spell (contact_id, start_day, end_day, "
        "next_start) SELECT contact_id, s, e, lead(s) OVER (PARTITION BY contact_id "
        "ORDER BY s) FROM (SELECT contact_id, min(d) AS s, max(d) + (SELECT "
        "churn_window_days * 86400 FROM rollup_state WHERE id = 1) AS e FROM (SELECT "
        "contact_id, d, sum(is_start) OVER (PARTITION BY contact_id ORDER BY d ROWS "
        "UNBOUNDED PRECEDING) AS spell FROM (SELECT contact_id, d, coalesce(lag(d) OVER "
        "(PARTITION BY contact_id ORDER BY d) + (SELECT churn_window_days * 86400 FROM "
        "rollup_state WHERE id = 1) <= d, 1) AS is_start FROM (SELECT DISTINCT "
        "t.contact_id, unixepoch(date(t.occurred_at)) AS d FROM txn t WHERE t.kind = "
        "'order' AND t.deleted_at IS NULL AND t.contact_id IN (OLD.contact_id) AND "
        "EXISTS (SELECT 1 FROM contact c WHERE c.id = t.contact_id AND c.deleted_at IS "
        "NULL)))) GROUP BY contact_id, spell) WHERE true;\n  INSERT INTO cohort_cell "
        "(cohort, k, n) SELECT c, d - c, 1 * count(*) FROM (SELECT d, min(d) OVER "
        "(PARTITION BY contact_id) AS c FROM (SELECT DISTINCT t.contact_id, "
        "(CAST(strftime('%Y', t.occurred_at) AS INTEGER) * 12 + CAST(strftime('%m', "
        "t.occurred_at) AS INTEGER) - 1) AS d FROM txn t WHERE t.kind = 'order' AND "
        "t.deleted_at IS NULL AND t.contact_id IN (OLD.contact_id) AND EXISTS (SELECT 1 "
        "FROM contact c WHERE c.id = t.contact_id AND c.deleted_at IS NULL))) WHERE "
        "true GROUP BY c, d - c ON CONFLICT (cohort, k) DO UPDATE SET n = n + "
        "excluded.n;\nEND"
    ),
    (
        "CREATE TRIGGER rollup_txn_update_before BEFORE UPDATE OF contact_id, kind, "
        "occurred_at, deleted_at ON txn FOR EACH ROW WHEN OLD.kind = 'order' OR "
        "NEW.kind = 'order'\nBEGIN\n  INSERT INTO cohort_cell (cohort, k, n) SELECT c, d "
        "- c, -1 * count(*) FROM (SELECT d, min(d) OVER (PARTITION BY contact_id) AS c "
        "FROM (SELECT DISTINCT t.contact_id, (CAST(strftime('%Y', t.occurred_at) AS "
        "INTEGER) * 12 + CAST(strftime('%m', t.occurred_at) AS INTEGER) - 1) AS d FROM "
        "txn t WHERE t.kind = 'order' AND t.deleted_at IS NULL AND t.contact_id IN "
        "(OLD.contact_id, NEW.contact_id) AND EXISTS (SELECT 1 FROM contact c WHERE "
        "c.id = t.contact_id AND c.deleted_at IS NULL))) WHERE true GROUP BY c, d - c "
        "ON CONFLICT (cohort, k) DO UPDATE SET n = n + excluded.n;\nEND"
    ),
    (
        "CREATE TRIGGER rollup_txn_update_after AFTER UPDATE OF contact_id, kind, "
        "occurred_at, deleted_at ON txn FOR EACH ROW WHEN OLD.kind = 'order' OR "
        "NEW.kind = 'order'\nBEGIN\n  DELETE FROM order_spell WHERE contact_id IN "
        "(OLD.contact_id, NEW.contact_id);\n  INSERT INTO order_spell (contact_id, "
        "start_day, end_day, next_start) SELECT contact_id, s, e, lead(s) OVER "
        "(PARTITION BY contact_id ORDER BY s) FROM (SELECT contact_id, min(d) AS s, "
        "max(d) + (SELECT churn_window_days * 86400 FROM rollup_state WHERE id = 1) AS "
        "e FROM (SELECT contact_id, d, sum(is_start) OVER (PARTITION BY contact_id "
        "ORDER BY d ROWS UNBOUNDED PRECEDING) AS spell FROM (SELECT contact_id, d, "
        "coalesce(lag(d) OVER (PARTITION BY contact_id ORDER BY d) + (SELECT "
        "churn_window_days * 86400 FROM rollup_state WHERE id = 1) <= d, 1) AS is_start "
        "FROM (SELECT DISTINCT t.contact_id, unixepoch(date(t.occurred_at)) AS d FROM "
        "txn t WHERE t.kind = 'order' AND t.deleted_at IS NULL AND t.contact_id IN "
        "(OLD.contact_id, NEW.contact_id) AND EXISTS (SELECT 1 FROM contact c WHERE "
        "c.id = t.contact_id AND c.deleted_at IS NULL)))) GROUP BY contact_id, spell) "
        "WHERE true;\n  INSERT INTO cohort_cell (cohort, k, n) SELECT c, d - c, 1 * "
        "count(*) FROM (SELECT d, min(d) OVER (PARTITION BY contact_id) AS c FROM "
        "(SELECT DISTINCT t.contact_id, (CAST(strftime('%Y', t.occurred_at) AS INTEGER) "
        "* 12 + CAST(strftime('%m', t.occurred_at) AS INTEGER) - 1) AS d FROM txn t "
        "WHERE t.kind = 'order' AND t.deleted_at IS NULL AND t.contact_id IN "
        "(OLD.contact_id, NEW.contact_id) AND EXISTS (SELECT 1 FROM contact c WHERE "
        "c.id = t.contact_id AND c.deleted_at IS NULL))) WHERE true GROUP BY c, d - c "
        "ON CONFLICT (cohort, k) DO UPDATE SET n = n + excluded.n;\nEND"
    ),
    (
        "CREATE TRIGGER rollup_contact_update_before BEFORE UPDATE OF deleted_at ON "
        "contact FOR EACH ROW WHEN (OLD.deleted_at IS NULL) != (NEW.deleted_at IS "
        "NULL)\nBEGIN\n  INSERT INTO cohort_cell (cohort, k, n) SELECT c, d - c, -1 * "
        "count(*) FROM (SELECT d, min(d) OVER (PARTITION BY contact_id) AS c FROM "
        "(SELECT DISTINCT t.contact_id, (CAST(strftime('%Y', t.occurred_at) AS INTEGER) "
        "* 12 + CAST(strftime('%m', t.occurred_at) AS INTEGER) - 1) AS d FROM txn t "
        "WHERE t.kind = 'order' AND t.deleted_at IS NULL AND t.contact_id IN (NEW.id) "
        "AND EXISTS (SELECT 1 FROM contact c WHERE c.id = t.contact_id AND c.deleted_at "
        "IS NULL))) WHERE true GROUP BY c, d - c ON CONFLICT (cohort, k) DO UPDATE SET "
        "n = n + excluded.n;\n  INSERT INTO survey_day (day, kind, score, n) SELECT "
        "date(t.answered_at), t.kind, t.score, -1 * count(*) FROM survey_response t "
        "WHERE t.deleted_at IS NULL AND t.contact_id IN (NEW.id) AND EXISTS (SELECT 1 "
        "FROM contact c WHERE c.id = t.contact_id AND c.deleted_at IS NULL) GROUP BY "
        "date(t.answered_at), t.kind, t.score ON CONFLICT (day, kind, score) DO UPDATE "
        "SET n = n + excluded.n;\n  INSERT INTO ledger_day (day, kind, n, amount_minor) "
        "SELECT date(t.occurred_at), t.kind, -1 * count(*), -1 * sum(t.amount_minor) "
        "FROM txn t WHERE t.deleted_at IS NULL AND t.contact_id IN (NEW.id) AND EXISTS "
        "(SELECT 1 FROM contact c WHERE c.id = t.contact_id AND c.deleted_at IS NULL) "
        "GROUP BY date(t.occurred_at), t.kind ON CONFLICT (day, kind) DO UPDATE SET n = "
        "n + excluded.n, amount_minor = amount_minor + excluded.amount_minor;\nEND"
    ),
    (
        "CREATE TRIGGER rollup_contact_update_after AFTER UPDATE OF deleted_at ON "
        "contact FOR EACH ROW WHEN (OLD.deleted_at IS NULL) != (NEW.deleted_at IS "
        "NULL)\nBEGIN\n  DELETE FROM order_spell WHERE contact_id IN (NEW.id);\n  INSERT "
        "INTO order_spell (contact_id, start_day, end_day, next_start) SELECT "
        "contact_id, s, e, lead(s) OVER (PARTITION BY contact_id ORDER BY s) FROM "
        "(SELECT contact_id, min(d) AS s, max(d) + (SELECT churn_window_days * 86400 "
        "FROM rollup_state WHERE id = 1) AS e FROM (SELECT contact_id, d, sum(is_start) "
        "OVER (PARTITION BY contact_id ORDER BY d ROWS UNBOUNDED PRECEDING) AS spell "
        "FROM (SELECT contact_id, d, coalesce(lag(d) OVER (PARTITION BY contact_id "
        "ORDER BY d) + (SELECT churn_window_days * 86400 FROM rollup_state WHERE id = "
        "1) <= d, 1) AS is_start FROM (SELECT DISTINCT t.contact_id, "
        "unixepoch(date(t.occurred_at)) AS d FROM txn t WHERE t.kind = 'order' AND "
        "t.deleted_at IS NULL AND t.contact_id IN (NEW.id) AND EXISTS (SELECT 1 FROM "
        "contact c WHERE c.id = t.contact_id AND c.deleted_at IS NULL)))) GROUP BY "
        "contact_id, spell) WHERE true;\n  INSERT INTO cohort_cell (cohort, k, n) SELECT "
        "c, d - c, 1 * count(*) FROM (SELECT d, min(d) OVER (PARTITION BY contact_id) "
        "AS c FROM (SELECT DISTINCT t.contact_id, (CAST(strftime('%Y', t.occurred_at) "
        "AS INTEGER) * 12 + CAST(strftime('%m', t.occurred_at) AS INTEGER) - 1) AS d "
        "FROM txn t WHERE t.kind = 'order' AND t.deleted_at IS NULL AND t.contact_id IN "
        "(NEW.id) AND EXISTS (SELECT 1 FROM contact c WHERE c.id = t.contact_id AND "
        "c.deleted_at IS NULL))) WHERE true GROUP BY c, d - c ON CONFLICT (cohort, k) "
        "DO UPDATE SET n = n + excluded.n;\n  INSERT INTO survey_day (day, kind, score, "
        "n) SELECT date(t.answered_at), t.kind, t.score, 1 * count(*) FROM "
        "survey_response t WHERE t.deleted_at IS NULL AND t.contact_id IN (NEW.id) AND "
        "EXISTS (SELECT 1 FROM contact c WHERE c.id = t.contact_id AND c.deleted_at IS "
        "NULL) GROUP BY date(t.answered_at), t.kind, t.score ON CONFLICT (day, kind, "
        "score) DO UPDATE SET n = n + excluded.n;\n  INSERT INTO ledger_day (day, kind, "
        "n, amount_minor) SELECT date(t.occurred_at), t.kind, 1 * count(*), 1 * "
        "sum(t.amount_minor) FROM txn t WHERE t.deleted_at IS NULL AND t.contact_id IN "
        "(NEW.id) AND EXISTS (SELECT 1 FROM contact c WHERE c.id = t.contact_id AND "
        "c.deleted_at IS NULL) GROUP BY date(t.occurred_at), t.kind ON CONFLICT (day, "
        "kind) DO UPDATE SET n = n + excluded.n, amount_minor = amount_minor + "
        "excluded.amount_minor;\nEND"
    ),
    (
        "CREATE TRIGGER survey_day_insert AFTER INSERT ON survey_response FOR EACH ROW "
        "WHEN 1\nBEGIN\n  INSERT INTO survey_day (day, kind, score, n) SELECT "
        "date(t.answered_at), t.kind, t.score, 1 * count(*) FROM survey_response t "
        "WHERE t.deleted_at IS NULL AND t.id = NEW.id AND EXISTS (SELECT 1 FROM contact "
        "c WHERE c.id = t.contact_id AND c.deleted_at IS NULL) GROUP BY "
        "date(t.answered_at), t.kind, t.score ON CONFLICT (day, kind, score) DO UPDATE "
        "SET n = n + excluded.n;\nEND"
    ),
    (
        "CREATE TRIGGER survey_day_delete BEFORE DELETE ON survey_response FOR EACH ROW "
        "WHEN 1\nBEGIN\n  INSERT INTO survey_day (day, kind, score, n) SELECT "
        "date(t.answered_at), t.kind, t.score, -1 * count(*) FROM survey_response t "
        "WHERE t.deleted_at IS NULL AND t.id = OLD.id AND EXISTS (SELECT 1 FROM contact "
        "c WHERE c.id = t.contact_id AND c.deleted_at IS NULL) GROUP BY "
        "date(t.answered_at), t.kind, t.score ON CONFLICT (day, kind, score) DO UPDATE "
        "SET n = n + excluded.n;\nEND"
    ),
    (
        "CREATE TRIGGER survey_day_update_before BEFORE UPDATE OF contact_id, kind, "
        "score, answered_at, deleted_at ON survey_response FOR EACH ROW WHEN 1\nBEGIN\n  "
        "INSERT INTO survey_day (day, kind, score, n) SELECT date(t.answered_at), "
        "t.kind, t.score, -1 * count(*) FROM survey_response t WHERE t.deleted_at IS "
        "NULL AND t.id = OLD.id AND EXISTS (SELECT 1 FROM contact c WHERE c.id = "
        "t.contact_id AND c.deleted_at IS NULL) GROUP BY date(t.answered_at), t.kind, "
        "t.score ON CONFLICT (day, kind, score) DO UPDATE SET n = n + excluded.n;\nEND"
    ),
    (
        "CREATE TRIGGER survey_day_update_after AFTER UPDATE OF contact_id, kind, "
        "score, answered_at, deleted_at ON survey_response FOR EACH ROW WHEN 1\nBEGIN\n  "
        "INSERT INTO survey_day (day, kind, score, n) SELECT date(t.answered_at), "
        "t.kind, t.score, 1 * count(*) FROM survey_response t WHERE t.deleted_at IS "
        "NULL AND t.id = NEW.id AND EXISTS (SELECT 1 FROM contact c WHERE c.id = "
        "t.contact_id AND c.deleted_at IS NULL) GROUP BY date(t.answered_at), t.kind, "
        "t.score ON CONFLICT (day, kind, score) DO UPDATE SET n = n + excluded.n;\nEND"
    ),
    (
        "CREATE TRIGGER ledger_day_insert AFTER INSERT ON txn FOR EACH ROW WHEN "
        "1\nBEGIN\n  INSERT INTO ledger_day (day, kind, n, amount_minor) SELECT "
        "date(t.occurred_at), t.kind, 1 * count(*), 1 * sum(t.amount_minor) FROM txn t "
        "WHERE t.deleted_at IS NULL AND t.id = NEW.id AND EXISTS (SELECT 1 FROM contact "
        "c WHERE c.id = t.contact_id AND c.deleted_at IS NULL) GROUP BY "
        "date(t.occurred_at), t.kind ON CONFLICT (day, kind) DO UPDATE SET n = n + "
        "excluded.n, amount_minor = amount_minor + excluded.amount_minor;\nEND"
    ),
    (
        "CREATE TRIGGER ledger_day_delete BEFORE DELETE ON txn FOR EACH ROW WHEN "
        "1\nBEGIN\n  INSERT INTO ledger_day (day, kind, n, amount_minor) SELECT "
        "date(t.occurred_at), t.kind, -1 * count(*), -1 * sum(t.amount_minor) FROM txn "
        "t WHERE t.deleted_at IS NULL AND t.id = OLD.id AND EXISTS (SELECT 1 FROM "
        "contact c WHERE c.id = t.contact_id AND c.deleted_at IS NULL) GROUP BY "
        "date(t.occurred_at), t.kind ON CONFLICT (day, kind) DO UPDATE SET n = n + "
        "excluded.n, amount_minor = amount_minor + excluded.amount_minor;\nEND"
    ),
    (
        "CREATE TRIGGER ledger_day_update_before BEFORE UPDATE OF contact_id, kind, "
        "amount_minor, occurred_at, deleted_at ON txn FOR EACH ROW WHEN 1\nBEGIN\n  "
        "INSERT INTO ledger_day (day, kind, n, amount_minor) SELECT "
        "date(t.occurred_at), t.kind, -1 * count(*), -1 * sum(t.amount_minor) FROM txn "
        "t WHERE t.deleted_at IS NULL AND t.id = OLD.id AND EXISTS (SELECT 1 FROM "
        "contact c WHERE c.id = t.contact_id AND c.deleted_at IS NULL) GROUP BY "
        "date(t.occurred_at), t.kind ON CONFLICT (day, kind) DO UPDATE SET n = n + "
        "excluded.n, amount_minor = amount_minor + excluded.amount_minor;\nEND"
    ),
    (
        "CREATE TRIGGER ledger_day_update_after AFTER UPDATE OF contact_id, kind, "
        "amount_minor, occurred_at, deleted_at ON txn FOR EACH ROW WHEN 1\nBEGIN\n  "
        "INSERT INTO ledger_day (day, kind, n, amount_minor) SELECT "
        "date(t.occurred_at), t.kind, 1 * count(*), 1 * sum(t.amount_minor) FROM txn t "
        "WHERE t.deleted_at IS NULL AND t.id = NEW.id AND EXISTS (SELECT 1 FROM contact "
        "c WHERE c.id = t.contact_id AND c.deleted_at IS NULL) GROUP BY "
        "date(t.occurred_at), t.kind ON CONFLICT (day, kind) DO UPDATE SET n = n + "
        "excluded.n, amount_minor = amount_minor + excluded.amount_minor;\nEND"
    ),
    (
        "CREATE TRIGGER stats_dirty_txn_insert AFTER INSERT ON txn FOR EACH ROW WHEN "
        "1\nBEGIN\n  INSERT OR REPLACE INTO contact_stats_dirty (contact_id, seq) SELECT "
        "NEW.contact_id, coalesce(max(seq), 0) + 1 FROM contact_stats_dirty;\nEND"
    ),
    (
        "CREATE TRIGGER stats_dirty_txn_update AFTER UPDATE ON txn FOR EACH ROW WHEN "
        "1\nBEGIN\n  INSERT OR REPLACE INTO contact_stats_dirty (contact_id, seq) SELECT "
        "OLD.contact_id, coalesce(max(seq), 0) + 1 FROM contact_stats_dirty;\n  INSERT "
        "OR REPLACE INTO contact_stats_dirty (contact_id, seq) SELECT NEW.contact_id, "
        "coalesce(max(seq), 0) + 1 FROM contact_stats_dirty;\nEND"
    ),
    (
        "CREATE TRIGGER stats_dirty_txn_delete AFTER DELETE ON txn FOR EACH ROW WHEN "
        "1\nBEGIN\n  INSERT OR REPLACE INTO contact_stats_dirty (contact_id, seq) SELECT "
        "OLD.contact_id, coalesce(max(seq), 0) + 1 FROM contact_stats_dirty;\nEND"
    ),
    (
        "CREATE TRIGGER stats_dirty_interaction_insert AFTER INSERT ON interaction FOR "
        "EACH ROW WHEN 1\nBEGIN\n  INSERT OR REPLACE INTO contact_stats_dirty "
        "(contact_id, seq) SELECT NEW.contact_id, coalesce(max(seq), 0) + 1 FROM "
        "contact_stats_dirty;\nEND"
    ),
    (
        "CREATE TRIGGER stats_dirty_interaction_update AFTER UPDATE ON interaction FOR "
        "EACH ROW WHEN 1\nBEGIN\n  INSERT OR REPLACE INTO contact_stats_dirty "
        "(contact_id, seq) SELECT OLD.contact_id, coalesce(max(seq), 0) + 1 FROM "
        "contact_stats_dirty;\n  INSERT OR REPLACE INTO contact_stats_dirty (contact_id, "
        "seq) SELECT NEW.contact_id, coalesce(max(seq), 0) + 1 FROM "
        "contact_stats_dirty;\nEND"
    ),
    (
        "CREATE TRIGGER stats_dirty_interaction_delete AFTER DELETE ON interaction FOR "
        "EACH ROW WHEN 1\nBEGIN\n  INSERT OR REPLACE INTO contact_stats_dirty "
        "(contact_id, seq) SELECT OLD.contact_id, coalesce(max(seq), 0) + 1 FROM "
        "contact_stats_dirty;\nEND"
    ),
    (
        "CREATE TRIGGER stats_dirty_complaint_insert AFTER INSERT ON complaint FOR EACH "
        "ROW WHEN 1\nBEGIN\n  INSERT OR REPLACE INTO contact_stats_dirty (contact_id, "
        "seq) SELECT NEW.contact_id, coalesce(max(seq), 0) + 1 FROM "
        "contact_stats_dirty;\nEND"
    ),
    (
        "CREATE TRIGGER stats_dirty_complaint_update AFTER UPDATE ON complaint FOR EACH "
        "ROW WHEN 1\nBEGIN\n  INSERT OR REPLACE INTO contact_stats_dirty (contact_id, "
        "seq) SELECT OLD.contact_id, coalesce(max(seq), 0) + 1 FROM "
        "contact_stats_dirty;\n  INSERT OR REPLACE INTO contact_stats_dirty (contact_id, "
        "seq) SELECT NEW.contact_id, coalesce(max(seq), 0) + 1 FROM "
        "contact_stats_dirty;\nEND"
    ),
    (
        "CREATE TRIGGER stats_dirty_complaint_delete AFTER DELETE ON complaint FOR EACH "
        "ROW WHEN 1\nBEGIN\n  INSERT OR REPLACE INTO contact_stats_dirty (contact_id, "
        "seq) SELECT OLD.contact_id, coalesce(max(seq), 0) + 1 FROM "
        "contact_stats_dirty;\nEND"
    ),
    (
        "CREATE TRIGGER stats_dirty_survey_response_insert AFTER INSERT ON "
        "survey_response FOR EACH ROW WHEN 1\nBEGIN\n  INSERT OR REPLACE INTO "
        "contact_stats_dirty (contact_id, seq) SELECT NEW.contact_id, "
        "coalesce(max(seq), 0) + 1 FROM contact_stats_dirty;\nEND"
    ),
    (
        "CREATE TRIGGER stats_dirty_survey_response_update AFTER UPDATE ON "
        "survey_response FOR EACH ROW WHEN 1\nBEGIN\n  INSERT OR REPLACE INTO "
        "contact_stats_dirty (contact_id, seq) SELECT OLD.contact_id, "
        "coalesce(max(seq), 0) + 1 FROM contact_stats_dirty;\n  INSERT OR REPLACE INTO "
        "contact_stats_dirty (contact_id, seq) SELECT NEW.contact_id, "
        "coalesce(max(seq), 0) + 1 FROM contact_stats_dirty;\nEND"
    ),
    (
        "CREATE TRIGGER stats_dirty_survey_response_delete AFTER DELETE ON "
        "survey_response FOR EACH ROW WHEN 1\nBEGIN\n  INSERT OR REPLACE INTO "
        "contact_stats_dirty (contact_id, seq) SELECT OLD.contact_id, "
        "coalesce(max(seq), 0) + 1 FROM contact_stats_dirty;\nEND"
    ),
    (
        "CREATE TRIGGER stats_dirty_contact_insert AFTER INSERT ON contact FOR EACH ROW "
        "WHEN 1\nBEGIN\n  INSERT OR REPLACE INTO contact_stats_dirty (contact_id, seq) "
        "SELECT NEW.id, coalesce(max(seq), 0) + 1 FROM contact_stats_dirty;\nEND"
    ),
    (
        "CREATE TRIGGER stats_dirty_contact_update AFTER UPDATE OF deleted_at ON "
        "contact FOR EACH ROW WHEN 1\nBEGIN\n  INSERT OR REPLACE INTO contact_stats_dirty "
        "(contact_id, seq) SELECT NEW.id, coalesce(max(seq), 0) + 1 FROM "
        "contact_stats_dirty;\nEND"
    ),
)
TRIGGER_NAMES: tuple[str, ...] = tuple(trigger.split()[2] for trigger in TRIGGERS)


def upgrade() -> None:
    op.create_table(
        "rollup_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("churn_window_days", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rollup_state")),
    )
    op.create_table(
        "order_spell",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("start_day", sa.Integer(), nullable=False),
        sa.Column("end_day", sa.Integer(), nullable=False),
        sa.Column("next_start", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("contact_id", "start_day", name=op.f("pk_order_spell")),
    )
    op.create_index(
        "ix_order_spell_end_start", "order_spell", ["end_day", "next_start", "start_day"]
    )
    op.create_table(
        "cohort_cell",
        sa.Column("cohort", sa.Integer(), nullable=False),
        sa.Column("k", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("cohort", "k", name=op.f("pk_cohort_cell")),
    )
    op.create_table(
        "survey_day",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "kind", "score", name=op.f("pk_survey_day")),
    )
    op.create_table(
        "ledger_day",
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "kind", name=op.f("pk_ledger_day")),
    )
    op.create_table(
        "contact_stats_dirty",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("contact_id", name=op.f("pk_contact_stats_dirty")),
    )
    op.create_index(
        "ix_contact_stats_buyer_ltv",
        "contact_stats",
        ["lifetime_value_minor"],
        sqlite_where=BUYERS,
    )
    op.create_index(
        "ix_contact_stats_buyer_pclv",
        "contact_stats",
        ["predicted_clv_minor"],
        sqlite_where=BUYERS,
    )
    op.create_index("ix_contact_stats_rfm", "contact_stats", ["rfm_segment"])
    for statement in BACKFILL:
        op.execute(statement)
    for trigger in TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    for name in reversed(TRIGGER_NAMES):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_contact_stats_rfm", table_name="contact_stats")
    op.drop_index("ix_contact_stats_buyer_pclv", table_name="contact_stats")
    op.drop_index("ix_contact_stats_buyer_ltv", table_name="contact_stats")
    op.drop_table("contact_stats_dirty")
    op.drop_table("ledger_day")
    op.drop_table("survey_day")
    op.drop_table("cohort_cell")
    op.drop_index("ix_order_spell_end_start", table_name="order_spell")
    op.drop_table("order_spell")
    op.drop_table("rollup_state")
