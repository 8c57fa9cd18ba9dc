"""Patron self-service: what a member may do for themself from the web catalogue ("Akun saya"), and
the door sign-in tablet. The member is known by card number + PIN (core.community.member_pin).

Every action is the desk's own core function with the desk's rules — ``loans.renew`` (no override),
``holds.place_hold`` / ``holds.cancel_hold`` (the same queue the desk uses), ``visits.record_*`` —
called with a patron actor, so loans, fines and holds name ``patron:<card number>`` (or ``web:door``)
and the audit log has one line per web action (written in the action's own transaction: a PC switched off
half-way leaves neither). On top of the desk's rules a member only ever
touches their own loans and reservations: a loan or hold of someone else is "not found".

The actor is a transient ``Staff`` object with the desk-volunteer role, never stored and never given
to anything but the functions here, so it can do no more than a member asking at the desk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .. import auth
from ..community import member_pin, visits
from ..errors import NotFound, Refused
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.models import Hold, Item, Loan, Member, Record, Staff
from . import holds, loans, member_loans

DOOR = "web:door"


def actor(member: Member) -> Staff:
    return Staff(username=f"patron:{member.number}", role=auth.VOLUNTEER, active=True, full_name="")


def signed_in(member_id: int) -> Member | None:
    """The member a phone's session names, unless the library removed them since."""
    return Member.get_or_none((Member.id == member_id) & (Member.deleted == False))  # noqa: E712


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


def account(lib: Library, member: Member, history_limit: int = 50) -> Account:
    summary = member_loans.member_summary(lib, member)
    show = member_pin.show_history(lib, member)
    history = [(title, lent, back) for _, title, lent, back in member_loans.loan_history(lib, member, history_limit)] if show else []
    return Account(
        number=member.number, first_name=(member.name or "").split(" ")[0], type_name=summary.type_name,
        expires_on=member.expires_on, expired=summary.expired, blocked=bool(member.blocked), loans=summary.loans,
        fines_balance=summary.fines_balance, fines_so_far=summary.fines_so_far, holds=summary.holds,
        problems=[p.template for p in summary.problems], problem_params=[p.params for p in summary.problems],
        show_history=show, history=history)


def _not_yours() -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("Errors", "That loan is not on your card (or it was returned already)."))


def renew(lib: Library, member: Member, loan_id: int) -> loans.RenewResult:
    """Renew one of the member's own open loans, by the desk's rules (no override)."""
    loan = Loan.get_or_none((Loan.id == loan_id) & (Loan.member == member.id) & Loan.returned_at.is_null()
                            & (Loan.deleted == False))  # noqa: E712
    if loan is None:
        raise _not_yours()
    who = actor(member)
    barcode = Item.select(Item.barcode).where(Item.id == loan.item_id).scalar()
    with lib.transaction():  # with its audit line, or not at all (the PC may go off between the two)
        result = loans.renew(lib, who, barcode, desk_undo=False)  # the desk's Undo is for the desk's own scans
        auth.audit(lib, who, "web.renew", "loan", loan.uid, barcode=barcode, due=result.due_on.isoformat())
    return result


def place_hold(lib: Library, member: Member, record_id: int) -> Hold:
    """Join the record's reservation queue (the desk's queue and rules)."""
    record = Record.get_or_none((Record.id == record_id) & (Record.deleted == False) & (Record.hidden == False))  # noqa: E712
    if record is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No record number {id} in the catalogue."), id=record_id)
    if not Item.select().where((Item.record == record.id) & (Item.deleted == False)).exists():  # noqa: E712
        raise Refused(QT_TRANSLATE_NOOP("Errors", "This title has no copies to reserve."), reason="no_copies")
    who = actor(member)
    with lib.transaction():
        hold = holds.place_hold(lib, who, member, record)
        auth.audit(lib, who, "web.hold", "hold", hold.uid, record=record.uid)
    return hold


def cancel_hold(lib: Library, member: Member, hold_id: int) -> None:
    hold = Hold.get_or_none((Hold.id == hold_id) & (Hold.member == member.id) & (Hold.deleted == False))  # noqa: E712
    if hold is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That reservation is no longer active."))
    who = actor(member)
    with lib.transaction():
        holds.cancel_hold(lib, who, hold)
        auth.audit(lib, who, "web.hold_cancel", "hold", hold.uid)


# --- the door sign-in tablet ------------------------------------------------------------------------


def door_member(lib: Library, number: str, purpose: str = "read") -> visits.MemberVisit:
    """A member signs in at the door with their card number (once a day counts, like the desk)."""
    with lib.transaction():
        result = visits.record_member(lib, _door(), (number or "")[:40], purpose)
        if not result.repeat:
            auth.audit(lib, DOOR, "web.door", "visit", result.visit.uid, kind="member")
    return result


def door_guest(lib: Library, *, gender: str, age_band: str, purpose: str, origin: str = "village",
               occupation: str = ""):
    with lib.transaction():
        visit = visits.record_guest(lib, _door(), gender=gender, age_band=age_band, purpose=purpose,
                                    origin=origin, occupation=occupation)
        auth.audit(lib, DOOR, "web.door", "visit", visit.uid, kind="guest")
    return visit


def door_group(lib: Library, *, name: str, counts: dict[str, Any], purpose: str = "activity",
               origin: str = "village"):
    with lib.transaction():
        visit = visits.record_group(lib, _door(), name, counts, purpose=purpose, origin=origin)
        auth.audit(lib, DOOR, "web.door", "visit", visit.uid, kind="group", headcount=visit.headcount)
    return visit
