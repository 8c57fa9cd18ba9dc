"""Noticing that a person uses the keyboard, mouse or touch screen (the idle lock, the idle checkpoint).

An ``InputWatcher`` gets the events of every top-level window (``QWindow``: each input event reaches
its window first) instead of installing an application-wide event filter. Such a filter is a Python
call for every event of every widget (polish, layout, paint...): a page being built sends thousands,
and while a page's data loads in the background each call waits for Python's interpreter lock, which
made the window freeze for a second when a page opened.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication, QWindow

INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
                   QEvent.Type.TouchBegin})


class InputWatcher(QObject):
    """Subclasses implement ``eventFilter`` (it sees the events of every top-level window) and call
    ``watch_windows()`` once. A window already watched is not watched twice (Qt keeps one filter)."""

    def watch_windows(self) -> None:
        app = QGuiApplication.instance()
        if app is None:
            return
        for window in app.topLevelWindows():
            self.watch_window(window)
        app.focusWindowChanged.connect(self.watch_window)  # a dialog, the lock, a window shown later

    def watch_window(self, window: QWindow | None) -> None:
        if window is not None and shiboken6.isValid(self) and shiboken6.isValid(window):
            window.installEventFilter(self)
