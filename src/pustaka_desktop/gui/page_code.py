"""A page's code loaded off the GUI thread the first time it is clicked.

The first opening of a page used to import its module (and what it needs: reportlab, the barcode and
QR code modules, the sync package...) on the GUI thread: the window froze for up to two seconds on an
old PC. ``import_later(name, on_done)`` imports the module on a pool thread (Python imports are
thread-safe) and calls ``on_done(name)`` on the GUI thread when it is there; the main window shows a
"Loading…" placeholder meanwhile and builds the page then, on the GUI thread as Qt requires. An
import that fails is not reported here: building the page imports again, on the GUI thread, and the
error shows as any other.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable

from .workers import Job

log = logging.getLogger(__name__)
_running: set[Job] = set()


def is_loaded(name: str) -> bool:
    module = sys.modules.get(name)
    return module is not None and not getattr(getattr(module, "__spec__", None), "_initializing", False)


def import_later(name: str, on_done: Callable[[str], None]) -> None:
    """Import module ``name`` on the thread pool; ``on_done(name)`` on the GUI thread afterwards."""

    def work(_progress, _cancelled) -> str:
        try:
            importlib.import_module(name)
        except Exception:  # built on the GUI thread next, which imports again and shows the error
            log.exception("loading %s in the background failed", name)
        return name

    job = Job(work)
    _running.add(job)

    def finish(done: str) -> None:
        _running.discard(job)
        job.release()
        on_done(done)

    job.signals.done.connect(finish)
    job.start()
