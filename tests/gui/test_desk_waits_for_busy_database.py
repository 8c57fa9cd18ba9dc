"""A scan at the desk while a big import holds the database (issue 14): the desk says it is waiting
and the loan goes through when the import ends - no 'database is locked' traceback."""

import sqlite3

from pustaka_desktop.core.community import members
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Loan, MemberType, Record
from pustaka_desktop.gui.desk_session import LEND, DeskSession


def test_a_scan_waits_out_an_import_and_then_lends(lib, librarian, monkeypatch):
    monkeypatch.setattr("pustaka_desktop.core.store.faults.time.sleep", lambda s: None)
    record = store.insert(lib, Record, title="Bumi Manusia")
    store.insert(lib, Item, record=record.id, barcode="B1")
    member = members.register(lib, librarian, name="Ani", member_type=MemberType.select().first().name)
    lib.checkpoint()
    lib.db.execute_sql("PRAGMA busy_timeout = 50")
    session = DeskSession(lib, librarian)
    session.scan(member.number, LEND)
    importer = sqlite3.connect(lib.path, timeout=0)
    importer.execute("BEGIN IMMEDIATE")  # the import holds the write lock
    told = []

    def waiting(attempt):
        told.append(attempt)
        importer.rollback()  # ... and ends

    session.on_busy = waiting
    event = session.scan("B1", LEND)
    importer.close()
    assert told == [1]
    assert event.kind == "lend" and Loan.select().count() == 1
