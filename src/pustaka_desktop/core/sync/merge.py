"""Merging a row that changed in two places: per-field last-writer-wins.

Each field carries the version (hybrid logical clock, see core.store.hlc) of its last change; the
higher version wins, and because a version ends with the site id, equal clocks break ties by site id.
The merge is commutative, associative and idempotent, so bundles imported twice or out of order give
the same rows as once, in order.

- A delete is a tombstone and is sticky: an old edit arriving later never brings the row back.
- A field that changed here *after* the sender last acknowledged our changes, and that the sender
  changed too, is a real conflict: the losing value goes to the conflict list (``conflicts``), where a
  librarian can reverse it (which writes it again as a new, winning edit).
- Events (loans, returns, renewals, fines, visits, attendance) are only ever written by the village
  that recorded them, so they merge by union: nothing is lost.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..service import Library
from ..store.models import (
    SyncConflict,
    SyncException,
)


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
