"""The circulation desk: check-out, check-in, renew, overrides and undo. What a member has out is in
``member_loans``, the overdue list in ``overdue``. Rules live in ``loan_rules`` (terms and
precedence), ``holidays`` (open days), ``fines`` (late fees and the ledger) and ``holds`` (reservations).

Public API for the desk (each takes the open ``Library`` and the acting ``Staff``):

- ``checkout(lib, by, member, barcode, override_pin=None, override=False)`` -> CheckoutResult
- ``checkin(lib, by, barcode)`` -> CheckinResult (says when a reserved copy must go to the hold shelf)
- ``renew(lib, by, barcode, override_pin=None, override=False)`` -> RenewResult

Why a rule says no is in ``refusals``; the reads a scan needs (``find_item``, ``find_member``,
``identify``) in ``desk_reads``; taking the last desk action back in ``desk_undo``.

A rule that says no raises ``LoanRefused`` (a ``core.errors.Refused``): ``reason`` is a stable code
(see ``REASONS``), ``overridable`` says whether a librarian may override it, and ``problems`` lists
every rule that said no (an override covers them all). Call again with ``override_pin`` (a
librarian's PIN, typed at the desk by the librarian) or ``override=True`` (the acting staff member is
a librarian) to lend anyway; overrides are audited.

Result objects carry an English ``message`` template marked for translation (context "Circulation")
and its ``params``: show ``translate("Circulation", r.message).format(**r.params)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any

from .. import auth
from ..formatting import format_date, format_day, format_money
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store import health
from ..store import write as store
from ..store.clock import local_instant
from ..store.models import Hold, Item, Loan, Member, Staff
from . import fines, holds, loan_events, lost_loans
from .desk_reads import (
    ANY_HOLD_SQL,
    BALANCE_SQL,
    MEMBER_BY_ID,
    OTHER_OPEN_LOAN_SQL,
    desk_member,
    find_item,
    first_row,
    loan_and_member,
    open_loan,
    scalar,
    title_of,
)
from .desk_undo import remember
from .holidays import OpenCalendar
from .loan_rules import CirculationOptions, Terms, snapshot
from .refusals import (
    ALREADY_YOURS,
    COPY_IN_REPAIR,
    COPY_LOST,
    FINES_UNPAID,
    LIMIT_REACHED,
    MEMBER_BLOCKED,
    MEMBER_EXPIRED,
    NO_LONGER,
    NOT_FOR_LOAN,
    NOT_ON_LOAN,
    ON_LOAN_OTHER,
    RENEWALS_USED,
    RESERVED_OTHER,
    LoanRefused,
    Problem,
    not_on_loan,
    problem,
    refuse,
)

# Copy statuses (core.catalog.ITEM_STATUSES, plus "on_hold" = on the hold shelf for a reservation and
# "missing" = not found at a stock-take, both set here).
LOST_STATUSES = ("lost", "missing")
REPAIR_STATUSES = ("in_repair", "repair", "damaged")
OUT_OF_USE = ("not_for_loan", "withdrawn", "weeded", "deleted")


def _lent_to_other(item: Item, loan: Loan) -> LoanRefused:
    holder = Member.get_by_id(loan.member_id)
    return refuse(ON_LOAN_OTHER, QT_TRANSLATE_NOOP(
        "Errors", "Copy {barcode} is still on loan to {name} ({number}). Return it first, then lend it."),
        barcode=item.barcode, name=holder.name, number=holder.number)


def due_date(cal: OpenCalendar, start: date, days: int, expires_on: date | None) -> date:
    """``start`` + ``days``, moved to the next open day, and never after the membership expiry
    (then the last open day on or before the expiry; an already expired membership is not capped:
    only an override lends to it)."""
    due = cal.next_open_day(start + timedelta(days=days))
    if expires_on is not None and expires_on >= start and due > expires_on:
        due = cal.previous_open_day(expires_on, not_before=start)
    return due


# --- overrides ------------------------------------------------------------------------------------


def _approve(lib: Library, by: Staff, problems: list[Problem], override_pin: str | None,
             override: bool) -> Staff | None:
    """None when there is nothing to override; the approving librarian when the override is
    valid; raises LoanRefused otherwise."""
    if not problems:
        return None
    refused = LoanRefused(problems)
    if not (override_pin or override) or not refused.overridable:
        raise refused
    if override_pin:
        approver = auth.librarian_by_pin(lib, override_pin)
    else:
        auth.require(by, "circulation.override")
        approver = by
    return approver


# --- results ----------------------------------------------------------------------------------------


@dataclass
class CheckoutResult:
    loan: Loan
    member: Member
    item: Item
    title: str
    due_on: date
    overridden_by: str = ""  # the librarian who approved an override
    overridden: list[str] = field(default_factory=list)  # the reasons overridden
    hold_fulfilled: bool = False
    message: str = QT_TRANSLATE_NOOP("Circulation", "Lent: {title}. Due back {due}.")
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class HoldNotice:
    """A returned copy someone waits for: put it on the hold shelf for this member."""

    member_name: str
    member_number: str
    phone: str
    ready_until: date


@dataclass
class CheckinResult:
    item: Item
    title: str
    loan: Loan | None  # None when the copy was not on loan
    member: Member | None
    days_late: int = 0
    fine: int = 0  # charged now, rupiah
    hold: HoldNotice | None = None
    found: bool = False  # the copy was marked lost/missing and is back
    message: str = ""
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class RenewResult:
    loan: Loan
    member: Member
    title: str
    old_due: date
    due_on: date
    renewals_used: int
    renewals_allowed: int
    fine: int = 0  # charged for the days already late
    overridden_by: str = ""
    message: str = QT_TRANSLATE_NOOP("Circulation", "Renewed: {title}. Now due back {due}.")
    params: dict[str, Any] = field(default_factory=dict)


# --- check-out --------------------------------------------------------------------------------------


def member_problems(lib: Library, member: Member, today: date, opts: CirculationOptions,
                     owed: int | None = None) -> list[Problem]:
    problems = []
    if member.blocked:
        problems.append(problem(MEMBER_BLOCKED, QT_TRANSLATE_NOOP("Errors", "{name} is blocked: {why}"),
                                 name=member.name, why=member.blocked_reason or "-"))
    if member.expires_on < today:
        problems.append(problem(MEMBER_EXPIRED,
                                 QT_TRANSLATE_NOOP("Errors", "The membership of {name} ended on {date}. Renew it first."),
                                 name=member.name, date=format_date(member.expires_on)))
    if owed is None:
        owed = scalar(lib, BALANCE_SQL, member.id)
    if owed > opts.max_unpaid_fines:
        problems.append(problem(FINES_UNPAID,
                                 QT_TRANSLATE_NOOP("Errors", "{name} has unpaid fines of {amount}; pay first."),
                                 name=member.name, amount=format_money(owed)))
    return problems


def _copy_problems(item: Item, terms: Terms) -> list[Problem]:
    status = item.status or "available"
    if status in LOST_STATUSES:
        return [problem(COPY_LOST, QT_TRANSLATE_NOOP("Errors", "Copy {barcode} is marked lost or missing."),
                         barcode=item.barcode)]
    if status in REPAIR_STATUSES:
        return [problem(COPY_IN_REPAIR, QT_TRANSLATE_NOOP("Errors", "Copy {barcode} is marked as in repair."),
                         barcode=item.barcode)]
    if status in OUT_OF_USE or not terms.loanable:
        return [problem(NOT_FOR_LOAN, QT_TRANSLATE_NOOP("Errors", "Copy {barcode} is not for loan (read it here)."),
                         barcode=item.barcode)]
    return []


def _reservation_problem(lib: Library, member: Member, item: Item, today: date) -> tuple[list[Problem], Hold | None]:
    """Is the copy promised to someone else? Also returns this member's own active hold, if any."""
    held = getattr(item, "held", None)
    if not (held if held is not None else scalar(lib, ANY_HOLD_SQL, item.record_id)):
        return [], None
    active = list(Hold.select().where((Hold.record == item.record_id) & (Hold.status.in_(holds.ACTIVE))
                                      & (Hold.deleted == False)).order_by(Hold.placed_at, Hold.id))  # noqa: E712
    if not active:
        return [], None
    mine = next((h for h in active if h.member_id == member.id), None)
    others = []
    for hold in active:
        if hold.status == holds.READY and hold.ready_until is not None and hold.ready_until < today:
            continue  # its pick-up time has passed; expired below
        if hold.member_id != member.id:
            others.append(hold)
    # The copy in hand is on the hold shelf for someone else.
    for hold in others:
        if hold.status == holds.READY and hold.item_id == item.id:
            return [_reserved(hold)], mine
    # People ahead in the queue who still wait: only lend if enough other copies are on the shelf.
    ahead = [h for h in others if h.status == holds.WAITING
             and (mine is None or (h.placed_at, h.id) < (mine.placed_at, mine.id))]
    if ahead:
        free = (Item.select().where((Item.record == item.record_id) & (Item.id != item.id)
                                    & (Item.status == "available") & (Item.deleted == False)).count())  # noqa: E712
        if len(ahead) > free:
            return [_reserved(ahead[0])], mine
    return [], mine


def _reserved(hold: Hold) -> Problem:
    other = Member.get_by_id(hold.member_id)
    return problem(RESERVED_OTHER, QT_TRANSLATE_NOOP("Errors", "This title is reserved for {name} ({number})."),
                    name=other.name, number=other.number)


def checkout(lib: Library, by: Staff, member: Member | str, barcode: str, *, override_pin: str | None = None,
             override: bool = False) -> CheckoutResult:
    """Lend the copy ``barcode`` to ``member`` (a Member or a card number).

    Refusals (LoanRefused with reason): unknown_member, unknown_barcode, on_loan_to_other,
    already_on_loan_to_member (not overridable); member_blocked, member_expired, fines_unpaid,
    limit_reached, not_for_loan, copy_lost, copy_in_repair, reserved_for_other (overridable with a
    librarian's PIN or ``override=True`` by a librarian)."""
    auth.require(by, "circulation.checkout")
    health.require_circulation_allowed(lib)
    snap = snapshot(lib)
    member, owed, count = desk_member(lib, member)
    item = find_item(lib, barcode)
    today = health.circulation_today(lib)  # never before the newest saved change
    opts = snap.options

    current = open_loan(item)
    if current is not None:
        if current.member_id == member.id:
            raise refuse(ALREADY_YOURS, QT_TRANSLATE_NOOP(
                "Errors", "{name} already has this copy on loan (due {due}). Use Renew to extend it."),
                name=member.name, due=format_date(current.due_on))
        raise _lent_to_other(item, current)

    ctype = snap.collection_types.get(item.collection_type_id) if item.collection_type_id else None
    terms = snap.terms(member.member_type_id, item.collection_type_id)
    problems = member_problems(lib, member, today, opts, owed)
    problems += _copy_problems(item, terms)
    if count >= terms.loan_limit:
        problems.append(problem(LIMIT_REACHED, QT_TRANSLATE_NOOP(
            "Errors", "{name} already has {count} book(s) on loan; the limit is {limit}."),
            name=member.name, count=count, limit=terms.loan_limit))
    elif terms.collection_limit is not None and ctype is not None:
        open_loans = Loan.select().where((Loan.member == member.id) & Loan.returned_at.is_null()
                                         & (Loan.deleted == False))  # noqa: E712
        same = open_loans.join(Item).where(Item.collection_type == ctype.id).count()
        if same >= terms.collection_limit:
            problems.append(problem(LIMIT_REACHED, QT_TRANSLATE_NOOP(
                "Errors", "{name} already has {count} book(s) of type {type} on loan; the limit is {limit}."),
                name=member.name, count=same, type=ctype.name, limit=terms.collection_limit))
    reservation, my_hold = _reservation_problem(lib, member, item, today)
    problems += reservation
    approver = _approve(lib, by, problems, override_pin, override)

    due = due_date(snap.calendar, today, terms.loan_days, member.expires_on)
    now = lib.clock.now()
    with store.transaction(lib):  # one transaction, one fsync: the loan, the copy, the log, the undo
        _expire_hold_on(lib, item, today)
        loan = store.insert(lib, Loan, item=item.id, member=member.id, loaned_at=now, due_on=due,
                            staff=by.username)
        # The checks above read before this transaction held the write lock: another desk on the same
        # file (the CLI, a second window) may have lent the copy in between. Now the truth is visible,
        # and a refusal rolls this loan back.
        meanwhile = first_row(Loan, OTHER_OPEN_LOAN_SQL, item.id, loan.id)
        if meanwhile is not None:
            raise _lent_to_other(item, meanwhile)
        previous_status = item.status
        store.update(lib, item, status="on_loan")
        hold_change = None
        if my_hold is not None:
            hold_change = {"uid": my_hold.uid, "status": my_hold.status, "item": my_hold.item_id,
                           "ready_until": my_hold.ready_until.isoformat() if my_hold.ready_until else None}
            other_copy = my_hold.item_id if my_hold.item_id not in (None, item.id) else None
            store.update(lib, my_hold, status=holds.FULFILLED, item=item.id)
            if other_copy is not None and my_hold.status == holds.READY:
                holds.release_copy(lib, Item.get_by_id(other_copy), today)
        if approver is not None:
            auth.audit(lib, approver, "circulation.override", "loan", loan.uid, what="checkout",
                       reasons=[p.reason for p in problems], desk=by.username, barcode=item.barcode,
                       member=member.number)
        remember(lib, {"kind": "checkout", "loan": loan.uid, "version": loan.version, "item_status": previous_status,
                    "hold": hold_change, "by": by.username})
    title = title_of(item)
    return CheckoutResult(loan=loan, member=member, item=item, title=title, due_on=due,
                          overridden_by=approver.username if approver else "",
                          overridden=[p.reason for p in problems], hold_fulfilled=my_hold is not None,
                          params={"title": title, "due": format_day(due, short=True), "name": member.name})


def _expire_hold_on(lib: Library, item: Item, today: date) -> None:
    """A copy on the hold shelf whose pick-up time passed is free again (lent to someone else now)."""
    if item.status != "on_hold":
        return
    for hold in Hold.select().where((Hold.item == item.id) & (Hold.status == holds.READY)
                                    & (Hold.deleted == False)):  # noqa: E712
        if hold.ready_until is not None and hold.ready_until < today:
            store.update(lib, hold, status=holds.EXPIRED)


# --- check-in ---------------------------------------------------------------------------------------


def checkin(lib: Library, by: Staff, barcode: str, *, book_drop: bool = False) -> CheckinResult:
    """Return a copy: closes its loan, charges a fine when late (see ``fines``), and when someone
    waits for the title puts the copy on the hold shelf for them (``result.hold``: announce it!).
    A copy that was not on loan is refused with not_on_loan, except a copy marked lost/missing,
    which is put back on the shelf (``result.found``).

    ``book_drop``: the copy came out of the book drop, so it was returned while the desk was closed: the
    fine counts to the last open day before today (the day the drop was last emptied; after a closure,
    the day before it), never to before the loan. Audited when that lowers the fine."""
    auth.require(by, "circulation.checkin")
    health.require_circulation_allowed(lib)
    item = find_item(lib, barcode)
    today = health.circulation_today(lib)  # never before the newest saved change
    now = lib.clock.now()
    title = title_of(item)
    found = loan_and_member(lib, item.open_loan_id) if item.open_loan_id is not None else None
    loan, member = found if found is not None else (None, None)
    if loan is None:
        if item.status in LOST_STATUSES or item.status == "on_loan":
            paid = lost_loans.lost_charge(item) if item.status == "lost" else None  # read before "found" is written
            with lib.transaction():
                previous = item.status
                hold = holds.release_copy(lib, item, today)
                auth.audit(lib, by, "circulation.found", "item", item.uid, barcode=item.barcode, status=previous)
            notice = _notice(hold)
            if paid is not None and paid[1] > 0:  # the member paid for it: give the money back? the librarian decides
                return CheckinResult(item=item, title=title, loan=None, member=None, hold=notice, found=True,
                                     message=QT_TRANSLATE_NOOP("Circulation", "Found: {title} is back on the shelf. "
                                                               "Member {number} was charged {amount} when it was lost: "
                                                               "ask the librarian about giving it back."),
                                     params={"title": title, "number": paid[0], "amount": format_money(paid[1])})
            return CheckinResult(item=item, title=title, loan=None, member=None, hold=notice, found=True,
                                 message=QT_TRANSLATE_NOOP("Circulation", "Found: {title} is back on the shelf."),
                                 params={"title": title})
        _refuse_held_copy(item, title)
        raise not_on_loan(item.barcode, title)

    snap = snapshot(lib)
    terms = snap.terms(member.member_type_id, item.collection_type_id)
    opts = snap.options
    cal = snap.calendar
    returned_on = _book_drop_day(cal, today, loan) if book_drop else today
    days_late = max(0, (returned_on - loan.due_on).days)
    amount = fines.fine_amount(loan.due_on, returned_on, terms.fine_per_day, terms.grace_days, cal, opts)
    if loan.renewals:  # a renewal while overdue charged already: the cap is for the whole loan
        amount = fines.within_cap(loan.id, amount, opts)
    with store.transaction(lib):  # one transaction, one fsync
        store.update(lib, loan, returned_at=now)
        loan_events.record(loan, loan_events.RETURN, by, now)  # who took it back: "I returned it last Tuesday!"
        if returned_on != today:  # the day it came back, for the report's late returns (the fine counts to it)
            loan_events.record(loan, loan_events.BOOK_DROP, by, local_instant(returned_on, time(12)))
        entry = fines.charge(lib, member, amount, loan=loan, note=title, staff=by.username, at=now)
        if returned_on != today and loan.due_on < today:  # a volunteer's tick that lowers a fine is on record
            auth.audit(lib, by, "circulation.book_drop", "loan", loan.uid, barcode=item.barcode,
                       member=member.number, returned_on=returned_on.isoformat(), fine=amount,
                       fine_today=fines.fine_amount(loan.due_on, today, terms.fine_per_day, terms.grace_days,
                                                    cal, opts))
        previous_status = item.status
        hold = holds.release_copy(lib, item, today)
        remember(lib, {"kind": "checkin", "loan": loan.uid, "version": loan.version, "item_status": previous_status,
                    "fine": entry.uid if entry else None, "hold": hold.uid if hold else None, "by": by.username})
    notice = _notice(hold)
    if notice is not None:
        message = QT_TRANSLATE_NOOP("Circulation", "Returned: {title}. RESERVED for {hold_name} - put it on the hold shelf!")
    elif amount:
        message = QT_TRANSLATE_NOOP("Circulation", "Returned: {title}. {days} day(s) late: fine {fine}.")
    else:
        message = QT_TRANSLATE_NOOP("Circulation", "Returned: {title}.")
    return CheckinResult(item=item, title=title, loan=loan, member=member, days_late=days_late, fine=amount,
                         hold=notice, message=message,
                         params={"title": title, "days": days_late, "fine": format_money(amount),
                                 "name": member.name, "hold_name": notice.member_name if notice else ""})


def _book_drop_day(cal: OpenCalendar, today: date, loan: Loan) -> date:
    """The day a copy from the book drop counts as returned: the last open day before today, not before it was
    lent (today when there is none)."""
    lent_on = loan.loaned_at.astimezone().date()
    day = cal.previous_open_day(today - timedelta(days=1), not_before=lent_on)
    return day if lent_on <= day < today else today


def _notice(hold: Hold | None) -> HoldNotice | None:
    if hold is None:
        return None
    waiting = Member.get_by_id(hold.member_id)
    return HoldNotice(waiting.name, waiting.number, waiting.phone, hold.ready_until)


def _refuse_held_copy(item: Item, title: str) -> None:
    """A copy on the hold shelf scanned with nobody open (the member asked for her reservation and the book was
    scanned first): who it waits for and what to do, not only "not on loan"."""
    hold = Hold.get_or_none((Hold.item == item.id) & (Hold.status == holds.READY) & (Hold.deleted == False))  # noqa: E712
    if hold is None:
        return
    member = first_row(Member, MEMBER_BY_ID, hold.member_id)
    raise refuse(NOT_ON_LOAN, QT_TRANSLATE_NOOP("Errors", "Copy {barcode} ({title}) waits on the hold shelf for "
                                                          "{name} ({number}). To lend it: scan {name}'s card, then "
                                                          "the copy."),
                 barcode=item.barcode, title=title, name=member.name, number=member.number)


# --- renewal ----------------------------------------------------------------------------------------


def renew(lib: Library, by: Staff, barcode: str, *, override_pin: str | None = None,
          override: bool = False, desk_undo: bool = True) -> RenewResult:
    """Extend the loan of copy ``barcode``: from the due date or from today (option ``renew_from``),
    moved to an open day and capped at the membership expiry. Refused (overridable) when the
    renewals allowed are used up, another member reserved the title, or the member is blocked or
    expired; refused (not overridable) when the copy is not on loan or the renewal would not give
    more time. An overdue loan is charged the fine so far at renewal. ``desk_undo=False`` (a patron
    renewing on the web catalogue) keeps it off the desk's undo stack."""
    auth.require(by, "circulation.renew")
    health.require_circulation_allowed(lib)
    item = find_item(lib, barcode)
    loan = open_loan(item)
    title = title_of(item)
    if loan is None:
        raise not_on_loan(item.barcode, title)
    member = first_row(Member, MEMBER_BY_ID, loan.member_id)
    snap = snapshot(lib)
    terms = snap.terms(member.member_type_id, item.collection_type_id)
    today = health.circulation_today(lib)
    opts = snap.options
    problems = [p for p in member_problems(lib, member, today, opts) if p.reason != FINES_UNPAID]
    if terms.renewals <= 0:  # "already renewed 0 time(s), the most allowed" would puzzle a member (SLiMS's Pelajar)
        problems.append(problem(RENEWALS_USED, QT_TRANSLATE_NOOP(
            "Errors", "No renewals are allowed for this member type and collection.")))
    elif loan.renewals >= terms.renewals:
        problems.append(problem(RENEWALS_USED, QT_TRANSLATE_NOOP(
            "Errors", "This loan was already renewed {count} time(s), the most allowed."), count=loan.renewals))
    waiting_others = Hold.select().where(holds.others_waiting(item.record_id, member.id)).order_by(
        Hold.placed_at).first()
    if waiting_others is not None:
        problems.append(_reserved(waiting_others))
    start = loan.due_on if opts.renew_from == "due" and loan.due_on >= today else today
    cal = snap.calendar
    due = due_date(cal, start, terms.loan_days, member.expires_on)
    if due <= loan.due_on:  # not overridable: an override cannot make time
        if member.expires_on <= loan.due_on:
            problems.append(problem(NO_LONGER, QT_TRANSLATE_NOOP(
                "Errors", "Renewing gives no more time: the membership of {name} ends on {date}."),
                name=member.name, date=format_date(member.expires_on)))
        else:
            problems.append(problem(NO_LONGER, QT_TRANSLATE_NOOP(
                "Errors", "Renewing today gives no more time: the copy is already due on {due}."),
                due=format_date(loan.due_on)))
    approver = _approve(lib, by, problems, override_pin, override)
    amount = fines.within_cap(loan.id, fines.fine_amount(loan.due_on, today, terms.fine_per_day, terms.grace_days,
                                                         cal, opts), opts)
    old_due = loan.due_on
    with lib.transaction():
        before = {"due_on": old_due.isoformat(), "renewals": loan.renewals}
        store.update(lib, loan, due_on=due, renewals=loan.renewals + 1)
        loan_events.record(loan, loan_events.RENEW, by, lib.clock.now())
        entry = fines.charge(lib, member, amount, loan=loan, note=title, staff=by.username)
        if approver is not None:
            auth.audit(lib, approver, "circulation.override", "loan", loan.uid, what="renew",
                       reasons=[p.reason for p in problems], desk=by.username, barcode=item.barcode)
        if desk_undo:
            remember(lib, {"kind": "renew", "loan": loan.uid, "version": loan.version, "before": before,
                        "fine": entry.uid if entry else None, "by": by.username})
    result = RenewResult(loan=loan, member=member, title=title, old_due=old_due, due_on=due,
                         renewals_used=loan.renewals, renewals_allowed=terms.renewals, fine=amount,
                         overridden_by=approver.username if approver else "",
                         params={"title": title, "due": format_day(due, short=True), "name": member.name,
                                 "days": max(0, (today - old_due).days), "fine": format_money(amount)})
    if amount:  # charged now: said, or the volunteer in Renew mode (nobody open) never hears of it
        result.message = QT_TRANSLATE_NOOP("Circulation", "Renewed: {title}. Now due back {due}. It was {days} "
                                                          "day(s) late: fine {fine}.")
    return result

