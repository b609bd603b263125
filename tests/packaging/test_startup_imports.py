"""Start-up imports only what the first frame needs (issue 24): the libraries of import, export,
charts, duplicates, calendars, sync and migrations load later, when something asks for them."""

from __future__ import annotations

import sys
from pathlib import Path

from app.bootstrap import build_context
from app.config.paths import AppPaths
from app.services.contacts import ContactDraft
from app.services.security import KeyRequest

from tests.bench.first_paint import modules_at_first_paint

# Libraries whose import alone costs tens of milliseconds (or megabytes) and that no part of
# the first frame uses.
NOT_BEFORE_FIRST_PAINT = (
    "alembic",
    "pyqtgraph",
    "numpy",
    "phonenumbers",
    "email_validator",
    "openpyxl",
    "vobject",
    "rapidfuzz",
    "icalendar",
    "holidays",
    "psycopg",
    "charset_normalizer",
)


def test_first_paint_imports_no_heavy_library(
    paths: AppPaths, db_path: Path, tmp_path: Path
) -> None:
    """A fresh process on an existing database with contacts (so the list paints rows, as for
    a person who has data): none of the libraries above is loaded when the main window's
    first frame has been painted."""
    ctx = build_context(db_path, paths=paths, keys=KeyRequest(plain=True))
    try:
        for first, last in (("Ada", "Lovelace"), ("Alan", "Turing")):
            ctx.contacts.create(
                ContactDraft(first_name=first, last_name=last, phone="+49 30 901820")
            )
    finally:
        ctx.close()
    loaded = modules_at_first_paint(sys.executable, tmp_path / "scratch", db_path)
    assert "app.ui.main_window" in loaded  # the listing is from the app's real first frame
    early = sorted(m for m in loaded if m.split(".")[0] in NOT_BEFORE_FIRST_PAINT)
    assert early == []
