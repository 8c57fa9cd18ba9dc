"""The rows an import's undo removed (``import_undo``), so the right file imported afterwards brings them in again.

The loan list, SLiMS history and visitor book imports give each row a uid made from the file's own values, so the
same file imported twice adds nothing, and a line the librarian removed here does not come back (its tombstone keeps
the uid). A row an undo removed is different: the wrong import is gone, and the right file (SLiMS's history again
once the catalogue is right) must bring that loan or that visit. So such a uid does not count as "here", and the row
comes in under a uid made anew from it (the tombstone keeps the old one: the district drops the wrong row and gets
the right one)."""

from __future__ import annotations

import json
import uuid

from ..service import Library
from ..store.models import AuditLog, ChangeLog

UNDO_ACTION = "import.undo"
# the undo's audit detail naming its own change-log lines (beside ``log``, the lines of the import it took back)
UNDO_LINES = "undo_log"


def undone_uids(lib: Library, *tables: str) -> set[str]:
    """The uids of the rows of ``tables`` (their table names) that an import's undo removed."""
    found: set[str] = set()
    for (detail,) in AuditLog.select(AuditLog.detail).where(AuditLog.action == UNDO_ACTION).tuples():
        lines = json.loads(detail or "{}").get(UNDO_LINES)
        if not lines:
            continue
        first, last = lines
        found.update(uid for (uid,) in ChangeLog.select(ChangeLog.row_uid).where(
            (ChangeLog.origin == lib.site_id) & ChangeLog.seq.between(first, last) & (ChangeLog.op == "delete")
            & ChangeLog.entity.in_(list(tables))).tuples())
    return found


def again(uid: str, undone: set[str]) -> str:
    """``uid``, or when an undo removed its row, the uid the row comes in under again (each undo of it, the next)."""
    while uid in undone:
        uid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{uid}:again"))
    return uid
