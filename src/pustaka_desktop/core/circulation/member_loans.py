"""What a member has out, as the desk and the patron's own page show it: the member summary (open
loans with days late and the fine so far, fines, holds, and what stops a new loan right now) and the
loan history. The overdue list (``overdue``) reads its loans the same way (``loan_lines``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.clock import local_today
from ..store.models import Item, Loan, Member, Record
from . import fines, holds, loan_events
from .desk_reads import find_member
from .loan_events import Translate, untranslated
from .loan_rules import snapshot
from .loans import member_problems
from .refusals import LIMIT_REACHED, Problem


@dataclass
class LoanLine:
    loan_id: int
    barcode: str
    title: str
    loaned_on: date
    due_on: date
    days_late: int
    fine_so_far: int
    renewals: int


@dataclass
class MemberSummary:
    """All the desk shows about a member."""

    member: Member
    type_name: str
    age: int | None
    expired: bool
    loans: list[LoanLine]
    overdue: int  # how many loans are late
    fines_balance: int  # unpaid, rupiah
    fines_so_far: int  # what the late loans would cost if returned today
    holds: list[holds.HoldLine]
    problems: list[Problem]  # what stops a new loan right now (blocked, expired, unpaid fines, limit)

    @property
    def photo(self) -> bytes | None:
        return self.member.photo


def open_loans_query():
    return (Loan.select(Loan, Item.barcode, Record.title, Member.member_type.alias("mtype_id"),
                        Item.collection_type.alias("ctype_id"))
            .join(Item, on=(Loan.item == Item.id))
            .join(Record, on=(Item.record == Record.id))
            .switch(Loan).join(Member, on=(Loan.member == Member.id))
            .where(Loan.returned_at.is_null() & (Loan.deleted == False)))  # noqa: E712


def loan_lines(lib: Library, query, today: date) -> list[tuple[Loan, LoanLine, Member]]:
    snap = snapshot(lib)
    opts = snap.options
    rows = list(query.objects())
    if not rows:
        return []
    cal = snap.calendar
    out = []
    for row in rows:
        terms = snap.terms(row.mtype_id, row.ctype_id)
        late = max(0, (today - row.due_on).days)
        so_far = fines.fine_amount(row.due_on, today, terms.fine_per_day, terms.grace_days, cal, opts) if late else 0
        if so_far and row.renewals:
            so_far = fines.within_cap(row.id, so_far, opts)
        out.append((row, LoanLine(row.id, row.barcode, row.title, row.loaned_at.astimezone().date(), row.due_on,
                                  late, so_far, row.renewals), row))
    return out


def member_summary(lib: Library, member: Member | str) -> MemberSummary:
    """Everything the desk shows when a member card is scanned."""
    member = find_member(lib, member, with_photo=True)
    today = local_today(lib.clock)
    snap = snapshot(lib)
    opts = snap.options
    mtype = snap.member_type(member.member_type_id)
    query = open_loans_query().where(Loan.member == member.id).order_by(Loan.due_on)
    lines = [line for _, line, _ in loan_lines(lib, query, today)]
    problems = member_problems(lib, member, today, opts)
    limit = snap.terms(mtype.id, None).loan_limit
    if len(lines) >= limit:
        problems.append(Problem(LIMIT_REACHED, QT_TRANSLATE_NOOP(
            "Errors", "{name} already has {count} book(s) on loan; the limit is {limit}."),
            {"name": member.name, "count": len(lines), "limit": limit}))
    from ..community.demographics import age_on

    return MemberSummary(
        member=member, type_name=mtype.name, age=age_on(member.birth_date, today),
        expired=member.expires_on < today, loans=lines, overdue=sum(1 for x in lines if x.days_late > 0),
        fines_balance=fines.balance(lib, member), fines_so_far=sum(x.fine_so_far for x in lines),
        holds=holds.hold_lines(lib, member), problems=problems)


def loan_history(lib: Library, member: Member, limit: int = 100,
                 translate: Translate = untranslated) -> list[tuple[str, str, date, date | None, str]]:
    """(barcode, title, lent on, returned on, who took it back) of the member's loans, newest first; who took it back
    in words ("" while out or when not known; "imported from SLiMS" for an imported loan; "lost on loan (declared
    by ...)" for a book the member lost)."""
    query = (Loan.select(Loan, Item.barcode, Record.title)
             .join(Item, on=(Loan.item == Item.id)).join(Record, on=(Item.record == Record.id))
             .where((Loan.member == member.id) & (Loan.deleted == False))  # noqa: E712
             .order_by(Loan.loaned_at.desc()).limit(limit))
    rows = list(query.objects())
    hands = loan_events.hands(rows, translate)  # the member is the one on the page: nothing of theirs to hide
    return [(row.barcode, row.title, _local_day(row.loaned_at), _local_day(row.returned_at),
             hands[row.uid].lost_by or hands[row.uid].returned_by) for row in rows]


def _local_day(value):
    return value.astimezone().date() if value is not None and hasattr(value, "astimezone") else value
