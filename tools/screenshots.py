"""Screenshots for the user guide: `make screenshots` (or `python tools/screenshots.py OUT
[--only panes|team]`).

Builds the small sample database in a temporary home, opens the main window offscreen at
1280x800, shows each pane with data and saves a PNG per pane, theme (light, dark) and language
(English, German) into OUT (docs/images), in the app's own light and dark themes (Qt's Fusion
style). PNGs are reduced to 256 colours: the guide's images stay small in the repository and are
regenerated whenever the UI changes.

The "Working as a team" pictures (team-*.png) need a hub: a throwaway PostgreSQL started the way
the sync tests start theirs (tests/sync/pg_server.py: `initdb` as the `postgres` user, a Unix
socket in a temporary folder), stopped at the end. The sample database joins it as the owner
(anna, admin), a second database as a field manager (ben, member), and both edit the same
customer to make real conflicts. Without PostgreSQL these pictures are skipped with one line
saying why; the others are made all the same. The Team page shows an example address in place
of the throwaway server's socket folder, and the conflicts the fixed "today" in place of the
hub's clock, so the pictures stay the same from run to run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
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
from app.ui.settings.dialog import SettingsDialog
from app.ui.settings.team_page import TeamPage
from app.ui.sync.conflicts import open_conflicts
from app.ui.theme import ThemeChoice, apply_theme
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QRect
from PySide6.QtWidgets import QWidget
from tests.sync.pg_server import server_bin, start_server

SIZE = (1280, 800)
ANCHOR = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)  # a fixed "today": the same data every run
LANGUAGES = ("en", "de")
THEMES = (ThemeChoice.LIGHT, ThemeChoice.DARK)
PANES = ("contacts", "timeline", "complaints", "tasks", "dashboard")
STATUS_WIDTH = 480  # the status bar's right end, where the sync indicator sits
TEAM = {"anna": "admin", "ben": "member"}  # the owner, who set the hub up, and a field manager
SHOWN_ADDRESS = "postgresql://hub.example.com/rapport?sslmode=verify-full"
# The customer both of them edit while apart, field by field: (the owner's value, ben's value).
RIVAL_EDITS = {"city": ("Köln", "Bonn"), "job_title": ("Head of Purchasing", "Buyer")}


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


def sample_context(home: Path, clock: FixedClock) -> AppContext:
    """A plain sample database in `home`, on `clock` (fixed at ANCHOR)."""
    os.environ[HOME_ENV] = str(home)
    paths = AppPaths.from_environment()
    ctx = build_context(
        paths.data_dir / "guide.db",
        paths=paths,
        clock=clock,
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


def save(widget: QWidget, path: Path, part: QRect | None = None) -> None:
    """The widget (or a `part` of it) as a PNG, reduced to an optimised 256-colour palette when
    ImageMagick is installed (Qt's own 8-bit conversion uses a fixed palette that shifts dark
    greys)."""
    picture = widget.grab() if part is None else widget.grab(part)
    if not picture.save(str(path), "PNG"):
        raise OSError(f"Could not write {path}")
    convert = shutil.which("convert")
    if convert:
        subprocess.run(  # noqa: S603 - ImageMagick on our own file
            [convert, str(path), "-strip", "-dither", "None", "-colors", "256", f"PNG8:{path}"],
            check=True,
        )


def saved(widget: QWidget, out: Path, name: str, part: QRect | None = None) -> None:
    path = out / f"{name}.png"
    save(widget, path, part)
    print(f"{path} {path.stat().st_size // 1024} KB", flush=True)


def each_look(ctx: AppContext, shoot: Callable[[MainWindow, str], None]) -> None:
    """`shoot(window, "LANGUAGE-THEME")` on a fresh main window in every theme and language."""
    for theme in THEMES:
        apply_theme(theme)
        for code in LANGUAGES:
            apply_language(code)
            window = MainWindow(ctx)
            window.resize(*SIZE)
            # no background sync: the pictures show one moment (any write, the automation
            # sweeper's too, would start the after-write timer again)
            for timer in (window.sync.interval, window.sync.soon):
                timer.stop()
                timer.timeout.disconnect()
            window.show()
            shoot(window, f"{code}-{theme.value}")
            window.close()
            window.deleteLater()


def pane_pictures(ctx: AppContext, out: Path) -> None:
    def shoot(window: MainWindow, look: str) -> None:
        for key in PANES:
            prepare(window, key)
            saved(window, out, f"{key}-{look}")

    each_look(ctx, shoot)


# -- working as a team ------------------------------------------------------------------------


def team_unavailable() -> str | None:
    """Why the team pictures cannot be made on this computer, or None when they can."""
    if server_bin() is None:
        return "PostgreSQL is not installed (apt-get install postgresql)"
    try:
        import psycopg  # noqa: F401, PLC0415 - loads PostgreSQL's client library
    except ImportError as exc:
        return f"PostgreSQL's client library cannot be loaded ({exc})"
    return None


@contextmanager
def throwaway_hub() -> Iterator[dict[str, str]]:
    """A hub on a throwaway PostgreSQL with TEAM's logins: each user's URL. Passwords reach
    libpq through a .pgpass file; the keychain is neither read nor written meanwhile."""
    import keyring  # noqa: PLC0415
    import psycopg  # noqa: PLC0415
    from app.services.sync import hub  # noqa: PLC0415
    from app.storage.schema import head_revision  # noqa: PLC0415
    from keyring.backends.null import Keyring as NoKeychain  # noqa: PLC0415

    server = start_server()
    kept = keyring.get_keyring(), os.environ.get("PGPASSFILE")
    try:
        passwords = {user: f"{user}, for the guide's pictures only" for user in TEAM}
        os.environ["PGPASSFILE"] = str(server.pgpass(passwords))
        keyring.set_keyring(NoKeychain())  # type: ignore[no-untyped-call]
        with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
            conn.execute("CREATE DATABASE rapport")
        owner = server.url("rapport")
        hub.init_hub(owner, head_revision())
        for user, role in TEAM.items():
            hub.add_user(owner, user, role, passwords[user])
        yield {user: server.url("rapport", user) for user in TEAM}
    finally:
        keyring.set_keyring(kept[0])
        if kept[1] is None:
            os.environ.pop("PGPASSFILE", None)
        else:
            os.environ["PGPASSFILE"] = kept[1]
        server.stop()


def sync(ctx: AppContext, url: str | None = None) -> None:
    from app.services.sync.engine import SyncService  # noqa: PLC0415

    SyncService(ctx.db, ctx.clock, ctx.schema.revision).sync(url)


def run_sql(ctx: AppContext, statement: str, *params: object) -> list[tuple[object, ...]]:
    with ctx.db.write() as session:
        rows = session.connection().exec_driver_sql(statement, params)
        return [tuple(row) for row in rows] if rows.returns_rows else []


def edit_fields(ctx: AppContext, uid: str, values: dict[str, str]) -> None:
    """Fields of one contact changed, each captured for sync like any edit (the contact form
    would write every field of the contact, not just these)."""
    for field, value in values.items():
        run_sql(
            ctx,
            f"UPDATE contact SET {field} = ?, version = version + 1 WHERE uid = ?",  # noqa: S608
            value,
            uid,
        )


def make_conflicts(owner: AppContext, clock: FixedClock, urls: dict[str, str]) -> None:
    """The field manager's laptop joins, both edit one customer while apart, both sync: the
    owner's copy then holds ben's rival edits as conflicts (recorded at the fixed "today")."""
    ben = build_context(
        owner.paths.data_dir / "ben.db",
        paths=owner.paths,
        clock=FixedClock(clock.now()),
        keys=KeyRequest(plain=True),
    )
    try:
        sync(ben, urls["ben"])  # a new, empty database: the first sync downloads the team's
        [(uid,)] = run_sql(
            owner,
            "SELECT uid FROM contact WHERE deleted_at IS NULL AND erased_at IS NULL "
            "ORDER BY sort_name LIMIT 1",
        )
        edit_fields(owner, str(uid), {field: mine for field, (mine, _) in RIVAL_EDITS.items()})
        sync(owner)
        edit_fields(ben, str(uid), {field: his for field, (_, his) in RIVAL_EDITS.items()})
        sync(ben)
        sync(owner)
    finally:
        ben.close()
    # the hub stamps a conflict with its own clock; the pictures show the fixed "today"
    run_sql(owner, "UPDATE sync_conflict SET at = ?", f"{ANCHOR.date()} 09:46:00")
    [(made,)] = run_sql(owner, "SELECT count(*) FROM sync_conflict WHERE resolved = 0")
    if made != len(RIVAL_EDITS):  # a rival value equal to the sample's own is no edit at all
        raise RuntimeError(f"{made} conflicts instead of {len(RIVAL_EDITS)}: change RIVAL_EDITS")


def team_page_picture(window: MainWindow, out: Path, name: str) -> None:
    """Settings ▸ Team once joined, after Test Connection answered."""
    dialog = SettingsDialog(window.settings_context(), window)
    page = next(p for p in dialog.pages if isinstance(p, TeamPage))
    dialog.show_page(dialog.pages.index(page))
    dialog.show()
    settle()
    page.address.setText(SHOWN_ADDRESS)
    asking = page.tr("Asking the hub…")
    page.test_button.click()
    wait_until(lambda: page.state_label.text() != asking)
    settle(300)
    saved(dialog, out, name)
    dialog.close()
    dialog.deleteLater()


def team_pictures(ctx: AppContext, clock: FixedClock, out: Path) -> None:
    """Settings ▸ Team and the status bar once joined; then the conflicts two people made."""
    with throwaway_hub() as urls:
        sync(ctx, urls["anna"])  # the owner's file, holding the sample data, goes up
        clock.advance(timedelta(minutes=2))  # "Synced 2 min ago"

        def joined(window: MainWindow, look: str) -> None:
            prepare(window, "contacts")
            team_page_picture(window, out, f"team-settings-{look}")
            bar = window.statusBar()
            right_end = QRect(bar.width() - STATUS_WIDTH, 0, STATUS_WIDTH, bar.height())
            saved(bar, out, f"team-status-{look}", right_end)

        each_look(ctx, joined)
        make_conflicts(ctx, clock, urls)

        def conflicts(window: MainWindow, look: str) -> None:
            prepare(window, "contacts")
            review = open_conflicts(window.sync, window)
            settle()
            saved(review, out, f"team-conflicts-{look}")
            review.close()

        each_look(ctx, conflicts)


def main(out: Path, only: str | None = None) -> int:
    """Every picture into `out`, or `only` the panes' or the team's."""
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    app.setStyle("Fusion")
    # A fixed folder, not a random one: its path shows in the status bar of every picture.
    home = Path(tempfile.gettempdir()) / "rapport-guide"
    shutil.rmtree(home, ignore_errors=True)
    clock = FixedClock(ANCHOR)
    ctx = sample_context(home, clock)
    try:
        if only != "team":
            pane_pictures(ctx, out)
        reason = team_unavailable()
        if only != "panes" and reason is None:
            team_pictures(ctx, clock, out)
        elif only != "panes":
            print(f"Skipped the team pictures (team-*.png): {reason}.", flush=True)
    finally:
        ctx.close()
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="The user guide's pictures.")
    parser.add_argument("out", nargs="?", type=Path, default=Path("docs/images"))
    parser.add_argument("--only", choices=("panes", "team"), help="make only these pictures")
    options = parser.parse_args()
    sys.exit(main(options.out, options.only))
