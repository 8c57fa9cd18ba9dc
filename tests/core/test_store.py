import json

import pytest

from pustaka_desktop.core.store import log_lines
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import ChangeLog, Record


def test_insert_update_delete_stamp_versions_and_log_each_change(lib, clock):
    record = store.insert(lib, Record, title="Laskar Pelangi")
    first = record.version
    clock.advance(minutes=1)
    store.update(lib, record, title="Laskar Pelangi", subtitle="sebuah novel")
    assert record.version > first
    store.delete(lib, record)
    reloaded = Record.get_by_id(record.id)
    assert reloaded.deleted and reloaded.version > first
    log = list(ChangeLog.select().where(ChangeLog.row_uid == record.uid).order_by(ChangeLog.seq))
    assert [c.op for c in log] == ["insert", "update", "delete"]
    assert json.loads(log[1].fields) == ["subtitle"]  # only what really changed
    assert [c.seq for c in log] == sorted(c.seq for c in log)


def test_update_with_no_real_change_writes_nothing(lib):
    record = store.insert(lib, Record, title="Bumi Manusia")
    before = ChangeLog.select().count()
    store.update(lib, record, title="Bumi Manusia")
    assert ChangeLog.select().count() == before


def test_failed_transaction_leaves_neither_row_nor_log(lib):
    before = ChangeLog.select().count()
    with pytest.raises(RuntimeError):
        with lib.transaction():
            store.insert(lib, Record, title="Hilang")
            raise RuntimeError("power cut")
    assert not Record.select().where(Record.title == "Hilang").exists()
    assert ChangeLog.select().count() == before


def test_callers_cannot_forge_bookkeeping_fields(lib):
    with pytest.raises(ValueError):
        store.insert(lib, Record, title="x", version="9999999999999-0000-evil")


def test_insert_many_keeps_each_rows_own_fields_and_logs_every_row(lib):
    from datetime import date

    from pustaka_desktop.core.store.models import Item

    record = store.insert(lib, Record, title="Ronggeng Dukuh Paruk")
    before = ChangeLog.select().count()
    # rows with different sets of fields: a field only a later row carries must not be dropped
    uids = store.insert_many(lib, Item, [
        {"record": record.id, "barcode": "B1"},
        {"record": record, "barcode": "B2", "price": 45000, "received_on": date(2026, 3, 2), "location": "Rak 2"},
    ], batch=1)
    first, second = (Item.get(Item.uid == uid) for uid in uids)
    assert (first.barcode, first.price, first.received_on, first.status, first.location) == (
        "B1", None, None, "available", "")
    assert (second.record_id, second.price, second.received_on, second.location) == (
        record.id, 45000, date(2026, 3, 2), "Rak 2")
    assert first.version < second.version and first.origin == lib.site_id and second.created_at is not None
    log = list(ChangeLog.select().where(ChangeLog.seq > 0).order_by(ChangeLog.seq))[before:]
    # a batch of one row each (batch=1): two range lines, each naming its row
    assert [(c.op, c.version) for c in log] == [("insert_range", first.version), ("insert_range", second.version)]
    assert log_lines.touched(lib.db, [(c.entity, c.row_uid, c.op, c.fields) for c in log]) == {
        "item": [first.uid, second.uid]}
    assert [c.seq for c in log] == list(range(log[0].seq, log[0].seq + 2))


def test_a_bulk_insert_logs_one_line_a_batch_that_names_each_of_its_rows(lib):
    """150,000 rows of a move-in were 150,000 change-log lines; a batch is now one line, and sync reads
    every row of it back (log_lines), finds the line that stamped any of its versions, and counts its rows."""
    store.insert(lib, Record, title="Sebelum")
    before = ChangeLog.select().count()
    uids = store.insert_many(lib, Record, [{"title": f"Buku {n}"} for n in range(5)], batch=3)
    rows = [Record.get(Record.uid == uid) for uid in uids]
    log = list(ChangeLog.select().order_by(ChangeLog.seq))[before:]
    assert [(c.op, c.row_uid, c.version) for c in log] == [
        ("insert_range", "", rows[2].version), ("insert_range", "", rows[4].version)]
    lines = [(c.entity, c.row_uid, c.op, c.fields) for c in log]
    assert log_lines.touched(lib.db, lines) == {"record": uids}
    assert log_lines.rows_counted([(c.op, c.fields) for c in log]) == 5
    assert [log_lines.seq_of(lib.db, lib.site_id, r.version) for r in rows] == [log[0].seq] * 3 + [log[1].seq] * 2
    store.update(lib, rows[1], subtitle="jilid 2")  # its own line after; the range still names it, once
    lines = [(c.entity, c.row_uid, c.op, c.fields) for c in ChangeLog.select().order_by(ChangeLog.seq)][before:]
    assert log_lines.touched(lib.db, lines) == {"record": uids}
    assert log_lines.seq_of(lib.db, lib.site_id, "0000000000001-0000-" + lib.site_id) is None


def test_a_bulk_update_logs_one_line_a_batch_that_names_its_rows_as_runs_of_ids(lib):
    """The item file imported after the biblio file updated 100,000 copies: 100,000 change-log lines. A batch
    is now one line naming its rows as runs of ids; a row last stamped by a PC whose clock ran ahead gets a
    version after that one, outside the batch's, and keeps a line of its own (sync finds each version's line)."""
    uids = store.insert_many(lib, Record, [{"title": f"Buku {n}"} for n in range(6)])
    rows = [Record.get(Record.uid == uid) for uid in uids]
    ahead = "9999999999999-0000-" + "f" * 36  # (a row changed on a PC whose clock said the year 2286)
    lib.db.execute_sql("UPDATE record SET version = ? WHERE id = ?", [ahead, rows[4].id])
    before = ChangeLog.select().count()
    changed = {r.id: {"subtitle": "baru"} for r in (rows[0], rows[1], rows[2], rows[4], rows[5])}
    assert store.update_many(lib, Record, changed, batch=4) == 5
    log = list(ChangeLog.select().order_by(ChangeLog.seq))[before:]
    after = {r.id: Record.get_by_id(r.id) for r in rows}
    assert [(c.op, c.row_uid) for c in log] == [("update_spans", ""), ("update", rows[4].uid), ("update_spans", "")]
    assert json.loads(log[0].fields)["spans"] == [[rows[0].id, rows[2].id]]
    assert json.loads(log[2].fields)["spans"] == [[rows[5].id, rows[5].id]]
    assert after[rows[4].id].version > ahead and log[1].version == after[rows[4].id].version
    assert [c.seq for c in log] == list(range(log[0].seq, log[0].seq + 3))
    lines = [(c.entity, c.row_uid, c.op, c.fields) for c in log]
    assert log_lines.touched(lib.db, lines) == {"record": [uids[0], uids[1], uids[2], uids[4], uids[5]]}
    assert log_lines.rows_counted([(c.op, c.fields) for c in log]) == 5
    assert [log_lines.seq_of(lib.db, lib.site_id, after[r.id].version) for r in rows if r.id in changed] == [
        log[0].seq] * 3 + [log[1].seq, log[2].seq]
    assert all(after[rid].subtitle == "baru" for rid in changed) and after[rows[3].id].subtitle != "baru"


def test_one_transaction_logs_its_writes_in_order_with_consecutive_numbers(lib):
    before = ChangeLog.select().count()
    with store.transaction(lib):
        first = store.insert(lib, Record, title="Ronggeng Dukuh Paruk")
        store.update(lib, first, subtitle="trilogi")
        second = store.insert(lib, Record, title="Cantik Itu Luka")
        store.delete(lib, second)
    log = list(ChangeLog.select().where(ChangeLog.origin == lib.site_id).order_by(ChangeLog.seq))[before:]
    assert [(c.row_uid, c.op) for c in log] == [(first.uid, "insert"), (first.uid, "update"),
                                                (second.uid, "insert"), (second.uid, "delete")]
    assert [c.seq for c in log] == list(range(log[0].seq, log[0].seq + 4))
    store.insert(lib, Record, title="Saman")  # the next write numbers on after them
    assert ChangeLog.select().order_by(ChangeLog.seq.desc()).first().seq == log[-1].seq + 1


def test_one_transaction_that_fails_leaves_neither_rows_nor_log(lib):
    before = ChangeLog.select().count()
    with pytest.raises(RuntimeError):
        with store.transaction(lib):
            store.insert(lib, Record, title="Hilang juga")
            raise RuntimeError("power cut")
    with lib.transaction():  # inside a caller's transaction that goes on after the error
        try:
            with store.transaction(lib):
                store.insert(lib, Record, title="Setengah")
                raise RuntimeError("refused")
        except RuntimeError:
            pass
        store.insert(lib, Record, title="Utuh")
    assert not Record.select().where(Record.title.in_(["Hilang juga", "Setengah"])).exists()
    assert ChangeLog.select().count() == before + 1


def test_uids_are_time_ordered_version_7_uuids_bulk_or_single():
    import time
    import uuid

    from pustaka_desktop.core.store.write import new_uid, new_uids

    before = time.time_ns() // 1_000_000
    made = new_uids(2000) + [new_uid()]
    after = time.time_ns() // 1_000_000
    assert len(set(made)) == len(made)
    assert made == sorted(made)  # each above the one made before it, in one call or the next
    for text in made:
        parsed = uuid.UUID(text)
        assert (parsed.version, parsed.variant, str(parsed)) == (7, uuid.RFC_4122, text)
        assert before <= parsed.int >> 80 <= after  # the first 48 bits: when it was made


def test_a_bulk_write_gives_its_rows_uids_in_insert_order(lib):
    from pustaka_desktop.core.store.models import Subject
    from pustaka_desktop.core.store.write import insert_many

    with lib.db.atomic():
        uids = insert_many(lib, Subject, ({"term": f"Topik {n}"} for n in range(300)), batch=64)
    assert uids == sorted(uids)
    stored = [s.uid for s in Subject.select().order_by(Subject.id)]
    assert stored == uids


def test_a_bigger_cache_reaches_the_temp_tables_of_a_library_opened_again(tmp_path, clock):
    """A district's library is opened again each day, not made new: there TEMP's cache size reads 0 (not opened yet on
    the connection) and was left as it was, so a village bundle's staging tables (core/sync/replicas.py) never got
    the bigger cache. (Only a library made new, whose migrations had opened TEMP, got it.)"""
    from pustaka_desktop.core.service import Library
    from pustaka_desktop.core.store.db import bigger_cache

    Library.open(tmp_path / "dinas.sqlite3", clock).close()
    lib = Library.open(tmp_path / "dinas.sqlite3", clock)
    try:
        conn = lib.db.connection()
        temp = lambda: conn.execute("PRAGMA temp.cache_size").fetchone()[0]  # noqa: E731
        before = temp()
        with bigger_cache(conn, 64 * 1024, temp_kib=32_000):
            assert temp() == -32_000
        assert temp() == before  # put back as it was found
    finally:
        lib.close()


def test_a_bigger_cache_while_writing_a_lot_is_put_back_and_never_made_smaller(lib):
    from pustaka_desktop.core.store.db import bigger_cache

    conn = lib.db.connection()
    sizes = lambda: (conn.execute("PRAGMA cache_size").fetchone()[0],  # noqa: E731
                     conn.execute("PRAGMA temp.cache_size").fetchone()[0])
    before = sizes()
    with bigger_cache(conn, 64 * 1024, temp_kib=32_000):
        assert sizes() == (-64 * 1024, -32_000)
        with bigger_cache(conn, 1024):  # smaller than what is there: left as it is
            assert sizes() == (-64 * 1024, -32_000)
    assert sizes() == before
    try:
        with bigger_cache(conn, 64 * 1024):
            raise RuntimeError("the import failed")
    except RuntimeError:
        pass
    assert sizes() == before
