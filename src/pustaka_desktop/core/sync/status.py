"""What the sync screen and ``pustaka-cli sync status`` show."""

from __future__ import annotations

import json
from typing import Any

from ..errors import Translate, render
from ..service import Library
from ..store import log_lines
from ..store.models import SyncBundleLog, SyncConflict, SyncException, SyncPeer
from . import keys, lost
from .changes import own_max_seq


def sync_status(lib: Library) -> dict[str, Any]:
    problem = keys.instance_problem(lib)
    if problem == "restored" or (not problem and keys.restored_behind(lib)):
        keys.require_genuine(lib)  # a restored backup: re-base now, so "changes waiting" tells the truth
    high = own_max_seq(lib)
    peers = []
    lost_waiting = lost.waiting_counts() if lib.is_district else {}
    for peer in SyncPeer.select().order_by(SyncPeer.kind, SyncPeer.code):
        peers.append({
            "site": peer.site, "code": peer.code, "name": peer.name, "kind": peer.kind, "status": peer.status,
            "fingerprint": keys.fingerprint(peer.public_key),
            "waiting_changes": log_lines.waiting(lib.site_id, peer.acked_seq),
            "acknowledged_seq": peer.acked_seq,
            "received_seq": peer.received_seq,
            "last_bundle_at": peer.last_bundle_at.isoformat(timespec="minutes") if peer.last_bundle_at else "",
            "members": "full" if peer.full_members else "pseudonymised", "consent": peer.consent_note,
            "lost_waiting": lost_waiting.get(peer.site, 0),  # district: rows of a restore's list not yet confirmed
        })
    recent = [{"at": b.at.isoformat(timespec="minutes"), "direction": b.direction, "file": b.file_name,
               "result": b.result, "rows": b.rows, "detail": b.detail}
              for b in SyncBundleLog.select().order_by(SyncBundleLog.id.desc()).limit(20)]
    problem = keys.instance_problem(lib)
    return {
        "site": lib.site_id, "district": lib.is_district, "copy_problem": problem,
        "fingerprint": keys.own_fingerprint(lib) if not problem else "",
        "change_seq": high, "peers": peers, "recent": recent,
        "open_conflicts": SyncConflict.select().where(SyncConflict.status == "open").count(),
        "open_exceptions": SyncException.select().where(SyncException.status == "open").count(),
        "lost": _lost_counts(lib),
    }


def _lost_counts(lib: Library) -> dict[str, int]:
    """Village: {kind: lines} of what a restored backup lost and the librarian has not done yet."""
    if lib.is_district:
        return {}
    counts: dict[str, int] = {}
    for entry in lost.entries(lib):
        counts[entry.kind] = counts.get(entry.kind, 0) + 1
    return counts


def detail_text(detail: str, translate: Translate) -> str:
    """A bundle log line's detail in the reader's language: a refusal is kept as its template and values
    (``importer._detail``); a line written before that, as the English text it was kept as."""
    try:
        said = json.loads(detail) if detail.startswith("{") else None
    except ValueError:
        said = None
    if not isinstance(said, dict) or not isinstance(said.get("template"), str):
        return detail
    return render(str(said.get("context") or "Errors"), said["template"], said.get("params") or {}, translate)
