"""Long jobs (imports, exports, PDFs of many pages, stock-take files): the two callbacks every long core
function takes, ``progress(fraction, message)`` and ``cancel() -> bool``, and ``checkpoint``, the one
place that honours them between two steps of the work."""

from __future__ import annotations

from collections.abc import Callable

from .errors import Cancelled

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]


def checkpoint(progress: Progress | None, cancel: Cancel | None, fraction: float, message: str = "") -> None:
    """Stop the job when the user cancelled (``Cancelled`` rolls its transaction back), else say how far
    it is. ``message`` is an English text marked for translation (the caller's QT_TRANSLATE_NOOP)."""
    if cancel is not None and cancel():
        raise Cancelled()
    if progress:
        progress(fraction, message)
