"""Typing that lands beside a scan page goes to its scan box.

A USB scanner types a card or a label into whatever has the keyboard. At the desk, the visitor book or the
stock-take the keyboard can be elsewhere in the window for a good reason: a Tab pressed by mistake put it in the
navigation list, F12 put it in the practice tasks list to read the next task. A card scanned then was typed into
that list (a search for a page or task name) and lost without a word: the volunteer saw nothing happen. Watched
here, the characters (not Space, arrows, Enter alone, Tab or keys with Ctrl/Alt, which still work those controls)
go to the current page's scan box, which takes the keyboard, so the scanner's Enter that follows serves the scan.
The menu bar is watched too: on Windows an Alt pressed and let go by accident puts the keyboard there, and the
scanner's digits were lost and its Enter opened the Application menu. A menu's own Alt letter still opens it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QMenuBar, QWidget

_COMMAND_KEYS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                 | Qt.KeyboardModifier.MetaModifier)


class TypingToScanBox(QObject):
    """An event filter for the controls beside the pages; ``scan_box`` gives the current page's box, or None."""

    def __init__(self, scan_box: Callable[[], QLineEdit | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scan_box = scan_box

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if event.type() != QEvent.Type.KeyPress:
            return False
        text = event.text()
        if not text or not text.strip() or not text.isprintable() or event.modifiers() & _COMMAND_KEYS:
            return False
        if isinstance(watched, QMenuBar) and _opens_a_menu(watched, text):
            return False
        box = self.scan_box()
        if box is None or not box.isVisible() or not box.isEnabled() or box.window() is not watched.window():
            return False
        box.setFocus(Qt.FocusReason.OtherFocusReason)
        QCoreApplication.sendEvent(box, QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(), text))
        return True


def _opens_a_menu(bar: QMenuBar, text: str) -> bool:
    """Whether ``text`` is the Alt letter of one of the bar's menus ("B" of "&Buka")."""
    for action in bar.actions():
        name = action.text().replace("&&", "")
        at = name.find("&")
        if action.isVisible() and 0 <= at < len(name) - 1 and name[at + 1].lower() == text.lower():
            return True
    return False
