"""The timeline widgets: lazy pages on scroll, filters with counts, expand, delete and undo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.services.contacts import ContactDraft
from app.services.timeline import TimelineFilter
from app.storage.models import Interaction
from app.storage.records import stamp_new
from app.ui.timeline.model import DayHeader, TimelineModel
from app.ui.timeline.view import ContactTimelineWidget, TimelinePane
from app.ui.timeline.wording import summary
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import text

T0 = datetime(2026, 2, 1, 12, 0, tzinfo=UTC)
# the offscreen platform says this whenever a bare widget is shown as a window
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _seed(ctx: AppContext, count: int) -> int:
    """`count` interactions for one contact, every third a phone call, one per hour."""
    anna = ctx.contacts.create(ContactDraft(first_name="Anna", last_name="Berg")).id
    with ctx.db.write() as session:
        for i in range(count):
            row = Interaction(
                contact_id=anna,
                occurred_at=T0 - timedelta(hours=i),
                channel="phone" if i % 3 == 0 else "email",
                direction="outbound",
                subject=f"Entry {i}",
                body=f"Full text of entry {i}\nwith https://example.com not followed",
            )
            stamp_new(row, T0)
            session.add(row)
    return anna


def test_model_pages_lazily_with_day_headers(ctx: AppContext, qtmodeltester: ModelTester) -> None:
    _seed(ctx, 30)
    model = TimelineModel(ctx.timeline, page_size=10)
    model.requery(TimelineFilter())
    assert model.entry_count() == 10
    assert model.canFetchMore()
    model.fetchMore()
    assert model.entry_count() == 20
    qtmodeltester.check(model)
    headers = [model.index(r).data() for r in range(model.rowCount()) if model.entry_at(r) is None]
    assert headers == sorted(set(headers), reverse=True)  # one header per day, newest first
    assert isinstance(model._rows[0], DayHeader)


def test_scrolling_fetches_more_rows(ctx: AppContext, qtbot: QtBot) -> None:
    _seed(ctx, 300)
    pane = TimelinePane(ctx)
    qtbot.addWidget(pane)
    pane.resize(900, 600)
    pane.show()
    qtbot.waitExposed(pane)
    view = pane.view
    first = view.model.entry_count()
    assert first == 60
    bar = view.list.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: view.model.entry_count() > first)
    assert view.sticky_header.isVisible()
    assert view.sticky_header.textFormat() == Qt.TextFormat.PlainText
    qtbot.waitUntil(lambda: view.counts_shown != {})


def test_channel_filter_and_counts(ctx: AppContext, qtbot: QtBot) -> None:
    _seed(ctx, 9)
    pane = TimelinePane(ctx)
    qtbot.addWidget(pane)
    view = pane.view
    qtbot.waitUntil(lambda: view.counts_shown == {"phone": 3, "email": 6})
    assert view.channel_buttons["phone"].text() == "Phone 3"
    view.channel_buttons["phone"].click()
    qtbot.waitUntil(lambda: view.counts_shown != {})
    channels = {
        view.model.entry_at(r).channel
        for r in range(view.model.rowCount())
        if view.model.entry_at(r)
    }
    assert channels == {"phone"}
    view.search_box.setText("Entry 3")
    qtbot.waitUntil(lambda: view.model.entry_count() == 1)
    view.until_box.setText("banana")
    view.until_box.editingFinished.emit()
    assert view.error_label.isVisibleTo(view)
    assert "banana" in view.error_label.text()


def test_contact_timeline_expand_delete_and_undo(ctx: AppContext, qtbot: QtBot) -> None:
    anna = _seed(ctx, 3)
    widget = ContactTimelineWidget(ctx, anna)
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    view = widget.view
    view.list.setFocus()
    view.list.setCurrentIndex(view.model.index(1))
    entry = view.selected_entry()
    assert entry is not None
    height = view.list.sizeHintForRow(1)
    qtbot.keyClick(view.list, Qt.Key.Key_Space)
    assert view.list.sizeHintForRow(1) > height  # the full text is shown
    qtbot.keyClick(view.list, Qt.Key.Key_Delete)
    assert entry.source_id not in {e.source_id for e in _entries(view)}
    assert view.undo_bar.isVisibleTo(widget)
    qtbot.keyClick(view.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert entry.source_id in {e.source_id for e in _entries(view)}
    assert not view.undo_bar.isVisibleTo(widget)
    qtbot.waitUntil(lambda: view.counts_shown != {})


def _entries(view):  # type: ignore[no-untyped-def]
    return [e for r in range(view.model.rowCount()) if (e := view.model.entry_at(r))]


@pytest.fixture(autouse=True)
def _drain_pool(qtbot: QtBot):  # type: ignore[no-untyped-def]
    """Background count tasks must finish before the test's database goes away."""
    yield
    from PySide6.QtCore import QThreadPool  # noqa: PLC0415

    QThreadPool.globalInstance().waitForDone()


def test_attach_file_to_selected_interaction(ctx: AppContext, qtbot: QtBot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    anna = _seed(ctx, 2)
    widget = ContactTimelineWidget(ctx, anna)
    qtbot.addWidget(widget)
    view = widget.view
    view.list.setCurrentIndex(view.model.index(1))
    entry = view.selected_entry()
    note = tmp_path / "notes.txt"
    note.write_text("hello")
    view.attach_file(note)
    (stored,) = ctx.attachments.for_interaction(entry.source_id)
    assert stored.file_name == "notes.txt"
    view.attach_file(tmp_path / "gone.txt")
    assert "cannot be read" in view.error_label.text()


def test_search_runs_in_a_worker_and_the_newest_query_wins(
    ctx: AppContext, qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    _seed(ctx, 40)
    pane = TimelinePane(ctx)
    qtbot.addWidget(pane)
    view = pane.view
    view.search_box.setText("entry 7")
    with qtbot.waitSignal(view.model.searching_changed, timeout=5000) as started:
        view.requery()
    assert started.args == [True]
    assert view.model.rowCount() == 0  # old rows are not left under a new search
    assert view.empty_label.message_label.text() == "Searching…"
    view.search_box.setText("entry 12")
    view.requery()  # interrupts the first search; its page must not land
    qtbot.waitUntil(lambda: not view.model.searching, timeout=5000)
    subjects = {summary(e) for r in range(view.model.rowCount()) if (e := view.model.entry_at(r))}
    assert subjects == {"Entry 12"}
    assert view.list.isVisibleTo(view)
    qtmodeltester.check(view.model)


def test_search_pages_load_in_a_worker_on_scroll(ctx: AppContext, qtbot: QtBot) -> None:
    _seed(ctx, 30)
    model = TimelineModel(ctx.timeline, page_size=10, first_page=10)
    model.requery(TimelineFilter(text="full text"))
    qtbot.waitUntil(lambda: model.entry_count() == 10, timeout=5000)
    assert model.canFetchMore()
    model.fetchMore()
    assert not model.canFetchMore()  # one page at a time
    qtbot.waitUntil(lambda: model.entry_count() == 20, timeout=5000)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.entry_count() == 30, timeout=5000)


class _Opened(QObject):
    """Stands in for the desktop: records the file URLs the app asks it to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toLocalFile())


def test_open_attachments_never_hands_a_path_from_the_data_to_the_desktop(  # type: ignore[no-untyped-def]
    ctx: AppContext, qtbot: QtBot, tmp_path
) -> None:
    anna = _seed(ctx, 1)
    widget = ContactTimelineWidget(ctx, anna)
    qtbot.addWidget(widget)
    view = widget.view
    view.list.setCurrentIndex(view.model.index(1))
    note = tmp_path / "notes.txt"
    note.write_text("hello")
    view.attach_file(note)
    with ctx.db.write() as session:  # a second record whose hash is a path (a hostile import)
        session.execute(
            text(
                "INSERT INTO attachment (uid, created_at, updated_at, version, interaction_id, "
                "file_name, sha256, size_bytes) SELECT 'aaaaaaaa-0000-4000-8000-000000000000', "
                "created_at, updated_at, 1, interaction_id, 'passwd', '../../../etc/passwd', 1 "
                "FROM attachment"
            )
        )
    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        view.open_attachments()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    folder = ctx.attachments.folder.resolve()
    assert len(opened.urls) == 1
    assert Path(opened.urls[0]).is_relative_to(folder)
    assert "does not name a stored file" in view.error_label.text()
