"""Keyboard only: every control lets Tab and Shift+Tab leave it, every control on a page can be
reached with Tab, and the main tasks can be done without a mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pustaka_desktop.gui import background
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.main_window import MainWindow
from pustaka_desktop.gui.pages import PAGES

from .a11y_helpers import describe, leaves_with, press, tab_stops

pytestmark = pytest.mark.tiny_demo  # (the tiny demo filled once per run and copied: tests/new_library.py)

VILLAGE_PAGES = [spec.key for spec in PAGES if not spec.district_only]


@pytest.fixture
def window(qtbot, lib, librarian):
    win = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: win.isActiveWindow() or QApplication.activeWindow() is not None, timeout=2000)
    return win


@pytest.mark.parametrize("key", VILLAGE_PAGES)
def test_tab_and_shift_tab_leave_every_control(qtbot, window, key):
    page = window.show_page(key)
    # (what the page reads in the background changes its buttons when it comes: a button enabled while the page was
    # loading and disabled in the middle of the walk was "never reached" on a busy machine)
    qtbot.waitUntil(lambda: not background.loading(), timeout=10_000)
    qtbot.wait(30)
    trapped = []
    for widget in tab_stops(page):
        for direction in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            if not leaves_with(qtbot, widget, direction):
                trapped.append(f"{describe(widget)} keeps the keyboard on {direction.name}")
    assert not trapped, f"keyboard traps on page {key}:\n  " + "\n  ".join(trapped)


@pytest.mark.parametrize("key", VILLAGE_PAGES)
def test_tab_reaches_every_control_on_the_page(qtbot, window, key):
    page = window.show_page(key)
    # (what the page reads in the background changes its buttons when it comes: a button enabled while the page was
    # loading and disabled in the middle of the walk was "never reached" on a busy machine)
    qtbot.waitUntil(lambda: not background.loading(), timeout=10_000)
    qtbot.wait(30)
    stops = set(tab_stops(page))
    window.nav.setFocus(Qt.FocusReason.TabFocusReason)
    seen = set()
    for _ in range(len(stops) * 2 + 20):
        widget = press(qtbot, Qt.Key.Key_Tab)
        if widget in stops:
            seen.add(widget)
        if seen == stops:
            break
        if widget is window.nav:
            break  # went all the way round
    missing = [describe(widget) for widget in stops - seen]
    assert not missing, f"on page {key} Tab never reaches:\n  " + "\n  ".join(missing)


def test_pages_by_keyboard_and_the_navigation_keeps_the_keyboard(qtbot, window):
    # Ctrl+number opens a page and puts the keyboard on it
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == window.page_keys()[1]
    assert window.current_page().isAncestorOf(QApplication.focusWidget())
    # F6 goes to the navigation; arrowing down passes every page (the desk and visitor book's scan
    # boxes do not take the keyboard away), headings are skipped
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.nav
    window.show_page(window.page_keys()[0])
    window.nav.setFocus()
    visited = [window.current_key()]
    for _ in window.page_keys()[1:]:
        press(qtbot, Qt.Key.Key_Down)
        qtbot.wait(5)
        assert QApplication.focusWidget() is window.nav, f"the keyboard left the navigation at {window.current_key()}"
        visited.append(window.current_key())
    assert visited == window.page_keys()


def test_navigation_collapses_to_icons_and_back(qtbot, window):
    window.set_navigation_collapsed(False)  # (a narrow window starts with icons only)
    names = {key: window.nav_item(key).text(0) for key in window.page_keys()}
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.collapsed
    assert window.nav.width() < 90
    for key in window.page_keys():
        item = window.nav_item(key)
        assert item.text(0) == "" and not item.icon(0).isNull()
        assert names[key] in item.toolTip(0)  # the name is still there for the mouse and screen readers
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert {key: window.nav_item(key).text(0) for key in window.page_keys()} == names
