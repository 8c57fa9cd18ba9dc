"""Upgrades: a database made by the previous schema version opens with this version, is backed up
first, migrates, and keeps every row. The "next" version here is this checkout's migrations plus a
synthetic one, so the test keeps working as real migrations are added (the old file is always made by
every migration before it)."""

import sqlite3

import pytest

from pustaka_desktop.core import demo
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store import backup, migrations
from pustaka_desktop.core.store import db as dbmod


def _counts(path):
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE '%fts%' AND name NOT LIKE '%_data' AND name NOT LIKE '%_idx' "
            "AND name NOT LIKE '%_docsize' AND name NOT LIKE '%_config' AND name NOT LIKE '%_content'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _old_library(tmp_path, clock):
    path = tmp_path / "lama.sqlite3"
    lib = Library.open(path, clock)
    demo.generate(lib, "tiny", seed=7)
    lib.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    lib.close()
    return path


def _next_version(step):
    number = migrations.LATEST + 1
    return [*migrations.MIGRATIONS, (number, step)], number


def test_an_older_database_migrates_after_a_backup_and_keeps_every_row(tmp_path, clock, monkeypatch):
    path = _old_library(tmp_path, clock)
    before = _counts(path)
    assert before["loan"] > 0 and before["member"] > 0 and before["record"] > 0

    def add_shelf_column(db):
        db.execute_sql("ALTER TABLE item ADD COLUMN shelf_mark TEXT DEFAULT ''")
        db.execute_sql("CREATE TABLE reading_challenge (id INTEGER PRIMARY KEY, name TEXT)")

    steps, number = _next_version(add_shelf_column)
    monkeypatch.setattr(dbmod, "MIGRATIONS", steps)
    monkeypatch.setattr(dbmod, "LATEST", number)
    lib = Library.open(path, clock)
    assert dbmod.schema_version(lib.db) == number
    lib.close()
    after = _counts(path)
    assert {t: n for t, n in after.items() if t != "reading_challenge"} == before
    # the backup made before the migration holds the old version and every row
    made = [b for b in backup.list_backups(path) if b.reason == "migration"]
    assert len(made) == 1
    with sqlite3.connect(made[0].path) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST
    assert _counts(made[0].path) == before
    assert backup.check_file(made[0].path)


def test_a_migration_that_fails_half_way_leaves_the_old_database_working(tmp_path, clock, monkeypatch):
    path = _old_library(tmp_path, clock)
    before = _counts(path)

    def breaks(db):
        db.execute_sql("ALTER TABLE member ADD COLUMN whatsapp TEXT DEFAULT ''")
        raise RuntimeError("power cut in the middle of the upgrade")

    steps, number = _next_version(breaks)
    monkeypatch.setattr(dbmod, "MIGRATIONS", steps)
    monkeypatch.setattr(dbmod, "LATEST", number)
    with pytest.raises(RuntimeError):
        Library.open(path, clock)
    monkeypatch.undo()
    lib = Library.open(path, clock)  # this version still opens it, unchanged
    assert dbmod.schema_version(lib.db) == migrations.LATEST
    columns = [r[1] for r in lib.db.execute_sql("PRAGMA table_info(member)").fetchall()]
    assert "whatsapp" not in columns
    lib.close()
    assert _counts(path) == before
