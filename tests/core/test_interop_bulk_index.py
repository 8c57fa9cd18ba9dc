"""An import fills the search index in bulk (search_bulk.bulk_index): every imported record is findable,
and a failed or cancelled import leaves the index and its trigger as they were."""

from __future__ import annotations

import pytest
from pymarc import Field, Indicators, Subfield

from pustaka_desktop.core.catalog import search, search_bulk
from pustaka_desktop.core.errors import Cancelled
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Record
from tests.core.test_interop_marc import foreign_record


def _fts_count(lib) -> int:
    return lib.db.execute_sql("SELECT count(*) FROM record_fts").fetchone()[0]


def _write(path, titles: list[str]):
    data = b""
    for n, title in enumerate(titles):
        rec = foreign_record(title, isbn="")
        rec["001"].data = f"INLIS{n:06d}"
        rec.remove_fields("020")
        rec.add_field(Field("852", Indicators(" ", " "), [Subfield("p", f"B{n:04d}")]))
        data += rec.as_marc()
    path.write_bytes(data)
    return path


def test_imported_records_are_found_by_search_and_new_records_stay_indexed(lib, librarian, tmp_path):
    store.insert(lib, Record, title="Siti Nurbaya", authors='[{"name": "Marah Rusli"}]')
    path = _write(tmp_path / "three.mrc", ["Ronggeng Dukuh Paruk", "Bekisar Merah", "Lintang Kemukus Dini Hari"])
    result = importer.import_file(lib, librarian, "marc", path)
    assert result.records_add == 3
    assert _fts_count(lib) == 4
    assert [h.title for h in search.search(lib, "bekisar").hits] == ["Bekisar Merah"]
    assert search.search(lib, "tohari").total == 3  # the author, from 100 $a
    assert [h.title for h in search.search(lib, "nurbaya").hits] == ["Siti Nurbaya"]
    # the per-record trigger is back: a record added by hand afterwards is indexed at once
    store.insert(lib, Record, title="Ayat-Ayat Cinta")
    assert [h.title for h in search.search(lib, "ayat").hits] == ["Ayat-Ayat Cinta"]
    # re-importing the same file changes neither the catalogue nor the index
    again = importer.import_file(lib, librarian, "marc", path)
    assert (again.records_add, _fts_count(lib)) == (0, 5)


@pytest.mark.parametrize("checks", [0])  # cancel when the import first asks: its rows written, not committed
def test_cancelled_import_leaves_index_and_trigger_as_they_were(lib, librarian, tmp_path, checks):
    path = _write(tmp_path / "many.mrc", [f"Cerita Rakyat Nusantara Jilid {n}" for n in range(1, 6)])
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > checks

    with pytest.raises(Cancelled):
        importer.import_file(lib, librarian, "marc", path, cancel=cancel)
    assert Record.select().count() == 0 and _fts_count(lib) == 0
    store.insert(lib, Record, title="Cerita Rakyat Betawi")
    assert [h.title for h in search.search(lib, "betawi").hits] == ["Cerita Rakyat Betawi"]


def test_bulk_index_also_indexes_records_changed_inside_the_block(lib):
    with lib.transaction():
        with search_bulk.bulk_index(lib):
            store.insert_many(lib, Record, [{"title": "Negeri Lima Menara"}, {"title": "Ranah Tiga Warna"}])
            store.update(lib, Record.get(Record.title == "Ranah Tiga Warna"), title="Rantau Satu Muara")
    assert _fts_count(lib) == 2
    assert [h.title for h in search.search(lib, "rantau").hits] == ["Rantau Satu Muara"]
    assert search.search(lib, "ranah").total == 0


def test_catch_up_indexes_the_records_so_far_once_each(lib):
    with lib.transaction():
        with search_bulk.bulk_index(lib) as indexing:
            store.insert_many(lib, Record, [{"title": "Negeri Lima Menara"}, {"title": "Ranah Tiga Warna"}])
            indexing.catch_up(at_least=3)  # two new records: fewer than asked, they wait
            assert _fts_count(lib) == 0
            indexing.catch_up(at_least=2)
            assert _fts_count(lib) == 2
            # one indexed already and changed (its trigger re-indexes it), one added and changed before its turn
            store.update(lib, Record.get(Record.title == "Ranah Tiga Warna"), title="Rantau Satu Muara")
            store.insert(lib, Record, title="Anak Rantau")
            store.update(lib, Record.get(Record.title == "Anak Rantau"), title="Anak Rantau Jilid 2")
    assert _fts_count(lib) == 3
    assert search.search(lib, "rantau").total == 2
    assert search.search(lib, "ranah").total == 0


def test_indexing_aside_runs_in_the_blocks_transaction_beside_more_writes(lib):
    """``catch_up_aside`` indexes in a thread of its own on the caller's connection, inside its transaction: the
    records written meanwhile are indexed once each on leaving, and a rollback takes its index rows too."""
    with lib.transaction():
        with search_bulk.bulk_index(lib) as indexing:
            store.insert_many(lib, Record, [{"title": f"Cerita Rakyat Jilid {n}"} for n in range(1, 5)])
            indexing.catch_up_aside(at_least=2)
            store.insert_many(lib, Record, [{"title": "Malin Kundang"}, {"title": "Timun Mas"}])
            indexing.wait()
            assert _fts_count(lib) >= 4  # (the four before it; the two after it, if it ran after them)
    assert _fts_count(lib) == 6
    assert search.search(lib, "jilid").total == 4 and search.search(lib, "kundang").total == 1

    class Failed(Exception):
        pass

    with pytest.raises(Failed):
        with lib.transaction():
            with search_bulk.bulk_index(lib) as indexing:
                store.insert_many(lib, Record, [{"title": "Sangkuriang"}, {"title": "Roro Jonggrang"}])
                indexing.catch_up_aside(at_least=1)
                raise Failed()
    assert _fts_count(lib) == 6 and search.search(lib, "sangkuriang").total == 0


def test_an_sqlite_without_serialized_threads_indexes_in_the_callers_thread(lib, monkeypatch):
    """A connection that only one thread may use at a time is never shared: the indexing is done at once, here."""
    import sqlite3

    monkeypatch.setattr(sqlite3, "threadsafety", 1)
    with lib.transaction():
        with search_bulk.bulk_index(lib) as indexing:
            store.insert_many(lib, Record, [{"title": "Bawang Merah"}, {"title": "Bawang Putih"}])
            indexing.catch_up_aside(at_least=1)
            assert indexing.aside is None and _fts_count(lib) == 2  # (no thread: already indexed)
    assert search.search(lib, "bawang").total == 2


def test_what_stops_the_indexing_aside_stops_the_block_and_rolls_it_back(lib):
    """A cancel (or a full disk) met by the indexing aside is raised in the caller's thread, and nothing of the block
    stays: not the records, not their index rows; the per-record trigger is back."""
    asked = []
    with pytest.raises(Cancelled):
        with lib.transaction():
            with search_bulk.bulk_index(lib, cancel=lambda: asked.append(1) or True) as indexing:
                store.insert_many(lib, Record, [{"title": "Bawang Merah"}, {"title": "Bawang Putih"}])
                indexing.catch_up_aside(at_least=1)
                store.insert(lib, Record, title="Lutung Kasarung")  # (the caller goes on meanwhile)
    assert asked and Record.select().count() == 0 and _fts_count(lib) == 0
    store.insert(lib, Record, title="Ayat-Ayat Cinta")
    assert [h.title for h in search.search(lib, "ayat").hits] == ["Ayat-Ayat Cinta"]


def test_an_import_indexes_as_it_goes_and_each_record_once(lib, librarian, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "CHUNK", 2)
    monkeypatch.setattr(search_bulk, "INDEX_BATCH", 2)
    seen = []
    real = search_bulk._BulkIndex.catch_up_aside

    def counting(self, at_least=search_bulk.INDEX_BATCH):
        real(self, at_least)
        self.wait()
        seen.append(_fts_count(lib))

    monkeypatch.setattr(search_bulk._BulkIndex, "catch_up_aside", counting)
    path = _write(tmp_path / "seven.mrc", ["Bawang Merah", "Bawang Putih", "Malin Kundang", "Sangkuriang", "Timun Mas",
                                           "Roro Jonggrang", "Lutung Kasarung"])
    result = importer.import_file(lib, librarian, "marc", path)
    assert result.records_add == 7
    assert seen and 0 < seen[0] < 7  # indexed while the file was still being read
    assert _fts_count(lib) == 7
    assert [h.title for h in search.search(lib, "kundang").hits] == ["Malin Kundang"]
    assert [h.title for h in search.search(lib, "kasarung").hits] == ["Lutung Kasarung"]


def test_a_dry_run_indexes_nothing_on_the_way(lib, librarian, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "CHUNK", 2)
    monkeypatch.setattr(search_bulk, "INDEX_BATCH", 2)
    indexed = []
    real = search_bulk._BulkIndex._index_new
    monkeypatch.setattr(search_bulk._BulkIndex, "_index_new", lambda self, at_least: indexed.append(at_least) or real(self, at_least))
    path = _write(tmp_path / "five.mrc", ["Bawang Merah", "Bawang Putih", "Malin Kundang", "Sangkuriang", "Timun Mas"])
    result = importer.import_file(lib, librarian, "marc", path, dry_run=True)
    assert result.records_add == 5 and indexed == []  # (rolled back: its records were never worth indexing)
    assert Record.select().count() == 0 and _fts_count(lib) == 0
