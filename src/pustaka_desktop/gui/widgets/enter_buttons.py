"""Enter presses the focused button on a page, as Space does.

Qt lets Enter click a button only in a dialog (its "auto default" buttons): on the main window's pages a
librarian who Tabs to *Impor berkas…* and presses Enter, as every Windows program has taught her, gets
nothing, and cannot tell whether the app froze. In dialogs nothing changes: there Enter keeps going to the
dialog's default button, as each dialog chose (``setAutoDefault(False)`` on buttons Enter must not press).

A USB barcode scanner types too: its characters and then Enter, a few milliseconds apart. A scan that lands on a
focused button (the stock-take's *Selesai…* clicked with the mouse a moment before) is not a press: Enter right
after typed characters is left alone, as before, so a scan never opens or confirms anything.

``install()`` once (the main window calls it); it is an application event filter, so buttons a
page makes later are covered too."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QPushButton, QToolButton

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


SCANNED_WITHIN = 0.1  # seconds: a character this soon before Enter was typed by a scanner, not by a hand


class _EnterClicksButtons(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.last_character = float("-inf")  # (monotonic time of the last key that typed something)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, (QPushButton, QToolButton)):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in _ENTER:
            if event.text().isprintable() and event.text():
                self.last_character = time.monotonic()
            return False
        if event.isAutoRepeat() or _with_modifier(event) or time.monotonic() - self.last_character < SCANNED_WITHIN:
            return False
        if not presses_on_enter(watched):
            return False
        watched.click()
        return True


def _with_modifier(event: QKeyEvent) -> bool:
    """Ctrl+Enter, Alt+Enter and the like are shortcuts of their own (the keypad's Enter is plain Enter)."""
    return bool(event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)


def presses_on_enter(button: QAbstractButton) -> bool:
    """A focused, enabled button outside a dialog, one Qt's own Enter would leave alone."""
    if not (button.hasFocus() and button.isEnabled() and button.isVisible()):
        return False
    if isinstance(button.window(), QDialog):
        return False  # the dialog's own rule (its default button) stays
    return not (isinstance(button, QPushButton) and (button.autoDefault() or button.isDefault()))


_FILTER: _EnterClicksButtons | None = None


def install() -> None:
    """Enter presses the focused page button in this application, from now on (once is enough)."""
    global _FILTER
    app = QApplication.instance()
    if _FILTER is None and app is not None:
        _FILTER = _EnterClicksButtons(app)
        app.installEventFilter(_FILTER)
