"""Members who came in by a members import (SLiMS's members CSV or backup, INLISLite's member report, a list kept
in Excel): after a move-in they all need this library's card, but an import keeps the registration date the old
system gave, so "new members" finds none of them. ``printing.selection``'s ``imported`` chooses them (those still
here: an import undone took its members away). Found from each import's audit line, which names its own change-log lines
(``interop.undoable_import``): the members those lines added."""

from __future__ import annotations

import json

from ..service import Library
from ..store import log_lines
from ..store.batches import parts
from ..store.models import AuditLog, ChangeLog, Member

IMPORT_ACTION = "members.import"


def imported_member_ids(lib: Library) -> list[int]:
    """The ids of the members the members imports added, oldest import first (removed ones too: the caller keeps the
    live)."""
    uids: dict[str, None] = {}
    for (detail,) in AuditLog.select(AuditLog.detail).where(AuditLog.action == IMPORT_ACTION).order_by(
            AuditLog.id).tuples():
        log = json.loads(detail or "{}").get("log")
        if not log:  # (an import made before imports noted their lines)
            continue
        lines = log_lines.of_import(lib.site_id, log).where(ChangeLog.entity == Member._meta.table_name).tuples()
        uids.update((uid, None) for uid in log_lines.added(lib.db, lines).get(Member._meta.table_name, ()))
    ids: list[int] = []
    for part in parts(list(uids)):
        ids.extend(member_id for (member_id,) in Member.select(Member.id).where(Member.uid.in_(part)).tuples())
    return ids
