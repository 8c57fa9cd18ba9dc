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


def test_a_book_lost_on_loan_is_no_return_in_the_report_nor_in_its_history(lib, clock, librarian):
    """Declaring a loss closes the loan; the monthly report counted it among the returns (and late ones), and the
    copy's history said it was "taken back" and "returned 14 days late" with a "fine" that was the book's price."""
    from pustaka_desktop.core.circulation import copy_history, member_loans
    from pustaka_desktop.core.reports import figures
    from pustaka_desktop.core.reports.period import Period

    borrower = member(lib, librarian, name="Rudi")
    lost, kept = book(lib, "Atlas Indonesia", copies=2)
    circulation.checkout(lib, librarian, borrower, lost.barcode)
    circulation.checkout(lib, librarian, borrower, kept.barcode)
    clock.set("2026-03-30T09:00:00+07:00")  # both two weeks late
    circulation.checkin(lib, librarian, kept.barcode)
    lost_loans.declare_lost(lib, librarian, lost.barcode, 45000)

    march = figures.loans(lib, Period.month(2026, 3))
    assert (march["returned"], march["returned_late"], march["lost_on_loan"]) == (1, 1, 1)

    [entry] = copy_history.copy_history(lib, librarian, lost.barcode, english).loans
    assert entry.returned_by == "" and entry.lost_by.startswith("lost on loan (declared by ")
    note = copy_history.loan_note(entry, english)
    assert "returned" not in note and "fine" not in note and "Rp 45.000 charged for the book" in note
    back_to = {barcode: who for barcode, _, _, _, who in member_loans.loan_history(lib, borrower, translate=english)}
    assert back_to[lost.barcode].startswith("lost on loan") and not back_to[kept.barcode].startswith("lost")
