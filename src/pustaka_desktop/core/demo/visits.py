"""Demo visitor book: members and guests on open days, some group visits (rombongan), and books
read on site."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from ..circulation import holidays
from ..community.demographics import age_band
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store import write as store
from ..store.clock import local_today
from ..store.models import InLibraryUse, Item, Member, Visit
from .circulation import HISTORY_DAYS, Registered, _at, open_day
from .names import OCCUPATIONS, SCHOOLS
from .sizes import DemoSize, Progress

PURPOSES = ["read", "read", "borrow", "study", "internet", "activity", "other"]
AGE_BANDS = ["0-6", "7-12", "13-18", "19-35", "36-59", "60+"]
GROUPS = ["Kelas {n} {school}", "Rombongan PKK RW 0{n}", "Kelompok Tani RW 0{n}", "Pramuka {school}"]
# a school's level and the grades it teaches (a class of an SMP is Kelas 7 to 9, never Kelas 4)
LEVELS = (("SD", "sd", 1, 6), ("MI", "sd", 1, 6), ("SMP", "smp", 7, 9), ("MTs", "smp", 7, 9), ("SMA", "sma", 10, 12),
          ("SMK", "sma", 10, 12))


def fill(lib: Library, rng: random.Random, size: DemoSize, progress: Progress) -> dict[str, int]:
    """Visits on open days over the whole history (every year that has loans has visits too); a
    member signs the book at most once a day, and only once registered."""
    today = local_today(lib.clock)
    registered = Registered()
    people = {m: (g, b, o) for m, g, b, o in Member.select(Member.id, Member.gender, Member.birth_date,
                                                          Member.occupation).tuples()}
    calendar = holidays.calendar(lib)
    first_day = today - timedelta(days=HISTORY_DAYS)
    signed: set[tuple[int, object]] = set()
    rows = []
    groups = 0
    # Every year the history touches has visitors, however small the demo (a report for that year
    # must not show loans without a single visit).
    for year in range(first_day.year, today.year + 1):
        span = (max(first_day, date(year, 1, 1)), min(today, date(year, 12, 31)))
        day = open_day(calendar, span[0] + timedelta(days=rng.randint(0, (span[1] - span[0]).days)), span[0])
        if day is not None:
            rows.append({"at": _at(day, rng), "member": None, "gender": rng.choice("MF"), "age_band": "19-35",
                         "occupation": rng.choice(OCCUPATIONS), "origin_place": "village", "purpose": "read"})
    for n in range(size.visits):
        day = open_day(calendar, today - timedelta(days=rng.randint(0, HISTORY_DAYS)), first_day)
        if day is None:
            continue
        roll = rng.random()
        member_id = registered.pick(rng, day) if roll >= 0.01 and roll < 0.6 else None
        if member_id is not None and (member_id, day) in signed:
            member_id = registered.pick(rng, day)  # one more try, then a guest
            if (member_id, day) in signed:
                member_id = None
        if roll < 0.01:  # a group visit
            rows.append({"at": _at(day, rng), "member": None, "gender": "", "age_band": "", "occupation": "",
                         "origin_place": "village", "purpose": "activity", **_group(rng)})
            groups += 1
        elif member_id is not None:
            signed.add((member_id, day))
            gender, birth, occupation = people[member_id]
            rows.append({"at": _at(day, rng), "member": member_id, "gender": gender or "",
                         "age_band": age_band(birth, day), "occupation": occupation or "", "origin_place": "",
                         "purpose": rng.choice(PURPOSES)})
        else:
            rows.append({
                "at": _at(day, rng),
                "member": None,
                "gender": rng.choice("MF"),
                "age_band": rng.choice(AGE_BANDS[1:]),
                "occupation": rng.choice(OCCUPATIONS),
                "origin_place": "village" if rng.random() < 0.8 else "elsewhere",
                "purpose": rng.choice(PURPOSES),
            })
        if n % 20000 == 0:
            progress(0.9 * n / max(1, size.visits), QT_TRANSLATE_NOOP("Progress", "Making visits"))
    store.insert_many(lib, Visit, rows)
    items = [i for (i,) in Item.select(Item.id).limit(5000).tuples()]
    uses = []
    for _ in range(size.visits // 10 if items else 0):
        day = open_day(calendar, today - timedelta(days=rng.randint(0, HISTORY_DAYS)), first_day)
        if day is not None:
            uses.append({"item": rng.choice(items), "at": _at(day, rng)})
    store.insert_many(lib, InLibraryUse, uses)
    return {"visits": len(rows), "group visits": groups, "read on site": len(uses)}


def _group(rng: random.Random) -> dict[str, object]:
    """A group as it signs the book: a class or a scout troop of a school, counted by its school level, with the
    grade its school teaches; the PKK (the village women's group) women only; a farmers' group mostly men. The
    two village groups are adults, counted by age as the door's form asks."""
    kind = rng.choice(GROUPS)
    school = rng.choice(SCHOOLS)
    _, level, low, high = next(entry for entry in LEVELS if school.startswith(entry[0]))
    name = kind.format(n=rng.randint(low, high) if kind.startswith("Kelas") else rng.randint(1, 6), school=school)
    if kind.startswith(("Kelas", "Pramuka")):
        boys, girls = rng.randint(8, 18), rng.randint(8, 18)
        counts = {"M": boys, "F": girls, level: boys + girls}
    else:
        boys, girls = (0, rng.randint(8, 25)) if "PKK" in kind else (rng.randint(6, 15), rng.randint(0, 5))
        older = rng.randint(0, boys + girls)
        counts = {"M": boys, "F": girls, "19-35": boys + girls - older, "36-59": older}
    return {"headcount": boys + girls, "group_name": name,
            "breakdown": json.dumps({k: v for k, v in counts.items() if v}, sort_keys=True)}
