"""Loading a page's data off the GUI thread, so no page freezes while a large library is counted.

``load_later(owner, lib, fn, on_done)`` runs ``fn()`` (one core call) as a ``workers.Job`` on the thread pool with
that thread's own SQLite connection (WAL lets it read while the desk writes) and hands the result to ``on_done`` on
the GUI thread. Only the newest load of an owner reports (a quick second refresh makes the first one's result stale;
``forget`` takes a load back); nothing reports to an owner that was closed meanwhile.
"""

from __future__ import annotations

import itertools
import logging
import sys
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from ..core.service import Library
from .workers import Job

log = logging.getLogger(__name__)
_tickets = itertools.count(1)
_running: set[Job] = set()


def load_later(owner: QObject, lib: Library, fn: Callable[[], Any], on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None] | None = None) -> int:
    """Run ``fn`` in the background; ``on_done(result)`` on the GUI thread if ``owner`` still wants it (``on_error``
    gets the error itself: a user's mistake in words, anything else also logged)."""
    # The loader runs Python (peewee rows) while the GUI thread needs the GIL for every slot: hand it
    # over every 1 ms instead of 5 ms so clicks and repaints do not queue up behind it.
    sys.setswitchinterval(min(sys.getswitchinterval(), 0.001))
    ticket = next(_tickets)
    owner.setProperty("_load_ticket", ticket)

    def work(_progress, _cancelled) -> Any:
        try:
            return fn()
        finally:
            if not lib.db.is_closed():
                lib.db.close()  # this pool thread's own connection

    job = Job(work, lib.path)  # (a file gone, a disk full: said with this library's file named)
    _running.add(job)

    def finish(value: Any, handler) -> None:
        _running.discard(job)
        job.release()
        if handler is None or not shiboken6.isValid(owner) or owner.property("_load_ticket") != ticket:
            return
        handler(value)

    def failed(exc: BaseException, details: str) -> None:
        if details:  # (not a user's mistake: what went wrong goes to the log)
            log.error("background load failed\n%s", details)
        finish(exc, on_error)

    job.signals.done.connect(lambda value: finish(value, on_done))
    job.signals.failed.connect(failed)
    job.start()
    return ticket


def loading() -> bool:
    """Whether something a page asked for is still being read (its figures come, and its buttons change, after)."""
    return bool(_running)


def forget(owner: QObject) -> None:
    """What is still loading for ``owner`` is no longer wanted (what it asked for changed, and cannot be loaded)."""
    owner.setProperty("_load_ticket", next(_tickets))
