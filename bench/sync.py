"""Sync benchmarks: snapshot and one-day bundles both ways (the district inbox, union search and the
district report are in ``sync_district``; the 200 cached village clones are made here)."""

from __future__ import annotations

import base64
import fcntl
import hashlib
import json
import random
import re
import shutil
import time
import uuid
import zipfile
from datetime import timedelta
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pustaka_desktop.core import auth, demo, profile
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import SystemClock
from pustaka_desktop.core.store.migrations import LATEST
from pustaka_desktop.core.store.models import Item, Loan, Member, SyncPeer, Visit
from pustaka_desktop.core.sync import bundle, enrolment, export, importer

from . import CACHE, BenchContext, Row

INBOX_VILLAGES = 200
INBOX_FORMAT = 2  # bump when the cached inbox must be made again
_UUID = re.compile(rb'"([0-9a-f]{8})(-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"')


def _district(root: Path) -> tuple[Library, object]:
    lib = Library.open(root / "district.sqlite3", SystemClock())
    profile.init_library(lib, name="Dinas Perpustakaan", code="DIN", librarian="dinas", password="dinas123",
                         kind="district")
    return lib, auth.login(lib, "dinas", "dinas123")


def _staff(lib: Library):
    return auth.Staff(username="bench", role=auth.LIBRARIAN, active=True)


def rows(ctx: BenchContext) -> list[Row]:
    out: list[Row] = []
    root = ctx.scratch / "sync"
    root.mkdir(exist_ok=True)
    village = Library.open(ctx.copy_db("sync-village"), SystemClock())
    district, dstaff = _district(root)
    vstaff = _staff(village)
    stick = root / "usb"
    stick.mkdir()
    village.activate()
    enrolment.make_request(village, vstaff, root / "req.json")
    district.activate()
    enrolment.accept_request(district, dstaff, root / "req.json", root / "ans.json")
    village.activate()
    enrolment.finish(village, vstaff, root / "ans.json")

    started = time.perf_counter()
    snap = export.export_bundle(village, vstaff, "DIN", stick)
    out.append(Row("sync: full snapshot export (stress library)", time.perf_counter() - started, "s", 10,
                   note=f"{snap.rows:,} rows, {snap.path.stat().st_size / 1e6:.0f} MB, incl. read-back verify"))
    district.activate()
    started = time.perf_counter()
    importer.import_bundle(district, dstaff, snap.path)
    out.append(Row("sync: full snapshot import at the district", time.perf_counter() - started, "s", 20))
    back = export.export_bundle(district, dstaff, SyncPeer.get(SyncPeer.kind == "village").site, stick)
    village.activate()
    importer.import_bundle(village, vstaff, back.path)

    # one busy day: 300 loans, 250 returns, 400 visitors
    rng = random.Random(7)
    now = village.clock.now()
    with village.transaction():
        items = list(Item.select().where(Item.status == "available").limit(300))
        member_ids = [m for (m,) in Member.select(Member.id).limit(2000).tuples()]
        for item in items:
            store.insert(village, Loan, item=item.id, member=rng.choice(member_ids), loaned_at=now,
                         due_on=(now + timedelta(days=7)).date())
            store.update(village, item, status="on_loan")
        for loan in Loan.select().where(Loan.returned_at.is_null()).limit(250):
            store.update(village, loan, returned_at=now)
        for _ in range(400):
            store.insert(village, Visit, at=now, headcount=1, purpose="read")
    started = time.perf_counter()
    day = export.export_bundle(village, vstaff, "DIN", stick)
    out.append(Row("sync: one busy day, village export", time.perf_counter() - started, "s", 1,
                   note=f"{day.rows:,} rows"))
    district.activate()
    started = time.perf_counter()
    importer.import_bundle(district, dstaff, day.path)
    out.append(Row("sync: one busy day, district import", time.perf_counter() - started, "s", 1))
    # the way back: the district's answer (acks, catalogue pack) to the village after that busy day
    started = time.perf_counter()
    answer = export.export_bundle(district, dstaff, village.site_id, stick)
    out.append(Row("sync: one busy day, district export (way back)", time.perf_counter() - started, "s", 1,
                   note=f"{answer.rows:,} rows + catalogue pack"))
    village.activate()
    started = time.perf_counter()
    importer.import_bundle(village, vstaff, answer.path)
    out.append(Row("sync: one busy day, village import (way back)", time.perf_counter() - started, "s", 1,
                   note="backup before import reused (made < 10 min before)"))
    village.close()

    # the district inbox, union search and the district report: bench/sync_district.py
    district.close()
    return out


def inbox_clones() -> list[dict]:
    """200 village snapshots for the district inbox, made once and cached under bench/.cache.

    One demo village (``demo.generate(lib, "village")``: 3,000 records, 5,000 copies, 400 members,
    ~6,000 loans, 4,000 visits...) exports its first bundle (a full pseudonymised snapshot). Each clone
    gets its own site id, key pair and library code, and every uid in the rows is re-keyed for that
    site, so the district sees 200 distinct villages (their titles repeat, as popular titles do). The
    cache keeps each clone's ``changes.jsonl`` zipped; the manifest (addressed to the district of the
    run) is signed with the clone's key at each run. The template village is kept beside them
    (``template_village``), its snapshot acknowledged, for the day-two bundles of ``bench.hub``.

    Built under a lock: two benchmark runs at once (another session's, or the SQLite and the
    PostgreSQL hub runs) once built into the same folder and one found the other's district file
    ("This database already holds a library"), or deleted the other's half-built cache."""
    folder = CACHE / _folder_of()
    index = folder / "clones.json"
    if index.exists():
        return json.loads(index.read_text())
    CACHE.mkdir(exist_ok=True)
    with open(CACHE / "sync-inbox.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if index.exists():  # built by the run we waited for
            return json.loads(index.read_text())
        return _build_clones(folder, index)


def _build_clones(folder: Path, index: Path) -> list[dict]:
    for old in CACHE.glob("sync-inbox-*"):
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
    work = folder / "work"
    work.mkdir(parents=True)
    template = Library.open(work / "village.sqlite3", SystemClock())
    demo.generate(template, "village", seed=3)
    district, dstaff = _district(work)
    tstaff = _staff(template)
    template.activate()
    enrolment.make_request(template, tstaff, work / "req.json")
    district.activate()
    enrolment.accept_request(district, dstaff, work / "req.json", work / "ans.json")
    template.activate()
    enrolment.finish(template, tstaff, work / "ans.json")
    snap = export.export_bundle(template, tstaff, "DIN", work)
    site = template.site_id
    with zipfile.ZipFile(snap.path) as zf:
        data = zf.read(bundle.CHANGES)
        span = json.loads(zf.read(bundle.MANIFEST))["ranges"][site]
    records = data.count(b"\n")
    # The district's answer would acknowledge the snapshot: the template's next bundle is a day's changes.
    SyncPeer.update(acked_seq=span[1]).where(SyncPeer.code == "DIN").execute()
    template.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    template.db.execute_sql("PRAGMA journal_mode = DELETE")
    template.close()
    district.close()
    (work / "village.sqlite3").replace(folder / "template.sqlite3")
    (folder / "template.json").write_text(json.dumps({"site": site}))
    clones = []
    for n in range(INBOX_VILLAGES):
        clone_site = _clone_site(site, n)
        text = rekey(data, site, clone_site)
        key = Ed25519PrivateKey.generate()
        name = f"base-{n:03d}.zip"
        with zipfile.ZipFile(folder / name, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
            zf.writestr(bundle.CHANGES, text)
        clones.append({
            "site": clone_site, "code": f"V{n:03d}", "name": f"Perpustakaan Desa {n:03d}", "file": name,
            "public_key": base64.b64encode(key.public_key().public_bytes(
                serialization.Encoding.Raw, serialization.PublicFormat.Raw)).decode(),
            "private_key": base64.b64encode(key.private_bytes_raw()).decode(),
            "entry": {"sha256": hashlib.sha256(text).hexdigest(), "bytes": len(text), "records": records},
            "ranges": span})
    shutil.rmtree(work, ignore_errors=True)
    index.write_text(json.dumps(clones))
    return clones


def _clone_site(site: str, n: int) -> str:
    return f"{n + 1:08x}" + site[8:]


def rekey(data: bytes, site: str, clone_site: str) -> bytes:
    """The template's changes as the clone's: its site id, and every uid re-keyed with its prefix."""
    prefix = clone_site[:8].encode()
    return _UUID.sub(lambda m: b'"' + prefix + m.group(2) + b'"', data.replace(site.encode(), clone_site.encode()))


def template_village() -> tuple[Path, str]:
    """The cached template village (read-only: copy it before writing) and its site id."""
    folder = CACHE / _folder_of()
    return folder / "template.sqlite3", json.loads((folder / "template.json").read_text())["site"]


def _enrol_clone(district: Library, clone: dict) -> None:
    SyncPeer.create(site=clone["site"], kind="village", code=clone["code"], name=clone["name"],
                    public_key=clone["public_key"], status="active", enrolled_at=district.clock.now())


def _address(clone: dict, district: Library, inbox: Path, changes: Path | None = None, entry: dict | None = None,
             span: list[int] | None = None) -> Path:
    """Copy the clone's cached zip (or ``changes``, a zip holding a later bundle's re-keyed changes,
    described by ``entry`` and ``span``) into the inbox and add a manifest for this district, signed."""
    bundle_id = str(uuid.uuid4())
    manifest = {"schema": LATEST, "app": "bench", "bundle_id": bundle_id, "created_at": district.clock.now().isoformat(),
                "sender": {"site": clone["site"], "code": clone["code"], "name": clone["name"], "kind": "village"},
                "receiver": {"site": district.site_id, "code": "DIN"}, "snapshot": changes is None,
                "ranges": {clone["site"]: span or clone["ranges"]}, "acks": {}, "members": "pseudonymised",
                "grants_applied": [], "format": bundle.FORMAT, "files": {bundle.CHANGES: entry or clone["entry"]}}
    data = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode()
    key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(clone["private_key"]))
    target = inbox / bundle.file_name(clone["code"], "DIN", "20261124", bundle_id)
    shutil.copyfile(changes or CACHE / _folder_of() / clone["file"], target)
    with zipfile.ZipFile(target, "a") as zf:
        zf.writestr(bundle.MANIFEST, data)
        zf.writestr(bundle.SIGNATURE, key.sign(data))
    return target


def _folder_of() -> str:
    from .__main__ import schema_fingerprint

    return f"sync-inbox-{schema_fingerprint()}-{INBOX_FORMAT}"
