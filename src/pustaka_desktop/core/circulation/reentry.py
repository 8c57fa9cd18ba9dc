"""Putting back a loan or a return that a restored backup lost, as the district still holds it.

A village that restores an older backup loses the loans made since: the book is in a patron's house
while the desk shows it on the shelf. The district sends back what it held (``core.sync.lost``); a
librarian re-enters a loan here with its original dates and its original id (so the district counts
one loan, not two), or a lost return with its original time. Never silently: each is the librarian's
action, audited, through the same write path as the desk.
"""

from __future__ import annotations

from datetime import date, datetime

from .. import auth
from ..errors import Conflict, NotFound
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store import write as store
from ..store.models import Item, Loan, Member, Staff
from . import holds
from .desk_reads import open_loan, title_of


def _item(uid: str, barcode: str) -> Item:
    item = Item.get_or_none((Item.uid == uid) & (Item.deleted == False))  # noqa: E712
    if item is None and barcode:  # a copy catalogued again after the restore keeps its barcode
        item = Item.get_or_none((Item.barcode == barcode) & (Item.deleted == False))  # noqa: E712
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP(
            "Errors", "Copy {barcode} is not in this catalogue (it was added after the backup). Catalogue it "
                      "again first, then re-enter the loan."), barcode=barcode or "?")
    return item


def _member(uid: str, number: str) -> Member:
    member = Member.get_or_none((Member.uid == uid) & (Member.deleted == False))  # noqa: E712
    if member is None and number:  # registered again after the restore, with the number on the card
        member = Member.get_or_none((Member.number == number) & (Member.deleted == False))  # noqa: E712
    if member is None:
        raise NotFound(QT_TRANSLATE_NOOP(
            "Errors", "Member {number} is not in this database (registered after the backup). Register them "
                      "again with the number on their card, then re-enter the loan."), number=number or "?")
    return member


def reenter_loan(lib: Library, by: Staff, uid: str, item_uid: str, barcode: str, member_uid: str, number: str,
                 loaned_at: datetime, due_on: date, staff: str = "") -> Loan:
    """Lend the copy again as it was lent before the restore: same loan id, same lent and due dates.
    Refused when the copy is on loan now (lent again since the restore: the desk must sort it out)."""
    auth.require(by, "circulation.checkout")
    item = _item(item_uid, barcode)
    if Loan.get_or_none(Loan.uid == uid) is not None:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "That loan is already here."))
    current = open_loan(item)
    if current is not None:
        holder = Member.get_by_id(current.member_id)
        raise Conflict(QT_TRANSLATE_NOOP(
            "Errors", "Copy {barcode} ({title}) is on loan now to {name} ({number}). Check the shelf and that "
                      "loan first."), barcode=item.barcode, title=title_of(item), name=holder.name,
            number=holder.number)
    member = _member(member_uid, number)
    with store.transaction(lib):
        loan = store.insert(lib, Loan, uid=uid, item=item.id, member=member.id, loaned_at=loaned_at, due_on=due_on,
                            staff=staff or by.username)
        store.update(lib, item, status="on_loan")
        auth.audit(lib, by, "sync.lost_loan_reentered", "loan", uid, barcode=item.barcode, member=member.number,
                   loaned_at=str(loaned_at), due_on=str(due_on))
    return loan


def reenter_return(lib: Library, by: Staff, uid: str, returned_at: datetime) -> Loan:
    """Close a loan the restore re-opened, at the time it was really returned (no fine is charged:
    the district's list says when it came back, not what was paid)."""
    auth.require(by, "circulation.checkin")
    loan = Loan.get_or_none((Loan.uid == uid) & (Loan.deleted == False))  # noqa: E712
    if loan is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That row no longer exists."))
    if loan.returned_at is not None:
        return loan
    item = Item.get_by_id(loan.item_id)
    with store.transaction(lib):
        store.update(lib, loan, returned_at=returned_at)
        if item.status == "on_loan":
            holds.release_copy(lib, item)
        auth.audit(lib, by, "sync.lost_return_reentered", "loan", uid, barcode=item.barcode,
                   returned_at=str(returned_at))
    return loan
