"""The district office's side: village rows kept as replicas, the inbox, edits of adopted records.

Village data never mixes with the district's own tables: each village's rows are documents in
``SyncReplica`` (foreign keys as uids, members pseudonymised unless that village opted in), merged
with the same per-field rules as everywhere else. From them the district derives the union
catalogue (``union``) and its statistics (``stats``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from .. import auth
from ..errors import Cancelled, NotFound, Refused
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Progress
from ..service import Library
from ..store import log_lines
from ..store.batches import parts
from ..store.db import bigger_cache
from ..store.models import ChangeLog, GrantPackage, Staff, SyncPeer, SyncReplica
from . import (
    bundle,
    catalog_pack,
    dialect,
    district_from_before,
    district_recorded,
    lost,
    staging,
    tally,
    union,
    union_rebuild,
    union_write,
)
from .changes import DISTRICT_EDITABLE, Applied, bad_row, dumps_line, field_versions, own_max_seq, valid_doc
from .merge import merge, record_conflicts, record_exception

_TOUCHED = ("record", "item")  # the rows the union catalogue is refreshed from
_DOC = "s.n, s.e, s.u, s.o, s.v, s.d, s.c, s.m, s.f, s.fv"  # a staged row's parts, the document it was


def _stage_batch(conn, batch: staging.Batch) -> None:
    """One batch of staged rows (``staging``'s file, attached as ``stage``) copied into a TEMP table of
    its own, which the rest reads. No index on u (it cost a fifth of the staging, and made counting the
    distinct uids slower): it is made only for a batch that holds a row twice (``_apply_stream``)."""
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS sync_stage {staging.SCHEMA}")
    conn.execute("DROP INDEX IF EXISTS temp.sync_stage_u")
    conn.execute("DELETE FROM temp.sync_stage")
    conn.execute(f"INSERT INTO temp.sync_stage ({staging.COLUMNS}) SELECT {staging.COLUMNS} FROM stage.sync_stage "
                 "WHERE n BETWEEN ? AND ?", (batch.first, batch.last))


def apply_stream(lib: Library, peer: SyncPeer, staged: staging.Staged, concurrent: Callable[[str], bool],
                 total: int, progress: Progress, cancel: Callable[[], bool]):
    """Merge a village's rows (staged, attached as ``stage``: ``staging``) into its replica, a batch at
    a time. Rows new here are copied by SQLite from their staged parts; rows already here are merged
    field by field in Python."""
    # random uid inserts: the indexes stay in memory; a batch's staging rows never reach a temp file
    with bigger_cache(lib.db.connection(), IMPORT_CACHE_KIB, temp_kib=STAGE_CACHE_KIB):
        return _apply_stream(lib, peer, staged, concurrent, total, progress, cancel)


IMPORT_CACHE_KIB = 128_000  # SQLite page cache while a bundle is applied (128 MB; 16 MB otherwise)
STAGE_CACHE_KIB = 32_000  # the staging table's cache (a batch of 5,000 lines is ~6 MB with its parts)


def _apply_stream(lib: Library, peer: SyncPeer, staged: staging.Staged, concurrent: Callable[[str], bool],
                  total: int, progress: Progress, cancel: Callable[[], bool]):

    site = peer.site
    now = lib.clock.now().strftime("%Y-%m-%d %H:%M:%S")
    conn = lib.db.connection()
    union_rebuild.ensure_current(lib)
    changes = union_write.Changes(dialect.conn(lib))  # union counts and district figures, added up per change
    seconds = tally.offset_seconds()
    applied = Applied()
    touched: dict[str, set[str]] = {name: set() for name in _TOUCHED}
    loans = 0
    for batch in staged.batches:
        if cancel():
            raise Cancelled()
        progress(0.05 + 0.75 * applied.rows / max(1, total), QT_TRANSLATE_NOOP("Progress", "Applying the changes"))
        if batch.bad:
            raise bad_row()
        _stage_batch(conn, batch)
        staged_rows = conn.execute("SELECT e, u, n FROM temp.sync_stage").fetchall()
        dupes = len(staged_rows) - len({uid for _, uid, _ in staged_rows})
        applied.rows += batch.last - batch.first + 1
        applied.highest = max(applied.highest, batch.highest)
        old_rows = conn.execute(
            f"SELECT {_DOC}, r.uid, r.site, r.entity, r.version, r.deleted, r.data, r.field_versions, r.updated "
            "FROM temp.sync_stage s JOIN sync_replica r ON r.uid = s.u").fetchall()
        if old_rows or dupes:
            fresh = "NOT EXISTS (SELECT 1 FROM sync_replica r WHERE r.uid = s.u)"
        else:
            fresh = "1"  # every row of the batch is new here (a snapshot): no look-up per row
        if dupes:  # the same row twice in one batch (never written so; merge them one by one)
            conn.execute("CREATE INDEX temp.sync_stage_u ON sync_stage (u)")
            old_rows += conn.execute(
                f"SELECT {_DOC}, NULL FROM temp.sync_stage s WHERE {fresh} "
                "AND s.n > (SELECT min(n) FROM temp.sync_stage twin WHERE twin.u = s.u)").fetchall()
            fresh += " AND n = (SELECT min(n) FROM temp.sync_stage twin WHERE twin.u = s.u)"
        skip = {row[0] for row in old_rows}
        for entity, uid, n in staged_rows:
            if entity in touched and n not in skip:
                touched[entity].add(uid)
        loans += batch.loans
        tally.add_fresh(conn, site, fresh, seconds, into=changes.conn)
        # field versions are kept only when they hold more than the row's version ("*"): json_remove, not a
        # json_each count per row
        cursor = conn.execute(
            "INSERT INTO sync_replica (uid, site, entity, origin, version, deleted, data, field_versions, created, "
            "updated, received_at) SELECT u, ?, e, o, v, CASE WHEN d THEN 1 ELSE 0 END, f, "
            "CASE WHEN json_remove(fv, '$.\"*\"') = '{}' THEN '' ELSE fv END, c, m, ? FROM temp.sync_stage s "
            f"WHERE {fresh} ORDER BY n", (site, now))
        applied.changed += cursor.rowcount
        if old_rows:
            _merge_existing(lib, site, old_rows, concurrent, now, touched, applied, changes.tally, seconds)
    conn.execute("DELETE FROM temp.sync_stage")
    progress(0.85, QT_TRANSLATE_NOOP("Progress", "Updating the union catalogue"))
    union.refresh(lib, site, touched["record"], touched["item"], changes)
    changes.flush()
    if loans:
        _check_double_loans(lib, site)
    return applied


def _merge_existing(lib: Library, site: str, old_rows: list[tuple], concurrent: Callable[[str], bool], now: str,
                    touched: dict[str, set[str]], applied, figures: dict, seconds: int) -> None:
    """Rows this replica already holds (or that came twice): per-field last-writer-wins."""

    conn = lib.db.connection()
    for row in sorted(old_rows):
        _n, e, u, o, v, d, c, m, f, fv = row[:10]
        doc = {"e": e, "u": u, "o": o, "v": v, "d": bool(d), "c": c, "m": m, "f": json.loads(f), "fv": json.loads(fv)}
        if not valid_doc(doc):
            raise bad_row()
        entity, uid = doc["e"], doc["u"]
        old = conn.execute("SELECT uid, site, entity, version, deleted, data, field_versions, updated "
                           "FROM sync_replica WHERE uid = ?", (uid,)).fetchone() if row[10] is None else row[10:]
        if old is None:  # pragma: no cover - the first of a duplicate was inserted just before
            raise bad_row()
        if old[1] != site or old[2] != entity:
            record_exception(lib, "foreign-row", f"foreign-row:{uid}:{site}", entity=entity, uid=uid,
                             owner=old[1], sender=site)
            continue
        data = json.loads(old[5])
        local = {"f": data, "fv": field_versions(old[6], old[3]), "v": old[3], "d": old[4]}
        merged = merge(local, doc, concurrent)
        if merged.conflicts:
            record_conflicts(lib, entity, uid, merged, site)
            applied.conflicts += len(merged.conflicts)
        if not merged.changed:
            continue
        before = (bool(old[4]), dict(data))
        data.update(merged.fields)
        tally.add_change(figures, site, entity, before, (bool(merged.deleted), data), seconds)
        fv = merged.fv if len(merged.fv) > 1 else {}
        conn.execute("UPDATE sync_replica SET version=?, deleted=?, data=?, field_versions=?, updated=?, "
                     "received_at=? WHERE uid=?",
                     (merged.version, int(merged.deleted), json.dumps(data, ensure_ascii=False),
                      json.dumps(fv) if fv else "", max(old[7], doc["m"]), now, uid))
        applied.changed += 1
        if entity in touched:
            touched[entity].add(uid)


def _check_double_loans(lib: Library, site: str) -> None:
    """The same copy out on two open loans (two PCs lending it, a restored database...). One pass over
    the sending village's open loans (its copies are its own, so that is where a double shows)."""
    rows = lib.db.connection().execute(
        "SELECT json_extract(data, '$.item_id') AS item, group_concat(uid, ' '), "
        "group_concat(json_extract(data, '$.loaned_at'), ' / ') FROM sync_replica "
        "WHERE entity = 'loan' AND site = ? AND deleted = 0 AND json_extract(data, '$.returned_at') IS NULL "
        "GROUP BY item HAVING count(*) > 1", (site,)).fetchall()
    for item, uids, times in rows:
        loans = sorted(uids.split())
        record_exception(lib, "double-loan", "double-loan:" + ":".join(loans), item=item, site=site, loans=loans,
                         loaned_at=times)


def after_import(lib: Library, peer: SyncPeer, manifest: dict[str, Any], newest: bool = True) -> None:
    """What a village bundle says beside its rows; ``newest``: made after every bundle read from it before
    (an older one read late, as names sort on a stick, must not bring back an older review count)."""
    for uid in manifest.get("grants_applied") or []:
        GrantPackage.update(status="received", received_at=lib.clock.now()).where(
            (GrantPackage.uid == uid) & (GrantPackage.site == peer.site) & (GrantPackage.status == "ready")).execute()
    lost.confirmed(peer.site, manifest.get("lost_received"))
    lost.close_dismissed(lib, peer.site, manifest.get("lost_dismissed"))
    if newest:
        tally.note_review(peer.site, manifest)
        district_recorded.note(peer.site, manifest)
        district_from_before.note(peer.site, manifest)


def replica_doc(row: SyncReplica) -> dict[str, Any]:
    return {"e": row.entity, "u": row.uid, "o": row.origin, "v": row.version, "d": bool(row.deleted),
            "c": row.created, "m": row.updated, "f": json.loads(row.data),
            "fv": field_versions(row.field_versions, row.version)}


def outgoing(lib: Library, peer: SyncPeer, high: int, progress: Progress,
             cancel: Callable[[], bool]) -> tuple[dict[str, Iterator[str]], dict[str, Any]]:
    """The files of a district bundle for one village: the district's edits of that village's
    adopted records, the catalogue pack, the grant packages waiting for it, and the list of what it lost
    in a restore while the village has not confirmed it."""
    def changes() -> Iterator[str]:
        touched = log_lines.touched_since(lib.db, lib.site_id, peer.acked_seq, high)
        uids = list(dict.fromkeys(uid for rows in touched.values() for uid in rows))
        for part in parts(uids):
            for row in SyncReplica.select().where(SyncReplica.uid.in_(part) & (SyncReplica.site == peer.site)):
                yield dumps_line(replica_doc(row))

    def grants() -> Iterator[str]:
        for grant in GrantPackage.select().where((GrantPackage.site == peer.site)
                                                 & (GrantPackage.status == "ready")).order_by(GrantPackage.id):
            yield dumps_line({"uid": grant.uid, "name": grant.name, **json.loads(grant.data)})

    files = {bundle.CHANGES: changes(), bundle.CATALOG_PACK: catalog_pack.pack_lines(lib), bundle.GRANTS: grants()}
    lost_lines, extra = lost.outgoing(peer.site)  # after the village restored an older backup: what it lost
    if lost_lines:
        files[bundle.LOST] = iter(lost_lines)
    return files, extra


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
        version = lib.hlc.tick_after(row.version)  # wins over the village's version, even one from a fast clock
        fv = field_versions(row.field_versions, row.version)
        for name in changed:
            data[name] = changes[name]
            fv[name] = version
        row.data = json.dumps(data, ensure_ascii=False)
        row.field_versions = json.dumps(fv)
        row.version = version
        row.updated = lib.clock.now().strftime("%Y-%m-%d %H:%M:%S")
        row.save()
        ChangeLog.create(origin=lib.site_id, seq=own_max_seq(lib) + 1, entity=row.entity, row_uid=uid,
                         op="update", version=version, fields=json.dumps(changed), at=lib.clock.now())
    return row


# --- inbox: a folder of bundles from many villages --------------------------------------------------


