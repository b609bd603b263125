"""The 360° view's Orders, Surveys and Tasks tabs: lazy lists of one contact's rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from app.bootstrap import AppContext
from app.domain.clock import FixedClock
from app.services.contacts import ContactDraft
from app.services.tasks import TaskDraft
from app.storage.models import SurveyResponse, Txn
from app.storage.records import stamp_new
from app.ui.contacts.related import ContactTasksTab, RelatedList, orders_tab, surveys_tab
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def _customer(ctx: AppContext, clock: FixedClock) -> tuple[int, int]:
    anna = ctx.contacts.create(ContactDraft("Anna", "Meyer")).id
    bob = ctx.contacts.create(ContactDraft("Bob", "Stone")).id
    when = clock.now() - timedelta(days=3)
    with ctx.db.write() as session:
        rows = [
            Txn(
                contact_id=anna, occurred_at=when, kind="order", amount_minor=12_50, currency="EUR"
            ),
            Txn(
                contact_id=anna,
                occurred_at=when + timedelta(days=1),
                kind="refund",
                amount_minor=-250,
                currency="EUR",
                reference="R-1",
            ),
            Txn(contact_id=bob, occurred_at=when, kind="order", amount_minor=99, currency="EUR"),
            SurveyResponse(
                contact_id=anna, kind="nps", score=9, comment="<b>great</b>", answered_at=when
            ),
        ]
        for row in rows:
            stamp_new(row, when)
            session.add(row)
    ctx.tasks.create(TaskDraft("Call back", contact_id=anna, due_at=clock.now() + timedelta(1)))
    return anna, bob


def _texts(tab: RelatedList[object], column: int) -> list[str]:
    model = tab.model
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def test_orders_newest_first_with_amounts(
    qtbot: QtBot, ctx: AppContext, clock: FixedClock, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    anna, _bob = _customer(ctx, clock)
    tab = orders_tab(ctx, anna)
    qtbot.addWidget(tab)
    assert isinstance(tab, RelatedList)
    qtmodeltester.check(tab.model)
    assert _texts(tab, 1) == ["Refund", "Order"]
    assert _texts(tab, 2) == ["-2.50€", "12.50€"]  # the C locale of the tests: symbol after
    assert _texts(tab, 3) == ["R-1", ""]
    assert tab.stack.currentWidget() is tab.table


def test_surveys_show_kind_score_and_plain_comment(
    qtbot: QtBot, ctx: AppContext, clock: FixedClock, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    anna, bob = _customer(ctx, clock)
    tab = surveys_tab(ctx, anna)
    qtbot.addWidget(tab)
    assert isinstance(tab, RelatedList)
    qtmodeltester.check(tab.model)
    assert (_texts(tab, 1), _texts(tab, 2), _texts(tab, 4)) == (["NPS"], ["9"], ["<b>great</b>"])
    empty = surveys_tab(ctx, bob)
    qtbot.addWidget(empty)
    assert isinstance(empty, RelatedList)
    assert empty.stack.currentWidget() is empty.empty


def test_tasks_tab_lists_and_adds_tasks(
    qtbot: QtBot,
    ctx: AppContext,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    anna, _bob = _customer(ctx, clock)
    tab = ContactTasksTab(ctx, anna)
    qtbot.addWidget(tab)
    qtmodeltester.check(tab.model)
    assert _texts(tab, 1) == ["Call back"]
    from app.ui.tasks.dialogs import NewTaskDialog  # noqa: PLC0415

    def accept(dialog: NewTaskDialog) -> int:
        ctx.tasks.create(
            TaskDraft("Send quote", contact_id=anna, due_at=datetime(2026, 3, 9, tzinfo=UTC))
        )
        return 1

    monkeypatch.setattr(NewTaskDialog, "exec", accept)
    tab.new_button.click()
    assert _texts(tab, 1) == ["Call back", "Send quote"]


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")  # offscreen
@pytest.mark.parametrize("language", ["en", "de"])
def test_the_360_views_timeline_filters_wrap_to_stay_readable(
    qtbot: QtBot, ctx: AppContext, language: str
) -> None:
    """At the 360° view's width the search box and "Log interaction…" share a line and the four
    filter fields take two columns, each wide enough to read; a wide view keeps all on one line."""
    from app.ui.i18n import apply_language  # noqa: PLC0415
    from app.ui.timeline.view import ContactTimelineWidget  # noqa: PLC0415

    anna = ctx.contacts.create(ContactDraft("Anna", "Meyer")).id
    apply_language(language)
    try:
        widget = ContactTimelineWidget(ctx, anna)
        qtbot.addWidget(widget)
        view = widget.view
        fields = (view.kind_combo, view.staff_combo, view.since_box, view.until_box)

        def top(child: QWidget) -> int:
            return child.mapTo(widget, QPoint(0, 0)).y()

        widget.resize(300, 600)
        widget.show()
        qtbot.waitExposed(widget)
        button = widget.log_button
        qtbot.waitUntil(
            lambda: (
                view.filter_row.shape == (2, False) and button.width() >= button.sizeHint().width()
            )  # once the line's layout has run
        )
        assert top(button) == top(view.search_box)
        assert all(top(f) > top(view.search_box) for f in fields)
        assert top(view.since_box) > top(view.kind_combo)
        assert all(f.width() >= view.filter_row.need(f) for f in fields)
        widget.resize(1100, 600)
        qtbot.waitUntil(lambda: view.filter_row.shape == (4, True))
        assert {top(f) for f in fields} == {top(view.search_box)}
        assert top(widget.log_button) == top(view.search_box)
        assert all(f.width() >= view.filter_row.need(f) for f in fields)
    finally:
        apply_language("en")
