"""The fine cap is for a whole loan: a book renewed while late, then returned late again."""

from __future__ import annotations

from pustaka_desktop.core.circulation import fines, loan_rules, member_loans
from pustaka_desktop.core.circulation import loans as circulation

from .circ_helpers import book, member


def test_a_loan_renewed_while_late_is_never_charged_more_than_the_cap(lib, clock, librarian):
    loan_rules.set_options(lib, librarian, fine_cap=3000)  # Rp 500 a day, at most Rp 3.000 a book
    borrower = member(lib, librarian, name="Wati")
    [copy] = book(lib)
    circulation.checkout(lib, librarian, borrower, copy.barcode)  # due Monday 16 March
    clock.set("2026-03-30T09:00:00+07:00")  # two weeks late: renewed at the desk, Rp 3.000 charged
    assert circulation.renew(lib, librarian, copy.barcode).fine == 3000
    clock.set("2026-04-30T09:00:00+07:00")  # late again
    [line] = member_loans.member_summary(lib, borrower.number).loans
    assert line.days_late > 0 and line.fine_so_far == 0  # the desk does not announce more to pay
    result = circulation.checkin(lib, librarian, copy.barcode)
    assert result.fine == 0
    assert fines.balance(lib, borrower) == 3000


def test_the_cap_still_leaves_room_for_what_the_renewal_did_not_charge(lib, clock, librarian):
    loan_rules.set_options(lib, librarian, fine_cap=3000)
    borrower = member(lib, librarian, name="Wati")
    [copy] = book(lib)
    circulation.checkout(lib, librarian, borrower, copy.barcode)
    clock.set("2026-03-18T09:00:00+07:00")  # two days late: Rp 1.000 at the renewal
    assert circulation.renew(lib, librarian, copy.barcode).fine == 1000
    clock.set("2026-05-30T09:00:00+07:00")
    assert circulation.checkin(lib, librarian, copy.barcode).fine == 2000
    assert fines.balance(lib, borrower) == 3000


def test_a_renewal_that_charges_a_fine_says_so_at_the_desk_and_on_the_receipt(lib, clock, librarian, tmp_path):
    import shutil
    import subprocess

    import pytest

    from pustaka_desktop.core.printing.receipt import receipt_pdf

    borrower = member(lib, librarian, name="Wati")
    [copy] = book(lib, "Si Kancil")
    circulation.checkout(lib, librarian, borrower, copy.barcode)  # due Monday 16 March
    clock.set("2026-03-20T09:00:00+07:00")  # four days late, renewed in Renew mode with nobody open
    result = circulation.renew(lib, librarian, copy.barcode)
    said = result.message.format(**result.params)
    assert result.fine == 2000 and "4 day(s) late: fine Rp 2.000" in said
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (./dev setup installs it)")
    path = tmp_path / "struk.pdf"
    path.write_bytes(receipt_pdf(lib, [result]))
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Terlambat 4 hari, denda Rp 2.000" in text
