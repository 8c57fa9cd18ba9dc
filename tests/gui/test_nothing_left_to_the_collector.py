"""Qt objects die on the GUI thread, where Qt wants them: none is left for Python's cycle collector to free, and a
job whose window was closed while it ran reports to no deleted widget.

Python's cycle collector runs on whichever thread allocates when a collection is due: during an import, the worker
thread reading the workbook. A widget or QObject that only Python owned (no parent), caught in a cycle, was then
deleted by Qt on that worker thread while the GUI thread drew the next window: the GUI tests died now and then with
a segmentation fault (in Qt's painting, page switching, a dialog's constructor). The edit-record dialog kept three
such widgets (its look-up is shown only for a new record), and every window's page notifications (``Events``) were
left to the collector once the window was gone (a volunteer logging out, the language switched)."""

from __future__ import annotations

import gc
import threading

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Record
from pustaka_desktop.gui import workers
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.main_window import MainWindow
from pustaka_desktop.gui.widgets.record_dialog import RecordDialog

from .test_accessibility_mnemonics import _dialogs


def _qt_objects_only_the_collector_frees(make) -> list[str]:
    """What ``make()`` made and closed that still had a living Qt object only Python owned, in a garbage cycle."""
    gc.collect()  # (earlier tests' garbage: not this test's to judge)
    make()
    for _ in range(3):  # the windows' deleteLater, as the event loop does after a close
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        QApplication.processEvents()
    gc.set_debug(gc.DEBUG_SAVEALL)  # (kept in gc.garbage, not freed, to be looked at)
    try:
        gc.collect()
        return sorted(f"{type(obj).__name__} {obj.objectName()!r} {obj.accessibleName() if isinstance(obj, QWidget) else ''}"
                      for obj in gc.garbage
                      if isinstance(obj, shiboken6.Shiboken.Object) and shiboken6.isValid(obj)
                      and shiboken6.ownedByPython(obj))
    finally:
        gc.set_debug(0)
        gc.garbage.clear()


def test_a_closed_main_window_leaves_no_qt_object_to_the_collector(qtbot, lib, librarian):
    ctx = AppContext(lib, librarian)

    def a_shift_at_the_desk() -> None:
        window = MainWindow(ctx)
        window.show()
        for key in [spec.key for spec in window.specs]:
            window.show_page(key)
            QApplication.processEvents()
        window.close()
        window.deleteLater()  # (what the app does to the old window when the next volunteer signs in)

    assert _qt_objects_only_the_collector_frees(a_shift_at_the_desk) == []
    assert not shiboken6.isValid(ctx.events)  # its pages' notifications went with the window, deleted by Qt
    assert not shiboken6.ownedByPython(AppContext(lib, librarian).events)  # (Qt's before a window takes them)


def test_the_edit_record_dialog_leaves_no_qt_object_to_the_collector(qtbot, lib, librarian):
    record = store.insert(lib, Record, title="Laskar Pelangi")

    def edit_and_close() -> None:
        for dialog in (RecordDialog(lib, librarian, record), RecordDialog(lib, librarian)):
            dialog.show()
            QApplication.processEvents()
            dialog.reject()
            dialog.deleteLater()

    assert _qt_objects_only_the_collector_frees(edit_and_close) == []


@pytest.mark.tiny_demo
def test_no_dialog_leaves_a_qt_object_to_the_collector(qtbot, lib, librarian):
    makers = _dialogs(lib, librarian)

    def open_and_close_each() -> None:
        for make in makers.values():
            dialog = make()
            dialog.show()
            QApplication.processEvents()
            dialog.close()
            dialog.deleteLater()

    assert _qt_objects_only_the_collector_frees(open_and_close_each) == []


def test_the_edit_dialog_shows_no_look_up_and_the_new_one_does(qtbot, lib, librarian):
    record = store.insert(lib, Record, title="Laskar Pelangi")
    edit, new = RecordDialog(lib, librarian, record), RecordDialog(lib, librarian)
    for dialog in (edit, new):
        qtbot.addWidget(dialog)
        dialog.show()
    assert not edit.scan.isVisible() and not edit.found_note.isVisible() and not edit.offer.isVisible()
    assert new.scan.isVisible()


def _job_outliving_its_window(qtbot, fn):
    window = QWidget()
    window.show()
    go_on = threading.Event()
    told = []
    job = workers.run_job(window, "Mengimpor", lambda progress, cancelled: (go_on.wait(10), fn())[1],
                          on_done=lambda result: told.append(("done", window.windowTitle())),
                          on_error=lambda exc: told.append(("error", window.windowTitle())))
    window.close()
    shiboken6.delete(window)  # (closed and deleted while the job runs: its progress dialog went with it)
    go_on.set()
    qtbot.waitUntil(lambda: job not in workers._unfinished and job not in workers._running, timeout=5000)
    QApplication.processEvents()
    return told


def test_a_job_whose_window_was_closed_meanwhile_ends_without_touching_it(qtbot, message_boxes):
    # (an exception in a slot fails the test: pytest-qt catches what the Qt event loop raised)
    assert _job_outliving_its_window(qtbot, lambda: "saved") == []
    assert message_boxes == []


def test_a_job_that_failed_after_its_window_was_closed_still_says_so(qtbot, message_boxes):
    def fails():
        raise OSError(28, "No space left on device")

    assert _job_outliving_its_window(qtbot, fails) == []
    assert len(message_boxes) == 1 and message_boxes[0]


class _Payload:
    """What a job's function captures (a wizard and its plans, a page)."""


def test_a_finished_job_lets_go_of_what_it_was_given(qtbot, lib):
    """Every job kept its function, its callbacks and all they captured until the program closed: the pool never
    deleted a job, and its signals held the callbacks. An import's wizard and plans stayed in memory all day."""
    import weakref

    from pustaka_desktop.gui import background

    window = QWidget()
    qtbot.addWidget(window)
    kept = []
    for start in (lambda payload, done: workers.run_job(window, "Mengimpor", lambda p, c: payload and 1, done),
                  lambda payload, done: background.load_later(window, lib, lambda: payload and 2, done)):
        payload, done = _Payload(), []
        kept.append(weakref.ref(payload))
        start(payload, done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=5000)  # noqa: B023 - waited for in this turn
        del payload

    def let_go() -> bool:  # (the pool deletes a job just after its run() returned: a moment after it reported)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        gc.collect()
        return [ref() for ref in kept] == [None, None]

    qtbot.waitUntil(let_go, timeout=5000)
