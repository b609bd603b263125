"""Joining a hub from Settings ▸ Team with an empty database downloads the team's data behind a
progress dialog whose Cancel leaves the database as it was: not joined, nothing downloaded."""

# ruff: noqa: F811 - the hub fixtures are imported from tests/sync and named as parameters

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import psycopg
import pytest
from app.bootstrap import AppContext, build_context
from app.config.paths import AppPaths
from app.services.sync.engine import SyncService
from app.services.team import login_of
from app.storage.schema import head_revision
from app.ui.settings.team_page import TeamPage
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from tests.sync.conftest import (  # noqa: F401 - fixtures
    Hub,
    hub,
    laptop_template,
    new_laptop,
    pg_server,
)
from tests.ui.helpers import shown_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform


@pytest.fixture
def team_hub(
    hub: Hub,
    laptop_template: Path,
    tmp_path: Path,
    paths: AppPaths,
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[Hub, str]:
    """A hub holding a contact another copy uploaded, and the address to join it at."""
    url = hub.add_user("ann_cancel")
    monkeypatch.setenv("PGPASSFILE", str(hub.pgpass()))
    uploader = build_context(new_laptop(laptop_template, tmp_path / "up.db"), paths=paths)
    with uploader.db.write() as session:
        session.execute(
            text(
                "INSERT INTO contact (uid, created_at, updated_at, version, first_name, last_name,"
                " display_name, sort_name, search_phones, stage, source, custom) VALUES ('c-1', "
                "'2026-01-01', '2026-01-01', 1, 'Team', 'Mate', 'Team Mate', 'team mate', '', "
                "'lead', 'other', '{}')"
            )
        )
    SyncService(uploader.db, uploader.clock, head_revision()).sync(url)
    uploader.close()
    return hub, url


@pytest.fixture
def new_copy(laptop_template: Path, tmp_path: Path, paths: AppPaths) -> Iterator[AppContext]:
    ctx = build_context(new_laptop(laptop_template, tmp_path / "new.db"), paths=paths)
    yield ctx
    ctx.close()


def test_cancel_during_the_first_download_leaves_the_copy_not_joined(
    qtbot: QtBot,
    team_hub: tuple[Hub, str],
    new_copy: AppContext,
    fake_keyring: keyring.backend.KeyringBackend,
) -> None:
    hub, url = team_hub
    ctx = new_copy
    window = shown_window(qtbot, ctx)
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    page = next(p for p in dialog.pages if isinstance(p, TeamPage))
    dialog.show_page(dialog.pages.index(page))
    qtbot.keyClicks(page.address, login_of(url).address)
    qtbot.keyClicks(page.user, "ann_cancel")
    qtbot.keyClicks(page.password, hub.passwords["ann_cancel"])
    with psycopg.connect(hub.admin_url) as holder:  # the hub's log held: the download waits
        holder.execute("LOCK TABLE sync_change_log IN ACCESS EXCLUSIVE MODE")
        qtbot.mouseClick(page.join_button, Qt.MouseButton.LeftButton)
        progress = window.findChild(QProgressDialog, "operation_progress")
        assert progress is not None
        assert progress.isVisible()
        cancel = progress.findChild(QPushButton)
        assert cancel is not None
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        assert window.sync.busy
    qtbot.waitUntil(lambda: not window.sync.busy, timeout=30_000)

    assert not window.sync.joined
    assert page.join_button.isEnabled()
    assert ctx.contacts.count() == 0  # nothing downloaded, not half of it
    with ctx.db.read() as session:
        assert session.execute(text("SELECT hub_url, cursor FROM sync_state")).one() == (None, 0)
