"""Check-out, check-in, renew, refusals and overrides, holds, the fines ledger and undo."""

from datetime import date

import pytest

from pustaka_desktop.core.circulation import (
    desk_reads,
    desk_undo,
    fines,
    holds,
    loan_rules,
    member_loans,
    overdue,
    refusals,
)
from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.community import members
from pustaka_desktop.core.errors import Conflict, PermissionDenied, ValidationError
from pustaka_desktop.core.store.models import AuditLog, FineEntry, Hold, Item, Loan

from .circ_helpers import book, member


def status(item):
    return Item.get_by_id(item.id).status


def test_checkout_and_checkin_round_trip(lib, volunteer):
    borrower = member(lib, volunteer)
    [copy] = book(lib, "Bumi Manusia")
    result = circulation.checkout(lib, volunteer, borrower.number, copy.barcode)
    assert result.due_on == date(2026, 3, 16) and result.title == "Bumi Manusia"
    assert status(copy) == "on_loan"
    summary = member_loans.member_summary(lib, borrower.number)
    assert [(line.barcode, line.due_on) for line in summary.loans] == [(copy.barcode, date(2026, 3, 16))]
    back = circulation.checkin(lib, volunteer, copy.barcode.lower())  # scanners may send lower case
    assert back.loan.id == result.loan.id and back.fine == 0 and back.hold is None
    assert status(copy) == "available"
    assert Loan.get_by_id(result.loan.id).returned_at is not None


def _refusal(lib, by, who, barcode, **kw):
    with pytest.raises(circulation.LoanRefused) as err:
        circulation.checkout(lib, by, who, barcode, **kw)
    return err.value


@pytest.mark.parametrize("setup,reason", [
    ("blocked", circulation.MEMBER_BLOCKED),
    ("expired", circulation.MEMBER_EXPIRED),
    ("limit", circulation.LIMIT_REACHED),
    ("fines", circulation.FINES_UNPAID),
    ("lost", circulation.COPY_LOST),
    ("repair", circulation.COPY_IN_REPAIR),
    ("reference", circulation.NOT_FOR_LOAN),
    ("reserved", circulation.RESERVED_OTHER),
])
def test_each_overridable_refusal_and_the_librarian_pin_override(lib, librarian, volunteer, setup, reason):
    borrower = member(lib, volunteer)
    [copy] = book(lib, collection="Referensi" if setup == "reference" else "Sirkulasi",
                  status={"lost": "lost", "repair": "in_repair"}.get(setup, "available"))
    if setup == "blocked":
        members.block(lib, librarian, borrower, "merusak buku")
    elif setup == "expired":
        members.update_member(lib, librarian, borrower, registered_on="2025-01-01", expires_on="2026-03-01")
    elif setup == "limit":
        for other in book(lib, "Lain", copies=3):
            circulation.checkout(lib, volunteer, borrower, other.barcode)
    elif setup == "fines":
        fines.charge(lib, borrower, 7500, note="lama")
    elif setup == "reserved":
        waiting = member(lib, volunteer, "Siti")
        holds.place_hold(lib, volunteer, waiting, copy.record)  # the copy is put aside for Siti
    refusal = _refusal(lib, volunteer, borrower, copy.barcode)
    assert refusal.reason == reason and refusal.overridable
    assert refusal.message()  # a readable English sentence with the values filled in
    assert not Loan.select().where(Loan.item == copy.id).exists()
    with pytest.raises(PermissionDenied):
        circulation.checkout(lib, volunteer, borrower, copy.barcode, override_pin="9999")
    with pytest.raises(PermissionDenied):
        circulation.checkout(lib, volunteer, borrower, copy.barcode, override=True)  # not a librarian
    result = circulation.checkout(lib, volunteer, borrower, copy.barcode, override_pin="1234")
    assert result.overridden_by == "pustakawan" and reason in result.overridden
    entry = AuditLog.get(AuditLog.action == "circulation.override")
    assert entry.username == "pustakawan" and reason in entry.detail and "relawan" in entry.detail


def test_refusals_that_cannot_be_overridden(lib, volunteer):
    alice, bob = member(lib, volunteer, "Alice"), member(lib, volunteer, "Bob")
    [copy] = book(lib)
    assert _refusal(lib, volunteer, alice, "NOPE123").reason == refusals.UNKNOWN_BARCODE
    assert _refusal(lib, volunteer, "UJI-X999", copy.barcode).reason == refusals.UNKNOWN_MEMBER
    circulation.checkout(lib, volunteer, alice, copy.barcode)
    refusal = _refusal(lib, volunteer, bob, copy.barcode, override_pin="1234")
    assert refusal.reason == circulation.ON_LOAN_OTHER and not refusal.overridable
    assert alice.name in refusal.message()
    assert _refusal(lib, volunteer, alice, copy.barcode).reason == circulation.ALREADY_YOURS
    with pytest.raises(circulation.LoanRefused) as err:
        circulation.checkin(lib, volunteer, book(lib, "Di rak")[0].barcode)
    assert err.value.reason == circulation.NOT_ON_LOAN


def test_all_problems_are_listed_and_one_override_covers_them(lib, librarian, volunteer):
    borrower = member(lib, volunteer)
    members.block(lib, librarian, borrower, "buku hilang")
    [copy] = book(lib, status="damaged")
    refusal = _refusal(lib, volunteer, borrower, copy.barcode)
    assert refusal.reasons == [circulation.MEMBER_BLOCKED, circulation.COPY_IN_REPAIR]
    result = circulation.checkout(lib, librarian, borrower, copy.barcode, override=True)
    assert result.overridden == refusal.reasons


def test_returning_a_lost_copy_puts_it_back(lib, volunteer):
    [copy] = book(lib, status="lost")
    result = circulation.checkin(lib, volunteer, copy.barcode)
    assert result.found and result.loan is None and status(copy) == "available"


def test_renewal_limits_and_base_date(lib, clock, volunteer, librarian):
    borrower = member(lib, volunteer)  # Umum: 14 days, 2 renewals
    [copy] = book(lib)
    circulation.checkout(lib, volunteer, borrower, copy.barcode)  # due 16 March
    first = circulation.renew(lib, volunteer, copy.barcode)
    assert (first.old_due, first.due_on) == (date(2026, 3, 16), date(2026, 3, 30))  # from the due date
    loan_rules.set_options(lib, librarian, renew_from="today")
    clock.set("2026-03-10T10:00:00+07:00")
    with pytest.raises(circulation.LoanRefused) as err:  # 10 March + 14 days is before 30 March
        circulation.renew(lib, volunteer, copy.barcode)
    assert err.value.reason == circulation.NO_LONGER
    clock.set("2026-03-20T10:00:00+07:00")
    second = circulation.renew(lib, volunteer, copy.barcode)
    assert second.due_on == date(2026, 4, 3) and second.renewals_used == 2
    with pytest.raises(circulation.LoanRefused) as err:
        circulation.renew(lib, volunteer, copy.barcode)
    assert err.value.reason == circulation.RENEWALS_USED


def test_renewal_from_today_that_gives_no_more_time_is_refused(lib, clock, volunteer, librarian):
    loan_rules.set_options(lib, librarian, renew_from="today")
    borrower = member(lib, volunteer)
    [copy] = book(lib)
    circulation.checkout(lib, volunteer, borrower, copy.barcode)  # due 16 March
    with pytest.raises(circulation.LoanRefused) as err:
        circulation.renew(lib, volunteer, copy.barcode)  # today + 14 = the same due date
    assert err.value.reason == circulation.NO_LONGER


def test_renewal_refused_when_someone_else_reserved_the_title(lib, volunteer):
    alice, siti = member(lib, volunteer, "Alice"), member(lib, volunteer, "Siti")
    [copy] = book(lib)
    circulation.checkout(lib, volunteer, alice, copy.barcode)
    holds.place_hold(lib, volunteer, siti, copy.record)
    with pytest.raises(circulation.LoanRefused) as err:
        circulation.renew(lib, volunteer, copy.barcode)
    assert err.value.reason == circulation.RESERVED_OTHER and siti.name in err.value.message()
    assert circulation.renew(lib, volunteer, copy.barcode, override_pin="1234").renewals_used == 1


def test_renewal_capped_at_membership_expiry(lib, volunteer):
    borrower = member(lib, volunteer, expires_on="2026-03-20")
    [copy] = book(lib)
    assert circulation.checkout(lib, volunteer, borrower, copy.barcode).due_on == date(2026, 3, 16)
    assert circulation.renew(lib, volunteer, copy.barcode).due_on == date(2026, 3, 20)


def test_overdue_renewal_charges_the_fine_so_far(lib, clock, volunteer):
    borrower = member(lib, volunteer)
    [copy] = book(lib)
    circulation.checkout(lib, volunteer, borrower, copy.barcode)
    clock.set("2026-03-19T10:00:00+07:00")  # three days late
    result = circulation.renew(lib, volunteer, copy.barcode)
    assert result.fine == 1500 and result.due_on == date(2026, 4, 2)
    assert fines.balance(lib, borrower) == 1500


def test_reservation_queue_hold_shelf_and_expiry(lib, clock, volunteer):
    alice, siti, joko = (member(lib, volunteer, n) for n in ("Alice", "Siti", "Joko"))
    [copy] = book(lib, "Negeri 5 Menara")
    circulation.checkout(lib, volunteer, alice, copy.barcode)
    first = holds.place_hold(lib, volunteer, siti, copy.record)
    second = holds.place_hold(lib, volunteer, joko, copy.record)
    assert [h.member_id for h in holds.queue(lib, copy.record)] == [siti.id, joko.id]
    with pytest.raises(Exception) as err:
        holds.place_hold(lib, volunteer, siti, copy.record)
    assert getattr(err.value, "reason", "") == "already_held"

    back = circulation.checkin(lib, volunteer, copy.barcode)
    assert back.hold is not None and back.hold.member_number == siti.number  # the desk announces it
    assert back.hold.ready_until == date(2026, 3, 5)  # three open days
    assert status(copy) == "on_hold" and Hold.get_by_id(first.id).status == "ready"
    assert _refusal(lib, volunteer, joko, copy.barcode).reason == circulation.RESERVED_OTHER

    clock.set("2026-03-06T09:00:00+07:00")  # Siti did not come
    expired = holds.expire_holds(lib)
    assert [h.id for h in expired] == [first.id]
    assert Hold.get_by_id(second.id).status == "ready" and Hold.get_by_id(second.id).item_id == copy.id
    result = circulation.checkout(lib, volunteer, joko, copy.barcode)
    assert result.hold_fulfilled and Hold.get_by_id(second.id).status == "fulfilled"


def test_a_hold_on_a_title_on_the_shelf_puts_a_copy_aside(lib, volunteer):
    siti = member(lib, volunteer, "Siti")
    [copy] = book(lib)
    hold = holds.place_hold(lib, volunteer, siti, copy.record)
    assert hold.status == "ready" and status(copy) == "on_hold"
    holds.cancel_hold(lib, volunteer, hold)
    assert status(copy) == "available"


def test_hold_limits_by_member_type(lib, librarian, volunteer):
    from pustaka_desktop.core.store.models import MemberType

    loan_rules.save_member_type(lib, librarian, MemberType.get(MemberType.name == "Anak-anak"), reservations=False)
    child = member(lib, volunteer, member_type="Anak-anak")
    [copy] = book(lib)
    with pytest.raises(Exception) as err:
        holds.place_hold(lib, volunteer, child, copy.record)
    assert err.value.reason == "holds_not_allowed"
    adult = member(lib, volunteer)  # Umum: at most 2
    for n in range(2):
        holds.place_hold(lib, volunteer, adult, book(lib, f"Judul {n}")[0].record)
    with pytest.raises(Exception) as err:
        holds.place_hold(lib, volunteer, adult, copy.record)
    assert err.value.reason == "hold_limit"


def test_fines_ledger_payments_and_librarian_only_waivers(lib, clock, volunteer, librarian):
    borrower = member(lib, volunteer)
    [copy] = book(lib)
    circulation.checkout(lib, volunteer, borrower, copy.barcode)
    clock.set("2026-03-26T10:00:00+07:00")  # 10 days late
    assert circulation.checkin(lib, volunteer, copy.barcode).fine == 5000
    fines.pay(lib, volunteer, borrower, 2000, "tunai")
    with pytest.raises(ValidationError):
        fines.pay(lib, volunteer, borrower, 9000)
    with pytest.raises(PermissionDenied):
        fines.waive(lib, volunteer, borrower, 1000, "anak yatim")
    with pytest.raises(ValidationError):
        fines.waive(lib, librarian, borrower, 1000, "")
    fines.waive(lib, librarian, borrower, 1000, "banjir")
    assert fines.balance(lib, borrower) == 2000
    assert [(line.kind, line.balance) for line in fines.ledger(lib, borrower)] == [
        ("charge", 5000), ("payment", 3000), ("waiver", 2000)]
    assert AuditLog.get(AuditLog.action == "fines.waive").username == "pustakawan"


def test_unpaid_fines_above_the_limit_block_new_loans(lib, librarian, volunteer):
    loan_rules.set_options(lib, librarian, max_unpaid_fines=1000)
    borrower = member(lib, volunteer)
    fines.charge(lib, borrower, 1000)
    [a, b] = book(lib, copies=2)
    circulation.checkout(lib, volunteer, borrower, a.barcode)  # 1000 is not above the limit
    fines.charge(lib, borrower, 500)
    assert _refusal(lib, volunteer, borrower, b.barcode).reason == circulation.FINES_UNPAID


def test_undo_checkout_checkin_and_renew(lib, clock, volunteer, librarian):
    borrower = member(lib, volunteer)
    [copy] = book(lib)
    loan = circulation.checkout(lib, volunteer, borrower, copy.barcode).loan
    with pytest.raises(PermissionDenied):
        desk_undo.undo_last(lib, volunteer)
    desk_undo.undo_last(lib, librarian)
    assert Loan.get_by_id(loan.id).deleted and status(copy) == "available"

    circulation.checkout(lib, volunteer, borrower, copy.barcode)
    circulation.renew(lib, volunteer, copy.barcode)
    clock.set("2026-04-02T10:00:00+07:00")  # 3 days after the renewed due date (30 March)
    returned = circulation.checkin(lib, volunteer, copy.barcode)
    assert returned.fine == 1500
    undone = desk_undo.undo_last(lib, librarian)
    assert undone.kind == "checkin" and status(copy) == "on_loan"
    assert fines.balance(lib, borrower) == 0 and FineEntry.select().where(FineEntry.deleted == False).count() == 0  # noqa: E712
    renewal = desk_undo.undo_last(lib, librarian)
    assert renewal.kind == "renew"
    assert Loan.get_by_id(returned.loan.id).due_on == date(2026, 3, 16)
    assert AuditLog.select().where(AuditLog.action == "circulation.undo").count() == 3


def test_undo_refused_when_the_loan_changed_since(lib, volunteer, librarian):
    from pustaka_desktop.core.settings import get_setting, set_setting

    borrower = member(lib, volunteer)
    [copy] = book(lib)
    circulation.checkout(lib, volunteer, borrower, copy.barcode)
    stack = get_setting(desk_undo.UNDO_KEY)
    circulation.checkin(lib, volunteer, copy.barcode)
    set_setting(desk_undo.UNDO_KEY, stack)  # pretend the return was not recorded for undo
    with pytest.raises(Conflict):
        desk_undo.undo_last(lib, librarian)
    assert status(copy) == "available"


def test_overdue_list_and_reminder_message(lib, clock, volunteer):
    borrower = member(lib, volunteer, phone="081234567890")
    [a, b] = book(lib, "Sang Pemimpi", copies=2)
    circulation.checkout(lib, volunteer, borrower, a.barcode)
    clock.set("2026-03-20T10:00:00+07:00")
    lines = overdue.overdue(lib)
    assert [(line.barcode, line.days_late, line.fine_so_far) for line in lines] == [(a.barcode, 4, 2000)]
    assert overdue.overdue_count(lib) == 1
    [entry] = overdue.overdue_by_member(lib)
    text = overdue.reminder_text(lib, entry)
    assert borrower.name in text and "Sang Pemimpi" in text and "16 Maret 2026" in text and "Rp 2.000" in text
    summary = member_loans.member_summary(lib, borrower)
    assert summary.overdue == 1 and summary.fines_so_far == 2000


def test_identify_a_scan(lib, volunteer):
    borrower = member(lib, volunteer)
    [copy] = book(lib)
    assert desk_reads.identify(lib, borrower.number) == "member"
    assert desk_reads.identify(lib, copy.barcode) == "item"
    assert desk_reads.identify(lib, "???") is None


def test_a_copy_lent_from_another_desk_meanwhile_is_refused_not_lent_twice(lib, volunteer, monkeypatch, clock):
    """The desk's checks read before its transaction holds the write lock. Another program on the same
    file (the CLI, a second window) lends the copy in that gap: the desk must refuse, not lend it twice."""
    from pustaka_desktop.core.service import Library

    first, second = member(lib, volunteer), member(lib, volunteer)
    [copy] = book(lib, "Ronggeng Dukuh Paruk")
    other_desk = Library.open(lib.path, clock)
    real = circulation._reservation_problem

    def lent_elsewhere_in_the_gap(*args, **kw):
        monkeypatch.setattr(circulation, "_reservation_problem", real)  # the other desk's own check-out
        with other_desk.bound():
            circulation.checkout(other_desk, volunteer, second.number, copy.barcode)
        return real(*args, **kw)

    monkeypatch.setattr(circulation, "_reservation_problem", lent_elsewhere_in_the_gap)
    refusal = _refusal(lib, volunteer, first.number, copy.barcode)
    assert refusal.reason == circulation.ON_LOAN_OTHER and second.name in str(refusal)
    open_loans = Loan.select().where((Loan.item == copy.id) & Loan.returned_at.is_null())
    assert [loan.member_id for loan in open_loans] == [second.id]
    assert status(copy) == "on_loan"
    other_desk.close()
