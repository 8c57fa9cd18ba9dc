"""Long jobs (imports, exports, PDFs of many pages, stock-take files): the two callbacks every long core
function takes, ``progress(fraction, message)`` and ``cancel() -> bool``, and ``checkpoint``, the one
place that honours them between two steps of the work; ``paused_gc`` for the big imports."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from .errors import Cancelled

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]
# the translation context of every job's words: the GUI's progress dialog and the CLI's progress line get
# nothing but the English text, so they look it up in this one context (``QT_TRANSLATE_NOOP(PROGRESS, ...)``
# at every call; tests/test_architecture.py checks it)
PROGRESS = "Progress"


def checkpoint(progress: Progress | None, cancel: Cancel | None, fraction: float, message: str = "") -> None:
    """Stop the job when the user cancelled (``Cancelled`` rolls its transaction back), else say how far
    it is. ``message``: English words marked ``QT_TRANSLATE_NOOP(PROGRESS, ...)``."""
    if cancel is not None and cancel():
        raise Cancelled()
    if progress:
        progress(fraction, message)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Python's cycle collector paused while an import runs (a catalogue file, a village bundle at the
    district). An import keeps many small objects alive (a file's keys and held-back copies; a bundle's
    rows, links and remembered match keys) and the collector walked them again and again as they grew:
    about 1 s of a 150,000-row SLiMS import (11 full passes), ~2 % of a district bundle, for nothing,
    since an import's rows make no reference cycles (memory is freed by reference counting as before;
    the peak is the same). Process-wide while it lasts; put back as it was found."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
