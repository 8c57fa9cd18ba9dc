"""The district hub over the network: 200 villages (the cached clones of ``bench.sync``: a full village
snapshot each) push their bundles at once to ``pustaka-cli hub serve`` on loopback, in 256 KB pieces.
Time, the hub process's peak memory, and how many were applied (all must be; none lost).

Then day two: each village does a small day of work through the core in its own copy of the cached
template village (a few loans and returns, a new member, a corrected title, visitor-book lines),
exports its incremental bundle with the normal sync export, re-keyed as that village (as the clones
are) and signed with its key; all push at once again to the same hub. The time per change of both
rounds side by side shows whether the cost follows the changes or the library size. The cached
template and clones are never written (each village works on a copy, deleted afterwards).

``PUSTAKA_BENCH_HUB_VILLAGES`` runs fewer villages (the cached clones are the same);
``PUSTAKA_BENCH_HUB_POSTGRES=1`` runs the hub with its union catalogue in a fresh PostgreSQL database
(``hub serve --database``; the server as in ``bench.hub_pg``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import SimpleNamespace

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pustaka_desktop.core import auth, demo
from pustaka_desktop.core.catalog import records
from pustaka_desktop.core.circulation import loans
from pustaka_desktop.core.community import members, visits
from pustaka_desktop.core.errors import PustakaError
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store.clock import SystemClock
from pustaka_desktop.core.store.models import Item, Loan, Member, MemberType, Record, SyncBundleLog
from pustaka_desktop.core.sync import bundle, client, export, keys

from . import BenchContext, Row
from .sync import INBOX_VILLAGES, _address, _district, _enrol_clone, inbox_clones, rekey, template_village

PUSHERS = 20  # villages uploading at the same moment (200 in the queue)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _push(url: str, hub_key: str, clone: dict, path: Path) -> str:
    key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(clone["private_key"]))
    connection = client.HubConnection(None, url, SimpleNamespace(public_key=hub_key), timeout=600,
                                      sign=key.sign, site=clone["site"])
    return client.send(connection, path)


def _reset_peak(pid: int) -> None:
    """Start the hub's peak-memory count again (Linux: 5 into clear_refs resets VmHWM)."""
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
    except OSError:
        pass


def _a_day(lib: Library, by, rng: random.Random) -> None:
    """A small village day at the desk: returns, loans, a new member, a corrected title, visitors."""
    today = lib.clock.now().date()
    out = [code for (code,) in Item.select(Item.barcode).join(Loan, on=(Loan.item == Item.id))
           .where(Loan.returned_at.is_null()).tuples()]
    for code in rng.sample(out, min(6, len(out))):
        loans.checkin(lib, by, code)
    shelf = [code for (code,) in Item.select(Item.barcode).where(Item.status == "available").tuples()]
    readers = [number for (number,) in Member.select(Member.number)
               .where(Member.expires_on.is_null() | (Member.expires_on >= today)).tuples()]
    lent = 0
    for code in rng.sample(shelf, min(40, len(shelf))):
        if lent == 8:
            break
        try:
            loans.checkout(lib, by, rng.choice(readers), code)
            lent += 1
        except PustakaError:  # a blocked member, an unpaid fine, a reserved copy: the next reader
            continue
    kind = MemberType.select().first()
    new = members.register(lib, by, allow_duplicate=True, member_type=kind.id,
                           name=f"Warga Baru {rng.randrange(10_000)}", gender=rng.choice("MF"))
    record = Record.select().order_by(Record.id).offset(rng.randrange(Record.select().count())).first()
    records.update_record(lib, by, record, title=f"{record.title} (Cetakan Kedua)")
    visits.record_member(lib, by, new.number)
    for _ in range(12):
        visits.record_guest(lib, by, gender=rng.choice("MF"), age_band=rng.choice(members.AGE_BANDS))


def _day_two(clone: dict, n: int, district, scratch: Path, outbox: Path) -> tuple[Path, int]:
    """Village ``clone``'s second bundle: a day of work in a copy of the template, exported, re-keyed."""
    template, template_site = template_village()
    folder = scratch / clone["code"]
    folder.mkdir()
    path = folder / "village.sqlite3"
    shutil.copyfile(template, path)
    lib = Library.open(path, SystemClock())
    try:
        lib.activate()
        by = auth.login(lib, *demo.DEMO_LIBRARIAN)
        # the copy is detected as such; the librarian confirms it is the library (as after a move)
        keys.resolve_copy(lib, by, keep_site=True)
        _a_day(lib, by, random.Random(n))
        made = export.export_bundle(lib, by, "DIN", folder)
    finally:
        lib.close()
    with zipfile.ZipFile(made.path) as zf:
        text = rekey(zf.read(bundle.CHANGES), template_site, clone["site"])
        span = json.loads(zf.read(bundle.MANIFEST))["ranges"][template_site]
    changes = folder / "changes.zip"
    with zipfile.ZipFile(changes, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr(bundle.CHANGES, text)
    entry = {"sha256": hashlib.sha256(text).hexdigest(), "bytes": len(text), "records": made.rows}
    target = _address(clone, district, outbox, changes, entry, span)
    shutil.rmtree(folder)
    return target, made.rows


def _round(url: str, hub_key: str, work: list[tuple[dict, Path]]) -> tuple[float, list[str]]:
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=PUSHERS) as pool:
        results = list(pool.map(lambda job: _push(url, hub_key, *job), work))
    return time.perf_counter() - started, results


def rows(ctx: BenchContext) -> list[Row]:
    if os.environ.get("PUSTAKA_BENCH_HUB_POSTGRES") == "1":
        from .hub_pg import fresh_database, server_dsn

        if not server_dsn():
            return [Row("hub (PostgreSQL): village snapshots pushed over HTTP", None, "s",
                        note="no PostgreSQL server: set PUSTAKA_BENCH_POSTGRES")]
        with fresh_database(server_dsn(), "hub") as dsn:
            return _rows(ctx, dsn)
    return _rows(ctx, "")


def _rows(ctx: BenchContext, database: str) -> list[Row]:
    villages = int(os.environ.get("PUSTAKA_BENCH_HUB_VILLAGES", INBOX_VILLAGES))
    clones = inbox_clones()[:villages]
    root = ctx.scratch / "hub"
    root.mkdir(exist_ok=True)
    district, _staff = _district(root)
    district.activate()
    for clone in clones:
        _enrol_clone(district, clone)
    keys.ensure_identity(district)
    hub_key = keys.public_key_b64(district)
    outbox = root / "outbox"
    outbox.mkdir()
    for clone in clones:
        _address(clone, district, outbox)
    files = sorted(outbox.glob("*.zip"))
    by_code = {clone["code"]: clone for clone in clones}
    work = [(by_code[path.name.split("-")[1]], path) for path in files]
    district_path = district.path
    addressee = SimpleNamespace(site_id=district.site_id, clock=district.clock)
    district.close()

    # day two, made before the hub starts (each village's own work, not the hub's)
    later = root / "day-two"
    later.mkdir()
    days = root / "days"
    days.mkdir()
    started = time.perf_counter()
    second = [(clone, *_day_two(clone, n, addressee, days, later)) for n, clone in enumerate(clones)]
    making_s = time.perf_counter() - started
    second_work = [(clone, path) for clone, path, _rows in second]
    changes_sent = sum(count for _clone, _path, count in second)

    port = _free_port()
    hub = subprocess.Popen([sys.executable, "-c", "import sys; from pustaka_desktop.cli import main; sys.exit(main())",
                            "--db", str(district_path), "hub", "serve", "--host", "127.0.0.1", "--port", str(port),
                            *(["--database", database] if database else [])],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ, PUSTAKA_LANG="en"))
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        url = f"http://127.0.0.1:{port}"
        first_s, first = _round(url, hub_key, work)
        rss = _peak_rss_mb(hub.pid)
        _reset_peak(hub.pid)
        second_s, again = _round(url, hub_key, second_work)
        rss_two = _peak_rss_mb(hub.pid)
    finally:
        hub.terminate()
        hub.wait(timeout=60)
    lib = Library.open(district_path)
    try:
        applied = SyncBundleLog.select().where((SyncBundleLog.direction == "in")
                                               & (SyncBundleLog.result == "applied")).count()
    finally:
        lib.close()
    rows_per_bundle = clones[0]["entry"]["records"] if clones else 0
    per_change_one = first_s / max(1, rows_per_bundle * len(work)) * 1e6
    per_change_two = second_s / max(1, changes_sent) * 1e6
    sent = len(work) + len(second_work)
    note = f"{villages} villages x {rows_per_bundle:,} rows, {PUSHERS} uploading at once, 256 KB pieces"
    where = " (union in PostgreSQL)" if database else ""
    return [
        Row(f"hub{where}: {villages} village snapshots pushed over HTTP, all applied", first_s, "s",
            note=f"{first.count('applied')}/{len(work)} answered applied; {note}"),
        Row(f"hub{where}: peak memory of the hub process", rss, "MB"),
        Row(f"hub{where}: day two, {villages} small incremental bundles pushed at once", second_s, "s",
            note=f"{changes_sent:,} changes ({changes_sent / max(1, villages):.0f} a village); "
                 f"{again.count('applied')}/{len(second_work)} answered applied; the hub's log: {applied}/{sent} "
                 f"bundles of both rounds applied, {sent - applied} lost; made by the villages beforehand in "
                 f"{making_s:.0f} s"),
        Row(f"hub{where}: time per change, round 1 (snapshots)", per_change_one, "us",
            note=f"{first_s / max(1, len(work)) * 1000:.0f} ms of wall time a bundle"),
        Row(f"hub{where}: time per change, round 2 (day two)", per_change_two, "us",
            note=f"{per_change_two / per_change_one:.1f}x round 1's, {second_s / max(1, len(second_work)) * 1000:.0f} ms "
                 f"a bundle; the library is {rows_per_bundle / max(1.0, changes_sent / max(1, villages)):.0f}x "
                 f"a day's changes"),
        Row(f"hub{where}: day two, peak memory of the hub process (count restarted)", rss_two, "MB"),
    ]
