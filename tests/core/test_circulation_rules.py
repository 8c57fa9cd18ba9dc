"""Loan-rule precedence, holidays and expiry capping, grace and fines."""

from datetime import date

import pytest

from pustaka_desktop.core.circulation import fines, holidays, loan_rules
from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.errors import PermissionDenied, ValidationError
from pustaka_desktop.core.store.models import LoanRule, MemberType

from .circ_helpers import book, ctype, member


def mtype(name):
    return MemberType.get(MemberType.name == name)


@pytest.mark.parametrize("present,expected_days", [
    (("both", "collection", "type", "any"), 3),
    (("collection", "type", "any"), 5),
    (("type", "any"), 10),
    (("any",), 20),
    ((), 14),  # the member type's own default (Umum: 14 days)
    (("both", "type"), 3),
    (("collection", "any"), 5),
])
def test_the_most_specific_rule_wins(lib, librarian, present, expected_days):
    umum, anak = mtype("Umum"), ctype("Anak")
    specs = {"both": (umum, anak, 3), "collection": (None, anak, 5), "type": (umum, None, 10), "any": (None, None, 20)}
    for key in present:
        member_type, collection, days = specs[key]
        loan_rules.save_rule(lib, librarian, member_type=member_type, collection_type=collection, loan_days=days)
    assert loan_rules.terms_for(umum, anak).loan_days == expected_days
    borrower = member(lib, librarian)
    [copy] = book(lib, collection="Anak")
    result = circulation.checkout(lib, librarian, borrower, copy.barcode)
    sunday_moved = {3: date(2026, 3, 5), 5: date(2026, 3, 7), 10: date(2026, 3, 12), 14: date(2026, 3, 16),
                    20: date(2026, 3, 23)}  # 2 March + 20 days is a Sunday: moved to Monday
    assert result.due_on == sunday_moved[expected_days]


def test_an_empty_field_falls_through_to_the_less_specific_rule(lib, librarian):
    umum, anak = mtype("Umum"), ctype("Anak")
    loan_rules.save_rule(lib, librarian, collection_type=anak, loan_days=21, renewals=0)
    loan_rules.save_rule(lib, librarian, member_type=umum, collection_type=anak, fine_per_day=100)
    terms = loan_rules.terms_for(umum, anak)
    assert (terms.loan_days, terms.renewals, terms.fine_per_day) == (21, 0, 100)
    assert loan_rules.terms_for(mtype("Pelajar"), anak).fine_per_day == 500  # the type's own


def test_loanable_follows_the_collection_type_unless_a_rule_says_otherwise(lib, librarian):
    borrower = member(lib, librarian)
    [reference] = book(lib, "Kamus", collection="Referensi")
    with pytest.raises(circulation.LoanRefused) as err:
        circulation.checkout(lib, librarian, borrower, reference.barcode)
    assert err.value.reason == circulation.NOT_FOR_LOAN
    loan_rules.save_rule(lib, librarian, member_type=mtype("Umum"), collection_type=ctype("Referensi"),
                         loanable=True, loan_days=2)
    assert circulation.checkout(lib, librarian, borrower, reference.barcode).due_on == date(2026, 3, 4)
    loan_rules.save_rule(lib, librarian, collection_type=ctype("Sirkulasi"), loanable=False)
    [novel] = book(lib)
    with pytest.raises(circulation.LoanRefused):
        circulation.checkout(lib, librarian, borrower, novel.barcode)


def test_a_second_rule_for_the_same_pair_is_refused(lib, librarian):
    loan_rules.save_rule(lib, librarian, member_type=mtype("Umum"), loan_days=5)
    with pytest.raises(ValidationError) as err:
        loan_rules.save_rule(lib, librarian, member_type=mtype("Umum"), loan_days=6)
    assert "already a rule" in str(err.value)


def test_collection_limit_from_a_rule(lib, librarian):
    loan_rules.save_rule(lib, librarian, collection_type=ctype("Anak"), loan_limit=1)
    borrower = member(lib, librarian)
    first, second = book(lib, "Timun Mas", copies=2, collection="Anak")
    circulation.checkout(lib, librarian, borrower, first.barcode)
    with pytest.raises(circulation.LoanRefused) as err:
        circulation.checkout(lib, librarian, borrower, second.barcode)
    assert err.value.reason == circulation.LIMIT_REACHED
    [novel] = book(lib)
    circulation.checkout(lib, librarian, borrower, novel.barcode)  # other collections are not capped


def test_due_date_moves_off_sundays_and_holidays(lib, librarian):
    loan_rules.save_rule(lib, librarian, member_type=mtype("Umum"), loan_days=6)  # Monday + 6 = Sunday
    borrower = member(lib, librarian)
    a, b = book(lib, copies=2)
    assert circulation.checkout(lib, librarian, borrower, a.barcode).due_on == date(2026, 3, 9)  # Monday
    holidays.add_holiday(lib, librarian, "2026-03-09", "2026-03-11", "Libur Nyepi")
    assert circulation.checkout(lib, librarian, borrower, b.barcode).due_on == date(2026, 3, 12)


def test_due_date_never_passes_the_membership_expiry(lib, librarian):
    borrower = member(lib, librarian, expires_on="2026-03-08")  # a Sunday
    [copy] = book(lib)
    result = circulation.checkout(lib, librarian, borrower, copy.barcode)
    assert result.due_on == date(2026, 3, 7)  # the last open day before the expiry


def test_closed_weekdays_setting(lib, librarian):
    holidays.set_closed_weekdays(lib, librarian, {6, 7})
    cal = holidays.calendar(lib)
    assert not cal.is_open(date(2026, 3, 7)) and cal.next_open_day(date(2026, 3, 7)) == date(2026, 3, 9)
    assert cal.open_days(date(2026, 3, 2), date(2026, 3, 8)) == 5


def test_no_fine_within_the_grace_days_then_every_late_day_counts(lib, clock, librarian):
    loan_rules.save_member_type(lib, librarian, mtype("Umum"), grace_days=2)
    borrower = member(lib, librarian)
    first, second = book(lib, copies=2)
    for copy in (first, second):
        circulation.checkout(lib, librarian, borrower, copy.barcode)  # due Monday 16 March
    clock.set("2026-03-18T10:00:00+07:00")
    result = circulation.checkin(lib, librarian, first.barcode)
    assert result.fine == 0 and result.days_late == 2
    clock.set("2026-03-19T10:00:00+07:00")
    result = circulation.checkin(lib, librarian, second.barcode)
    assert result.fine == 3 * 500  # all three days, not only the one beyond the grace
    assert fines.balance(lib, borrower) == 1500


def test_fines_with_and_without_closed_days(lib, clock, librarian):
    # Due Monday 16 March, returned Monday 23 March: 7 late days, one of them a Sunday.
    holidays.add_holiday(lib, librarian, "2026-03-18", name="Libur")
    borrower = member(lib, librarian)
    first, second = book(lib, copies=2)
    for copy in (first, second):
        assert circulation.checkout(lib, librarian, borrower, copy.barcode).due_on == date(2026, 3, 16)
    clock.set("2026-03-23T10:00:00+07:00")
    assert circulation.checkin(lib, librarian, first.barcode).fine == 7 * 500
    loan_rules.set_options(lib, librarian, fines_skip_closed_days=True)
    result = circulation.checkin(lib, librarian, second.barcode)
    assert result.fine == 5 * 500  # Sunday 22 and the holiday on 18 March are not counted
    assert result.days_late == 7


def test_fine_cap_and_member_types_without_fines(lib, clock, librarian):
    loan_rules.set_options(lib, librarian, fine_cap=2000)
    adult, child = member(lib, librarian), member(lib, librarian, member_type="Anak-anak")
    a, b = book(lib, copies=2)
    circulation.checkout(lib, librarian, adult, a.barcode)
    circulation.checkout(lib, librarian, child, b.barcode)
    clock.set("2026-04-10T10:00:00+07:00")
    assert circulation.checkin(lib, librarian, a.barcode).fine == 2000
    result = circulation.checkin(lib, librarian, b.barcode)
    assert result.fine == 0 and result.days_late > 20


def test_volunteer_cannot_change_rules_or_options(lib, volunteer):
    with pytest.raises(PermissionDenied):
        loan_rules.save_rule(lib, volunteer, loan_days=99)
    with pytest.raises(PermissionDenied):
        loan_rules.set_options(lib, volunteer, max_unpaid_fines=0)
    assert not LoanRule.select().exists()


def test_deleted_rule_no_longer_applies(lib, librarian):
    rule = loan_rules.save_rule(lib, librarian, member_type=mtype("Umum"), loan_days=2)
    loan_rules.delete_rule(lib, librarian, rule)
    assert loan_rules.terms_for(mtype("Umum"), None).loan_days == 14
    assert LoanRule.get_by_id(rule.id).deleted
