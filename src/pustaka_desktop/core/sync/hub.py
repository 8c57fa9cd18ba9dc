"""The district office's side: village rows kept as replicas, the inbox, edits of adopted records.

Village data never mixes with the district's own tables: each village's rows are documents in
``SyncReplica`` (foreign keys as uids, members pseudonymised unless that village opted in), merged
with the same per-field rules as everywhere else. From them the district derives the union
catalogue (``union``) and its statistics (``stats``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import auth
from ..errors import Cancelled, NotFound, PustakaError, Refused
from ..i18n import QT_TRANSLATE_NOOP
from ..models import ChangeLog, GrantPackage, Staff, SyncPeer, SyncReplica
from ..service import Library
from . import bundle
from .changes import DISTRICT_EDITABLE, dumps_line, field_versions
from .conflicts import merge, record_conflicts, record_exception

Progress = Callable[[float, str], None]
CHUNK = 500


def apply_docs(lib: Library, peer: SyncPeer, docs: list[dict[str, Any]], concurrent: Callable[[str], bool],
               progress: Progress, cancel: Callable[[], bool]) -> tuple[int, int]:
    """Merge a village's rows into its replica; returns (rows changed, conflicts)."""
    site = peer.site
    now = lib.clock.now().strftime("%Y-%m-%d %H:%M:%S")
    conn = lib.db.connection()
    changed = conflicts = 0
    touched: dict[str, set[str]] = {"record": set(), "item": set(), "loan": set()}
    for start in range(0, len(docs), CHUNK):
        if cancel():
            raise Cancelled()
        if start % (CHUNK * 20) == 0:
            progress(0.1 + 0.7 * start / max(1, len(docs)), "rows")
        part = docs[start:start + CHUNK]
        marks = ",".join("?" * len(part))
        existing = {row[0]: row for row in conn.execute(
            "SELECT uid, site, entity, version, deleted, data, field_versions, updated FROM sync_replica "
            f"WHERE uid IN ({marks})", [d["u"] for d in part])}
        inserts, updates = [], []
        for doc in part:
            entity, uid = doc["e"], doc["u"]
            old = existing.get(uid)
            if old is None:
                fv = doc["fv"] if len(doc["fv"]) > 1 else {}
                inserts.append((uid, site, entity, doc["o"], doc["v"], int(bool(doc["d"])),
                                json.dumps(doc["f"], ensure_ascii=False), json.dumps(fv) if fv else "",
                                doc["c"], doc["m"], now))
                existing[uid] = (uid, site, entity, doc["v"], int(bool(doc["d"])), json.dumps(doc["f"]),
                                 json.dumps(fv) if fv else "", doc["m"])
            else:
                if old[1] != site or old[2] != entity:
                    record_exception(lib, "foreign-row", f"foreign-row:{uid}:{site}", entity=entity, uid=uid,
                                     owner=old[1], sender=site)
                    continue
                data = json.loads(old[5])
                local = {"f": data, "fv": field_versions(old[6], old[3]), "v": old[3], "d": old[4]}
                merged = merge(local, doc, concurrent)
                if merged.conflicts:
                    record_conflicts(lib, entity, uid, merged, site)
                    conflicts += len(merged.conflicts)
                if not merged.changed:
                    continue
                data.update(merged.fields)
                fv = merged.fv if len(merged.fv) > 1 else {}
                text = json.dumps(data, ensure_ascii=False)
                updates.append((merged.version, int(merged.deleted), text, json.dumps(fv) if fv else "",
                                max(old[7], doc["m"]), now, uid))
                existing[uid] = (uid, site, entity, merged.version, int(merged.deleted), text,
                                 json.dumps(fv) if fv else "", max(old[7], doc["m"]))
            if entity in touched:
                touched[entity].add(uid)
        if inserts:
            conn.executemany(
                "INSERT INTO sync_replica (uid, site, entity, origin, version, deleted, data, field_versions, "
                "created, updated, received_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)", inserts)
        if updates:
            conn.executemany("UPDATE sync_replica SET version=?, deleted=?, data=?, field_versions=?, updated=?, "
                             "received_at=? WHERE uid=?", updates)
        changed += len(inserts) + len(updates)
    from . import union

    progress(0.85, "union")
    union.refresh(lib, site, touched["record"], touched["item"])
    _check_double_loans(lib, site, touched["loan"])
    return changed, conflicts


def _check_double_loans(lib: Library, site: str, loan_uids: set[str]) -> None:
    """The same copy out on two open loans (two PCs lending it, a restored database...). One pass over
    the sending village's open loans (its copies are its own, so that is where a double shows)."""
    if not loan_uids:
        return
    rows = lib.db.connection().execute(
        "SELECT json_extract(data, '$.item_id') AS item, group_concat(uid, ' '), "
        "group_concat(json_extract(data, '$.loaned_at'), ' / ') FROM sync_replica "
        "WHERE entity = 'loan' AND site = ? AND deleted = 0 AND json_extract(data, '$.returned_at') IS NULL "
        "GROUP BY item HAVING count(*) > 1", (site,)).fetchall()
    for item, uids, times in rows:
        loans = sorted(uids.split())
        record_exception(lib, "double-loan", "double-loan:" + ":".join(loans), item=item, site=site, loans=loans,
                         loaned_at=times)


def after_import(lib: Library, peer: SyncPeer, manifest: dict[str, Any]) -> None:
    for uid in manifest.get("grants_applied") or []:
        GrantPackage.update(status="received", received_at=lib.clock.now()).where(
            (GrantPackage.uid == uid) & (GrantPackage.site == peer.site) & (GrantPackage.status == "ready")).execute()


def replica_doc(row: SyncReplica) -> dict[str, Any]:
    return {"e": row.entity, "u": row.uid, "o": row.origin, "v": row.version, "d": bool(row.deleted),
            "c": row.created, "m": row.updated, "f": json.loads(row.data),
            "fv": field_versions(row.field_versions, row.version)}


def outgoing(lib: Library, peer: SyncPeer, high: int, progress: Progress,
             cancel: Callable[[], bool]) -> tuple[dict[str, Iterator[str]], dict[str, Any]]:
    """The files of a district bundle for one village: the district's edits of that village's
    adopted records, the catalogue pack, and the grant packages waiting for it."""
    from . import catalog_pack

    def changes() -> Iterator[str]:
        uids = [u for (u,) in ChangeLog.select(ChangeLog.row_uid).where(
            (ChangeLog.origin == lib.site_id) & (ChangeLog.seq > peer.acked_seq) & (ChangeLog.seq <= high)
            & (ChangeLog.entity != "_clock")).distinct().tuples()]
        for start in range(0, len(uids), CHUNK):
            part = uids[start:start + CHUNK]
            for row in SyncReplica.select().where(SyncReplica.uid.in_(part) & (SyncReplica.site == peer.site)):
                yield dumps_line(replica_doc(row))

    def grants() -> Iterator[str]:
        for grant in GrantPackage.select().where((GrantPackage.site == peer.site)
                                                 & (GrantPackage.status == "ready")).order_by(GrantPackage.id):
            yield dumps_line({"uid": grant.uid, "name": grant.name, **json.loads(grant.data)})

    files = {bundle.CHANGES: changes(), bundle.CATALOG_PACK: catalog_pack.pack_lines(lib), bundle.GRANTS: grants()}
    return files, {}


def edit_replica(lib: Library, by: Staff, uid: str, **changes: Any) -> SyncReplica:
    """A district edit of a village's adopted record: a new version, logged so it travels back."""
    auth.require(by, "sync.manage")
    row = SyncReplica.get_or_none(SyncReplica.uid == uid)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That row no longer exists."))
    if row.entity not in DISTRICT_EDITABLE:
        raise Refused(QT_TRANSLATE_NOOP("Errors", "That belongs to the village; the district cannot change it."),
                      reason="not-owner")
    data = json.loads(row.data)
    unknown = set(changes) - set(data)
    if unknown:
        raise ValueError(f"unknown fields {sorted(unknown)}")
    changed = [k for k, v in changes.items() if data[k] != v]
    if not changed:
        return row
    with lib.transaction():
        version = lib.hlc.tick()
        fv = field_versions(row.field_versions, row.version)
        for name in changed:
            data[name] = changes[name]
            fv[name] = version
        row.data = json.dumps(data, ensure_ascii=False)
        row.field_versions = json.dumps(fv)
        row.version = version
        row.updated = lib.clock.now().strftime("%Y-%m-%d %H:%M:%S")
        row.save()
        from .export import own_max_seq

        ChangeLog.create(origin=lib.site_id, seq=own_max_seq(lib) + 1, entity=row.entity, row_uid=uid,
                         op="update", version=version, fields=json.dumps(changed), at=lib.clock.now())
    return row


# --- inbox: a folder of bundles from many villages --------------------------------------------------


@dataclass
class InboxLine:
    file: str
    result: str  # applied | already | rejected
    sender: str = ""
    rows: int = 0
    changed: int = 0
    reason: str = ""
    error: PustakaError | None = None


def import_folder(lib: Library, by: Staff, folder: str | Path, progress: Progress | None = None,
                  cancel: Callable[[], bool] | None = None,
                  on_line: Callable[[InboxLine], None] | None = None) -> list[InboxLine]:
    """Import every bundle in ``folder`` (oldest first); one bad bundle never stops the others.

    Each bundle is applied in its own transaction, so ``cancel`` stops between bundles or rolls back
    the one being read; the bundles before it stay imported. ``on_line`` hears each result as it
    comes, so a caller still knows them when a later cancel raises ``Cancelled``."""
    from .importer import ImportResult, import_bundle, log_rejected

    auth.require(by, "sync.manage")
    report = progress or (lambda fraction, message: None)
    stop = cancel or (lambda: False)
    files = sorted(p for p in Path(folder).iterdir() if p.is_file() and p.suffix.lower() == ".zip")
    out: list[InboxLine] = []
    share = 1 / max(1, len(files))
    for index, path in enumerate(files):
        if stop():
            raise Cancelled()
        report(index * share, path.name)

        def part(fraction: float, message: str, base: float = index * share, name: str = path.name) -> None:
            report(base + share * max(0.0, min(1.0, fraction)), name)

        try:
            result = import_bundle(lib, by, path, part, stop)
            line = InboxLine(path.name, result.result, result.sender, result.rows, result.changed)
        except PustakaError as exc:
            line = InboxLine(path.name, "rejected", sender=bundle_sender_code(path.name),
                             reason=getattr(exc, "reason", ""), error=exc)
            log_rejected(lib, ImportResult(str(path), result="rejected", reason=line.reason, message=exc.message()))
        out.append(line)
        if on_line is not None:
            on_line(line)
    report(1.0, "done")
    return out


def bundle_sender_code(file_name: str) -> str:
    """The sender's library code from a bundle's file name (``pustaka-SKM-to-DIN-...zip``), for a
    bundle too damaged to read its manifest; '' when the name is not one of ours."""
    name = Path(file_name).name
    if not name.startswith("pustaka-") or "-to-" not in name:
        return ""
    return name[len("pustaka-"):name.index("-to-")]
