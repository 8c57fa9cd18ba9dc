"""The old netbook of many village libraries: 1024 x 600 (less the taskbar and the title bar), a keyboard-first
volunteer and a USB scanner that types digits and Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyleFactory

from tests.core.circ_helpers import member
from tests.gui.test_desk_first_afternoon import scanner_types
from tests.gui.test_desk_pin_and_focus import desk_in_window  # noqa: F401 - a fixture


def test_a_scan_after_a_stray_alt_reaches_the_desk(qtbot, desk_in_window, lib, librarian):  # noqa: F811
    """Alt pressed and let go by accident puts Windows' keyboard in the menu bar: the card scanned next went into
    the menus (its Enter opened the Application menu, whose first entry logs out) instead of the scan box."""
    desk = desk_in_window
    bar = desk.window().menuBar()
    bar.setStyle(QStyleFactory.create("Windows"))  # Windows' own: a lone Alt goes to the menu bar
    reader = member(lib, librarian, "Wulan")
    QTest.keyPress(desk.scan_box, Qt.Key.Key_Alt)
    QTest.keyRelease(desk.scan_box, Qt.Key.Key_Alt, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is bar, "a lone Alt: the menu bar has the keyboard (as on Windows)"
    scanner_types(qtbot, desk, reader.number)
    assert QApplication.activePopupWidget() is None, "the scan opened a menu"
    assert desk.summary is not None and desk.summary.member.number == reader.number
    assert QApplication.focusWidget() is desk.scan_box
    # a person's Alt, then a menu's own letter, still opens that menu
    QTest.keyPress(desk.scan_box, Qt.Key.Key_Alt)
    QTest.keyRelease(desk.scan_box, Qt.Key.Key_Alt, Qt.KeyboardModifier.AltModifier)
    go = next(action for action in bar.actions() if action.menu().objectName() != "help_menu"
              and "&" in action.text() and action.text().split("&")[1][:1].lower() == "g")
    QTest.keyClick(bar, "g")
    assert QApplication.activePopupWidget() is go.menu()
    go.menu().close()
