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
from datetime import date

from peewee import JOIN

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
    """The last day a copy put aside today waits: ``hold_days`` OPEN days after today (a copy that comes back
    just before a closure still gets its days after it)."""
    return cal.add_open_days(today, max(1, options(lib).hold_days))


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


def others_waiting(record, member):
    """The condition of a reservation of ``record`` another member than ``member`` waits with (each a field or an
    id): such a loan is not renewed (``loans.renew``), and the member's web account says so before she taps Renew."""
    return ((Hold.record == record) & (Hold.status == WAITING) & (Hold.member != member)
            & (Hold.deleted == False))  # noqa: E712


def queue_ahead(lib: Library, hold: Hold) -> int:
    """How many active holds on the same record come before this one."""
    return (_active().where((Hold.record == hold.record_id) & (Hold.id != hold.id)
                            & ((Hold.placed_at < hold.placed_at)
                               | ((Hold.placed_at == hold.placed_at) & (Hold.id < hold.id))))
            .count())


def waiting_position(lib: Library, hold: Hold) -> int:
    """A waiting hold's number in line: 1 = the next copy that comes free is theirs (holds already
    ready on the hold shelf are not in line any more); 0 for a ready hold."""
    if hold.status == READY:
        return 0
    return (Hold.select().where((Hold.deleted == False) & (Hold.status == WAITING)  # noqa: E712
                                & (Hold.record == hold.record_id) & (Hold.id != hold.id)
                                & ((Hold.placed_at < hold.placed_at)
                                   | ((Hold.placed_at == hold.placed_at) & (Hold.id < hold.id))))
            .count()) + 1


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


_ANY_WAITING_SQL = "SELECT 1 FROM hold WHERE record_id = ? AND status = 'waiting' AND deleted = 0 LIMIT 1"


def release_copy(lib: Library, item: Item, today: date | None = None) -> Hold | None:
    """A copy comes free (returned, or its hold ended): give it to the first waiting member of its
    record's queue (returns that hold, now ready), else put it back on the shelf."""
    if not lib.db.execute_sql(_ANY_WAITING_SQL, (item.record_id,)).fetchone():  # the usual case: nobody waits
        store.update(lib, item, status="available")
        return None
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
                              hold.ready_until, waiting_position(lib, hold),
                              Item.get_by_id(hold.item_id).barcode if hold.item_id else ""))
    return lines


# --- the lists the desk, the Reservations page and the CLI show ------------------------------------


@dataclass
class ReservationLine:
    """One active reservation with its place in its title's queue."""

    hold_id: int
    record_id: int
    title: str
    member_number: str
    member_name: str
    phone: str
    status: str  # waiting | ready
    placed_on: date
    position: int  # 1 = next in line; 0 = ready on the hold shelf
    ready_until: date | None
    barcode: str  # the copy put aside (ready)
    pickup_passed: bool = False  # ready, and the pick-up day has passed (expires on the next run)


def _lines(lib: Library, where) -> list[ReservationLine]:
    today = local_today(lib.clock)
    query = (Hold.select(Hold.id, Hold.record, Hold.status, Hold.placed_at, Hold.ready_until, Record.title,
                         Member.number, Member.name, Member.phone, Item.barcode)
             .join(Record, on=(Hold.record == Record.id))
             .switch(Hold).join(Member, on=(Hold.member == Member.id))
             .switch(Hold).join(Item, join_type=JOIN.LEFT_OUTER, on=(Hold.item == Item.id))
             .where((Hold.deleted == False) & Hold.status.in_(ACTIVE) & where)  # noqa: E712
             .order_by(Hold.record, Hold.placed_at, Hold.id))
    out: list[ReservationLine] = []
    waiting_rank: dict[int, int] = {}
    for row in query.dicts():
        record_id = row["record"]
        if row["status"] == READY:
            position = 0
        else:
            waiting_rank[record_id] = waiting_rank.get(record_id, 0) + 1
            position = waiting_rank[record_id]
        ready = row["ready_until"]
        out.append(ReservationLine(row["id"], record_id, row["title"], row["number"], row["name"], row["phone"],
                                   row["status"], row["placed_at"].astimezone().date(), position, ready,
                                   row["barcode"] or "", bool(ready and row["status"] == READY and ready < today)))
    return out


def reservations(lib: Library, member_number: str | None = None, record_id: int | None = None) -> list[ReservationLine]:
    """Active reservations (all, one member's, or one title's queue), by title then queue order.
    Positions count the title's whole queue even when only one member's lines are asked for."""
    if record_id is not None:
        return _lines(lib, Hold.record == record_id)
    lines = _lines(lib, Hold.id > 0)
    if member_number is not None:
        lines = [line for line in lines if line.member_number.upper() == member_number.strip().upper()]
    return sorted(lines, key=lambda line: (line.title.casefold(), line.record_id, line.position))


def title_queue(lib: Library, record_id: int) -> list[ReservationLine]:
    """One title's queue: ready holds first, then the waiting members in order."""
    return sorted(_lines(lib, Hold.record == record_id), key=lambda line: (line.position != 0, line.position))


def hold_shelf(lib: Library) -> list[ReservationLine]:
    """Copies on the hold shelf: who they wait for and until when (earliest deadline first)."""
    lines = _lines(lib, Hold.status == READY)
    return sorted(lines, key=lambda line: (line.ready_until or date.max, line.title.casefold()))


def get_hold(lib: Library, hold_id: int) -> Hold:
    hold = Hold.get_or_none((Hold.id == hold_id) & (Hold.deleted == False))  # noqa: E712
    if hold is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That reservation is no longer active."))
    return hold


@dataclass
class Placed:
    """What placing a reservation did: the member waits (``position``) or a copy was put aside."""

    hold_id: int
    title: str
    member_name: str
    ready: bool
    position: int  # 0 when ready
    barcode: str  # the copy to put on the hold shelf now (ready)
    ready_until: date | None
    message: str  # English, context "Circulation"
    params: dict


def place(lib: Library, by: Staff, member_number: str, record_id: int) -> Placed:
    """``place_hold`` for a member card number and a record id (the desk, the catalogue, the CLI)."""
    from ..community.members import get_member

    member = get_member(lib, member_number)
    record = Record.get_or_none((Record.id == record_id) & (Record.deleted == False))  # noqa: E712
    if record is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That title is no longer in the catalogue."))
    hold = place_hold(lib, by, member, record)
    if hold.status == READY:
        barcode = Item.get_by_id(hold.item_id).barcode
        return Placed(hold.id, record.title, member.name, True, 0, barcode, hold.ready_until,
                      QT_TRANSLATE_NOOP("Circulation", "Reserved for {name}: a copy is on the shelf. Put {barcode} "
                                                       "on the hold shelf; it waits until {date}."),
                      {"name": member.name, "barcode": barcode, "date": format_date(hold.ready_until),
                       "title": record.title})
    position = waiting_position(lib, hold)
    return Placed(hold.id, record.title, member.name, False, position, "", None,
                  QT_TRANSLATE_NOOP("Circulation", "Reserved: {title} for {name}, number {position} in line."),
                  {"name": member.name, "title": record.title, "position": position})


def cancel(lib: Library, by: Staff, hold_id: int) -> ReservationLine | None:
    """Cancel a reservation by its id; returns the line of whoever got the copy put aside, if anyone."""
    hold = get_hold(lib, hold_id)
    item_id = hold.item_id if hold.status == READY else None
    cancel_hold(lib, by, hold)
    if item_id is None:
        return None
    now_for = Hold.get_or_none((Hold.item == item_id) & (Hold.status == READY) & (Hold.deleted == False))  # noqa: E712
    if now_for is None:
        return None
    return next((line for line in _lines(lib, Hold.id == now_for.id)), None)
