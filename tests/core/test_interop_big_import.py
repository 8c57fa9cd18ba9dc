"""A big import into a (nearly) empty catalogue drops the copy, record and change-log tables'
secondary indexes while the rows go in and builds them again at the end: the file keeps every index
exactly as it was, and an import cut short (a cancel, an error, a power cut) leaves the library,
its indexes and its change log exactly as before."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.errors import Cancelled
from pustaka_desktop.core.interop import bulk, importer
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import ChangeLog, Item, Record
from tests.core.test_interop_slims_pair import biblio_text, items_text


def _schema(lib) -> list[tuple[str, str]]:
    return lib.db.execute_sql("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()


@pytest.fixture
def big(monkeypatch, tmp_path):
    """The small SLiMS pair counted as a big import (the size rule is the only difference)."""
    monkeypatch.setattr(bulk, "_BIG_IMPORT", 1)
    biblio, items = tmp_path / "senayan_biblio_export.csv", tmp_path / "senayan_item_export.csv"
    biblio.write_text(biblio_text(), encoding="utf-8")
    items.write_text(items_text(), encoding="utf-8")
    return biblio, items


def test_big_import_keeps_every_index_and_the_same_catalogue(lib, librarian, big, monkeypatch):
    before = _schema(lib)
    dropped = []
    original = bulk.deferred_indexes.__enter__

    def spy(self):
        original(self)
        dropped.extend(self.dropped)
    monkeypatch.setattr(bulk.deferred_indexes, "__enter__", spy)
    biblio_plan, items_plan = importer.import_slims(lib, librarian, *big)
    assert any('"item_record_id"' in sql for sql in dropped)  # the indexes were out while the rows went in
    assert not any("UNIQUE" in sql for sql in dropped)  # one barcode, one uid: kept as rules throughout
    assert _schema(lib) == before  # and every one is back, as it was written
    assert (biblio_plan.records_add, Item.select().count()) == (3, 6)
    # the rebuilt indexes answer: copies by record, records by ISBN
    record = Record.get(Record.title == "Laskar Pelangi")
    assert Item.select().where(Item.record == record).count() == 3
    plan = " ".join(str(r) for r in lib.db.execute_sql(
        "EXPLAIN QUERY PLAN SELECT id FROM item WHERE record_id = ?", [record.id]).fetchall())
    assert "item_record_id" in plan or "report_item_collection" in plan


def test_big_import_cut_short_leaves_the_library_exactly_as_before(lib, librarian, big, monkeypatch):
    store.insert(lib, Record, title="Siti Nurbaya")
    before = (_schema(lib), Record.select().count(), Item.select().count(), ChangeLog.select().count())
    monkeypatch.setattr(importer, "CHUNK", 2)  # the first rows are written before the cancel
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 1
    with pytest.raises(Cancelled):
        importer.import_slims(lib, librarian, *big, cancel=cancel)
    assert (_schema(lib), Record.select().count(), Item.select().count(), ChangeLog.select().count()) == before


def test_big_import_failing_at_the_end_leaves_the_library_exactly_as_before(lib, librarian, big, monkeypatch):
    before = (_schema(lib), Record.select().count(), ChangeLog.select().count())

    def power_cut(self):
        raise OSError("disk I/O error")
    with monkeypatch.context() as patched, pytest.raises(OSError):
        patched.setattr(bulk.deferred_indexes, "rebuild", power_cut)  # the last step fails
        importer.import_slims(lib, librarian, *big)
    assert (_schema(lib), Record.select().count(), ChangeLog.select().count()) == before
    importer.import_slims(lib, librarian, *big)  # and the next try goes in whole
    assert Record.select().count() == 3


def test_small_import_into_a_big_catalogue_keeps_its_indexes_up_row_by_row(lib, librarian, big, monkeypatch):
    monkeypatch.setattr(bulk, "_BIG_IMPORT", 5000)  # the real rule: a 3-record file is small
    seen = []
    monkeypatch.setattr(bulk.deferred_indexes, "rebuild", lambda self: seen.append(list(self.dropped)))
    importer.import_slims(lib, librarian, *big)
    assert seen == [[]]
