"""A realistic, deterministic demo library (``pustaka-cli demo --size village|stress``).

Each area adds its own part as a function ``fill(lib, rng, size, progress)`` in this package and
lists it in ``PARTS``; they run in order, one transaction each, through the one write path.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from .. import profile
from ..errors import Conflict
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..settings import get_setting, set_setting
from ..store.db import refresh_statistics
from ..store.models import Record
from . import catalog, circulation, people, programs, visits
from .sizes import SIZES, Progress

# In order: each part may use the rows of the parts before it.
PARTS: list[Callable] = [catalog.fill, people.fill, circulation.fill, visits.fill, programs.fill]


DEMO_PROFILE = {
    "name": "Perpustakaan Desa Sukamaju",
    "code": "SKM",
    "npp": "3204052D1000001",
    "village": "Sukamaju",
    "kecamatan": "Cibeureum",
    "kabupaten": "Bandung",
    "province": "Jawa Barat",
    "address": "Jl. Raya Sukamaju No. 12, RT 02/RW 05",
    "population": 6_400,
    "head_name": "Siti Rahmawati",
}
DEMO_LIBRARIAN = ("admin", "admin123")

# What generate() counts, in words ("3.000 judul"): the keys of its result.
COUNT_NAMES: dict[str, str] = {
    "records": QT_TRANSLATE_NOOP("DemoCounts", "{n} titles"),
    "copies": QT_TRANSLATE_NOOP("DemoCounts", "{n} copies"),
    "members": QT_TRANSLATE_NOOP("DemoCounts", "{n} members"),
    "loan_rules": QT_TRANSLATE_NOOP("DemoCounts", "{n} loan rules"),
    "holidays": QT_TRANSLATE_NOOP("DemoCounts", "{n} holidays"),
    "loans": QT_TRANSLATE_NOOP("DemoCounts", "{n} loans"),
    "fines": QT_TRANSLATE_NOOP("DemoCounts", "{n} fines"),
    "holds": QT_TRANSLATE_NOOP("DemoCounts", "{n} reservations"),
    "visits": QT_TRANSLATE_NOOP("DemoCounts", "{n} visits"),
    "group visits": QT_TRANSLATE_NOOP("DemoCounts", "{n} group visits"),
    "read on site": QT_TRANSLATE_NOOP("DemoCounts", "{n} books read on site"),
    "programmes": QT_TRANSLATE_NOOP("DemoCounts", "{n} programmes"),
    "sessions": QT_TRANSLATE_NOOP("DemoCounts", "{n} sessions"),
    "participants": QT_TRANSLATE_NOOP("DemoCounts", "{n} participants"),
    "attendance": QT_TRANSLATE_NOOP("DemoCounts", "{n} attendances"),
    "partners": QT_TRANSLATE_NOOP("DemoCounts", "{n} partners"),
    "stories": QT_TRANSLATE_NOOP("DemoCounts", "{n} stories"),
}


def generate(lib: Library, size: str = "village", seed: int = 1, progress: Progress | None = None) -> dict[str, int]:
    """Fill ``lib`` with demo data. Refused when it already holds a catalogue (no duplicates)."""
    report = progress or (lambda fraction, message: None)
    if get_setting("demo_loaded") or Record.select().exists():
        raise Conflict(QT_TRANSLATE_NOOP(
            "Errors", "This database already holds a catalogue; demo data is only loaded into an empty library."))
    spec = SIZES[size]
    rng = random.Random(seed)
    if not lib.is_initialised:
        profile.init_library(lib, librarian=DEMO_LIBRARIAN[0], password=DEMO_LIBRARIAN[1],
                             librarian_name="Siti Rahmawati", pin="1234", **DEMO_PROFILE)
    parts = PARTS
    counts: dict[str, int] = {}
    for index, part in enumerate(parts):
        def scaled(fraction: float, message: str, index: int = index) -> None:
            report((index + fraction) / len(parts), message)

        with lib.transaction():
            counts.update(part(lib, rng, spec, scaled))
    set_setting("demo_loaded", {"size": size, "seed": seed})
    refresh_statistics(lib.db)  # the tables just grew from nothing
    report(1.0, QT_TRANSLATE_NOOP("Progress", "Done"))
    return counts

