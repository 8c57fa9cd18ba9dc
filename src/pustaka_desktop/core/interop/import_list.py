"""The imports that can be undone, as the list to pick one from shows them (``recent_imports``): when, by whom, which
file and what it brought; and what undoing one removes, counted by kind of row (``removed_counts``). The undo itself
is ``import_undo``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .. import auth
from ..formatting import format_number
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.models import AuditLog, Staff
from .undone_rows import UNDO_ACTION

# the imports that can be undone -> the permission they need (the same to undo): the catalogue, the members, a loan
# list or SLiMS's history (loans, fines, reservations, visitor book), the visitor book and activities
UNDOABLE = {"catalog.import": "catalog.import", "members.import": "members.import",
            "circulation.import": "circulation.import", "visits.import": "visits.correct"}

# what an import in the list of imports brought (``ImportEntry.brought``)
UNDONE = QT_TRANSLATE_NOOP("ImportUndo", "undone")
TOO_OLD = QT_TRANSLATE_NOOP("ImportUndo", "cannot be undone (made by an older Pustaka)")
MEMBERS_BROUGHT = QT_TRANSLATE_NOOP("ImportUndo", "{members} members added, {changed} changed")
CATALOGUE_BROUGHT = QT_TRANSLATE_NOOP("ImportUndo", "{records} records and {copies} copies added, {changed} changed")
LOANS_BROUGHT = QT_TRANSLATE_NOOP("ImportUndo", "{out} loans still out and {returned} returned loans")
HISTORY_BROUGHT = QT_TRANSLATE_NOOP("ImportUndo", "{loans} loans, {fines} fines, {reservations} reservations and "
                                                  "{visits} visits")
VISITS_BROUGHT = QT_TRANSLATE_NOOP("ImportUndo", "{visits} visitor book lines and {sessions} activity sessions")

# the rows an undo removes, counted, in this order (a kind not named here is counted with the row it belongs to)
COUNTED = {
    "record": QT_TRANSLATE_NOOP("ImportUndo", "{count} records"),
    "item": QT_TRANSLATE_NOOP("ImportUndo", "{count} copies"),
    "member": QT_TRANSLATE_NOOP("ImportUndo", "{count} members"),
    "loan": QT_TRANSLATE_NOOP("ImportUndo", "{count} loans"),
    "fine_entry": QT_TRANSLATE_NOOP("ImportUndo", "{count} fine entries"),
    "hold": QT_TRANSLATE_NOOP("ImportUndo", "{count} reservations"),
    "visit": QT_TRANSLATE_NOOP("ImportUndo", "{count} visitor book lines"),
    "holiday": QT_TRANSLATE_NOOP("ImportUndo", "{count} holidays"),
    "program": QT_TRANSLATE_NOOP("ImportUndo", "{count} activities"),
    "program_session": QT_TRANSLATE_NOOP("ImportUndo", "{count} sessions"),
    "attendance": QT_TRANSLATE_NOOP("ImportUndo", "{count} attendance ticks"),
}


@dataclass
class ImportEntry:
    """An import of the audit log, for the list to pick one from."""

    audit_id: int
    at: datetime
    username: str
    action: str
    file: str
    detail: dict[str, Any]
    undoable: bool  # made since imports can be undone, and not undone yet
    undone: bool

    def brought(self, translate=lambda context, text: text) -> str:
        """What the import brought, as the list of imports says it (or that it was undone, or cannot be)."""
        if self.undone:
            return translate("ImportUndo", UNDONE)
        if not self.undoable:
            return translate("ImportUndo", TOO_OLD)
        detail = self.detail
        n = {key: format_number(value) for key, value in detail.items() if isinstance(value, int)}
        if self.action == "members.import":
            return translate("ImportUndo", MEMBERS_BROUGHT).format(members=n.get("add", "0"), changed=n.get("update", "0"))
        if self.action == "visits.import":
            return translate("ImportUndo", VISITS_BROUGHT).format(visits=n.get("visits", "0"),
                                                                  sessions=n.get("sessions", "0"))
        if self.action == "circulation.import" and detail.get("format") == "loan-list":
            return translate("ImportUndo", LOANS_BROUGHT).format(out=n.get("loans_out", "0"),
                                                                 returned=n.get("loans_returned", "0"))
        if self.action == "circulation.import":
            return translate("ImportUndo", HISTORY_BROUGHT).format(
                loans=format_number(detail.get("loans_out", 0) + detail.get("loans_returned", 0)),
                fines=n.get("fines", "0"), reservations=n.get("reservations", "0"), visits=n.get("visits", "0"))
        records, copies = detail.get("records") or {}, detail.get("copies") or {}
        return translate("ImportUndo", CATALOGUE_BROUGHT).format(
            records=format_number(records.get("add", 0)), copies=format_number(copies.get("add", 0)),
            changed=format_number(records.get("update", 0) + copies.get("update", 0)))


def removed_counts(removed: dict[str, int], translate=lambda context, text: text) -> str:
    """What an undo removes (``UndoPlan.removed``), said by kind: "12 loans, 3 fine entries, 2 reservations"."""
    parts = [translate("ImportUndo", template).format(count=format_number(removed[table]))
             for table, template in COUNTED.items() if removed.get(table)]
    return ", ".join(parts) or format_number(0)


def recent_imports(lib: Library, by: Staff | None, limit: int = 20) -> list[ImportEntry]:
    """The newest imports that can be undone, newest first (librarian: the audit log's business)."""
    auth.require(by, "audit.view")
    rows = (AuditLog.select().where(AuditLog.action.in_(list(UNDOABLE)))
            .order_by(AuditLog.id.desc()).limit(limit + 1))
    # a SLiMS pair (biblio + item file) is one import with an audit line per file: listed once, under both names
    # (listed apart, the item file's line said "0 records added" and undoing it removed the whole move-in)
    entries: list[ImportEntry] = []
    for row in rows:
        entry = _entry(row)
        log = entry.detail.get("log")
        # (imports that wrote nothing, a file brought again, share the empty range after the last line: not a pair)
        wrote = bool(log) and log[0] <= log[-1]
        same = next((e for e in entries if wrote and e.detail.get("log") == log), None)
        if same is None:
            entries.append(entry)
        else:
            _join(same, entry)
    return entries[:limit]


def _entry(row: AuditLog) -> ImportEntry:
    detail = json.loads(row.detail) if row.detail else {}
    log = detail.get("log")
    undone = bool(log) and undone_by(log) is not None
    return ImportEntry(row.id, row.at, row.username, row.action, detail.get("file", ""), detail,
                       bool(log) and not undone, undone)


def _join(newer: ImportEntry, older: ImportEntry) -> None:
    """``older``'s file (the records file of a SLiMS pair) joins ``newer``'s entry, its counts added."""
    newer.file = f"{older.file} + {newer.file}"
    detail = dict(newer.detail)
    for part in ("records", "copies"):
        counts = dict(detail.get(part) or {})
        for name, count in (older.detail.get(part) or {}).items():
            if isinstance(count, int):
                counts[name] = counts.get(name, 0) + count
        detail[part] = counts
    newer.detail = detail


def files_of(log: list[int], file: str) -> str:
    """The file names of the import that wrote the change-log lines ``log``: both files of a SLiMS pair."""
    if not log or log[0] > log[-1]:
        return file  # (an import that wrote nothing: other such imports share its empty range)
    names = [json.loads(row.detail or "{}").get("file", "")
             for row in AuditLog.select().where(AuditLog.action.in_(list(UNDOABLE))).order_by(AuditLog.id)
             if json.loads(row.detail or "{}").get("log") == log]
    return " + ".join(name for name in names if name) or file


def undone_by(log: list[int]) -> AuditLog | None:
    """The audit line of the undo of the import that wrote the change-log lines ``log`` (a SLiMS pair's two
    files are one import with two audit lines: undoing one undoes both)."""
    for row in AuditLog.select().where(AuditLog.action == UNDO_ACTION):  # (a handful in a library's life)
        if json.loads(row.detail or "{}").get("log") == log:
            return row
    return None
