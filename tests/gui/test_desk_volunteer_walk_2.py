"""A volunteer at the desk, keyboard and USB scanner only (the scanner types a code and Enter into whatever
has the focus): a fine paid with F6 and its receipt, the next member's card scanned into a payment box
left open, a desk left mid-payment, a member with overdue books and one at the loan limit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pustaka_desktop.core.circulation import fines
from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.circulation.loan_rules import snapshot
from pustaka_desktop.core.formatting import format_date
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Loan
from pustaka_desktop.gui.widgets.a11y import ANNOUNCEMENTS
from tests.core.circ_helpers import book, member
from tests.core.test_stocktake_and_letters import pdf_text
from tests.gui.desk_helpers import desk_page, scan, settled


@pytest.fixture
def volunteer_desk(qtbot, lib, volunteer):
    with desk_page(qtbot, lib, volunteer) as page:
        yield page




def type_into_open_box(keys: str) -> None:
    """Keys and Enter into the dialog the desk has open (a payment box); a no-op when none is open."""
    box = QApplication.activeModalWidget()
    if box is not None:
        target = box.focusWidget() or box
        QTest.keyClicks(target, keys)
        QTest.keyClick(target, Qt.Key.Key_Return)


def press_f6_then(qtbot, desk, action) -> None:
    """F6, and ``action`` once the payment box is up (queued: an old blocking box runs it from inside)."""
    QTimer.singleShot(0, action)
    QTest.keyClick(desk.scan_box, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=10_000)
    desk.activateWindow()  # what the window manager does when a box closes (the offscreen platform does not)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.scan_box, timeout=10_000)  # ready for the next scan


def owing_member(lib, librarian, name: str, card: str | None = None):
    """A member who brought a book back a year late and has not paid."""
    reader = member(lib, librarian, name)
    if card:
        store.update(lib, reader, number=card)
    copy = book(lib, "Laskar Pelangi")[0]
    lent = circulation.checkout(lib, librarian, reader.number, copy.barcode)
    store.update(lib, lent.loan, due_on=lent.loan.due_on - timedelta(days=365))
    circulation.checkin(lib, librarian, copy.barcode)
    assert fines.balance(lib, reader) > 0
    return reader


def test_the_next_members_card_scanned_into_an_open_payment_box_records_no_payment(qtbot, volunteer_desk, lib,
                                                                                  librarian):
    desk = volunteer_desk
    tuti = owing_member(lib, librarian, "Tuti")
    owed = fines.balance(lib, tuti)
    next_one = member(lib, librarian, "Joko")
    store.update(lib, next_one, number="0001234")
    scan(qtbot, desk, tuti.number)
    seen = desk.events_seen
    # Tuti had no money after all; the volunteer scans Joko's card with the box still open
    press_f6_then(qtbot, desk, lambda: type_into_open_box("0001234"))
    settled(qtbot, desk, seen)
    assert fines.balance(lib, tuti) == owed  # not Rp 1.234, nor the whole amount offered
    assert desk.summary.member.number == "0001234"  # the scan went through: Joko is served
    assert tuti.name in desk.log.item(1).text()  # "no payment recorded for Tuti", in the last actions


def test_a_desk_left_with_the_payment_box_open_records_nothing_and_says_so(qtbot, volunteer_desk, lib, librarian):
    desk = volunteer_desk
    tuti = owing_member(lib, librarian, "Tuti")
    owed = fines.balance(lib, tuti)
    scan(qtbot, desk, tuti.number)
    seen = desk.events_seen

    def leave_then_come_back():
        desk.idle.timeout.emit()  # minutes without a scan: the desk closes the member
        type_into_open_box("")  # the volunteer is back and presses Enter at what is on screen

    press_f6_then(qtbot, desk, leave_then_come_back)
    settled(qtbot, desk, seen)
    assert fines.balance(lib, tuti) == owed and desk.summary is None
    assert any(tuti.name in desk.log.item(row).text() for row in range(desk.log.count()))


def test_a_fine_paid_with_f6_is_on_the_receipt_with_what_is_still_owed(qtbot, volunteer_desk, lib, librarian):
    desk = volunteer_desk
    tuti = owing_member(lib, librarian, "Tuti")
    owed = fines.balance(lib, tuti)
    scan(qtbot, desk, tuti.number)
    seen = desk.events_seen
    press_f6_then(qtbot, desk, lambda: type_into_open_box("Rp 1.000"))  # typed as the money reads
    settled(qtbot, desk, seen)
    assert fines.balance(lib, tuti) == owed - 1000
    assert desk.receipt_button.isEnabled()  # a payment alone is worth a receipt
    QTest.keyClick(desk.scan_box, Qt.Key.Key_F9)  # filed in the receipts folder, no box asks where
    qtbot.waitUntil(lambda: bool(desk.last_receipt), timeout=20_000)
    text = pdf_text(desk.last_receipt)
    still = f"Rp {owed - 1000:,}".replace(",", ".")
    assert "DIBAYAR" in text and "Rp 1.000" in text and still in text
    assert tuti.name in text


def test_overdue_books_that_do_not_stop_borrowing_are_said_when_the_card_is_scanned(qtbot, volunteer_desk, lib,
                                                                                    librarian):
    desk = volunteer_desk
    reader = member(lib, librarian, "Sri")
    due = []
    for title, days in (("Bumi Manusia", 20), ("Ronggeng Dukuh Paruk", 5)):
        lent = circulation.checkout(lib, librarian, reader.number, book(lib, title)[0].barcode)
        store.update(lib, lent.loan, due_on=lent.loan.due_on - timedelta(days=days + 30))
        due.append(Loan.get_by_id(lent.loan.id).due_on)
    scan(qtbot, desk, reader.number)
    assert desk.summary.overdue == 2 and not desk.summary.problems  # late, but may still borrow
    heard = ANNOUNCEMENTS.recent[-1]
    assert "2" in heard and format_date(min(due)) in heard
    lent = book(lib, "Laskar Pelangi")[0]
    scan(qtbot, desk, lent.barcode)  # the next answers stay short
    assert desk.history[-1].kind == "lend" and format_date(min(due)) not in desk.result.text()


def test_a_member_at_the_loan_limit_hears_what_the_volunteer_can_do(qtbot, volunteer_desk, lib, librarian):
    desk = volunteer_desk
    reader = member(lib, librarian, "Wati")
    limit = snapshot(lib).terms(reader.member_type_id, None).loan_limit
    out = [circulation.checkout(lib, librarian, reader.number, book(lib, f"Buku {n}")[0].barcode).item
           for n in range(limit)]
    scan(qtbot, desk, reader.number)
    assert "F3" in desk.result.text() and "F8" in desk.result.text()
    scan(qtbot, desk, book(lib, "Sang Pemimpi")[0].barcode)
    assert desk.history[-1].kind == "refused" and desk.override_button.isVisible()
    assert "F3" in desk.result.text() and "F8" in desk.result.text()
    QTest.keyClick(desk.scan_box, Qt.Key.Key_F3)  # as the answer says: a book comes back first
    scan(qtbot, desk, out[0].barcode)
    QTest.keyClick(desk.scan_box, Qt.Key.Key_F2)
    scan(qtbot, desk, book(lib, "Sang Pemimpi 2")[0].barcode)
    assert desk.history[-1].kind == "lend" and desk.summary.member.number == reader.number
