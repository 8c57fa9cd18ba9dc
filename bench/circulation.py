"""Circulation core on the stress library: check-out and check-in latency (target p95 <= 5 ms each),
the member summary the desk shows on a card scan, and the overdue list."""

from __future__ import annotations

import random
import statistics
import time

from . import BenchContext, Row

PAIRS = 400


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 20 else max(values)


def rows(ctx: BenchContext) -> list[Row]:
    from pustaka_desktop.core import auth
    from pustaka_desktop.core.circulation import loans as circulation
    from pustaka_desktop.core.service import Library
    from pustaka_desktop.core.store.clock import local_today
    from pustaka_desktop.core.store.models import CollectionType, Item, Member, Staff

    lib = Library.open(ctx.copy_db("circulation"))
    try:
        by = Staff.get(Staff.role == auth.LIBRARIAN)
        today = local_today(lib.clock)
        rng = random.Random(4)
        loanable = [c.id for c in CollectionType.select().where(CollectionType.loanable == True)]  # noqa: E712
        copies = [b for (b,) in Item.select(Item.barcode)
                  .where((Item.status == "available") & Item.collection_type.in_(loanable))
                  .order_by(Item.id).limit(20000).tuples()]
        people = [n for (n,) in Member.select(Member.number)
                  .where((Member.expires_on > today) & (Member.blocked == False))  # noqa: E712
                  .order_by(Member.id).limit(5000).tuples()]
        out_times, in_times, pair_times, cpu_out, cpu_in, refused = [], [], [], [], [], 0
        for n in range(PAIRS):
            barcode, number = rng.choice(copies), rng.choice(people)
            started, cpu0 = time.perf_counter(), time.process_time()
            try:
                circulation.checkout(lib, by, number, barcode)
            except circulation.LoanRefused:
                refused += 1
                continue
            lent, cpu1 = time.perf_counter(), time.process_time()
            circulation.checkin(lib, by, barcode)
            back, cpu2 = time.perf_counter(), time.process_time()
            if n >= 10:  # the first few warm the caches
                out_times.append((lent - started) * 1000)
                in_times.append((back - lent) * 1000)
                pair_times.append((back - started) * 1000)
                cpu_out.append((cpu1 - cpu0) * 1000)
                cpu_in.append((cpu2 - cpu1) * 1000)

        summary_times = []
        for number in rng.sample(people, 200):
            started = time.perf_counter()
            circulation.member_summary(lib, number)
            summary_times.append((time.perf_counter() - started) * 1000)

        started = time.perf_counter()
        late = circulation.overdue(lib, limit=100)
        overdue_ms = (time.perf_counter() - started) * 1000
    finally:
        lib.close()
    note = (f"{len(out_times)} loans, {refused} refused; median {statistics.median(out_times):.1f} / "
            f"{statistics.median(in_times):.1f} ms; wall time incl. fsync (synchronous=FULL)")
    return [
        Row("Check-out through the core (p95)", _p95(out_times), "ms", 5.0, note=note),
        Row("Check-in through the core (p95)", _p95(in_times), "ms", 5.0, note=note),
        Row("Check-out + check-in pair (p95)", _p95(pair_times), "ms", None, note="both in one go"),
        Row("Check-out CPU time (p95)", _p95(cpu_out), "ms", None, note="process CPU, unaffected by other load"),
        Row("Check-in CPU time (p95)", _p95(cpu_in), "ms", None, note="process CPU, unaffected by other load"),
        Row("Member summary on a card scan (p95)", _p95(summary_times), "ms", 50.0, note="200 members"),
        Row("Overdue list, first 100 lines", overdue_ms, "ms", 500.0, note=f"{len(late)} lines"),
    ]
