"""Keeping a USB scan from answering a box the desk opened, and the desk's Yes/No question.

A scanner types a code and Enter into whatever has the keyboard. In a box the desk shows (a question, the
pick list of members, the reservation search) that Enter would press the box's button: approve an override,
undo, renew, open the member highlighted. ``ScanGuard`` watches the keys typed in a box; when Enter follows
typed text, the box decides first (``typed_then_enter``): a member card or a copy's label closes it as
``SCANNED`` with nothing done, and the desk takes the code as its next scan.

``DeskQuestion`` is Yes/No where only a deliberate choice says yes: "No" has the keyboard, no button is the
default, and anything typed before Enter is a scan, never an answer. (Qt's QMessageBox makes Yes the
default button: Enter, from a scanner too, said Yes; it also presses a button on its letter typed without
Alt, so a scanned "YB0012" would have said Yes.) Yes has its own Alt letter, told on a line in the box and
to a screen reader: a scanner types plain keys, never Alt, so only a person reaches it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...core.circulation.desk_reads import identify
from ...core.service import Library
from .messages import translate

SCANNED = 2  # a desk box's result when a card or label was scanned into it (QDialog: 0 rejected, 1 accepted)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MOVES = (Qt.Key.Key_Escape, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home,
          Qt.Key.Key_End, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)  # (not Shift: a scanner holds it for capitals)
_CHORDS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


def is_scan(lib: Library, text: str, exact: bool = False) -> bool:
    """A member card or a copy's label (as the desk's scan box would find it; ``exact``: read exactly so, for
    text that may as well be words to search)."""
    return bool(text.strip()) and identify(lib, text, exact=exact) is not None


def typed_names_item(typed: str, item: QListWidgetItem | None) -> bool:
    """The letters typed are how the item's line starts: a list's own search went there (Enter takes it)."""
    return item is not None and item.text().casefold().startswith(typed.casefold())


class ScanGuard(QObject):
    """Watches the keys typed anywhere in ``dialog``; on Enter after typed text it asks
    ``dialog.typed_then_enter(text, widget)`` whether that Enter is taken (True: the button it would
    press is not pressed). A text field gives its own text (what is in it, edits and all)."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.typed = ""
        for widget in (dialog, *dialog.findChildren(QWidget)):
            widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        # One key press visits the focus widget and then its parents: count it once, where it lands.
        if event.type() != QEvent.Type.KeyPress or watched is not (self.dialog.focusWidget() or self.dialog):
            return False
        if event.key() in _ENTER:
            typed = watched.text() if isinstance(watched, QLineEdit) else self.typed
            self.typed = ""
            return bool(typed.strip()) and self.dialog.typed_then_enter(typed.strip(), watched)
        if event.key() == Qt.Key.Key_Backspace:
            self.typed = self.typed[:-1]
        elif event.key() in _MOVES:  # the person moved on in the box: what was typed before is not this choice
            self.typed = ""
        elif event.text().isprintable() and event.text() and not event.modifiers() & _CHORDS:
            self.typed += event.text()
            # a space inside a code must not press the button that has the keyboard
            return event.key() == Qt.Key.Key_Space and self.typed.strip() != "" and not isinstance(watched, QLineEdit)
        return False


class DeskQuestion(QDialog):
    """Yes/No at the desk (an override, an undo, a membership renewal). Accepted: a deliberate Yes
    (clicked, Alt+its letter, or Tab to it and Enter or Space); rejected: No or Esc; ``SCANNED``: something
    was typed and Enter (a scanner): ``scanned_code`` holds it and nothing was agreed to."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.scanned_code = ""
        self.setWindowTitle(title)
        self.setStyleSheet("font-size: 13pt;")  # read across the desk, like the rest of it
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxQuestion).pixmap(48, 48))
        question = QLabel(text)
        question.setWordWrap(True)
        question.setMinimumWidth(420)
        # Plain buttons, not a QDialogButtonBox: that makes its first accepting button the default when shown,
        # and Enter anywhere in the box would press Yes. Here Enter presses only the button with the keyboard.
        self.yes_button = QPushButton(self.tr("&Yes"))  # Alt+Y: a volunteer's way to Yes that no scan can take
        self.no_button = QPushButton(translate("Messages", "No"))
        self.yes_button.clicked.connect(self.accept)
        self.no_button.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(question, 1)
        # Enter says No on purpose (a scanner's Enter must never say Yes): the way to Yes is told beside the
        # buttons (Windows hides the underlined letter until Alt is pressed) and to a screen reader
        yes_key = self.yes_button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.hint = QLabel(self.tr("{yes_key}: yes · Enter or Esc: no").format(yes_key=yes_key))
        self.setAccessibleDescription(self.hint.text())
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint)
        buttons.addStretch(1)
        buttons.addWidget(self.yes_button)
        buttons.addWidget(self.no_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        self.no_button.setFocus()  # the safe answer has the keyboard: Enter alone says No
        self.guard = ScanGuard(self)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self.no_button.setFocus()

    def typed_then_enter(self, typed: str, widget: QWidget) -> bool:
        """Nobody types into a Yes/No box on purpose: it is a scan, and it answers nothing."""
        self.scanned_code = typed
        self.done(SCANNED)
        return True
