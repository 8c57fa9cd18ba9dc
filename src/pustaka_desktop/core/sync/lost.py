"""What a village lost when it restored an older backup, told by the district that still holds it.

A village that restores an older backup (a failed disk, an old copy put back) goes back in time: the
loans, returns, members, visits and catalogue edits made since that backup are gone from it, but the
district still holds them in its replica (``replicas``). After a restore the village sends a full
snapshot (``keys.rebase``). The district compares it with its replica: every row of that village the
snapshot lacks, or holds in an older version than the village itself once sent, is listed, and the
next bundle back carries the list (``lost.jsonl``, rows exactly as the district holds them: members
pseudonymised unless the village opted in). The village keeps the list until its librarian has
re-entered or dismissed each line; nothing is written over its data by itself. The village's next
bundle says it has the list (``lost_received``) and the district stops sending it.

A loan still out that the librarian dismissed ("the book was already back") exists nowhere at the village, so
nothing of the village would ever close it at the district: its bundles name such loans (``lost_dismissed``,
{loan id: when dismissed}), every time (idempotent, and a district updated later still hears of them), and the
district closes them in its replica on that day. An older district ignores the name; an older village never
sends it: the loan stays open there, as before.

District: ``note_snapshot`` (importing a snapshot), ``outgoing`` (a bundle for the village),
``confirmed`` and ``close_dismissed`` (the village's bundle). Village: ``receive``, ``received_ids``,
``dismissed_loans``, ``entries``, ``reenter``, ``dismiss``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .. import auth
from ..circulation import reentry
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..settings import get_setting, set_setting
from ..store import write as store
from ..store.models import ENTITY, FineEntry, Item, Loan, Member, Record, Setting, Staff
from .changes import dumps_line

Translate = Callable[[str, str], str]
DISTRICT_KEY = "sync_lost:"  # + village site: the list waiting to go to that village
# + village site: its bundles say which lists it holds (``lost_received``), so it reads ``lost.jsonl``. A village
# on an older version refuses a bundle holding a file it does not know (and with it the district's catalogue
# pack and grants): its list waits until it has been updated.
READS_KEY = "sync_lost_reads:"
VILLAGE_KEY = "sync_lost"  # at the village: {"ids": [...], "rows": {uid: doc}, "decided": {uid: {...}}}

# What the librarian sees, most urgent first: a book out in a patron's house that the desk shows on
# the shelf, then a loan the desk shows out that came back, then money (fines paid are cash in the box the
# ledger no longer shows; fines charged are owed by members the desk shows owing nothing), then the rest.
KINDS = ("loan_out", "return", "fine", "member", "visit", "record", "item", "loan_done", "changed", "other")
KIND_LABELS = {
    "loan_out": QT_TRANSLATE_NOOP("Lost", "Loans still out (the desk shows these copies on the shelf)"),
    "return": QT_TRANSLATE_NOOP("Lost", "Returns (the desk shows these copies still out)"),
    "fine": QT_TRANSLATE_NOOP("Lost", "Fines charged, paid and waived (the payments are money in the cash box)"),
    "member": QT_TRANSLATE_NOOP("Lost", "Members registered"),
    "visit": QT_TRANSLATE_NOOP("Lost", "Visits counted"),
    "record": QT_TRANSLATE_NOOP("Lost", "Catalogue records added"),
    "item": QT_TRANSLATE_NOOP("Lost", "Copies added"),
    "loan_done": QT_TRANSLATE_NOOP("Lost", "Loans lent and returned (for the figures)"),
    "changed": QT_TRANSLATE_NOOP("Lost", "Edits"),
    "other": QT_TRANSLATE_NOOP("Lost", "Other rows"),
}
REENTERABLE = frozenset({"loan_out", "return", "fine"})
# The fields a line shows beside its number or title (others are counted, never shown by their code name).
FIELD_LABELS = {
    "gender": QT_TRANSLATE_NOOP("Lost", "gender"),
    "age_band": QT_TRANSLATE_NOOP("Lost", "age"),
    "expires_on": QT_TRANSLATE_NOOP("Lost", "member until"),
    "purpose": QT_TRANSLATE_NOOP("Lost", "purpose"),
    "headcount": QT_TRANSLATE_NOOP("Lost", "people"),
    "title": QT_TRANSLATE_NOOP("Lost", "title"),
    "author": QT_TRANSLATE_NOOP("Lost", "author"),
    "call_number": QT_TRANSLATE_NOOP("Lost", "call number"),
    "due_on": QT_TRANSLATE_NOOP("Lost", "due"),
    "location": QT_TRANSLATE_NOOP("Lost", "location"),
}


# --- the district ------------------------------------------------------------------------------------


def note_snapshot(lib: Library, site: str) -> int:
    """After a village's full snapshot was merged into its replica (its rows attached as
    ``stage.sync_stage``): list the rows the replica holds that the snapshot lacks or holds older,
    as made by the village itself (the district's own edits of adopted records travel back anyway).
    Returns how many rows were listed."""
    conn = lib.db.connection()
    if conn.execute("SELECT 1 FROM sync_replica WHERE site = ? LIMIT 1", (site,)).fetchone() is None:
        return 0
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS lost_snapshot (u TEXT PRIMARY KEY, v TEXT)")
    conn.execute("DELETE FROM temp.lost_snapshot")
    conn.execute("INSERT INTO temp.lost_snapshot (u, v) SELECT u, max(v) FROM stage.sync_stage GROUP BY u")
    rows = conn.execute(
        "SELECT r.entity, r.uid, r.origin, r.version, r.deleted, r.created, r.updated, r.data, r.field_versions "
        "FROM sync_replica r LEFT JOIN temp.lost_snapshot s ON s.u = r.uid "
        "WHERE r.site = ? AND substr(r.version, -length(?)) = ? "
        "AND ((s.u IS NULL AND r.deleted = 0) OR s.v < r.version) ORDER BY r.entity, r.created",
        (site, site, site)).fetchall()
    conn.execute("DELETE FROM temp.lost_snapshot")
    if not rows:
        return 0
    docs = {uid: {"e": e, "u": uid, "o": o, "v": v, "d": bool(d), "c": c, "m": m, "f": json.loads(f),
                  "fv": json.loads(fv) if fv else {"*": v}} for e, uid, o, v, d, c, m, f, fv in rows}
    waiting = get_setting(DISTRICT_KEY + site) or {}
    merged = {doc["u"]: doc for doc in waiting.get("rows", [])} | docs  # a second restore adds to the first
    set_setting(DISTRICT_KEY + site, {"id": str(uuid.uuid4()), "at": lib.clock.now().isoformat(),
                                      "rows": list(merged.values())})
    auth.audit(lib, "", "sync.lost_listed", "site", site, rows=len(docs))
    return len(docs)


def outgoing(site: str) -> tuple[list[str], dict[str, Any]]:
    """The lines of ``lost.jsonl`` for a village and the manifest entry naming the list ([] and {}: none)."""
    waiting = get_setting(DISTRICT_KEY + site)
    if not waiting or not waiting.get("rows") or not get_setting(READS_KEY + site):
        return [], {}
    return [dumps_line(doc) for doc in waiting["rows"]], {"lost_list": waiting["id"]}


def confirmed(site: str, received: Any) -> None:
    """The village's bundle names the lists it holds: the one waiting for it need not travel again (and the
    village reads such lists: ``READS_KEY``)."""
    if isinstance(received, list) and not get_setting(READS_KEY + site):
        set_setting(READS_KEY + site, True)
    waiting = get_setting(DISTRICT_KEY + site)
    if waiting and isinstance(received, list) and waiting.get("id") in received:
        Setting.delete().where(Setting.key == DISTRICT_KEY + site).execute()


def close_dismissed(lib: Library, site: str, dismissed: Any) -> int:
    """The village's librarian dismissed these lost loans (``dismissed_loans``): close those still open in its
    replica on the day they were dismissed, so the district no longer counts them out (nor the copy lent twice).
    Returns how many were closed."""
    if not isinstance(dismissed, dict):
        return 0
    conn, closed = lib.db.connection(), 0
    for uid, at in list(dismissed.items())[:MAX_DISMISSED]:
        try:
            day = Loan.returned_at.db_value(datetime.fromisoformat(str(at)))
        except (TypeError, ValueError):
            continue
        closed += conn.execute(
            "UPDATE sync_replica SET data = json_set(data, '$.returned_at', ?) WHERE uid = ? AND site = ? "
            "AND entity = 'loan' AND deleted = 0 AND json_extract(data, '$.returned_at') IS NULL",
            (day, str(uid), site)).rowcount
    if closed:
        auth.audit(lib, "", "sync.lost_loans_closed", "site", site, loans=closed)
    return closed


MAX_DISMISSED = 5000  # more than a village lends in months: a damaged or hostile manifest cannot make it work forever


def waiting_counts() -> dict[str, int]:
    """District: {village site: rows listed and not yet confirmed by the village}."""
    out = {}
    for key, value in Setting.select(Setting.key, Setting.value).where(
            Setting.key.startswith(DISTRICT_KEY)).tuples():
        out[key[len(DISTRICT_KEY):]] = len(json.loads(value).get("rows", []))
    return out


# --- the village -------------------------------------------------------------------------------------


def receive(lib: Library, list_id: Any, docs: list[dict[str, Any]]) -> None:
    """Keep the district's list (inside the import's transaction). Rows already decided stay decided."""
    if not isinstance(list_id, str) or not list_id:
        return
    kept = get_setting(VILLAGE_KEY) or {"ids": [], "rows": {}, "decided": {}}
    if list_id in kept["ids"]:
        return
    rows = [doc for doc in docs if isinstance(doc, dict) and doc.get("e") in ENTITY and isinstance(doc.get("u"), str)
            and isinstance(doc.get("f"), dict) and isinstance(doc.get("v"), str)]
    kept["ids"] = [*kept["ids"], list_id][-20:]
    kept["rows"].update({doc["u"]: doc | {"l": list_id} for doc in rows})  # (which list: ``cash_taken``)
    kept["received_at"] = lib.clock.now().isoformat()
    set_setting(VILLAGE_KEY, kept)
    auth.audit(lib, "", "sync.lost_received", "list", list_id, rows=len(rows))


def received_ids() -> list[str]:
    return list((get_setting(VILLAGE_KEY) or {}).get("ids", []))


def dismissed_loans() -> dict[str, str]:
    """{loan id: when dismissed} of the lost loans still out that the librarian dismissed and that are not here
    (not re-entered, not lent again under that id): the district closes them (``close_dismissed``)."""
    kept = get_setting(VILLAGE_KEY) or {}
    rows, decided = kept.get("rows", {}), kept.get("decided", {})
    out = {uid: str(decision.get("at") or "") for uid, decision in decided.items()
           if decision.get("state") == "dismissed" and uid in rows and rows[uid]["e"] == "loan"
           and not rows[uid]["f"].get("returned_at") and not rows[uid].get("d")}
    if out:
        here = set(Loan.select(Loan.uid).where(Loan.uid.in_(list(out))).scalars())
        out = {uid: at for uid, at in out.items() if uid not in here}
    return out


@dataclass
class CashTaken:
    """The fine payments one staff member took since the backup, and how much of it is back in the ledger."""

    staff: str
    taken: int
    reentered: int


def cash_taken(lib: Library) -> list[CashTaken]:
    """The money the fine payments of the latest list put in the cash box, per staff member who took it (by
    username), and how much of it is re-entered: what the volunteer counting the box needs. A dismissed payment
    still counts (the money was taken all the same); one taken back before the restore does not."""
    kept = get_setting(VILLAGE_KEY) or {}
    latest = (kept.get("ids") or [""])[-1]
    payments = [doc for doc in kept.get("rows", {}).values()
                if doc["e"] == "fine_entry" and not doc.get("d") and doc.get("l", latest) == latest
                and doc["f"].get("kind") == "payment" and isinstance(doc["f"].get("amount"), int)]
    if not payments:
        return []
    here = set(FineEntry.select(FineEntry.uid).where(
        FineEntry.uid.in_([doc["u"] for doc in payments]) & (FineEntry.deleted == False)).scalars())  # noqa: E712
    by_staff: dict[str, CashTaken] = {}
    for doc in payments:
        staff = str(doc["f"].get("staff") or "")
        cash = by_staff.setdefault(staff, CashTaken(staff, 0, 0))
        cash.taken += doc["f"]["amount"]
        cash.reentered += doc["f"]["amount"] if doc["u"] in here else 0
    return sorted(by_staff.values(), key=lambda cash: cash.staff)


@dataclass
class LostEntry:
    """One line of the list: what it was, as the district holds it, and what it says to the desk."""

    uid: str
    kind: str  # see KINDS
    entity: str
    key: str  # the short id a librarian types (the last 8 characters of the row's id)
    when: str = ""  # the day it happened (lent, returned, registered, visited, added)
    barcode: str = ""
    number: str = ""  # the member's number
    title: str = ""
    due_on: str = ""
    returned_at: str = ""
    fine: str = ""  # a fine's line: charge | payment | waiver
    amount: int = 0  # a fine's rupiah
    staff: str = ""  # who lent the copy or took the money
    details: dict[str, Any] = field(default_factory=dict)  # the other fields the district holds


def entries(lib: Library) -> list[LostEntry]:
    """The lines still to be done (not re-entered, dismissed, or back by themselves), most urgent first."""
    kept = get_setting(VILLAGE_KEY) or {}
    rows: dict[str, dict] = kept.get("rows", {})
    decided = kept.get("decided", {})
    # a copy's status and a hold made ready follow a lost loan or return: re-entering it puts them back
    followers = _loaned(rows)
    out = []
    for uid, doc in rows.items():
        if uid in decided:
            continue
        entry = _entry(lib, doc, rows)
        if entry is None or (entry.kind == "changed" and _follows(doc, followers)):
            continue
        out.append(entry)
    out.sort(key=lambda e: (KINDS.index(e.kind), e.when, e.uid))  # (a uid starts with its time: a charge before
    # its payment, so re-entering the chosen lines in order never pays what is not owed yet)
    return out


def _loaned(rows: dict[str, dict]) -> set[str]:
    """The copies of the list's loans, and their records (whose holds a return made ready)."""
    items = {doc["f"].get("item_id") for doc in rows.values() if doc["e"] == "loan"} - {None}
    records = {doc["f"].get("record_id") for uid, doc in rows.items() if uid in items}
    records |= set(Record.select(Record.uid).join(Item, on=(Item.record == Record.id))
                   .where(Item.uid.in_(list(items))).scalars()) if items else set()
    return items | records


def _follows(doc: dict[str, Any], loaned: set[str]) -> bool:
    if doc["e"] == "item":
        return doc["u"] in loaned
    return doc["e"] == "hold" and (doc["f"].get("item_id") in loaned or doc["f"].get("record_id") in loaned)


def _local(entity: str, uid: str) -> tuple[str, dict[str, Any]] | None:
    """This database's version and fields of a row, or None when it is not here."""
    from peewee import DoesNotExist

    model = ENTITY[entity]
    try:
        row = model.select().where(model.uid == uid).dicts().get()
    except DoesNotExist:
        return None
    return row["version"], row


def _entry(lib: Library, doc: dict[str, Any], rows: dict[str, dict]) -> LostEntry | None:
    entity, uid, f = doc["e"], doc["u"], doc["f"]
    local = _local(entity, uid)
    if local is not None and local[0] >= doc["v"]:
        return None  # re-entered here, or changed again since: nothing lost any more
    entry = LostEntry(uid, "other", entity, uid[-8:])  # (the start of a uid is its time: alike in a day)
    if entity == "loan":
        entry.barcode, entry.title = _copy(f.get("item_id"), rows)
        entry.number = _member_number(f.get("member_id"), rows)
        entry.when, entry.due_on = str(f.get("loaned_at") or "")[:10], str(f.get("due_on") or "")[:10]
        entry.returned_at = str(f.get("returned_at") or "")[:10]
        if local is None:
            entry.kind = "loan_done" if f.get("returned_at") or doc.get("d") else "loan_out"
        elif f.get("returned_at") and local[1].get("returned_at") is None:
            entry.kind = "return"
        else:
            entry.kind = "changed"
        return entry
    if entity == "fine_entry" and local is None:
        return _fine(entry, doc, rows)
    if local is not None:
        entry.kind = "changed"
        entry.details = _chosen({k: v for k, v in f.items() if k in local[1] and _shown(local[1][k]) != _shown(v)})
        entry.title = _label(entity, f, rows)
        return entry
    if entity == "member" and f.get("number") and Member.get_or_none(Member.number == f["number"]) is not None:
        return None  # registered again with the number on the card
    entry.kind = entity if entity in ("member", "visit", "record", "item") else "other"
    entry.when = str(f.get("registered_on") or f.get("at") or doc.get("c") or "")[:10]
    entry.title = _label(entity, f, rows)
    entry.number = str(f.get("number") or "") if entity == "member" else ""
    entry.barcode = str(f.get("barcode") or "") if entity == "item" else ""
    entry.details = {k: v for k, v in f.items() if k in FIELD_LABELS and v not in (None, "")} \
        if entity in ("member", "visit") else {}
    return entry


def _fine(entry: LostEntry, doc: dict[str, Any], rows: dict[str, dict]) -> LostEntry | None:
    """A fine charged, paid or waived since the backup: the member, the money, the day, who took it, the book."""
    f = doc["f"]
    if doc.get("d") or f.get("kind") not in FINE_DONE:
        return None  # taken back at the desk before the restore: nothing owed, nothing in the box
    entry.kind, entry.fine, entry.staff = "fine", f["kind"], str(f.get("staff") or "")
    entry.amount = f["amount"] if isinstance(f.get("amount"), int) else 0
    entry.number = _member_number(f.get("member_id"), rows)
    entry.when = str(f.get("at") or "")[:10]
    loan = Loan.get_or_none(Loan.uid == f.get("loan_id")) if f.get("loan_id") else None
    item_uid = Item.select(Item.uid).where(Item.id == loan.item_id).scalar() if loan else \
        (rows.get(f.get("loan_id") or "") or {"f": {}})["f"].get("item_id")
    entry.barcode, entry.title = _copy(item_uid, rows)
    return entry


def _chosen(fields: dict[str, Any]) -> dict[str, Any]:
    """The fields a line shows; how many others there are under "more"."""
    shown = {k: v for k, v in fields.items() if k in FIELD_LABELS}
    if len(fields) > len(shown):
        shown["more"] = len(fields) - len(shown)
    return shown


def _shown(value: Any) -> str:
    return "" if value is None else str(value)


def _copy(item_uid: Any, rows: dict[str, dict]) -> tuple[str, str]:
    """The barcode and title of a copy: from this catalogue, else from the list (a lost copy)."""
    item = Item.get_or_none(Item.uid == item_uid) if item_uid else None
    if item is not None:
        return item.barcode, Record.select(Record.title).where(Record.id == item.record_id).scalar() or ""
    doc = rows.get(item_uid or "")
    if doc is None:
        return "", ""
    record = rows.get(doc["f"].get("record_id") or "")
    return str(doc["f"].get("barcode") or ""), str(record["f"].get("title") or "") if record else ""


def _member_number(member_uid: Any, rows: dict[str, dict]) -> str:
    member = Member.get_or_none(Member.uid == member_uid) if member_uid else None
    if member is not None:
        return member.number
    doc = rows.get(member_uid or "")
    return str(doc["f"].get("number") or "") if doc else ""


def _label(entity: str, f: dict[str, Any], rows: dict[str, dict]) -> str:
    if entity == "item":
        return _copy_title(f, rows)
    if entity == "member":
        return ""  # its number is shown already; its name never left the village
    for name in ("title", "number", "name"):
        if f.get(name):
            return str(f[name])
    return ""


def _copy_title(f: dict[str, Any], rows: dict[str, dict]) -> str:
    record = Record.get_or_none(Record.uid == f.get("record_id")) if f.get("record_id") else None
    if record is not None:
        return record.title
    doc = rows.get(f.get("record_id") or "")
    return str(doc["f"].get("title") or "") if doc else ""


def _find(lib: Library, key: str) -> LostEntry:
    wanted = (key or "").strip().lower()
    found = [e for e in entries(lib) if wanted and (e.uid.lower() == wanted or e.key.lower() == wanted)]
    if len(found) != 1:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No line {key} in the list of what the restore lost."), key=key)
    return found[0]


def reenter(lib: Library, by: Staff, key: str) -> LostEntry:
    """Put a lost loan (lent again with its original dates) or a lost return back, audited. A librarian's
    decision, as dismissing is: a volunteer at the desk cannot tell a lost loan from a mistake in the list."""
    auth.require(by, "sync.manage")
    entry = _find(lib, key)
    if entry.kind not in REENTERABLE:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "This line cannot be re-entered in one step; enter it as usual and dismiss it."))
    doc = (get_setting(VILLAGE_KEY) or {})["rows"][entry.uid]
    f = doc["f"]
    if entry.kind == "fine":
        reentry.reenter_fine(lib, by, entry.uid, entry.fine, entry.amount, FineEntry.at.python_value(f.get("at")),
                             f.get("member_id") or "", entry.number, f.get("loan_id") or "",
                             note=str(f.get("note") or ""), staff=entry.staff)
    elif entry.kind == "loan_out":
        reentry.reenter_loan(lib, by, entry.uid, f.get("item_id") or "", entry.barcode, f.get("member_id") or "",
                             entry.number, Loan.loaned_at.python_value(f.get("loaned_at")),
                             Loan.due_on.python_value(f.get("due_on")), staff=str(f.get("staff") or ""))
    else:
        reentry.reenter_return(lib, by, entry.uid, Loan.returned_at.python_value(f.get("returned_at")))
    _decide(lib, by, entry, "reentered")
    return entry


def dismiss(lib: Library, by: Staff, key: str) -> LostEntry:
    """The librarian has seen the line and dealt with it another way (or it was a mistake)."""
    auth.require(by, "sync.manage")
    entry = _find(lib, key)
    with lib.transaction():
        if entry.kind == "loan_out":
            _send_copy_again(lib, entry.uid)
        _decide(lib, by, entry, "dismissed")
    auth.audit(lib, by, "sync.lost_dismissed", entry.entity, entry.uid, kind=entry.kind)
    return entry


def _send_copy_again(lib: Library, loan_uid: str) -> None:
    """A dismissed loan's copy is where this desk says it is, but the district holds it "on loan" in a newer
    version (written before the restore): write its status again, after that version, so the next bundle
    puts it back on the district's shelf (its union catalogue and figures) too."""
    rows = (get_setting(VILLAGE_KEY) or {}).get("rows", {})
    item_uid = rows[loan_uid]["f"].get("item_id")
    item = Item.get_or_none(Item.uid == item_uid) if item_uid else None
    if item is not None:  # (a copy added since the backup is not here: the district keeps it as it was)
        store.restamp(lib, item, ("status",), after=str((rows.get(item_uid) or {}).get("v") or ""))


def _decide(lib: Library, by: Staff, entry: LostEntry, state: str) -> None:
    with lib.transaction():
        kept = get_setting(VILLAGE_KEY)
        kept.setdefault("decided", {})[entry.uid] = {"state": state, "by": by.username,
                                                      "at": lib.clock.now().isoformat()}
        set_setting(VILLAGE_KEY, kept)


# --- in the librarian's words (the Sync page and ``pustaka-cli sync lost`` say a line alike) ----------------


LOAN_LINE = QT_TRANSLATE_NOOP("Lost", "copy {barcode} ({title}), member {number}, lent {lent}, due {due}")
RETURNED = QT_TRANSLATE_NOOP("Lost", "returned {day}")
MORE_FIELDS = QT_TRANSLATE_NOOP("Lost", "{count} more field(s)")
FINE_DONE = {
    "charge": QT_TRANSLATE_NOOP("Lost", "fine of Rp {amount} charged"),
    "payment": QT_TRANSLATE_NOOP("Lost", "Rp {amount} paid, taken by {staff}"),
    "waiver": QT_TRANSLATE_NOOP("Lost", "Rp {amount} waived by {staff}"),
}
FINE_LINE = QT_TRANSLATE_NOOP("Lost", "member {number}, {day}: {done}")
CASH_TOTAL = QT_TRANSLATE_NOOP("Lost", "Fine payments since the backup (money in the cash box): {taken} taken, "
                                       "{reentered} of it re-entered.")
CASH_BY_STAFF = QT_TRANSLATE_NOOP("Lost", "{staff}: {taken} ({reentered} re-entered)")
FOR_COPY = QT_TRANSLATE_NOOP("Lost", "for copy {barcode} ({title})")


def day_text(text: str) -> str:
    """2026-03-05 -> 05-03-2026, the way the desk writes days (what is no day stays as it is)."""
    from datetime import date

    from ..formatting import format_date

    try:
        return format_date(date.fromisoformat(text[:10]))
    except ValueError:
        return text


def fine_done(entry: LostEntry, translate: Translate) -> str:
    """A fine's money in words: "Rp 5.000 paid, taken by admin"."""
    from ..formatting import format_number

    return translate("Lost", FINE_DONE[entry.fine]).format(amount=format_number(entry.amount),
                                                          staff=entry.staff or "?")


def cash_line(cash: list[CashTaken], translate: Translate) -> str:
    """The cash box: the total taken and re-entered, then (on a line of its own) each staff member's when several
    took money ("" when no payment was lost)."""
    from ..formatting import format_money

    if not cash:
        return ""
    text = translate("Lost", CASH_TOTAL).format(taken=format_money(sum(c.taken for c in cash)),
                                                reentered=format_money(sum(c.reentered for c in cash)))
    if len(cash) > 1:
        text += "\n" + "; ".join(translate("Lost", CASH_BY_STAFF).format(
            staff=c.staff or "?", taken=format_money(c.taken), reentered=format_money(c.reentered)) for c in cash)
    return text


def describe(entry: LostEntry, translate: Translate) -> str:
    """One line: a loan's copy, member and dates; a fine's member, day and money; else the member's number or
    the copy, the title and the day."""
    if entry.kind == "fine":
        text = translate("Lost", FINE_LINE).format(number=entry.number or "?", day=day_text(entry.when),
                                                   done=fine_done(entry, translate))
        if entry.barcode:
            text += ", " + translate("Lost", FOR_COPY).format(barcode=entry.barcode, title=entry.title or "?")
        return text
    if entry.entity == "loan":
        text = translate("Lost", LOAN_LINE).format(
            barcode=entry.barcode or "?", title=entry.title or "?", number=entry.number or "?", lent=day_text(entry.when),
            due=day_text(entry.due_on))
        if entry.returned_at:
            text += ", " + translate("Lost", RETURNED).format(day=day_text(entry.returned_at))
        return text
    parts = [entry.number or entry.barcode, entry.title, day_text(entry.when)]
    return "  ".join(part for part in parts if part) or translate("Lost", KIND_LABELS[entry.kind])


def detail(name: str, value: Any, translate: Translate) -> str:
    """A field of a lost row as the desk would say it (never its code name)."""
    from ..community.demographics import GENDER_NAMES
    from ..community.visits import PURPOSE_NAMES
    from ..formatting import format_number

    if name == "more":
        return translate("Lost", MORE_FIELDS).format(count=format_number(value))
    if name == "gender" and value in GENDER_NAMES:
        value = translate("Members", GENDER_NAMES[value])
    elif name == "purpose" and value in PURPOSE_NAMES:
        value = translate("Visits", PURPOSE_NAMES[value])
    elif name in ("expires_on", "due_on"):
        value = day_text(str(value))
    return f"{translate('Lost', FIELD_LABELS[name])}: {value}"
