"""The desk's undo: the last check-outs, returns and renewals made on this PC, and taking the last one
back (``undo_last``, librarian, audited). ``desk_lookup.describe_undo`` names it for the question.

- ``remember(lib, action)``  called by ``loans`` after each desk action
- ``last_action()`` -> dict | None;  ``undo_last(lib, by)`` -> UndoResult
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from .. import auth
from ..errors import Conflict, NotFound
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..settings import get_setting, set_setting
from ..store import write as store
from ..store.models import Hold, Item, Loan, Member, Staff
from . import fines, holds, loan_events
from .desk_reads import title_of

UNDO_KEY = "circulation.undo"
_UNDO_SQL = 'INSERT INTO "setting" ("key", "value") VALUES (?, ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"'
# The stack stays within one database page (16 actions of ~200 bytes, written compactly): 20 spilled
# into an overflow page, one more page written and fsynced at every desk scan.
UNDO_DEPTH = 16
_COMPACT = (",", ":")


def remember(lib: Library, action: dict[str, Any]) -> None:
    """Remember a desk action for ``undo_last`` (kept in a setting; this process keeps a copy so a
    scan costs one write, not a read and a write)."""
    stack = getattr(lib, "_undo_stack", None)
    texts = getattr(lib, "_undo_texts", None)
    if stack is None or texts is None or len(texts) != len(stack):
        stack = get_setting(UNDO_KEY, []) or []
        texts = [json.dumps(a, ensure_ascii=False, separators=_COMPACT) for a in stack]
    stack.append(action)
    texts.append(json.dumps(action, ensure_ascii=False, separators=_COMPACT))  # only the new action is encoded
    del stack[:-UNDO_DEPTH]
    del texts[:-UNDO_DEPTH]
    lib.db.execute_sql(_UNDO_SQL, (UNDO_KEY, "[" + ",".join(texts) + "]"))  # = set_setting, as fixed SQL
    lib._undo_stack, lib._undo_texts = stack, texts


@dataclass
class UndoResult:
    kind: str  # checkout | checkin | renew
    title: str
    message: str
    params: dict[str, Any]
    loan_uid: str = ""  # the loan whose last action was taken back (the desk drops it from the receipt)


def last_action() -> dict[str, Any] | None:
    """The desk action ``undo_last`` would take back (None when there is none)."""
    stack = get_setting(UNDO_KEY, []) or []
    return stack[-1] if stack else None


def undo_last(lib: Library, by: Staff) -> UndoResult:
    """Take back the last check-out, return or renewal made on this PC (librarian; audited).
    Refused with Conflict when the loan changed since (e.g. it was returned after being lent)."""
    auth.require(by, "circulation.undo")
    lib._undo_stack = None  # read the stored stack: another desk or the CLI may have added to it
    stack = get_setting(UNDO_KEY, []) or []
    if not stack:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is nothing to undo."))
    action = stack[-1]
    loan = Loan.get_or_none(Loan.uid == action["loan"])
    if loan is None or loan.deleted or loan.version != action["version"]:
        set_setting(UNDO_KEY, stack[:-1])
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "The last action cannot be undone: the loan changed since."))
    item = Item.get_by_id(loan.item_id)
    title = title_of(item)
    with lib.transaction():
        kind = action["kind"]
        if kind == "checkout":
            store.delete(lib, loan)
            store.update(lib, item, status=action["item_status"] or "available")
            if action.get("hold"):
                saved = action["hold"]
                hold = Hold.get(Hold.uid == saved["uid"])
                store.update(lib, hold, status=saved["status"], item=saved["item"],
                             ready_until=date.fromisoformat(saved["ready_until"]) if saved["ready_until"] else None)
                if saved["status"] == holds.READY and saved["item"] not in (None, item.id):
                    store.update(lib, Item.get_by_id(saved["item"]), status="on_hold")
            message = QT_TRANSLATE_NOOP("Circulation", "Undone: the loan of {title} was cancelled.")
        elif kind == "checkin":
            if action.get("hold"):
                hold = Hold.get(Hold.uid == action["hold"])
                store.update(lib, hold, status=holds.WAITING, item=None, ready_until=None)
            if action.get("fine"):
                store.delete(lib, fines.FineEntry.get(fines.FineEntry.uid == action["fine"]))
            store.update(lib, loan, returned_at=None)
            loan_events.take_back(loan.uid, loan_events.RETURN)  # nobody took it back: it is out again
            loan_events.take_back(loan.uid, loan_events.BOOK_DROP)  # (none unless it came out of the drop)
            store.update(lib, item, status="on_loan")
            message = QT_TRANSLATE_NOOP("Circulation", "Undone: {title} is on loan again.")
        else:
            before = action["before"]
            if action.get("fine"):
                store.delete(lib, fines.FineEntry.get(fines.FineEntry.uid == action["fine"]))
            store.update(lib, loan, due_on=date.fromisoformat(before["due_on"]), renewals=before["renewals"])
            loan_events.take_back(loan.uid, loan_events.RENEW)
            message = QT_TRANSLATE_NOOP("Circulation", "Undone: the renewal of {title} was cancelled.")
        auth.audit(lib, by, "circulation.undo", "loan", loan.uid, what=kind, barcode=item.barcode)
        # The loan is back as it was after the previous action on it: that one may be undone next.
        rest = stack[:-1]
        current = Loan.get_by_id(loan.id).version
        for earlier in rest:
            if earlier["loan"] == loan.uid:
                earlier["version"] = current
        set_setting(UNDO_KEY, rest)
    member = Member.get_or_none(Member.id == loan.member_id)
    return UndoResult(kind, title, message, {"title": title, "barcode": item.barcode,
                                             "name": member.name if member else "",
                                             "number": member.number if member else ""}, loan_uid=loan.uid)
