"""The desk page as a test opens it (for a librarian or a volunteer), and a USB scanner's keystrokes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.desk import DeskPage


@contextmanager
def desk_page(qtbot, lib, staff) -> Iterator[DeskPage]:
    """The desk, shown and active (it takes the keyboard), its worker idle; stopped at the end."""
    page = DeskPage(AppContext(lib, staff))
    qtbot.addWidget(page)
    page.resize(1040, 650)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    # the desk's F-keys are window shortcuts: a key sent before the window is active did nothing (F3 twice left
    # the desk lending on a machine at load 6-8); activation is asynchronous
    qtbot.waitUntil(lambda: page.isActiveWindow() and page.worker.pending == 0, timeout=10_000)
    try:
        yield page
    finally:
        page.shutdown()


def settled(qtbot, page, seen: int) -> None:
    """Wait until the desk answered a scan after the ``seen`` it had answered and its worker is idle. (A safety net,
    not a speed test: 10 s ran out twice on a machine at load 5-6, so it is 30 s; an answer comes in milliseconds.)"""
    qtbot.waitUntil(lambda: page.events_seen > seen and page.worker.pending == 0, timeout=30_000)


def scan(qtbot, page, code: str) -> None:
    """What a USB scanner does: the code's keys and Enter, into the widget that has the focus."""
    seen = page.events_seen
    QTest.keyClicks(_focused(page), code)
    QTest.keyClick(_focused(page), Qt.Key.Key_Return)  # (where the typing took the keyboard, as a real Enter goes)
    settled(qtbot, page, seen)


def _focused(page):
    """The widget a key goes to: the one with the keyboard, when it is shown. (Offscreen, a dialog just closed may
    still be the application's focus for a moment: a scan sent into it was lost, one run in many.)"""
    focus = QApplication.focusWidget()
    return focus if focus is not None and focus.isVisible() else page.scan_box
