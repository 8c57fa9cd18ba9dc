"""The shelf search (core.catalog.shelf_search) as a crowded catalogue needs it: a class is read in the order it is
shown from the index record_shelf (deleted, ddc, title; migration 0025), a page at a time, counted apart; an author
mark is looked for in SQL first, and Python reads only the records whose copies may carry it. What a librarian at the
shelf finds, and in which order, is the same as before: class number, then title, on tricky call numbers too
(collection prefixes F/FIK, R/REF, A/AN; Perpusnas's 2X; the KDT's segmented 899.221 3; marks in Arabic and
Javanese script; a call number as written in small letters or with letters SQLite does not fold)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pustaka_desktop.core.catalog import search
from pustaka_desktop.core.catalog.search import Filters
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store import db as store_db
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Record

# (record's class number as stored, title, main author, its copies' call numbers as written on their spines)
SHELF = [
    ("899.2213", "Laskar Pelangi", "Andrea Hirata", ["899.221 3 HIR l", "899.2213 HIR l"]),
    ("899.2213", "Sang Pemimpi", "Andrea Hirata", ["899.221'3 Hir s"]),  # as SLiMS kept it: small letters, a prime
    ("899.221", "Bumi Manusia", "Pramoedya Ananta Toer", ["899.221 TOE b"]),
    ("F 899.2213", "Ronggeng Dukuh Paruk", "Ahmad Tohari", ["F 899.221 3 TOH r"]),
    ("F", "Edensor", "Andrea Hirata", ["F HIR e"]),
    ("FIK", "Maryamah Karpov", "Andrea Hirata", ["FIK HIR m"]),
    ("R 030", "Ensiklopedia Nusantara", "Tim Redaksi", ["R 030 ENS e"]),
    ("REF 030", "Atlas Indonesia", "Tim Redaksi", ["REF 030 ATL a"]),
    ("030", "Buku Pintar", "Tim Redaksi", ["030 BUK b"]),
    ("2X4.1", "Tuntunan Shalat Lengkap", "Ahmad Suryadi", ["2X4.1 SUR t", "2x4.1 sur t"]),
    ("2X4.1", "Fiqih Wanita", "Al-Hamdani", ["2X4.1 AL- f"]),
    ("2X4.1", "Ihya Ulumuddin", "Al-Ghazali", ["2X4.1 غزا ا"]),  # the mark in Arabic script
    ("899.222", "Serat Wedhatama", "Mangkunegara IV", ["899.222 ꦲꦤꦏ ꦱ"]),  # the mark in Javanese script
    ("641.5", "Kue Tradisional", "Ayşe Kılıç", ["641.5 Kılıç k"]),  # dotless ı: only Python makes it KILIÇ
    ("641.5", "Aneka Sambal", "Andrea Hirata", ["641.5 HIR a"]),
    ("641.5", "Resep Masakan Nusantara", "Andrea Hirata", ["641.5 HIR r", "641.5 HIR r"]),
    ("641.5", "Resep Kue Kering", "Andrea Hirata", []),  # no copy yet: judged by its derived 641.5 HIR r
    ("641.5", "Rendang", "Andrea Hirata", ["899.221 HIR r"]),  # a copy labelled with another class
    ("641.5", "Rujak Buah", "Tere Liye", ["641.5 LIY r"]),
    ("A 398.2", "Timun Mas", "Tim Dongeng", ["A 398.2 DON t"]),
    ("AN 398.2", "Malin Kundang", "Tim Dongeng", ["AN 398.2 DON m"]),
    ("398.2", "Legenda Danau Toba", "Tim Dongeng", ["398.2 DON l"]),
]


@pytest.fixture
def shelves(lib):
    with lib.transaction():
        store.insert_many(lib, Record, [
            {"title": title, "ddc": ddc, "authors": json.dumps([{"name": author, "role": "primary", "kind": "person"}])}
            for ddc, title, author, _calls in SHELF])
        ids = {title: rid for rid, title in Record.select(Record.id, Record.title).tuples()}
        store.insert_many(lib, Item, [
            {"record": ids[title], "barcode": f"B{n:03d}{k}", "call_number": call}
            for n, (_ddc, title, _author, calls) in enumerate(SHELF) for k, call in enumerate(calls)])
    return lib


def titles(lib, text: str, **kwargs) -> list[str]:
    return [hit.title for hit in search.search(lib, text, **kwargs).hits]


def test_a_class_with_its_collection_prefixes_in_class_then_title_order(shelves):
    # 398.2 first, then the children's A 398.2 and AN 398.2 (one collection, its own ranges of the index)
    assert titles(shelves, "398.2") == ["Legenda Danau Toba", "Timun Mas", "Malin Kundang"]
    assert titles(shelves, "A 398.2") == titles(shelves, "AN 398.2") == ["Timun Mas", "Malin Kundang"]
    assert titles(shelves, "030") == ["Buku Pintar", "Ensiklopedia Nusantara", "Atlas Indonesia"]
    assert titles(shelves, "R 030") == titles(shelves, "REF 030") == ["Ensiklopedia Nusantara", "Atlas Indonesia"]
    assert titles(shelves, "899.22") == ["Bumi Manusia", "Laskar Pelangi", "Sang Pemimpi", "Serat Wedhatama",
                                         "Ronggeng Dukuh Paruk"]
    assert titles(shelves, "899.221 3") == ["Laskar Pelangi", "Sang Pemimpi", "Ronggeng Dukuh Paruk"]
    assert titles(shelves, "2X4.1") == ["Fiqih Wanita", "Ihya Ulumuddin", "Tuntunan Shalat Lengkap"]
    assert titles(shelves, "641.5") == ["Aneka Sambal", "Kue Tradisional", "Rendang", "Resep Kue Kering",
                                        "Resep Masakan Nusantara", "Rujak Buah"]


def test_pages_run_on_across_the_prefixes_ranges_and_the_count_is_the_whole_shelf(shelves):
    whole = titles(shelves, "899.22")
    for limit in (1, 2, 3):
        paged = [title for offset in range(0, len(whole) + limit, limit)
                 for title in titles(shelves, "899.22", offset=offset, limit=limit)]
        assert paged == whole
    assert titles(shelves, "899.22", offset=len(whole)) == []
    assert {search.search(shelves, "899.22", offset=offset, limit=2).total for offset in (0, 3, 9)} == {len(whole)}


def test_a_call_number_finds_the_same_books_on_tricky_spines(shelves):
    assert titles(shelves, "899.221 3 HIR") == ["Laskar Pelangi", "Sang Pemimpi"]  # "Hir" as written counts
    assert titles(shelves, "899.221 3 HIR s") == ["Sang Pemimpi"]
    assert titles(shelves, "F HIR") == ["Edensor", "Maryamah Karpov"]  # F and FIK: one collection
    assert titles(shelves, "FIK HIR m") == ["Maryamah Karpov"]
    assert titles(shelves, "F 899.221 3 TOH") == ["Ronggeng Dukuh Paruk"]
    assert titles(shelves, "R 030 ENS e") == ["Ensiklopedia Nusantara"]
    assert titles(shelves, "030 ATL") == ["Atlas Indonesia"]  # REF 030 is found from 030 too
    assert titles(shelves, "2X4.1 SUR t") == ["Tuntunan Shalat Lengkap"]
    assert titles(shelves, "2X4.1 AL-") == titles(shelves, "2X4.1 AL") == ["Fiqih Wanita"]
    assert titles(shelves, "2X4.1 غزا") == ["Ihya Ulumuddin"]
    assert titles(shelves, "899.222 ꦲꦤꦏ") == ["Serat Wedhatama"]
    assert titles(shelves, "A 398.2 DON") == ["Timun Mas", "Malin Kundang"]


def test_a_mark_sqlite_cannot_fold_a_copy_without_a_label_and_another_class_on_the_spine(shelves):
    # "Kılıç" is KILIÇ only to Python (SQLite's LIKE folds ASCII letters): still found by its capitals
    assert titles(shelves, "641.5 KIL") == ["Kue Tradisional"]
    # a record without copies by its derived call number; a copy labelled 899.221 HIR r by its record's class
    assert titles(shelves, "641.5 HIR r") == ["Rendang", "Resep Kue Kering", "Resep Masakan Nusantara"]
    assert titles(shelves, "641.5 HIR") == ["Aneka Sambal", "Rendang", "Resep Kue Kering", "Resep Masakan Nusantara"]
    assert titles(shelves, "641.5 HIR r", offset=1, limit=1) == ["Resep Kue Kering"]
    assert search.search(shelves, "641.5 HIR r").total == 3
    assert titles(shelves, "641.5 LIY") == ["Rujak Buah"]


def test_deleted_copies_and_records_leave_the_shelf(shelves):
    store.delete(shelves, Item.get(Item.call_number == "641.5 HIR a"))
    store.delete(shelves, Record.get(Record.title == "Rujak Buah"))
    # Aneka Sambal has no labelled copy left: its derived call number (641.5 HIR a) still carries the mark
    assert titles(shelves, "641.5 HIR") == ["Aneka Sambal", "Rendang", "Resep Kue Kering", "Resep Masakan Nusantara"]
    assert "Rujak Buah" not in titles(shelves, "641.5")
    assert titles(shelves, "641.5 LIY") == []


def _statements(lib, text: str, filters: Filters | None = None) -> list[str]:
    """The SQL a search runs, with its values written in (sqlite3's trace)."""
    seen: list[str] = []
    conn = lib.db.connection()
    conn.set_trace_callback(seen.append)
    try:
        search.search(lib, text, filters, limit=20)
    finally:
        conn.set_trace_callback(None)
    return seen


def _shelf_plans(lib, text: str, filters: Filters | None = None) -> list[str]:
    plans = []
    for sql in _statements(lib, text, filters):
        if "FROM record r WHERE" in sql:
            plans.append(" / ".join(row[3] for row in lib.db.execute_sql("EXPLAIN QUERY PLAN " + sql)))
    return plans


def test_the_shelf_is_read_from_the_index_in_its_order_never_sorted(shelves):
    """A class of 4,500 titles was read whole from the table and sorted for every keystroke (24 ms, 42 ms with an
    author mark, on the stress library): now every statement over the records walks record_shelf in order."""
    for text in ("641.5", "899.22", "F 899.221 3", "641.5 HIR r", "F HIR"):
        plans = _shelf_plans(shelves, text)
        assert plans, text
        for plan in plans:
            assert "USING COVERING INDEX record_shelf" in plan and "TEMP B-TREE" not in plan, (text, plan)
    # with the page's filters the records are read for them, still along the index in its order
    for filters in (Filters(available=True), Filters(audience="adult", include_hidden=False), Filters(ddc_class="600")):
        for text in ("641.5", "641.5 HIR"):
            plans = _shelf_plans(shelves, text, filters)
            assert plans and all("INDEX record_shelf (deleted=? AND ddc>? AND ddc<?)" in plan and "TEMP B-TREE" not in plan for plan in plans), (
                text, filters, plans)


def test_a_library_from_before_gains_the_index_when_opened(shelves, clock):
    path = Path(shelves.db.database)
    shelves.close()
    old = store_db.connect(path)
    old.connect()
    with old.atomic():
        old.execute_sql("DROP INDEX record_shelf")
        old.execute_sql("PRAGMA user_version = 24")
    old.close()
    lib = Library.open(path, clock=clock)
    try:
        with lib.bound():
            assert lib.db.execute_sql("SELECT count(*) FROM sqlite_master WHERE name = 'record_shelf'").fetchone()[0]
            assert titles(lib, "641.5 HIR r") == ["Rendang", "Resep Kue Kering", "Resep Masakan Nusantara"]
            assert all("record_shelf" in plan for plan in _shelf_plans(lib, "641.5"))
    finally:
        lib.close()


def _without_copies(lib, count: int, first: int = 0) -> None:
    with lib.transaction():
        store.insert_many(lib, Record, [
            {"title": f"Cerita {n:02d}", "ddc": "899.2213",
             "authors": json.dumps([{"name": "Andrea Hirata", "role": "primary", "kind": "person"}])}
            for n in range(first, first + count)])


def test_records_without_copies_are_judged_without_a_statement_each(lib):
    """A catalogue typed in before its copies: each record's derived call number read the library's class style
    from the database again, one statement a record (and one a row of the page)."""
    from pustaka_desktop.core.catalog import class_style

    class_style.choose(True)  # the KDT's space: 899.221 3
    _without_copies(lib, 2)
    few = {text: len(_statements(lib, text)) for text in ("899.221 3", "899.221 3 HIR", "899.221 3 HIR c")}
    _without_copies(lib, 28, first=2)
    assert {text: len(_statements(lib, text)) for text in few} == few
    page = search.search(lib, "899.221 3 HIR c", limit=40)
    assert page.total == 30 and page.hits[0].call_number == "899.221 3 HIR c"
