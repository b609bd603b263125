"""`rapport --self-test`: prove this installation works, on a temporary database, offscreen.

The packaged build's smoke test calls it: migrate, round-trip a contact, render the main window,
draw the dashboard on a small demo database and find duplicates in it. The last two load what
only those features import (pyqtgraph, numpy, rapidfuzz), so a build that cut too much fails here.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from app.config.paths import AppPaths
from app.domain.errors import QT_TRANSLATE_NOOP, UserError
from app.domain.progress import never_cancelled, no_progress

if TYPE_CHECKING:
    from app.bootstrap import AppContext
    from app.services.security import KeyRequest

DASHBOARD_TIMEOUT_S = 120.0  # the small demo's figures take well under a second; CI is shared


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="rapport-selftest-") as tmp:
        root = Path(tmp)
        paths = AppPaths(root / "data", root / "config", root / "logs")
        try:
            steps = _run_steps(paths)
        except UserError as exc:
            print(f"self-test FAILED: {exc}", file=sys.stderr)
            return 1
    for step in steps:
        print(f"ok  {step}")
    print("self-test passed")
    return 0


def _run_steps(paths: AppPaths) -> list[str]:
    from app.bootstrap import build_context  # noqa: PLC0415
    from app.services.contacts import ContactDraft  # noqa: PLC0415

    database = paths.data_dir / "selftest.db"
    keys = _throwaway_keys()
    steps = [_keychain_report()]
    ctx = build_context(database, paths=paths, keys=keys)
    try:
        if not ctx.encrypted or database.read_bytes()[:16] == b"SQLite format 3\x00":
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "The self-test database was not encrypted.")
            )
        steps.append(f"encrypted database created and migrated to schema {ctx.schema.revision}")
        created = ctx.contacts.create(ContactDraft("Self", "Test", email="self.test@example.com"))
        ctx.contacts.update(created.id, ContactDraft("Self", "Tested", email=created.email or ""))
        again = ctx.contacts.get(created.id)
        if again.display_name != "Self Tested" or again.version != 2:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The contact read back does not match what was written."
                )
            )
        steps.append("contact written, updated and read back")
        steps.append(_render_main_window(ctx))
        steps.append(_check_icu())
    finally:
        ctx.close()
    reopened = build_context(database, paths=paths, keys=keys)
    try:
        if reopened.contacts.count() != 1:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "UserError", "The encrypted database did not reopen with its key."
                )
            )
        steps.append("encrypted database reopened with its key")
        steps += _demo_features(reopened)
    finally:
        reopened.close()
    return steps


def _demo_features(ctx: AppContext) -> list[str]:
    """Fill the database with the small demo, then draw the dashboard and find duplicates."""
    from app.services.demo import DemoSize, generate  # noqa: PLC0415

    generate(ctx.db, ctx.audit, DemoSize.SMALL, force=True)
    pairs = ctx.duplicates.find_pairs(no_progress, never_cancelled)
    return [
        _render_dashboard(ctx),
        f"duplicate search ran on the demo contacts ({len(pairs)} likely pairs)",
    ]


def _throwaway_keys() -> KeyRequest:
    """A random passphrase that never reaches the person's keychain."""
    import secrets  # noqa: PLC0415

    from app.services.security import KeyRequest  # noqa: PLC0415

    passphrase = secrets.token_urlsafe(24)
    return KeyRequest(lambda _reason, _path: passphrase, use_keychain=False)


def _keychain_report() -> str:
    """Which keyring backend this machine has, and whether new databases can keep keys in it."""
    import keyring  # noqa: PLC0415

    from app.services.security import keychain_usable  # noqa: PLC0415

    backend = type(keyring.get_keyring())
    where = f"{backend.__module__}.{backend.__name__}"
    if keychain_usable():
        return f"keyring backend {where}: usable, keys are kept in the system keychain"
    return f"keyring backend {where}: not usable, new databases ask for a passphrase instead"


def _check_icu() -> str:
    """Qt's ICU data (trimmed in the Linux build, packaging/icu.py) still sorts and names zones.

    Without collation data "a" would sort after "B" (code point order); without zone data the
    name would be "GMT+01:00".
    """
    from PySide6.QtCore import QByteArray, QCollator, QLocale, QTimeZone  # noqa: PLC0415

    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    zone = QTimeZone(QByteArray(b"Europe/Berlin")).displayName(
        QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, english
    )
    if QCollator(english).compare("a", "B") >= 0 or zone != "Central European Standard Time":
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "Qt's Unicode data (ICU) is incomplete: zone name {zone!r}."
            ),
            zone=zone,
        )
    return "Unicode collation and time-zone names (ICU) work"


def _render_dashboard(ctx: AppContext) -> str:
    """Build the dashboard pane offscreen and wait for its figures: every chart must draw."""
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

    from app.ui.application import application  # noqa: PLC0415
    from app.ui.dashboard.view import DashboardPane  # noqa: PLC0415

    application()
    pane = DashboardPane(ctx)
    pane.resize(1280, 800)
    deadline = time.monotonic() + DASHBOARD_TIMEOUT_S
    while pane.busy and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    board, status = pane.board, pane.status.text()
    drawn = [card for card in pane.cards.values() if card.has_plot]
    image = pane.grab()
    pane.close()
    pane.deleteLater()
    if board is None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The dashboard was not computed: {status}"),
            status=status or "no answer in time",
        )
    if len(drawn) != len(pane.cards) or image.isNull():
        missing = sorted(set(pane.cards) - {card.key for card in drawn})
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "The dashboard charts {charts} drew nothing."),
            charts=", ".join(missing),
        )
    return f"dashboard drawn on the small demo database ({len(drawn)} charts)"


def _render_main_window(ctx: AppContext) -> str:
    from app.ui.application import application  # noqa: PLC0415
    from app.ui.main_window import MainWindow  # noqa: PLC0415

    application()
    window = MainWindow(ctx)
    window.resize(1280, 800)
    image = window.grab()
    window.close()
    window.deleteLater()
    if image.isNull() or image.width() < 800:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The main window could not be rendered."))
    return (
        f"main window rendered ({image.width()}x{image.height()}, {os.environ['QT_QPA_PLATFORM']})"
    )
