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


def open_exceptions(limit: int = 500) -> list[SyncException]:
    return list(SyncException.select().where(SyncException.status == "open").order_by(SyncException.at.desc())
                .limit(limit))


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
