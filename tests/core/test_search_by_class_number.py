"""The catalogue searched by class number and call number (core.catalog.shelf_search through
core.catalog.search): a librarian types the class as the book's KDT prints it (``899.221 3``), a call
number as on the spine label (``899.221 3 HIR l``, ``2X4.1 SUR``, ``F HIR``) and gets that shelf, by
class number then title; the Printing page's label search, the web catalogue and ``pustaka-cli search``
get the same. Ordinary word, year, ISBN and barcode searches stay as they were."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.catalog import search
from pustaka_desktop.core.catalog.search import Filters
from pustaka_desktop.core.interop import importer, slims
from pustaka_desktop.core.printing.selection import select_items
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Record
from pustaka_desktop.web.source import LibrarySource, SearchRequest

# As SLiMS 9 exports a village library (biblio + item files): KDT class numbers with their segmentation
# space, Perpusnas's Islam expansion 2X, the fiction prefix, and each copy's call number as on its spine.
BIBLIO = [
    dict(title="Laskar Pelangi", gmd_name="Text", isbn_issn="979-3062-79-7", publish_year="2008",
         classification="899.221 3", call_number="899.221 3 HIR l", authors="<Hirata, Andrea>",
         item_code="<B0001><B0002>"),
    dict(title="Sang Pemimpi", gmd_name="Text", publish_year="2006", classification="899.221 3",
         call_number="899.221 3 HIR s", authors="<Hirata, Andrea>", item_code="<B0003>"),
    dict(title="Bumi Manusia", gmd_name="Text", publish_year="1980", classification="899.221",
         call_number="899.221 TOE b", authors="<Toer, Pramoedya Ananta>", item_code="<B0004>"),
    dict(title="Ronggeng Dukuh Paruk", gmd_name="Text", publish_year="1982", classification="F 899.221 3",
         call_number="F 899.221 3 TOH r", authors="<Tohari, Ahmad>", item_code="<B0005>"),
    dict(title="Edensor", gmd_name="Text", publish_year="2007", classification="F", call_number="F HIR e",
         authors="<Hirata, Andrea>", item_code="<B0006>"),
    dict(title="Tuntunan Shalat Lengkap", gmd_name="Text", publish_year="2015", classification="2X4.1",
         call_number="2X4.1 SUR t", authors="<Suryadi, Ahmad>", item_code="<B0007>"),
    dict(title="Fiqih Wanita", gmd_name="Text", publish_year="2012", classification="2X4.1",
         call_number="2X4.1 AL- f", authors="<Al-Hamdani>", item_code="<B0008>"),
    dict(title="100 Resep Masakan Nusantara", gmd_name="Text", publish_year="2019", classification="641.5",
         call_number="641.5 NUR s", authors="<Nurhayati>", item_code="<B0009>"),
    dict(title="Laporan Tahunan Desa 2019", gmd_name="Text", publish_year="2019", classification="352",
         call_number="352 DES l", item_code="<B0010>"),
]
ITEMS = [dict(item_code=row["item_code"].strip("<>").split("><")[n], title=row["title"], call_number=row["call_number"])
         for row in BIBLIO for n in range(row["item_code"].count("<"))]


def _line(columns: tuple[str, ...], values: dict[str, str]) -> str:
    return ",".join(f'"{values.get(c, "")}"' for c in columns)


@pytest.fixture
def moved_in(lib, librarian, tmp_path):
    biblio, items = tmp_path / "senayan_biblio_export.csv", tmp_path / "senayan_item_export.csv"
    biblio.write_text("\n".join([",".join(slims.BIBLIO_COLUMNS) + ",",
                                 *(_line(slims.BIBLIO_COLUMNS, row) for row in BIBLIO)]) + "\n", encoding="utf-8")
    items.write_text("\n".join([",".join(slims.ITEM_COLUMNS) + ",",
                                *(_line(slims.ITEM_COLUMNS, row) for row in ITEMS)]) + "\n", encoding="utf-8")
    plans = importer.import_slims(lib, librarian, biblio, items)
    assert all(plan.bad == [] for plan in plans)
    assert Item.get(Item.barcode == "B0001").call_number == "899.221 3 HIR l"  # each copy's own, as written
    return lib


def titles(lib, text: str, filters: Filters | None = None, **kwargs) -> list[str]:
    return [hit.title for hit in search.search(lib, text, filters, **kwargs).hits]


def test_a_class_number_as_the_kdt_prints_it_finds_its_shelf(moved_in):
    for typed in ("899.221 3", "899.2213", "899.221'3"):
        page = search.search(moved_in, typed)
        assert [hit.title for hit in page.hits] == ["Laskar Pelangi", "Sang Pemimpi", "Ronggeng Dukuh Paruk"]
        assert page.shelf == "899.2213"


def test_a_shorter_class_finds_the_longer_numbers_by_class_then_title(moved_in):
    # 899.221 before 899.2213, titles in order within a class, the fiction shelf's F 899.2213 after them
    assert titles(moved_in, "899.22") == ["Bumi Manusia", "Laskar Pelangi", "Sang Pemimpi", "Ronggeng Dukuh Paruk"]
    assert titles(moved_in, "899.22", limit=2) == ["Bumi Manusia", "Laskar Pelangi"]
    assert titles(moved_in, "899.22", offset=2) == ["Sang Pemimpi", "Ronggeng Dukuh Paruk"]  # pages in the same order
    assert search.search(moved_in, "899.22").total == 4


def test_perpusnas_islam_expansion_with_and_without_an_author_mark(moved_in):
    assert titles(moved_in, "2X4.1") == ["Fiqih Wanita", "Tuntunan Shalat Lengkap"]
    assert titles(moved_in, "2X4.1 SUR") == ["Tuntunan Shalat Lengkap"]
    assert titles(moved_in, "2x4.1 sur") == ["Tuntunan Shalat Lengkap"]  # typed in small letters
    assert titles(moved_in, "2X4.1 AL-") == titles(moved_in, "2X4.1 AL") == ["Fiqih Wanita"]  # SLiMS's mark for an Arabic article


def test_a_call_number_from_the_spine_label_narrows_to_its_author_and_title_letter(moved_in):
    assert titles(moved_in, "899.221 3 HIR") == ["Laskar Pelangi", "Sang Pemimpi"]
    assert titles(moved_in, "899.221 3 HIR l") == ["Laskar Pelangi"]
    assert search.search(moved_in, "899.221 3 HIR l").shelf == "899.2213 HIR l"
    assert titles(moved_in, "899.221 TOE") == ["Bumi Manusia"]


def test_the_fiction_prefix_and_its_author_mark(moved_in):
    assert titles(moved_in, "F HIR") == ["Edensor"]  # not Laskar Pelangi (899.221 3 HIR l): another shelf
    assert titles(moved_in, "FIK HIR") == ["Edensor"]  # FIK and F mark the same collection
    assert titles(moved_in, "F 899.221 3") == ["Ronggeng Dukuh Paruk"]
    assert titles(moved_in, "f hir") == ["Edensor"]  # in small letters: no title has these words, so the shelf


def test_words_years_isbns_and_barcodes_search_as_before_and_a_bare_class_finds_its_shelf(moved_in):
    # a bare three-digit number is first a word of a title; only when no title has it, a class
    assert titles(moved_in, "641") == ["100 Resep Masakan Nusantara"]
    assert search.search(moved_in, "641").shelf == "641"
    assert titles(moved_in, "100 resep") == ["100 Resep Masakan Nusantara"]
    assert search.search(moved_in, "100").shelf == ""
    assert titles(moved_in, "2019") == ["Laporan Tahunan Desa 2019"]  # a year is a word, never a class
    assert search.search(moved_in, "979-3062-79-7").exact is not None  # an ISBN jumps to its record
    assert titles(moved_in, "B0007") == ["Tuntunan Shalat Lengkap"]  # a barcode too
    assert set(titles(moved_in, "hirata")) == {"Laskar Pelangi", "Sang Pemimpi", "Edensor"}


def test_the_filters_apply_to_a_shelf(moved_in, librarian):
    store.update(moved_in, Item.get(Item.barcode == "B0003"), status="on_loan")
    assert titles(moved_in, "899.221 3 HIR", Filters(available=True)) == ["Laskar Pelangi"]
    store.update(moved_in, Record.get(Record.title == "Laskar Pelangi"), hidden=True)
    assert titles(moved_in, "899.221 3 HIR", Filters(include_hidden=False)) == ["Sang Pemimpi"]
    assert titles(moved_in, "899.22", Filters(ddc_class="800")) == ["Bumi Manusia", "Laskar Pelangi", "Sang Pemimpi",
                                                         "Ronggeng Dukuh Paruk"]
    assert titles(moved_in, "899.22", Filters(ddc_class="300")) == []


def test_a_record_without_copies_is_found_by_the_call_number_derived_from_it(lib, librarian):
    catalog.add_record(lib, librarian, title="Padang Bulan", authors=[{"name": "Andrea Hirata"}], ddc="899.221 3")
    catalog.add_record(lib, librarian, title="Ayat-Ayat Cinta", authors=[{"name": "Habiburrahman El Shirazy"}],
                       ddc="899.221 3")
    assert [hit.title for hit in search.search(lib, "899.221 3 HIR p").hits] == ["Padang Bulan"]


def test_nothing_on_the_shelf_says_how_the_query_was_read(moved_in):
    page = search.search(moved_in, "899.9 HIR")
    assert (page.total, page.shelf) == (0, "899.9 HIR")
    assert search.search(moved_in, "zebrakuda").shelf == ""


def test_the_label_search_the_web_catalogue_and_the_cli_find_a_shelf(moved_in, capsys):
    assert [item.barcode for item in select_items(moved_in, "search:899.221 3 HIR")] == ["B0001", "B0002", "B0003"]
    web = LibrarySource(moved_in).search(SearchRequest(text="2X4.1 SUR", offset=0, limit=20))
    assert [hit.title for hit in web.hits] == ["Tuntunan Shalat Lengkap"]
    code = main(["--lang", "en", "--db", str(moved_in.path), "search", "899.22", "--json"])
    found = json.loads(capsys.readouterr().out)
    assert code == 0 and found["shelf"] == "899.22" and found["total"] == 4


def test_a_spine_mark_written_with_an_accent_or_dots_is_found_by_its_letters(lib, librarian):
    # labels typed by hand: an accented name's mark as written, an author's initials with their dots
    for title, author, call in (("Kerudung Merah Kirmizi", "Hírata", "899.221 3 HÍR k"),
                                ("Tergantung pada Kata", "Abdul Hadi W.M.", "899.221 1 W.M t"),
                                ("Meditasi", "Wing Kardjo", "899.221 1 WIN m")):
        record = catalog.add_record(lib, librarian, title=title, authors=[{"name": author}],
                                    ddc=call.rsplit(" ", 2)[0]).record
        store.insert(lib, Item, record=record, barcode=f"K{record.id:04d}", call_number=call)
    assert titles(lib, "899.221 3 HIR") == ["Kerudung Merah Kirmizi"]
    assert titles(lib, "899.221 3 HÍR k") == ["Kerudung Merah Kirmizi"]
    assert titles(lib, "899.221 1 WM") == ["Tergantung pada Kata"]
    assert titles(lib, "899.221 1 W.M t") == ["Tergantung pada Kata"]
    assert titles(lib, "899.221 1 WIN") == ["Meditasi"]
