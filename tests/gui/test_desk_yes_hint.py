"""The desk's Yes/No question answers No on Enter on purpose (a scanner's Enter must never say Yes). A volunteer
is told how to say Yes: the box says "Alt+Y: yes · Enter or Esc: no", a screen reader hears it, and Alt+Y
presses Yes. A scanner types plain keys, never Alt: a scanned label with a Y in it answers nothing."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import local_today
from pustaka_desktop.gui.widgets.desk_question import SCANNED, DeskQuestion
from tests.core.circ_helpers import book, member
from tests.gui.desk_helpers import desk_page, settled
from tests.gui.test_accessibility_mnemonics import clashes, mnemonic, mnemonics
from tests.gui.test_desk_dialogs_and_scanner import desk_box, key_then, scanner_types

ALT = Qt.KeyboardModifier.AltModifier


def shown(qtbot, box) -> None:
    """The box up and the active window, as a window manager makes a new box (Alt+letter works there only)."""
    box.show()
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)


def test_the_question_says_how_to_say_yes_and_alt_y_says_it(qtbot):
    box = DeskQuestion("Renew membership", "Renew the membership of Rina Wulandari (UJI-A00007)?")
    qtbot.addWidget(box)
    shown(qtbot, box)
    assert mnemonic(box.yes_button.text()) == "y" and not clashes(mnemonics(box))
    assert box.hint.isVisible() and box.hint.text() == "Alt+Y: yes · Enter or Esc: no"
    assert box.accessibleDescription() == box.hint.text()  # a screen reader hears it with the question
    assert box.focusWidget() is box.no_button  # Enter alone still says No
    with qtbot.waitSignal(box.finished) as answered:
        QTest.keyClick(box.focusWidget(), Qt.Key.Key_Y, ALT)
    assert answered.args == [1]  # accepted: Yes


def test_a_scanned_label_with_a_y_presses_nothing(qtbot):
    box = DeskQuestion("Undo", "Undo the last loan?")
    qtbot.addWidget(box)
    shown(qtbot, box)
    QTest.keyClicks(box.focusWidget(), "YB0012")  # a scanner's keys: capitals, digits, never Alt
    QTest.keyClick(box.focusWidget(), Qt.Key.Key_Y)  # and the key alone
    assert box.isVisible() and box.result() == 0
    with qtbot.waitSignal(box.finished) as answered:
        QTest.keyClick(box.focusWidget(), Qt.Key.Key_Return)
    assert answered.args == [SCANNED] and box.scanned_code == "YB0012y"
    assert mnemonic(box.yes_button.text()) == "y"  # and the Yes it did not press is the one Alt+Y reaches


def test_a_volunteer_renews_a_membership_with_alt_y_and_a_scan_renews_nothing(qtbot, lib, librarian, volunteer):
    rina = member(lib, librarian, "Rina")
    store.update(lib, rina, expires_on=local_today(lib.clock) - timedelta(days=3))
    label = store.update(lib, book(lib, "Yuk Menanam Cabai")[0], barcode="YB0012")
    with desk_page(qtbot, lib, volunteer) as desk:
        seen = desk.events_seen
        desk.submit_scan(rina.number)
        settled(qtbot, desk, seen)
        ended = desk.summary.member.expires_on

        seen = desk.events_seen
        key_then(qtbot, desk, Qt.Key.Key_F5, lambda: scanner_types(desk, label.barcode))
        settled(qtbot, desk, seen)
        assert desk.summary.member.expires_on == ended  # the scan answered nothing; it was served as a scan
        assert "not renewed" in "\n".join(desk.log.item(row).text() for row in range(desk.log.count()))

        said = []

        def alt_y():
            box = desk_box(desk)
            said.append(box.accessibleDescription())
            box.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
            QTest.keyClick(box.focusWidget(), Qt.Key.Key_Y, ALT)

        seen = desk.events_seen
        key_then(qtbot, desk, Qt.Key.Key_F5, alt_y)
        settled(qtbot, desk, seen)
        assert said == ["Alt+Y: yes · Enter or Esc: no"]
        assert desk.history[-1].kind == "membership"
        assert desk.summary.member.expires_on > local_today(lib.clock)
