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
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .. import auth, store
from ..errors import NotFound, Refused
from ..i18n import QT_TRANSLATE_NOOP
from ..models import ENTITY, Staff, SyncConflict, SyncException
from ..service import Library


@dataclass
class Merged:
    fields: dict[str, Any]  # the fields whose value changes locally
    fv: dict[str, str]
    version: str
    deleted: bool
    conflicts: list[tuple[str, Any, str, Any, str]] = field(default_factory=list)  # field, kept, kv, lost, lv

    @property
    def changed(self) -> bool:
        return bool(self.fields) or self._meta_changed

    _meta_changed: bool = False


def fversion(fv: dict[str, str], name: str) -> str:
    return fv.get(name) or fv["*"]


def merge(local: dict[str, Any], incoming: dict[str, Any], concurrent: Callable[[str], bool]) -> Merged:
    """Merge document ``incoming`` into the local state ``local`` (same document shape).
    ``concurrent(version)`` says whether a local field version is an edit the sender had not seen."""
    lfv, ifv = dict(local["fv"]), incoming["fv"]
    out_fv = dict(lfv)
    changes: dict[str, Any] = {}
    conflicts = []
    lf = local["f"]
    for name, value in incoming["f"].items():
        iv = fversion(ifv, name)
        lv = fversion(lfv, name) if name in lf else ""
        if iv > lv:
            if name in lf and lf[name] != value and lv != lfv["*"] and concurrent(lv) and iv != ifv["*"]:
                conflicts.append((name, value, iv, lf[name], lv))
            if name not in lf or lf[name] != value:
                changes[name] = value
            out_fv[name] = iv
        elif iv < lv and name in lf and lf[name] != value and iv != ifv["*"] and concurrent(lv):
            conflicts.append((name, lf[name], lv, value, iv))
    out_fv = {k: v for k, v in out_fv.items() if k == "*" or v != out_fv["*"]}
    version = max(local["v"], incoming["v"])
    deleted = bool(local["d"]) or bool(incoming["d"])
    merged = Merged(changes, out_fv, version, deleted, conflicts)
    merged._meta_changed = version != local["v"] or deleted != bool(local["d"]) or out_fv != lfv
    return merged


def record_conflicts(lib: Library, entity: str, uid: str, merged: Merged, peer: str) -> None:
    for name, kept, kept_version, lost, lost_version in merged.conflicts:
        SyncConflict.create(at=lib.clock.now(), entity=entity, row_uid=uid, field=name,
                            kept_value=json.dumps(kept, ensure_ascii=False), kept_version=kept_version,
                            lost_value=json.dumps(lost, ensure_ascii=False), lost_version=lost_version, peer=peer)


def record_exception(lib: Library, kind: str, key: str, **detail: Any) -> None:
    SyncException.insert(at=lib.clock.now(), kind=kind, key=key,
                         detail=json.dumps(detail, ensure_ascii=False, default=str)).on_conflict_ignore().execute()


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
            from . import hub

            hub.edit_replica(lib, by, conflict.row_uid, **{conflict.field: value})
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
