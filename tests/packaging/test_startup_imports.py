"""Start-up imports only what the first frame needs (issue 24): SQLAlchemy and the ORM, and the
libraries of import, export, charts, duplicates, calendars, sync and migrations load later; the
main window follows the first frame."""

from __future__ import annotations

import sys
from pathlib import Path

from app.bootstrap import build_context
from app.config.paths import AppPaths
from app.services.contacts import ContactDraft
from app.services.security import KeyRequest

from tests.bench.first_paint import modules_at_first_paint, run_driver

# Libraries whose import alone costs tens of milliseconds (or megabytes) and that no part of
# the first frame uses.
NOT_BEFORE_FIRST_PAINT = (
    "sqlalchemy",  # with the ORM and the services, about as much as Python and Qt together
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


def _database_with_contacts(db_path: Path, paths: AppPaths) -> Path:
    """An existing database with contacts, so the list paints rows, as for a person with data."""
    ctx = build_context(db_path, paths=paths, keys=KeyRequest(plain=True))
    try:
        for first, last in (("Ada", "Lovelace"), ("Alan", "Turing")):
            ctx.contacts.create(
                ContactDraft(first_name=first, last_name=last, phone="+49 30 901820")
            )
    finally:
        ctx.close()
    return db_path


def test_first_paint_imports_no_heavy_library(
    paths: AppPaths, db_path: Path, tmp_path: Path
) -> None:
    """A fresh process on an existing database: none of the libraries above is loaded when the
    first frame (the window on the contact list's first page) has been painted."""
    database = _database_with_contacts(db_path, paths)
    loaded = modules_at_first_paint(sys.executable, tmp_path / "scratch", database)
    assert "app.ui.first_frame" in loaded  # the listing is from the app's real first frame
    early = sorted(m for m in loaded if m.split(".")[0] in NOT_BEFORE_FIRST_PAINT)
    assert early == []


def test_the_main_window_takes_the_first_frames_place(
    paths: AppPaths, db_path: Path, tmp_path: Path
) -> None:
    """The same start, left to settle: the real main window (with its panes) paints after the
    first frame, and no error dialog comes up in between (the driver fails on one)."""
    database = _database_with_contacts(db_path, paths)
    figures = run_driver(sys.executable, tmp_path / "scratch", database, settle=True)
    assert figures["main_window_paint"] > figures["first_paint"]
