"""A result made off the GUI thread, for a page that shows only the newest one: a print preview of a
big selection takes a moment, and typing on must not wait for it. Each request carries a
``generation``; the page ignores answers to requests it has since replaced."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from .messages import error_text


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)
    finished = Signal()


class _Task(QRunnable):
    """Runs ``fn`` off the GUI thread and says how it went, with the request's ``generation``."""

    def __init__(self, fn, generation: int) -> None:
        super().__init__()
        self.fn = fn
        self.generation = generation
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # in words where the result would be; the real job reports it in full
            self.signals.failed.emit(self.generation, error_text(exc))
        else:
            self.signals.done.emit(self.generation, result)
        finally:
            self.signals.finished.emit()


_running: set[_Task] = set()


def start_in_background(fn: Callable[[], Any], generation: int, done: Callable[[int, Any], None],
                        failed: Callable[[int, str], None]) -> None:
    """Run ``fn`` on the thread pool; ``done(generation, result)`` or ``failed(generation, message)``
    follow on the GUI thread (pass bound methods: Qt drops them when their widget is gone)."""
    task = _Task(fn, generation)
    task.signals.done.connect(done)
    task.signals.failed.connect(failed)
    _running.add(task)  # kept alive until it ends (autoDelete is off)
    task.signals.finished.connect(lambda: _running.discard(task))
    QThreadPool.globalInstance().start(task)
