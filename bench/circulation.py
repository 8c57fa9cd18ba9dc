"""Circulation core on the stress library: check-out and check-in latency measured side by side with
a raw SQLite loan transaction of the same durability (WAL, synchronous=FULL, same file, same disk,
interleaved so both see the same load): target core p95 <= raw p95 + 1.5 ms. Also the member summary
the desk shows on a card scan, and the overdue list.

The raw floor: BEGIN; INSERT the loan row (all its columns); UPDATE the copy's status; COMMIT (and
for a return: UPDATE the loan's returned_at; UPDATE the copy; COMMIT), written once as SQL on a
plain sqlite3 connection. The core does the same plus every rule check, the version stamps, the
change log, the undo record and the audit where needed."""

from __future__ import annotations

import random
import statistics
import time

from . import BenchContext, Row

PAIRS = 400


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 20 else max(values)


class _RawLoans:
    """The floor: the same loan rows written as plain SQL on a plain sqlite3 connection."""

    def __init__(self, path, site: str) -> None:
        import sqlite3

        self.conn = sqlite3.connect(str(path), isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = FULL")
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.site = site
        self.n = 0

    def checkout(self, item_id: int, member_id: int) -> int:
        import uuid
        from datetime import UTC, datetime

        self.n += 1
        now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")
        version = f"{int(time.time() * 1000):013d}-{self.n % 0xFFFF:04x}-{self.site}"
        self.conn.execute("BEGIN")
        cursor = self.conn.execute(
            "INSERT INTO loan (uid, origin, version, deleted, created_at, updated_at, field_versions, item_id, "
            "member_id, loaned_at, due_on, returned_at, renewals, staff) VALUES (?, ?, ?, 0, ?, ?, '', ?, ?, ?, "
            "date('now', '+14 days'), NULL, 0, 'bench')",
            (str(uuid.uuid4()), self.site, version, now, now, item_id, member_id, now))
        self.conn.execute("UPDATE item SET status = 'on_loan' WHERE id = ?", (item_id,))
        self.conn.execute("COMMIT")
        return cursor.lastrowid

    def checkin(self, loan_id: int, item_id: int) -> None:
        from datetime import UTC, datetime

        now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")
        self.conn.execute("BEGIN")
        self.conn.execute("UPDATE loan SET returned_at = ? WHERE id = ?", (now, loan_id))
        self.conn.execute("UPDATE item SET status = 'available' WHERE id = ?", (item_id,))
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()


def rows(ctx: BenchContext) -> list[Row]:
    from pustaka_desktop.core import auth
    from pustaka_desktop.core.circulation import loans as circulation
    from pustaka_desktop.core.circulation import member_loans, overdue
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
        raw = _RawLoans(lib.path, lib.site_id)
        raw_ids = dict(Item.select(Item.barcode, Item.id).where(Item.barcode.in_(copies[-2000:])).tuples())
        member_ids = [i for (i,) in Member.select(Member.id).where(Member.number.in_(people[:500])).tuples()]
        out_times, in_times, pair_times, cpu_out, cpu_in, refused = [], [], [], [], [], 0
        raw_out, raw_in = [], []
        for n in range(PAIRS):
            barcode, number = rng.choice(copies[:-2000]), rng.choice(people)
            started, cpu0 = time.perf_counter(), time.process_time()
            try:
                circulation.checkout(lib, by, number, barcode)
            except circulation.LoanRefused:
                refused += 1
                continue
            lent, cpu1 = time.perf_counter(), time.process_time()
            raw_item = raw_ids[rng.choice(list(raw_ids))]
            raw_started = time.perf_counter()
            loan_id = raw.checkout(raw_item, rng.choice(member_ids))
            raw_lent = time.perf_counter()
            back0, cpu1b = time.perf_counter(), time.process_time()
            circulation.checkin(lib, by, barcode)
            back, cpu2 = time.perf_counter(), time.process_time()
            raw_back0 = time.perf_counter()
            raw.checkin(loan_id, raw_item)
            raw_back = time.perf_counter()
            if n >= 10:  # the first few warm the caches
                out_times.append((lent - started) * 1000)
                in_times.append((back - back0) * 1000)
                pair_times.append((lent - started + back - back0) * 1000)
                cpu_out.append((cpu1 - cpu0) * 1000)
                cpu_in.append((cpu2 - cpu1b) * 1000)
                raw_out.append((raw_lent - raw_started) * 1000)
                raw_in.append((raw_back - raw_back0) * 1000)
        raw.close()

        summary_times = []
        for number in rng.sample(people, 200):
            started = time.perf_counter()
            member_loans.member_summary(lib, number)
            summary_times.append((time.perf_counter() - started) * 1000)

        started = time.perf_counter()
        late = overdue.overdue(lib, limit=100)
        overdue_ms = (time.perf_counter() - started) * 1000
    finally:
        lib.close()
    note = (f"{len(out_times)} loans, {refused} refused; median {statistics.median(out_times):.2f} / "
            f"{statistics.median(in_times):.2f} ms; wall time incl. fsync (synchronous=FULL)")
    raw_out95, raw_in95 = _p95(raw_out), _p95(raw_in)
    core_out95, core_in95 = _p95(out_times), _p95(in_times)
    return [
        Row("Raw SQLite loan transaction, check-out (p95)", raw_out95, "ms", None,
            note=f"same file, WAL + synchronous=FULL, interleaved; median {statistics.median(raw_out):.2f} ms"),
        Row("Raw SQLite loan transaction, check-in (p95)", raw_in95, "ms", None,
            note=f"median {statistics.median(raw_in):.2f} ms"),
        Row("Check-out through the core (p95)", core_out95, "ms", raw_out95 + 1.5,
            note=f"target raw p95 + 1.5 ms; ratio {core_out95 / raw_out95:.1f}x raw; " + note),
        Row("Check-in through the core (p95)", core_in95, "ms", raw_in95 + 1.5,
            note=f"target raw p95 + 1.5 ms; ratio {core_in95 / raw_in95:.1f}x raw"),
        Row("Check-out + check-in pair (p95)", _p95(pair_times), "ms", None, note="both in one go"),
        Row("Check-out CPU time (p95)", _p95(cpu_out), "ms", None, note="process CPU, unaffected by other load"),
        Row("Check-in CPU time (p95)", _p95(cpu_in), "ms", None, note="process CPU, unaffected by other load"),
        Row("Member summary on a card scan (p95)", _p95(summary_times), "ms", 50.0, note="200 members"),
        Row("Overdue list, first 100 lines", overdue_ms, "ms", 500.0, note=f"{len(late)} lines"),
    ]
