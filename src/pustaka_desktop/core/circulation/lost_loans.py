"""A book lost on loan: the member says so at the desk and pays for it; months later it turns up.

``declare_lost(lib, by, barcode, price)`` closes the loan, marks the copy lost and charges the member the price
agreed (0: nothing to pay); the late fine is not added on top: the price stands for the book. Librarian only,
audited. Without this the desk could only "return" a book nobody had brought back (a late fine charged, the copy
on the shelf list) and had no way to record the money paid for it (a payment above what is owed is refused).

When the copy is scanned again (``loans.checkin``: "Found"), ``lost_charge`` says who paid how much for it, so
the librarian decides with the member whether to give the money back (the ledger keeps no credit)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import auth
from ..errors import ValidationError
from ..formatting import format_money
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store import health
from ..store import write as store
from ..store.models import AuditLog, Item, Loan, Member, Staff
from . import fines, loan_events
from .desk_reads import find_item, open_loan, title_of
from .refusals import not_on_loan

LOST = "circulation.lost"


@dataclass
class LostResult:
    loan: Loan
    member: Member
    item: Item
    title: str
    charged: int  # rupiah
    message: str  # English, context "Circulation"
    params: dict[str, Any]


def declare_lost(lib: Library, by: Staff, barcode: str, price: int, note: str = "") -> LostResult:
    """The member lost copy ``barcode``: close the loan, mark the copy lost, charge ``price`` rupiah."""
    auth.require(by, "catalog.withdraw")  # marks a copy lost, as the catalogue's "Hilang" does
    health.require_circulation_allowed(lib)
    if isinstance(price, bool) or not isinstance(price, int) or price < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The price must be a whole number of rupiah, 0 or more."),
                              field="price")
    item = find_item(lib, barcode)
    title = title_of(item)
    loan = open_loan(item)
    if loan is None:
        raise not_on_loan(item.barcode, title)
    member = Member.get_by_id(loan.member_id)
    with lib.transaction():
        now = lib.clock.now()
        store.update(lib, loan, returned_at=now)
        loan_events.record(loan, loan_events.LOST, by, now)  # closed, not brought back: no report counts it returned
        store.update(lib, item, status="lost", condition_note=note.strip() or item.condition_note)
        fines.charge(lib, member, price, loan=loan, note=title, staff=by.username, at=now)
        auth.audit(lib, by, LOST, "item", item.uid, barcode=item.barcode, member=member.number, amount=price,
                   note=note.strip())
    params = {"title": title, "name": member.name, "number": member.number, "amount": format_money(price)}
    message = (QT_TRANSLATE_NOOP("Circulation", "Lost: {title}. {name} ({number}) is charged {amount} for it.")
               if price else QT_TRANSLATE_NOOP("Circulation", "Lost: {title}. Nothing charged to {name} ({number})."))
    return LostResult(loan, member, item, title, price, message, params)


def lost_charge(item: Item) -> tuple[str, int] | None:
    """Who was charged how much when this copy was declared lost on loan (member number, rupiah), if it was."""
    import json

    # the newest of "lost on loan" and "found": once found, a later loss (a stock-take) was paid by nobody
    line = (AuditLog.select().where(AuditLog.action.in_((LOST, "circulation.found"))
                                    & (AuditLog.entity_uid == item.uid))
            .order_by(AuditLog.id.desc()).first())
    if line is None or line.action != LOST:
        return None
    detail = json.loads(line.detail or "{}")
    return detail.get("member", ""), int(detail.get("amount", 0))
