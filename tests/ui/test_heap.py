"""After the first window is up, startup garbage is collected and the survivors are frozen, so a
later full collection (a pause at any moment, e.g. mid-scroll) no longer walks them."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest
from app.ui.application import AfterFirstPaint, settle_heap
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


class _Node:
    partner: _Node | None = None


@pytest.fixture
def thawed() -> Iterator[None]:
    yield
    gc.unfreeze()  # the rest of the test session collects as usual


@pytest.mark.usefixtures("thawed")
def test_startup_garbage_is_collected_and_survivors_leave_full_collections() -> None:
    garbage = _Node()
    garbage.partner = garbage  # a cycle only the collector frees
    gone = weakref.ref(garbage)
    del garbage
    survivors = [[n] for n in range(1_000)]
    settle_heap()
    assert gone() is None
    assert gc.get_freeze_count() >= len(survivors)
    tracked = {id(o) for o in gc.get_objects()}
    assert not any(id(s) in tracked for s in survivors)  # a full collection skips them
    later = [0]
    assert id(later) in {id(o) for o in gc.get_objects()}  # new objects are collected as usual


def test_the_heap_is_settled_once_just_after_the_first_paint(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[int] = []
    AfterFirstPaint(widget, lambda: calls.append(1))
    assert calls == []
    widget.show()
    qtbot.waitUntil(lambda: calls == [1])
    widget.repaint()
    qtbot.wait(50)
    assert calls == [1]
