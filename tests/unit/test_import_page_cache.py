"""An import's larger page cache is given back: the pooled connection keeps its own size."""

from __future__ import annotations

from pathlib import Path

from app.bootstrap import AppContext
from app.storage.engine import encrypted_cache_kib

from tests.unit.import_helpers import run_import


def _cache_size(ctx: AppContext) -> int:
    with ctx.db.read() as session:
        return int(session.connection().exec_driver_sql("PRAGMA cache_size").scalar() or 0)


def test_an_encrypted_connection_keeps_its_large_cache_after_an_import(
    ctx: AppContext, tmp_path: Path
) -> None:
    assert ctx.encrypted
    assert _cache_size(ctx) == -encrypted_cache_kib()
    path = tmp_path / "people.csv"
    path.write_text("First Name,Email\nAnna,anna@example.com\n", encoding="utf-8")
    assert run_import(ctx, path).created == 1
    assert _cache_size(ctx) == -encrypted_cache_kib()  # not SQLite's 2 MB default
