"""Who took each book back, and who renewed it, and when: "I returned it last Tuesday!", or a book back damaged,
and the librarian asks which volunteer took it. ``Loan.staff`` names who lent; these rows name the rest.

- ``record(loan, kind, by, at)``   written by ``loans`` inside the return's or renewal's own transaction, and by
                                   ``lost_loans`` for a book declared lost on loan (closed, but never brought back)
- ``take_back(loan_uid, kind)``    the desk's undo of that return or renewal removes its row
- ``hands(loans, translate, hidden_uids)`` -> {loan uid: Hands}: who took each back and who renewed it, in words

A local table (``LoanEvent``), keyed by the loan's uid, never in a sync bundle: a new field on the synced loan
would make a district hub that is not yet updated refuse the village's bundles, and who stood at the desk is this
library's bookkeeping. A return or renewal made before this was kept (or re-entered after a restore) has no row:
nothing is said then. Loans brought by an import say where they came from instead of naming someone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime

from .. import audit_about
from ..audit_names import actor_name
from ..formatting import format_date
from ..i18n import QT_TRANSLATE_NOOP
from ..store.batches import parts
from ..store.models import Loan, LoanEvent, Staff

RETURN = "return"
RENEW = "renew"
LOST = "lost"  # the loan was closed because the member lost the book: not a return (a report counts it apart)
BOOK_DROP = "book_drop"  # beside a return out of the book drop: ``at`` is the day it counts as returned (noon)

Translate = Callable[[str, str], str]

# ``Loan.staff`` of loans an import brought (core/interop/slims_history.STAFF, core/interop/loan_lists): not an
# account of this library, so a history says where the loan came from instead of naming someone.
IMPORTED_LOANS = {
    "SLiMS": QT_TRANSLATE_NOOP("CopyHistory", "imported from SLiMS"),
    "INLISLite": QT_TRANSLATE_NOOP("CopyHistory", "imported from INLISLite"),
    "Buku peminjaman": QT_TRANSLATE_NOOP("CopyHistory", "imported from a loan notebook (Excel)"),
}
# Said instead of "member 0012 Siti Aminah on the web catalogue" where the loan's member is hidden from a
# volunteer (core.circulation.copy_history's privacy rule): a web renewal names its borrower.
MEMBER_ON_THE_WEB = QT_TRANSLATE_NOOP("CopyHistory", "the member, on the web catalogue")
RENEWED_BY = QT_TRANSLATE_NOOP("CopyHistory", "{who} on {date}")
LOST_BY = QT_TRANSLATE_NOOP("CopyHistory", "lost on loan (declared by {who})")


def untranslated(_context: str, text: str) -> str:
    return text


def record(loan: Loan, kind: str, by: Staff, at: datetime) -> None:
    """Keep who took the book back (``RETURN``), renewed it (``RENEW``) or declared it lost (``LOST``); call inside
    the action's transaction, so the row is there exactly when the action is."""
    LoanEvent.insert(loan_uid=loan.uid, kind=kind, at=at, staff=by.username).execute()


def take_back(loan_uid: str, kind: str) -> None:
    """Remove the row of the return or renewal the desk's undo takes back. The undo runs only while the loan is as
    that action left it, so the newest row of its kind is that action's."""
    newest = (LoanEvent.select(LoanEvent.id).where((LoanEvent.loan_uid == loan_uid) & (LoanEvent.kind == kind))
              .order_by(LoanEvent.id.desc()).first())
    if newest is not None:
        LoanEvent.delete_by_id(newest.id)


@dataclass
class Hands:
    returned_by: str = ""  # who took the book back, in words; where an imported loan came from; "" not known
    lost_by: str = ""  # "lost on loan (declared by Sari (sari))": the loan closed without the book coming back
    renewed_by: list[str] = field(default_factory=list)  # "Sari (sari) on 03-02-2025", oldest first


def imported_from(loan: Loan, accounts: set[str], translate: Translate = untranslated) -> str:
    """"imported from SLiMS" for a loan an import brought (its ``staff`` is no account here), else ""."""
    if loan.staff in IMPORTED_LOANS and loan.staff not in accounts:
        return translate("CopyHistory", IMPORTED_LOANS[loan.staff])
    return ""


def hands(loans: Iterable[Loan], translate: Translate = untranslated,
          hidden_uids: set[str] | frozenset[str] = frozenset()) -> dict[str, Hands]:
    """Who took each loan's book back and who renewed it, in words, by loan uid. Where the loan's member is hidden
    (``hidden_uids``) a renewal on the web catalogue says "the member", not which member."""
    loans = list(loans)
    rows: dict[str, list[LoanEvent]] = {}
    uids = [loan.uid for loan in loans]
    for part in parts(uids):
        for row in (LoanEvent.select().where(LoanEvent.loan_uid.in_(part))
                    .order_by(LoanEvent.at, LoanEvent.id)):
            rows.setdefault(row.loan_uid, []).append(row)
    names = audit_about.people({row.staff for kept in rows.values() for row in kept})
    accounts = {u for (u,) in Staff.select(Staff.username).tuples()}
    out = {}
    for loan in loans:
        hidden = loan.uid in hidden_uids

        def who(username: str, hidden: bool = hidden) -> str:
            if hidden and username.startswith(audit_about.PATRON):
                return translate("CopyHistory", MEMBER_ON_THE_WEB)
            return actor_name(username, translate, names)

        kept = rows.get(loan.uid, [])
        returns = [row for row in kept if row.kind == RETURN]
        lost = [row for row in kept if row.kind == LOST]
        returned_by = lost_by = ""
        if loan.returned_at is not None and lost:
            lost_by = translate("CopyHistory", LOST_BY).format(who=who(lost[-1].staff))
        elif loan.returned_at is not None:
            returned_by = who(returns[-1].staff) if returns else imported_from(loan, accounts, translate)
        renewed_by = [translate("CopyHistory", RENEWED_BY).format(who=who(row.staff), date=format_date(row.at))
                      for row in kept if row.kind == RENEW]
        out[loan.uid] = Hands(returned_by=returned_by, lost_by=lost_by, renewed_by=renewed_by)
    return out
