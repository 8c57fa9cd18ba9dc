"""The cycle collector runs on the GUI thread only (``gui/main_thread_gc``): left automatic it ran in a long job's
worker thread, freed a cycle holding a closed widget, and Qt deleted the widget outside its thread (a segmentation
fault in a worker reading a workbook)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication, QDialog

from pustaka_desktop.core.jobs import paused_gc
from pustaka_desktop.gui.main_thread_gc import MainThreadCollector, collect_on_main_thread


class _Cycle:
    def __init__(self) -> None:
        self.me = self
        self.dialog = QDialog()  # a closed dialog a cycle holds on to (a page's callback that held its page...)


def test_a_worker_thread_never_collects_and_the_gui_thread_collects_when_due(qtbot):
    collector = collect_on_main_thread(QApplication.instance())
    assert collect_on_main_thread(QApplication.instance()) is collector  # once
    assert not gc.isenabled()
    destroyed_in: list[str] = []
    gc.collect()
    for _ in range(50):
        cycle = _Cycle()
        cycle.dialog.destroyed.connect(lambda *_: destroyed_in.append(threading.current_thread().name))
        del cycle
    held: list = []

    def read_a_workbook() -> None:  # what a worker allocates (and keeps) reading one: past the collector's thresholds
        held.extend([object()] for _ in range(3 * gc.get_threshold()[0]))

    worker = threading.Thread(target=read_a_workbook, name="worker")
    worker.start()
    worker.join()
    assert destroyed_in == []  # nothing collected in the worker
    qtbot.waitUntil(lambda: len(destroyed_in) == 50, timeout=5000)  # the GUI thread's timer collected them
    assert set(destroyed_in) == {threading.main_thread().name}


def test_the_gui_thread_waits_while_an_import_paused_the_collector(qtbot):
    collector = collect_on_main_thread(QApplication.instance())
    assert isinstance(collector, MainThreadCollector)
    with paused_gc():
        [_Cycle() for _ in range(3)]
        garbage = [[object()] for _ in range(gc.get_threshold()[0] + 10)]
        assert collector.collect_if_due() is None
    assert gc.get_count()[0] > gc.get_threshold()[0]
    assert collector.collect_if_due() is not None  # due, and no job asks to wait any more
    del garbage
    assert not gc.isenabled()  # paused_gc put back what it found: off, in a GUI
