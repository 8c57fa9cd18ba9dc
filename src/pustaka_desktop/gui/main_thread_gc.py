"""Python's cycle collector run by the GUI thread only. Left automatic, it runs in whichever thread happens to
allocate when a count is reached: a long job's worker thread (an import reading a workbook) then frees a cycle
that holds a closed dialog or window, and Qt deletes a widget outside its own thread: the program crashes (seen in
the tests as a segmentation fault "Garbage-collecting" inside openpyxl, in a worker). So automatic collection is
off, and a timer on the GUI thread collects when Python's own thresholds say it is due, the same generations as
before. A job that paused the collector (``jobs.paused_gc``: a big import) is waited for."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from ..core.jobs import gc_paused

INTERVAL_MS = 250


class MainThreadCollector(QObject):
    """Collects on the GUI thread, as often as Python would have (checked every ``INTERVAL_MS``)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start(INTERVAL_MS)

    def collect_if_due(self) -> int | None:
        """The generation collected, or None when none was due (or a job paused the collector)."""
        if gc_paused():
            return None
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] <= thresholds[0]:
            return None
        generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
        gc.collect(generation)
        return generation


def collect_on_main_thread(app: QObject) -> MainThreadCollector:
    """Installed once, when the application starts (its parent keeps it)."""
    found = app.findChild(MainThreadCollector)
    return found if found is not None else MainThreadCollector(app)
