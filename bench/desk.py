"""Desk GUI at scanner speed: 1,000 scans typed into the real Desk page (offscreen) on a copy of the
stress library, each scan's characters + Enter typed at once every 30 ms, back to back, like a USB
scanner. Counts what was recorded, lost or merged, and the worst event-loop stall (a 5 ms heartbeat
timer's longest late tick) while the queue is worked off.

Sequence: 500 copies on loan scanned with no member open (returns), then 250 x (member card, an
available copy) (loans). Checked afterwards in the database: every return closed its loan and every
copy is on loan to the member whose card came just before it.
"""

from __future__ import annotations

import os
import time

from . import BenchContext, Row

SCANS = 1000
RETURNS = 500
PAIRS = (SCANS - RETURNS) // 2
INTERVAL_MS = 30
HEARTBEAT_MS = 5


def _pick(lib):
    from pustaka_desktop.core.circulation import fines, holds
    from pustaka_desktop.core.circulation.loan_rules import options
    from pustaka_desktop.core.store.clock import local_today
    from pustaka_desktop.core.store.models import CollectionType, Hold, Item, Loan, Member

    today = local_today(lib.clock)
    opts = options(lib)
    open_loans = (Loan.select(Loan.id, Item.barcode).join(Item, on=(Loan.item == Item.id))
                  .where(Loan.returned_at.is_null() & (Loan.deleted == False))  # noqa: E712
                  .order_by(Loan.id).limit(RETURNS).tuples())
    returns = list(open_loans)
    busy = Loan.select(Loan.member).where(Loan.returned_at.is_null() & (Loan.deleted == False))  # noqa: E712
    candidates = (Member.select().where((Member.deleted == False) & (Member.blocked == False)  # noqa: E712
                                        & (Member.expires_on >= today) & Member.id.not_in(busy))
                  .order_by(Member.id).limit(PAIRS * 3))
    members = [m for m in candidates if fines.balance(lib, m) <= opts.max_unpaid_fines][:PAIRS]
    loanable = CollectionType.select(CollectionType.id).where(CollectionType.loanable == True)  # noqa: E712
    held = Hold.select(Hold.record).where(Hold.status.in_(holds.ACTIVE) & (Hold.deleted == False))  # noqa: E712
    copies = list(Item.select(Item.id, Item.barcode).where(
        (Item.status == "available") & (Item.deleted == False) & Item.collection_type.in_(loanable)  # noqa: E712
        & Item.record.not_in(held)).order_by(Item.id.desc()).limit(PAIRS).tuples())
    return returns, members, copies


def _lend_for_returns(lib, staff, count: int) -> None:
    """Set-up (not measured): a library without enough open loans gets some through the core, to
    members and copies the measured part does not use."""
    from pustaka_desktop.core.circulation import loans as circulation
    from pustaka_desktop.core.store.models import Item, Member

    borrowers = list(Member.select().where(Member.deleted == False).order_by(Member.id.desc()).limit(count))  # noqa: E712
    items = list(Item.select(Item.barcode).where((Item.status == "available") & (Item.deleted == False))  # noqa: E712
                 .order_by(Item.id).limit(count))
    for n, item in enumerate(items):
        circulation.checkout(lib, staff, borrowers[n % len(borrowers)], item.barcode, override=True)


def rows(ctx: BenchContext) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from pustaka_desktop.core import auth
    from pustaka_desktop.core.service import Library
    from pustaka_desktop.core.store.models import Item, Loan, Staff
    from pustaka_desktop.gui.context import AppContext
    from pustaka_desktop.gui.pages.desk import DeskPage

    app = QApplication.instance() or QApplication([])
    lib = Library.open(ctx.copy_db("desk"))
    staff = Staff.select().where((Staff.role == auth.LIBRARIAN) & (Staff.active == True)).first()  # noqa: E712
    returns, members, copies = _pick(lib)
    if len(returns) < RETURNS:
        _lend_for_returns(lib, staff, RETURNS - len(returns))
        returns, members, copies = _pick(lib)
    if len(returns) < RETURNS or len(members) < PAIRS or len(copies) < PAIRS:
        lib.close()
        return [Row("Desk GUI: 1,000 scans at scanner speed", None, "",
                    note=f"not enough data: {len(returns)} loans, {len(members)} members, {len(copies)} copies")]
    sequence = [barcode for _, barcode in returns]
    for member, (_, barcode) in zip(members, copies, strict=True):
        sequence += [member.number, barcode]

    page = DeskPage(AppContext(lib, staff))
    page.idle_ms = 0
    page.resize(1280, 800)
    page.show()
    received: list[str] = []
    page.scan_box.scanned.connect(received.append)
    app.processEvents()

    worst_stall = 0.0
    clock = QElapsedTimer()
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(HEARTBEAT_MS)
    last = [0]

    stalls: list[tuple[float, int]] = []  # (ms late, scans typed so far) of ticks over 20 ms late

    def beat() -> None:
        nonlocal worst_stall
        now = clock.elapsed()
        late = now - last[0] - HEARTBEAT_MS
        worst_stall = max(worst_stall, late)
        if late > 20:
            stalls.append((late, position[0]))
        last[0] = now

    position = [0]
    heartbeat.timeout.connect(beat)
    feeder = QTimer()
    feeder.setTimerType(Qt.TimerType.PreciseTimer)
    feeder.setInterval(INTERVAL_MS)

    def type_next() -> None:
        if position[0] >= len(sequence):
            feeder.stop()
            return
        code = sequence[position[0]]
        position[0] += 1
        # The keystrokes of one scan arrive together, as from a USB scanner (events made by Qt itself:
        # Python-made events posted by the thousand trip a PySide reference-count bug).
        QTest.keyClicks(page.scan_box, code)
        QTest.keyClick(page.scan_box, Qt.Key.Key_Return)

    feeder.timeout.connect(type_next)
    page.scan_box.setFocus()
    started = time.perf_counter()
    clock.start()
    heartbeat.start()
    feeder.start()
    deadline = started + 900
    while (page.events_seen < len(sequence) or position[0] < len(sequence)) and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - started
    heartbeat.stop()
    feeder.stop()
    page.shutdown()

    # What landed in the database
    returned_ok = Loan.select().where(Loan.id.in_([loan_id for loan_id, _ in returns])
                                      & Loan.returned_at.is_null(False)).count()
    lent_ok = 0
    for member, (item_id, _) in zip(members, copies, strict=True):
        lent_ok += Loan.select().where((Loan.item == item_id) & (Loan.member == member.id)
                                       & Loan.returned_at.is_null()).exists()
    on_loan = Item.select().where(Item.id.in_([item_id for item_id, _ in copies]) & (Item.status == "on_loan")).count()
    lib.close()
    if os.environ.get("BENCH_DESK_STALLS"):
        print("stalls (ms late, scans typed):", [(round(ms), n) for ms, n in stalls])
    lost = len(sequence) - len(received)
    merged = sum(1 for got, want in zip(received, sequence, strict=False) if got != want)
    landed = returned_ok + lent_ok
    lengths = sorted({len(code) for code in sequence})
    return [
        Row("Desk GUI: scans recorded (1,000 typed at scanner speed)", len(received), "scans", SCANS,
            higher_is_better=True, note=f"codes of {lengths[0]}-{lengths[-1]} chars + Enter every {INTERVAL_MS} ms"),
        Row("Desk GUI: scans lost or merged", lost + merged, "scans", 0, note=f"lost {lost}, merged/out of order {merged}"),
        Row("Desk GUI: actions landed in the database", landed, "actions", RETURNS + PAIRS, higher_is_better=True,
            note=f"{returned_ok} returns, {lent_ok} loans ({on_loan} copies on loan); 250 card scans open members"),
        Row("Desk GUI: worst event-loop stall while scanning", worst_stall, "ms", 100,
            note=f"{HEARTBEAT_MS} ms heartbeat; {len(stalls)} ticks >20 ms late; all answered after {elapsed:.1f} s "
                 f"({len(sequence) / elapsed:.0f} scans/s incl. the 30 ms typing gaps)"),
    ]
