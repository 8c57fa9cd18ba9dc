"""A new volunteer's first afternoon at the desk, keyboard and scanner only: what the desk says must match what
it will do with the next scan."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.store.models import Loan
from tests.core.circ_helpers import book, member
from tests.gui.desk_helpers import desk_page, scan


@pytest.fixture
def volunteer_desk(qtbot, lib, volunteer):
    with desk_page(qtbot, lib, volunteer) as page:
        yield page


@pytest.mark.parametrize("key, says, not_said", [(Qt.Key.Key_F3, "come back", "to lend."),
                                                  (Qt.Key.Key_F4, "to renew", "to lend.")])
def test_a_card_scanned_in_return_or_renew_mode_does_not_promise_a_loan(qtbot, volunteer_desk, lib, librarian,
                                                                        key, says, not_said):
    desk = volunteer_desk
    reader = member(lib, librarian, "Wulan")
    copy = book(lib, "Si Kancil")[0]
    circulation.checkout(lib, librarian, reader.number, copy.barcode)
    QTest.keyClick(desk.scan_box, key)  # left in Return (or Renew) by the member before
    scan(qtbot, desk, reader.number)
    banner = desk.result.text()
    assert reader.name in banner
    assert not_said not in banner, f"a loan promised while the desk will not lend: {banner!r}"
    assert says in banner and "F2" in banner  # what the next book does, and the key that lends
    scan(qtbot, desk, copy.barcode)
    loan = Loan.get(Loan.item == copy.id)
    assert (loan.returned_at is not None) == (key == Qt.Key.Key_F3)  # what the banner said happened
    assert (loan.renewals == 1) == (key == Qt.Key.Key_F4)
