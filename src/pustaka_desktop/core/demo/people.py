"""Demo members with demographics."""

from __future__ import annotations

import random
from datetime import date, timedelta

from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store import write as store
from ..store.clock import local_today
from ..store.models import Member, MemberType
from .names import EDUCATION, FIRST_NAMES_F, FIRST_NAMES_M, OCCUPATIONS, SCHOOLS, SURNAMES, VILLAGES
from .sizes import DemoSize, Progress


def fill(lib: Library, rng: random.Random, size: DemoSize, progress: Progress) -> dict[str, int]:
    today = local_today(lib.clock)
    types = {t.name: t for t in MemberType.select()}
    code = lib.profile.code
    rows = []
    for n in range(size.members):
        gender = rng.choice("MF")
        first = rng.choice(FIRST_NAMES_M if gender == "M" else FIRST_NAMES_F)
        age = rng.choices([rng.randint(6, 12), rng.randint(13, 18), rng.randint(19, 70)], weights=[4, 3, 4])[0]
        birth = date(today.year - age, rng.randint(1, 12), rng.randint(1, 28))
        if age <= 12:
            kind, occupation, education = "Anak-anak", "Pelajar", "SD"
        elif age <= 18:
            kind, occupation, education = "Pelajar", "Pelajar", rng.choice(["SMP", "SMA"])
        else:
            kind, occupation, education = "Umum", rng.choice(OCCUPATIONS[1:]), rng.choice(EDUCATION[1:])
        registered = today - timedelta(days=rng.randint(0, 365 * 3))
        member_type = types[kind]
        name = f"{first} {rng.choice(SURNAMES)}"
        # the hamlet in the address, its RT/RW in their own field, as the member form asks (one RT/RW a member: the
        # first pair drawn; the second is still drawn, so the people made after stay who they were)
        hamlet, rt_rw = rng.choice(["Babakan", "Cikaret", "Pasir", "Tegal"]), f"0{rng.randint(1, 9)}/0{rng.randint(1, 6)}"
        village = rng.choice(VILLAGES)
        rng.randint(1, 9), rng.randint(1, 6)
        rows.append({
            "number": f"{code}-A{n + 1:05d}",
            "name": name,
            "gender": gender,
            "birth_date": birth,
            "member_type": member_type.id,
            "address": f"Kp. {hamlet}",
            "village": village,
            "rt_rw": rt_rw,
            "phone": f"08{rng.randint(11, 99)}{rng.randrange(10**8):08d}",
            "occupation": occupation,
            "education": education,
            "institution": rng.choice(SCHOOLS) if age <= 18 else "",
            "guardian": f"{rng.choice(FIRST_NAMES_M)} {rng.choice(SURNAMES)}" if age <= 12 else "",
            "registered_on": registered,
            "expires_on": registered + timedelta(days=member_type.validity_days * rng.choice([1, 1, 2])),
        })
        if n % 5000 == 0:
            progress(n / size.members, QT_TRANSLATE_NOOP("Progress", "Making members"))
    store.insert_many(lib, Member, rows)
    return {"members": len(rows)}
