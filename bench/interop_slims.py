"""Moving in from SLiMS: a 50,000-record library with 100,000 copies, as SLiMS 9 writes its
bibliography and item exports (every biblio field quoted, ``<a><b>`` lists, ``\\n`` for line breaks;
items with unescaped quotes and a header ending in an extra separator), through the real importer
(validation, identity matching, review flags, the search index), each import in a fresh subprocess
whose peak RSS is measured, with that of the process the importer starts to read the files ahead
(``interop.read_ahead``): CPU and memory count both. The raw floor is timed in the same run: the same
rows parsed with the csv module, inserted with plain SQLite executemany and indexed with one FTS5
INSERT ... SELECT.
The two files go in as one import (``importer.import_slims``: each copy written once); a last row
times them imported one after the other (``import_file`` twice), as before. One more row, to explain the
ratio and not to replace it: the same plain writing of the rows the import really writes (its wider rows
with uids and versions, the change log, the indexes), read back from the imported file.

``python -m bench --only interop_slims --size tiny`` (the stress library is not used), or
``python -m bench.interop_slims [RECORDS]`` alone."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from . import BenchContext, Row

RECORDS = 50_000
COPIES = 100_000

BIBLIO_COLUMNS = ("title", "gmd_name", "edition", "isbn_issn", "publisher_name", "publish_year", "collation",
                  "series_title", "call_number", "language_name", "place_name", "classification", "notes", "image",
                  "sor", "authors", "topics", "item_code")
ITEM_COLUMNS = ("item_code", "call_number", "coll_type_name", "inventory_code", "received_date", "supplier_name",
                "order_no", "location_name", "order_date", "item_status_name", "site", "source", "invoice", "price",
                "price_currency", "invoice_date", "input_date", "last_update", "title")

WORDS = ("Cerita Rakyat", "Tjerita", "Pertanian", "Budidaya Ikan", "Sejarah", "Djakarta", "Kesehatan Ibu dan Anak",
         "Matematika", "Dongeng", "Pahlawan", "Nusantara", "Kerajinan Bambu", "Bahasa Jawa", "Koperasi Desa",
         "Resep Masakan", "Tafsir", "Fikih", "Akhlak", "Lingkungan Hidup", "Perikanan", "Soekarno", "Kebun Sayur")
ARABIC = ("الفقه الإسلامي", "تفسير القرآن", "رياض الصالحين", "الأربعين النووية")
NAMES = ("Andrea Hirata", "Pramoedya Ananta Toer", "Tere Liye", "Ahmad Tohari", "Tim Penyusun", "Soeharto, Djoko",
         "Nh. Dini", "Habiburrahman El Shirazy", "Asma Nadia", "Abdul Hadi W.M.", "Sapardi Djoko Damono")
CLASSES = ("899.221 3", "297.122 7", "899.221'3", "2X4.1", "630", "597.9", "641.5", "959.8", "F", "R 030",
           "372.4", "333.7", "005.13/3", "613.2", "398.209 598")
LANGUAGES = ("Indonesia", "Indonesia", "Indonesia", "Inggris", "Arab", "Jawa", "Sunda", "Bahasa Indonesia")
PUBLISHERS = ("Balai Pustaka", "Gramedia Pustaka Utama", "Bentang Pustaka", "Erlangga", "Mizan", "Perpusnas Press",
              "Kanisius", "Republika")


def _isbn13(rng: random.Random, good: bool) -> str:
    body = "978602" + "".join(str(rng.randint(0, 9)) for _ in range(6))
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    if not good:
        check = (check + 1) % 10
    return f"{body[:3]}-{body[3:6]}-{body[6:8]}-{body[8:12]}-{check}"


def _biblio_field(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def _item_field(value: str) -> str:
    return '"' + value + '"'  # escape_string + stripslashes: quotes inside stay unescaped


def generate(folder: Path, records: int = RECORDS, copies: int = COPIES, seed: int = 12) -> tuple[Path, Path]:
    """The two export files of a SLiMS library, written as SLiMS writes them."""
    rng = random.Random(seed)
    biblio, items = folder / "senayan_biblio_export.csv", folder / "senayan_item_export.csv"
    per = [1] * records
    for _ in range(copies - records):
        per[rng.randrange(records)] += 1
    code = 0
    with biblio.open("w", encoding="utf-8", newline="") as out_b, items.open("w", encoding="utf-8",
                                                                               newline="") as out_i:
        out_b.write(",".join(_biblio_field(c) for c in BIBLIO_COLUMNS) + "\n")
        out_i.write("".join(_item_field(c) + "," for c in ITEM_COLUMNS) + "\n")
        for n in range(records):
            if n % 97 == 0:
                title = rng.choice(ARABIC)
            else:
                title = f"{rng.choice(WORDS)} {rng.choice(WORDS).lower()} {n}"
                if n % 5 == 0:
                    title += f" : {rng.choice(WORDS).lower()}"
            if n % 41 == 0:
                title += ' "edisi khusus"'
            author = rng.choice(NAMES)
            klass = rng.choice(CLASSES)
            call = f"{klass} {author.split(',')[0].split()[-1][:3].upper()} {title[:1].lower()}"
            isbn = _isbn13(rng, good=n % 50 != 0) if n % 3 else ""
            year = str(rng.randint(1965, 2025)) if n % 20 else f"c{rng.randint(1990, 2020)}"
            codes = []
            for _ in range(per[n]):
                code += 1
                codes.append(f"B{code:06d}")
            row = [title, "Text", "Cet. 2" if n % 7 == 0 else "", isbn, rng.choice(PUBLISHERS), year,
                   f"{rng.randint(40, 400)} hlm. : ilus. ; 21 cm", "", call, rng.choice(LANGUAGES), "Jakarta", klass,
                   "Catatan baris satu\\nbaris dua" if n % 11 == 0 else "", "", author,
                   f"<{author}>" + (f"<{rng.choice(NAMES)}>" if n % 4 == 0 else ""),
                   f"<{rng.choice(WORDS)}>", "".join(f"<{c}>" for c in codes)]
            out_b.write(",".join(_biblio_field(v) for v in row) + "\n")
            for c in codes:
                received = f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
                item = [c, call, rng.choice(("Umum", "Referensi", "Fiksi")), f"{c[1:]}/P/2019", received, "", "",
                        rng.choice(("Rak A", "Rak B", "Ruang Anak")), "", "" if rng.random() < 0.9 else "Repair", "",
                        rng.choice(("1", "2")), "", str(rng.randint(2, 15) * 5000), "Rupiah", "",
                        "2019-03-04 10:11:12", "2021-05-06 07:08:09", title]
                out_i.write(",".join(_item_field(v) for v in item) + "\n")
    return biblio, items


_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from pustaka_desktop.core import auth, profile
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store.models import Item, Record
db, biblio, items, mode = sys.argv[1:5]
lib = Library.open(Path(db))
if not lib.is_initialised:
    profile.init_library(lib, name="Bench", code="BEN", librarian="bench", password="bench123")
by = auth.Staff(username="bench", role=auth.LIBRARIAN, active=True)
out = {}
# The reading process's own peak: its VmHWM, which starts afresh at its exec (its ru_maxrss counts the pages it
# shared with this process for the instant between fork and exec), read every 50 ms while it lives
readers = {}
def watch():
    import glob
    while True:
        for listed in glob.glob("/proc/self/task/*/children"):  # (this process's children, by the thread that made them)
            try:
                with open(listed) as children:
                    pids = children.read().split()
            except OSError:
                continue
            for pid in pids:
                try:
                    with open(f"/proc/{pid}/status") as status:
                        peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
                    readers[pid] = max(readers.get(pid, 0), peak / 1024)
                except (OSError, ValueError, StopIteration):
                    continue
        time.sleep(0.05)
import threading
threading.Thread(target=watch, daemon=True).start()
if mode == "pair":  # the two files as one import (importer.import_slims): each copy written once
    wall, cpu = time.perf_counter(), time.process_time()
    results = importer.import_slims(lib, by, biblio, items)
    out["s"], out["cpu"] = time.perf_counter() - wall, time.process_time() - cpu
    out["biblio"], out["items"] = ({"summary": r.summary()} for r in results)
else:  # one file after the other (importer.import_file twice): the items file updates the copies
    out["s"] = out["cpu"] = 0.0
    for name, fmt, path in (("biblio", "slims-biblio", biblio), ("items", "slims-item", items)):
        wall, cpu = time.perf_counter(), time.process_time()
        result = importer.import_file(lib, by, fmt, path)
        out[name] = {"s": time.perf_counter() - wall, "cpu": time.process_time() - cpu, "summary": result.summary()}
        out["s"] += out[name]["s"]
        out["cpu"] += out[name]["cpu"]
out["records"] = Record.select().count()
out["copies"] = Item.select().count()
out["indexed"] = lib.db.execute_sql("SELECT count(*) FROM record_fts").fetchone()[0]
out["mb"] = Path(db).stat().st_size / 1e6
out["log"] = lib.db.execute_sql("SELECT count(*) FROM change_log").fetchone()[0]
out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
reader = resource.getrusage(resource.RUSAGE_CHILDREN)  # (the process that read the files ahead: read_ahead)
out["reader_mb"], out["reader_cpu"] = max(readers.values(), default=0.0), reader.ru_utime + reader.ru_stime
lib.close()
print(json.dumps(out))
"""

_FLOOR = r"""
import csv, json, resource, sqlite3, sys, time
db, biblio, items = sys.argv[1:4]
started = time.perf_counter()
con = sqlite3.connect(db)
con.execute("PRAGMA journal_mode = WAL"); con.execute("PRAGMA synchronous = FULL")
con.execute("CREATE TABLE record (id INTEGER PRIMARY KEY, title TEXT, edition TEXT, isbn TEXT, publisher TEXT, "
            "year TEXT, collation TEXT, series TEXT, language TEXT, place TEXT, ddc TEXT, notes TEXT, sor TEXT, "
            "authors TEXT, subjects TEXT)")
con.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, record_id INTEGER, barcode TEXT UNIQUE, call_number TEXT, "
            "coll_type TEXT, accession TEXT, received TEXT, location TEXT, status TEXT, source TEXT, price TEXT)")
con.execute("CREATE VIRTUAL TABLE record_fts USING fts5(title, authors, subjects, publisher, isbn, notes, "
            "tokenize='unicode61 remove_diacritics 2')")
with con:
    with open(biblio, encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle); next(rows)
        con.executemany("INSERT INTO record (title, edition, isbn, publisher, year, collation, series, "
                        "language, place, ddc, notes, sor, authors, subjects) VALUES "
                        "(?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        ((r[0], r[2], r[3], r[4], r[5], r[6], r[7], r[9], r[10], r[11], r[12], r[14], r[15], r[16])
                         for r in rows))
    ids = {title: rid for rid, title in con.execute("SELECT id, title FROM record")}
    with open(items, encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle); next(rows)
        con.executemany("INSERT INTO item (record_id, barcode, call_number, coll_type, accession, received, "
                        "location, status, source, price) VALUES (?,?,?,?,?,?,?,?,?,?)",
                        ((ids.get(r[-1]), r[0], r[1], r[2], r[3], r[4], r[7], r[9], r[11], r[13]) for r in rows))
    con.execute("INSERT INTO record_fts (rowid, title, authors, subjects, publisher, isbn, notes) "
                "SELECT id, title, authors, subjects, publisher, isbn, notes FROM record")
print(json.dumps({"s": time.perf_counter() - started, "cpu": time.process_time(),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

# The same floor for the rows the import really writes (an explanation, not the floor): the
# imported file's record, copy, change-log and search-index rows, read back, written into an empty file
# of the same schema with plain executemany (its other indexes built after, as the import does), in one
# transaction. What the import costs above this is its own work: reading, checking, matching.
_OWN_ROWS_FLOOR = r"""
import json, sqlite3, sys, time
source, target = sys.argv[1:3]
src = sqlite3.connect(source)
schema = src.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE "
                     "'sqlite_%' AND type IN ('table', 'index')").fetchall()
virtual = [name for _, name, _, sql in schema if sql.upper().startswith("CREATE VIRTUAL")]
schema = [s for s in schema if not any(s[1].startswith(v + "_") for v in virtual)]  # (their own shadow tables)
tables = ("record", "item", "change_log")
rows = {t: src.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
fts = src.execute("SELECT rowid, * FROM record_fts").fetchall()
src.close()
con = sqlite3.connect(target)
con.execute("PRAGMA journal_mode = WAL"); con.execute("PRAGMA synchronous = FULL")
later = []
for kind, name, table, sql in schema:
    if kind == "index" and table in tables and not sql.upper().startswith("CREATE UNIQUE"):
        later.append(sql)
    else:
        con.execute(sql)
con.commit()
started = time.perf_counter()
with con:
    for t in tables:
        marks = ", ".join("?" * len(rows[t][0]))
        con.executemany(f'INSERT INTO "{t}" VALUES ({marks})', rows[t])
    marks = ", ".join("?" * len(fts[0]))
    con.executemany(f"INSERT INTO record_fts(rowid, {', '.join(c[1] for c in con.execute('PRAGMA table_info(record_fts)'))}) "
                    f"VALUES ({marks})", fts)
    for sql in later:
        con.execute(sql)
print(json.dumps({"s": time.perf_counter() - started, "rows": sum(map(len, rows.values())) + len(fts)}))
"""


def _run(code: str, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(folder: Path, records: int = RECORDS, copies: int = COPIES, separate: bool = True) -> list[Row]:
    biblio, items = generate(folder, records, copies)
    load_before = os.getloadavg()[0]
    floor = _run(_FLOOR, str(folder / "floor.sqlite3"), str(biblio), str(items))
    first = _run(_CHILD, str(folder / "pustaka.sqlite3"), str(biblio), str(items), "pair")
    load = max(load_before, os.getloadavg()[0])  # the machine's 1-minute load (2 cores here)
    own = _run(_OWN_ROWS_FLOOR, str(folder / "pustaka.sqlite3"), str(folder / "own-rows.sqlite3"))
    again = _run(_CHILD, str(folder / "pustaka.sqlite3"), str(biblio), str(items), "pair")
    total, cpu = first["s"], first["cpu"] + first["reader_cpu"]
    peak = first["rss_mb"] + first["reader_mb"]  # (the two processes' peaks, as if at once)
    b, i = first["biblio"]["summary"], first["items"]["summary"]
    redo = again["biblio"]["summary"], again["items"]["summary"]
    added_again = sum(s["records"]["add"] + s["copies"]["add"] + s["records"]["update"] + s["copies"]["update"]
                      + s["copies"]["detailed"] for s in redo)
    label = f"{records:,} records + {copies:,} copies"
    out = [
        Row(f"SLiMS import, {label} (biblio + items, one import)", total, "s", 20.0,
            note=f"CPU {cpu:.1f} s (of which the reading process {first['reader_cpu']:.1f} s); {first['records']:,} records, {first['copies']:,} copies, "
                 f"{first['indexed']:,} indexed; {b['bad_rows']} refused, "
                 f"{b['flagged_rows'] + i['flagged_rows']:,} rows flagged; {first['log']:,} change-log lines, "
                 f"file {first['mb']:.0f} MB; machine load {load:.1f} on {os.cpu_count()} cores"),
        Row("SLiMS import: peak memory (subprocess RSS)", peak, "MB", 250.0,
            note=f"the importer {first['rss_mb']:.0f} MB + the process reading its files ahead "
                 f"{first['reader_mb']:.0f} MB"),
        Row("SLiMS import: raw floor (csv + SQLite executemany + FTS5)", floor["s"], "s", None,
            note=f"peak {floor['rss_mb']:.0f} MB; CPU {floor['cpu']:.1f} s"),
        Row("SLiMS import: ratio to the raw floor", total / max(floor["s"], 1e-9), "x", 6.0,
            note=f"CPU to CPU: {cpu / max(floor['cpu'], 1e-9):.1f}x (wall times on a shared machine wait for a "
                 f"processor)"),
        Row("SLiMS import: the same floor for the rows it writes", own["s"], "s", None,
            note=f"{own['rows']:,} rows (records, copies, change log, search index) read back and written with "
                 f"plain executemany, indexes after; the import is {total / max(own['s'], 1e-9):.1f}x this: its own "
                 f"reading, checking and matching"),
        Row("SLiMS re-import of the same two files", again["s"], "s", None,
            note=f"adds or changes {added_again} (must be 0); CPU {again['cpu'] + again['reader_cpu']:.1f} s; "
                 f"peak {again['rss_mb'] + again['reader_mb']:.0f} MB"),
    ]
    # streaming: what the memory grows by with the file (a library half the size, imported the same way)
    half = folder / "half"
    half.mkdir(exist_ok=True)
    small_biblio, small_items = generate(half, records // 2, copies // 2)
    small = _run(_CHILD, str(half / "pustaka.sqlite3"), str(small_biblio), str(small_items), "pair")
    small_peak = small["rss_mb"] + small["reader_mb"]
    grows = (peak - small_peak) / max(records - records // 2, 1) * 1000
    out.insert(2, Row("SLiMS import: peak memory growth per 1,000 records (+ their copies)", grows, "MB", None,
                      note=f"{records // 2:,} records: {small_peak:.0f} MB; {records:,}: {peak:.0f} MB. "
                           f"What matching keeps of every record (its description key, ISBN, title words) it keeps "
                           f"10,000 a map in memory, of every copy (its barcode, its row, the copy held for the item "
                           f"file) 50,000, the rest on disk (interop.spill); the file's rows, the page cache (16 MB, "
                           f"full from about 20,000 records) and the search index do not grow; the indexes built at "
                           f"the end are sorted in memory"))
    if separate:  # what the two files cost imported one after the other (biblio, then items)
        apart = _run(_CHILD, str(folder / "apart.sqlite3"), str(biblio), str(items), "apart")
        apart_cpu = apart["cpu"] + apart["reader_cpu"]
        out.append(Row("SLiMS import, the two files one after the other", apart["s"], "s", None,
                       note=f"biblio {apart['biblio']['s']:.1f} s, items {apart['items']['s']:.1f} s; CPU "
                            f"{apart_cpu:.1f} s ({apart_cpu / max(floor['cpu'], 1e-9):.1f}x the floor's); "
                            f"{apart['log']:,} change-log lines, file {apart['mb']:.0f} MB, peak "
                            f"{apart['rss_mb'] + apart['reader_mb']:.0f} MB"))
    return out


def rows(ctx: BenchContext) -> list[Row]:
    folder = ctx.scratch / "slims-move-in"
    folder.mkdir(exist_ok=True)
    return measure(folder)


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else RECORDS
    with tempfile.TemporaryDirectory(prefix="pustaka-bench-") as tmp:
        for row in measure(Path(tmp), count, count * 2):
            print(f"{row.name:60s} {row.measured:10.2f} {row.unit:3s} target {row.target}  {row.verdict}  {row.note}")
