"""A warning under a password field while Caps Lock is on, so "wrong password" is not all a volunteer is told.

Qt has no portable way to ask whether Caps Lock is on, so it is read from the keys typed into the field: a letter
that comes upper-case without Shift, or lower-case with Shift, means Caps Lock is on; the other way round, off. The
Caps Lock key itself turns what is known round. Until a letter is typed nothing is said. (Reading the typed
letters works on every platform, also offscreen; on a Mac Shift does not turn Caps Lock's letters back to small
ones, and a letter typed with both reads as Caps Lock off: no warning rather than a wrong one.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit

from ...core.i18n import QT_TRANSLATE_NOOP
from ..appearance import tone_style
from .a11y import announce

CAPS_LOCK_ON = QT_TRANSLATE_NOOP("CapsLock", "Caps Lock is on: capital and small letters are not the same in a "
                                             "password.")
IN_A_REFUSAL = QT_TRANSLATE_NOOP("CapsLock", "Caps Lock is on.")


class CapsLockWarning(QLabel):
    """Hidden until a letter typed into one of ``fields`` shows Caps Lock on; said to a screen reader when it
    shows. ``on``: what is known (None: no letter typed yet)."""

    def __init__(self, *fields: QLineEdit) -> None:
        super().__init__(QCoreApplication.translate("CapsLock", CAPS_LOCK_ON))
        self.setObjectName("capsLockWarning")
        self.setWordWrap(True)
        self.setStyleSheet(tone_style("warning", extra="border-width: 2px; padding: 4px 8px;"))
        self.setVisible(False)
        self.on: bool | None = None
        for field in fields:
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.KeyPress:
            self._read(event)
        return False  # the key still goes to the field

    def _read(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_CapsLock:
            if self.on is not None:
                self._show(not self.on)
            return
        text = event.text()
        if len(text) != 1 or text.lower() == text.upper():
            return  # a digit, a sign, a key that types nothing: says nothing about Caps Lock
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self._show(text.isupper() != shift)

    def _show(self, on: bool) -> None:
        was = self.on
        self.on = on
        self.setVisible(on)
        if on and not was:
            self._make_room()
            announce(self, self.text())

    def _make_room(self) -> None:
        """The dialog, already open, grows by the warning's lines instead of squeezing them (a wrapped label in a
        form is otherwise cut to one line's height)."""
        window = self.window()
        layout = window.layout()
        if window is self or layout is None or not window.isVisible():
            return
        layout.activate()
        need = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        if need > window.height():
            window.resize(window.width(), need)

    def with_reason(self, refusal: str) -> str:
        """A refused password's message, with the likely reason when Caps Lock is on (the check stays as strict)."""
        return f"{refusal} {QCoreApplication.translate('CapsLock', IN_A_REFUSAL)}" if self.on else refusal
