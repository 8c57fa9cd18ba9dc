"""Patron self-service: what a member may do for themself from the web catalogue ("Akun saya"), and
the door sign-in tablet. The member is known by card number + PIN (core.community.member_pin).

Every action is the desk's own core function with the desk's rules — ``loans.renew`` (no override),
``holds.place_hold`` / ``holds.cancel_hold`` (the same queue the desk uses), ``visits.record_*`` —
called with a patron actor, so loans, fines and holds name ``patron:<card number>`` (or ``web:door``)
and the audit log has one line per web action (written in the action's own transaction: a PC switched off
half-way leaves neither). On top of the desk's rules a member only ever
touches their own loans and reservations: a loan or hold of someone else is "not found". Each action takes
the file's write lock first (``Library.transaction(immediate=True)``): two phones renewing or reserving at the same
moment are done one after the other, the second on what the first left, never answered "busy".

The actor is a transient ``Staff`` object with the desk-volunteer role, never stored and never given
to anything but the functions here, so it can do no more than a member asking at the desk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .. import auth
from ..community import member_pin, visits
from ..errors import NotFound, Refused, Translate, render
from ..formatting import format_day
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.models import Hold, Item, Loan, Member, Record, Staff
from . import holds, loan_rules, loans, member_loans
from .desk_reads import title_of
from .refusals import (
    FINES_UNPAID,
    LIMIT_REACHED,
    MEMBER_BLOCKED,
    MEMBER_EXPIRED,
    NO_LONGER,
    RESERVED_OTHER,
    Problem,
)

DOOR = "web:door"


def actor(member: Member) -> Staff:
    return Staff(username=f"patron:{member.number}", role=auth.VOLUNTEER, active=True, full_name="")


def signed_in(member_id: int) -> Member | None:
    """The member a phone's session names, unless the library removed them since."""
    return Member.get_or_none((Member.id == member_id) & (Member.deleted == False))  # noqa: E712


# The desk's refusals speak about the member by name ("The membership of Made Manurung ended..."), to the
# librarian; on her own phone the member reads them said to her. A refusal that names someone else (the
# member a title is reserved for) must not show that name or card number to this member.
_TO_THE_MEMBER = {
    MEMBER_EXPIRED: QT_TRANSLATE_NOOP("Errors", "Your membership ended on {date}. Renew it at the desk."),
    MEMBER_BLOCKED: QT_TRANSLATE_NOOP("Errors", "Your card is blocked: {why}. Please ask at the desk."),
    FINES_UNPAID: QT_TRANSLATE_NOOP("Errors", "You have unpaid fines of {amount}: pay them at the desk before you borrow."),
    LIMIT_REACHED: QT_TRANSLATE_NOOP("Errors", "You have {count} book(s) on loan, the most your card allows ({limit})."),
    NO_LONGER: QT_TRANSLATE_NOOP("Errors", "Renewing gives no more time: your membership ends on {date}."),
    RESERVED_OTHER: QT_TRANSLATE_NOOP("Errors", "Another member is waiting for this title: bring it back by its due date."),
    "already_held": QT_TRANSLATE_NOOP("Errors", "You already reserved this title."),
    "hold_limit": QT_TRANSLATE_NOOP("Errors", "You already have {limit} reservation(s), the most your card allows."),
    "already_yours": QT_TRANSLATE_NOOP("Errors", "You have this title on loan already."),
}


def to_the_member(reason: str, template: str, params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """A refusal of the desk (reason code, English template, values) as said to the member herself."""
    if "name" not in params:  # it names nobody: it reads the same to the member
        return template, params
    return _TO_THE_MEMBER.get(reason, template), params


class NotRenewed(loans.LoanRefused):
    """The member's renewal of ``title`` refused: the book and every reason, said to the member."""

    TEMPLATE = QT_TRANSLATE_NOOP("Errors", "Not renewed: {title}. {why}")

    def __init__(self, title: str, refused: Refused) -> None:
        self.title = title
        problems = getattr(refused, "problems", None) or [Problem(refused.reason, refused.template, refused.params)]
        super().__init__([Problem(p.reason, *to_the_member(p.reason, p.template, p.params)) for p in problems])

    def message(self, translate: Translate = lambda context, text: text) -> str:
        why = " ".join(p.message(translate) for p in self.problems)
        return render("Errors", self.TEMPLATE, {"title": self.title, "why": why}, translate)


def _door() -> Staff:
    return Staff(username=DOOR, role=auth.VOLUNTEER, active=True, full_name="")


@dataclass
class Account:
    """What "Akun saya" shows a member about themself."""

    number: str
    first_name: str
    type_name: str
    expires_on: date
    expired: bool
    blocked: bool
    loans: list[member_loans.LoanLine]
    fines_balance: int
    fines_so_far: int
    holds: list[holds.HoldLine]
    problems: list[str]  # why the desk would not lend right now (English templates, context Errors)
    problem_params: list[dict[str, Any]]
    show_history: bool
    history: list[tuple[str, date, date | None]]  # (title, lent on, returned on), when the member allows it
    renewals_allowed: dict[int, int]  # loan id -> renewals its terms allow (a loan's ``renewals`` are those used)
    waited_for: set[int]  # loan ids whose title another member is waiting for: the desk refuses their renewal


def account(lib: Library, member: Member, history_limit: int = 50) -> Account:
    summary = member_loans.member_summary(lib, member)
    show = member_pin.show_history(lib, member)
    history = [(title, lent, back) for _, title, lent, back, _ in member_loans.loan_history(lib, member, history_limit)] if show else []
    return Account(
        number=member.number, first_name=(member.name or "").split(" ")[0], type_name=summary.type_name,
        expires_on=member.expires_on, expired=summary.expired, blocked=bool(member.blocked), loans=summary.loans,
        fines_balance=summary.fines_balance, fines_so_far=summary.fines_so_far, holds=summary.holds,
        problems=[to_the_member(p.reason, p.template, p.params)[0] for p in summary.problems],
        problem_params=[p.params for p in summary.problems],
        show_history=show, history=history, renewals_allowed=_renewals_allowed(lib, member, summary.loans),
        waited_for=_waited_for(summary.loans))


def _renewals_allowed(lib: Library, member: Member, lines: list[member_loans.LoanLine]) -> dict[int, int]:
    """How many renewals each open loan's terms allow (the member type borrowing the copy's collection type), so
    the member sees "renewed 1 of 2 times" before she asks (SLiMS's count came with the loan)."""
    rules = loan_rules.snapshot(lib)
    kinds = (Loan.select(Loan.id, Item.collection_type).join(Item, on=(Loan.item == Item.id))
             .where(Loan.id.in_([line.loan_id for line in lines])).tuples())
    return {loan_id: rules.terms(member.member_type_id, kind).renewals for loan_id, kind in kinds}


def _waited_for(lines: list[member_loans.LoanLine]) -> set[int]:
    """The open loans whose title another member is waiting for, as ``loans.renew`` sees them: the member reads
    that before she taps Renew, instead of a Renew that is refused every time."""
    rows = (Loan.select(Loan.id).join(Item, on=(Loan.item == Item.id))
            .join(Hold, on=holds.others_waiting(Item.record, Loan.member))
            .where(Loan.id.in_([line.loan_id for line in lines])).distinct().tuples())
    return {loan_id for (loan_id,) in rows}


@dataclass
class OwnTitle:
    """What the member already has of one title, shown on its page in place of "Reserve this book"."""

    due_on: date | None  # her open loan of a copy of it
    hold_status: str  # her reservation's: holds.WAITING or holds.READY ("" when none)
    position: int  # in the queue, while waiting
    ready_until: date | None


def own_title(lib: Library, member: Member, record_id: int) -> OwnTitle | None:
    """Her loan or reservation of the title, None when she has neither."""
    loan = (Loan.select(Loan.due_on).join(Item, on=(Loan.item == Item.id))
            .where((Item.record == record_id) & (Loan.member == member.id) & Loan.returned_at.is_null()
                   & (Loan.deleted == False)).order_by(Loan.due_on).first())  # noqa: E712
    hold = next((h for h in holds.member_holds(lib, member) if h.record_id == record_id), None)
    if loan is None and hold is None:
        return None
    return OwnTitle(due_on=loan.due_on if loan else None, hold_status=hold.status if hold else "",
                    position=holds.waiting_position(lib, hold) if hold else 0,
                    ready_until=hold.ready_until if hold else None)


def _not_yours() -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("Errors", "That loan is not on your card (or it was returned already)."))


class RenewedMeanwhile(Refused):
    """The loan was renewed after her page showed it (on another phone with the same card, or at the desk): not
    renewed again, which would spend a second renewal on the one she asked for."""

    def __init__(self, title: str, due_on: date) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "Already renewed: {title}. Now due back {due}."),
                         reason="renewed_meanwhile", title=title, due=format_day(due_on))
        self.due_on = due_on


def renew(lib: Library, member: Member, loan_id: int, seen_due: date | None = None) -> loans.RenewResult:
    """Renew one of the member's own open loans, by the desk's rules (no override). ``seen_due``: the due date
    her page showed; a loan due later by now was renewed since, and is not renewed again (``RenewedMeanwhile``)."""
    who = actor(member)
    with lib.transaction(immediate=True):  # with its audit line, or not at all (the PC may go off between the two)
        loan = Loan.get_or_none((Loan.id == loan_id) & (Loan.member == member.id) & Loan.returned_at.is_null()
                                & (Loan.deleted == False))  # noqa: E712
        if loan is None:
            raise _not_yours()
        item = Item.get_by_id(loan.item_id)
        if seen_due is not None and loan.due_on > seen_due:
            raise RenewedMeanwhile(title_of(item), loan.due_on)
        try:
            result = loans.renew(lib, who, item.barcode, desk_undo=False)  # the desk's Undo is for its own scans
            auth.audit(lib, who, "web.renew", "loan", loan.uid, barcode=item.barcode, due=result.due_on.isoformat())
        except Refused as refused:
            raise NotRenewed(title_of(item), refused) from None
    return result


def place_hold(lib: Library, member: Member, record_id: int) -> Hold:
    """Join the record's reservation queue (the desk's queue and rules)."""
    record = Record.get_or_none((Record.id == record_id) & (Record.deleted == False) & (Record.hidden == False))  # noqa: E712
    if record is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No record number {id} in the catalogue."), id=record_id)
    if not Item.select().where((Item.record == record.id) & (Item.deleted == False)).exists():  # noqa: E712
        raise Refused(QT_TRANSLATE_NOOP("Errors", "This title has no copies to reserve."), reason="no_copies")
    who = actor(member)
    try:
        with lib.transaction(immediate=True):
            hold = holds.place_hold(lib, who, member, record)
            auth.audit(lib, who, "web.hold", "hold", hold.uid, record=record.uid)
    except Refused as refused:
        template, params = to_the_member(refused.reason, refused.template, refused.params)
        raise Refused(template, reason=refused.reason, **params) from None
    return hold


def cancel_hold(lib: Library, member: Member, hold_id: int) -> None:
    hold = Hold.get_or_none((Hold.id == hold_id) & (Hold.member == member.id) & (Hold.deleted == False))  # noqa: E712
    if hold is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That reservation is no longer active."))
    who = actor(member)
    with lib.transaction(immediate=True):
        holds.cancel_hold(lib, who, hold)
        auth.audit(lib, who, "web.hold_cancel", "hold", hold.uid)


# --- the door sign-in tablet ------------------------------------------------------------------------


def door_member(lib: Library, number: str, purpose: str = "read") -> visits.MemberVisit:
    """A member signs in at the door with their card number (once a day counts, like the desk)."""
    with lib.transaction(immediate=True):
        result = visits.record_member(lib, _door(), (number or "")[:40], purpose)
        if not result.repeat:
            auth.audit(lib, DOOR, "web.door", "visit", result.visit.uid, kind="member")
    return result


def door_guest(lib: Library, *, gender: str, age_band: str, purpose: str, origin: str = "village",
               occupation: str = ""):
    with lib.transaction(immediate=True):
        visit = visits.record_guest(lib, _door(), gender=gender, age_band=age_band, purpose=purpose,
                                    origin=origin, occupation=occupation)
        auth.audit(lib, DOOR, "web.door", "visit", visit.uid, kind="guest")
    return visit


def door_group(lib: Library, *, name: str, counts: dict[str, Any], purpose: str = "activity",
               origin: str = "village"):
    with lib.transaction(immediate=True):
        visit = visits.record_group(lib, _door(), name, counts, purpose=purpose, origin=origin)
        auth.audit(lib, DOOR, "web.door", "visit", visit.uid, kind="group", headcount=visit.headcount)
    return visit
