"""Demo loans: a history of returned loans, and some still out (a few overdue)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta

from .. import store
from ..clock import local_today
from ..models import Item, Loan, Member
from ..service import Library
from .sizes import DemoSize, Progress


def _at(day, rng: random.Random) -> datetime:
    # Desk hours 08:00-16:00 WIB (UTC+7) are 01:00-09:00 UTC.
    return datetime.combine(day, time(rng.randint(1, 8), rng.randint(0, 59)), tzinfo=UTC)


def fill(lib: Library, rng: random.Random, size: DemoSize, progress: Progress) -> dict[str, int]:
    today = local_today(lib.clock)
    members = [m for (m,) in Member.select(Member.id).tuples()]
    items = [i for (i,) in Item.select(Item.id).tuples()]
    if not members or not items:
        return {"loans": 0}
    rows = []
    for n in range(size.past_loans):
        day = today - timedelta(days=rng.randint(15, 730))
        due = day + timedelta(days=7)
        back = day + timedelta(days=rng.choice([2, 3, 5, 6, 7, 7, 9, 12]))
        rows.append({"item": rng.choice(items), "member": rng.choice(members), "loaned_at": _at(day, rng),
                     "due_on": due, "returned_at": _at(back, rng), "staff": "admin"})
        if n % 20000 == 0:
            progress(0.9 * n / max(1, size.past_loans), "loans")
    out = rng.sample(items, min(size.open_loans, len(items)))
    for item in out:
        day = today - timedelta(days=rng.randint(0, 20))
        rows.append({"item": item, "member": rng.choice(members), "loaned_at": _at(day, rng),
                     "due_on": day + timedelta(days=7), "returned_at": None, "staff": "admin"})
    store.insert_many(lib, Loan, rows)
    for item in Item.select().where(Item.id.in_(out)):
        store.update(lib, item, status="on_loan")
    return {"loans": len(rows)}
