"""A new library file for a test without running every schema migration (or filling the same demo) again for it.

Opening a new file runs all the migrations (~90 ms; most of the time of a test that starts from an empty
library, and ~1,800 tests do). They run once per test run, into a template file (``make_template``, called
by the session fixture in tests/conftest.py); each test gets its own copy of that file and opens it the
ordinary way (``Library.open``: its own site id, the planner's statistics, ...), so no test sees another's
rows. A test that changes the migrations, or one marked ``migrations_from_nothing`` (tests/core/test_db.py,
tests/core/test_schema.py), opens a file made from nothing, as the app does on a librarian's first day.

``filled`` does the same for a library the ``lib`` fixture's way with more in it (the tiny demo the accessibility
tests walk through): filled once per run, copied for each test."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from pustaka_desktop.core import profile
from pustaka_desktop.core.service import STATS_KEY, Library
from pustaka_desktop.core.settings import set_setting
from pustaka_desktop.core.store import db as dbmod
from pustaka_desktop.core.store import migrations
from pustaka_desktop.core.store.clock import Clock, FixedClock

# the library every test's ``lib`` fixture starts (tests/conftest.py)
VILLAGE = dict(name="Perpustakaan Desa Uji", code="UJI", librarian="pustakawan", password="rahasia1", pin="1234",
               village="Uji", kabupaten="Bandung")

_template: list[Path] = []  # the migrated, empty file of this run (none outside pytest)
_filled: dict[tuple[str, datetime], Path] = {}  # ("what was filled in", the clock's time) -> its file


def make_template(folder: Path, day: date | None = None) -> Path:
    """Run every migration once into ``folder``/migrated.sqlite3: the file every new test library copies. With ``day``
    (the day of the tests' clock) its planner's statistics are refreshed as ``Library.open`` does on a day's first
    open, and the file says so: a library of a test on that day does not run ANALYZE of the same empty schema again
    (a library opened on another day still does). No site id in it: each test's ``Library.open`` makes its own."""
    path = folder / "migrated.sqlite3"
    db = dbmod.open_database(path)
    if day is not None:
        dbmod.refresh_statistics(db)
        set_setting(STATS_KEY, day.isoformat())
    dbmod.checkpoint(db)  # the whole schema in the one file (no -wal beside it to copy)
    db.close()
    _template[:] = [path]
    return path


def open_new(path: str | Path, clock: Clock, *, from_nothing: bool = False) -> Library:
    """``Library.open`` of a new file at ``path``, made from a copy of the migrated template."""
    path = Path(path)
    changed = dbmod.MIGRATIONS is not migrations.MIGRATIONS or dbmod.LATEST != migrations.LATEST
    if _template and not from_nothing and not changed and not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(_template[0], path)
    return Library.open(path, clock)


def filled(name: str, path: str | Path, clock: Clock, fill: Callable[[Library], object]) -> Library:
    """``Library.open`` of a copy, at ``path``, of the ``lib`` fixture's library after ``fill(lib)``: filled once per
    run at ``clock``'s time for each ``name`` (the same fill each time it is named) and copied for each test."""
    path = Path(path)
    key = (name, clock.now())
    if key not in _filled:
        folder = (_template[0].parent if _template else path.parent) / f"filled-{len(_filled)}"
        source = folder / "library.sqlite3"
        lib = open_new(source, FixedClock(clock.now()))
        try:
            profile.init_library(lib, **VILLAGE)
            fill(lib)
        finally:
            lib.close()  # (its write-ahead log folded into the file: the copy holds everything)
        beside = sorted(p.name for p in folder.iterdir() if p != source)
        assert not beside, f"{name} wrote {beside} beside the database: a copy of the file alone is not that library"
        _filled[key] = source
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_filled[key], path)
    return Library.open(path, clock)


def tiny_demo(path: str | Path, clock: Clock) -> Library:
    """The ``lib`` fixture's library with ``demo.generate(lib, "tiny", seed=1)`` loaded, copied to ``path``."""
    from pustaka_desktop.core import demo

    return filled("tiny demo, seed 1", path, clock, lambda lib: demo.generate(lib, "tiny", seed=1))
