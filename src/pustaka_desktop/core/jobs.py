"""Long jobs (imports, exports, PDFs of many pages, stock-take files): the two callbacks every long core
function takes, ``progress(fraction, message)`` and ``cancel() -> bool``, and ``checkpoint``, the one
place that honours them between two steps of the work; ``paused_gc`` for the big imports.

A job that goes through a known number of things says how far it is in words ("312 dari 4.000"):
``counted(message, done, total)`` is the message it passes, ``words(message, translate)`` what the
progress dialog and the CLI's progress line show (translated, the numbers filled in)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from .errors import Cancelled
from .formatting import format_number

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]
# the translation context of every job's words: the GUI's progress dialog and the CLI's progress line get
# nothing but the English text, so they look it up in this one context (``QT_TRANSLATE_NOOP(PROGRESS, ...)``
# at every call; tests/test_architecture.py checks it)
PROGRESS = "Progress"
_COUNTS = "\x1f"  # between a job's English words and its counts: a progress message is only a string


def counted(message: str, done: int, total: int) -> str:
    """A progress message that names how far the job is: ``message`` holds ``{done}`` and ``{total}``
    (English words marked ``QT_TRANSLATE_NOOP(PROGRESS, ...)``); ``words`` fills them in after translating."""
    return f"{message}{_COUNTS}{done}{_COUNTS}{total}"


def words(message: str, translate: Callable[[str, str], str]) -> str:
    """A job's progress message as the user reads it: in their language, with its counts (``counted``) in
    the display language's digits ("4.000" in Indonesian)."""
    text, *counts = message.split(_COUNTS)
    said = translate(PROGRESS, text)
    if len(counts) == 2:
        said = said.format(done=format_number(int(counts[0])), total=format_number(int(counts[1])))
    return said


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
