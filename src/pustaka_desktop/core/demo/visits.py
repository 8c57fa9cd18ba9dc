"""Demo visitor book: members and guests on open days."""

from __future__ import annotations

import random
from datetime import timedelta

from .. import store
from ..clock import local_today
from ..models import Member, Visit
from ..service import Library
from .circulation import _at
from .names import OCCUPATIONS
from .sizes import DemoSize, Progress

PURPOSES = ["read", "read", "borrow", "study", "internet", "activity", "other"]
AGE_BANDS = ["0-6", "7-12", "13-18", "19-35", "36-59", "60+"]


def fill(lib: Library, rng: random.Random, size: DemoSize, progress: Progress) -> dict[str, int]:
    today = local_today(lib.clock)
    members = [m for (m,) in Member.select(Member.id).tuples()]
    rows = []
    for n in range(size.visits):
        day = today - timedelta(days=rng.randint(0, 365))
        if day.isoweekday() == 7:  # closed on Sundays
            day -= timedelta(days=1)
        member = rng.choice(members) if members and rng.random() < 0.6 else None
        rows.append({
            "at": _at(day, rng),
            "member": member,
            "gender": rng.choice("MF"),
            "age_band": rng.choice(AGE_BANDS[1:]),
            "occupation": rng.choice(OCCUPATIONS),
            "origin_place": "village" if rng.random() < 0.8 else "elsewhere",
            "purpose": rng.choice(PURPOSES),
        })
        if n % 20000 == 0:
            progress(n / max(1, size.visits), "visits")
    store.insert_many(lib, Visit, rows)
    return {"visits": len(rows)}
