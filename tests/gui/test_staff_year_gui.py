"""A year of staff at a village library, at the window: a volunteer alone with a librarian's locked screen, a new
account typed in a hurry, a role changed on purpose only."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pustaka_desktop.gui.idle_lock import LockDialog


def test_guessing_at_the_lock_screen_is_told_to_wait_and_stays_locked(qtbot, lib, librarian):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = LockDialog(lib, librarian, parent)
    qtbot.addWidget(dialog)
    for guess in ("0000", "1111", "2222", "1234"):  # the last one right, but too soon after three wrong
        dialog.secret.setText(guess)
        dialog.try_unlock()
    assert "Wait" in dialog.message.text() and dialog.result() == 0
    assert dialog.secret.text() == ""
