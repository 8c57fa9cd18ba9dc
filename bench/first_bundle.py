"""A village's FIRST bundle to the district, after moving in from SLiMS, walked end to end through the real
command line (each step a fresh ``pustaka-cli`` process whose wall time and peak memory are measured):

1. the village: ``init``, ``import slims-biblio --items`` (50,000 records, 100,000 copies, written as SLiMS
   writes them: ``interop_slims.generate``), ``members-import`` (SLiMS's members CSV) and ``loans-import`` (a
   year of loans from the loan notebook kept in Excel, as CSV);
2. a second village moved in from the same SLiMS union catalogue (its first 10,000 titles, its own copies);
3. the district: ``init --district``, both villages enrolled (``sync enrol-*``);
4. ``sync export`` of each village's first bundle (a full snapshot) to a folder (the stick);
5. ``sync import`` at the district: the other village first, then this one (the rows measured);
6. the union catalogue: how many of this village's records met the other village's same titles;
   ``district report --json``: this village's open *Perlu diperiksa* entries;
7. the same first bundle over the network instead (``hub serve`` at a copy of the district as it was before it,
   ``hub exchange`` at the village) through a proxy that plays a weak 3G link: ~400 KB/s, the connection cut
   every 2 MB sent. Repeated exchanges are counted (the app tries every 15 minutes by itself). With
   ``--slow-link`` (five minutes more): the other village's first bundle over a 2G line of 7 KB/s, on which a
   whole 256 KB piece outlasts a request's 30 seconds.

``python -m bench --only first_bundle --size tiny`` (the stress library is not used), or
``python -m bench.first_bundle [RECORDS]`` alone (scratch kept under /tmp/pustaka-first-bundle)."""

from __future__ import annotations

import csv
import json
import os
import random
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from tests.sync.relay import Relay  # (a weak link is the tests' relay, paced and cut as a phone line is)

from . import BenchContext, Row
from .interop_slims import COPIES, RECORDS, generate

MEMBERS = 2_000
LOANS = 15_000  # a year of a busy village library: ~50 loans an open day
SHARED = 10_000  # titles the other village holds from the same union catalogue
PASSWORD = "bench123"

# One CLI command in this process, its wall time and peak RSS written to a file (the CLI prints its own output).
_CLI = r"""
import json, resource, sys, time
from pustaka_desktop.cli import main
started = time.perf_counter()
code = main(sys.argv[2:])
with open(sys.argv[1], "w") as out:
    json.dump({"code": code, "s": time.perf_counter() - started,
               "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}, out)
"""


def cli(db: Path, *args: str, user: str = "pustaka", check: bool = True) -> dict:
    """Run ``pustaka-cli --db DB --user USER ARGS`` in a fresh process: its output, time and peak memory."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        measured = Path(handle.name)
    env = {**os.environ, "PUSTAKA_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen"}
    argv = ["--db", str(db), "--lang", "en", *(["--user", user] if user else []), *args]
    done = subprocess.run([sys.executable, "-c", _CLI, str(measured), *argv], capture_output=True, text=True,
                          env=env, check=False)
    try:
        out = json.loads(measured.read_text() or "{}")
    except ValueError:
        out = {}
    measured.unlink(missing_ok=True)
    out.update(stdout=done.stdout, stderr=done.stderr, returncode=done.returncode)
    if check and done.returncode != 0:
        raise RuntimeError(f"pustaka-cli {' '.join(args[:3])} failed ({done.returncode}): "
                           f"{(done.stderr or done.stdout).strip()[-400:]}")
    return out


def write_members(path: Path, count: int = MEMBERS, seed: int = 5) -> list[str]:
    """SLiMS's members CSV (its column order, every field quoted): returns the member ids."""
    from pustaka_desktop.core.interop.slims_members import COLUMNS

    rng = random.Random(seed)
    first = ("Siti", "Ahmad", "Dewi", "Budi", "Nur", "Agus", "Sri", "Eko", "Rina", "Joko", "Wati", "Yusuf")
    last = ("Rahayu", "Santoso", "Lestari", "Hidayat", "Wulandari", "Saputra", "Susanti", "Nugroho")
    ids = []
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, quoting=csv.QUOTE_ALL)
        writer.writerow(COLUMNS)
        for n in range(count):
            member_id = f"M{n + 1:05d}"
            ids.append(member_id)
            since = date(2019, 1, 1) + timedelta(days=rng.randrange(1800))
            writer.writerow([member_id, f"{rng.choice(first)} {rng.choice(last)}", rng.choice("01"),
                             rng.choice(("Umum", "Pelajar")), "", f"Dusun {rng.randint(1, 9)}", "", "", "0", "", "",
                             f"08{rng.randint(100000000, 999999999)}", "", since.isoformat(), since.isoformat(),
                             "2027-12-31", f"{rng.randint(1950, 2015)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                             ""])
    return ids


def write_loans(path: Path, items_csv: Path, member_ids: list[str], today: date, count: int = LOANS,
                seed: int = 6) -> None:
    """A year of the loan notebook (*buku peminjaman*) saved as CSV: each copy lent at most once, so no copy
    is out to two members at once; the last fortnight's loans still out."""
    rng = random.Random(seed)
    with items_csv.open(encoding="utf-8") as handle:
        next(handle)
        barcodes = [line.split('","', 1)[0].lstrip('"') for line in handle]
    chosen = rng.sample(barcodes, min(count, len(barcodes)))
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["No", "No. Anggota", "Kode Buku", "Tgl Pinjam", "Batas Kembali", "Tgl Dikembalikan"])
        for n, barcode in enumerate(chosen):
            lent = today - timedelta(days=rng.randint(1, 360))
            due = lent + timedelta(days=7)
            back = "" if (today - lent).days < 14 and rng.random() < 0.5 else \
                (lent + timedelta(days=rng.randint(1, min(13, (today - lent).days)))).strftime("%d/%m/%Y")
            writer.writerow([n + 1, rng.choice(member_ids), barcode, lent.strftime("%d/%m/%Y"),
                             due.strftime("%d/%m/%Y"), back])


def shared_subset(biblio: Path, items: Path, folder: Path, titles: int) -> tuple[Path, Path]:
    """The other village's SLiMS exports: the first ``titles`` records of the same union catalogue and
    the copies they list (its own copies of the same titles)."""
    folder.mkdir(exist_ok=True)
    out_b, out_i = folder / biblio.name, folder / items.name
    codes: set[str] = set()
    with biblio.open(encoding="utf-8", newline="") as src, out_b.open("w", encoding="utf-8", newline="") as dst:
        for n, line in enumerate(src):
            if n > titles:
                break
            dst.write(line)
            if n:
                codes.update(code.strip("<>\"\n") for code in line.rsplit('","', 1)[-1].split("><"))
    with items.open(encoding="utf-8", newline="") as src, out_i.open("w", encoding="utf-8", newline="") as dst:
        for n, line in enumerate(src):
            if n == 0 or line.split('","', 1)[0].lstrip('"') in codes:
                dst.write(line)
    return out_b, out_i


def _village(folder: Path, name: str, code: str, biblio: Path, items: Path, loans: bool, today: date) -> Path:
    db = folder / f"{code.lower()}.sqlite3"
    cli(db, "init", "--library-name", name, "--library-code", code, "--librarian", "pustaka",
        "--password", PASSWORD, user="")
    cli(db, "import", "slims-biblio", str(biblio), "--items", str(items))
    if loans:
        ids = write_members(folder / "members.csv")
        cli(db, "members-import", str(folder / "members.csv"))
        write_loans(folder / "loans.csv", items, ids, today)
        cli(db, "loans-import", str(folder / "loans.csv"))
    return db


def keep(db: Path, copy: Path) -> None:
    """A copy of a library and its sync key, as it is now."""
    import shutil

    with sqlite3.connect(db) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    keys = db.with_name(db.stem + "-keys")
    shutil.copytree(keys, copy.with_name(copy.stem + "-keys"), dirs_exist_ok=True)


def _enrol(village: Path, district: Path, folder: Path) -> None:
    request, answer = folder / f"{village.stem}-req.json", folder / f"{village.stem}-ans.json"
    cli(village, "sync", "enrol-request", "-o", str(request))
    cli(district, "sync", "enrol-accept", str(request), "-o", str(answer))
    cli(village, "sync", "enrol-finish", str(answer))


def walk(folder: Path, records: int = RECORDS, copies: int = COPIES, slow_link: bool = False) -> list[Row]:
    today = date.today()
    source = folder / "slims"
    source.mkdir(exist_ok=True)
    biblio, items = generate(source, records, copies)
    other_b, other_i = shared_subset(biblio, items, folder / "slims-other", min(SHARED, records // 5))
    village = _village(folder, "Perpustakaan Desa Sukamaju", "SKM", biblio, items, True, today)
    other = _village(folder, "Perpustakaan Desa Mekarsari", "MKS", other_b, other_i, False, today)
    district = folder / "district.sqlite3"
    cli(district, "init", "--library-name", "Dinas Perpustakaan", "--library-code", "DIN", "--librarian",
        "pustaka", "--password", PASSWORD, "--district", user="")
    _enrol(village, district, folder)
    _enrol(other, district, folder)
    stick, other_stick = folder / "usb", folder / "usb-other"
    stick.mkdir(exist_ok=True)
    other_stick.mkdir(exist_ok=True)
    made = cli(village, "sync", "export", "--to", "DIN", "-o", str(stick))
    cli(other, "sync", "export", "--to", "DIN", "-o", str(other_stick))
    (path,) = stick.glob("pustaka-SKM-*.zip")
    import zipfile

    with zipfile.ZipFile(path) as zf:
        unpacked = sum(i.file_size for i in zf.infolist())
        manifest = json.loads(zf.read("manifest.json"))
    rows_out = manifest["files"]["changes.jsonl"]["records"]
    keep(district, folder / "district-empty.sqlite3")  # for the 2G walk: no bundle applied yet
    cli(district, "sync", "import", str(other_stick))
    keep(district, folder / "district-before.sqlite3")  # for the network walk: this bundle not applied yet
    applied = cli(district, "sync", "import", str(path))
    met, union_records, own_records = _union(district, village, other)
    report = json.loads(cli(district, "district", "report", "--json", "--year", str(today.year))["stdout"])
    review_here = manifest.get("review_open")
    shown = _review_shown(report, "SKM")
    network = _weak_link_rows(folder, village)
    if slow_link:
        network += _slow_link_rows(folder, other)
    label = f"{records:,} records, {copies:,} copies, {MEMBERS:,} members, {LOANS:,} loans"
    return [
        Row(f"first bundle: size on the stick ({label})", path.stat().st_size / 1e6, "MB", None,
            note=f"{rows_out:,} rows; {unpacked / 1e6:.0f} MB unpacked"),
        Row("first bundle: sync export (CLI, incl. read-back check)", made["s"], "s", 60.0,
            note=f"village PC: peak {made['rss_mb']:.0f} MB"),
        Row("first bundle: sync export peak memory (subprocess RSS)", made["rss_mb"], "MB", 400.0),
        Row("first bundle: sync import at the district (CLI)", applied["s"], "s", 180.0,
            note=f"after a {min(SHARED, records // 5):,}-title village of the same union catalogue"),
        Row("first bundle: district import peak memory (subprocess RSS)", applied["rss_mb"], "MB", 1000.0),
        Row("first bundle: its records met the other village's titles", met, "records", None,
            note=f"of {own_records:,} records; union catalogue {union_records:,} records (the two villages: "
                 f"{own_records:,} + {min(SHARED, records // 5):,} titles)"),
        Row("first bundle: Perlu diperiksa shown per village (district report)", shown, "entries", None,
            note=f"the village's own open list: {review_here}"),
        *network,
    ]


def _union(district: Path, village: Path, other: Path) -> tuple[int, int, int]:
    """(this village's records on a union record that also holds the other village's, union records,
    this village's records)."""
    def site(db: Path) -> str:
        value = sqlite3.connect(db).execute("SELECT value FROM setting WHERE key = 'site_id'").fetchone()[0]
        return json.loads(value)

    con = sqlite3.connect(district)
    here, there = site(village), site(other)
    union_records = con.execute("SELECT count(*) FROM union_record").fetchone()[0]
    own = con.execute("SELECT count(*) FROM sync_replica WHERE site = ? AND entity = 'record' AND NOT deleted",
                      (here,)).fetchone()[0]
    met = con.execute(
        "SELECT count(*) FROM union_link a JOIN sync_replica ra ON ra.uid = a.record_uid "
        "WHERE ra.site = ? AND EXISTS (SELECT 1 FROM union_link b JOIN sync_replica rb ON rb.uid = b.record_uid "
        "WHERE b.union_id = a.union_id AND rb.site = ?)", (here, there)).fetchone()[0]
    return met, union_records, own


def _review_shown(report: dict, code: str) -> int | None:
    for village in report.get("villages", []):
        if village.get("code") == code:
            return village.get("to_check")
    return None


# A copy of a library is refused for sync until a librarian confirms it is the original (``keys``): the bench's
# network walk runs on copies, so it confirms them as the Sync page's button would.
_CONFIRM = r"""
import sys
from pathlib import Path
from pustaka_desktop.core import auth
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.sync import keys
lib = Library.open(Path(sys.argv[1]))
lib.activate()
keys.resolve_copy(lib, auth.Staff(username="bench", role=auth.LIBRARIAN, active=True), True)
lib.close()
"""

DROP_EVERY = 2_000_000  # bytes sent between two cuts of the connection
LINK_BYTES_PER_S = 400_000


class WeakLink(Relay):
    """A TCP relay to the hub that plays a weak phone link: uploads paced to ``rate`` bytes a second, and the
    connection cut (both ways, mid-piece) each time ``every`` more bytes went up."""

    def __init__(self, target_port: int, every: int = DROP_EVERY, rate: int = LINK_BYTES_PER_S) -> None:
        self.every, self.rate = every, rate
        self.sent = self.since = self.cuts = 0
        super().__init__(target_port)

    def up(self, link, data):
        time.sleep(len(data) / self.rate)
        with self.lock:
            self.sent += len(data)
            self.since += len(data)
            cut = self.since >= self.every
            if cut:
                self.since, self.cuts = 0, self.cuts + 1
        return (b"" if cut else data), cut


def _peak_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def over_the_network(net: Path, village: Path, district_before: Path, every: int, rate: int) -> dict:
    """The village's first bundle to a hub at a copy of the district as it was before the bundle came, through
    a ``WeakLink``; exchanges are repeated (at most 10) until one ends well."""
    net.mkdir(exist_ok=True)
    keep(district_before, net / "district.sqlite3")
    keep(village, net / "village.sqlite3")
    for db in ("district.sqlite3", "village.sqlite3"):
        subprocess.run([sys.executable, "-c", _CONFIRM, str(net / db)], check=True, capture_output=True)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "PUSTAKA_PASSWORD": PASSWORD}
    hub = subprocess.Popen([sys.executable, "-c", _CLI, str(net / "hub.json"), "--db", str(net / "district.sqlite3"),
                            "--user", "pustaka", "hub", "serve", "--host", "127.0.0.1", "--port", str(port)],
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    link = WeakLink(port, every, rate)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if hub.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the hub did not start") from None
                time.sleep(0.3)
        started, tries, last = time.perf_counter(), 0, {}
        while tries < 10:
            tries += 1
            last = cli(net / "village.sqlite3", "hub", "exchange", "--hub", f"http://127.0.0.1:{link.port}",
                       check=False)
            if last["returncode"] == 0:
                break
        wall = time.perf_counter() - started
        hub_peak = _peak_mb(hub.pid)
    finally:
        link.close()
        hub.terminate()
        hub.wait(timeout=60)
    said = (last.get("stdout", "") + last.get("stderr", "")).strip().splitlines()
    return {"tries": tries, "wall": wall, "hub_peak": hub_peak, "cuts": link.cuts, "sent": link.sent,
            "rss_mb": last.get("rss_mb", 0), "said": " / ".join(said[-3:])[:160]}


def _weak_link_rows(folder: Path, village: Path) -> list[Row]:
    run = over_the_network(folder / "net", village, folder / "district-before.sqlite3", DROP_EVERY, LINK_BYTES_PER_S)
    return [
        Row(f"first bundle over a weak link (cut every {DROP_EVERY / 1e6:.0f} MB, {LINK_BYTES_PER_S // 1000} KB/s): "
            f"exchanges", run["tries"], "runs", 1, note=f"{run['cuts']} cuts, {run['sent'] / 1e6:.1f} MB sent in all; "
                                                        f"the last said: {run['said']}"),
        Row("first bundle over a weak link: wall time, upload + apply + answer", run["wall"], "s", None,
            note=f"village peak {run['rss_mb']:.0f} MB"),
        Row("first bundle over a weak link: hub peak memory (process high-water mark)", run["hub_peak"], "MB", 1000.0),
    ]


SLOW_LINK_BYTES_PER_S = 7_000  # a 2G/EDGE line: a 256 KB piece takes ~37 s, more than a request's 30 s


def _slow_link_rows(folder: Path, other: Path) -> list[Row]:
    run = over_the_network(folder / "net-2g", other, folder / "district-empty.sqlite3", 1 << 40,
                           SLOW_LINK_BYTES_PER_S)
    size = sum(p.stat().st_size for p in (folder / "usb-other").glob("*.zip")) / 1e6
    return [Row(f"the other village's first bundle ({size:.1f} MB) over a 2G line ({SLOW_LINK_BYTES_PER_S // 1000} "
                f"KB/s): exchanges", run["tries"], "runs", 1,
                note=f"{run['wall']:.0f} s in all; the last said: {run['said']}")]


def rows(ctx: BenchContext) -> list[Row]:
    folder = ctx.scratch / "first-bundle"
    folder.mkdir(exist_ok=True)
    return walk(folder, slow_link="--slow-link" in ctx.options.get("extra", []))


if __name__ == "__main__":
    numbers = [arg for arg in sys.argv[1:] if arg.isdigit()]
    count = int(numbers[0]) if numbers else RECORDS
    scratch = Path(tempfile.gettempdir()) / "pustaka-first-bundle"
    scratch.mkdir(exist_ok=True)
    for row in walk(scratch, count, count * 2, slow_link="--slow-link" in sys.argv):
        print(f"{row.name:66s} {row.measured if row.measured is not None else '-':>10} {row.unit:8s} "
              f"target {row.target}  {row.verdict}  {row.note}")
