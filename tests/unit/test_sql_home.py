"""SQLite-only SQL lives in app/storage: what a second engine would change is in one place.

Every string literal outside app/storage (docstrings aside) is scanned for the dialect's own
words: PRAGMAs, `INSERT OR ...`, the FTS5 tables and MATCH, rowid, SQLite's date and JSON
functions, group_concat, the schema and statistics tables, SQLCipher's export; so are calls of
those functions through `func` and imports of SQLAlchemy's SQLite dialect. A hit names
file:line and the word; the fix is a named, typed function in app/storage (`sqlite_dialect`,
`fts`, `salvage`, `cipher`, ...).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
DIALECT = re.compile(
    r"\bPRAGMA\b"
    r"|\bINSERT\s+OR\s+(?:REPLACE|IGNORE|ABORT|FAIL|ROLLBACK)\b"
    r"|\bfts5\b|\b\w+_fts\b"
    r"|\bjulianday\s*\(|\bstrftime\s*\(|\bunixepoch\b|\bdate\s*\(\s*'now'"
    r"|\bsqlite_(?:master|schema|sequence|stat\d)\b|\bsqlcipher_export\b"
    r"|\bjson_each\b|\bgroup_concat\b",
    re.IGNORECASE,
)
# Case matters for these: "match" and "{rowid}" (a message's placeholder) are plain words.
DIALECT_EXACT = re.compile(r"\bMATCH\b|(?<!\{)\browid\b(?!\})")
# SQLite's own functions called through SQLAlchemy's `func`, and its dialect's compiler.
SQLITE_FUNCS = {"group_concat", "json_each", "julianday", "strftime", "unixepoch", "printf"}
SQLITE_MODULE = "sqlalchemy.dialects.sqlite"


def _sql_literals(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, text) of every string literal that is not a docstring or a bare string statement,
    f-string pieces included."""
    prose = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in prose
    ]


def _sqlite_code(tree: ast.AST) -> list[tuple[int, int, str]]:
    """(line, column, what) of each `func.<SQLite-only function>` and SQLite dialect import."""
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "func"
            and node.attr in SQLITE_FUNCS
        ):
            found.append((node.lineno, node.col_offset, f"func.{node.attr}"))
        elif (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith("sqlalchemy.dialects")
        ):
            names = {f"{node.module}.{alias.name}" for alias in node.names}
            if node.module.startswith(SQLITE_MODULE) or SQLITE_MODULE in names:
                found.append((node.lineno, node.col_offset, SQLITE_MODULE))
    return found


def dialect_outside_storage(root: Path = APP) -> list[str]:
    """`file:line word` for each SQLite-only word in a string literal, `func.<SQLite function>`
    or SQLite dialect import outside app/storage."""
    found = []
    for path in sorted(root.rglob("*.py")):
        if path.is_relative_to(root / "storage"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        hits = sorted(
            [
                *(
                    (line, hit.start(), hit.group(0))
                    for line, literal in _sql_literals(tree)
                    for hit in (*DIALECT.finditer(literal), *DIALECT_EXACT.finditer(literal))
                ),
                *_sqlite_code(tree),
            ]
        )
        found += [f"{path.relative_to(root.parent)}:{line} {word}" for line, _, word in hits]
    return found


def test_sqlite_only_sql_stays_in_storage() -> None:
    hits = dialect_outside_storage()
    assert hits == [], "move these behind a function in app/storage:\n" + "\n".join(hits)


def test_the_scan_sees_sql_and_skips_prose(tmp_path: Path) -> None:
    service = tmp_path / "app" / "services" / "demo_service.py"
    service.parent.mkdir(parents=True)
    (tmp_path / "app" / "storage").mkdir()
    (tmp_path / "app" / "storage" / "fine.py").write_text('Q = "PRAGMA quick_check"\n')
    service.write_text(
        '"""Docstrings may name PRAGMA, rowid and the FTS5 MATCH operator."""\n'
        'MESSAGE = "Row #{rowid} of table {table} is broken."\n'
        "def hits(c, kib):\n"
        '    """So may a function\'s: julianday(x)."""\n'
        '    c.exec_driver_sql(f"PRAGMA cache_size=-{kib}")\n'
        '    return "SELECT rowid FROM contact_fts WHERE contact_fts MATCH :q"\n'
        "stamp = moment.strftime('%Y')  # Python's strftime is no SQL\n"
        "AGE = \"julianday('now') - julianday(created_at)\"\n"
        "from sqlalchemy.dialects import sqlite\n"
        "TAGS = func.group_concat(tag.name)\n"
    )
    assert dialect_outside_storage(tmp_path / "app") == [
        "app/services/demo_service.py:5 PRAGMA",
        "app/services/demo_service.py:6 rowid",
        "app/services/demo_service.py:6 contact_fts",
        "app/services/demo_service.py:6 contact_fts",
        "app/services/demo_service.py:6 MATCH",
        "app/services/demo_service.py:8 julianday(",
        "app/services/demo_service.py:8 julianday(",
        "app/services/demo_service.py:9 sqlalchemy.dialects.sqlite",
        "app/services/demo_service.py:10 func.group_concat",
    ]
