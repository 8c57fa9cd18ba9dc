"""A copy's history, for the librarian holding the book: every loan (to whom, lent by which account, lent, due
and returned, renewals, the fine, overrides), what else happened to it (lost, found, repair, withdrawn, the
stock-take's decisions, undone desk actions, renewals on the web catalogue) and where it came from (bought,
grant, donation; imported from which file on which day, or added here; its price and date received).

Read from what the library already keeps: the loans (``Loan.staff`` names who lent), who took each book back and
who renewed it (``loan_events``), the fines ledger, the audit log (status changes, overrides) and the change log
(whether the copy came in by an import). A return made before ``loan_events`` was kept names who took the book back
only when its late fine does (the fine names the account that charged it).

Privacy (UU 27/2022): who read what is personal data. A librarian sees every borrower. A volunteer, who looks
members up one at a time, sees the member of the copy's last loan only (the one who has it now, or who returned
it last: what the desk needs for "I returned it!"); earlier loans show their dates, not who borrowed, and who
lent, took back or renewed them (staff accounts) but not which member renewed on the web catalogue, in their line
or in the events. Loans brought from SLiMS, INLISLite or a loan notebook say so instead of naming an account.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from .. import audit_about, auth
from ..audit_describe import SENTENCES, describe
from ..audit_names import action_name, actor_name
from ..catalog.copies import get_item
from ..community import member_privacy
from ..formatting import format_date, format_money
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.batches import parts
from ..store.clock import local_today, to_local
from ..store.log_lines import INSERT_RANGE
from ..store.models import AuditLog, ChangeLog, FineEntry, Item, Loan, Member, Record, Staff
from . import loan_events, override_notes

Translate = Callable[[str, str], str]
CONTEXT = "CopyHistory"

HIDDEN_MEMBER = QT_TRANSLATE_NOOP("CopyHistory", "a member (only librarians see who)")
# An import writes its audit line at the end of its one transaction; the copies it brought were written before.
IMPORT_TAKES_AT_MOST = timedelta(hours=6)


def _identity(_context: str, text: str) -> str:
    return text


@dataclass
class LoanEntry:
    lent_at: datetime
    due_on: date
    returned_at: datetime | None
    renewals: int
    member: str  # "0012 Siti Aminah"; "" when hidden from a volunteer
    member_hidden: bool
    lent_by: str  # the account as the audit page names it; "" for an imported loan
    imported: str  # "imported from SLiMS" (translated) or ""
    days_late: int  # still out: days past the due date today; returned: days late at the return
    fine: int = 0  # charged on this loan, rupiah
    fine_by: str = ""  # who charged the fine at the return: the account that took the book back
    returned_by: str = ""  # who took the book back ("imported from SLiMS" for an imported loan); "" not known
    lost_by: str = ""  # "lost on loan (declared by Sari (sari))": closed without the book coming back
    renewed_by: list[str] = field(default_factory=list)  # "Sari (sari) on 03-02-2025" a renewal, oldest first
    overridden_by: list[str] = field(default_factory=list)  # librarians who let a refused loan or renewal through
    override_notes: list[str] = field(default_factory=list)  # why they did (override_notes), newest first

    @property
    def out(self) -> bool:
        return self.returned_at is None


@dataclass
class HistoryEvent:
    at: datetime
    who: str
    what: str  # the action in words ("Copy marked lost")
    detail: str  # the entry's details as a sentence


@dataclass
class Origin:
    source: str  # purchase | grant | donation | other
    source_detail: str
    supplier: str
    invoice: str
    price: int | None
    received_on: date | None
    added_on: date  # the day the copy was entered in this catalogue (local)
    imported_file: str = ""  # the file an import brought it from
    imported_format: str = ""
    imported_on: date | None = None
    imported_by: str = ""
    from_library: str = ""  # the library code of another library that entered it (came by sync)


@dataclass
class CopyHistory:
    barcode: str
    title: str
    accession_no: str
    call_number: str
    status: str
    location: str
    condition_note: str
    origin: Origin
    loans: list[LoanEntry]  # newest first
    events: list[HistoryEvent]  # newest first
    hidden_members: int  # loans whose member a volunteer does not see


def copy_history(lib: Library, by: Staff, barcode: str, translate: Translate = _identity) -> CopyHistory:
    """The history of the copy with this barcode, as ``by`` may see it (see the module's note on privacy)."""
    auth.require(by, "catalog.view")
    item = get_item(lib, barcode)
    record = Record.get_by_id(item.record_id)
    loans = list(Loan.select(Loan, Member).join(Member, on=(Loan.member == Member.id))
                 .where((Loan.item == item.id) & (Loan.deleted == False))  # noqa: E712
                 .order_by(Loan.loaned_at.desc(), Loan.id.desc()))
    entries = _audit_entries(item, loans)
    accounts = {u for (u,) in Staff.select(Staff.username).tuples()}
    names = audit_about.people({loan.staff for loan in loans} | {e.username for e in entries})
    sees_all = member_privacy.sees_personal_data(by)
    hidden_uids = set() if sees_all else {loan.uid for loan in loans[1:]}
    lines = _loan_lines(lib, loans, hidden_uids, accounts, names, entries, translate)
    return CopyHistory(
        barcode=item.barcode, title=record.title, accession_no=item.accession_no, call_number=item.call_number,
        status=item.status, location=item.location, condition_note=item.condition_note,
        origin=_origin(lib, item, names, translate), loans=lines,
        events=_events(entries, hidden_uids, names, translate), hidden_members=len(hidden_uids))


def _audit_entries(item: Item, loans: list[Loan]) -> list[AuditLog]:
    about = (AuditLog.entity == "item") & (AuditLog.entity_uid == item.uid)
    uids = [loan.uid for loan in loans]
    for part in parts(uids):
        about |= (AuditLog.entity == "loan") & AuditLog.entity_uid.in_(part)
    return list(AuditLog.select().where(about).order_by(AuditLog.at.desc(), AuditLog.id.desc()))


def _loan_lines(lib: Library, loans: list[Loan], hidden_uids: set[str], accounts: set[str], names: dict[str, str],
                entries: list[AuditLog], translate: Translate) -> list[LoanEntry]:
    charges: dict[int, list[FineEntry]] = {}
    ids = [loan.id for loan in loans]
    for part in parts(ids):
        for entry in FineEntry.select().where(FineEntry.loan.in_(part) & (FineEntry.kind == "charge")
                                              & (FineEntry.deleted == False)):  # noqa: E712
            charges.setdefault(entry.loan_id, []).append(entry)
    overrides: dict[str, list[str]] = {}
    why: dict[str, list[str]] = {}  # (override_notes: what made the librarian say yes, written after)
    for entry in entries:
        if entry.entity == "loan" and entry.action == "circulation.override":
            overrides.setdefault(entry.entity_uid, []).append(actor_name(entry.username, translate, names))
        elif entry.entity == "loan" and entry.action == override_notes.ACTION:
            why.setdefault(entry.entity_uid, []).append(_note_of(entry))
    today = local_today(lib.clock)
    hands = loan_events.hands(loans, translate, hidden_uids)
    lines = []
    for loan in loans:
        hidden = loan.uid in hidden_uids
        imported = loan_events.imported_from(loan, accounts, translate)
        back = to_local(loan.returned_at).date() if loan.returned_at is not None else today
        mine = charges.get(loan.id, [])
        at_return = [c for c in mine if loan.returned_at is not None and c.at == loan.returned_at]
        fine_by = actor_name(at_return[0].staff, translate, names) if at_return and at_return[0].staff else ""
        lines.append(LoanEntry(
            lent_at=loan.loaned_at, due_on=loan.due_on, returned_at=loan.returned_at, renewals=loan.renewals,
            member="" if hidden else f"{loan.member.number} {loan.member.name}".strip(), member_hidden=hidden,
            lent_by="" if imported else actor_name(loan.staff, translate, names), imported=imported,
            days_late=max(0, (back - loan.due_on).days), fine=sum(c.amount for c in mine), fine_by=fine_by,
            returned_by="" if hands[loan.uid].lost_by else hands[loan.uid].returned_by or fine_by,
            lost_by=hands[loan.uid].lost_by, renewed_by=hands[loan.uid].renewed_by,
            overridden_by=overrides.get(loan.uid, []), override_notes=why.get(loan.uid, [])))
    return lines


def _note_of(entry: AuditLog) -> str:
    try:
        return str(json.loads(entry.detail).get("note", ""))
    except (ValueError, AttributeError):
        return ""


def _events(entries: list[AuditLog], hidden_uids: set[str], names: dict[str, str],
            translate: Translate) -> list[HistoryEvent]:
    events = []
    for entry in entries:
        hidden = ("member", "number", "name") if entry.entity_uid in hidden_uids else ()  # (a volunteer's view)
        # the barcode is the copy's own, said above; kept where a whole sentence is made of it
        detail = _without(entry.detail, (*hidden, *(() if entry.action in SENTENCES else ("barcode",))))
        what = action_name(entry.action, translate)
        said = describe(entry.action, detail, translate)
        if said.startswith(what + ": "):  # (a detail without a sentence of its own starts with the action)
            said = said[len(what) + 2:]
        if hidden and entry.username.startswith(audit_about.PATRON):  # a web renewal: its actor is the borrower
            who = translate(CONTEXT, loan_events.MEMBER_ON_THE_WEB)
        else:
            who = actor_name(entry.username, translate, names)
        events.append(HistoryEvent(at=entry.at, who=who, what=what, detail=said))
    return events


def _without(detail: str, keys: tuple[str, ...]) -> str:
    try:
        data = json.loads(detail) if detail else {}
    except ValueError:
        return detail
    if not isinstance(data, dict):
        return detail
    return json.dumps({k: v for k, v in data.items() if k not in keys}, ensure_ascii=False)


def _origin(lib: Library, item: Item, names: dict[str, str], translate: Translate) -> Origin:
    origin = Origin(source=item.source, source_detail=item.source_detail, supplier=item.supplier,
                    invoice=item.invoice, price=item.price, received_on=item.received_on,
                    added_on=to_local(item.created_at).date(),
                    from_library=item.origin if item.origin and item.origin != lib.site_id else "")
    written = _bulk_written_at(lib, item)
    if written is None:  # written one by one: added by hand (or the desk), not by an import
        return origin
    entry = (AuditLog.select().where((AuditLog.action == "catalog.import") & (AuditLog.at >= written)
                                     & (AuditLog.at <= written + IMPORT_TAKES_AT_MOST))
             .order_by(AuditLog.at, AuditLog.id).first())
    if entry is None:  # a batch of copies added at once (or the demo library)
        return origin
    try:
        detail = json.loads(entry.detail or "{}")
    except ValueError:
        detail = {}
    origin.imported_file = str(detail.get("file", ""))
    origin.imported_format = str(detail.get("format", ""))
    origin.imported_on = to_local(entry.at).date()
    origin.imported_by = actor_name(entry.username, translate, {**names, **audit_about.people([entry.username])})
    return origin


def _bulk_written_at(lib: Library, item: Item) -> datetime | None:
    """When the batch that wrote this copy was written, if it came in a batch (an import, "Add copies…", the
    demo); None when it was written on its own. The change log has no index by row: one scan of the copies'
    insert lines, only when a history is asked for. Only this library's lines: another's ranges count its own ids."""
    query = (ChangeLog.select(ChangeLog.fields, ChangeLog.at)
             .where((ChangeLog.origin == lib.site_id) & (ChangeLog.entity == "item") & (ChangeLog.op == INSERT_RANGE)))
    for fields, at in query.tuples():
        try:
            span = json.loads(fields)
        except ValueError:
            continue
        if span.get("first", 0) <= item.id <= span.get("last", -1):
            return at
    return None


# --- in words, the same on the screen and the command line ------------------------------------------------

SOURCE_WORDS = {
    "purchase": QT_TRANSLATE_NOOP("CopyHistory", "Bought"),
    "grant": QT_TRANSLATE_NOOP("CopyHistory", "A grant (hibah)"),
    "donation": QT_TRANSLATE_NOOP("CopyHistory", "A donation"),
    "other": QT_TRANSLATE_NOOP("CopyHistory", "Other source"),
}


def origin_lines(origin: Origin, translate: Translate = _identity) -> list[str]:
    """Where the copy came from, a line a fact: "A grant (hibah): DAK 2024 · price Rp 45.000 · received 03-02-2024",
    "Imported from katalog.sql (slims-sql) on 12-03-2025 by …" or "Added to this catalogue on 12-03-2025"."""
    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    first = tr(SOURCE_WORDS.get(origin.source, SOURCE_WORDS["other"]))
    facts = [f"{first}: {origin.source_detail}" if origin.source_detail else first]
    if origin.supplier:
        facts.append(tr(QT_TRANSLATE_NOOP("CopyHistory", "from {supplier}")).format(supplier=origin.supplier))
    if origin.invoice:
        facts.append(tr(QT_TRANSLATE_NOOP("CopyHistory", "invoice {invoice}")).format(invoice=origin.invoice))
    facts.append(tr(QT_TRANSLATE_NOOP("CopyHistory", "price {price}")).format(price=format_money(origin.price))
                 if origin.price is not None else tr(QT_TRANSLATE_NOOP("CopyHistory", "no price written")))
    if origin.received_on:
        facts.append(tr(QT_TRANSLATE_NOOP("CopyHistory", "received {date}")).format(date=format_date(origin.received_on)))
    lines = [" · ".join(facts)]
    if origin.imported_file:
        lines.append(tr(QT_TRANSLATE_NOOP("CopyHistory", "Imported from the file {file} on {date} by {who}.")).format(
            file=origin.imported_file, date=format_date(origin.imported_on), who=origin.imported_by))
    elif origin.from_library:
        lines.append(tr(QT_TRANSLATE_NOOP("CopyHistory", "Entered by the library {code}; here since {date}.")).format(
            code=origin.from_library, date=format_date(origin.added_on)))
    else:
        lines.append(tr(QT_TRANSLATE_NOOP("CopyHistory", "Entered in this catalogue on {date}.")).format(
            date=format_date(origin.added_on)))
    return lines


def loan_note(loan: LoanEntry, translate: Translate = _identity) -> str:
    """What else a loan's line says: late, renewed, its fine and who charged it at the return, overrides."""
    def tr(text: str) -> str:
        return translate(CONTEXT, text)

    parts = []
    if loan.lost_by:  # never brought back: not late, and its charge is the book's price, not a late fine
        parts.append(loan.lost_by)
    elif loan.out and loan.days_late:
        parts.append(tr(QT_TRANSLATE_NOOP("CopyHistory", "still out, {days} day(s) late")).format(days=loan.days_late))
    elif loan.out:
        parts.append(tr(QT_TRANSLATE_NOOP("CopyHistory", "still out")))
    elif loan.days_late:
        parts.append(tr(QT_TRANSLATE_NOOP("CopyHistory", "returned {days} day(s) late")).format(days=loan.days_late))
    if loan.renewals and loan.renewed_by:
        parts.append(tr(QT_TRANSLATE_NOOP("CopyHistory", "renewed {count}× (by {who})")).format(
            count=loan.renewals, who=", ".join(loan.renewed_by)))
    elif loan.renewals:
        parts.append(tr(QT_TRANSLATE_NOOP("CopyHistory", "renewed {count}×")).format(count=loan.renewals))
    if loan.fine and loan.lost_by:
        parts.append(tr(QT_TRANSLATE_NOOP("CopyHistory", "{amount} charged for the book")).format(
            amount=format_money(loan.fine)))
    elif loan.fine and loan.fine_by:
        parts.append(tr(QT_TRANSLATE_NOOP("CopyHistory", "fine {amount}, charged at the return by {who}")).format(
            amount=format_money(loan.fine), who=loan.fine_by))
    elif loan.fine:
        parts.append(tr(QT_TRANSLATE_NOOP("CopyHistory", "fine {amount}")).format(amount=format_money(loan.fine)))
    for who in loan.overridden_by:
        parts.append(tr(QT_TRANSLATE_NOOP("CopyHistory", "the rules said no; allowed by {who}")).format(who=who))
    for note in filter(None, loan.override_notes):
        parts.append(tr(QT_TRANSLATE_NOOP("CopyHistory", "because: “{note}”")).format(note=note))
    return "; ".join(parts)
