"""The boxes the desk opens, with a USB scanner at hand (it types a code and Enter into whatever has the
keyboard): a scan never approves an override, undoes, reserves or opens a member; it is served as the next
scan. Keyboard only. Qt's own message boxes are shown here (not recorded as in the other GUI tests): the old
desk's Yes/No box is what answered the scanner's Enter."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog

from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.circulation.loan_rules import snapshot
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Hold, Item, Loan
from tests.core.circ_helpers import book, member
from tests.gui.desk_helpers import desk_page, scan, settled


@pytest.fixture
def message_boxes():
    """Real boxes (the conftest's stand-in answered No to every question, so a box's default went untested)."""
    return []


def desk_box(desk):
    """The box the desk has open (a question, the PIN box, a pick list, a progress box), or None."""
    return next((w for w in QApplication.topLevelWidgets()
                 if w.isVisible() and w.isModal() and w.parentWidget() is desk), None)


def scanner_types(desk, code: str) -> None:
    """The scanner's keys and Enter, into what has the keyboard: the open box's focused control, or the desk."""
    box = desk_box(desk)
    target = (box.focusWidget() or box) if box is not None else QApplication.focusWidget()
    QTest.keyClicks(target, code)
    QTest.keyClick(target, Qt.Key.Key_Return)


def key_then(qtbot, desk, key, action) -> None:
    """``key`` at the desk, and ``action`` once its box is up (queued: a blocking box runs it from inside)."""
    QTimer.singleShot(0, action)
    QTest.keyClick(desk.scan_box, key, *((Qt.KeyboardModifier.ControlModifier,) if key == Qt.Key.Key_Z else ()))
    qtbot.waitUntil(lambda: desk_box(desk) is None, timeout=10_000)
    desk.activateWindow()  # what the window manager does when a box closes (the offscreen platform does not)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.scan_box, timeout=10_000)  # ready for the next scan


def at_the_limit(lib, librarian, name: str):
    """A member with as many books as they may have, and one more book refused them at the desk."""
    reader = member(lib, librarian, name)
    limit = snapshot(lib).terms(reader.member_type_id, None).loan_limit
    for n in range(limit):
        circulation.checkout(lib, librarian, reader.number, book(lib, f"Buku {n}")[0].barcode)
    return reader, book(lib, "Sang Pemimpi")[0]


def lent(copy) -> bool:
    return Loan.select().where((Loan.item == copy.id) & Loan.returned_at.is_null()).exists()


def refused_at_desk(qtbot, desk, reader, copy) -> None:
    scan(qtbot, desk, reader.number)
    scan(qtbot, desk, copy.barcode)
    assert desk.history[-1].kind == "refused" and desk.override_button.isVisible()


def notes(desk) -> str:
    return "\n".join(desk.log.item(row).text() for row in range(desk.log.count()))


@pytest.fixture
def librarian_desk(qtbot, lib, librarian):
    with desk_page(qtbot, lib, librarian) as page:
        yield page


@pytest.fixture
def volunteer_desk(qtbot, lib, volunteer):
    with desk_page(qtbot, lib, volunteer) as page:
        yield page


def test_a_card_scanned_into_the_librarians_override_question_approves_nothing_and_is_served(
        qtbot, librarian_desk, lib, librarian):
    desk = librarian_desk
    wati, extra = at_the_limit(lib, librarian, "Wati")
    joko = member(lib, librarian, "Joko")
    refused_at_desk(qtbot, desk, wati, extra)
    seen = desk.events_seen
    key_then(qtbot, desk, Qt.Key.Key_F8, lambda: scanner_types(desk, joko.number))  # the next member already waits
    settled(qtbot, desk, seen)
    assert not lent(extra)  # the old box's "Yes" had the Enter: lent over the limit, and Joko's card lost
    assert desk.summary.member.number == joko.number
    assert "Not approved" in notes(desk)


def test_the_override_question_needs_a_deliberate_yes(qtbot, librarian_desk, lib, librarian):
    desk = librarian_desk
    wati, extra = at_the_limit(lib, librarian, "Wati")
    refused_at_desk(qtbot, desk, wati, extra)
    key_then(qtbot, desk, Qt.Key.Key_F8, lambda: scanner_types(desk, ""))  # Enter alone: No
    assert not lent(extra) and desk.override_button.isVisible()

    def tab_to_yes():
        box = desk_box(desk)
        QTest.keyClick(box.focusWidget(), Qt.Key.Key_Backtab)
        QTest.keyClick(box.focusWidget(), Qt.Key.Key_Return)

    seen = desk.events_seen
    key_then(qtbot, desk, Qt.Key.Key_F8, tab_to_yes)
    settled(qtbot, desk, seen)
    assert lent(extra) and desk.history[-1].kind == "lend"


def test_a_card_scanned_into_the_pin_box_is_served_and_not_taken_for_a_wrong_pin(qtbot, volunteer_desk, lib,
                                                                                 librarian):
    desk = volunteer_desk
    wati, extra = at_the_limit(lib, librarian, "Wati")
    joko = member(lib, librarian, "Joko")
    store.update(lib, member(lib, librarian, "Rudi"), number="1234")  # a card that reads like the librarian's PIN
    refused_at_desk(qtbot, desk, wati, extra)
    seen = desk.events_seen
    key_then(qtbot, desk, Qt.Key.Key_F8, lambda: scanner_types(desk, joko.number))
    settled(qtbot, desk, seen)
    assert not lent(extra)
    assert desk.summary.member.number == joko.number  # before: "not a librarian's PIN", and Joko lost
    assert "Not approved" in desk.result.text()

    refused_at_desk(qtbot, desk, wati, extra)  # Wati again; the librarian comes and types the PIN
    seen = desk.events_seen
    key_then(qtbot, desk, Qt.Key.Key_F8, lambda: scanner_types(desk, "1234"))
    settled(qtbot, desk, seen)
    assert lent(extra) and desk.summary.member.number == wati.number  # a PIN stays a PIN


def test_a_book_scanned_into_the_undo_question_undoes_nothing_and_is_lent(qtbot, librarian_desk, lib, librarian):
    desk = librarian_desk
    reader = member(lib, librarian, "Sri")
    first, second = book(lib, "Bumi Manusia")[0], book(lib, "Cantik Itu Luka")[0]
    scan(qtbot, desk, reader.number)
    scan(qtbot, desk, first.barcode)
    seen = desk.events_seen
    key_then(qtbot, desk, Qt.Key.Key_Z, lambda: scanner_types(desk, second.barcode))  # Ctrl+Z, then the next book
    settled(qtbot, desk, seen)
    assert lent(first) and lent(second)  # the old box's "Yes" took the Enter: the first loan undone
    assert "Nothing undone" in notes(desk)


def test_a_card_scanned_while_the_receipt_is_written_is_served_and_the_receipt_saved(
        qtbot, volunteer_desk, lib, librarian, monkeypatch):
    desk = volunteer_desk
    tuti, joko = member(lib, librarian, "Tuti"), member(lib, librarian, "Joko")
    scan(qtbot, desk, tuti.number)
    scan(qtbot, desk, book(lib, "Laskar Pelangi")[0].barcode)
    started, release = threading.Event(), threading.Event()

    def old_pc_receipt(lib, path, results, width_mm=None):  # a slow PC: the card comes while it writes
        started.set()
        release.wait(20)
        Path(path).write_bytes(b"%PDF-1.4\n")
        return Path(path)

    monkeypatch.setattr("pustaka_desktop.core.printing.receipt.write_receipt", old_pc_receipt)
    QTest.keyClick(desk.scan_box, Qt.Key.Key_F9)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    # the old desk's "Writing the receipt" box came up (and took the keyboard) while the PDF was written
    qtbot.waitUntil(lambda: all(box.isVisible() for box in desk.findChildren(QProgressDialog)), timeout=10_000)
    seen = desk.events_seen
    scanner_types(desk, joko.number)
    release.set()
    qtbot.waitUntil(lambda: desk.summary is not None and desk.summary.member.number == joko.number, timeout=10_000)
    settled(qtbot, desk, seen)
    assert desk.last_receipt and Path(desk.last_receipt).exists()
    assert Path(desk.last_receipt).name in notes(desk)


def test_a_card_scanned_into_the_pick_list_opens_that_member_not_the_one_highlighted(qtbot, volunteer_desk, lib,
                                                                                      librarian):
    desk = volunteer_desk
    for _ in range(2):
        member(lib, librarian, "Siti Aminah")
    joko = member(lib, librarian, "Joko")
    scan(qtbot, desk, "Siti")
    qtbot.waitUntil(lambda: desk.picker is not None and desk.picker.isVisible(), timeout=10_000)
    seen = desk.events_seen
    scanner_types(desk, joko.number)  # Joko came to the desk while the volunteer looked for Siti
    settled(qtbot, desk, seen)
    assert desk.picker is None and desk.summary.member.number == joko.number


def test_a_word_typed_into_the_pick_list_that_names_nobody_opens_nobody(qtbot, volunteer_desk, lib, librarian):
    desk = volunteer_desk
    for _ in range(2):
        member(lib, librarian, "Siti Aminah")
    scan(qtbot, desk, "Siti")
    qtbot.waitUntil(lambda: desk.picker is not None and desk.picker.isVisible(), timeout=10_000)
    scanner_types(desk, "ZX-991")  # a label from another library: no card, no copy here
    picker = desk.picker
    assert picker is not None and picker.isVisible() and "ZX-991" in picker.message.text()
    assert desk.summary is None
    picker.reject()


def test_a_card_scanned_into_the_reservation_list_reserves_nothing_and_is_served(qtbot, volunteer_desk, lib,
                                                                                  librarian):
    desk = volunteer_desk
    tuti, joko, budi = (member(lib, librarian, name) for name in ("Tuti", "Joko", "Budi"))
    copy = book(lib, "Laskar Pelangi")[0]
    circulation.checkout(lib, librarian, budi.number, copy.barcode)  # out: it can be reserved
    scan(qtbot, desk, tuti.number)
    QTest.keyClick(desk.scan_box, Qt.Key.Key_F7)
    dialog = desk.reserve_dialog
    QTest.keyClicks(dialog.query, "laskar")
    QTest.keyClick(dialog.query, Qt.Key.Key_Return)  # found: the list has the keyboard
    assert dialog.results.count() == 1 and dialog.focusWidget() is dialog.results
    seen = desk.events_seen
    scanner_types(desk, joko.number)  # the volunteer turned to the next member
    settled(qtbot, desk, seen)
    assert not Hold.select().where(Hold.member == tuti.id).exists()  # Enter reserved the highlighted title
    assert desk.summary.member.number == joko.number and desk.reserve_dialog is None
    assert tuti.name in notes(desk)
    assert Item.get_by_id(copy.id).status != "available"
