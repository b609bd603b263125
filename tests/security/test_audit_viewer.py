"""The audit log viewer: its filters by action, entity and date narrow the list in SQL, and the
lazily paged model passes Qt's model tester."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.bootstrap import AppContext
from app.domain.clock import FixedClock
from app.ui.audit.view import PAGE, AuditLogDialog, AuditLogView
from PySide6.QtCore import QDate
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
        ("test.edit", "contact"),
        ("test.edit", "setting"),
        ("test.edit", "contact"),
        ("test.edit", "contact"),
    ]
    _choose(view.entity_box, "contact")
    assert _rows(view) == [("test.edit", "contact")] * 3
    view.since_edit.setDate(QDate(2026, 3, 2))
    view.until_edit.setDate(QDate(2026, 3, 2))
    assert _rows(view) == [("test.edit", "contact")] * 2
    assert view.count_label.text() == "2 entries"
    view.since_edit.setDate(QDate(2026, 3, 3))
    view.until_edit.setDate(QDate(2026, 3, 6))
    assert _rows(view) == [("test.edit", "contact")]
    _choose(view.action_box, "")  # all actions again
    assert _rows(view) == [("test.erase", "contact"), ("test.edit", "contact")]
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
    assert rows[0] == (f"test.n{PAGE + 9:03d}", "contact")
    assert rows[-1] == ("test.n000", "contact")


def test_model_passes_the_qt_model_tester(
    qtbot: QtBot, ctx: AppContext, clock: FixedClock, qtmodeltester: ModelTester
) -> None:
    _seed(ctx, clock)
    dialog = AuditLogDialog(ctx)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.view.model)
