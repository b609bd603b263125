"""Background tasks at quit: every unfinished task is cancelled and waited for before the
database closes."""

from __future__ import annotations

import threading
import time

from app.ui.common.workers import CancelFlag, Progress, Task, stop_tasks
from pytestqt.qtbot import QtBot


def test_stop_tasks_cancels_running_work_and_waits_for_it(qtbot: QtBot) -> None:
    started, finished = threading.Event(), threading.Event()

    def work(_progress: Progress, cancelled: CancelFlag) -> str:
        started.set()
        while not cancelled():  # a long read, checking its flag between batches
            time.sleep(0.01)
        finished.set()
        return "stopped"

    task = Task(work)
    results: list[object] = []
    task.signals.done.connect(results.append)
    task.start()
    assert started.wait(5)
    assert stop_tasks(5_000)
    assert finished.is_set()  # it ran to its end before stop_tasks returned
    qtbot.waitUntil(lambda: results == ["stopped"])
    assert stop_tasks(0)  # nothing left running
