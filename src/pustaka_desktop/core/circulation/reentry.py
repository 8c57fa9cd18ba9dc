"""Putting back a loan or a return that a restored backup lost, as the district still holds it.

A village that restores an older backup loses the loans made since: the book is in a patron's house
while the desk shows it on the shelf. The district sends back what it held (``core.sync.lost``); a
librarian re-enters a loan here with its original dates and its original id (so the district counts
one loan, not two), a lost return with its original time, or a lost fine (charged, paid, waived) with its
original day, amount and the staff who took it, so the cash box can be counted against the ledger. Never silently: each is the librarian's
action, audited, through the same write path as the desk.
"""

from __future__ import annotations

from datetime import date, datetime

from .. import auth
from ..errors import Conflict, NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store import write as store
from ..store.models import FineEntry, Item, Loan, Member, Staff
from . import fines, holds
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


MEMBER_MISSING = QT_TRANSLATE_NOOP(
    "Errors", "Member {number} is not in this database (registered after the backup). Register them again with the "
              "number on their card, then re-enter the loan.")
MEMBER_MISSING_FINE = QT_TRANSLATE_NOOP(
    "Errors", "Member {number} is not in this database (registered after the backup). Register them again with the "
              "number on their card, then re-enter the fine.")


def _member(uid: str, number: str, missing: str = MEMBER_MISSING) -> Member:
    member = Member.get_or_none((Member.uid == uid) & (Member.deleted == False))  # noqa: E712
    if member is None and number:  # registered again after the restore, with the number on the card
        member = Member.get_or_none((Member.number == number) & (Member.deleted == False))  # noqa: E712
    if member is None:
        raise NotFound(missing, number=number or "?")
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


def reenter_fine(lib: Library, by: Staff, uid: str, kind: str, amount: int, at: datetime, member_uid: str,
                 number: str, loan_uid: str = "", note: str = "", staff: str = "") -> FineEntry:
    """Put a fine charged, paid or waived back in the member's ledger as it was: same id (the district counts
    it once), amount, day and the staff who took the money. A payment or waiver above what the member owes
    here is refused (no credit is kept): its charge was lost too and goes back first."""
    auth.require(by, "fines.waive" if kind == fines.WAIVER else "fines.pay")
    if kind not in (fines.CHARGE, fines.PAYMENT, fines.WAIVER) or isinstance(amount, bool) \
            or not isinstance(amount, int) or amount <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This line cannot be re-entered in one step; enter it as "
                                                          "usual and dismiss it."))
    if FineEntry.get_or_none(FineEntry.uid == uid) is not None:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "That fine is already here."))
    member = _member(member_uid, number, MEMBER_MISSING_FINE)
    loan = Loan.get_or_none((Loan.uid == loan_uid) & (Loan.deleted == False)) if loan_uid else None  # noqa: E712
    with store.transaction(lib):
        owed = fines.balance(lib, member)
        if kind != fines.CHARGE and amount > owed:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "{name} owes only Rp {owed} here: re-enter the lost fine charged first, then this "
                          "payment."), name=member.name, owed=f"{owed:,}".replace(",", "."))
        entry = store.insert(lib, FineEntry, uid=uid, member=member.id, loan=loan.id if loan else None, kind=kind,
                             amount=amount, at=at, note=note, staff=staff or by.username)
        auth.audit(lib, by, "sync.lost_fine_reentered", "fine_entry", uid, member=member.number, kind=kind,
                   amount=amount, at=str(at), staff=staff)
    return entry
