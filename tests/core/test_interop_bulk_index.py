"""An import fills the search index in bulk (search.bulk_index): every imported record is findable,
and a failed or cancelled import leaves the index and its trigger as they were."""

from __future__ import annotations

import pytest
from pymarc import Field, Indicators, Subfield

from pustaka_desktop.core.catalog import search
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
        with search.bulk_index(lib):
            store.insert_many(lib, Record, [{"title": "Negeri Lima Menara"}, {"title": "Ranah Tiga Warna"}])
            store.update(lib, Record.get(Record.title == "Ranah Tiga Warna"), title="Rantau Satu Muara")
    assert _fts_count(lib) == 2
    assert [h.title for h in search.search(lib, "rantau").hits] == ["Rantau Satu Muara"]
    assert search.search(lib, "ranah").total == 0
