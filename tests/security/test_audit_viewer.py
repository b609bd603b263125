"""The audit log viewer: its filters by action, entity and date narrow the list in SQL, and the
lazily paged model passes Qt's model tester."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from app.bootstrap import AppContext
from app.domain.clock import FixedClock
from app.domain.enums import Channel, Priority
from app.services.complaints import ComplaintDraft
from app.services.contacts import ContactDraft
from app.ui.audit.view import PAGE, RECORD_COLUMN, AuditLogDialog, AuditLogView
from PySide6.QtCore import QDate, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

DAY_ONE = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def _record(ctx: AppContext, clock: FixedClock, at: datetime, action: str, entity: str) -> None:
    clock.set(at)
    with ctx.db.write() as session:
        ctx.audit.record(session, action, entity, None, "test")


def _seed(ctx: AppContext, clock: FixedClock) -> None:
    """Day one: two contact edits and a setting; day two: a contact edit; day five: an erasure."""
    _record(ctx, clock, DAY_ONE, "test.edit", "contact")
    _record(ctx, clock, DAY_ONE + timedelta(minutes=5), "test.edit", "contact")
    _record(ctx, clock, DAY_ONE + timedelta(minutes=9), "test.edit", "setting")
    _record(ctx, clock, DAY_ONE + timedelta(days=1), "test.edit", "contact")
    _record(ctx, clock, DAY_ONE + timedelta(days=4), "test.erase", "contact")


def _choose(box: object, value: str) -> None:
    index = box.findData(value)  # type: ignore[attr-defined]
    assert index >= 0, value
    box.setCurrentIndex(index)  # type: ignore[attr-defined]


def _rows(view: AuditLogView) -> list[tuple[str, str]]:
    model = view.model
    return [
        (str(model.index(row, 1).data()), str(model.index(row, 2).data()))
        for row in range(model.rowCount())
    ]


def _only_test_rows(view: AuditLogView) -> list[tuple[str, str]]:
    return [row for row in _rows(view) if row[0].startswith("test.")]


def test_filters_narrow_by_action_entity_and_date(
    qtbot: QtBot, ctx: AppContext, clock: FixedClock
) -> None:
    _seed(ctx, clock)
    view = AuditLogView(ctx)
    qtbot.addWidget(view)
    assert view.until_edit.date() == QDate(2026, 3, 6)  # today by the app's clock
    assert len(_only_test_rows(view)) == 5
    _choose(view.action_box, "test.edit")
    assert _rows(view) == [  # newest first
        ("test.edit", "Contact"),
        ("test.edit", "Setting"),
        ("test.edit", "Contact"),
        ("test.edit", "Contact"),
    ]
    _choose(view.entity_box, "contact")
    assert _rows(view) == [("test.edit", "Contact")] * 3
    view.since_edit.setDate(QDate(2026, 3, 2))
    view.until_edit.setDate(QDate(2026, 3, 2))
    assert _rows(view) == [("test.edit", "Contact")] * 2
    assert view.count_label.text() == "2 entries"
    view.since_edit.setDate(QDate(2026, 3, 3))
    view.until_edit.setDate(QDate(2026, 3, 6))
    assert _rows(view) == [("test.edit", "Contact")]
    _choose(view.action_box, "")  # all actions again
    assert _rows(view) == [("test.erase", "Contact"), ("test.edit", "Contact")]
    _choose(view.entity_box, "setting")
    assert _rows(view) == []
    assert view.count_label.text() == "0 entries"


def test_newest_first_and_paged(qtbot: QtBot, ctx: AppContext, clock: FixedClock) -> None:
    for minute in range(PAGE + 10):
        _record(ctx, clock, DAY_ONE + timedelta(minutes=minute), f"test.n{minute:03d}", "contact")
    view = AuditLogView(ctx)
    qtbot.addWidget(view)
    _choose(view.entity_box, "contact")
    rows = _rows(view)
    assert rows[0] == (f"test.n{PAGE + 9:03d}", "Contact")
    assert rows[-1] == ("test.n000", "Contact")


def test_model_passes_the_qt_model_tester(
    qtbot: QtBot, ctx: AppContext, clock: FixedClock, qtmodeltester: ModelTester
) -> None:
    _seed(ctx, clock)
    dialog = AuditLogDialog(ctx)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.view.model)


def _cells(view: AuditLogView, column: int) -> list[str]:
    model = view.model
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen, shown window
def test_records_by_name_and_housekeeping_hidden_until_asked_for(
    qtbot: QtBot, ctx: AppContext, clock: FixedClock
) -> None:
    """People and cases by name, not uid; the app's own refreshes appear only when ticked."""
    clock.set(DAY_ONE)
    ada = ctx.contacts.create(ContactDraft(first_name="Ada", last_name="Byron"))
    ben = ctx.contacts.create(ContactDraft(first_name="Ben", last_name="Stone"))
    draft = ComplaintDraft(ada.id, Channel.EMAIL, "late delivery", Priority.HIGH, "Late.")
    case = ctx.complaints.open(draft)
    ctx.duplicates.merge(ada.id, ben.id)
    ctx.analytics.refresh_contact_stats()
    ctx.complaints.recompute_sla()
    view = AuditLogView(ctx)
    qtbot.addWidget(view)
    view.show()
    actions = _cells(view, 1)
    assert "contact_stats.refresh" not in actions
    assert "complaint.sla_recompute" not in actions
    records = dict(zip(actions, _cells(view, RECORD_COLUMN), strict=True))
    assert records["complaint.open"] == f"{case.number} · Ada Byron"
    assert records["contact.merge"] == "Ada Byron"
    merge_row = actions.index("contact.merge")
    assert _cells(view, 4)[merge_row] == "Ben Stone"  # the merged contact, not its uid
    tip = view.model.index(merge_row, RECORD_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == ada.uid
    shown = view.model.rowCount()
    qtbot.mouseClick(view.housekeeping_box, Qt.MouseButton.LeftButton)
    assert view.housekeeping_box.isChecked()
    assert {"contact_stats.refresh", "complaint.sla_recompute"} <= set(_cells(view, 1))
    assert view.model.rowCount() > shown
    qtbot.mouseClick(view.housekeeping_box, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == shown
    ctx.privacy.erase(ada.id)
    view.refresh()
    records = dict(zip(_cells(view, 1), _cells(view, RECORD_COLUMN), strict=True))
    assert records["complaint.open"] == f"{case.number} · Erased contact #{ada.id}"
