"""Loading a page's data off the GUI thread, so no page freezes while a large library is counted.

``load_later(owner, lib, fn, on_done)`` runs ``fn()`` (one core call) on the thread pool with that
thread's own SQLite connection (WAL lets it read while the desk writes) and hands the result to
``on_done`` on the GUI thread. Only the newest load of an owner reports (a quick second refresh
makes the first one's result stale); nothing reports to an owner that was closed meanwhile.
"""

from __future__ import annotations

import itertools
import logging
import sys
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.errors import PustakaError
from ..core.service import Library

log = logging.getLogger(__name__)
_tickets = itertools.count(1)
_running: set[_Load] = set()


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class _Load(QRunnable):
    def __init__(self, lib: Library, fn: Callable[[], Any], ticket: int) -> None:
        super().__init__()
        self.lib, self.fn, self.ticket = lib, fn, ticket
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn()
        except PustakaError as exc:  # the user's words, shown by the page
            outcome, value = self.signals.failed, exc
        except Exception as exc:  # shown by the page (or logged); nothing was written
            log.exception("background load failed")
            outcome, value = self.signals.failed, exc
        else:
            outcome, value = self.signals.done, result
        finally:
            if not self.lib.db.is_closed():
                self.lib.db.close()  # this pool thread's own connection
        try:
            outcome.emit(self.ticket, value)
        except RuntimeError:  # the application is going away
            pass


def load_later(owner: QObject, lib: Library, fn: Callable[[], Any], on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None] | None = None) -> int:
    """Run ``fn`` in the background; ``on_done(result)`` on the GUI thread if ``owner`` still wants it."""
    # The loader runs Python (peewee rows) while the GUI thread needs the GIL for every slot: hand it
    # over every 1 ms instead of 5 ms so clicks and repaints do not queue up behind it.
    sys.setswitchinterval(min(sys.getswitchinterval(), 0.001))
    ticket = next(_tickets)
    owner.setProperty("_load_ticket", ticket)
    job = _Load(lib, fn, ticket)
    _running.add(job)

    def finish(got: int, value: Any, handler) -> None:
        _running.discard(job)
        if handler is None or not shiboken6.isValid(owner) or owner.property("_load_ticket") != got:
            return
        handler(value)

    job.signals.done.connect(lambda got, value: finish(got, value, on_done))
    job.signals.failed.connect(lambda got, value: finish(got, value, on_error))
    QThreadPool.globalInstance().start(job)
    return ticket


def forget(owner: QObject) -> None:
    """What is still loading for ``owner`` is no longer wanted (what it asked for changed, and cannot be loaded)."""
    owner.setProperty("_load_ticket", next(_tickets))
