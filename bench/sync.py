"""Sync benchmarks: snapshot and one-day bundles both ways, a district inbox, union search."""

from __future__ import annotations

import json
import random
import statistics
import time
import uuid
from datetime import timedelta
from pathlib import Path

from pustaka_desktop.core import auth, profile, store
from pustaka_desktop.core.clock import SystemClock
from pustaka_desktop.core.models import Item, Loan, Member, SyncPeer, Visit
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.sync import bundle, enrolment, export, hub, importer, keys, union

from . import BenchContext, Row

SCALED_VILLAGES = 20  # of the 200 in the target; the figure is scaled up linearly


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
    village.close()

    # district inbox: synthetic village bundles of 5,000 copies each, signed by enrolled keys
    inbox = root / "inbox"
    inbox.mkdir()
    fakes = []
    for n in range(SCALED_VILLAGES):
        fake = Library.open(root / f"v{n}.sqlite3", SystemClock())
        profile.init_library(fake, name=f"Desa {n}", code=f"V{n:03d}", librarian="a", password="abcdef1")
        enrolment.make_request(fake, _staff(fake), root / f"req{n}.json")
        district.activate()
        enrolment.accept_request(district, dstaff, root / f"req{n}.json", root / f"ans{n}.json")
        fake.activate()
        enrolment.finish(fake, _staff(fake), root / f"ans{n}.json")
        fakes.append(fake)
        _synthetic_bundle(fake, district.site_id, inbox, rng)
        fake.close()
    district.activate()
    started = time.perf_counter()
    lines = hub.import_folder(district, dstaff, inbox)
    took = time.perf_counter() - started
    ok = sum(1 for line in lines if line.result == "applied")
    out.append(Row("sync: district inbox, 200 bundles x 5,000 copies (scaled)", took * 200 / SCALED_VILLAGES, "s", 180,
                   note=f"measured {SCALED_VILLAGES} bundles in {took:.1f} s ({ok} applied), x{200 // SCALED_VILLAGES}"))

    # union search at 1,000,000 copies: fill union tables directly up to that size
    _grow_union(district, 1_000_000, rng)
    words = ["sejarah", "pertanian", "cerita rakyat", "matematika", "islam", "anak", "budidaya lele", "kesehatan",
             "resep", "bahasa inggris", "ko", "indonesia", "pramoedya", "tere liye", "komputer"]
    times = []
    for _ in range(5):
        for word in words:
            started = time.perf_counter()
            union.search(district, word)
            times.append((time.perf_counter() - started) * 1000)
    p95 = statistics.quantiles(times, n=20)[-1]
    copies = district.db.execute_sql("SELECT count(*) FROM union_copy").fetchone()[0]
    records = district.db.execute_sql("SELECT count(*) FROM union_record").fetchone()[0]
    out.append(Row("sync: union catalogue search p95 (with holdings)", p95, "ms", 50,
                   note=f"{copies:,} copies, {records:,} union records, {len(times)} searches"))
    district.close()
    return out


def _synthetic_bundle(fake: Library, district_site: str, inbox: Path, rng: random.Random) -> None:
    from pustaka_desktop.core.demo.names import AUTHORS, TOPICS

    peer = SyncPeer.get(SyncPeer.site == district_site)
    version = fake.hlc.tick()
    stamp = fake.clock.now().strftime("%Y-%m-%d %H:%M:%S")
    lines = []
    records = []
    for _ in range(3000):
        ddc, subject, titles = rng.choice(TOPICS)
        title = f"{rng.choice(titles)} {rng.randrange(4000)}"
        author = rng.choice(AUTHORS)
        uid = str(uuid.uuid4())
        records.append(uid)
        isbn = f"978602{rng.randrange(10**7):07d}" if rng.random() < 0.8 else ""
        lines.append(json.dumps({"e": "record", "u": uid, "o": fake.site_id, "v": version, "d": False, "c": stamp,
                                 "m": stamp, "fv": {"*": version},
                                 "f": {"title": title, "isbn": isbn, "ddc": ddc, "publisher": "Gramedia",
                                       "authors": json.dumps([{"name": author}]), "subjects": json.dumps([subject]),
                                       "year": 2010}}))
    for n in range(5000):
        lines.append(json.dumps({"e": "item", "u": str(uuid.uuid4()), "o": fake.site_id, "v": version, "d": False,
                                 "c": stamp, "m": stamp, "fv": {"*": version},
                                 "f": {"record_id": records[n % len(records)], "barcode": f"B{n:06d}",
                                       "status": "available"}}))
    manifest = {"schema": 1, "app": "bench", "bundle_id": str(uuid.uuid4()), "created_at": fake.clock.now().isoformat(),
                "sender": {"site": fake.site_id, "code": fake.profile.code}, "receiver": {"site": district_site},
                "snapshot": True, "ranges": {fake.site_id: [1, 5000]}, "acks": {}, "members": "pseudonymised"}
    name = bundle.file_name(fake.profile.code, peer.code, "20261124", manifest["bundle_id"])
    with open(inbox / name, "wb") as handle:
        bundle.write(handle, manifest, {bundle.CHANGES: lines}, lambda data: keys.sign(fake, data))


def _grow_union(lib: Library, target_copies: int, rng: random.Random) -> None:
    """Top the union catalogue up to ``target_copies`` copies (100k titles, 200 villages)."""
    from pustaka_desktop.core.demo.names import AUTHORS, TOPICS

    conn = lib.db.connection()
    have = conn.execute("SELECT count(*) FROM union_copy").fetchone()[0]
    with lib.transaction():
        base = conn.execute("SELECT coalesce(max(id), 0) FROM union_record").fetchone()[0]
        unions = []
        for n in range(100_000):
            ddc, subject, titles = rng.choice(TOPICS)
            unions.append((base + n + 1, f"bench:{n}", f"{rng.choice(titles)} {n % 997}", rng.choice(AUTHORS), ""))
        conn.executemany("INSERT INTO union_record (id, key, title, authors, isbn, publisher, ddc, data, adopted, "
                         "copies, available, villages) VALUES (?,?,?,?,?,'', '', '{}', 0, 10, 8, 5)", unions)
        conn.executemany("INSERT INTO union_record_fts(rowid, title, authors, isbn, publisher) VALUES (?,?,?,?, '')",
                         [(u[0], u[2], u[3], u[4]) for u in unions])
        links, copies = [], []
        sites = [f"site-{s}" for s in range(200)]
        per = max(1, (target_copies - have) // 100_000)
        for n, u in enumerate(unions):
            for k in range(per):
                record_uid = f"r-{n}-{k}"
                links.append((record_uid, u[0], sites[(n + k) % 200]))
                copies.append((f"i-{n}-{k}", record_uid, sites[(n + k) % 200], f"B{n}-{k}",
                               "available" if rng.random() < 0.8 else "on_loan", 0))
        conn.executemany("INSERT INTO union_link (record_uid, union_id, site) VALUES (?,?,?)", links)
        conn.executemany("INSERT INTO union_copy (item_uid, record_uid, site, barcode, status, deleted) "
                         "VALUES (?,?,?,?,?,?)", copies)
