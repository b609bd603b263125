"""`rapport --self-test`: prove this installation works, on a temporary database, offscreen.

The packaged build's smoke test calls it: migrate, round-trip a contact, render the main window.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from app.config.paths import AppPaths
from app.domain.errors import UserError

if TYPE_CHECKING:
    from app.services.security import KeyRequest


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
            raise UserError("The self-test database was not encrypted.")
        steps.append(f"encrypted database created and migrated to schema {ctx.schema.revision}")
        created = ctx.contacts.create(ContactDraft("Self", "Test", email="self.test@example.com"))
        ctx.contacts.update(created.id, ContactDraft("Self", "Tested", email=created.email or ""))
        again = ctx.contacts.get(created.id)
        if again.display_name != "Self Tested" or again.version != 2:
            raise UserError("The contact read back does not match what was written.")
        steps.append("contact written, updated and read back")
        steps.append(_render_main_window(ctx))
    finally:
        ctx.close()
    reopened = build_context(database, paths=paths, keys=keys)
    try:
        if reopened.contacts.count() != 1:
            raise UserError("The encrypted database did not reopen with its key.")
    finally:
        reopened.close()
    steps.append("encrypted database reopened with its key")
    return steps


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


def _render_main_window(ctx: object) -> str:
    from app.bootstrap import AppContext  # noqa: PLC0415
    from app.ui.application import application  # noqa: PLC0415
    from app.ui.main_window import MainWindow  # noqa: PLC0415

    assert isinstance(ctx, AppContext)  # noqa: S101 - narrowing for the type checker
    application()
    window = MainWindow(ctx)
    window.resize(1280, 800)
    image = window.grab()
    window.close()
    window.deleteLater()
    if image.isNull() or image.width() < 800:
        raise UserError("The main window could not be rendered.")
    return (
        f"main window rendered ({image.width()}x{image.height()}, {os.environ['QT_QPA_PLATFORM']})"
    )
