"""The first frame start-up paints before the ORM is loaded (issue 24): the contact list's first
page as the list itself orders it, and no first frame where the file needs the full path."""

from __future__ import annotations

from pathlib import Path

import keyring
from app.bootstrap import AppContext
from app.config.ui_prefs import UiPrefs
from app.domain.contact_query import ContactFilter
from app.domain.enums import LifecycleStage
from app.services.contacts import ContactDraft
from app.storage.engine import connect_raw, encrypted_uid
from app.storage.first_page import read_first_page
from app.ui.first_frame import FIRST_PAGE, first_frame
from app.ui.i18n import enum_label
from PySide6.QtCore import QAbstractItemModel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.fake_keyring import FakeKeyring

PEOPLE = (
    ("Zoe", "Adams", "Acme Ltd", LifecycleStage.CUSTOMER),
    ("Ada", "Lovelace", "", LifecycleStage.LEAD),
    ("Alan", "Turing", "Bletchley Park", LifecycleStage.LOYAL),
)


def _with_people(ctx: AppContext) -> None:
    for first, last, company, stage in PEOPLE:
        ctx.contacts.create(
            ContactDraft(first_name=first, last_name=last, company=company, stage=stage)
        )


def _column(model: QAbstractItemModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_first_frame_shows_the_lists_first_page_in_its_order(
    qtbot: QtBot, ctx: AppContext, db_path: Path, qtmodeltester: ModelTester
) -> None:
    """An encrypted file whose key is in the keychain (the usual case) paints its rows."""
    _with_people(ctx)
    frame = first_frame(db_path, UiPrefs())
    assert frame is not None
    qtbot.addWidget(frame)
    frame.show()
    qtbot.waitExposed(frame)
    model = frame.table.model()
    qtmodeltester.check(model)
    ids = ctx.contacts.list_first_ids(ContactFilter(), FIRST_PAGE)
    assert ids is not None
    listed = ctx.contacts.list_rows(ids)
    assert _column(model, 0) == [listed[i].display_name for i in ids]
    assert _column(model, 1) == [listed[i].company for i in ids]
    assert _column(model, 5) == [enum_label(listed[i].stage) for i in ids]


def test_encrypted_file_without_its_key_takes_the_full_path(
    ctx: AppContext, db_path: Path, fake_keyring: FakeKeyring
) -> None:
    """No key in the keychain: the full start-up asks for the passphrase, so no first frame."""
    _with_people(ctx)
    uid = encrypted_uid(db_path)
    assert uid is not None
    assert read_first_page(db_path, FIRST_PAGE) is not None
    keyring.delete_password("Rapport", uid)
    assert read_first_page(db_path, FIRST_PAGE) is None


def test_a_file_to_migrate_a_new_file_or_another_pane_take_the_full_path(
    ctx: AppContext, db_path: Path, tmp_path: Path
) -> None:
    _with_people(ctx)
    assert first_frame(db_path, UiPrefs(last_pane="dashboard")) is None
    assert first_frame(tmp_path / "new.db", UiPrefs()) is None
    assert first_frame(None, UiPrefs()) is None  # a server URL
    connection = connect_raw(db_path, ctx.db.key)
    try:
        connection.execute("UPDATE alembic_version SET version_num = '0014'")
    finally:
        connection.close()
    assert read_first_page(db_path, FIRST_PAGE) is None


def test_a_first_run_opens_inside_a_screen_smaller_than_the_default(
    qtbot: QtBot, ctx: AppContext, db_path: Path
) -> None:
    """No layout remembered: 1280 x 800, cut to the screen's free area when that is smaller."""
    _with_people(ctx)
    frame = first_frame(db_path, UiPrefs())
    assert frame is not None
    qtbot.addWidget(frame)
    screen = frame.screen()
    assert screen is not None
    free = screen.availableGeometry().size()
    assert free.width() < 1280 or free.height() < 800  # the test screen is the small one
    assert frame.width() <= free.width()
    assert frame.height() <= free.height()
    assert (frame.width(), frame.height()) == (min(1280, free.width()), min(800, free.height()))
