"""Work gated on a widget's first frame: after it while the widget is shown but unpainted,
at once otherwise."""

from __future__ import annotations

from app.ui.common.paint_gate import PaintGate
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def test_work_waits_for_the_first_frame_of_a_shown_widget(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    gate = PaintGate(widget)
    done: list[str] = []
    widget.show()  # on screen, its first Paint still queued
    gate.run(lambda: done.append("count"))
    assert done == []
    qtbot.waitUntil(lambda: done == ["count"])
    gate.run(lambda: done.append("later"))  # painted: at once
    assert done == ["count", "later"]


def test_the_same_work_asked_twice_before_the_frame_runs_once(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    gate = PaintGate(widget)
    done: list[int] = []

    def work() -> None:
        done.append(1)

    widget.show()
    gate.run(work)
    gate.run(work)
    qtbot.waitUntil(lambda: bool(done))
    assert done == [1]  # what waited runs in one go: a second call would show here


def test_work_for_a_hidden_widget_runs_at_once(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    gate = PaintGate(widget)
    done: list[str] = []
    gate.run(lambda: done.append("now"))  # never shown: no frame to wait for
    assert done == ["now"]
