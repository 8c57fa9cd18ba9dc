"""Fines that skip closed days skip them in the grace days too."""

from __future__ import annotations

from pustaka_desktop.core.circulation import fines, holidays, loan_rules
from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.store.models import MemberType

from .circ_helpers import book, member


def test_a_book_back_on_the_first_open_day_after_lebaran_is_within_a_grace_of_two_open_days(lib, clock, librarian):
    loan_rules.set_options(lib, librarian, fines_skip_closed_days=True)
    loan_rules.save_member_type(lib, librarian, MemberType.get(MemberType.name == "Umum"), grace_days=2)
    holidays.add_holiday(lib, librarian, "2026-03-18", "2026-03-27", "Cuti bersama Idul Fitri")
    borrower = member(lib, librarian)
    on_time_enough, later = book(lib, copies=2)
    clock.set("2026-03-03T09:00:00+07:00")
    for copy in (on_time_enough, later):
        circulation.checkout(lib, librarian, borrower, copy.barcode)  # due Tuesday 17 March
    clock.set("2026-03-28T09:00:00+07:00")  # Saturday, the first open day: one open day late
    assert circulation.checkin(lib, librarian, on_time_enough.barcode).fine == 0
    clock.set("2026-03-31T09:00:00+07:00")  # Saturday 28, Monday 30, Tuesday 31: three open days
    assert circulation.checkin(lib, librarian, later.barcode).fine == 3 * 500
    assert fines.balance(lib, borrower) == 1500
