"""Reading a bundle from a partner: verify everything first, then apply all of it or nothing.

Checks, in order: the zip is whole and holds only the expected file names (no paths, no zip bombs);
the bundle is addressed to this site; the sender is an enrolled, not revoked, site; the Ed25519
signature over the manifest is good; its format and schema are ones this version understands; every
file matches the manifest's SHA-256 and record count. Only then, in one transaction, the rows are
merged (see ``conflicts``), acknowledgements recorded and the version clock moved past every
imported version. A bundle already applied is reported and skipped; an older bundle arriving late
merges to no change.
"""

from __future__ import annotations

import base64
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from peewee import fn

from .. import auth
from ..errors import Cancelled, PustakaError, Refused
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Progress, paused_gc
from ..service import Library
from ..store import backup, log_lines, unfinished
from ..store.batches import parts
from ..store.hlc import Version
from ..store.migrations import LATEST
from ..store.models import SYNC_MODELS, ChangeLog, Staff, SyncBundleLog, SyncPeer
from . import bundle, bundle_clock, catalog_pack, grants, keys, lost, replicas, staging
from .changes import (
    DISTRICT_EDITABLE,
    ROW_KEYS,
    Applied,
    Encoder,
    bad_row,
    blob_columns,
    bool_columns,
    fk_columns,
    own_max_seq,
    valid_doc,
)
from .merge import merge, record_conflicts, record_exception


@dataclass
class ImportResult:
    path: str
    bundle_id: str = ""
    sender: str = ""  # library code
    sender_site: str = ""
    result: str = ""  # applied | already | rejected
    rows: int = 0  # rows in the bundle
    changed: int = 0  # rows that changed here
    conflicts: int = 0
    reason: str = ""
    message: str = ""  # why it was rejected (English template, formatted)
    error: PustakaError | None = field(default=None, repr=False)
    grants: list[tuple[str, int]] = field(default_factory=list)  # book grants applied: (name, copies added)


def _refused(template: str, reason: str, **params: Any) -> Refused:
    return Refused(template, reason=reason, **params)


def check(lib: Library, opened: bundle.Opened) -> SyncPeer:
    """Everything but the data files: who sent it, signature, addressee, versions."""
    m = opened.manifest
    if m.get("format") != bundle.FORMAT:
        raise _refused(QT_TRANSLATE_NOOP("Errors", "This bundle has format {found}; this version reads format {known}. "
                                                   "Update Pustaka."), "format", found=m.get("format"),
                       known=bundle.FORMAT)
    sender = (m.get("sender") or {}).get("site", "")
    code = (m.get("sender") or {}).get("code", "?")  # (``sender``: the inbox names the village it came from)
    if (m.get("receiver") or {}).get("site") != lib.site_id:
        # first: a bundle for another district is that, whether or not its village is enrolled here too
        raise _refused(QT_TRANSLATE_NOOP("Errors", "This bundle is addressed to another library ({code})."),
                       "wrong-receiver", code=(m.get("receiver") or {}).get("code", "?"), sender=code)
    peer = SyncPeer.get_or_none(SyncPeer.site == sender)
    if peer is None:
        raise _refused(QT_TRANSLATE_NOOP("Errors", "The bundle comes from a library that is not enrolled here ({code})."),
                       "unknown-site", code=code, sender=code)
    if peer.status != "active":
        raise _refused(QT_TRANSLATE_NOOP("Errors", "The bundle comes from {code}, which was revoked; refused."),
                       "revoked", code=peer.code, sender=peer.code)
    if not keys.verify(peer.public_key, opened.signature, opened.manifest_bytes):
        raise _refused(QT_TRANSLATE_NOOP("Errors", "The bundle's signature is wrong: it was altered or not made by "
                                                   "{code}. Refused."), "bad-signature", code=peer.code, sender=peer.code)
    schema = m.get("schema")
    if not isinstance(schema, int) or schema > LATEST:
        raise _refused(QT_TRANSLATE_NOOP("Errors", "This bundle was made by a newer Pustaka (schema {found}; this "
                                                   "version knows {known}). Update Pustaka, then import it again."),
                       "schema-too-new", found=schema, known=LATEST)
    return peer


def parse_lines(data: bytes) -> list[dict[str, Any]]:
    try:
        docs = [json.loads(line) for line in data.splitlines() if line]
    except ValueError:
        raise _refused(QT_TRANSLATE_NOOP("Errors", "The bundle is damaged or incomplete (truncated file)."),
                       "damaged") from None
    return docs


def import_bundle(lib: Library, by: Staff, path: str | Path, progress: Progress | None = None,
                  cancel: Callable[[], bool] | None = None, staged: staging.Staged | None = None,
                  watch: bool = False) -> ImportResult:
    """Import one bundle file. Raises ``Refused`` (nothing changed) when it must be rejected.

    ``staged``: its rows already read ahead (the district's inbox: ``staging.Ahead``), used when they
    are the rows its checked manifest names; the caller discards it. ``watch``: a person chose the file (not
    the network exchange, which fetches it again by itself): a power cut during it is told at the next start
    (``store.unfinished``)."""
    with unfinished.watched(lib, "sync.import", path, enabled=watch):
        return _import_bundle(lib, by, path, progress, cancel, staged)


def _import_bundle(lib: Library, by: Staff, path: str | Path, progress: Progress | None,
                   cancel: Callable[[], bool] | None, staged: staging.Staged | None) -> ImportResult:
    auth.require(by, "sync.manage")
    keys.require_genuine(lib)
    report = progress or (lambda fraction, message: None)
    stop = cancel or (lambda: False)
    path = Path(path)
    opened = bundle.open_bundle(path)
    with opened.zf, paused_gc():  # a bundle's rows make no reference cycles
        peer = check(lib, opened)
        m = opened.manifest
        result = ImportResult(str(path), bundle_id=str(m.get("bundle_id", "")), sender=peer.code,
                              sender_site=peer.site)
        # first pass: every file's hash and count, streamed (an altered copy of a bundle applied before
        # is refused, not reported as already applied). The rows file of a new bundle is hashed once, not
        # twice: at a village while it is applied, in the one transaction below (a mismatch at its end
        # rolls all of it back); at the district while it is staged, before anything is applied.
        report(0.02, QT_TRANSLATE_NOOP("Progress", "Checking the bundle"))
        seen = SyncBundleLog.get_or_none((SyncBundleLog.bundle_id == result.bundle_id)
                                         & (SyncBundleLog.direction == "in") & (SyncBundleLog.result == "applied"))
        total = int((m["files"].get(bundle.CHANGES) or {}).get("records", 0) or 0)
        for name in bundle.DATA_FILES:
            if stop():
                raise Cancelled()
            if name != bundle.CHANGES or seen is not None or not total:
                opened.verify(name)
        if seen is not None:
            result.result = "already"
            _log(lib, result, path)
            return result
        pack = parse_lines(opened.read(bundle.CATALOG_PACK))  # small: at most PACK_LIMIT lines
        grant_docs = parse_lines(opened.read(bundle.GRANTS))
        sender_ack = int((m.get("acks") or {}).get(lib.site_id, 0) or 0)
        concurrent = _concurrency_test(lib, sender_ack)
        own = None
        if lib.is_district and total and (staged is None or not staged.fits(m)):
            # read here: not read ahead, or the file changed since (still being copied in); hashed on
            # the way (a file that does not match its manifest is refused before anything is applied)
            staged = own = staging.stage(opened, Path(tempfile.gettempdir()), stop)
        if not lib.is_district:  # the database as it was
            backup.backup_before(lib, "bundle-import", recent=backup.IMPORT_REUSE)
        else:
            backup.daily_backup(lib)  # the day's backup, when the office's PC has not made it yet today
        # The district makes no copy per import: each bundle is applied in one transaction (a failure
        # rolls it back), and its backups are the daily one (compacted: ``store.db.backup``) and one
        # before each migration. Copying a multi-gigabyte database before every import session filled
        # its disk (issue 22).
        # second pass, in one transaction: the rows in batches (at the district from the staged file)
        try:
            with staging.attached(lib.db.connection(), staged if total else None), lib.transaction():
                _apply(lib, by, peer, opened, result, staged, concurrent, total, pack, grant_docs, report, stop)
        finally:
            if own is not None:
                own.discard()
    report(1.0, QT_TRANSLATE_NOOP("Progress", "Done"))
    return result


def _apply(lib: Library, by: Staff, peer: SyncPeer, opened: bundle.Opened, result: ImportResult,
           staged: staging.Staged | None, concurrent: Callable[[str], bool], total: int, pack: list, grant_docs: list,
           report: Progress, stop: Callable[[], bool]) -> None:
    """Everything a checked bundle changes, inside the import's one transaction."""
    m = opened.manifest
    if lib.is_district:
        # a bundle with no changes is normal (nothing lent since the last one): only its
        # acknowledgements count, and the row staging is not even set up
        applied = replicas.apply_stream(lib, peer, staged, concurrent, total, report, stop) if total else Applied()
        if m.get("snapshot") and total:
            # a village's full snapshot: after a restored backup it lacks what it did since; the district
            # lists what it holds of that, for the village's librarian (``lost``)
            lost.note_snapshot(lib, peer.site)
        replicas.after_import(lib, peer, m, newest=_newest_from(lib, peer, m) is not None)
    else:
        applied = apply_local(lib, peer, doc_batches(opened), concurrent, stop)
        if (pack or bundle.CATALOG_PACK in m["files"]) and _newest_from(lib, peer, m):
            # (an older bundle read after a newer one, as names sort on a stick: its pack is older too)
            catalog_pack.replace_pack(lib, pack)
        result.grants = grants.receive(lib, grant_docs)
        lost.receive(lib, m.get("lost_list"), parse_lines(opened.read(bundle.LOST)))
    if stop():
        raise Cancelled()
    bundle_clock.note(lib, peer.site, peer.code, m)  # (before the acknowledgement moves what was received)
    _acknowledge(lib, peer, m)
    # a village whose own clock is behind is told so (``bundle_clock``), not that the district's is ahead
    _observe(lib, applied.highest, peer.code, blame_sender=not bundle_clock.behind_here(lib, m))
    result.rows = applied.rows
    result.result, result.changed, result.conflicts = "applied", applied.changed, applied.conflicts
    _log(lib, result, Path(result.path))
    auth.audit(lib, by, "sync.import", "site", peer.site, bundle=result.bundle_id, rows=result.rows,
               changed=applied.changed, conflicts=applied.conflicts, file=Path(result.path).name)


def doc_batches(opened: bundle.Opened) -> Iterator[list[dict[str, Any]]]:
    """The rows of ``changes.jsonl`` as checked documents, a batch at a time."""
    for lines in opened.batches(bundle.CHANGES):
        docs = parse_lines(b"\n".join(lines))
        if not all(valid_doc(doc) for doc in docs):
            raise bad_row()
        yield docs


def _log(lib: Library, result: ImportResult, path: Path) -> None:
    SyncBundleLog.create(bundle_id=result.bundle_id, direction="in", peer=result.sender_site, file_name=path.name,
                         at=lib.clock.now(), result=result.result or "rejected", rows=result.changed,
                         detail=_detail(result))


def _detail(result: ImportResult) -> str:
    """Why a bundle was refused, kept as its sentence's template and values (``status.detail_text`` says it in
    the language of whoever reads the log): kept as English text, the Sync page and ``sync status --json``
    showed an Indonesian officer English."""
    if result.error is None:
        return result.message
    error = result.error
    return json.dumps({"context": error.context, "template": error.template, "params": error.params},
                      ensure_ascii=False, default=str)


def log_rejected(lib: Library, result: ImportResult) -> None:
    with lib.transaction():
        _log(lib, result, Path(result.path))


def _concurrency_test(lib: Library, sender_ack: int) -> Callable[[str], bool]:
    cache: dict[str, bool] = {}
    own = lib.site_id

    def concurrent(version: str) -> bool:
        if not version.endswith(own):
            return False
        if version not in cache:
            seq = log_lines.seq_of(lib.db, own, version)
            cache[version] = seq is not None and seq > sender_ack
        return cache[version]

    return concurrent


def _acknowledge(lib: Library, peer: SyncPeer, m: dict[str, Any]) -> None:
    ack = int((m.get("acks") or {}).get(lib.site_id, 0) or 0)
    if ack > own_max_seq(lib):
        # the partner holds changes this database does not: it went back in time (a restored backup).
        # Re-base so the changes made since are numbered above the partner's and sent again.
        keys.rebase(lib, ack, "ack-ahead")
        peer = SyncPeer.get_by_id(peer.id)
    newest = _newest_from(lib, peer, m)
    if newest and ack < peer.acked_seq:
        # the partner's newest bundle holds less of ours than it once acknowledged: it restored an older
        # backup and lost them. Send them again from there (an older bundle arriving late is not this)
        peer.acked_seq = ack if ack >= keys.rebased_at(lib) else 0  # (0: a full snapshot goes next)
    elif ack >= keys.rebased_at(lib):
        # an acknowledgement from before the last re-base counts changes of the old history, whose
        # numbers the changes made since the restore may reuse: ignored, a full snapshot goes next
        peer.acked_seq = max(peer.acked_seq, min(ack, own_max_seq(lib)))
    span = (m.get("ranges") or {}).get(peer.site)
    if span and int(span[0]) <= peer.received_seq + 1:
        peer.received_seq = max(peer.received_seq, int(span[1]))
    peer.last_bundle_at = lib.clock.now()
    if newest:
        peer.last_bundle_made = newest
        peer.last_bundle_id = str(m.get("bundle_id", ""))
    peer.save()


# A bundle said to be made more than this after this PC's clock was made by a clock set wrong.
MADE_AHEAD = timedelta(days=1)


def _newest_from(lib: Library, peer: SyncPeer, m: dict[str, Any]) -> datetime | None:
    """When the bundle was made, if after every bundle counted from this partner before; else None.

    The partner's own change numbers tell first, whatever its clock says: a bundle bringing changes numbered
    past every one received was made after every bundle received (a village whose clock fell a year behind
    is followed, not held back until its clock is set right), and one whose changes end before those received
    is an older bundle read late. Only a bundle that brings nothing new is ordered by its clock."""
    made = bundle_clock.made_at(m)  # kept to the second
    if made is None:
        return None
    span = (m.get("ranges") or {}).get(peer.site)
    if span and int(span[1]) != peer.received_seq:
        return made if int(span[1]) > peer.received_seq else None
    last = peer.last_bundle_made
    if last is not None and last > lib.clock.now() + MADE_AHEAD >= made:
        # the newest counted so far was made while the partner's clock was ahead (a year typed wrong in the
        # BIOS): every bundle made since its clock was set right is "older", and its review count and the days
        # its records began would stay as they were for a year
        last = None
    if last is not None and made <= last:
        return None
    return made


def _observe(lib: Library, highest: str, sender: str = "", blame_sender: bool = True) -> None:
    """Move the version clock past everything imported, and keep that across restarts (the clock
    starts from the highest version in the change log). ``blame_sender``: a stamp far ahead is reported as
    the sender's clock being ahead."""
    if not highest:
        return
    if not lib.hlc.observe_peer(highest):
        # the sender's clock is far ahead of ours: never adopted (it would stop this PC's desk and
        # travel on to every other PC); the clock moved only as far as drift allows, and it is reported
        ahead = Version.parse(highest).wall_ms - int(lib.clock.now().timestamp() * 1000)
        if blame_sender:
            record_exception(lib, "future-stamp", f"future-stamp:{sender}:{lib.clock.now().date()}", sender=sender,
                             stamp=highest, ahead_days=round(ahead / 86_400_000, 1))
        highest = lib.hlc.last
    current = ChangeLog.select(fn.MAX(ChangeLog.version)).scalar() or ""
    if highest > current:
        ChangeLog.create(origin=lib.site_id, seq=own_max_seq(lib) + 1, entity="_clock", row_uid="", op="observe",
                         version=highest, fields="", at=lib.clock.now())


# --- applying rows to this library's own tables (a village receiving the district's edits) -----------


def apply_local(lib: Library, peer: SyncPeer, batches: Iterable[list[dict[str, Any]]],
                concurrent: Callable[[str], bool], cancel: Callable[[], bool]) -> Applied:
    """Merge the district's rows (edits of records it adopted) into this library's own tables, a
    batch at a time (each batch in table order, so references resolve)."""
    encoder = Encoder(lib)
    applied = Applied()
    ids = _IdMaps(lib)
    for docs in batches:
        if any(doc["e"] not in DISTRICT_EDITABLE for doc in docs):
            raise _refused(QT_TRANSLATE_NOOP("Errors", "The bundle changes data the district does not own; "
                                                       "refused."), "not-owner")
        applied.rows += len(docs)
        applied.highest = max(applied.highest, *(doc["v"] for doc in docs)) if docs else applied.highest
        by_entity: dict[str, list[dict[str, Any]]] = {}
        for doc in docs:
            by_entity.setdefault(doc["e"], []).append(doc)
        for model in SYNC_MODELS:
            rows = by_entity.get(model._meta.table_name)
            if rows:
                for part in parts(rows):
                    if cancel():
                        raise Cancelled()
                    _apply_local_part(lib, peer, model, part, encoder, ids, concurrent, applied)
    return applied


def _apply_local_part(lib: Library, peer: SyncPeer, model: type, part: list[dict[str, Any]], encoder: Encoder,
                      ids: _IdMaps, concurrent: Callable[[str], bool], applied: Applied) -> None:
    table = model._meta.table_name
    columns = set(model._meta.columns) - set(ROW_KEYS)
    fks, blobs, bools = fk_columns(model), blob_columns(model), bool_columns(model)
    where = "WHERE uid IN (" + ",".join("?" * len(part)) + ")"
    existing = {d["u"]: d for d in encoder.rows(model, where, [d["u"] for d in part])}
    for doc in part:
        if not set(doc["f"]) <= columns:
            raise bad_row()
        local = existing.get(doc["u"])
        if local is None:
            values = _raw(ids, doc["f"], fks, blobs, bools)
            fv = doc["fv"] if len(doc["fv"]) > 1 else {}
            cols = ["uid", "origin", "version", "deleted", "created_at", "updated_at", "field_versions", *values]
            params = [doc["u"], doc["o"], doc["v"], int(bool(doc["d"])), doc["c"], doc["m"],
                      json.dumps(fv) if fv else "", *values.values()]
            lib.db.execute_sql(
                f'INSERT INTO "{table}" ({",".join(_q(c) for c in cols)}) VALUES ({",".join("?" * len(cols))})',
                params)
            existing[doc["u"]] = doc  # the same row twice in one bundle merges with the first
            applied.changed += 1
            continue
        merged = merge(local, doc, concurrent)
        if merged.conflicts:
            record_conflicts(lib, table, doc["u"], merged, peer.site)
            applied.conflicts += len(merged.conflicts)
        if not merged.changed:
            continue
        values = _raw(ids, merged.fields, fks, blobs, bools)
        fv = merged.fv if len(merged.fv) > 1 else {}
        sets = {**values, "version": merged.version, "deleted": int(merged.deleted),
                "field_versions": json.dumps(fv) if fv else "", "updated_at": max(local["m"], doc["m"])}
        lib.db.execute_sql(f'UPDATE "{table}" SET {",".join(_q(c) + "=?" for c in sets)} WHERE uid=?',
                           [*sets.values(), doc["u"]])
        existing[doc["u"]] = {**local, "f": {**local["f"], **merged.fields}, "fv": merged.fv or {"*": merged.version},
                              "v": merged.version, "d": merged.deleted, "m": max(local["m"], doc["m"])}
        applied.changed += 1


class _IdMaps:
    """uid -> id of the rows a batch refers to, looked up once per uid (not once per reference)."""

    def __init__(self, lib: Library) -> None:
        self.lib = lib
        self.maps: dict[str, dict[str, int]] = {}

    def id_of(self, table: str, uid: str) -> int:
        cache = self.maps.setdefault(table, {})
        found = cache.get(uid)
        if found is None:
            row = self.lib.db.execute_sql(f'SELECT id FROM "{table}" WHERE uid = ?', (uid,)).fetchone()
            if row is None:
                raise _refused(QT_TRANSLATE_NOOP("Errors", "The bundle refers to a row that is not here; refused."),
                               "missing-reference")
            found = cache[uid] = row[0]
        return found


def _q(column: str) -> str:
    return '"' + column.replace('"', "") + '"'


def _raw(ids: _IdMaps, fields: dict[str, Any], fks: dict, blobs: set[str], bools: set[str]) -> dict[str, Any]:
    out = {}
    for name, value in fields.items():
        if name in fks and value is not None:
            value = ids.id_of(fks[name]._meta.table_name, value)
        elif name in blobs and value is not None:
            value = base64.b64decode(value)
        elif name in bools:
            value = int(bool(value))
        out[name] = value
    return out
