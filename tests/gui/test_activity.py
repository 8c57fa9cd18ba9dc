"""Using the keyboard or mouse anywhere in the window keeps the idle lock away; nothing else does."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from pustaka_desktop.core import session
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.main_window import MainWindow


def test_a_key_or_a_mouse_move_in_the_window_keeps_the_lock_away(qtbot, lib, librarian):
    session.set_idle_minutes(lib, librarian, 1)
    window = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    lock = window.idle_lock
    screen = window.windowHandle()
    lock.last_activity -= 61
    QTest.mouseMove(screen, QPoint(200, 200))  # as the platform delivers it: to the window first
    lock.check()
    assert lock.dialog is None and lock.idle_seconds() < 5
    lock.last_activity -= 61
    QTest.keyClick(screen, Qt.Key.Key_Down)
    lock.check()
    assert lock.dialog is None
    lock.last_activity -= 61
    window.show_page("catalog")  # pages opening, painting and loading are not a person
    qtbot.wait(50)
    lock.check()
    assert lock.dialog is not None and lock.dialog.isVisible()
    lock.dialog.reject()
