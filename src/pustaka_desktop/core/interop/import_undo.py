"""Taking back an import that was a mistake ("Batalkan impor ini"): the wrong file (last year's export, a
test sheet, the members file into the catalogue) noticed an hour later, after the desk has lent and
returned books. Restoring the backup made before the import would lose that hour; this takes back the
import alone.

How an import is found again: a catalogue, members, loan list, SLiMS history or visitor book import writes, in its
own audit line, the numbers of its change-log lines (``log``: first and last; an import is one transaction, so they
are its lines and nobody else's) and the name of the backup made just before it (``backup``): ``undoable_import``.
The list to pick one from is ``import_list``. Undoing it:

- a row the import ADDED (a record, a copy, a member, a member type...) is removed (a tombstone, so the
  removal travels to the district like any deletion) unless something happened to it since: changed
  after the import (its version is newer than the import's last), or used by a row that stays (a loan,
  a reservation, a visit, a copy added by hand to an imported record). Those stay, each named with why.
  A removed copy's barcode and a removed member's card number are freed (the tombstone keeps them with a
  mark), so importing the right file afterwards brings those copies and members in again; so are the uids of
  removed loans, fines and visits (``undone_rows``). A loan returned or renewed at the desk since, a fine paid
  since, a reservation fulfilled since stay (``undo_circulation``); an open loan removed puts its copy back as the
  backup has it.
- a field the import CHANGED on a row that was there before is put back to its value in the backup,
  when nobody changed it again since and the backup is the library exactly as it was before the import
  (its newest change-log line is the one just before the import's first). Otherwise it stays, said so.
- the review list's open items about removed rows go with them; so do removed copies on the list of
  copies waiting for labels.

Everything in one transaction after a backup ("import-undo"), audited as ``import.undo`` about the import's
audit line (its number, as the lists show it) with the import's lines as its ``log``, so an import is undone
once, and its own lines as ``undo_log``. Who may: whoever may make that kind of import.
A row already sent to the district in a bundle is removed here all the same: its tombstone goes with the
next bundle and the district's union catalogue drops it (``sent`` says so to the librarian)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .. import auth
from ..catalog import new_barcodes, review
from ..circulation import holds
from ..community import members_from_before
from ..errors import NotFound, Refused
from ..formatting import format_date, format_datetime, format_money
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Cancel, Progress, checkpoint
from ..service import Library
from ..store import backup, log_lines, write
from ..store.batches import parts
from ..store.hlc import TIME_ORDER
from ..store.models import (
    ENTITY,
    AuditLog,
    Item,
    Record,
    ReviewFlag,
    Staff,
    Subject,
    SyncBundleLog,
    SyncModel,
    SyncPeer,
)
from ..store.paths import backup_dir
from . import undo_circulation
from .import_list import UNDOABLE, files_of, undone_by

_UPDATES = ("update", log_lines.UPDATE_SPANS)
# a removed row keeps its barcode or card number with this mark, so the code can be used again
_FREED = "~batal"
_CODES = {"item": "barcode", "member": "number"}
_PICTURES = {"cover", "photo"}
_BULK = (log_lines.INSERT_RANGE, log_lines.UPDATE_SPANS)

# why a row the import added or changed stays (context "ImportUndo")
CHANGED_SINCE = QT_TRANSLATE_NOOP("ImportUndo", "changed since the import")
USED_BY = {
    "loan": QT_TRANSLATE_NOOP("ImportUndo", "lent or borrowed since the import"),
    "hold": QT_TRANSLATE_NOOP("ImportUndo", "reserved since the import"),
    "item": QT_TRANSLATE_NOOP("ImportUndo", "it has a copy that stays"),
    "visit": QT_TRANSLATE_NOOP("ImportUndo", "in the visitor book since the import"),
    "fine_entry": QT_TRANSLATE_NOOP("ImportUndo", "has a fine since the import"),
    "in_library_use": QT_TRANSLATE_NOOP("ImportUndo", "used in the library since the import"),
    "stock_take_scan": QT_TRANSLATE_NOOP("ImportUndo", "seen at a stock-take since the import"),
    "digital_file": QT_TRANSLATE_NOOP("ImportUndo", "it has a file on the digital shelf"),
    "program_session": QT_TRANSLATE_NOOP("ImportUndo", "it has a session that stays"),
    "participant": QT_TRANSLATE_NOOP("ImportUndo", "someone was enrolled in it since the import"),
    "attendance": QT_TRANSLATE_NOOP("ImportUndo", "attendance was taken since the import"),
}
USED_SINCE = QT_TRANSLATE_NOOP("ImportUndo", "used since the import")
RECORD_STAYS = QT_TRANSLATE_NOOP("ImportUndo", "its record stays")
PARTLY = QT_TRANSLATE_NOOP("ImportUndo", "changed since the import: what was changed since stays, the rest is put "
                                         "back")
NO_BACKUP = QT_TRANSLATE_NOOP(
    "ImportUndo", "changed by the import; how it was before is not known (the backup made just before the import "
                  "is gone, or other changes came between)")
# the rows people look for, and how one is named in a list of what stays
NAMED = ("record", "item", "member", "loan", "fine_entry", "hold", "visit", "program", "program_session")


@dataclass
class Kept:
    """A row the undo leaves as it is, and why (a template of context "ImportUndo")."""

    entity: str  # "record" | "item" | "member" | another table
    label: str  # its title, barcode or card number and name
    reason: str


@dataclass
class UndoPlan:
    """What undoing one import does (``plan_undo``) or did (``undo_import``, ``done``)."""

    audit_id: int
    action: str
    file: str
    at: datetime
    removed: dict[str, int] = field(default_factory=dict)  # table -> rows removed
    restored: dict[str, int] = field(default_factory=dict)  # table -> rows whose fields were put back
    kept: list[Kept] = field(default_factory=list)
    put_aside: list[str] = field(default_factory=list)  # copies freed for a reservation: the hold shelf
    sent: bool = False  # some of the import had gone to the district in a bundle already
    done: bool = False
    _remove: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _restore: dict[str, dict[int, dict[str, Any]]] = field(default_factory=dict, repr=False)
    _options: Any = field(default=undo_circulation.NOTHING, repr=False)  # the circulation options put back
    _for_waiting: list[int] = field(default_factory=list, repr=False)  # the copies of ``put_aside``

    @property
    def nothing(self) -> bool:
        return not self.removed and not self.restored


def _import_line(by: Staff | None, audit_id: int) -> tuple[AuditLog, dict[str, Any]]:
    """The import's audit line and details, once the acting account may undo it and it can be undone."""
    row = AuditLog.get_or_none(AuditLog.id == audit_id)
    if row is None or row.action not in UNDOABLE:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No import number {id} in the audit log."), id=audit_id)
    auth.require(by, UNDOABLE[row.action])
    detail = json.loads(row.detail) if row.detail else {}
    if not detail.get("log"):
        raise Refused(QT_TRANSLATE_NOOP(
            "Errors", "The import of {file} was made by an older Pustaka, which did not note what it wrote: it "
                          "cannot be undone. Restore the backup made before it (Cadangan), or delete its records by "
                          "hand."), reason="too_old", file=detail.get("file", ""))
    done = undone_by(detail["log"])
    if done is not None:
        raise Refused(QT_TRANSLATE_NOOP("Errors", "The import of {file} was already undone on {when} by {who}."),
                      reason="undone", file=detail.get("file", ""), when=format_datetime(done.at), who=done.username)
    return row, detail


def plan_undo(lib: Library, by: Staff | None, audit_id: int) -> UndoPlan:
    """What undoing the import of audit line ``audit_id`` would remove, put back and keep (nothing written)."""
    row, detail = _import_line(by, audit_id)
    plan = UndoPlan(audit_id, row.action, files_of(detail["log"], detail.get("file", "")), row.at)
    first = detail["log"][0]
    lines = list(log_lines.of_import(lib.site_id, detail["log"]).tuples())
    if not lines:
        return plan
    newest = max(_order(version) for *_, version in lines)
    oldest = min(_order(json.loads(fields)["from"] if op in _BULK else version)
                 for _, _, op, fields, version in lines)
    added = log_lines.added(lib.db, lines)
    changed = log_lines.touched(lib.db, [line[:4] for line in lines if line[2] in _UPDATES])
    before, between = _backup_before(lib, detail.get("backup", ""), first)
    try:
        unknown = _copies_not_in_backup(changed, added, before, between)
        _plan_removals(plan, added, newest, unknown)
        _plan_restores(plan, changed, added, before, between, oldest, newest)
        plan._options = undo_circulation.options_before(detail, before, audit_id)
        if plan._options is not undo_circulation.NOTHING:
            plan.restored["setting"] = 1
    finally:
        if before is not None:
            before.close()
    _keep_held_copies(plan)
    waiting = undo_circulation.for_the_waiting(plan._restore.get("item", {}), set(plan._remove.get("hold", ())))
    plan._for_waiting, plan.put_aside = [rid for rid, _ in waiting], [label for _, label in waiting]
    plan.sent = _sent(lib, first, row.at)
    return plan


def _copies_not_in_backup(changed: dict[str, list[str]], added: dict[str, list[str]],
                          before: sqlite3.Connection | None, between: dict[str, set[str]]) -> set[int]:
    """The copies the import changed (a loan list puts its copies on loan) whose state before it the backup does
    not tell: their imported loans still out stay (``undo_circulation.COPY_UNKNOWN``)."""
    fresh = set(added.get("item", ()))
    uids = [uid for uid in changed.get("item", ()) if uid not in fresh]
    if not uids:
        return set()
    now = {rid: uid for rid, *_, uid in _rows(Item, uids, "uid")}
    known = set(_old_rows(before, "item", list(now), [Item.status])) if before is not None else set()
    unknown = between.get("item", set())
    return {rid for rid, uid in now.items() if rid not in known or uid in unknown}


def _keep_held_copies(plan: UndoPlan) -> None:
    """A copy a loan still out or a reservation put aside holds, that both stay as they are, keeps its status (a loan
    the desk renewed since stays, and its copy is still out)."""
    restore = plan._restore.get("item")
    if not restore:
        return
    # (a reservation the import put aside that the undo puts back to waiting holds nothing; nor a loan it removes)
    going = {rid for rid, values in plan._restore.get("hold", {}).items() if "status" in values}
    held = undo_circulation.held_copies(restore, set(plan._remove.get("loan", ())),
                                        set(plan._remove.get("hold", ())) | going)
    emptied = undo_circulation.drop_held_status(restore, held)
    if emptied:
        plan.restored["item"] -= emptied
        if not plan.restored["item"]:
            del plan.restored["item"], plan._restore["item"]


def _order(version: str) -> str:
    """A version's place in time (13-digit milliseconds and the counter: text order is time order)."""
    return version[TIME_ORDER]


def _rows(model: type[SyncModel], uids: list[str], *columns: str) -> list[tuple[Any, ...]]:
    table = model._meta.table_name
    names = ", ".join(f'"{name}"' for name in ("id", "version", "deleted", "field_versions", *columns))
    out: list[tuple[Any, ...]] = []
    for part in parts(uids):
        out += model._meta.database.execute_sql(
            f'SELECT {names} FROM "{table}" WHERE uid IN ({", ".join("?" * len(part))})', part).fetchall()
    return out


def _plan_removals(plan: UndoPlan, added: dict[str, list[str]], newest: str, unknown_copies: set[int]) -> None:
    """The added rows still as the import left them, less those a staying row uses (until nothing changes:
    a copy lent since keeps its record), and less the copies of a record that stays (a book stays whole)."""
    candidates: dict[tuple[str, int], None] = {}
    changed: list[tuple[str, int, str]] = []
    for table, uids in added.items():
        if table not in ENTITY:
            continue
        for rid, version, deleted, versions in _rows(ENTITY[table], uids):
            if deleted:
                continue
            if _changed_since(version, versions, newest):
                changed.append((table, rid, versions))
            else:
                candidates[(table, rid)] = None
    users = _users([*candidates, *((table, rid) for table, rid, _ in changed)])
    for table, rid, versions in changed:  # (a copy lent since is changed too: the loan says better why it stays)
        used = [child for child in users.get((table, rid), ()) if child not in candidates]
        _keep(plan, table, rid, undo_circulation.changed_reason(table, rid, versions, newest)
              or (USED_BY.get(used[0][0], USED_SINCE) if used else CHANGED_SINCE))
    fines = [rid for table, rid in candidates if table == "fine_entry"]
    for rid in undo_circulation.paid_since(fines, newest, set(fines)):
        del candidates[("fine_entry", rid)]
        _keep(plan, "fine_entry", rid, undo_circulation.PAID_SINCE)
    loans = [rid for table, rid in candidates if table == "loan"]
    for rid in undo_circulation.open_loans_on(unknown_copies, loans):
        del candidates[("loan", rid)]
        _keep(plan, "loan", rid, undo_circulation.COPY_UNKNOWN)
    staying = {rid for table, rid, _ in changed if table == "record"}
    while True:
        blocked = {key: child for key, children in users.items() if key in candidates
                   for child in children if child not in candidates}
        if not blocked:
            break
        for (table, rid), (child_table, _) in blocked.items():
            del candidates[(table, rid)]
            _keep(plan, table, rid, USED_BY.get(child_table, USED_SINCE))
            if table == "record":
                staying.add(rid)
    for rid in _copies_of(staying, [rid for table, rid in candidates if table == "item"]):
        del candidates[("item", rid)]
        _keep(plan, "item", rid, RECORD_STAYS)
    for rid in _terms_in_use([rid for table, rid in candidates if table == "subject"],
                             {rid for table, rid in candidates if table == "record"}):
        del candidates[("subject", rid)]  # (the subject list keeps the terms of the records that stay)
    for table, rid in candidates:
        plan._remove.setdefault(table, []).append(rid)
        plan.removed[table] = plan.removed.get(table, 0) + 1


def _changed_since(version: str, versions: str, newest: str) -> bool:
    """Whether a row was written after the import (``newest``: the import's last version), leaving out the
    covers and photos the import's own pictures step attaches after its transaction (``slims_pictures``)."""
    if _order(version) <= newest:
        return False
    stamps = json.loads(versions) if versions else {}
    return any(_order(stamp) > newest for name, stamp in stamps.items() if name not in _PICTURES) or not stamps


def _terms_in_use(subjects: list[int], removed_records: set[int]) -> list[int]:
    """Those of the ``subjects`` whose term a record that stays has (records keep their subjects as JSON)."""
    if not subjects:
        return []
    used: set[str] = set()
    for rid, terms in Record.select(Record.id, Record.subjects).where(Record.deleted == False).tuples():  # noqa: E712
        if terms and rid not in removed_records:
            used.update(term.lower() for term in json.loads(terms) if isinstance(term, str))
    return [rid for rid, term in Subject.select(Subject.id, Subject.term).where(Subject.id.in_(subjects)).tuples()
            if term.lower() in used]


def _copies_of(records: set[int], items: list[int]) -> list[int]:
    """Those of ``items`` that are copies of ``records``."""
    if not records:
        return []
    found = []
    for part in parts(items):
        found += [rid for rid, record in Item.select(Item.id, Item.record).where(Item.id.in_(part)).tuples()
                  if record in records]
    return found


def _users(candidates: list[tuple[str, int]]) -> dict[tuple[str, int], list[tuple[str, int]]]:
    """{(table, id): the rows pointing at it} for the candidates: a live synced row, or a row of this PC's
    own tables (a stock-take scan, a file on the digital shelf); the review list's items are not uses."""
    by_table: dict[str, list[int]] = {}
    for table, rid in candidates:
        by_table.setdefault(table, []).append(rid)
    users: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for table, ids in by_table.items():
        for fk, child in ENTITY[table]._meta.backrefs.items():
            if child is ReviewFlag:
                continue
            child_table = child._meta.table_name
            live = ' AND "deleted" = 0' if issubclass(child, SyncModel) else ""
            for part in parts(ids):
                for parent, child_id in child._meta.database.execute_sql(
                        f'SELECT "{fk.column_name}", id FROM "{child_table}" '
                        f'WHERE "{fk.column_name}" IN ({", ".join("?" * len(part))}){live}', part):
                    users.setdefault((table, parent), []).append((child_table, child_id))
    return users


def _keep(plan: UndoPlan, table: str, rid: int, reason: str) -> None:
    if table in NAMED:
        plan.kept.append(Kept(table, _label(table, rid), reason))


def _label(table: str, rid: int) -> str:
    model = ENTITY[table]
    row = model.get_by_id(rid)
    if table == "record":
        return row.title
    if table == "item":
        return f"{row.barcode} · {row.record.title}"
    if table == "loan":  # (the copy, who had it, the day lent: as the notebook wrote it)
        return f"{row.item.barcode} · {row.member.name} · {format_date(row.loaned_at)}"
    if table == "fine_entry":
        return f"{row.member.number} · {row.member.name} · {format_money(row.amount)}"
    if table == "hold":
        return f"{row.record.title} · {row.member.name}"
    if table == "visit":
        return f"{format_date(row.at)} · {row.name or row.group_name or (row.member.name if row.member else '')}"
    if table == "program":
        return row.name
    if table == "program_session":
        return f"{row.program.name} · {format_date(row.starts_at)}"
    return f"{row.number} · {row.name}"


def _backup_before(lib: Library, name: str, first: int) -> tuple[sqlite3.Connection | None, dict[str, set[str]]]:
    """The backup made before the import, open to read, and the rows changed between it and the import (a
    backup made minutes earlier is used again for the next import: ``backup.IMPORT_REUSE``): for those the
    backup does not say how they were just before the import."""
    path = backup_dir(lib.path) / name if name and lib.path is not None else None
    if path is None or not path.is_file():
        return None, {}
    try:
        conn = backup.open_readonly(path)
        newest = backup.newest_line(conn, lib.site_id)
    except sqlite3.Error:
        return None, {}
    between = log_lines.touched_since(lib.db, lib.site_id, newest, first - 1)
    return conn, {table: set(uids) for table, uids in between.items()}


def _plan_restores(plan: UndoPlan, changed: dict[str, list[str]], added: dict[str, list[str]],
                   before: sqlite3.Connection | None, between: dict[str, set[str]], oldest: str, newest: str) -> None:
    """The fields the import wrote on rows that were there before, as the backup has them, where nobody
    wrote them again since."""
    for table, uids in changed.items():
        model = ENTITY.get(table)
        fresh = set(added.get(table, ()))
        uids = [uid for uid in uids if uid not in fresh]
        if model is None or not uids:
            continue
        fields = [f for name, f in model._meta.fields.items() if name not in write.BOOKKEEPING]
        now = {row[0]: row for row in _rows(model, uids, "uid", *(f.column_name for f in fields))}
        then = _old_rows(before, table, list(now), fields) if before is not None else {}
        unknown = between.get(table, set())
        for rid, (_, _, deleted, versions, uid, *values) in now.items():
            if deleted:
                continue
            if rid not in then or uid in unknown:
                if not (table == "item" and plan.action != "catalog.import"):  # (its open loan says so)
                    _keep(plan, table, rid, NO_BACKUP)
                continue
            stamps = json.loads(versions) if versions else {}
            put_back, edited = {}, False
            for f, value, old in zip(fields, values, then[rid], strict=True):
                stamp = _order(stamps.get(f.name, ""))
                if value == old or not stamp or stamp < oldest:
                    continue
                if stamp > newest:
                    edited = edited or f.name not in _PICTURES  # (a cover the import's pictures step added stays)
                else:
                    put_back[f.name] = f.python_value(old)
            if edited and not (table == "item" and plan.action != "catalog.import"):
                # (a copy lent since: its status is the desk's; what the import wrote alone is put back. After a loan
                # import the loan that stays is named instead)
                _keep(plan, table, rid, PARTLY if put_back else CHANGED_SINCE)
            if put_back:
                plan._restore.setdefault(table, {})[rid] = put_back
                plan.restored[table] = plan.restored.get(table, 0) + 1


def _old_rows(conn: sqlite3.Connection, table: str, ids: list[int], fields: list[Any]) -> dict[int, tuple[Any, ...]]:
    names = ", ".join(f'"{f.column_name}"' for f in fields)
    out = {}
    for part in parts(ids):
        for rid, *values in conn.execute(
                f'SELECT id, {names} FROM "{table}" WHERE id IN ({", ".join("?" * len(part))})', part):
            out[rid] = tuple(values)
    return out


def _sent(lib: Library, first: int, at: datetime) -> bool:
    """Whether some of the import may be at the district already: a partner acknowledged its lines, or a
    bundle was made since it."""
    return (SyncPeer.select().where(SyncPeer.acked_seq >= first).exists()
            or SyncBundleLog.select().where((SyncBundleLog.direction == "out") & (SyncBundleLog.result == "made")
                                            & (SyncBundleLog.at >= at)).exists())


def undo_import(lib: Library, by: Staff | None, audit_id: int, progress: Progress | None = None,
                cancel: Cancel | None = None) -> UndoPlan:
    """Undo the import of audit line ``audit_id`` as ``plan_undo`` says, in one transaction after a backup (a
    cancel rolls it all back: ``Cancelled``)."""
    plan = plan_undo(lib, by, audit_id)
    if plan.nothing:
        return plan
    backup.backup_before(lib, "import-undo")
    log = json.loads(AuditLog.get_by_id(audit_id).detail)["log"]
    with lib.transaction():
        # planned again inside the transaction: the desk may have lent one of the copies meanwhile
        plan = plan_undo(lib, by, audit_id)
        own_first = write.last_seq(lib) + 1  # (the undo's own lines: ``undone_rows``)
        total, done = max(1, sum(plan.removed.values())), 0
        for table, ids in plan._remove.items():
            for part in parts(ids):
                checkpoint(progress, cancel, done / total, QT_TRANSLATE_NOOP("Progress", "Undoing the import"))
                _remove(lib, table, part)
                done += len(part)
        checkpoint(progress, cancel, 1.0, QT_TRANSLATE_NOOP("Progress", "Undoing the import"))
        for table, rows in plan._restore.items():
            model = ENTITY[table]
            for rid, values in rows.items():
                if table == "item" and rid in plan._for_waiting:
                    values = {k: v for k, v in values.items() if k != "status"}  # (the queue decides: below)
                if values:
                    write.update(lib, model.get_by_id(rid), **values)
        for table in ("record", "item"):  # (a value put back that the review list had named: named again)
            review.reopen_restored(lib, plan._restore.get(table, {}), of_copies=table == "item")
        for rid in plan._for_waiting:  # freed for a member waiting: on the hold shelf, as if returned at the desk
            holds.release_copy(lib, Item.get_by_id(rid))
        undo_circulation.put_options_back(plan._options)
        removed_items = plan._remove.get("item", [])
        _forget_review_items(plan._remove.get("record", []), removed_items)
        new_barcodes.remember(lib, [], removed_items)  # (no labels to print for copies that are gone)
        removed = {key: plan.removed.get(table, 0) for table, key in _AUDITED.items()
                   if plan.removed.get(table) or key in _ALWAYS.get(plan.action, ())}
        # (``undo_log``: undone_rows.UNDO_LINES, the undo's own lines)
        auth.audit(lib, by, "import.undo", "import", str(audit_id), log=log, file=plan.file, **removed,
                   restored=sum(plan.restored.values()), kept=len(plan.kept), undo_log=[own_first, write.last_seq(lib)])
    plan.done = True
    return plan


# the removed rows as the undo's audit line counts them (those of a catalogue or members import always, for its
# sentence: "0 members")
_AUDITED = {"record": "records", "item": "copies", "member": "members", "loan": "loans", "fine_entry": "fines",
            "hold": "reservations", "visit": "visits", "program_session": "sessions"}
_ALWAYS = {"catalog.import": ("records", "copies", "members"), "members.import": ("records", "copies", "members")}


def _remove(lib: Library, table: str, ids: list[int]) -> None:
    """Tombstone a part of the rows (``batches.parts``): their change-log lines are written in one statement, which must
    stay under the SQLite of Windows' limit of 32,766 values (a move-in of 50,000 books is undone too)."""
    model = ENTITY[table]
    code = _CODES.get(table)
    with write.transaction(lib):
        rows = list(model.select().where(model.id.in_(ids)))
        for row in rows:
            if code:  # (its barcode or card number may come in again with the right file)
                write.update(lib, row, **{code: f"{getattr(row, code)}{_FREED}{row.id}"})
            write.delete(lib, row)
        if table == "member":  # (nothing left to say of a removed member's registration: members_from_before)
            members_from_before.forget(row.uid for row in rows)


def _forget_review_items(records: list[int], items: list[int]) -> None:
    """The review list's open items about removed records and copies: nothing left to check."""
    for column, ids in ((ReviewFlag.record, records), (ReviewFlag.item, items)):
        for part in parts(ids):
            ReviewFlag.delete().where(column.in_(part) & ReviewFlag.resolved_at.is_null()).execute()
