"""This session's new and changed windows walked with the keyboard alone and heard through a screen reader: the
review list's "Show" chooser, the import preview's "(to check)" marks, the "Sign in again" box, the copy history
window at 150 % text, and the searches of the Audit and Members pages. What a tester found: the arrow keys in
"Show" jumped into the table after one kind, why a cell is "(to check)" was only on the mouse pointer, a wrong
password in the box was said to no one, the copy history's Close button was off a 1366 x 768 screen at 150 %, and
a search told a screen reader nothing of what it found."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pustaka_desktop.core.catalog import review
from pustaka_desktop.gui.widgets.a11y import ANNOUNCEMENTS

from .a11y_helpers import press
from .test_keyboard_import import _review


def _heard() -> list[str]:
    return list(ANNOUNCEMENTS.recent)


# -- the review list's "Show" chooser ---------------------------------------------------------------------------


def test_the_arrow_keys_in_show_step_through_the_kinds_and_stay_there(qtbot, lib, librarian, tmp_path):
    dialog = _review(qtbot, lib, librarian, tmp_path)  # a class number, an ISBN and a language to check
    kinds = dialog.kinds
    assert kinds.count() == 4  # all kinds, then each kind
    kinds.setFocus()
    ANNOUNCEMENTS.recent.clear()
    press(qtbot, Qt.Key.Key_Down)
    now = press(qtbot, Qt.Key.Key_Down)
    assert now is kinds and kinds.currentIndex() == 2  # the second Down chose the next kind, not the next row
    shown = kinds.currentData()
    assert {entry.reason for entry in dialog.entries} == {shown}
    assert dialog.table.rowCount() == review.open_count(lib, shown)
    assert dialog.summary.text() in _heard()  # what the list holds now is said aloud
    assert press(qtbot, Qt.Key.Key_Tab) is dialog.table  # Tab goes on to its rows
    assert press(qtbot, Qt.Key.Key_Backtab) is kinds  # and back up to the chooser above them


