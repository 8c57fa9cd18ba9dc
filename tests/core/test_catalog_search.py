"""Catalogue search: ranking, prefixes, diacritics, exact ISBN/barcode, filters, index kept in sync."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.catalog import search
from pustaka_desktop.core.catalog.copies import add_item
from pustaka_desktop.core.catalog.search import Filters
from pustaka_desktop.core.store import write as store


@pytest.fixture
def shelf(lib, librarian):
    def rec(title, author="", **fields):
        record = catalog.add_record(lib, librarian, title=title,
                                    authors=[{"name": author}] if author else [], **fields).record
        return record

    books = {
        "laskar": rec("Laskar Pelangi", "Andrea Hirata", ddc="899.221", isbn="9789793062792", subjects=["Novel"]),
        "pemimpi": rec("Sang Pemimpi", "Andrea Hirata", ddc="899.221", subjects=["Novel"]),
        "hujan": rec("Hujan", "Tere Liye", ddc="899.221", audience="teen", notes="tentang pelangi setelah hujan"),
        "sejarah": rec("Sejarah Indonesia Modern", "M.C. Ricklefs", ddc="959.8", language="eng"),
        "cafe": rec("Kafe Déjà Vu", "Ayu Utami", ddc="899.221"),
        "kancil": rec("Si Kancil", "", ddc="398.2", audience="children", material_type="magazine"),
    }
    add_item(lib, librarian, books["laskar"], barcode="UJI000001", location="Rak A")
    add_item(lib, librarian, books["laskar"], barcode="UJI000002", location="Rak B")
    lent = add_item(lib, librarian, books["pemimpi"], barcode="UJI000003", location="Rak A")
    store.update(lib, lent, status="on_loan")
    add_item(lib, librarian, books["kancil"], barcode="UJI000004", location="Rak Anak")
    return books


def titles(page):
    return [h.title for h in page.hits]


def test_title_match_ranks_above_notes_match(lib, shelf):
    page = search.search(lib, "pelangi")
    assert page.ranked and page.total == 2
    assert titles(page) == ["Laskar Pelangi", "Hujan"]


def test_prefix_while_typing_and_author_search(lib, shelf):
    assert titles(search.search(lib, "pemim")) == ["Sang Pemimpi"]
    assert set(titles(search.search(lib, "hirata"))) == {"Laskar Pelangi", "Sang Pemimpi"}
    assert titles(search.search(lib, "hirata lask")) == ["Laskar Pelangi"]
    # a finished word (space typed) is not a prefix
    assert search.search(lib, "pemim ", prefix=True).total == 0


def test_diacritics_are_folded(lib, shelf):
    assert titles(search.search(lib, "deja")) == ["Kafe Déjà Vu"]
    assert titles(search.search(lib, "déjà")) == ["Kafe Déjà Vu"]


def test_phrase_and_odd_input(lib, shelf):
    assert titles(search.search(lib, '"sang pemimpi"')) == ["Sang Pemimpi"]
    assert search.search(lib, '"pemimpi sang"').total == 0
    for odd in ('*', 'AND', '"', "(", "NEAR(", "-"):
        search.search(lib, odd)  # never an FTS syntax error


def test_exact_isbn_in_any_form_and_barcode_jump_to_the_record(lib, shelf):
    for key in ("979-3062-79-7", "9789793062792", "978-979-3062-79-2"):
        page = search.search(lib, key)
        assert page.exact == shelf["laskar"].id and titles(page) == ["Laskar Pelangi"]
    page = search.search(lib, "uji000003")
    assert page.exact == shelf["pemimpi"].id


def test_an_isbn_typed_with_its_label_as_on_the_back_cover_finds_the_book(lib, shelf):
    for key in ("ISBN 978-979-3062-79-2", "ISBN: 9789793062792", "isbn 979-3062-79-7", "ISBN-13: 978-979-3062-79-2",
                "ISBN13 9789793062792", "e-ISBN 978-979-3062-79-2"):
        page = search.search(lib, key)
        assert page.exact == shelf["laskar"].id and titles(page) == ["Laskar Pelangi"], key
    assert search.search(lib, "ISBN").exact is None  # the word alone is still a word
    assert search.search(lib, "isbn pelangi").exact is None


def test_results_carry_call_number_shelf_and_availability(lib, shelf):
    hit = search.search(lib, "laskar").hits[0]
    assert hit.call_number == "899.221 HIR l"
    assert hit.location == "Rak A, Rak B"
    assert (hit.available, hit.copies) == (2, 2)
    lent = search.search(lib, "pemimpi").hits[0]
    assert (lent.available, lent.copies) == (0, 1)
    no_copies = search.search(lib, "ricklefs").hits[0]
    assert no_copies.copies == 0 and no_copies.call_number == "959.8 RIC s"


@pytest.mark.parametrize(("filters", "expected"), [
    (Filters(material_type="magazine"), {"Si Kancil"}),
    (Filters(ddc_class="900"), {"Sejarah Indonesia Modern"}),
    (Filters(ddc_class="300"), {"Si Kancil"}),
    (Filters(audience="teen"), {"Hujan"}),
    (Filters(language="eng"), {"Sejarah Indonesia Modern"}),
    (Filters(available=True), {"Laskar Pelangi", "Si Kancil"}),
    (Filters(location="Rak A"), {"Laskar Pelangi", "Sang Pemimpi"}),
    (Filters(location="Rak A", available=True), {"Laskar Pelangi"}),
])
def test_each_filter(lib, shelf, filters, expected):
    page = search.search(lib, "", filters, limit=50)
    assert set(titles(page)) == expected and page.total == len(expected)


def test_filter_with_words(lib, shelf):
    assert titles(search.search(lib, "hirata", Filters(available=True))) == ["Laskar Pelangi"]
    assert search.search(lib, "hirata", Filters(ddc_class="900")).total == 0


def test_hidden_records_stay_out_of_the_kiosk(lib, librarian, shelf):
    catalog.update_record(lib, librarian, shelf["hujan"], hidden=True)
    assert search.search(lib, "hujan").total == 1
    assert search.search(lib, "hujan", Filters(include_hidden=False)).total == 0


def test_index_follows_updates_and_deletes(lib, librarian, shelf):
    catalog.update_record(lib, librarian, shelf["hujan"], title="Rembulan Tenggelam", authors=[{"name": "Tere Liye"}])
    assert titles(search.search(lib, "hujan")) == ["Rembulan Tenggelam"]  # still in its notes
    assert titles(search.search(lib, "rembulan")) == ["Rembulan Tenggelam"]
    catalog.update_record(lib, librarian, shelf["hujan"], notes="")
    assert search.search(lib, "hujan").total == 0
    catalog.delete_record(lib, librarian, shelf["laskar"])
    assert search.search(lib, "laskar").total == 0
    assert search.search(lib, "979-3062-79-7").total == 0
    assert search.rebuild_index(lib) == 5


def test_many_hits_put_title_matches_first_and_page_through_all(lib, monkeypatch):
    rows = [{"title": f"Buku {n}", "notes": "", "authors": "[]", "subjects": "[]"} for n in range(30)]
    rows += [{"title": f"Catatan {n}", "notes": "sebuah buku", "authors": "[]", "subjects": "[]"} for n in range(30)]
    store.insert_many(lib, catalog.Record, rows)
    monkeypatch.setattr(search, "RANK_LIMIT", 10)
    seen = []
    for offset in range(0, 60, 25):
        page = search.search(lib, "buku", offset=offset, limit=25)
        assert page.total == 60 and not page.ranked
        seen += titles(page)
    assert len(seen) == 60 and len(set(seen)) == 60
    assert all(t.startswith("Buku") for t in seen[:30]) and all(t.startswith("Catatan") for t in seen[30:])
    assert seen[0] == "Buku 29"  # newest first within a group


def test_a_letter_just_typed_keeps_the_previous_results(lib, shelf):
    assert titles(search.search(lib, "hirata l")) == titles(search.search(lib, "hirata"))
    assert search.fts_query("s") == '"s"'  # a lone letter is a whole word, not a prefix
    assert search.fts_query("laskar pel") == '"laskar" AND "pel"*'
