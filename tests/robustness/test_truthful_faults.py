"""Faults that are not damage (issue 14): a full disk, a read-only medium, a busy database, a file
copied while the app runs, and what killed jobs leave behind. Each gets the message that tells the
truth, and the library file stays whole."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time

import pytest
from peewee import OperationalError

from pustaka_desktop.core.circulation import loans
from pustaka_desktop.core.community import members
from pustaka_desktop.core.errors import PustakaError
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store import faults, health
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Loan, MemberType, Record


def _library_with_copies(lib, librarian, n=40):
    record = store.insert(lib, Record, title="Buku Desa")
    for i in range(n):
        store.insert(lib, Item, record=record.id, barcode=f"C{i:03d}")
    return members.register(lib, librarian, name="Ani", member_type=MemberType.select().first().name)


def test_a_copy_of_the_file_alone_holds_every_loan_after_a_checkpoint(lib, librarian, tmp_path):
    member = _library_with_copies(lib, librarian)
    for item in Item.select():  # forty loans, the way the desk writes them (40 transactions)
        store.insert(lib, Loan, item=item.id, member=member.id, loaned_at=lib.clock.now(), due_on=lib.clock.now().date())
    assert lib.checkpoint()
    copy = tmp_path / "salinan.sqlite3"
    shutil.copyfile(lib.path, copy)  # what a librarian does: only the .sqlite3 file
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT count(*) FROM loan").fetchone()[0] == 40
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_closing_leaves_one_whole_file(tmp_path, clock):
    from pustaka_desktop.core import profile

    lib = Library.open(tmp_path / "desa.sqlite3", clock)
    profile.init_library(lib, name="Desa", code="DSA", librarian="pustakawan", password="rahasia1")
    lib.close()
    wal = tmp_path / "desa.sqlite3-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_leftovers_of_killed_jobs_are_tidied_on_the_next_start_but_never_the_live_log(tmp_path, clock):
    db = tmp_path / "pustaka.sqlite3"
    lib = Library.open(db, clock)
    lib.db.execute_sql("CREATE TABLE IF NOT EXISTS t (x)")
    lib.db.execute_sql("INSERT INTO t VALUES (1)")  # now the live -wal holds work
    backups = tmp_path / "pustaka-backups"
    backups.mkdir()
    old = time.time() - 7200
    left = [backups / "pustaka-20260301-010101-daily.sqlite3.partial",
            backups / "pustaka-20260301-010101-daily.sqlite3.partial-journal",
            tmp_path / "pindahan.sqlite3-wal", tmp_path / "pindahan.sqlite3-shm",
            tmp_path / "pustaka.sqlite3.partial"]
    for path in left:
        path.write_bytes(b"sisa")
        os.utime(path, (old, old))
    fresh = backups / "pustaka-20260302-090000-manual.sqlite3.partial"  # a backup being written right now
    fresh.write_bytes(b"sedang ditulis")
    again = Library.open(db, clock)  # a second start (the first still open, like a CLI beside the app)
    assert not any(path.exists() for path in left)
    assert fresh.exists()
    assert (tmp_path / "pustaka.sqlite3-wal").exists()
    assert again.db.execute_sql("SELECT count(*) FROM t").fetchone()[0] == 1
    again.close()
    lib.close()


def test_a_full_disk_is_said_plainly_even_behind_a_failed_rollback(lib, librarian, tmp_path):
    path = tmp_path / "buku.csv"
    path.write_text("title,barcode\n" + "".join(f"Buku {n} {'x' * 400},B{n:05d}\n" for n in range(3000)),
                    encoding="utf-8")
    before = Record.select().count()
    pages = lib.db.execute_sql("PRAGMA page_count").fetchone()[0]
    lib.db.execute_sql(f"PRAGMA max_page_count = {pages + 20}")  # the disk fills up during the import
    with pytest.raises(Exception) as caught:
        importer.import_file(lib, librarian, "csv", path)
    lib.db.execute_sql("PRAGMA max_page_count = 1073741823")
    truthful = faults.explain(caught.value, lib.path)
    assert isinstance(truthful, faults.DiskFull)
    assert "disk is full" in truthful.message() and "not damaged" in truthful.message()
    assert Record.select().count() == before  # nothing half written

    hidden = OperationalError("cannot rollback - no transaction is active")
    hidden.__context__ = sqlite3.OperationalError("database or disk is full")
    assert isinstance(faults.explain(hidden), faults.DiskFull)


def test_read_only_and_locked_files_are_not_called_damaged(tmp_path, monkeypatch):
    db = tmp_path / "pustaka.sqlite3"
    db.write_bytes(b"")
    for problem, kind in (("attempt to write a readonly database", faults.ReadOnly),
                          ("database is locked", faults.Busy), ("unable to open database file", faults.Locked)):
        monkeypatch.setattr(health, "quick_check", lambda path, problem=problem: (False, problem))
        report = health.check_database(db)
        assert not report.ok and isinstance(report.fault, kind)
        assert report.backup is None  # no old backup offered: restoring would lose recent work
        text = report.fault.message().replace("not damaged", "").replace("nothing is damaged", "")
        assert "damaged" not in text


def test_a_checkout_while_another_job_writes_waits_and_then_goes_through(lib, librarian, tmp_path):
    member = _library_with_copies(lib, librarian, 2)
    lib.checkpoint()
    lib.db.execute_sql("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(lib.path, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # a big import holds the write lock
    waits = []

    def waiting(attempt):
        waits.append(attempt)
        other.rollback()  # the import finishes

    result = faults.retry_busy(lambda: loans.checkout(lib, librarian, member.number, "C000"), waiting, pause_s=0)
    assert waits == [1] and result.item.barcode == "C000"
    assert Loan.select().count() == 1

    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(faults.Busy) as caught:
        faults.retry_busy(lambda: loans.checkout(lib, librarian, member.number, "C001"), attempts=2, pause_s=0)
    other.rollback()
    other.close()
    assert isinstance(caught.value, PustakaError) and "busy" in caught.value.message()
    assert Loan.select().count() == 1
