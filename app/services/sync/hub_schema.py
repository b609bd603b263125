"""The hub's PostgreSQL schema, written from the app's own models: every synced table as an
ordinary table keyed by uid (references hold the other row's uid), the field clocks, the change
log with its cursor, the conflicts, and the SECURITY DEFINER functions that alone write them.

The merge rule is the laptops' (app/domain/hlc.py and sync_rules.py): per field the highest
(clock, origin) wins; a write whose base is not the current clock is a conflict, recorded with
both values; append-only tables and computed columns never conflict.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Integer, Table
from sqlalchemy.types import TypeDecorator, TypeEngine

from app.domain.sync_rules import (
    ADMIN_TABLES,
    APPEND_ONLY,
    HIDDEN_FROM_VIEWERS,
    LOCAL_COLUMNS,
    LOCAL_TABLES,
    NAME_COLUMNS,
    NAME_SOURCES,
    NATURAL_KEYS,
    UNCONTESTED,
)
from app.storage.models import Base, SyncColumns

ROLES = ("admin", "member", "viewer")
BOOKKEEPING = ("rapport_hub", "sync_change_log", "sync_field_clock", "sync_conflict", "sync_alias")


def synced_model_tables() -> list[Table]:
    """The synced tables of the app's models, parents before children."""
    names = {
        str(getattr(mapper.class_, "__tablename__", ""))
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, SyncColumns)
    } - LOCAL_TABLES
    return [t for t in Base.metadata.sorted_tables if t.name in names]


_PG_TYPES: tuple[tuple[type[TypeEngine[Any]], str], ...] = (
    (JSON, "jsonb"),
    (Boolean, "boolean"),
    (DateTime, "timestamp"),
    (Date, "date"),
    (Integer, "bigint"),
)


def _pg_type(column: Column[Any]) -> str:
    """PostgreSQL's type for a column; a reference holds the referenced row's uid (text)."""
    kind = column.type
    if isinstance(kind, TypeDecorator):
        kind = kind.impl_instance
    if column.foreign_keys:
        return "text"
    return next((pg for sa_type, pg in _PG_TYPES if isinstance(kind, sa_type)), "text")


def _set_function() -> str:
    """One field's write, as static SQL per table and column: PostgreSQL keeps their plans,
    where a dynamic statement would be planned again for each of thousands of changes."""
    tables = []
    for table in synced_model_tables():
        columns = []
        for column in table.columns:
            if column.name in LOCAL_COLUMNS or column.name == "uid":
                continue
            kind = _pg_type(column)
            value = "p_val" if kind == "jsonb" else f"(p_val #>> '{{}}')::{kind}"
            columns.append(
                f"    IF p_col = '{column.name}' THEN UPDATE {table.name} SET {column.name} = "
                f"{value} WHERE uid = p_uid; RETURN; END IF;"
            )
        tables.append(f"  IF p_tbl = '{table.name}' THEN\n" + "\n".join(columns) + "\n  END IF;")
    return (
        "CREATE OR REPLACE FUNCTION rapport_set(p_tbl text, p_uid text, p_col text, p_val jsonb)"
        " RETURNS void LANGUAGE plpgsql SET search_path = public, pg_temp AS $$\nBEGIN\n"
        + "\n".join(tables)
        + "\nEND $$"
    )


def _contact_of_function() -> str:
    """The contact a row belongs to (its contact_id), for the tables that have one."""
    branches = [
        f"  IF p_tbl = '{t.name}' THEN RETURN (SELECT contact_id FROM {t.name} "
        "WHERE uid = p_uid); END IF;"
        for t in synced_model_tables()
        if "contact_id" in t.columns
    ]
    return (
        "CREATE OR REPLACE FUNCTION rapport_contact_of(p_tbl text, p_uid text) RETURNS text "
        "LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$\nBEGIN\n"
        + "\n".join(branches)
        + "\n  RETURN NULL;\nEND $$"
    )


def _hub_columns(table: Table) -> list[Column[Any]]:
    return [c for c in table.columns if c.name not in LOCAL_COLUMNS and c.name != "uid"]


def table_ddl(table: Table) -> str:
    body = ",\n  ".join(
        ["uid text PRIMARY KEY", *(f"{c.name} {_pg_type(c)}" for c in _hub_columns(table))]
    )
    return f"CREATE TABLE IF NOT EXISTS {table.name} (\n  {body}\n)"


def column_ddl(table: Table) -> list[str]:
    """The columns a later migration added, on a hub set up before it (a no-op otherwise)."""
    return [
        f"ALTER TABLE {table.name} ADD COLUMN IF NOT EXISTS {c.name} {_pg_type(c)}"
        for c in _hub_columns(table)
    ]


def _references() -> list[tuple[str, str, str]]:
    return [
        (t.name, c.name, next(iter(c.foreign_keys)).column.table.name)
        for t in synced_model_tables()
        for c in t.columns
        if c.foreign_keys
    ]


def _quoted(names: frozenset[str] | tuple[str, ...]) -> str:
    return "ARRAY[" + ", ".join(f"'{n}'" for n in sorted(names)) + "]::text[]"


BOOKKEEPING_DDL = (
    "CREATE TABLE IF NOT EXISTS rapport_hub (id int PRIMARY KEY CHECK (id = 1), "
    "schema_version text NOT NULL, hlc bigint NOT NULL DEFAULT 0, "
    "created_at timestamptz NOT NULL DEFAULT now())",
    "CREATE TABLE IF NOT EXISTS sync_change_log (cursor bigserial PRIMARY KEY, "
    "origin text NOT NULL, seq bigint NOT NULL, tbl text NOT NULL, uid text NOT NULL, "
    "col text NOT NULL, val jsonb, hlc bigint NOT NULL, base_hlc bigint NOT NULL DEFAULT 0, "
    "applied boolean NOT NULL, hidden boolean NOT NULL DEFAULT false, "
    "by_user text NOT NULL DEFAULT session_user, at timestamptz NOT NULL DEFAULT now(), "
    "UNIQUE (origin, seq))",
    "CREATE INDEX IF NOT EXISTS sync_change_log_row ON sync_change_log (tbl, uid, hlc)",
    "CREATE TABLE IF NOT EXISTS sync_field_clock (tbl text NOT NULL, uid text NOT NULL, "
    "col text NOT NULL, hlc bigint NOT NULL, origin text NOT NULL, PRIMARY KEY (tbl, uid, col))",
    "CREATE TABLE IF NOT EXISTS sync_conflict (id bigserial PRIMARY KEY, tbl text NOT NULL, "
    "uid text NOT NULL, field text NOT NULL, local jsonb, remote jsonb, base jsonb, "
    "kept text NOT NULL, at timestamptz NOT NULL DEFAULT now(), by text NOT NULL, "
    "resolved boolean NOT NULL DEFAULT false)",
    "CREATE TABLE IF NOT EXISTS sync_alias (tbl text NOT NULL, alias text NOT NULL, "
    "uid text NOT NULL, PRIMARY KEY (tbl, alias))",
    "CREATE SEQUENCE IF NOT EXISTS sync_hub_seq",
    # a hub set up before erased rows kept their first change: it gets the scrubbed row back
    "UPDATE sync_change_log l SET val = e.val, hidden = false FROM sync_change_log e "
    "WHERE l.col = '*' AND l.hidden AND l.val IS NULL AND e.tbl = l.tbl AND e.uid = l.uid "
    "AND e.col = '!' AND e.applied AND NOT e.hidden",
)


def _role_function() -> str:
    """The caller's Rapport role (admin before member before viewer), or NULL."""
    return """
CREATE OR REPLACE FUNCTION rapport_role() RETURNS text LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT CASE
    WHEN pg_has_role(session_user, 'rapport_admin', 'MEMBER') THEN 'admin'
    WHEN pg_has_role(session_user, 'rapport_member', 'MEMBER') THEN 'member'
    WHEN pg_has_role(session_user, 'rapport_viewer', 'MEMBER') THEN 'viewer'
  END
$$"""


def _may_read_function() -> str:
    """Whether the caller may read a synced table's rows (the one rule that the read policies
    and the pull share); the caller's role is looked up once per statement.

    PostgreSQL inlines it into the calling statement, so a pull or a first download's snapshot
    tests each log entry with a plain expression instead of a function call: about half the
    snapshot's time otherwise. Inlining needs no SET clause (the body names no table or
    function, and the operators it uses are pg_catalog's, searched first) and the role used
    once (the argument is a sub-query)."""
    return f"""
CREATE OR REPLACE FUNCTION rapport_may_read(p_role text, p_tbl text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE p_role WHEN 'admin' THEN true WHEN 'member' THEN true
    WHEN 'viewer' THEN NOT (p_tbl = ANY({_quoted(HIDDEN_FROM_VIEWERS)})) ELSE false END
$$"""


def _tick_function() -> str:
    return """
CREATE OR REPLACE FUNCTION rapport_tick(p_seen bigint) RETURNS bigint LANGUAGE sql
SET search_path = public, pg_temp AS $$
  UPDATE rapport_hub SET hlc = greatest(hlc + 1, p_seen + 1,
    (floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) << 16)
  WHERE id = 1 RETURNING hlc
$$"""


def _value_at_function() -> str:
    """The value a field had at a stamp, as the log holds it (a row's insert included)."""
    return """
CREATE OR REPLACE FUNCTION rapport_value_at(p_tbl text, p_uid text, p_col text, p_hlc bigint)
RETURNS jsonb LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
  SELECT CASE WHEN l.col = p_col THEN l.val ELSE l.val -> p_col END
  FROM sync_change_log l
  WHERE l.tbl = p_tbl AND l.uid = p_uid AND l.hlc = p_hlc AND l.col IN (p_col, '*', '!')
  ORDER BY l.col = p_col DESC LIMIT 1
$$"""


def _natural_match_function() -> str:
    branches = []
    for table, key in NATURAL_KEYS.items():
        cond = " AND ".join(f"t.{c} IS NOT DISTINCT FROM r.{c}" for c in key)
        branches.append(
            f"  IF p_tbl = '{table}' THEN\n    SELECT t.uid INTO v_uid FROM {table} t, "
            f"jsonb_populate_record(NULL::{table}, p_val) r WHERE {cond} AND t.uid <> p_uid "
            f"LIMIT 1;\n  END IF;"
        )
    return (
        "CREATE OR REPLACE FUNCTION rapport_natural_match(p_tbl text, p_uid text, p_val jsonb) "
        "RETURNS text LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$\n"
        "DECLARE v_uid text;\nBEGIN\n" + "\n".join(branches) + "\n  RETURN v_uid;\nEND $$"
    )


def _translate_function() -> str:
    """References to a row merged into another (same natural key) point at the survivor."""
    pairs = ", ".join(f"('{t}', '{c}', '{p}')" for t, c, p in _references())
    return f"""
CREATE OR REPLACE FUNCTION rapport_translate(p_tbl text, p_col text, p_val jsonb)
RETURNS jsonb LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$
DECLARE r record; v_to text;
BEGIN
  FOR r IN SELECT * FROM (VALUES {pairs}) AS x(tbl, col, parent) WHERE x.tbl = p_tbl LOOP
    IF p_col IN ('*', '!') AND jsonb_typeof(p_val -> r.col) = 'string' THEN
      SELECT uid INTO v_to FROM sync_alias WHERE tbl = r.parent AND alias = p_val ->> r.col;
      IF FOUND THEN p_val := jsonb_set(p_val, ARRAY[r.col], to_jsonb(v_to)); END IF;
    ELSIF p_col = r.col AND jsonb_typeof(p_val) = 'string' THEN
      SELECT uid INTO v_to FROM sync_alias WHERE tbl = r.parent AND alias = p_val #>> '{{}}';
      IF FOUND THEN p_val := to_jsonb(v_to); END IF;
    END IF;
  END LOOP;
  RETURN p_val;
END $$"""


APPLY_FUNCTION = """
CREATE OR REPLACE FUNCTION rapport_apply(p_origin text, p_tbl text, p_uid text, p_col text,
  p_val jsonb, p_hlc bigint, p_base bigint, p_seen bigint) RETURNS text
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
-- Merge one change; returns 'applied', 'lost', 'conflict-won', 'conflict-lost' or 'ignored'.
DECLARE
  cur record; v_wins boolean; v_conflict boolean; v_deleted record; v_key text; v_value jsonb;
  v_number text; v_year text;
BEGIN
  IF p_col = '!' THEN  -- an erasure: the scrubbed row, for good, and its history scrubbed
    EXECUTE format('DELETE FROM %I WHERE uid = $1', p_tbl) USING p_uid;
    EXECUTE format('INSERT INTO %I SELECT * FROM jsonb_populate_record(NULL::%I, $1)',
                   p_tbl, p_tbl) USING p_val;
    DELETE FROM sync_field_clock WHERE tbl = p_tbl AND uid = p_uid;
    INSERT INTO sync_field_clock VALUES (p_tbl, p_uid, '*', p_hlc, p_origin),
                                        (p_tbl, p_uid, '!', p_hlc, p_origin);
    -- the row's first change keeps its place holding the scrubbed row: a copy that never had
    -- the row gets it before the rows that name it (the erased customer's notes)
    UPDATE sync_change_log SET hidden = (col <> '*'), val = CASE WHEN col = '*' THEN p_val END
      WHERE tbl = p_tbl AND uid = p_uid;
    UPDATE sync_conflict SET local = NULL, remote = NULL, base = NULL
      WHERE tbl = p_tbl AND uid = p_uid;
    RETURN 'applied';
  END IF;
  IF EXISTS (SELECT 1 FROM sync_field_clock WHERE tbl = p_tbl AND uid = p_uid
             AND col IN ('!', '-')) THEN
    RETURN 'ignored';  -- erased or purged rows take no more writes
  END IF;
  IF p_col = '-' THEN
    EXECUTE format('DELETE FROM %I WHERE uid = $1', p_tbl) USING p_uid;
    DELETE FROM sync_field_clock WHERE tbl = p_tbl AND uid = p_uid;
    INSERT INTO sync_field_clock VALUES (p_tbl, p_uid, '-', p_hlc, p_origin);
    UPDATE sync_change_log SET hidden = true, val = NULL WHERE tbl = p_tbl AND uid = p_uid;
    RETURN 'applied';
  END IF;
  IF p_col = '*' AND NOT EXISTS (SELECT 1 FROM sync_field_clock
                                 WHERE tbl = p_tbl AND uid = p_uid AND col = '*') THEN
    v_key := rapport_natural_match(p_tbl, p_uid, p_val);
    IF v_key IS NOT NULL THEN  -- the same name made on two copies: one row
      INSERT INTO sync_alias VALUES (p_tbl, p_uid, v_key) ON CONFLICT DO NOTHING;
      RETURN 'ignored';
    END IF;
    EXECUTE format('INSERT INTO %I SELECT * FROM jsonb_populate_record(NULL::%I, $1)',
                   p_tbl, p_tbl) USING p_val;
    INSERT INTO sync_field_clock VALUES (p_tbl, p_uid, '*', p_hlc, p_origin);
    RETURN 'applied';
  END IF;
  IF p_col = '*' THEN  -- a row this hub has: each field on its own, no conflicts
    FOR v_key, v_value IN SELECT * FROM jsonb_each(p_val) LOOP
      CONTINUE WHEN v_key = 'uid';
      PERFORM rapport_apply(p_origin, p_tbl, p_uid, v_key, v_value, p_hlc, -1, -1);
    END LOOP;
    RETURN 'applied';
  END IF;
  SELECT hlc, origin INTO cur FROM sync_field_clock
    WHERE tbl = p_tbl AND uid = p_uid AND col IN (p_col, '*') ORDER BY col = '*' LIMIT 1;
  v_wins := NOT FOUND OR (p_hlc, p_origin) > (cur.hlc, cur.origin);
  v_conflict := FOUND AND p_base >= 0 AND cur.hlc <> p_base
    AND NOT (p_tbl = ANY(@append_only@)) AND NOT (p_col = ANY(@uncontested@));
  IF v_wins THEN
    PERFORM rapport_set(p_tbl, p_uid, p_col, p_val);
    INSERT INTO sync_field_clock VALUES (p_tbl, p_uid, p_col, p_hlc, p_origin)
      ON CONFLICT (tbl, uid, col) DO UPDATE SET hlc = excluded.hlc, origin = excluded.origin;
  END IF;
  IF v_conflict THEN
    INSERT INTO sync_conflict (tbl, uid, field, local, remote, base, kept, by)
    VALUES (p_tbl, p_uid, p_col, p_val, rapport_value_at(p_tbl, p_uid, p_col, cur.hlc),
            rapport_value_at(p_tbl, p_uid, p_col, p_base),
            CASE WHEN v_wins THEN 'local' ELSE 'remote' END, session_user);
    RETURN CASE WHEN v_wins THEN 'conflict-won' ELSE 'conflict-lost' END;
  END IF;
  IF p_col = 'deleted_at' AND p_seen >= 0 AND p_val <> 'null' THEN
    -- a delete that did not see edits made meanwhile: it stands, they stay restorable; it saw
    -- what its copy had pulled (p_seen is that copy's cursor in this log) and its own writes
    INSERT INTO sync_conflict (tbl, uid, field, local, remote, base, kept, by)
    SELECT p_tbl, p_uid, f.col, rapport_value_at(p_tbl, p_uid, f.col, f.hlc), NULL, NULL,
           'deleted', session_user
    FROM sync_field_clock f
    WHERE f.tbl = p_tbl AND f.uid = p_uid AND f.origin <> p_origin
      AND f.col NOT IN ('*', '!', '-', 'deleted_at') AND NOT (f.col = ANY(@uncontested@))
      AND EXISTS (SELECT 1 FROM sync_change_log l WHERE l.tbl = p_tbl AND l.uid = p_uid
                  AND l.hlc = f.hlc AND l.origin = f.origin AND l.col IN (f.col, '*')
                  AND l.cursor > p_seen);
    IF FOUND THEN RETURN 'conflict-won'; END IF;
  END IF;
  IF p_col <> 'deleted_at' AND p_seen >= 0 AND NOT (p_col = ANY(@uncontested@)) THEN
    -- an edit that did not see the row deleted
    SELECT f.hlc INTO v_deleted FROM sync_field_clock f
      WHERE f.tbl = p_tbl AND f.uid = p_uid AND f.col = 'deleted_at' AND f.hlc <> p_seen;
    IF FOUND AND rapport_value_at(p_tbl, p_uid, 'deleted_at', v_deleted.hlc) <> 'null' THEN
      INSERT INTO sync_conflict (tbl, uid, field, local, remote, base, kept, by)
      VALUES (p_tbl, p_uid, p_col, p_val, NULL, NULL, 'deleted', session_user);
      RETURN 'conflict-won';
    END IF;
  END IF;
  RETURN CASE WHEN v_wins THEN 'applied' ELSE 'lost' END;
END $$"""


def _display_name_trigger() -> list[str]:
    """The hub's side of app/storage/sync_apply.settle_display_names: a contact's shown name made
    again from its merged names when these came from more than one copy and no longer make it
    (domain.validation.display_name_of; the sort name folded as PostgreSQL can: lower case,
    NFKD, accents dropped, ß as ss)."""
    sources, columns = _quoted(NAME_SOURCES), _quoted(NAME_COLUMNS)
    fold = (
        "regexp_replace(normalize(lower(replace(v_made, 'ß', 'ss')), NFKD), "
        "'[\\u0300-\\u036f]', '', 'g')"
    )
    return [
        f"""
CREATE OR REPLACE FUNCTION rapport_settle_display_name() RETURNS trigger LANGUAGE plpgsql
SET search_path = public, pg_temp AS $$
DECLARE v_made text; v_shown text; v_sort text; v_origins int;
BEGIN
  SELECT coalesce(nullif(concat_ws(' ', nullif(c.first_name, ''), nullif(c.last_name, '')), ''),
                  nullif(co.name, ''), '(no name)'), c.display_name, c.sort_name
    INTO v_made, v_shown, v_sort FROM contact c LEFT JOIN company co ON co.uid = c.company_id
    WHERE c.uid = NEW.uid AND c.erased_at IS NULL;
  IF v_made IS NULL OR (v_made, {fold}) IS NOT DISTINCT FROM (v_shown, v_sort) THEN
    RETURN NULL;
  END IF;
  SELECT count(DISTINCT coalesce(f.origin, r.origin)) INTO v_origins
    FROM unnest({sources}) AS s(col)
    LEFT JOIN sync_field_clock f ON f.tbl = 'contact' AND f.uid = NEW.uid AND f.col = s.col
    LEFT JOIN sync_field_clock r ON r.tbl = 'contact' AND r.uid = NEW.uid AND r.col = '*';
  IF v_origins > 1 THEN
    UPDATE contact SET display_name = v_made, sort_name = {fold} WHERE uid = NEW.uid;
  END IF;
  RETURN NULL;
END $$""",
        "DROP TRIGGER IF EXISTS rapport_settle_display_name ON sync_field_clock",
        "CREATE TRIGGER rapport_settle_display_name AFTER INSERT OR UPDATE ON sync_field_clock "
        f"FOR EACH ROW WHEN (NEW.tbl = 'contact' AND NEW.col = ANY({columns})) "
        "EXECUTE FUNCTION rapport_settle_display_name()",
    ]


def _number_sql() -> str:
    """Complaint numbers are the hub's: C-YYYY-NNNN in the order cases reach it."""
    return """
CREATE OR REPLACE FUNCTION rapport_complaint_number(p_opened text) RETURNS text
LANGUAGE sql SET search_path = public, pg_temp AS $$
  SELECT 'C-' || y || '-' || lpad((coalesce(max(substr(number, 8)::int), 0) + 1)::text, 4, '0')
  FROM (SELECT coalesce(substr(p_opened, 1, 4), to_char(now(), 'YYYY')) AS y) s
  LEFT JOIN complaint c ON c.number LIKE 'C-' || s.y || '-%' AND c.number ~ '^C-[0-9]{4}-[0-9]+$'
  GROUP BY y
$$"""


STAGE_FUNCTION = """
CREATE OR REPLACE FUNCTION rapport_stage(p_origin text, p_changes jsonb) RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
-- A push's changes not taken before, in a temporary table (uids through their aliases), each
-- marked `bulk` when it merges together with its neighbours: a new row of a plain table (its
-- row's only change here), or a plain field's change (the only one to that field, on a row
-- with no row-level change here); for those, the clocks they merge against and the outcome
-- by the rule of rapport_apply, in one pass. A batch holding an erasure goes one by one.
BEGIN
  DROP TABLE IF EXISTS rapport_batch;
  CREATE TEMP TABLE rapport_batch ON COMMIT DROP AS
  WITH x AS (
    SELECT x.*, coalesce(a.uid, x.uid) AS key_uid, a.uid IS NOT NULL AS aliased
    FROM jsonb_to_recordset(p_changes) AS x(seq bigint, tbl text, uid text, col text,
         val jsonb, hlc bigint, base bigint, seen bigint)
    LEFT JOIN sync_alias a ON a.tbl = x.tbl AND a.alias = x.uid
    WHERE NOT EXISTS (SELECT 1 FROM sync_change_log l WHERE l.origin = p_origin
                      AND l.seq = x.seq)
  ), k AS (
    SELECT x.*, count(*) OVER (PARTITION BY tbl, key_uid) AS n_row,
      count(*) OVER (PARTITION BY tbl, key_uid, col) AS n_field,
      count(*) FILTER (WHERE col IN ('*', '-', '!', 'deleted_at'))
        OVER (PARTITION BY tbl, key_uid) AS n_special,
      bool_or(col = '!') OVER () AS erasing
    FROM x
  ), s AS (
    SELECT k.seq, k.tbl, k.uid AS sent_uid, k.key_uid AS uid, k.col, k.val, k.hlc, k.base,
      k.seen, NOT k.erasing AND CASE
        WHEN k.col = '*' THEN k.n_row = 1 AND NOT k.aliased AND NOT (k.tbl = ANY(@one_by_one@))
          AND NOT EXISTS (SELECT 1 FROM sync_field_clock f WHERE f.tbl = k.tbl
                          AND f.uid = k.key_uid)
        ELSE k.n_special = 0 AND k.n_field = 1 AND NOT (k.tbl = 'complaint' AND k.col = 'number')
      END AS bulk,
      c.hlc AS cur_hlc, c.origin AS cur_origin, d.hlc AS del_hlc, g.gone IS NOT NULL AS gone
    FROM k
    LEFT JOIN LATERAL (SELECT f.hlc, f.origin FROM sync_field_clock f
      WHERE k.col NOT IN ('*', '!', '-') AND f.tbl = k.tbl AND f.uid = k.key_uid
        AND f.col IN (k.col, '*') ORDER BY f.col = '*' LIMIT 1) c ON true
    LEFT JOIN LATERAL (SELECT f.hlc FROM sync_field_clock f WHERE k.col NOT IN ('*', '!', '-')
      AND f.tbl = k.tbl AND f.uid = k.key_uid AND f.col = 'deleted_at') d ON true
    LEFT JOIN LATERAL (SELECT true AS gone FROM sync_field_clock f
      WHERE k.col NOT IN ('*', '!', '-') AND f.tbl = k.tbl AND f.uid = k.key_uid
        AND f.col IN ('!', '-') LIMIT 1) g ON true
  )
  SELECT s.*, CASE
      WHEN NOT s.bulk THEN NULL
      WHEN s.col = '*' THEN 'applied'
      WHEN s.gone THEN 'ignored'
      WHEN s.cur_hlc IS NOT NULL AND s.base >= 0 AND s.cur_hlc <> s.base
           AND NOT (s.tbl = ANY(@append_only@)) AND NOT (s.col = ANY(@uncontested@))
        THEN CASE WHEN (s.hlc, p_origin) > (s.cur_hlc, s.cur_origin) THEN 'conflict-won'
                  ELSE 'conflict-lost' END
      WHEN s.cur_hlc IS NULL OR (s.hlc, p_origin) > (s.cur_hlc, s.cur_origin) THEN 'applied'
      ELSE 'lost' END AS result,
    s.bulk AND s.col <> '*' AND NOT s.gone
      AND (s.cur_hlc IS NULL OR (s.hlc, p_origin) > (s.cur_hlc, s.cur_origin)) AS won
  FROM s;
  CREATE UNIQUE INDEX ON rapport_batch (seq);
  ANALYZE rapport_batch;
END $$"""


MERGE_FUNCTION = """
CREATE OR REPLACE FUNCTION rapport_merge(p_origin text, p_from bigint, p_to bigint)
RETURNS int LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
-- The staged `bulk` changes with p_from <= seq < p_to, merged as rapport_stage decided but all
-- at once: new rows one INSERT per table, fields one UPDATE per table, conflicts and the log in
-- the sender's order. Returns how many were conflicts.
DECLARE v_tbl text; v_set text; v_conflicts int;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM rapport_batch WHERE bulk AND seq >= p_from AND seq < p_to) THEN
    RETURN 0;
  END IF;
  IF EXISTS (SELECT 1 FROM sync_alias) THEN
    UPDATE rapport_batch SET val = rapport_translate(tbl, col, val)
      WHERE bulk AND seq >= p_from AND seq < p_to;
  END IF;
  FOR v_tbl IN SELECT DISTINCT tbl FROM rapport_batch
               WHERE bulk AND col = '*' AND seq >= p_from AND seq < p_to LOOP
    EXECUTE format('INSERT INTO %1$I SELECT r.* FROM rapport_batch b, '
                   'jsonb_populate_record(NULL::%1$I, b.val) r WHERE b.bulk AND b.tbl = %1$L '
                   'AND b.col = ''*'' AND b.seq >= $1 AND b.seq < $2', v_tbl)
      USING p_from, p_to;
  END LOOP;
  INSERT INTO sync_field_clock SELECT tbl, uid, '*', hlc, p_origin FROM rapport_batch
    WHERE bulk AND col = '*' AND seq >= p_from AND seq < p_to;
  INSERT INTO sync_conflict (tbl, uid, field, local, remote, base, kept, by)
    SELECT tbl, uid, col, val, rapport_value_at(tbl, uid, col, cur_hlc),
           rapport_value_at(tbl, uid, col, base),
           CASE WHEN result = 'conflict-won' THEN 'local' ELSE 'remote' END, session_user
    FROM rapport_batch WHERE bulk AND result LIKE 'conflict%' AND seq >= p_from AND seq < p_to
    ORDER BY seq;
  -- an edit that did not see its row deleted: recorded as against the delete
  WITH late AS (
    UPDATE rapport_batch SET result = 'conflict-won'
    WHERE bulk AND result IN ('applied', 'lost') AND seen >= 0 AND del_hlc <> seen
      AND NOT (col = ANY(@uncontested@)) AND seq >= p_from AND seq < p_to
      AND rapport_value_at(tbl, uid, 'deleted_at', del_hlc) <> 'null'
    RETURNING seq, tbl, uid, col, val)
  INSERT INTO sync_conflict (tbl, uid, field, local, remote, base, kept, by)
    SELECT tbl, uid, col, val, NULL, NULL, 'deleted', session_user FROM late ORDER BY seq;
  FOR v_tbl, v_set IN SELECT tbl, string_agg(DISTINCT format(
        '%1$I = CASE WHEN w.o ? %1$L THEN (w.r).%1$I ELSE t.%1$I END', col), ', ')
      FROM rapport_batch WHERE won AND seq >= p_from AND seq < p_to GROUP BY tbl LOOP
    EXECUTE format('UPDATE %1$I t SET %2$s FROM (SELECT z.uid, z.o, '
                   'jsonb_populate_record(NULL::%1$I, z.o) AS r FROM (SELECT uid, '
                   'jsonb_object_agg(col, val) AS o FROM rapport_batch WHERE won AND tbl = %1$L '
                   'AND seq >= $1 AND seq < $2 GROUP BY uid) z) w '
                   'WHERE t.uid = w.uid', v_tbl, v_set)
      USING p_from, p_to;
  END LOOP;
  INSERT INTO sync_field_clock
    SELECT tbl, uid, col, hlc, p_origin FROM rapport_batch
    WHERE won AND seq >= p_from AND seq < p_to
  ON CONFLICT (tbl, uid, col) DO UPDATE SET hlc = excluded.hlc, origin = excluded.origin;
  INSERT INTO sync_change_log (origin, seq, tbl, uid, col, val, hlc, base_hlc, applied)
    SELECT p_origin, seq, tbl, uid, col, val, hlc, base,
           result IN ('applied', 'conflict-won')
    FROM rapport_batch WHERE bulk AND seq >= p_from AND seq < p_to ORDER BY seq;
  SELECT count(*) INTO v_conflicts FROM rapport_batch
    WHERE bulk AND result LIKE 'conflict%' AND seq >= p_from AND seq < p_to;
  RETURN v_conflicts;
END $$"""


PUSH_FUNCTION = """
CREATE OR REPLACE FUNCTION rapport_push(p_origin text, p_changes jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
-- Take a batch of one copy's changes, in its order; a (origin, seq) seen before is skipped.
-- Runs of changes that merge together go set-based (rapport_merge), the rest one by one.
DECLARE
  c record; v_role text := rapport_role(); v_uid text; v_val jsonb; v_result text;
  v_taken int := 0; v_conflicts int := 0; v_hub bigint; v_number text;
  v_erasing text[] := '{}'; v_from bigint := -1; v_table text; v_prev bigint;
BEGIN
  IF v_role IS NULL OR v_role = 'viewer' THEN
    RAISE EXCEPTION 'rapport: % may not change the hub''s data', session_user
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM pg_advisory_xact_lock(7215);  -- one push at a time: merges see each other whole
  SELECT x.prev INTO v_prev FROM jsonb_to_recordset(p_changes) AS x(seq bigint, prev bigint)
    ORDER BY x.seq LIMIT 1;
  IF v_prev > 0 AND NOT EXISTS (SELECT 1 FROM sync_change_log
                                WHERE origin = p_origin AND seq = v_prev) THEN
    -- taken ahead of an earlier one, the sender's later edits would conflict with its own
    RAISE EXCEPTION 'rapport: a batch from % came before an earlier one it follows', p_origin
      USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  PERFORM rapport_stage(p_origin, p_changes);
  SELECT tbl INTO v_table FROM rapport_batch WHERE NOT (tbl = ANY(@synced@)) LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'rapport: % is not a table this hub syncs', v_table
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF v_role <> 'admin' THEN
    SELECT tbl INTO v_table FROM rapport_batch WHERE tbl = ANY(@admin_tables@) LIMIT 1;
    IF FOUND THEN
      RAISE EXCEPTION 'rapport: only a hub admin may change %', v_table
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;
  SELECT count(*) INTO v_taken FROM rapport_batch WHERE NOT (tbl = 'complaint' AND col = 'number');
  FOR c IN SELECT * FROM rapport_batch WHERE NOT bulk ORDER BY seq LOOP
    v_conflicts := v_conflicts + rapport_merge(p_origin, v_from, c.seq);
    v_from := c.seq;
    v_uid := coalesce((SELECT uid FROM sync_alias WHERE tbl = c.tbl AND alias = c.sent_uid),
                      c.sent_uid);
    v_val := rapport_translate(c.tbl, c.col, c.val);
    v_number := NULL;
    IF c.tbl = 'complaint' AND c.col = '*' AND NOT EXISTS (SELECT 1 FROM sync_field_clock
        WHERE tbl = 'complaint' AND uid = v_uid) THEN
      v_number := rapport_complaint_number(v_val ->> 'opened_at');
      v_val := jsonb_set(v_val, '{number}', to_jsonb(v_number));
    ELSIF c.tbl = 'complaint' AND c.col = 'number' THEN
      v_result := 'ignored';  -- numbers are the hub's
      INSERT INTO sync_change_log (origin, seq, tbl, uid, col, val, hlc, base_hlc, applied)
      VALUES (p_origin, c.seq, c.tbl, v_uid, c.col, v_val, c.hlc, c.base, false);
      CONTINUE;
    END IF;
    v_result := rapport_apply(p_origin, c.tbl, v_uid, c.col, v_val, c.hlc, c.base, c.seen);
    IF c.col = '!' THEN
      v_erasing := v_erasing || v_uid;
    ELSIF cardinality(v_erasing) > 0 AND c.col NOT IN ('*', '-')
        AND rapport_contact_of(c.tbl, v_uid) = ANY(v_erasing) THEN
      -- an erasure's scrub of a linked row: the values it replaced leave the history
      UPDATE sync_change_log SET hidden = true, val = NULL
        WHERE tbl = c.tbl AND uid = v_uid AND col = c.col;
      UPDATE sync_change_log SET val = val - c.col
        WHERE tbl = c.tbl AND uid = v_uid AND col = '*' AND val ? c.col;
    END IF;
    INSERT INTO sync_change_log (origin, seq, tbl, uid, col, val, hlc, base_hlc, applied)
    VALUES (p_origin, c.seq, c.tbl, v_uid, c.col, v_val, c.hlc, c.base,
            v_result IN ('applied', 'conflict-won'));
    IF v_result LIKE 'conflict%' THEN v_conflicts := v_conflicts + 1; END IF;
    IF v_number IS NOT NULL THEN  -- tell the sender (and all) the number the hub gave
      v_hub := rapport_tick(c.hlc);
      PERFORM rapport_apply('hub', 'complaint', v_uid, 'number', to_jsonb(v_number), v_hub, -1, -1);
      INSERT INTO sync_change_log (origin, seq, tbl, uid, col, val, hlc, applied)
      VALUES ('hub', nextval('sync_hub_seq'), 'complaint', v_uid, 'number', to_jsonb(v_number),
              v_hub, true);
    END IF;
  END LOOP;
  v_conflicts := v_conflicts + rapport_merge(p_origin, v_from, 9223372036854775807);
  RETURN jsonb_build_object('taken', v_taken, 'conflicts', v_conflicts);
END $$"""

WRITE_FUNCTION = """
CREATE OR REPLACE FUNCTION rapport_write(p_tbl text, p_uid text, p_col text, p_val jsonb)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
-- An edit made at the hub itself (an admin's fix): stamped by the hub's clock, merged and
-- logged like any copy's write, having seen the current value. The HLC receive rule: its stamp
-- passes every stamp the row holds, a laptop's clock running ahead of the hub's included.
DECLARE v_hub bigint; v_base bigint; v_result text;
BEGIN
  IF rapport_role() IS DISTINCT FROM 'admin' THEN
    RAISE EXCEPTION 'rapport: only a hub admin may edit at the hub'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  SELECT hlc INTO v_base FROM sync_field_clock WHERE tbl = p_tbl AND uid = p_uid
    AND col IN (p_col, '*') ORDER BY col = '*' LIMIT 1;
  v_hub := rapport_tick(coalesce((SELECT max(hlc) FROM sync_field_clock
                                  WHERE tbl = p_tbl AND uid = p_uid), 0));
  v_result := rapport_apply('hub', p_tbl, p_uid, p_col, p_val, v_hub, coalesce(v_base, 0), -1);
  INSERT INTO sync_change_log (origin, seq, tbl, uid, col, val, hlc, base_hlc, applied)
  VALUES ('hub', nextval('sync_hub_seq'), p_tbl, p_uid, p_col, p_val, v_hub,
          coalesce(v_base, 0), v_result IN ('applied', 'conflict-won'));
  RETURN v_result;
END $$"""

PULL_FUNCTIONS = (
    """
CREATE OR REPLACE FUNCTION rapport_pull(p_origin text, p_cursor bigint, p_limit int)
RETURNS TABLE (cursor bigint, tbl text, uid text, col text, val jsonb, hlc bigint, origin text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  -- what the caller's role may read (the tables' read policies), after its cursor
  SELECT l.cursor, l.tbl, l.uid, l.col, l.val, l.hlc, l.origin FROM sync_change_log l
  WHERE l.cursor > p_cursor AND l.applied AND NOT l.hidden AND l.origin <> p_origin
    AND rapport_may_read((SELECT rapport_role()), l.tbl)
  ORDER BY l.cursor LIMIT p_limit
$$""",
    """
CREATE OR REPLACE FUNCTION rapport_log_end() RETURNS bigint LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT coalesce(max(cursor), 0) FROM sync_change_log WHERE rapport_role() IS NOT NULL
$$""",
    """
CREATE OR REPLACE FUNCTION rapport_conflicts(p_after bigint)
RETURNS SETOF sync_conflict LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
  SELECT * FROM sync_conflict WHERE id > p_after
    AND (SELECT rapport_role()) IN ('admin', 'member') ORDER BY id
$$""",
    """
CREATE OR REPLACE FUNCTION rapport_resolved(p_ids bigint[]) RETURNS void LANGUAGE sql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
  UPDATE sync_conflict SET resolved = true
  WHERE id = ANY(p_ids) AND rapport_role() IN ('admin', 'member')
$$""",
    """
CREATE OR REPLACE FUNCTION rapport_info() RETURNS jsonb LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT jsonb_build_object('schema_version', schema_version, 'role', rapport_role())
  FROM rapport_hub WHERE id = 1
$$""",
)


# --- a new copy's first download (the snapshot) ---------------------------------------------

SNAPSHOT_FUNCTION = """
CREATE OR REPLACE FUNCTION rapport_snapshot(p_origin text, p_end bigint)
RETURNS TABLE (cursor bigint, tbl text, uid text, col text, val text, hlc bigint, origin text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
SET work_mem = '256MB' AS $$
  -- What a first pull needs up to p_end (the log's end in the caller's snapshot): the entries
  -- that make the rows as they are now, those whose stamp one of their row's current clocks
  -- holds. Every other entry lost to a later one, so replaying these in log order (the caller
  -- orders them by cursor) gives what replaying the whole log gives. The values as the log
  -- holds them (the tables' typed columns would not give back the text each copy stores), as
  -- the caller's role may read them. The memory lets the clocks' hash join stay in memory.
  SELECT l.cursor, l.tbl, l.uid, l.col, l.val::text, l.hlc, l.origin FROM sync_change_log l
  WHERE l.cursor <= p_end AND l.applied AND NOT l.hidden AND l.origin <> p_origin
    AND rapport_may_read((SELECT rapport_role()), l.tbl)
    AND EXISTS (SELECT 1 FROM sync_field_clock f WHERE f.tbl = l.tbl AND f.uid = l.uid
                AND f.hlc = l.hlc AND f.origin = l.origin)
$$"""


# --- people: the hub's users and their staff rows (issue 23) ---------------------------------
# An admin adds a person, changes their right or (de)activates them; each one's staff row (its
# `login` the user's name, `active` whether the user may sign in) is written through
# rapport_write like any hub edit, so every copy pulls it. The functions run as the hub's owner
# (who may create roles); they refuse callers who are not admins, the callers themselves, and
# roles that are not Rapport's people (the server's superusers, other applications' logins).
# A refusal's HINT names it for the app: not-admin, yourself, not-a-person, outside, bad-name.
PEOPLE_FUNCTIONS = (
    """
CREATE OR REPLACE FUNCTION rapport_is_person(p_name text) RETURNS boolean LANGUAGE sql STABLE
SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                 JOIN pg_roles r ON r.oid = m.member
                 WHERE r.rolname = p_name AND NOT r.rolsuper
                   AND g.rolname IN ('rapport_admin', 'rapport_member', 'rapport_viewer'))
$$""",
    """
CREATE OR REPLACE FUNCTION rapport_may_manage(p_name text, p_new boolean) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$
-- Whether the caller may act on the role p_name (p_new: it is being added, may not exist yet).
BEGIN
  IF rapport_role() IS DISTINCT FROM 'admin' THEN
    RAISE EXCEPTION 'rapport: only a hub admin may manage people'
      USING ERRCODE = 'insufficient_privilege', HINT = 'not-admin';
  END IF;
  IF p_name !~ '^[a-z_][a-z0-9_.-]{0,62}$'
     OR p_name IN ('rapport_admin', 'rapport_member', 'rapport_viewer') THEN
    RAISE EXCEPTION 'rapport: % cannot be a hub user name', p_name
      USING ERRCODE = 'invalid_parameter_value', HINT = 'bad-name';
  END IF;
  IF p_name = session_user THEN
    RAISE EXCEPTION 'rapport: an admin may not change their own login'
      USING ERRCODE = 'insufficient_privilege', HINT = 'yourself';
  END IF;
  IF rapport_is_person(p_name) THEN
    RETURN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) THEN
    IF p_new THEN RETURN; END IF;
    RAISE EXCEPTION 'rapport: % is not a user of this hub', p_name
      USING ERRCODE = 'undefined_object', HINT = 'not-a-person';
  END IF;
  -- an existing login outside Rapport: only a superuser may make it one of the team
  IF NOT p_new OR (SELECT rolsuper FROM pg_roles WHERE rolname = p_name)
     OR NOT (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
    RAISE EXCEPTION 'rapport: % is a login of the server outside Rapport', p_name
      USING ERRCODE = 'insufficient_privilege', HINT = 'outside';
  END IF;
END $$""",
    """
CREATE OR REPLACE FUNCTION rapport_staff_login(p_name text, p_active boolean) RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
-- The person's staff row, made or linked (one with this login, else one so named without a
-- login) and its `active` set, each change a hub edit that syncs.
DECLARE
  v_uid text; v_active boolean;
  v_now jsonb := to_jsonb(to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'));
BEGIN
  SELECT uid, active INTO v_uid, v_active FROM staff
    WHERE login = p_name AND deleted_at IS NULL ORDER BY created_at, uid LIMIT 1;
  IF NOT FOUND THEN
    SELECT uid, active INTO v_uid, v_active FROM staff
      WHERE login IS NULL AND lower(name) = lower(p_name) AND deleted_at IS NULL
      ORDER BY created_at, uid LIMIT 1;
    IF FOUND THEN
      PERFORM rapport_write('staff', v_uid, 'login', to_jsonb(p_name));
      PERFORM rapport_write('staff', v_uid, 'updated_at', v_now);
    END IF;
  END IF;
  IF v_uid IS NULL THEN
    v_uid := gen_random_uuid()::text;
    PERFORM rapport_write('staff', v_uid, '*', jsonb_build_object(
      'uid', v_uid, 'created_at', v_now, 'updated_at', v_now, 'deleted_at', NULL,
      'name', p_name, 'email', NULL, 'active', p_active, 'login', p_name));
  ELSIF v_active IS DISTINCT FROM p_active THEN
    PERFORM rapport_write('staff', v_uid, 'active', to_jsonb(p_active));
    PERFORM rapport_write('staff', v_uid, 'updated_at', v_now);
  END IF;
END $$""",
    """
CREATE OR REPLACE FUNCTION rapport_grant(p_name text, p_role text) RETURNS void
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
-- The person holds exactly one of the three rights.
DECLARE v_other text;
BEGIN
  IF p_role IS NULL OR p_role NOT IN ('admin', 'member', 'viewer') THEN
    RAISE EXCEPTION 'rapport: % is not a role', p_role
      USING ERRCODE = 'invalid_parameter_value', HINT = 'bad-role';
  END IF;
  FOREACH v_other IN ARRAY ARRAY['admin', 'member', 'viewer'] LOOP
    IF v_other <> p_role AND pg_has_role(p_name, 'rapport_' || v_other, 'MEMBER') THEN
      EXECUTE format('REVOKE %I FROM %I', 'rapport_' || v_other, p_name);
    END IF;
  END LOOP;
  IF NOT pg_has_role(p_name, 'rapport_' || p_role, 'MEMBER') THEN
    EXECUTE format('GRANT %I TO %I', 'rapport_' || p_role, p_name);
  END IF;
END $$""",
    """
CREATE OR REPLACE FUNCTION rapport_add_person(p_name text, p_role text, p_verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
-- A new person (or one added again: signing in again, the right and password given now).
BEGIN
  PERFORM rapport_may_manage(p_name, true);
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_name) THEN
    EXECUTE format('ALTER ROLE %I LOGIN', p_name);
  ELSE
    EXECUTE format('CREATE ROLE %I LOGIN', p_name);
  END IF;
  IF p_verifier IS NOT NULL THEN
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_name, p_verifier);
  END IF;
  PERFORM rapport_grant(p_name, p_role);
  PERFORM rapport_staff_login(p_name, true);
END $$""",
    """
CREATE OR REPLACE FUNCTION rapport_set_person_role(p_name text, p_role text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM rapport_may_manage(p_name, false);
  PERFORM rapport_grant(p_name, p_role);
  PERFORM rapport_staff_login(p_name, (SELECT rolcanlogin FROM pg_roles WHERE rolname = p_name));
END $$""",
    """
CREATE OR REPLACE FUNCTION rapport_set_person_active(p_name text, p_active boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
-- A deactivated person keeps their right and staff row but may no longer sign in.
BEGIN
  PERFORM rapport_may_manage(p_name, false);
  EXECUTE format('ALTER ROLE %I %s', p_name, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
  PERFORM rapport_staff_login(p_name, p_active);
END $$""",
)
PEOPLE_GRANTS = (
    "REVOKE ALL ON FUNCTION rapport_add_person(text, text, text), "
    "rapport_set_person_role(text, text), rapport_set_person_active(text, boolean) FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION rapport_add_person(text, text, text), "
    "rapport_set_person_role(text, text), rapport_set_person_active(text, boolean) "
    "TO rapport_admin, rapport_member, rapport_viewer",
    # who sets the hub up is its first administrator (a managed server's owner is no superuser)
    "DO $$ BEGIN IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
    "AND NOT pg_has_role(current_user, 'rapport_admin', 'MEMBER') THEN "
    "EXECUTE format('GRANT rapport_admin TO %I', current_user); END IF; END $$",
)


def _fill(sql: str, names: dict[str, str]) -> str:
    for name, value in names.items():
        sql = sql.replace(f"@{name}@", value)
    return sql


def function_ddl() -> list[str]:
    names = {
        "append_only": _quoted(APPEND_ONLY),
        "uncontested": _quoted(UNCONTESTED),
        "admin_tables": _quoted(ADMIN_TABLES),
        "synced": _quoted(tuple(t.name for t in synced_model_tables())),
        "one_by_one": _quoted(frozenset({*NATURAL_KEYS, "complaint"})),
    }
    return [
        _role_function(),
        _may_read_function(),
        _tick_function(),
        _value_at_function(),
        _natural_match_function(),
        _translate_function(),
        _number_sql(),
        _set_function(),
        _contact_of_function(),
        _fill(APPLY_FUNCTION, names),
        _fill(STAGE_FUNCTION, names),
        _fill(MERGE_FUNCTION, names),
        _fill(PUSH_FUNCTION, names),
        WRITE_FUNCTION,
        *PULL_FUNCTIONS,
        SNAPSHOT_FUNCTION,
        *PEOPLE_FUNCTIONS,
        *_display_name_trigger(),
    ]


def role_ddl() -> list[str]:
    """Group roles (one per right) and what they may do: read the synced tables, the change
    log and the conflicts as row-level security allows (rapport_may_read, the rule pulls
    follow too); write only through the functions above."""
    statements = [
        f"DO $$ BEGIN CREATE ROLE rapport_{role} NOLOGIN; "
        "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        for role in ROLES
    ]
    groups = ", ".join(f"rapport_{role}" for role in ROLES)
    for table in synced_model_tables():
        statements += [
            f"ALTER TABLE {table.name} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS rapport_read ON {table.name}",
            f"CREATE POLICY rapport_read ON {table.name} FOR SELECT TO {groups} "
            f"USING (rapport_may_read((SELECT rapport_role()), '{table.name}'))",
            f"GRANT SELECT ON {table.name} TO {groups}",
        ]
    readable = {
        "sync_change_log": "rapport_may_read((SELECT rapport_role()), tbl)",
        "sync_conflict": "(SELECT rapport_role()) IN ('admin', 'member')",
    }
    for name, rule in readable.items():
        statements += [
            f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS rapport_read ON {name}",
            f"CREATE POLICY rapport_read ON {name} FOR SELECT TO {groups} USING ({rule})",
        ]
    statements += [
        f"GRANT SELECT ON sync_conflict, sync_change_log TO {groups}",
        "REVOKE ALL ON FUNCTION rapport_push(text, jsonb), rapport_write(text, text, text, jsonb)"
        " FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION rapport_push(text, jsonb) TO {groups}",
        "GRANT EXECUTE ON FUNCTION rapport_write(text, text, text, jsonb) TO rapport_admin",
        *PEOPLE_GRANTS,
    ]
    return statements


def schema_ddl() -> list[str]:
    return [
        *(table_ddl(t) for t in synced_model_tables()),
        *(ddl for t in synced_model_tables() for ddl in column_ddl(t)),
        *BOOKKEEPING_DDL,
        *function_ddl(),
        *role_ddl(),
    ]


def expected_tables() -> set[str]:
    return {t.name for t in synced_model_tables()} | set(BOOKKEEPING)
