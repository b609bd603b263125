"""What an import changes for its own sake is given back: the pooled connection keeps its own
page cache size, the process its garbage collector's generations and thresholds; and a CSV
import loads no workbook or vCard library."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.services.import_export.parallel import BULK_THRESHOLDS
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


def test_the_heap_set_aside_during_an_import_is_given_back(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """During the import the older objects are frozen (out of the collector's way) and the
    collector runs rarely; after it they are not, the thresholds are the process's own again,
    and a heap the process froze itself (the GUI's) stays frozen."""
    from app.services.import_export import importer  # noqa: PLC0415

    seen: list[int] = []
    thresholds: list[tuple[int, int, int]] = []
    place = importer._ContactWriter._place

    def noting(writer: importer._ContactWriter, data: importer.ContactData) -> bool:
        seen.append(gc.get_freeze_count())
        thresholds.append(gc.get_threshold())
        return place(writer, data)

    monkeypatch.setattr(importer._ContactWriter, "_place", noting)
    path = tmp_path / "people.csv"
    path.write_text("First Name,Email\nAnna,anna@example.com\n", encoding="utf-8")
    gc.unfreeze()  # a heap an earlier test froze (a window's start-up, a sync) is not ours
    before = gc.get_threshold()
    assert run_import(ctx, path).created == 1
    assert seen[0] > 0
    assert thresholds[0] == BULK_THRESHOLDS != before
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before
    gc.freeze()
    try:
        path.write_text("First Name,Email\nBob,bob@example.com\n", encoding="utf-8")
        assert run_import(ctx, path).created == 1
        assert gc.get_freeze_count() > 0  # not given back to the collector by the import
    finally:
        gc.unfreeze()


def test_a_csv_import_loads_no_workbook_or_vcard_library(tmp_path: Path) -> None:
    """openpyxl (with numpy) and vobject took a fifth of a second to load before every import;
    a CSV needs neither (a fresh process, as the command line runs an import)."""
    path = tmp_path / "people.csv"
    path.write_text("First Name,Email\nAnna,anna@example.com\n", encoding="utf-8")
    script = (
        "import sys\n"
        "from app.cli import main\n"
        f"code = main(['--db', {str(tmp_path / 'a.db')!r}, 'import', '--plain', {str(path)!r}])\n"
        "print(code, sorted(m for m in ('openpyxl', 'vobject', 'numpy') if m in sys.modules))\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert shown.splitlines()[-1] == "0 []"
