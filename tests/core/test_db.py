import sqlite3
import subprocess
import sys

import pytest

from pustaka_desktop.core.errors import PustakaError
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store import db as dbmod
from pustaka_desktop.core.store import migrations
from pustaka_desktop.core.store.paths import backup_dir

# a new database here is made from nothing, as on a librarian's first day (not the run's template copy)
pytestmark = pytest.mark.migrations_from_nothing


def test_new_database_has_our_pragmas_schema_version_and_a_site_id(empty_lib):
    conn = empty_lib.db
    assert conn.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert dbmod.schema_version(conn) == migrations.LATEST
    assert len(empty_lib.site_id) == 36


def test_site_id_is_made_once_per_database(tmp_path, clock):
    path = tmp_path / "x.sqlite3"
    first = Library.open(path, clock)
    site = first.site_id
    first.close()
    again = Library.open(path, clock)
    assert again.site_id == site
    again.close()


def test_migration_runs_after_a_backup(tmp_path, monkeypatch, clock):
    path = tmp_path / "old.sqlite3"
    Library.open(path, clock).close()
    applied = []
    monkeypatch.setattr(dbmod, "MIGRATIONS", [*migrations.MIGRATIONS, (99, lambda d: applied.append(d))])
    monkeypatch.setattr(dbmod, "LATEST", 99)
    lib = Library.open(path, clock)
    assert applied and dbmod.schema_version(lib.db) == 99
    backups = list(backup_dir(path).glob("before-migration-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
    lib.close()


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "photo.sqlite3"
    path.write_bytes(b"\xff\xd8\xff\xe0 this is a JPEG" * 100)
    with pytest.raises(PustakaError, match="not a Pustaka database"):
        Library.open(path)


def test_importing_the_core_does_not_load_qt():
    code = (
        "import sys, pkgutil, importlib, pustaka_desktop.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'pustaka_desktop.core.'): importlib.import_module(m.name)\n"
        "print(sorted(n for n in sys.modules if n.startswith('PySide6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
