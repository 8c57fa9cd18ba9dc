"""The first morning after Idul Fitri: the librarian empties the book drop at the desk (F3 twice)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pustaka_desktop.core.circulation import fines, holidays
from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.gui.desk_session import RETURN

from ..core.circ_helpers import book, member
from .desk_helpers import desk_page, scan


def test_f3_twice_returns_the_book_drop_fined_only_to_the_day_before_the_closure(qtbot, lib, clock, librarian,
                                                                              volunteer):
    holidays.add_holiday(lib, librarian, "2026-03-18", "2026-03-27", "Cuti bersama Idul Fitri")
    borrower = member(lib, librarian, name="Ani")
    from_drop, at_desk = book(lib, copies=2)
    for copy in (from_drop, at_desk):
        circulation.checkout(lib, librarian, borrower, copy.barcode)  # due Monday 16 March
    clock.set("2026-03-28T08:00:00+07:00")
    with desk_page(qtbot, lib, volunteer) as page:
        QTest.keyClick(page.scan_box, Qt.Key.Key_F3)
        returning = page.prompt.text()
        QTest.keyClick(page.scan_box, Qt.Key.Key_F3)
        assert page.mode == RETURN and page.book_drop
        assert page.prompt.text() != returning  # the desk says which books it takes back now
        scan(qtbot, page, from_drop.barcode)
        assert fines.balance(lib, borrower) == 500  # Tuesday 17 March, the last open day
        QTest.keyClick(page.scan_box, Qt.Key.Key_F3)  # back to the books handed in at the desk
        assert page.mode == RETURN and not page.book_drop
        scan(qtbot, page, at_desk.barcode)
        assert fines.balance(lib, borrower) == 500 + 12 * 500


def test_a_late_renewal_in_renew_mode_says_the_fine_and_whose_it_is(qtbot, lib, clock, librarian, volunteer):
    from pustaka_desktop.gui.desk_session import RENEW

    reader = member(lib, librarian, name="Tuti")
    [copy] = book(lib, "Laskar Pelangi")
    circulation.checkout(lib, librarian, reader, copy.barcode)  # due Monday 16 March
    clock.set("2026-03-20T09:00:00+07:00")
    with desk_page(qtbot, lib, volunteer) as page:
        page.set_mode(RENEW)
        scan(qtbot, page, copy.barcode)  # nobody open: before, "Renewed ... due back ..." and Rp 2.000 unsaid
        banner = page.result.text()
        assert fines.balance(lib, reader) == 2000
        assert "2.000" in banner and reader.name in banner and reader.number in banner and "F6" in banner, banner
