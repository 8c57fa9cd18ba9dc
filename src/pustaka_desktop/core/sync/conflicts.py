"""Merging a row that changed in two places: per-field last-writer-wins.

Each field carries the version (hybrid logical clock, see core.hlc) of its last change; the higher
version wins, and because a version ends with the site id, equal clocks break ties by site id. The
merge is commutative, associative and idempotent, so bundles imported twice or out of order give
the same rows as once, in order.

- A delete is a tombstone and is sticky: an old edit arriving later never brings the row back.
- A field that changed here *after* the sender last acknowledged our changes, and that the sender
  changed too, is a real conflict: the losing value goes to the conflict list, where a librarian can
  reverse it (which writes it again as a new, winning edit).
- Events (loans, returns, renewals, fines, visits, attendance) are only ever written by the village
  that recorded them, so they merge by union: nothing is lost.
"""

from __future__ import annotations

import json
from typing import Any

from .. import auth
from ..errors import NotFound, Refused
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store import write as store
from ..store.models import ENTITY, Staff, SyncConflict, SyncException
from . import replicas


def open_conflicts(limit: int = 500) -> list[SyncConflict]:
    return list(SyncConflict.select().where(SyncConflict.status == "open").order_by(SyncConflict.at.desc())
                .limit(limit))


def open_exceptions(limit: int | None = 500) -> list[SyncException]:
    """Newest first (one import writes several at the same moment: the last written first); None: all."""
    return list(SyncException.select().where(SyncException.status == "open")
                .order_by(SyncException.at.desc(), SyncException.id.desc()).limit(limit))


def accept(lib: Library, by: Staff, conflict_id: int) -> None:
    """The kept value is right: close the conflict."""
    auth.require(by, "sync.manage")
    conflict = _get(conflict_id)
    with lib.transaction():
        conflict.status = "accepted"
        conflict.save()
        auth.audit(lib, by, "sync.conflict_accept", conflict.entity, conflict.row_uid, field=conflict.field)


def reverse(lib: Library, by: Staff, conflict_id: int) -> None:
    """The lost value was right: write it again as a new edit (it wins everywhere, and travels)."""
    auth.require(by, "sync.manage")
    conflict = _get(conflict_id)
    value = json.loads(conflict.lost_value)
    with lib.transaction():
        if lib.is_district:
            replicas.edit_replica(lib, by, conflict.row_uid, **{conflict.field: value})
        else:
            model = ENTITY[conflict.entity]
            row = model.get_or_none(model.uid == conflict.row_uid)
            if row is None or row.deleted:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "That row no longer exists."))
            name = model._meta.columns[conflict.field].name
            store.update(lib, row, **{name: _python_value(model, conflict.field, value)})
        conflict.status = "reversed"
        conflict.save()
        auth.audit(lib, by, "sync.conflict_reverse", conflict.entity, conflict.row_uid, field=conflict.field)


def resolve_exception(lib: Library, by: Staff, exception_id: int, note: str = "") -> None:
    auth.require(by, "sync.manage")
    item = SyncException.get_or_none(SyncException.id == exception_id)
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That exception is not in the list."))
    with lib.transaction():
        item.status = "resolved"
        item.save()
        auth.audit(lib, by, "sync.exception_resolve", "sync_exception", str(exception_id), kind=item.kind, note=note)


def _get(conflict_id: int) -> SyncConflict:
    conflict = SyncConflict.get_or_none(SyncConflict.id == conflict_id)
    if conflict is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That conflict is not in the list."))
    if conflict.status != "open":
        raise Refused(QT_TRANSLATE_NOOP("Errors", "That conflict was already dealt with."), reason="closed")
    return conflict


def _python_value(model, name: str, raw: Any) -> Any:
    field_ = model._meta.columns[name]
    if hasattr(field_, "rel_model"):
        if raw is None:
            return None
        target = field_.rel_model.get_or_none(field_.rel_model.uid == raw)
        return target.id if target is not None else None
    return field_.python_value(raw) if raw is not None else None


# --- the exception list in words -----------------------------------------------------------------

EXCEPTION_KINDS = {  # kind -> (short label, sentence); context "SyncExceptions"
    "grant-barcode": (QT_TRANSLATE_NOOP("SyncExceptions", "Book grant"),
                      QT_TRANSLATE_NOOP("SyncExceptions", "Grant “{grant}”: barcode {barcode} is already used here; "
                                                          "the copy was numbered {given}.")),
    "future-stamp": (QT_TRANSLATE_NOOP("SyncExceptions", "Clock ahead"),
                     QT_TRANSLATE_NOOP("SyncExceptions", "The bundle from {sender} was written on a PC whose clock is "
                                                         "{ahead_days} days ahead. Set the date and time on that PC.")),
    "clock-behind": (QT_TRANSLATE_NOOP("SyncExceptions", "Village clock behind"),
                     QT_TRANSLATE_NOOP("SyncExceptions", "The clock of {sender}'s PC is at least {behind_days} days "
                                                         "behind: its bundle holds changes of this office made after "
                                                         "the date it carries. Its bundles are still read; ask the "
                                                         "village to set the date and time on that PC.")),
    "clock-behind-here": (QT_TRANSLATE_NOOP("SyncExceptions", "Clock behind"),
                          QT_TRANSLATE_NOOP("SyncExceptions", "The bundle from {sender} was made {behind_days} days "
                                                              "after this computer's date: this computer's clock is "
                                                              "probably behind. Set its date and time; if they are "
                                                              "right, tell {sender} that their clock is ahead.")),
    "foreign-row": (QT_TRANSLATE_NOOP("SyncExceptions", "Not its own row"),
                    QT_TRANSLATE_NOOP("SyncExceptions", "{sender} sent a change to a row of {owner} ({entity} "
                                                        "…{short}); it was not applied.")),
    "double-loan": (QT_TRANSLATE_NOOP("SyncExceptions", "Loaned twice"),
                    QT_TRANSLATE_NOOP("SyncExceptions", "{site}: copy {barcode} is on two open loans at once (lent "
                                                        "{loaned_at}). Check at that library which loan is right.")),
}
_GRANT_BARCODE_OLD = QT_TRANSLATE_NOOP("SyncExceptions", "Grant “{grant}”: barcode {barcode} is already used here; the "
                                                         "copy got this library's next number.")


def exception_text(exception: SyncException) -> tuple[str, str, dict[str, Any]]:
    """An exception as the Sync page shows it: (label, sentence template, values), context "SyncExceptions";
    a kind not known here as its kind and raw details."""
    try:
        detail = json.loads(exception.detail or "{}")
    except ValueError:
        detail = {}
    known = EXCEPTION_KINDS.get(exception.kind)
    if known is None or not isinstance(detail, dict):
        return exception.kind, "{detail}", {"detail": exception.detail}
    label, template = known
    values = {key: str(value) for key, value in detail.items()}
    codes = _codes()
    for key in ("sender", "owner", "site"):
        if key in values:
            values[key] = codes.get(values[key], values[key])
    if exception.kind == "grant-barcode" and "given" not in values:  # written before the new number was noted
        template = _GRANT_BARCODE_OLD
    if exception.kind == "foreign-row":
        values["short"] = values.get("uid", "")[-8:]
    if exception.kind == "double-loan":
        values["barcode"] = _barcode(values.get("item", ""))
    needed = {"grant", "barcode", "given", "sender", "ahead_days", "owner", "entity", "short", "site", "loaned_at",
              "behind_days"}
    return label, template, {key: values.get(key, "?") for key in needed}


def _codes() -> dict[str, str]:
    from ..store.models import SyncPeer

    return {site: code for site, code in SyncPeer.select(SyncPeer.site, SyncPeer.code).tuples() if code}


def _barcode(item_uid: str) -> str:
    """A copy's barcode, from this library's own copies or (the district) the village's rows."""
    from ..store.models import Item

    item = Item.get_or_none(Item.uid == item_uid)
    if item is not None:
        return item.barcode
    try:
        row = Item._meta.database.execute_sql(
            "SELECT json_extract(data, '$.barcode') FROM sync_replica WHERE uid = ?", (item_uid,)).fetchone()
    except Exception:  # noqa: BLE001 - a village has no village rows: the copy is named by its id
        row = None
    return row[0] if row and row[0] else f"…{item_uid[-8:]}"
