"""The process the power-cut harness kills: records loans, returns and imports in a loop, printing each
operation's id to stdout only after its transaction committed ("acknowledged").

    python powercut_worker.py DB RUN SEED

Lines: ``ready``, then ``L <op> <loan uid>`` (check-out), ``R <op> <loan uid>`` (return),
``I <op> <first record uid> <n>`` (an import of n records with one copy each).
Uses ``core.circulation`` (the real check-out/return) when it exists, else writes the same rows through
``core.store`` in transactions shaped like a check-out/return. Imports write records and copies in one
transaction through the real ``interop.importer`` (a small CSV), or ``store.insert_many`` before it landed.
"""

from __future__ import annotations

import random
import sys
import uuid
from datetime import timedelta
from pathlib import Path

from pustaka_desktop.core.errors import PustakaError
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import local_today
from pustaka_desktop.core.store.models import Item, Loan, Member, Record, Staff

NAMESPACE = uuid.UUID("5b0c7a2e-6f53-4c1e-9d1a-2f5f0e4b9a11")
IMPORT_SIZE = 20


def op_uid(op: str, n: int = 0) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{op}/{n}"))


try:  # the real desk code, when this checkout has it
    from pustaka_desktop.core.circulation import loans as circulation
except ImportError:  # pragma: no cover - before core/circulation.py landed
    circulation = None
try:
    from pustaka_desktop.core.interop import importer
except ImportError:  # pragma: no cover
    importer = None


def real_checkout(lib: Library, by: Staff, member: Member, item: Item, op: str) -> str:
    return circulation.checkout(lib, by, member.number, item.barcode, override=True).loan.uid


def real_checkin(lib: Library, by: Staff, loan: Loan) -> str:
    result = circulation.checkin(lib, by, Item.get_by_id(loan.item_id).barcode)
    return result.loan.uid


def checkout(lib: Library, member: Member, item: Item, op: str) -> str:
    uid = op_uid(op)
    with lib.transaction():
        store.insert(lib, Loan, uid=uid, item=item, member=member, loaned_at=lib.clock.now(),
                     due_on=local_today(lib.clock) + timedelta(days=7), staff="powercut")
        store.update(lib, item, status="on_loan")
    return uid


def checkin(lib: Library, loan: Loan) -> str:
    with lib.transaction():
        store.update(lib, loan, returned_at=lib.clock.now())
        store.update(lib, Item.get_by_id(loan.item_id), status="available")
    return loan.uid


def real_import(lib: Library, by: Staff, op: str, folder: Path) -> str:
    """The real catalogue import (interop.importer) of a small CSV: IMPORT_SIZE titles, one copy each."""
    path = folder / f"impor-{op}.csv"
    lines = ["title,barcode"] + [f"Buku impor {op} #{n},P{op.replace('-', 'X')}X{n:02d}" for n in range(IMPORT_SIZE)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    importer.import_file(lib, by, "csv", path)
    path.unlink()
    return op_uid(op, 0)


def import_batch(lib: Library, op: str) -> str:
    with lib.transaction():
        uids = store.insert_many(lib, Record, [
            {"uid": op_uid(op, n), "title": f"Buku impor {op} #{n}", "isbn": ""} for n in range(IMPORT_SIZE)])
        ids = dict(Record.select(Record.uid, Record.id).where(Record.uid.in_(uids)).tuples())
        store.insert_many(lib, Item, [
            {"record": ids[uid], "barcode": f"P{op.replace('-', 'X')}X{n:02d}"[:20]} for n, uid in enumerate(uids)])
    return uids[0]


def main(argv: list[str]) -> int:
    path, run, seed = argv[0], int(argv[1]), int(argv[2])
    rng = random.Random(seed)
    lib = Library.open(path)
    members = list(Member.select().where(Member.deleted == False))  # noqa: E712
    by = Staff.get(Staff.username == "pustakawan")
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    n = 0
    while True:
        n += 1
        op = f"{run}-{n}"
        choice = rng.random()
        if choice < 0.08:
            first = real_import(lib, by, op, Path(path).parent) if importer is not None else import_batch(lib, op)
            line = f"I {op} {first} {IMPORT_SIZE}"
        elif choice < 0.55:
            item = (Item.select().where((Item.status == "available") & (Item.deleted == False))  # noqa: E712
                    .order_by(Item.id).offset(rng.randrange(50)).first())
            if item is None:
                continue
            member = rng.choice(members)
            if circulation is not None:
                try:
                    uid = real_checkout(lib, by, member, item, op)
                except PustakaError:
                    continue  # refused by a rule: nothing written, nothing acknowledged
            else:
                uid = checkout(lib, member, item, op)
            line = f"L {op} {uid}"
        else:
            loan = (Loan.select().where(Loan.returned_at.is_null() & (Loan.deleted == False))  # noqa: E712
                    .order_by(Loan.id).offset(rng.randrange(20)).first())
            if loan is None:
                continue
            uid = real_checkin(lib, by, loan) if circulation is not None else checkin(lib, loan)
            line = f"R {op} {uid}"
        out.write(line + "\n")
        out.flush()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
