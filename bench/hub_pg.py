"""A provincial hub's union catalogue on PostgreSQL: 2,000 villages' holdings (generated), union search
and the district report read through the same core functions the app and ``hub serve`` use.

The catalogue is generated straight into the union tables (bundles for 2,000 villages would take hours
here): a pool of titles with Indonesian words and names, each village holding ``PER_VILLAGE`` of them
drawn with a long-tail popularity (a few hundred titles are in most villages -- school books, the
famous novels -- and most titles in only a handful), 1-3 copies each, some on loan; one title in twenty a kitab
in Arabic letters, searched for by its name typed in Latin letters; the search words
are made by PostgreSQL from the same folded text ``dialect.index_words`` writes, and the hub is marked as made by
the current rules (else opening it makes the union again from the replicas, which a generated hub has not: every
search found nothing), and vacuumed, as autovacuum leaves a hub that has run a while. The figures: a year of
day sums (visits, loans, members, sessions) per village in ``district_tally`` at the grains a bundle
writes them (day, month, year), and stock by year; each village's profile (closing days) in the
replicas, as its first bundle leaves it.

Needs a PostgreSQL server: ``PUSTAKA_BENCH_POSTGRES`` (else ``PUSTAKA_TEST_POSTGRES``, which ``./dev test``
sets), a role that may create databases; a database is made for the run and dropped after.
``PUSTAKA_BENCH_PG_VILLAGES`` / ``PUSTAKA_BENCH_PG_TITLES`` make it smaller.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta

from pustaka_desktop.core import auth, profile
from pustaka_desktop.core.catalog.arabic_letters import in_arabic_letters
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.settings import set_setting
from pustaka_desktop.core.store.clock import SystemClock
from pustaka_desktop.core.store.models import SyncPeer
from pustaka_desktop.core.store.postgres import REBUILD_SETTING
from pustaka_desktop.core.sync import dialect, district_db, stats, union, union_rebuild
from pustaka_desktop.core.sync.tally import grains
from pustaka_desktop.core.sync.union_match import fold

from . import BenchContext, Row

VILLAGES = int(os.environ.get("PUSTAKA_BENCH_PG_VILLAGES", 2000))
TITLES = int(os.environ.get("PUSTAKA_BENCH_PG_TITLES", 120_000))
PER_VILLAGE = 600
SEARCHES = ["sejarah", "sejarah indonesia", "pertanian", "budidaya padi", "cerita rakyat", "cerita", "anak",
            "laskar pelangi", "pramoedya", "hirata", "tere liye", "matematika kelas 5", "ipa", "agama islam",
            "kesehatan ibu", "kopi", "nelayan", "pert", "bud", "kamus bahasa inggris", "resep masakan", "alquran",
            "ternak kambing", "hukum desa", "koperasi", "dongeng", "pahlawan nasional", "bumi manusia",
            "sastra jawa", "komputer"]

_WORDS = ("sejarah indonesia pertanian budidaya padi jagung kopi kakao sawit ternak kambing sapi ayam ikan nelayan "
          "laut cerita rakyat dongeng anak remaja kisah pahlawan nasional agama islam kristen doa alquran hadis "
          "fikih kesehatan ibu bayi gizi obat herbal resep masakan nusantara kue bahasa inggris arab jawa sunda "
          "bugis kamus matematika ipa ips kelas sekolah dasar menengah panduan praktis usaha kecil koperasi desa "
          "hukum adat tanah air lingkungan hutan sungai gunung pantai komputer internet telepon pintar sastra puisi "
          "novel cinta keluarga sahabat mimpi bintang pelangi bumi manusia langit hujan api kota kampung pasar "
          "kerajinan tenun batik musik tari wayang olahraga sepak bola bulu tangkis sains alam binatang tumbuhan "
          "ekonomi akuntansi manajemen pemasaran ensiklopedia atlas peta dunia kebudayaan tradisi").split()
_NAMES = ("Andrea Hirata|Pramoedya Ananta Toer|Tere Liye|Dee Lestari|Ahmad Tohari|Habiburrahman El Shirazy|"
          "Asma Nadia|Raditya Dika|Eka Kurniawan|Leila S. Chudori|Ayu Utami|Seno Gumira Ajidarma|"
          "Buya Hamka|Mochtar Lubis|Sapardi Djoko Damono|Chairil Anwar|Taufiq Ismail|Okky Madasari|"
          "Tim Penulis Kemendikbud|Tim Redaksi Agromedia|Siti Nurhaliza|Budi Santoso|Dewi Lestari|Rudi Hartono|"
          "Sri Wahyuni|Agus Salim|Nur Hidayah|Slamet Riyadi|Wayan Sudarsana|Made Wirawan|Yohanes Lado").split("|")
_PUBLISHERS = ("Gramedia Pustaka Utama|Bentang Pustaka|Mizan|Erlangga|Balai Pustaka|Republika|Kanisius|"
               "Penebar Swadaya|Agromedia Pustaka|Lentera Dipantara|Grasindo|Tiga Serangkai|Yudhistira").split("|")


def server_dsn() -> str:
    return (os.environ.get("PUSTAKA_BENCH_POSTGRES") or os.environ.get("PUSTAKA_TEST_POSTGRES") or "").strip()


@contextmanager
def fresh_database(server: str, purpose: str) -> Iterator[str]:
    """An empty database on ``server`` for one run (dropped after); its DSN."""
    import psycopg
    from psycopg.conninfo import make_conninfo

    name = f"pustaka_bench_{purpose}_{os.getpid()}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0')
    try:
        yield make_conninfo(server, dbname=name)
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# kitab catalogued in Arabic letters (one title in ``KITAB_EVERY``): the pesantren's common ones, and others of made-up
# words in Arabic letters, so that the union's list of Arabic words (``union_arabic_word``) has the size of a
# province's (some 20,000 words) and a name typed in Latin letters is looked up among them (``KITAB_SEARCHES``)
KITAB_EVERY = 20
_KITAB = ("رياض الصالحين", "تفسير الجلالين", "فتح القريب المجيب", "صحيح البخاري", "سفينة النجا", "بلوغ المرام",
          "إحياء علوم الدين", "الأربعين النووية", "تعليم المتعلم", "بداية الهداية", "منهاج العابدين", "عقيدة العوام")
KITAB_SEARCHES = ["riyadhus shalihin", "tafsir jalalain", "fathul qorib", "safinatun naja", "bulughul marom",
                  "ihya ulumuddin", "arbain nawawi", "talimul mutaallim"]
_CONSONANTS = "بتثجحخدذرزسشصضطظغفقكلمنه"


def _arabic_word(rng: random.Random) -> str:
    letters = [rng.choice(_CONSONANTS) + (rng.choice("اوي") if rng.random() < 0.4 else "")
               for _ in range(rng.randint(3, 5))]
    return ("ال" if rng.random() < 0.4 else "") + "".join(letters)


def _title(rng: random.Random, n: int) -> tuple[str, str, str, str, int]:
    if n % KITAB_EVERY == 0:
        title = _KITAB[n // (KITAB_EVERY * 4) % len(_KITAB)] if n % (KITAB_EVERY * 4) == 0 else \
            " ".join(_arabic_word(rng) for _ in range(rng.randint(2, 4)))
        return title, rng.choice(_NAMES), rng.choice(_PUBLISHERS), "", rng.randint(1975, 2025)
    words = rng.sample(_WORDS, rng.choice((2, 2, 3, 3, 4, 5)))
    title = " ".join(words).capitalize()
    if n % 7 == 0:
        title += f" jilid {n % 5 + 1}"
    isbn = f"978602{n:07d}"[:13] if n % 3 else ""
    return title, rng.choice(_NAMES), rng.choice(_PUBLISHERS), isbn, rng.randint(1975, 2025)


def _generate(conn, sites: list[str], rng: random.Random) -> dict[str, int]:
    """The union tables filled through COPY; returns the sizes."""
    records = [_title(rng, n) for n in range(TITLES)]
    weights = [1.0 / (rank + 10) ** 0.9 for rank in range(TITLES)]
    cum = []
    total = 0.0
    for w in weights:
        total += w
        cum.append(total)
    held: dict[int, list[int]] = {}  # union id -> [copies, available, villages]
    links = []  # a village's holding is its links' counts (one village record per title here)
    for site in sites:
        chosen = set(rng.choices(range(TITLES), cum_weights=cum, k=PER_VILLAGE))
        for index in chosen:
            copies = rng.choice((1, 1, 1, 2, 2, 3))
            available = copies - (rng.random() < 0.15)
            links.append((f"bench:{site}:{index}", index + 1, site, copies, available))
            entry = held.setdefault(index + 1, [0, 0, 0])
            entry[0] += copies
            entry[1] += available
            entry[2] += 1
    with conn.cursor() as cur, cur.copy("COPY union_record (id, key, isbn, title, authors, publisher, year, data, "
                                        "copies, available, villages, form) FROM STDIN") as copy:
        for n, (title, author, publisher, isbn, year) in enumerate(records, start=1):
            copies, available, villages = held.get(n, (0, 0, 0))
            data = json.dumps({"title": title, "authors": [{"name": author, "role": "primary"}], "isbn": isbn,
                               "publisher": publisher, "year": year})
            copy.write_row((n, f"u:{n}", isbn, title, author, publisher, year, data, copies, available, villages,
                            fold(title)))
    with conn.cursor() as cur, cur.copy("COPY union_link (record_uid, union_id, site, copies, available) FROM STDIN") \
            as copy:  # after the union records they refer to
        for link in links:
            copy.write_row(link)
    conn.execute("CREATE TEMP TABLE bench_words (id BIGINT, t TEXT)")
    with conn.cursor() as cur, cur.copy("COPY bench_words (id, t) FROM STDIN") as copy:
        for n, (title, author, publisher, isbn, _year) in enumerate(records, start=1):
            copy.write_row((n, fold(f"{title} {author} {isbn} {publisher}")))
    conn.execute("UPDATE union_record r SET words = to_tsvector('simple', w.t) FROM bench_words w WHERE w.id = r.id")
    arabic = sorted({word for title, *_ in records[::KITAB_EVERY] for word in dialect.searchable(title).split()
                     if in_arabic_letters(word)})  # (as dialect.index_words lists them)
    with conn.cursor() as cur, cur.copy("COPY union_arabic_word (word) FROM STDIN") as copy:
        for word in arabic:
            copy.write_row((word,))
    conn.execute("SELECT setval(pg_get_serial_sequence('union_record', 'id'), %s)", (TITLES + 1,))
    tally = 0
    with conn.cursor() as cur, cur.copy("COPY district_tally (site, metric, day, key, value) FROM STDIN") as copy:
        start = date(2026, 1, 1)
        for site in sites:
            sums: dict[tuple[str, str, str], int] = {}
            for offset in range(334):  # 1 January .. 30 November 2026
                day = (start + timedelta(days=offset)).isoformat()
                for metric, value in (("visits", rng.randint(0, 30)), ("loans", rng.randint(0, 12)),
                                      ("members", int(rng.random() < 0.1))):
                    if value:
                        for grain in grains(day):
                            sums[(metric, grain, "")] = sums.get((metric, grain, ""), 0) + value
                if offset % 14 == 3:
                    for grain in grains(day):
                        key = ("sessions", grain, f"p{offset % 3}")
                        sums[key] = sums.get(key, 0) + 1
            for metric, value in (("copies", PER_VILLAGE * 2), ("titles", PER_VILLAGE), ("members", 150)):
                sums[(metric, "y2024", "")] = sums.get((metric, "y2024", ""), 0) + value
            for (metric, day, key), value in sums.items():
                copy.write_row((site, metric, day, key, value))
            tally += len(sums)
    conn.execute("VACUUM ANALYZE")  # (as autovacuum leaves a hub that has run a while: index-only scans read no table)
    return {"records": TITLES, "holdings": sum(v[2] for v in held.values()), "sums": tally, "arabic": len(arabic)}


def _searched(lib: Library, texts: list[str], rounds: int = 5) -> tuple[list[float], list[int]]:
    """Each text searched ``rounds`` times: the times in ms and the hits of each search."""
    times, hits = [], []
    for _ in range(rounds):
        for text in texts:
            t0 = time.perf_counter()
            hits.append(len(union.search(lib, text)))
            times.append((time.perf_counter() - t0) * 1000)
    return times, hits


def _p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else values[0]


def rows(ctx: BenchContext) -> list[Row]:
    server = server_dsn()
    if not server:
        note = "no PostgreSQL server: set PUSTAKA_BENCH_POSTGRES (or run under ./dev, which sets PUSTAKA_TEST_POSTGRES)"
        return [Row("hub on PostgreSQL: union search p95", None, "ms", 100, note=note),
                Row("hub on PostgreSQL: district report", None, "s", 10, note=note)]
    with fresh_database(server, "union") as dsn:
        return _measure(ctx, dsn)


def _measure(ctx: BenchContext, dsn: str) -> list[Row]:
    import psycopg

    from pustaka_desktop.core.store import postgres

    rng = random.Random(21)
    lib = Library.open(ctx.scratch / "hub-pg.sqlite3", SystemClock())
    profile.init_library(lib, name="Dinas Perpustakaan Provinsi", code="PROV", librarian="dinas", password="dinas123",
                         kind="district")
    staff = auth.login(lib, "dinas", "dinas123")
    sites = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(VILLAGES)]
    now = datetime.now(UTC)
    with lib.transaction():
        SyncPeer.insert_many([{"site": s, "kind": "village", "code": f"D{n:04d}", "name": f"Perpustakaan Desa {n}",
                               "public_key": "", "status": "active", "enrolled_at": now,
                               "last_bundle_at": now - timedelta(days=n % 40)} for n, s in enumerate(sites)]).execute()
        lib.db.connection().executemany(
            "INSERT INTO sync_replica (uid, site, entity, origin, version, deleted, data, field_versions, created, "
            "updated, received_at) VALUES (?, ?, 'library_profile', ?, '0000000000000-0000-x', 0, ?, '', '', '', ?)",
            [(str(uuid.uuid4()), s, s, json.dumps({"site": s, "closed_weekdays": rng.choice(("7", "6,7", "5"))}),
              now.strftime("%Y-%m-%d %H:%M:%S")) for s in sites])
    store = postgres.open_store(dsn)
    dialect.create_schema(store)
    store.close()
    started = time.perf_counter()
    with psycopg.connect(dsn, autocommit=True) as conn:
        sizes = _generate(conn, sites, rng)
    built_s = time.perf_counter() - started
    with lib.transaction():  # the generated tables are what the rules make: not made again from the (few) replicas
        set_setting(REBUILD_SETTING, False)
        set_setting(union_rebuild.MATCH_SETTING, union_rebuild.MATCH_RULE)
        set_setting(union_rebuild.WORDS_SETTING, union_rebuild.WORDS_RULE)
        set_setting(union_rebuild.ARABIC_SETTING, True)
    district_db.use_database(lib, staff, dsn)
    try:
        for text in SEARCHES:  # warm the caches once, as a hub that has been running would be
            union.search(lib, text)
        times, found = _searched(lib, SEARCHES)
        hits = sum(found)
        kitab_times, found = _searched(lib, KITAB_SEARCHES)
        kitab_hits = sum(map(bool, found))
        isbn_times = []
        for n in range(1, 200, 7):
            t0 = time.perf_counter()
            union.search(lib, f"978602{n * 3 + 1:07d}"[:13])
            isbn_times.append((time.perf_counter() - t0) * 1000)
        reports = {}
        for label, period in (("year 2026", Period.year(2026)), ("Q3 2026", Period.quarter(2026, 3)),
                              ("10-45 days", Period.custom(date(2026, 10, 10), date(2026, 11, 24)))):
            t0 = time.perf_counter()
            village_rows, total = stats.district_report(lib, period)
            reports[label] = (time.perf_counter() - t0, len(village_rows), total.visits)
    finally:
        lib.close()
    size = (f"{VILLAGES:,} villages x {PER_VILLAGE} titles: {sizes['records']:,} union records, "
            f"{sizes['holdings']:,} holdings, {sizes['sums']:,} day/month/year sums")
    worst = max(reports, key=lambda k: reports[k][0])
    return [
        Row("hub on PostgreSQL: union search p95 (words, 20 hits + holdings)", _p(times, 95), "ms", 100,
            note=f"p50 {statistics.median(times):.1f} ms over {len(times)} searches of {len(SEARCHES)} texts "
                 f"({hits:,} hits); {size}"),
        Row("hub on PostgreSQL: union search by ISBN p95", _p(isbn_times, 95), "ms", 100),
        Row("hub on PostgreSQL: a kitab in Arabic letters searched by its Latin name, p95", _p(kitab_times, 95), "ms",
            100, note=f"p50 {statistics.median(kitab_times):.1f} ms; {kitab_hits} of {len(kitab_times)} found; "
                      f"{sizes['arabic']:,} words in Arabic letters"),
        Row("hub on PostgreSQL: district report (slowest period)", reports[worst][0], "s", 10,
            note="; ".join(f"{k} {v[0]:.2f} s ({v[1]:,} villages)" for k, v in reports.items())),
        Row("hub on PostgreSQL: generating the catalogue (not a goal)", built_s, "s"),
    ]
