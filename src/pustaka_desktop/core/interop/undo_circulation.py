"""What the desk did since a loan list, SLiMS's history or a visitor book came in, for the undo of that import
(``import_undo``): a loan returned or renewed at the desk since stays, and says so; a fine stays once its member paid
or was let off since (the payment was for it); a reservation fulfilled since stays; and a copy keeps the status a
loan or a reservation that stays gives it (the undo puts a copy's status back only when what held it goes). The
fine rule a SLiMS history switched on ("no fines for closed days", a setting of this PC, not in the change log)
goes back to the backup's, unless the circulation options were changed since."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

from ..circulation import holds
from ..circulation.fines import PAYMENT, WAIVER
from ..circulation.loan_rules import OPTIONS_KEY
from ..i18n import QT_TRANSLATE_NOOP
from ..settings import set_setting
from ..store.batches import parts
from ..store.hlc import TIME_ORDER
from ..store.models import AuditLog, FineEntry, Hold, Item, Loan

RETURNED_SINCE = QT_TRANSLATE_NOOP("ImportUndo", "returned at the desk since the import")
RENEWED_SINCE = QT_TRANSLATE_NOOP("ImportUndo", "renewed since the import")
FULFILLED_SINCE = QT_TRANSLATE_NOOP("ImportUndo", "the reservation was fulfilled since the import")
PAID_SINCE = QT_TRANSLATE_NOOP("ImportUndo", "the member paid fines or was let off since the import")
TO_THE_HOLD_SHELF = QT_TRANSLATE_NOOP(
    "ImportUndo", "To the hold shelf, for members who reserved the title since the import ({count}):")
COPY_UNKNOWN = QT_TRANSLATE_NOOP(
    "ImportUndo", "still out; how its copy stood before the import is not known (the backup made just before the "
                  "import is gone), so the loan stays: return it at the desk if the book is on the shelf")
# the field written since the import -> why the row stays (the first found, in this order)
_BY_FIELD = {"loan": (("returned_at", RETURNED_SINCE), ("renewals", RENEWED_SINCE), ("due_on", RENEWED_SINCE))}


def changed_reason(table: str, rid: int, versions: str, newest: str) -> str | None:
    """Why a row the import added and the desk wrote since stays, told by what was written (None: say it changed)."""
    stamps = json.loads(versions) if versions else {}
    since = {name for name, stamp in stamps.items() if str(stamp)[TIME_ORDER] > newest}
    for name, reason in _BY_FIELD.get(table, ()):
        if name in since:
            return reason
    if table == "hold" and "status" in since and Hold.get_by_id(rid).status == holds.FULFILLED:
        return FULFILLED_SINCE
    return None


def paid_since(fines: list[int], newest: str, removed: set[int]) -> list[int]:
    """Those of the imported ``fines`` (fine entries) whose member paid or was let off since the import (a payment
    or waiver written after ``newest`` that is not itself being removed): the money was taken for them."""
    if not fines:
        return []
    members: dict[int, list[int]] = {}
    for part in parts(fines):
        for rid, member in FineEntry.select(FineEntry.id, FineEntry.member).where(FineEntry.id.in_(part)).tuples():
            members.setdefault(member, []).append(rid)
    paid = set()
    listed = list(members)
    for part in parts(listed):
        for rid, member, version in FineEntry.select(FineEntry.id, FineEntry.member, FineEntry.version).where(
                FineEntry.member.in_(part) & FineEntry.kind.in_([PAYMENT, WAIVER])
                & (FineEntry.deleted == False)).tuples():  # noqa: E712
            if rid not in removed and version[TIME_ORDER] > newest:
                paid.add(member)
    return [rid for member in sorted(paid) for rid in members[member]]


def open_loans_on(items: set[int], loans: list[int]) -> list[int]:
    """Those of ``loans`` still out on one of ``items``."""
    if not items or not loans:
        return []
    found = []
    for part in parts(loans):
        found += [rid for rid, item in Loan.select(Loan.id, Loan.item).where(
            Loan.id.in_(part) & Loan.returned_at.is_null()).tuples() if item in items]
    return found


def held_copies(copies: Iterable[int], removed_loans: set[int], undone_holds: set[int]) -> set[int]:
    """Those of ``copies`` that a loan still out or a reservation put aside holds, and that stay so after the undo
    (not among ``removed_loans``, nor ``undone_holds``: removed or put back to waiting): the copy keeps the status
    they give it."""
    listed, held = list(copies), set()
    for part in parts(listed):
        held |= {item for rid, item in Loan.select(Loan.id, Loan.item).where(
            Loan.item.in_(part) & Loan.returned_at.is_null() & (Loan.deleted == False)).tuples()  # noqa: E712
            if rid not in removed_loans}
        held |= {item for rid, item in Hold.select(Hold.id, Hold.item).where(
            Hold.item.in_(part) & (Hold.status == holds.READY) & (Hold.deleted == False)).tuples()  # noqa: E712
            if rid not in undone_holds}
    return held


def drop_held_status(restore: dict[int, dict[str, Any]], held: set[int]) -> int:
    """Leave the status of the ``held`` copies out of what is put back; returns how many copies then have nothing
    left to put back."""
    emptied = 0
    for rid in held:
        values = restore.get(rid)
        if values is not None and values.pop("status", None) is not None and not values:
            del restore[rid]
            emptied += 1
    return emptied


NOTHING = object()  # (``options_before``: the options stay as they are)


def options_before(detail: dict[str, Any], before: sqlite3.Connection | None, audit_id: int) -> Any:
    """The circulation options to put back (the backup's; None: none were set) when the import of audit line
    ``audit_id`` switched SLiMS's "no fines for closed days" on and nobody changed the options since; else
    ``NOTHING``."""
    if not detail.get("fines_skip_closed") or before is None or AuditLog.select().where(
            (AuditLog.action == "circulation.options") & (AuditLog.id > audit_id)).exists():
        return NOTHING
    try:
        row = before.execute("SELECT value FROM setting WHERE key = ?", [OPTIONS_KEY]).fetchone()
    except sqlite3.Error:
        return NOTHING
    return json.loads(row[0]) if row else None


def put_options_back(options: Any) -> None:
    """Write the circulation options ``options_before`` found (``NOTHING``: leave them)."""
    if options is not NOTHING:
        set_setting(OPTIONS_KEY, options or {})  # ({}: the options a library starts with)


def for_the_waiting(restore: dict[int, dict[str, Any]], removed_holds: set[int]) -> list[tuple[int, str]]:
    """The copies the undo frees (their status goes back to "available": a wrong loan list had them out) whose
    title a member is waiting for, with a reservation that stays: each goes to the hold shelf for the first in the
    queue, as a copy returned at the desk does, not back on the shelf for the next person to borrow.
    (copy id, "barcode · title: member (card)"), in the queue's order."""
    freed = [rid for rid, values in restore.items() if values.get("status") == "available"]
    if not freed:
        return []
    items = {item.id: item for part in parts(freed) for item in Item.select().where(Item.id.in_(part))}
    queues: dict[int, list[Hold]] = {}
    for part in parts(sorted({item.record_id for item in items.values()})):
        for hold in (Hold.select().where(Hold.record.in_(part) & (Hold.status == holds.WAITING)
                                         & (Hold.deleted == False))  # noqa: E712
                     .order_by(Hold.placed_at, Hold.id)):
            if hold.id not in removed_holds:
                queues.setdefault(hold.record_id, []).append(hold)
    out = []
    for rid in freed:
        item = items.get(rid)
        queue = queues.get(item.record_id) if item is not None else None
        if queue:
            hold = queue.pop(0)
            out.append((rid, f"{item.barcode} · {item.record.title}: {hold.member.name} ({hold.member.number})"))
    return out
