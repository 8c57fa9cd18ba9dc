"""ISBN-first cataloguing: a scanned ISBN fills the form from this catalogue, the district's pack or
the publisher prefix; the title and its copies are saved in one go."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop.core.catalog import isbn_first
from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.catalog.copies import items_of
from pustaka_desktop.core.errors import NotFound, ValidationError
from pustaka_desktop.core.sync import catalog_pack

# What a district's union catalogue sends: the record as the union shows it (authors as JSON text).
LASKAR = {"title": "Laskar Pelangi", "subtitle": "", "responsibility": "Andrea Hirata", "edition": "Cet. 25",
          "isbn": "9789793062792", "publisher": "Bentang Pustaka", "place": "Yogyakarta", "year_text": "2008",
          "year": 2008, "collation": "xiv, 529 hlm. ; 20 cm", "series": "", "language": "ind", "ddc": "899.221 3",
          "audience": "adult", "material_type": "book", "subjects": '["Fiksi Indonesia"]',
          "authors": json.dumps([{"name": "Andrea Hirata", "role": "primary", "kind": "person"}])}
TJERITA = {"title": "Tjerita dari Djakarta", "isbn": "9789794192368", "publisher": "Balai Pustaka",
           "authors": [{"name": "Idrus"}], "ddc": "899.221 3"}


@pytest.fixture
def pack(lib):
    with lib.transaction():
        catalog_pack.replace_pack(lib, [{"isbn": LASKAR["isbn"], "record": LASKAR},
                                        {"isbn": TJERITA["isbn"], "record": TJERITA}])


def test_the_district_pack_fills_the_form(lib, pack):
    found = isbn_first.lookup(lib, "978-979-3062-79-2")
    assert found.source == isbn_first.PACK and found.record is None
    assert found.fields["title"] == "Laskar Pelangi" and found.fields["publisher"] == "Bentang Pustaka"
    assert found.fields["authors"][0]["name"] == "Andrea Hirata"
    assert found.fields["subjects"] == ["Fiksi Indonesia"]


def test_a_title_with_two_copies_saved_at_once(lib, librarian, pack):
    found = isbn_first.lookup(lib, "9789793062792")
    done = isbn_first.save(lib, librarian, found.fields, copies=2, location="Rak Fiksi")
    assert done.new_record and done.record.title == "Laskar Pelangi" and done.record.ddc == "899.2213"
    assert [i.location for i in done.items] == ["Rak Fiksi", "Rak Fiksi"]
    assert len({i.barcode for i in done.items}) == 2 and all(i.accession_no for i in done.items)
    assert done.items[0].call_number == "899.2213 HIR l"
    # scanning the same ISBN again: a new copy of the title already here
    again = isbn_first.lookup(lib, "9789793062792")
    assert again.source == isbn_first.LOCAL and again.record.id == done.record.id
    more = isbn_first.save(lib, librarian, again.fields, copies=1, record=again.record)
    assert not more.new_record and len(items_of(done.record)) == 3


def test_a_copy_barcode_finds_its_title(lib, librarian, pack):
    done = isbn_first.save(lib, librarian, isbn_first.lookup(lib, LASKAR["isbn"]).fields, copies=1)
    found = isbn_first.lookup(lib, done.items[0].barcode.lower())
    assert found.source == isbn_first.LOCAL and found.item.id == done.items[0].id


def test_an_unknown_isbn_guesses_the_publisher_from_its_prefix(lib, librarian, pack):
    catalog.add_record(lib, librarian, title="Padang Bulan", isbn="9786022910237", publisher="Bentang",
                       place="Yogyakarta")
    catalog.add_record(lib, librarian, title="Ayah", isbn="9786022911258", publisher="Bentang", place="Yogyakarta")
    found = isbn_first.lookup(lib, "978-602-291-002-2")  # same publisher prefix 978-602-291
    assert found.source == isbn_first.PUBLISHER
    assert found.fields == {"isbn": "9786022910022", "publisher": "Bentang", "place": "Yogyakarta"}
    assert set(found.guessed) == {"publisher", "place"}
    assert isbn_first.lookup(lib, "9780306406157").source == isbn_first.UNKNOWN


def test_bad_codes_say_what_is_wrong(lib, pack):
    with pytest.raises(ValidationError):
        isbn_first.lookup(lib, "978-979-3062-79-3")  # wrong check digit
    with pytest.raises(NotFound):
        isbn_first.lookup(lib, "XYZ000999")
    with pytest.raises(ValidationError):
        isbn_first.lookup(lib, "   ")


def test_a_typed_title_the_district_knows_is_offered(lib, librarian, pack):
    offers = isbn_first.district_matches(lib, "laskar pel")
    assert [o.isbn for o in offers] == [LASKAR["isbn"]]
    assert "Andrea Hirata" in offers[0].summary()
    assert isbn_first.district_matches(lib, "cerita dari jakarta")[0].isbn == TJERITA["isbn"]  # old spelling
    assert isbn_first.district_matches(lib, "la") == []
    # taken over with one action; once here it is no longer offered
    done = isbn_first.save(lib, librarian, isbn_first.from_pack(lib, LASKAR["isbn"]), copies=0)
    assert done.record.publisher == "Bentang Pustaka" and done.items == []
    assert isbn_first.district_matches(lib, "laskar pel") == []


def test_numbers_preview_matches_what_is_saved(lib, librarian, pack):
    barcodes, accession = isbn_first.numbers_preview(lib, 2)
    done = isbn_first.save(lib, librarian, {"title": "Buku Baru"}, copies=2)
    assert [i.barcode for i in done.items] == barcodes
    assert [i.accession_no for i in done.items] == accession
