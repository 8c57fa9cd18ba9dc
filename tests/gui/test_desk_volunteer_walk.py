"""A first-time volunteer at the desk, keyboard and USB scanner only: the scanner types a code and Enter
into whatever has the focus. Cards and labels from before a spreadsheet dropped their zeros, an undo the
volunteer may not do, and a fine paid at the desk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Loan
from pustaka_desktop.gui.widgets.a11y import ANNOUNCEMENTS
from tests.core.circ_helpers import book, member
from tests.gui.desk_helpers import desk_page, scan


@pytest.fixture
def volunteer_desk(qtbot, lib, volunteer):
    with desk_page(qtbot, lib, volunteer) as page:
        yield page



def test_cards_and_labels_are_found_with_or_without_the_zeros_a_spreadsheet_drops(qtbot, volunteer_desk, lib,
                                                                                  librarian):
    desk = volunteer_desk
    with_zeros = member(lib, librarian, "Siti")
    store.update(lib, with_zeros, number="0001234")  # SLiMS's numbering, kept
    from_excel = member(lib, librarian, "Joko")
    store.update(lib, from_excel, number="5678")  # the list went through Excel: the card still says 0005678
    kept, lost = book(lib, "Laskar Pelangi")[0], book(lib, "Negeri 5 Menara")[0]
    store.update(lib, kept, barcode="00042")
    store.update(lib, lost, barcode="77")  # the label says 00077

    scan(qtbot, desk, "1234")  # typed from a list that lost the zeros
    assert desk.history[-1].kind == "member" and desk.summary.member.number == "0001234"
    scan(qtbot, desk, "42")
    scan(qtbot, desk, "00077")
    assert [e.kind for e in list(desk.history)[-2:]] == ["lend", "lend"]
    lent = {Item.get_by_id(loan.item_id).barcode for loan in Loan.select().where(Loan.member == with_zeros.id)}
    assert lent == {"00042", "77"}

    scan(qtbot, desk, "0005678")  # the old card
    assert desk.history[-1].kind == "member" and desk.summary.member.number == "5678"


    twin_card = member(lib, librarian, "Rudi")
    store.update(lib, twin_card, number="0009")
    store.update(lib, book(lib, "Ronggeng Dukuh Paruk")[0], barcode="009")
    scan(qtbot, desk, "9")  # a card and a copy alike: the desk does not guess
    assert desk.history[-1].kind == "refused" and desk.summary.member.number == "5678"
    assert not Loan.select().where(Loan.member == from_excel.id).exists()


def test_ctrl_z_tells_a_volunteer_how_to_take_back_a_book_lent_by_mistake(qtbot, volunteer_desk, lib, librarian):
    desk = volunteer_desk
    reader = member(lib, librarian, "Wati")
    right, wrong = book(lib, "Laskar Pelangi")[0], book(lib, "Cantik Itu Luka")[0]
    for code in (reader.number, right.barcode, wrong.barcode):
        scan(qtbot, desk, code)
    QTest.keyClick(desk.scan_box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "F3" in desk.result.text()  # not silence: the way a volunteer takes it back
    QTest.keyClick(desk.scan_box, Qt.Key.Key_F3)
    scan(qtbot, desk, wrong.barcode)
    QTest.keyClick(desk.scan_box, Qt.Key.Key_F2)
    assert desk.history[-1].kind == "return" and desk.summary.member.number == reader.number
    assert [line.title for line in desk.summary.loans] == ["Laskar Pelangi"]
    assert QApplication.focusWidget() is desk.scan_box


def test_a_volunteer_takes_a_fine_payment_at_the_desk_with_f6(qtbot, volunteer_desk, lib, librarian):
    from pustaka_desktop.core.circulation import fines
    from pustaka_desktop.core.circulation import loans as circulation

    desk = volunteer_desk
    reader = member(lib, librarian, "Tuti")
    copy = book(lib, "Laskar Pelangi")[0]
    lent = circulation.checkout(lib, librarian, reader.number, copy.barcode)
    store.update(lib, lent.loan, due_on=lent.loan.due_on.replace(year=lent.loan.due_on.year - 1))  # a year late
    circulation.checkin(lib, librarian, copy.barcode)
    owed = fines.balance(lib, reader)
    assert owed > 0
    scan(qtbot, desk, reader.number)
    assert desk.card.pay_button.isVisibleTo(desk)
    assert "F6" in ANNOUNCEMENTS.recent[-1]  # a screen reader hears the fine, not only the name
    offered = []

    def pay_1000():  # the payment box is up: the volunteer types the amount and Enter
        box = QApplication.activeModalWidget()
        offered.append(box.field.text())
        QTest.keyClicks(box.field, "1000")
        QTest.keyClick(box.field, Qt.Key.Key_Return)

    QTimer.singleShot(0, pay_1000)
    seen = desk.events_seen
    QTest.keyClick(desk.scan_box, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: desk.events_seen > seen and desk.worker.pending == 0, timeout=10_000)
    desk.activateWindow()  # what the window manager does when the box closes (not the offscreen platform)
    assert offered == [str(owed)]  # all that is owed is offered
    assert desk.history[-1].kind == "paid" and fines.balance(lib, reader) == owed - 1000
    assert desk.summary.fines_balance == owed - 1000 and "1.000" in desk.result.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.scan_box, timeout=10_000)
