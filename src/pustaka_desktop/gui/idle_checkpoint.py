"""When nobody has touched the keyboard or mouse for a couple of minutes, fold SQLite's write-ahead
log into the library file (``Library.checkpoint``), so a librarian who copies the ``.sqlite3`` file
to "back it up" copies the whole library, not a file missing the last loans."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer

from .activity import INPUT, InputWatcher

IDLE_S = 120
CHECK_MS = 30_000


class IdleCheckpoint(InputWatcher):
    def __init__(self, lib, parent: QObject) -> None:
        super().__init__(parent)
        self.lib = lib
        self.last_input = time.monotonic()
        self.dirty = True  # a session may have written before the window came up
        self.watch_windows()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in INPUT:
            self.last_input = time.monotonic()
            self.dirty = True
        return False

    def tick(self) -> None:
        if self.dirty and time.monotonic() - self.last_input >= IDLE_S:
            self.dirty = not self.lib.checkpoint()  # busy (an import running): try again next time


def install(window, lib) -> IdleCheckpoint:
    return IdleCheckpoint(lib, window)
