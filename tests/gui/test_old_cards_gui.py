"""The old library's cards and labels at the desk, read by the scanner the old system was set up for: one that
ends a code with Enter and Tab (set up for a web form or a spreadsheet), or with Tab alone. The keys carry the
time stamps the system gives them (a scanner's keys come milliseconds apart, a person's do not); no test waits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from pustaka_desktop.core.store.models import Loan
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.main_window import MainWindow
from tests.core.circ_helpers import book, member
from tests.gui.desk_helpers import settled

KEYS = {"\r": Qt.Key.Key_Return, "\t": Qt.Key.Key_Tab}


@pytest.fixture
def desk(qtbot, lib, librarian):
    """The desk in the main window (so a Tab has somewhere to go: the navigation), the scan box ready."""
    window = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() or QApplication.activeWindow() is not None, timeout=2000)
    page = window.show_page("desk")
    page.scan_box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.scan_box and page.worker.pending == 0,
                    timeout=10_000)
    return page


class Keyboard:
    """Keys as the system delivers them: to the widget with the keyboard, each with its time stamp (ms)."""

    def __init__(self) -> None:
        self.now = 1_000_000

    def type(self, text: str, gap_ms: int) -> None:
        for char in text:
            self.now += gap_ms
            key = KEYS.get(char) or Qt.Key(ord(char.upper()))
            typed = "" if char == "\t" else char
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, typed)
                event.setTimestamp(self.now)
                QApplication.sendEvent(QApplication.focusWidget(), event)


def scanner(qtbot, page, keyboard: Keyboard, text: str) -> None:
    """A scanner's keys, 8 ms apart (a USB scanner's pace), then the desk's answer."""
    seen = page.events_seen
    keyboard.type(text, gap_ms=8)
    settled(qtbot, page, seen)


@pytest.mark.parametrize("ending", ["\r\t", "\t"], ids=["enter-and-tab", "tab-alone"])
def test_scanner_ending_codes_with_tab_lends_at_the_desk(qtbot, lib, librarian, desk, ending):
    reader = member(lib, librarian, "Siti")
    first, second = book(lib, "Laskar Pelangi")[0], book(lib, "Sang Pemimpi")[0]
    keyboard = Keyboard()
    scanner(qtbot, desk, keyboard, reader.number + ending)
    assert desk.session.member_number == reader.number
    scanner(qtbot, desk, keyboard, first.barcode + ending)
    scanner(qtbot, desk, keyboard, second.barcode + ending)
    assert QApplication.focusWidget() is desk.scan_box  # (before: the navigation list took the next card's keys)
    lent = {item for (item,) in Loan.select(Loan.item).where(Loan.member == reader.id).tuples()}
    assert lent == {first.id, second.id}


def test_a_persons_tab_still_leaves_the_scan_box(qtbot, lib, librarian, desk):
    reader = member(lib, librarian, "Siti")
    keyboard = Keyboard()
    scanner(qtbot, desk, keyboard, reader.number + "\r")
    keyboard.type("\t", gap_ms=400)  # a person, after the scan: no keyboard trap
    assert QApplication.focusWidget() is not desk.scan_box
    desk.scan_box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.scan_box, timeout=2000)
    keyboard.type("B0", gap_ms=300)  # a person typing, then Tab: the code is not taken as a scan
    keyboard.type("\t", gap_ms=300)
    assert QApplication.focusWidget() is not desk.scan_box and desk.scan_box.text() == "B0"


def test_old_code39_card_and_label_at_the_desk_answer_without_the_stars(qtbot, lib, librarian, desk):
    reader = member(lib, librarian, "Siti")
    copy = book(lib, "Laskar Pelangi")[0]
    keyboard = Keyboard()
    scanner(qtbot, desk, keyboard, f"*{reader.number}*\r")  # a scanner set to send Code 39's start and stop
    scanner(qtbot, desk, keyboard, f"*{copy.barcode}*\r")
    assert Loan.select().where((Loan.member == reader.id) & (Loan.item == copy.id)).exists()
    assert desk.history[-1].code == desk.last_copy == copy.barcode  # (Ctrl+H offers its history)
