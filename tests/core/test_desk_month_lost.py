"""A book lost on loan, paid for, and found again at the next stock-take."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.audit_describe import describe
from pustaka_desktop.core.catalog import copies
from pustaka_desktop.core.circulation import fines, lost_loans
from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.errors import PermissionDenied
from pustaka_desktop.core.store.models import AuditLog, Item, Loan

from .circ_helpers import book, member


def english(_context, text):
    return text


def test_a_book_lost_on_loan_is_paid_for_then_found(lib, clock, librarian, volunteer):
    borrower = member(lib, librarian, name="Rudi")
    [copy] = book(lib, "Atlas Indonesia")
    circulation.checkout(lib, librarian, borrower, copy.barcode)  # due Monday 16 March
    clock.set("2026-03-30T09:00:00+07:00")  # two weeks late: "it fell in the river"
    with pytest.raises(PermissionDenied):
        lost_loans.declare_lost(lib, volunteer, copy.barcode, 45000)
    result = lost_loans.declare_lost(lib, librarian, copy.barcode, 45000, note="hanyut di sungai")
    assert result.message.format(**result.params) == (
        f"Lost: Atlas Indonesia. {borrower.name} ({borrower.number}) is charged Rp 45.000 for it.")
    assert Item.get_by_id(copy.id).status == "lost"
    assert Loan.get(Loan.item == copy.id).returned_at is not None  # not on her card any more
    assert fines.balance(lib, borrower) == 45000  # the price, no late fine on top
    fines.pay(lib, volunteer, borrower, 45000)  # before, a payment above the fines owed was refused
    line = AuditLog.get(AuditLog.action == "circulation.lost")
    assert describe(line.action, line.detail, english) == (
        f"Copy {copy.barcode} lost on loan by member {borrower.number}: Rp 45.000 charged for it; note: hanyut di "
        "sungai.")

    clock.set("2026-06-01T09:00:00+07:00")  # found behind a cupboard and scanned at the desk
    found = circulation.checkin(lib, volunteer, copy.barcode)
    assert found.found and Item.get_by_id(copy.id).status == "available"
    assert found.message.format(**found.params) == (
        f"Found: Atlas Indonesia is back on the shelf. Member {borrower.number} was charged Rp 45.000 when it "
        "was lost: ask the librarian about giving it back.")
    copies.mark_lost(lib, librarian, Item.get_by_id(copy.id))  # gone again, not on loan: nobody paid this time
    again = circulation.checkin(lib, volunteer, copy.barcode)
    assert again.message.format(**again.params) == "Found: Atlas Indonesia is back on the shelf."


def test_only_a_copy_on_loan_can_be_lost_on_loan(lib, librarian):
    [copy] = book(lib)
    with pytest.raises(circulation.LoanRefused) as refused:
        lost_loans.declare_lost(lib, librarian, copy.barcode, 10000)
    assert refused.value.reason == circulation.NOT_ON_LOAN
