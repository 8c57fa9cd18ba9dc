"""Long work off the GUI thread: imports, exports, bundles, PDFs, reports.

A job is a plain function ``fn(progress, cancelled)`` (usually a lambda around one core call) where
``progress(fraction, message)`` reports and ``cancelled()`` says the user pressed Cancel; core
functions raise ``core.errors.Cancelled`` when they see it, after rolling back. ``run_job`` shows a
progress dialog and hands the result (or the error) back on the GUI thread; ``wait_for`` returns it, for a
caller that needs it before it returns (a wizard page's Next).
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..core.errors import Cancelled, PustakaError
from ..core.i18n import QT_TRANSLATE_NOOP

JobFn = Callable[[Callable[[float, str], None], Callable[[], bool]], Any]


class _Signals(QObject):
    progress = Signal(float, str)
    done = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()
    stopping = Signal()  # the user pressed Cancel (the job may still run until it next looks)


class Job:
    """``fn`` on the thread pool (``start``), its progress and outcome as signals on the GUI thread.

    A plain object whose ``run`` the pool is given, not a QRunnable: PySide keeps a QRunnable that ended before its
    ``start()`` returned (a quick page load) alive for good, with its function and all that captured."""

    def __init__(self, fn: JobFn, path: str | Path = "") -> None:
        self.fn = fn
        self.path = path  # (the library file a failure names: "the library file … cannot be opened")
        # Qt's, not Python's: deleted on the GUI thread by ``release`` (Python may drop the last reference to a job
        # on the worker thread, where Qt must not delete a QObject of the GUI thread)
        self.signals = _Signals(QCoreApplication.instance())
        self._cancel = threading.Event()
        _unfinished.add(self)  # (started at once by whoever makes one)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self.run)

    def cancel(self) -> None:
        self._cancel.set()
        if shiboken6.isValid(self.signals):  # (a job that just ended has let go of them)
            self.signals.stopping.emit()

    def release(self) -> None:
        """Once its outcome reached the GUI thread: its signals go, and with them what their connections held (the
        caller's callbacks and all they captured, a wizard and its plans: every job kept them until the program
        closed). On the next turn of the event loop: deleted now, the outcome's other slots would not be called."""
        signals = self.signals
        QTimer.singleShot(0, lambda: signals.deleteLater() if shiboken6.isValid(signals) else None)

    def stopped(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            self._run()
        finally:
            _unfinished.discard(self)

    def _run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit, self._cancel.is_set)
        except Cancelled:
            self.signals.cancelled.emit()
        except PustakaError as exc:
            self.signals.failed.emit(exc, "")
        except Exception as exc:  # shown to the user with details; the job's transaction rolled back
            from ..core.store.faults import explain

            truthful = explain(exc, self.path)  # disk full / read-only / locked / busy, behind "cannot rollback"
            if truthful is not None:
                self.signals.failed.emit(truthful, "")
            else:
                self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)


_running: set[Job] = set()
_unfinished: set[Job] = set()  # every Job not yet ended: run_job's, and the hub exchange's (hub_watch)


def cancel_unfinished() -> int:
    """Cancel every job that has not ended (the app is quitting); how many there were. Each stops at its next
    look (an import rolls back: ``core.store.unfinished`` keeps its marker, so the next start says so)."""
    jobs = list(_unfinished)
    for job in jobs:
        job.cancel()
    return len(jobs)


_threads: set[threading.Thread] = set()


def start_thread(fn: Callable[[], None], name: str) -> threading.Thread:
    """``fn`` on a thread of its own, for work that must not hold one of the pool's few threads for long (the daily
    backup: a big library takes minutes to copy and check, and a PC with two cores has two pool threads for the page
    loads and the dashboard). Waited for like the pool's jobs (``wait_for_threads``) before the library closes or
    another file opens: one that ran on alone was cut off half written when the program quit, or, while the practice
    library was open, wrote its note about the backup there."""
    thread = threading.Thread(target=fn, name=name, daemon=True)
    _threads.add(thread)
    thread.start()
    return thread


def wait_for_threads(timeout_ms: int) -> bool:
    """Wait up to ``timeout_ms`` for the threads ``start_thread`` started; False when one still runs."""
    deadline = time.monotonic() + timeout_ms / 1000
    for thread in list(_threads):
        thread.join(max(0.0, deadline - time.monotonic()))
        if not thread.is_alive():
            _threads.discard(thread)
    return not _threads


class _Finished(QObject):
    """Any job that ended with a result (a backup, a bundle imported, an import): what sums up the library's
    state elsewhere (the main window's attention line) looks again."""

    finished = Signal()


JOBS = _Finished()


def run_job(parent: QWidget, title: str, fn: JobFn, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, modal: bool = True,
            on_cancelled: Callable[[], None] | None = None) -> Job:
    """Run ``fn`` on the thread pool with a cancellable progress dialog. Its outcome goes to one handler here, which
    calls the caller's (``on_done``, ``on_error``, ``on_cancelled``): a second slot on the job's signals was not
    always called once the first had let the job go."""
    from ..core.jobs import words
    from .widgets.messages import show_error, translate

    job = Job(fn)
    _running.add(job)
    # a busy bar until the job says how far it is (opening a workbook says nothing for tens of seconds)
    dialog = QProgressDialog(title, translate("Messages", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal if modal else Qt.WindowModality.NonModal)
    dialog.setMinimumDuration(300)
    # (Qt counts the minimum duration from a first value: without one its own 4-second timer stays, and a librarian
    # waited 4 s for the busy bar and its Cancel while a workbook opened)
    dialog.setValue(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(job.cancel)

    def finish() -> None:
        _running.discard(job)
        job.release()
        if not shiboken6.isValid(dialog):
            return  # (the window it was shown over was closed while the job ran: Qt deleted them both)
        dialog.canceled.disconnect(job.cancel)  # (closing the dialog of a job that ended is no Cancel)
        dialog.close()
        dialog.deleteLater()

    def still_shown() -> bool:
        """The window the job was started from is still there: what it asked to do with the outcome still can be."""
        return parent is None or shiboken6.isValid(parent)

    def on_progress(fraction: float, message: str) -> None:
        if job.stopped():
            return  # (Cancel hid the dialog; a report of the job still ending would show it again)
        dialog.setMaximum(1000)
        dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        if message:  # (a core job's words are English, marked in the one context "Progress": core.jobs)
            dialog.setLabelText(f"{title}\n{words(message, translate)}")

    def done(result: Any) -> None:
        finish()
        if on_done and still_shown():
            on_done(result)
        JOBS.finished.emit()

    def failed(exc: BaseException, details: str) -> None:
        finish()
        if on_error and still_shown():
            on_error(exc)
        else:  # (a failure is said even when its window was closed meanwhile: the work did not happen)
            show_error(parent if still_shown() else None, exc, details)

    def cancelled() -> None:
        finish()
        if on_cancelled and still_shown():
            on_cancelled()

    job.signals.progress.connect(on_progress)
    job.signals.done.connect(done)
    job.signals.failed.connect(failed)
    job.signals.cancelled.connect(cancelled)
    job.start()
    return job


# what came of a Cancel pressed during an import (one transaction: all of it saved, or nothing)
IMPORT_STOPPED = QT_TRANSLATE_NOOP("Messages", "The import was stopped: nothing was changed. Import the file again "
                                               "when you are ready.")
IMPORT_SAVED_ANYWAY = QT_TRANSLATE_NOOP("Messages", "Cancel came as the import was being saved: the import is "
                                                    "complete.")


def run_import(parent: QWidget, title: str, fn: JobFn, on_done: Callable[[Any], None]) -> Job:
    """``run_job`` for an import, which saves all of the file or nothing: what came of a Cancel is said. Cancel
    only closed the progress dialog, and the librarian was left to guess whether half the file was in (and,
    pressed as the import was being saved, it was all in while nothing said so)."""
    from .widgets.messages import info, translate

    def done(result: Any) -> None:
        if job.stopped():  # (the Cancel came after the last moment the import could still stop)
            info(parent, title, translate("Messages", IMPORT_SAVED_ANYWAY))
        on_done(result)

    def stopped() -> None:
        info(parent, title, translate("Messages", IMPORT_STOPPED))

    job = run_job(parent, title, fn, done, on_cancelled=stopped)
    return job


def wait_for(parent: QWidget, title: str, fn: JobFn) -> Any:
    """``fn``'s result, for a caller that needs it before it returns (a wizard page's Next answers at once): run
    as ``run_job`` runs it, on a worker thread with its progress dialog and Cancel, while a local event loop keeps
    the window alive. Raises ``Cancelled`` as soon as the librarian cancels: a job that cannot look meanwhile (openpyxl
    opening a 50 MB workbook asks nothing for tens of seconds) ends on its own and its result is dropped, so ``fn``
    must only read. Raises the job's error when it fails."""
    outcome: dict[str, Any] = {}
    waiting = QEventLoop()

    def ended(key: str, value: Any) -> None:
        outcome[key] = value
        waiting.quit()

    job = run_job(parent, title, fn, lambda result: ended("result", result), lambda exc: ended("error", exc))
    job.signals.cancelled.connect(waiting.quit)
    job.signals.stopping.connect(waiting.quit)
    waiting.exec()  # (the job's signals are queued: none can come before the loop runs)
    if "error" in outcome:
        raise outcome["error"]
    if "result" not in outcome:
        raise Cancelled()
    return outcome["result"]
