"""Reservations (holds): a queue per record.

- ``place_hold``: a member joins the record's queue. When a copy is on the shelf right now it is put
  aside at once (the hold is "ready").
- On return of a copy (``circulation.checkin``) the first waiting member gets it: the hold becomes
  "ready", the copy's status "on_hold", and it waits ``hold_days`` open days (``ready_until``).
- ``expire_holds``: ready holds past ``ready_until`` are "expired"; their copy goes to the next
  member in the queue, or back to the shelf.
- Lending the record to the member fulfils the hold.

Statuses: waiting | ready | fulfilled | cancelled | expired.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .. import auth
from ..errors import NotFound, Refused
from ..formatting import format_date
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store import write as store
from ..store.clock import local_today
from ..store.models import Hold, Item, Loan, Member, Record, Staff
from .holidays import OpenCalendar, calendar
from .loan_rules import options

WAITING, READY, FULFILLED, CANCELLED, EXPIRED = "waiting", "ready", "fulfilled", "cancelled", "expired"
ACTIVE = (WAITING, READY)


def _active():
    return Hold.select().where((Hold.deleted == False) & (Hold.status.in_(ACTIVE)))  # noqa: E712


def queue(lib: Library, record: Record | int) -> list[Hold]:
    """The record's active holds in queue order (ready ones first, then by when they were placed)."""
    record_id = record.id if isinstance(record, Record) else record
    rows = list(_active().where(Hold.record == record_id).order_by(Hold.placed_at, Hold.id))
    return sorted(rows, key=lambda h: 0 if h.status == READY else 1)


def member_holds(lib: Library, member: Member) -> list[Hold]:
    return list(_active().where(Hold.member == member).order_by(Hold.placed_at))


def ready_until(lib: Library, cal: OpenCalendar, today: date) -> date:
    return cal.next_open_day(today + timedelta(days=max(1, options(lib).hold_days)))


def place_hold(lib: Library, by: Staff, member: Member, record: Record) -> Hold:
    """Put ``member`` in the queue for ``record``. Refused when the member type allows no
    reservations or its limit is reached, the membership is expired or blocked, the member
    already waits for it or has it on loan."""
    auth.require(by, "circulation.hold")
    today = local_today(lib.clock)
    mtype = member.member_type
    if member.blocked:
        raise Refused(QT_TRANSLATE_NOOP("Errors", "{name} is blocked: {why}"), reason="member_blocked",
                      name=member.name, why=member.blocked_reason)
    if member.expires_on < today:
        raise Refused(QT_TRANSLATE_NOOP("Errors", "The membership of {name} ended on {date}."),
                      reason="member_expired", name=member.name, date=format_date(member.expires_on))
    if not mtype.reservations:
        raise Refused(QT_TRANSLATE_NOOP("Errors", "Members of type {type} cannot reserve books."),
                      reason="holds_not_allowed", type=mtype.name)
    if _active().where((Hold.member == member) & (Hold.record == record)).exists():
        raise Refused(QT_TRANSLATE_NOOP("Errors", "{name} already reserved this title."), reason="already_held",
                      name=member.name)
    if _active().where(Hold.member == member).count() >= mtype.reservation_limit:
        raise Refused(QT_TRANSLATE_NOOP("Errors", "{name} already has {limit} reservation(s), the most allowed."),
                      reason="hold_limit", name=member.name, limit=mtype.reservation_limit)
    on_loan = (Loan.select().join(Item).where((Item.record == record) & (Loan.member == member)
                                              & Loan.returned_at.is_null() & (Loan.deleted == False)))  # noqa: E712
    if on_loan.exists():
        raise Refused(QT_TRANSLATE_NOOP("Errors", "{name} has this title on loan already."), reason="already_yours",
                      name=member.name)
    with lib.transaction():
        hold = store.insert(lib, Hold, record=record, member=member, placed_at=lib.clock.now(), status=WAITING)
        shelf_copy = (Item.select().where((Item.record == record) & (Item.status == "available")
                                          & (Item.deleted == False)).first())  # noqa: E712
        if shelf_copy is not None and not queue_ahead(lib, hold):
            cal = calendar(lib, today)
            store.update(lib, hold, status=READY, item=shelf_copy, ready_until=ready_until(lib, cal, today))
            store.update(lib, shelf_copy, status="on_hold")
    return hold


def queue_ahead(lib: Library, hold: Hold) -> int:
    """How many active holds on the same record come before this one."""
    return (_active().where((Hold.record == hold.record_id) & (Hold.id != hold.id)
                            & ((Hold.placed_at < hold.placed_at)
                               | ((Hold.placed_at == hold.placed_at) & (Hold.id < hold.id))))
            .count())


def cancel_hold(lib: Library, by: Staff, hold: Hold) -> None:
    """Take a member out of the queue; a copy put aside for them goes to the next one."""
    auth.require(by, "circulation.hold")
    if hold.status not in ACTIVE:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That reservation is no longer active."))
    with lib.transaction():
        item = hold.item if hold.status == READY else None
        store.update(lib, hold, status=CANCELLED)
        if item is not None:
            release_copy(lib, item)


def release_copy(lib: Library, item: Item, today: date | None = None) -> Hold | None:
    """A copy comes free (returned, or its hold ended): give it to the first waiting member of its
    record's queue (returns that hold, now ready), else put it back on the shelf."""
    today = today or local_today(lib.clock)
    waiting = (Hold.select().where((Hold.record == item.record_id) & (Hold.status == WAITING)
                                   & (Hold.deleted == False))  # noqa: E712
               .order_by(Hold.placed_at, Hold.id).first())
    if waiting is None:
        store.update(lib, item, status="available")
        return None
    cal = calendar(lib, today)
    store.update(lib, waiting, status=READY, item=item, ready_until=ready_until(lib, cal, today))
    store.update(lib, item, status="on_hold")
    return waiting


def expire_holds(lib: Library, by: Staff | None = None) -> list[Hold]:
    """Release ready holds whose pick-up time has passed (the desk runs this when it opens, and
    check-out runs it for the copy in hand). Returns the expired holds."""
    today = local_today(lib.clock)
    expired = list(Hold.select().where((Hold.status == READY) & (Hold.ready_until < today)
                                       & (Hold.deleted == False)))  # noqa: E712
    with lib.transaction():
        for hold in expired:
            store.update(lib, hold, status=EXPIRED)
            if hold.item_id is not None:
                release_copy(lib, Item.get_by_id(hold.item_id), today)
    return expired


@dataclass
class HoldLine:
    hold_id: int
    title: str
    status: str
    placed_on: date
    ready_until: date | None
    position: int  # 1 = next in line (0 when ready)
    barcode: str  # the copy put aside, when ready


def hold_lines(lib: Library, member: Member) -> list[HoldLine]:
    lines = []
    for hold in member_holds(lib, member):
        record = Record.get_by_id(hold.record_id)
        lines.append(HoldLine(hold.id, record.title, hold.status, hold.placed_at.astimezone().date(),
                              hold.ready_until, 0 if hold.status == READY else queue_ahead(lib, hold) + 1,
                              Item.get_by_id(hold.item_id).barcode if hold.item_id else ""))
    return lines
