"""Writing a bundle for a partner site to any folder (a USB stick, a cloud-synced folder).

A bundle holds every change the receiver has not acknowledged yet, so a lost stick costs nothing:
the next bundle carries the same changes again. The first bundle (nothing acknowledged yet) is a
full snapshot. The file is written as ``*.partial``, flushed to disk, renamed, then read back and
verified (signature, hashes, counts) before anyone is told the stick can be removed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ... import __version__
from .. import auth
from ..catalog import review
from ..community import members_from_before
from ..errors import Cancelled, NotFound, PustakaError, Refused
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Progress
from ..practice.library import require_real
from ..reports.impact import records_began
from ..reports.period import Period
from ..service import Library
from ..store import log_lines
from ..store.batches import marks, parts
from ..store.clock import local_today
from ..store.files import atomic_write, existing_folder, remove_stale_partials
from ..store.migrations import LATEST
from ..store.models import SYNC_MODELS, ChangeLog, Staff, SyncBundleLog, SyncPeer
from . import bundle, district_from_before, grants, keys, lost, replicas
from .changes import Encoder, own_max_seq


@dataclass
class ExportResult:
    path: Path
    bundle_id: str
    rows: int
    snapshot: bool
    verified: bool


def peer_by_site_or_code(site_or_code: str) -> SyncPeer:
    peer = SyncPeer.get_or_none(SyncPeer.site == site_or_code) or SyncPeer.get_or_none(
        (SyncPeer.code == site_or_code.upper()) & (SyncPeer.status == "active"))
    if peer is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No partner library {site} is enrolled here."), site=site_or_code)
    if peer.status != "active":
        raise Refused(QT_TRANSLATE_NOOP("Errors", "The library {site} was revoked; no bundles for it."),
                      reason="revoked", site=site_or_code)
    return peer


def village_docs(lib: Library, peer: SyncPeer, snapshot: bool, high: int,
                 progress: Progress, cancel: Callable[[], bool]) -> Iterator[str]:
    """Rows for the district: a snapshot of everything, or the rows touched since its last ack."""
    encoder = Encoder(lib, full_members=peer.full_members)
    touched: dict[str, list[str]] = {}
    if not snapshot:  # (a bulk import's line names a range of rows: log_lines)
        touched = log_lines.touched_since(lib.db, lib.site_id, peer.acked_seq, high)
    for index, model in enumerate(SYNC_MODELS):
        if cancel():
            raise Cancelled()
        table = model._meta.table_name
        progress(0.05 + 0.85 * index / len(SYNC_MODELS), QT_TRANSLATE_NOOP("Progress", "Packing the changes"))
        if snapshot:
            yield from encoder.lines(model)
            continue
        uids = touched.get(table, [])
        for part in parts(uids):
            yield from encoder.lines(model, f"WHERE uid IN ({marks(part)})", part)


def export_bundle(lib: Library, by: Staff, to: str, folder: str | Path, progress: Progress | None = None,
                  cancel: Callable[[], bool] | None = None) -> ExportResult:
    """Write the bundle for partner ``to`` (site id or library code) into ``folder``."""
    auth.require(by, "sync.manage")
    require_real(lib)  # a practice library never travels
    keys.require_genuine(lib)
    report = progress or (lambda fraction, message: None)
    stop = cancel or (lambda: False)
    peer = peer_by_site_or_code(to)
    folder = existing_folder(folder)
    remove_stale_partials(folder, "pustaka-*.zip.partial")  # a bundle cut short last time
    bundle_id = str(uuid.uuid4())
    now = lib.clock.now()
    p = lib.profile
    with lib.transaction():
        # each bundle ends with a change number of its own: the partner orders this library's bundles by their
        # numbers, not by a clock that may be set a year wrong (``importer._newest_from``). The line carries no
        # row; it is kept though the stick has no room for the bundle, since it is noted as sent below (a line
        # noted and then taken back would look like a restored backup; one more is harmless)
        ChangeLog.create(origin=lib.site_id, seq=own_max_seq(lib) + 1, entity="_clock", row_uid="", op="export",
                         version=lib.hlc.tick(), fields="", at=now)
    with lib.transaction():  # one consistent read of the database
        high = own_max_seq(lib)
        keys.note_sent(lib, high)  # beside the keys: a later restore of an older backup is recognised
        snapshot = peer.acked_seq == 0
        low = 1 if snapshot else peer.acked_seq + 1
        manifest: dict[str, Any] = {
            "schema": LATEST, "app": __version__, "bundle_id": bundle_id, "created_at": now.isoformat(),
            "sender": {"site": lib.site_id, "code": p.code, "name": p.name, "kind": p.kind},
            "receiver": {"site": peer.site, "code": peer.code},
            "snapshot": snapshot,
            "ranges": {lib.site_id: [low, high]} if high >= low else {},
            "acks": {peer.site: peer.received_seq},
            "members": "full" if peer.full_members else "pseudonymised",
        }
        if lib.is_district:
            files, extra = replicas.outgoing(lib, peer, high, report, stop)
            manifest.update(extra)
        else:
            files = {bundle.CHANGES: village_docs(lib, peer, snapshot, high, report, stop)}
            manifest["grants_applied"] = grants.applied_grant_uids()
            manifest["lost_received"] = lost.received_ids()  # the district stops sending those lists
            manifest["lost_dismissed"] = lost.dismissed_loans()  # the district closes those loans
            # what is still on the village's review list (an import's values kept as written): the district shows it
            # per village, so the officer knows whose moved-in catalogue needs a visit before its books are counted
            manifest["review_open"] = review.open_count(lib)
            # the day each kind of record began here (a library that moved in on 1 March has no visitors before):
            # the district averages and totals over what was recorded, as the village's own reports do
            manifest["records_began"] = recorded_since(lib)
            # members a moved-in list gave no registration date, by the day their rows say (district_from_before):
            # the district counts them as the village's report does, never as new members
            manifest[district_from_before.KEY] = members_from_before.by_stand_in_day(lib)
        name = bundle.file_name(p.code, peer.code, now, bundle_id, lambda taken: (folder / taken).exists())
        target = folder / name
        with atomic_write(target) as handle:
            manifest = bundle.write(handle, manifest, files, lambda data: keys.sign(lib, data), stop)
    report(0.93, QT_TRANSLATE_NOOP("Progress", "Checking the bundle"))
    verify_written(lib, target)
    rows = manifest["files"].get(bundle.CHANGES, {}).get("records", 0)
    with lib.transaction():
        if snapshot:
            peer.snapshot_sent = True
            peer.save()
        SyncBundleLog.create(bundle_id=bundle_id, direction="out", peer=peer.site, file_name=name, at=now,
                             result="made", rows=rows)
        auth.audit(lib, by, "sync.export", "site", peer.site, bundle=bundle_id, rows=rows,
                   members=manifest["members"])
    report(1.0, QT_TRANSLATE_NOOP("Progress", "Done"))
    return ExportResult(target, bundle_id, rows, snapshot, True)


def recorded_since(lib: Library) -> dict[str, str | None]:
    """``impact.records_began`` as the bundle carries it: ``{"visits": "2025-03-01", "loans": ..., "sessions": None}``."""
    today = local_today(lib.clock)
    return {kind: day.isoformat() if day else None
            for kind, day in records_began(lib, Period.custom(today, today)).items()}


def verify_written(lib: Library, path: Path) -> None:
    """Read the file back from the stick: signature and every hash must match what we meant."""
    try:
        opened = bundle.open_bundle(path)
        with opened.zf:
            if not keys.verify(keys.public_key_b64(lib), opened.signature, opened.manifest_bytes):
                raise ValueError
            for name in opened.manifest["files"]:
                opened.verify(name)  # streamed: hash and count, never the whole file in memory
    except (Refused, ValueError, OSError):
        try:
            path.unlink(missing_ok=True)
        except OSError:  # the stick was taken out while it was read back: the file stays on it, unchecked
            raise Refused(QT_TRANSLATE_NOOP(
                "Errors", "The USB stick was taken out while the bundle {path} was being checked, so it may be "
                          "incomplete. Put the stick back and write the bundle again (the district refuses an "
                          "incomplete bundle by itself, and nothing is lost)."),
                reason="verify-failed", path=str(path)) from None
        raise Refused(QT_TRANSLATE_NOOP(
            "Errors", "The bundle written to {path} did not read back correctly (bad USB stick?). It was removed; "
                      "try again or use another stick."), reason="verify-failed", path=str(path)) from None


@dataclass
class PartnerBundle:
    """What became of one partner's bundle when the office wrote them all: its bundle, or why not."""

    code: str
    name: str
    result: ExportResult | None = None
    error: PustakaError | None = None


def export_for_all(lib: Library, by: Staff, folder: str | Path, progress: Progress | None = None,
                   cancel: Callable[[], bool] | None = None) -> list[PartnerBundle]:
    """A bundle for every enrolled partner (the district's villages) into ``folder``, in code order: the officer
    fills one stick for the monthly meeting instead of choosing 60 villages one by one. Each file names its
    village (``pustaka-DIN-to-SKM-...zip``), and a village reading the whole stick leaves the others' bundles on it
    (``hub.import_folder``). One that cannot be written is reported and the rest are still written; a bundle
    written before a cancel stays (it is whole and checked)."""
    auth.require(by, "sync.manage")
    require_real(lib)  # (said once, not once per village)
    keys.require_genuine(lib)
    report = progress or (lambda fraction, message: None)
    stop = cancel or (lambda: False)
    peers = list(SyncPeer.select().where(SyncPeer.status == "active").order_by(SyncPeer.code))
    out: list[PartnerBundle] = []
    share = 1 / max(1, len(peers))
    for index, peer in enumerate(peers):
        if stop():
            raise Cancelled()

        def part(fraction: float, message: str, base: float = index * share) -> None:
            report(base + share * max(0.0, min(1.0, fraction)), message)

        line = PartnerBundle(peer.code, peer.name)
        try:
            line.result = export_bundle(lib, by, peer.site, folder, part, stop)
        except Cancelled:
            raise
        except PustakaError as exc:  # (a full stick, a read-back that failed: said per village)
            line.error = exc
        out.append(line)
    report(1.0, QT_TRANSLATE_NOOP("Progress", "Done"))
    return out
