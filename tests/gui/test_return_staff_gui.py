"""Who took each book back, in the app: the copy history window has a "Taken back by" column (a return made
before this was kept says "not recorded"; an imported loan says where it came from), and the member's loan history
on the members page says who took each book back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pustaka_desktop.core.circulation import loans
from pustaka_desktop.core.circulation.copy_history import copy_history
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Loan, LoanEvent
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.members import MembersPage
from pustaka_desktop.gui.widgets.copy_history_dialog import CopyHistoryDialog
from tests.core.circ_helpers import book, member


def _column(table, heading: str) -> list[str]:
    names = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    column = names.index(heading)
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_the_history_window_says_who_took_each_book_back(qtbot, lib, clock, librarian, volunteer):
    item = book(lib, "Ronggeng Dukuh Paruk")[0]
    siti, budi, dewi = (member(lib, librarian, name) for name in ("Siti Aminah", "Budi Santoso", "Dewi Lestari"))
    lent = clock.now().replace(year=2024)  # a loan the SLiMS move brought
    store.insert(lib, Loan, item=item.id, member=siti.id, loaned_at=lent, due_on=lent.date(), returned_at=lent,
                 staff="SLiMS")
    loans.checkout(lib, librarian, budi, item.barcode)
    clock.advance(days=2)
    loans.checkin(lib, librarian, item.barcode)  # (made as if before this version: nobody written down)
    LoanEvent.delete().execute()
    loans.checkout(lib, librarian, dewi, item.barcode)
    clock.advance(days=3)
    loans.checkin(lib, volunteer, item.barcode)
    loans.checkout(lib, librarian, siti, item.barcode)  # out again: "I returned it!"

    dialog = CopyHistoryDialog(copy_history(lib, librarian, item.barcode))
    qtbot.addWidget(dialog)
    dialog.show()
    assert _column(dialog.loans, "Taken back by") == ["", "Relawan Satu (relawan)", "not recorded",
                                                      "imported from SLiMS"]
    assert _column(dialog.loans, "Lent by")[1] == "pustakawan"
    qtbot.keyClick(dialog.loans, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_members_loan_history_says_who_took_each_book_back(qtbot, lib, clock, librarian, volunteer):
    item = book(lib, "Laskar Pelangi")[0]
    siti = member(lib, librarian, "Siti Aminah")
    loans.checkout(lib, librarian, siti, item.barcode)
    clock.advance(days=4)
    loans.checkin(lib, volunteer, item.barcode)
    page = MembersPage(AppContext(lib, volunteer))  # a volunteer at the desk looks the member up
    qtbot.addWidget(page)
    page.show_member(siti)
    assert _column(page.history, "Title") == ["Laskar Pelangi"]
    assert _column(page.history, "Taken back by") == ["Relawan Satu (relawan)"]
