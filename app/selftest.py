"""`rapport --self-test`: prove this installation works, on a temporary database, offscreen.

The packaged build's smoke test calls it: migrate, round-trip a contact, render the main window.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from app.config.paths import AppPaths
from app.domain.errors import UserError


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

    steps: list[str] = []
    from app.services.security import KeyRequest  # noqa: PLC0415

    # plain: a throwaway file must leave no entry in the person's keychain
    ctx = build_context(paths.data_dir / "selftest.db", paths=paths, keys=KeyRequest(plain=True))
    try:
        steps.append(f"database created and migrated to schema {ctx.schema.revision}")
        created = ctx.contacts.create(ContactDraft("Self", "Test", email="self.test@example.com"))
        ctx.contacts.update(created.id, ContactDraft("Self", "Tested", email=created.email or ""))
        again = ctx.contacts.get(created.id)
        if again.display_name != "Self Tested" or again.version != 2:
            raise UserError("The contact read back does not match what was written.")
        steps.append("contact written, updated and read back")
        steps.append(_render_main_window(ctx))
    finally:
        ctx.close()
    return steps


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
