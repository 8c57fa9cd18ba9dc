"""Fines: what a late return costs, and the ledger per member (charges, payments, waivers).

A fine is computed on return (or on renewal of an overdue loan): nothing when the copy comes back
within the member type's grace days after the due date; otherwise EVERY late day counts (not only
the days beyond the grace), times the fine per day of the loan's terms. With the option
``fines_skip_closed_days`` the days the library was closed are not counted. ``fine_cap`` (when not
0) caps one loan's fine: all its charges together (``within_cap``), a renewal's included.

The ledger holds positive amounts; the balance is charges - payments - waivers. Waivers are for
librarians only, need a reason and are audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from peewee import JOIN, Case, fn

from .. import auth
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store import write as store
from ..store.models import FineEntry, Loan, Member, Staff
from .holidays import OpenCalendar
from .loan_rules import CirculationOptions

CHARGE, PAYMENT, WAIVER = "charge", "payment", "waiver"


def late_days(due_on: date, returned_on: date, grace_days: int, cal: OpenCalendar, skip_closed: bool) -> int:
    """Days that count for the fine: 0 within the grace period, else every late day (open days only
    when ``skip_closed``)."""
    if returned_on <= due_on:
        return 0
    if (returned_on - due_on).days <= grace_days:
        return 0
    if skip_closed:
        return cal.open_days_between(due_on, returned_on)
    return (returned_on - due_on).days


def fine_amount(due_on: date, returned_on: date, fine_per_day: int, grace_days: int, cal: OpenCalendar,
                opts: CirculationOptions) -> int:
    amount = late_days(due_on, returned_on, grace_days, cal, opts.fines_skip_closed_days) * fine_per_day
    if opts.fine_cap:
        amount = min(amount, opts.fine_cap)
    return amount


def within_cap(loan_id: int, amount: int, opts: CirculationOptions) -> int:
    """``amount`` less what the cap leaves for this loan: a loan renewed while overdue was already charged
    at the renewal, and the cap is for the whole loan, not for each charge."""
    if not opts.fine_cap or amount <= 0:
        return amount
    charged = (FineEntry.select(fn.COALESCE(fn.SUM(FineEntry.amount), 0))
               .where((FineEntry.loan == loan_id) & (FineEntry.kind == CHARGE)
                      & (FineEntry.deleted == False))  # noqa: E712
               .scalar())
    return max(0, min(amount, opts.fine_cap - int(charged or 0)))


def balance(lib: Library, member: Member | int) -> int:
    """Unpaid fines of a member in rupiah (charges minus payments and waivers)."""
    member_id = member.id if isinstance(member, Member) else member
    signed = Case(None, [(FineEntry.kind == CHARGE, FineEntry.amount)], FineEntry.amount * -1)
    total = (FineEntry.select(fn.COALESCE(fn.SUM(signed), 0))
             .where((FineEntry.member == member_id) & (FineEntry.deleted == False))  # noqa: E712
             .scalar())
    return int(total or 0)


def charge(lib: Library, member: Member, amount: int, loan: Loan | None = None, note: str = "",
           staff: str = "", at: datetime | None = None) -> FineEntry | None:
    """Write a charge (called by circulation on a late return; nothing for 0 rupiah)."""
    if amount <= 0:
        return None
    return store.insert(lib, FineEntry, member=member, loan=loan, kind=CHARGE, amount=int(amount),
                        at=at or lib.clock.now(), note=note, staff=staff)


def _amount(amount: int) -> int:
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The amount must be a whole number of rupiah above 0."),
                              field="amount")
    return amount


def _not_above_balance(lib: Library, member: Member, amount: int, refusal: str) -> None:
    """No credit is kept: a payment or waiver above what the member owes is refused (``refusal`` names
    {name} and {owed})."""
    owed = balance(lib, member)
    if amount > owed:
        raise ValidationError(refusal, field="amount", name=member.name, owed=f"{owed:,}".replace(",", "."))


def pay(lib: Library, by: Staff, member: Member, amount: int, note: str = "") -> FineEntry:
    """Record a payment (any staff). Refused above the unpaid balance (no credit kept)."""
    auth.require(by, "fines.pay")
    amount = _amount(amount)
    with lib.transaction():
        _not_above_balance(lib, member, amount,
                           QT_TRANSLATE_NOOP("Errors", "{name} owes only Rp {owed}; the payment cannot be more."))
        return store.insert(lib, FineEntry, member=member, kind=PAYMENT, amount=amount, at=lib.clock.now(),
                            note=note.strip(), staff=by.username)


def waive(lib: Library, by: Staff, member: Member, amount: int, reason: str) -> FineEntry:
    """Forgive (part of) the unpaid fines: librarian only, with a reason, audited."""
    auth.require(by, "fines.waive")
    amount = _amount(amount)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give a reason for the waiver."), field="reason")
    with lib.transaction():
        _not_above_balance(lib, member, amount,
                           QT_TRANSLATE_NOOP("Errors", "{name} owes only Rp {owed}; the waiver cannot be more."))
        entry = store.insert(lib, FineEntry, member=member, kind=WAIVER, amount=amount, at=lib.clock.now(),
                             note=reason, staff=by.username)
        auth.audit(lib, by, "fines.waive", "member", member.uid, amount=amount, reason=reason)
    return entry


@dataclass
class LedgerLine:
    at: datetime
    kind: str  # charge | payment | waiver
    amount: int  # positive
    note: str
    staff: str
    title: str  # the book a charge was for, if any
    balance: int  # running balance after this line


def ledger(lib: Library, member: Member) -> list[LedgerLine]:
    """The member's fines ledger, oldest first, with a running balance."""
    from ..store.models import Item, Record

    query = (FineEntry.select(FineEntry, Record.title)
             .join(Loan, on=(FineEntry.loan == Loan.id), join_type=JOIN.LEFT_OUTER)
             .join(Item, on=(Loan.item == Item.id), join_type=JOIN.LEFT_OUTER)
             .join(Record, on=(Item.record == Record.id), join_type=JOIN.LEFT_OUTER)
             .where((FineEntry.member == member) & (FineEntry.deleted == False))  # noqa: E712
             .order_by(FineEntry.at, FineEntry.id))
    lines = []
    running = 0
    for entry in query.objects():
        running += entry.amount if entry.kind == CHARGE else -entry.amount
        lines.append(LedgerLine(entry.at, entry.kind, entry.amount, entry.note, entry.staff,
                                getattr(entry, "title", None) or "", running))
    return lines

