"""Screenshots for the user guide: `make screenshots` (or `python tools/screenshots.py OUT`).

Builds the small sample database in a temporary home, opens the main window offscreen at
1280x800, shows each pane with data and saves a PNG per pane, theme (light, dark) and language
(English, German) into OUT (docs/images), in the app's own light and dark themes (Qt's Fusion
style). PNGs are reduced to 256 colours: the guide's images stay small in the repository and are
regenerated whenever the UI changes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.bootstrap import AppContext, build_context
from app.config.paths import HOME_ENV, AppPaths
from app.domain.clock import FixedClock
from app.services.demo import DemoSize, generate
from app.services.security import KeyRequest
from app.ui.application import application
from app.ui.i18n import apply_language
from app.ui.main_window import MainWindow
from app.ui.theme import ThemeChoice, apply_theme
from PySide6.QtCore import QCoreApplication, QElapsedTimer
from PySide6.QtWidgets import QWidget

SIZE = (1280, 800)
ANCHOR = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)  # a fixed "today": the same data every run
LANGUAGES = ("en", "de")
THEMES = (ThemeChoice.LIGHT, ThemeChoice.DARK)
PANES = ("contacts", "timeline", "complaints", "tasks", "dashboard")


def wait_until(done: Callable[[], bool], timeout_ms: int = 60_000) -> None:
    """Process events until `done()` (background work finished) or the time is up."""
    timer = QElapsedTimer()
    timer.start()
    while not done() and timer.elapsed() < timeout_ms:
        QCoreApplication.processEvents()
    QCoreApplication.processEvents()


def settle(ms: int = 800) -> None:
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < ms:
        QCoreApplication.processEvents()


def sample_context(home: Path) -> AppContext:
    """A plain sample database in `home`, its clock fixed at ANCHOR."""
    os.environ[HOME_ENV] = str(home)
    paths = AppPaths.from_environment()
    ctx = build_context(
        paths.data_dir / "guide.db",
        paths=paths,
        clock=FixedClock(ANCHOR),
        keys=KeyRequest(plain=True),
    )
    generate(ctx.db, ctx.audit, DemoSize.SMALL, anchor=ANCHOR.date())
    return ctx


def prepare(window: MainWindow, key: str) -> None:
    """Show pane `key` the way the guide describes it: a row selected, figures computed."""
    window.show_pane(key)
    pane = window.pane(key)
    settle()
    select = getattr(getattr(pane, "table", None), "selectRow", None)
    if key in ("contacts", "complaints") and callable(select):
        select(0)
    if key == "dashboard":
        wait_until(lambda: not getattr(pane, "busy", False))
    settle()


def save(widget: QWidget, path: Path) -> None:
    """The widget as a PNG, reduced to an optimised 256-colour palette when ImageMagick is
    installed (Qt's own 8-bit conversion uses a fixed palette that shifts dark greys)."""
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"Could not write {path}")
    convert = shutil.which("convert")
    if convert:
        subprocess.run(  # noqa: S603 - ImageMagick on our own file
            [convert, str(path), "-strip", "-dither", "None", "-colors", "256", f"PNG8:{path}"],
            check=True,
        )


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    app.setStyle("Fusion")
    # A fixed folder, not a random one: its path shows in the status bar of every picture.
    home = Path(tempfile.gettempdir()) / "rapport-guide"
    shutil.rmtree(home, ignore_errors=True)
    ctx = sample_context(home)
    try:
        for theme in THEMES:
            apply_theme(theme)
            for code in LANGUAGES:
                apply_language(code)
                window = MainWindow(ctx)
                window.resize(*SIZE)
                window.show()
                for key in PANES:
                    prepare(window, key)
                    path = out / f"{key}-{code}-{theme.value}.png"
                    save(window, path)
                    print(f"{path} {path.stat().st_size // 1024} KB", flush=True)
                window.close()
                window.deleteLater()
    finally:
        ctx.close()
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")))
