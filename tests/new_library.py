"""A new library file for a test without running every schema migration again for it.

Opening a new file runs all the migrations (~90 ms; most of the time of a test that starts from an empty
library, and ~1,800 tests do). They run once per test run, into a template file (``make_template``, called
by the session fixture in tests/conftest.py); each test gets its own copy of that file and opens it the
ordinary way (``Library.open``: its own site id, the planner's statistics, ...), so no test sees another's
rows. A test that changes the migrations, or one marked ``migrations_from_nothing`` (tests/core/test_db.py,
tests/core/test_schema.py), opens a file made from nothing, as the app does on a librarian's first day."""

from __future__ import annotations

import shutil
from pathlib import Path

from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store import db as dbmod
from pustaka_desktop.core.store import migrations
from pustaka_desktop.core.store.clock import Clock

_template: list[Path] = []  # the migrated, empty file of this run (none outside pytest)


def make_template(folder: Path) -> Path:
    """Run every migration once into ``folder``/migrated.sqlite3: the file every new test library copies."""
    path = folder / "migrated.sqlite3"
    db = dbmod.open_database(path)
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
