"""A month at the desk around Idul Fitri: the library closes for ten days of cuti bersama, decided after
books were lent and a copy was put aside."""

from __future__ import annotations

import json
from datetime import date

from pustaka_desktop.core.audit_describe import describe
from pustaka_desktop.core.circulation import holds, holidays, overdue
from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.store.models import AuditLog, Hold, Loan

from .circ_helpers import book, member

CLOSED_FROM, CLOSED_TO = "2026-03-18", "2026-03-27"  # Wednesday to Friday; back on Saturday 28 March
FIRST_DAY_BACK = "2026-03-28T08:00:00+07:00"


def english(_context, text):
    return text


def test_a_book_due_in_a_closure_decided_later_is_due_on_the_first_day_back(lib, clock, librarian):
    borrower = member(lib, librarian, name="Ani")
    due_in_closure, due_before = book(lib, copies=2)
    clock.set("2026-03-03T09:00:00+07:00")
    circulation.checkout(lib, librarian, borrower, due_before.barcode)  # due Tuesday 17 March, before it
    clock.set("2026-03-05T09:00:00+07:00")  # Thursday: lent for 14 days, due Thursday 19 March
    assert circulation.checkout(lib, librarian, borrower, due_in_closure.barcode).due_on == date(2026, 3, 19)
    clock.set("2026-03-10T09:00:00+07:00")  # the village office announces the cuti bersama
    holidays.add_holiday(lib, librarian, CLOSED_FROM, CLOSED_TO, "Cuti bersama Idul Fitri")

    moved = Loan.get(Loan.item == due_in_closure.id)
    assert moved.due_on == date(2026, 3, 28)
    assert Loan.get(Loan.item == due_before.id).due_on == date(2026, 3, 17)
    line = AuditLog.get(AuditLog.action == "circulation.holiday_add")
    assert json.loads(line.detail)["moved_loans"] == 1
    assert "1 loan(s) due in it now due after it" in describe(line.action, line.detail, english)

    clock.set(FIRST_DAY_BACK)  # nobody could return it on a closed door: not overdue, no fine
    assert [entry.due_on for entry in overdue.overdue(lib)] == [date(2026, 3, 17)]
    result = circulation.checkin(lib, librarian, due_in_closure.barcode)
    assert (result.fine, result.days_late) == (0, 0)


def test_a_copy_put_aside_just_before_the_closure_waits_its_open_days_after_it(lib, clock, librarian):
    holidays.add_holiday(lib, librarian, CLOSED_FROM, CLOSED_TO, "Cuti bersama Idul Fitri")
    reader, waiting = member(lib, librarian, name="Budi"), member(lib, librarian, name="Siti")
    [copy] = book(lib, "Bumi Manusia")
    circulation.checkout(lib, librarian, reader, copy.barcode)
    holds.place_hold(lib, librarian, waiting, copy.record)
    clock.set("2026-03-16T09:00:00+07:00")  # Monday: back, put aside for Siti
    result = circulation.checkin(lib, librarian, copy.barcode)
    # three open days: Tuesday 17, Saturday 28 and Monday 30 March (Sunday closed), not "Thursday 19 -> 28"
    assert result.hold.ready_until == date(2026, 3, 30)


def test_a_closure_decided_after_a_copy_was_put_aside_keeps_its_pickup_days(lib, clock, librarian):
    reader, waiting, next_one = (member(lib, librarian, name=n) for n in ("Budi", "Siti", "Dewi"))
    [copy] = book(lib, "Bumi Manusia")
    circulation.checkout(lib, librarian, reader, copy.barcode)
    holds.place_hold(lib, librarian, waiting, copy.record)
    holds.place_hold(lib, librarian, next_one, copy.record)
    clock.set("2026-03-16T09:00:00+07:00")
    assert circulation.checkin(lib, librarian, copy.barcode).hold.ready_until == date(2026, 3, 19)
    clock.set("2026-03-17T09:00:00+07:00")
    holidays.add_holiday(lib, librarian, CLOSED_FROM, CLOSED_TO, "Cuti bersama Idul Fitri")

    clock.set(FIRST_DAY_BACK)
    assert holds.expire_holds(lib) == []  # Siti lost Wednesday and Thursday to the closure
    hold = Hold.get(Hold.member == waiting.id)
    assert (hold.status, hold.ready_until) == (holds.READY, date(2026, 3, 30))
    clock.set("2026-03-31T08:00:00+07:00")
    assert [h.member_id for h in holds.expire_holds(lib)] == [waiting.id]
    assert Hold.get(Hold.member == next_one.id).status == holds.READY  # the next in line gets the copy


def test_a_book_from_the_book_drop_is_fined_only_to_the_day_before_the_closure(lib, clock, librarian, volunteer):
    holidays.add_holiday(lib, librarian, CLOSED_FROM, CLOSED_TO, "Cuti bersama Idul Fitri")
    borrower = member(lib, librarian, name="Ani")
    from_drop, at_desk = book(lib, copies=2)
    clock.set("2026-03-02T09:00:00+07:00")
    for copy in (from_drop, at_desk):
        assert circulation.checkout(lib, librarian, borrower, copy.barcode).due_on == date(2026, 3, 16)
    clock.set(FIRST_DAY_BACK)  # both came back during the closure; one through the book drop
    dropped = circulation.checkin(lib, volunteer, from_drop.barcode, book_drop=True)
    handed = circulation.checkin(lib, volunteer, at_desk.barcode)
    assert (dropped.days_late, dropped.fine) == (1, 500)  # counted to Tuesday 17 March, the last open day
    assert (handed.days_late, handed.fine) == (12, 12 * 500)
    line = AuditLog.get(AuditLog.action == "circulation.book_drop")
    assert line.username == "relawan"
    assert describe(line.action, line.detail, english) == (
        f"Copy {from_drop.barcode} from the book drop counted as returned on 17-03-2026: fine Rp 500 instead of "
        f"Rp 6.000; member {borrower.number}.")


def test_the_book_drop_never_counts_a_return_before_the_loan(lib, clock, librarian):
    borrower = member(lib, librarian)
    [copy] = book(lib)
    clock.set("2026-03-07T18:00:00+07:00")  # lent on Saturday; the drop is emptied on Monday morning
    circulation.checkout(lib, librarian, borrower, copy.barcode)
    clock.set("2026-03-09T08:00:00+07:00")
    assert circulation.checkin(lib, librarian, copy.barcode, book_drop=True).days_late == 0
    assert not AuditLog.select().where(AuditLog.action == "circulation.book_drop").exists()


def test_closing_on_saturdays_from_now_on_moves_the_books_due_on_a_saturday(lib, clock, librarian):
    borrower = member(lib, librarian)
    [copy] = book(lib)
    clock.set("2026-03-07T09:00:00+07:00")  # a Saturday: due Saturday 21 March
    assert circulation.checkout(lib, librarian, borrower, copy.barcode).due_on == date(2026, 3, 21)
    holidays.set_closed_weekdays(lib, librarian, {6, 7})
    assert Loan.get(Loan.item == copy.id).due_on == date(2026, 3, 23)  # the Monday after


def test_cuti_bersama_added_day_by_day_gives_the_same_pickup_days_as_one_range(lib, clock, librarian):
    from datetime import timedelta

    reader, waiting = member(lib, librarian, name="Budi"), member(lib, librarian, name="Siti")
    [copy] = book(lib, "Bumi Manusia")
    circulation.checkout(lib, librarian, reader, copy.barcode)
    holds.place_hold(lib, librarian, waiting, copy.record)
    clock.set("2026-03-16T09:00:00+07:00")
    circulation.checkin(lib, librarian, copy.barcode)  # waits until Thursday 19 March
    clock.set("2026-03-17T09:00:00+07:00")
    day = date(2026, 3, 18)
    while day <= date(2026, 3, 27):  # as "Tambah libur nasional" adds them: one closing day each
        holidays.add_holiday(lib, librarian, day, name="Cuti bersama")
        day += timedelta(days=1)
    assert Hold.get(Hold.member == waiting.id).ready_until == date(2026, 3, 30)


def test_the_monthly_report_counts_a_book_drop_return_late_by_the_day_it_came_back(lib, clock, librarian):
    """Due Monday, dropped that evening after closing, taken out on Tuesday morning: not fined, and not a late return
    in the report either (it counted Tuesday's check-in); undoing the check-in takes the drop's day back too."""
    from pustaka_desktop.core.circulation import desk_undo, loan_events
    from pustaka_desktop.core.reports import figures
    from pustaka_desktop.core.reports.period import Period
    from pustaka_desktop.core.store.models import LoanEvent

    borrower = member(lib, librarian)
    dropped, late, undone = book(lib, copies=3)
    clock.set("2026-03-02T09:00:00+07:00")  # Monday: due Monday 16 March
    for copy in (dropped, late, undone):
        circulation.checkout(lib, librarian, borrower, copy.barcode)
    clock.set("2026-03-17T08:00:00+07:00")  # Tuesday morning
    assert circulation.checkin(lib, librarian, dropped.barcode, book_drop=True).fine == 0
    assert circulation.checkin(lib, librarian, late.barcode).days_late == 1  # handed in at the desk today
    circulation.checkin(lib, librarian, undone.barcode, book_drop=True)
    desk_undo.undo_last(lib, librarian)  # the wrong copy: scanned again later
    assert LoanEvent.select().where(LoanEvent.kind == loan_events.BOOK_DROP).count() == 1  # the undone one's gone
    march = figures.loans(lib, Period.month(2026, 3))
    assert (march["returned"], march["returned_late"]) == (2, 1)
