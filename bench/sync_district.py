"""District benchmarks: a 200-village inbox, the cost of one full village bundle at 10 and at 200
villages (cost per change, not per village), union search and the district report at that size.

The villages are 200 clones of one demo village (``bench.sync.inbox_clones``, cached): the same
titles everywhere, so every union record is shared by all of them, the worst case for counts that
are not kept incrementally. ``--villages=N`` runs a smaller inbox (the rows say so, and scale the inbox target).
"""

from __future__ import annotations

import os
import random
import resource
import statistics
import time
from pathlib import Path

from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.sync import hub, stats, union

from . import BenchContext, Row
from .sync import INBOX_VILLAGES, _address, _district, _enrol_clone, inbox_clones

SEARCH_WORDS = ["sejarah", "pertanian", "cerita rakyat", "matematika", "islam", "anak", "budidaya lele", "kesehatan",
                "resep", "bahasa inggris", "ko", "indonesia", "pramoedya", "tere liye", "komputer",
                "978-602-03-0000-0", "6020300000"]


def _villages(ctx: BenchContext) -> int:
    """``python -m bench --only sync_district --villages=40`` for a quicker, smaller run."""
    for arg in ctx.options.get("extra") or []:
        if str(arg).lstrip("-").startswith("villages="):
            try:
                return max(12, min(INBOX_VILLAGES, int(str(arg).split("=", 1)[1])))
            except ValueError:
                break
    return INBOX_VILLAGES


def rows(ctx: BenchContext) -> list[Row]:
    out: list[Row] = []
    root = ctx.scratch / "sync-district"
    root.mkdir(exist_ok=True)
    clones = inbox_clones()[:_villages(ctx)]
    district, dstaff = _district(root)
    district.activate()
    inbox = root / "inbox"
    inbox.mkdir()
    for clone in clones:
        _enrol_clone(district, clone)
        _address(clone, district, inbox)
    marks: list[tuple[float, float]] = []

    def heard(line) -> None:
        marks.append((time.perf_counter(), time.process_time()))

    load0 = _load()
    started, cpu0, helper0 = time.perf_counter(), time.process_time(), _children_cpu()
    lines = hub.import_folder(district, dstaff, inbox, on_line=heard)
    took, cpu = time.perf_counter() - started, time.process_time() - cpu0
    helper = _children_cpu() - helper0  # the second process that reads bundles ahead (core.sync.staging)
    load = f"machine load (1-min average, {os.cpu_count()} cores) {load0} at the start, {_load()} at the end"
    ok = sum(1 for line in lines if line.result == "applied")
    rows_in = sum(line.rows for line in lines)
    n = len(clones)
    out.append(Row(f"district: inbox of {n} village bundles x 5,000 copies (wall)", took, "s",
                   180 * n / INBOX_VILLAGES,
                   note=f"{ok} applied, {rows_in:,} rows, CPU {cpu:.0f} s here + {helper:.0f} s in the process "
                        "reading bundles ahead; each a full demo village snapshot "
                        "(records, copies, members, loans, visits...), all villages holding the same titles; "
                        + load))
    walls = [b[0] - a[0] for a, b in zip([(started, cpu0), *marks], marks, strict=False)]
    cpus = [b[1] - a[1] for a, b in zip([(started, cpu0), *marks], marks, strict=False)]
    early = statistics.median(cpus[5:10])
    late = statistics.median(cpus[-5:])
    # CPU of this process: the rows' reading (staging) runs beside it in the second process
    out.append(Row("district: one full bundle at 10 villages (CPU, median of bundles 6-10)", early, "s",
                   note=f"wall {statistics.median(walls[5:10]):.2f} s"))
    out.append(Row(f"district: one full bundle at {n} villages (CPU, median of the last 5)", late, "s",
                   note=f"wall {statistics.median(walls[-5:]):.2f} s"))
    out.append(Row(f"district: bundle cost at {n} / at 10 villages (CPU)", late / early, "x", 2.0))

    period = Period.year(district.clock.now().year)
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        report_rows, _total = stats.district_report(district, period)
        times.append(time.perf_counter() - t0)
    tally_rows = district.db.execute_sql("SELECT count(*) FROM district_tally").fetchone()[0]
    out.append(Row(f"district: report for a year at {n} villages (median of 5)", statistics.median(times), "s", 1,
                   note=f"{len(report_rows)} villages, {tally_rows:,} running sums"))

    _search_rows(district, out, n, "inbox as imported")
    _grow_union(district, 1_000_000, random.Random(7))
    _search_rows(district, out, n, "topped up to 1,000,000 copies")
    district.close()
    return out


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # ended child processes, once waited for
    return usage.ru_utime + usage.ru_stime


def _load() -> str:
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:  # not on every system
        return "?"


def _search_rows(district: Library, out: list[Row], villages: int, what: str) -> None:
    for word in SEARCH_WORDS[:3]:
        union.search(district, word)  # warm the page cache as a user's first searches would
    times = []
    for _ in range(5):
        for word in SEARCH_WORDS:
            t0 = time.perf_counter()
            union.search(district, word)
            times.append((time.perf_counter() - t0) * 1000)
    p95 = statistics.quantiles(times, n=20)[-1]
    copies = district.db.execute_sql("SELECT coalesce(sum(copies), 0) FROM union_record").fetchone()[0]
    records = district.db.execute_sql("SELECT count(*) FROM union_record").fetchone()[0]
    out.append(Row(f"district: union search p95 with holdings ({what})", p95, "ms", 50,
                   note=f"{copies:,} copies, {records:,} union records, {villages} villages, {len(times)} searches "
                        "(words and ISBNs)"))


def _grow_union(lib: Library, target_copies: int, rng: random.Random) -> None:
    """Top the union catalogue up to ``target_copies`` copies: 100k more titles, each held by ten of
    the villages (written straight into the union tables; what search reads: records, words, links)."""
    from pustaka_desktop.core.demo.names import AUTHORS, TOPICS

    conn = lib.db.connection()
    have = conn.execute("SELECT coalesce(sum(copies), 0) FROM union_record").fetchone()[0]
    sites = [s for (s,) in conn.execute("SELECT site FROM sync_peer WHERE kind = 'village'")]
    per = max(1, min(len(sites), (target_copies - have) // 100_000))
    with lib.transaction():
        base = conn.execute("SELECT coalesce(max(id), 0) FROM union_record").fetchone()[0]
        unions = []
        for n in range(100_000):
            _ddc, _subject, titles = rng.choice(TOPICS)
            unions.append((base + n + 1, f"bench:{n}", f"{rng.choice(titles)} {n % 997}", rng.choice(AUTHORS)))
        conn.executemany("INSERT INTO union_record (id, key, title, authors, isbn, publisher, ddc, data, adopted, "
                         f"copies, available, villages, form, district_fields) VALUES (?,?,?,?,'', '', '', '{{}}', 0, "
                         f"{per}, {per}, {per}, '', '')", unions)
        conn.executemany("INSERT INTO union_record_fts(rowid, title, authors, isbn, publisher) VALUES (?,?,?,'', '')",
                         [(u[0], u[2], u[3]) for u in unions])
        conn.executemany("INSERT INTO union_link (record_uid, union_id, site, keys, form, pinned, copies, available, "
                         "stock) VALUES (?,?,?,'','',0,1,1,'')",  # a village's holding is its links' counts
                         [(f"bench:{n}:{k}", u[0], sites[(n + k) % len(sites)]) for n, u in enumerate(unions)
                          for k in range(per)])


__all__ = ["rows", "Path"]
