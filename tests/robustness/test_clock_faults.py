"""A PC clock that fell a year behind (a flat CMOS battery, then a librarian confirmed it without
looking): due dates and fines still count from the newest change saved on this PC (issue 14)."""

from __future__ import annotations

from datetime import timedelta

from pustaka_desktop.core.circulation import loans
from pustaka_desktop.core.community import members
from pustaka_desktop.core.store import health
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import local_today
from pustaka_desktop.core.store.models import Item, MemberType, Record


def test_a_year_behind_clock_sets_no_due_date_in_the_past_and_charges_no_year_of_fines(lib, librarian, clock):
    record = store.insert(lib, Record, title="Bumi Manusia")
    for barcode in ("B1", "B2"):
        store.insert(lib, Item, record=record.id, barcode=barcode)
    member = members.register(lib, librarian, name="Ani", member_type=MemberType.select().first().name)
    members.renew_membership(lib, librarian, member, days=800)
    right_today = local_today(clock)
    first = loans.checkout(lib, librarian, member.number, "B1")

    clock.advance(days=-365)  # the battery went flat; the clock now says last year
    assert health.circulation_blocked_reason(lib) is not None
    health.confirm_clock(lib, librarian)  # confirmed without looking
    second = loans.checkout(lib, librarian, member.number, "B2")
    assert second.due_on >= right_today  # not a due date a year in the past
    returned = loans.checkin(lib, librarian, "B1")
    assert returned.days_late == 0 and returned.fine == 0
    assert first.due_on >= right_today

    clock.advance(days=365)  # the clock is put right; the book comes back on time
    assert loans.checkin(lib, librarian, "B2").fine == 0
    assert health.circulation_today(lib) == local_today(clock)
    assert timedelta(0) <= second.due_on - right_today <= timedelta(days=31)
