"""Buttons as clicked: a clicked(bool) or triggered(bool) argument must never reach a slot's
optional parameter (a file to write, a customer to preselect)."""

from __future__ import annotations

from datetime import UTC, timedelta
from pathlib import Path

import pytest
from app.bootstrap import AppContext
from app.domain.clock import FixedClock
from app.services.tasks import TaskDraft
from app.ui.complaints.dialogs import NewComplaintDialog
from app.ui.complaints.view import ComplaintsPane
from app.ui.tasks.view import TasksPane
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen platform


def test_export_to_calendar_button_writes_the_chosen_file(
    ctx: AppContext,
    qtbot: QtBot,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx.tasks.zone = UTC
    ctx.tasks.create(TaskDraft(title="Visit shop", due_at=clock.now() + timedelta(days=2)))
    pane = TasksPane(ctx)
    qtbot.addWidget(pane)
    target = tmp_path / "tasks.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    qtbot.mouseClick(pane.export_button, Qt.MouseButton.LeftButton)
    assert target.is_file()
    assert "1 task exported" in pane.message_label.text()


def test_new_complaint_button_opens_the_form_without_a_customer(
    ctx: AppContext, qtbot: QtBot
) -> None:
    pane = ComplaintsPane(ctx)
    qtbot.addWidget(pane)
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    dialog = pane.findChild(NewComplaintDialog)
    assert dialog is not None
    assert dialog._contact_id is None
    dialog.reject()
