"""Python's cyclic garbage collection on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is crossed. In a
worker (the dashboard's analytics, an import) it finalised Qt objects that Python owned and
that sat in reference cycles: plot items a chart removed when it redrew, the leftovers of a
window replaced by a language switch. Qt objects must die on their own thread ("QBasicTimer::
start: Timers cannot be started from another thread", and worse). So automatic collection is
switched off and a GUI-thread timer collects whenever the generation counts ask for it, as the
automatic collector would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Collects garbage on the thread it lives on (the GUI thread); `stop` hands back."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        gc.disable()
        self._timer.start()

    def check(self) -> None:
        """Collect the youngest generation past its threshold, and the older ones in turn."""
        counts = gc.get_count()
        generation = -1
        for index, (count, threshold) in enumerate(zip(counts, self._thresholds, strict=True)):
            if threshold <= 0 or count <= threshold:
                break
            generation = index
        if generation >= 0:
            gc.collect(generation)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()


_collectors: list[GuiThreadCollector] = []


def collect_on_gui_thread(parent: QObject) -> GuiThreadCollector:
    """Start the one GUI-thread collector (again the same one when called twice)."""
    if not _collectors:
        _collectors.append(GuiThreadCollector(parent))
    return _collectors[0]
