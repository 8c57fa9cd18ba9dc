"""A typo corrected with the other words of the query, as a patron types on a phone.

A mother looks for *Si Kancil dan Buaya* and types "kancil dan buwaya" (the glide she hears). *budaya* is as near
to *buwaya* by letters as *buaya* and more common on a village shelf, and the search used to take it: "kancil dan
budaya" found nothing, so the page said nothing was found. A word of the query is now corrected to a spelling that
finds books beside the other words, and a glide written as heard goes to the word meant."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.catalog import search


@pytest.fixture
def shelf(lib, librarian):
    for title in ("Si Kancil dan Buaya", "Pupuk Kompos dari Sampah Dapur"):
        catalog.add_record(lib, librarian, title=title)
    for n in range(4):  # words near the typos, on more records than the words meant
        catalog.add_record(lib, librarian, title=f"Budaya Jawa Jilid {n + 1}")
        catalog.add_record(lib, librarian, title=f"Kompas Minggu edisi {n + 1}", material_type="newspaper")
    return lib


def test_a_glide_written_as_heard_finds_the_childrens_book(shelf):
    page = search.search(shelf, "kancil dan buwaya")
    assert [h.title for h in page.hits] == ["Si Kancil dan Buaya"]
    assert page.corrected == "kancil dan buaya"


def test_a_word_alone_with_a_glide_goes_to_the_word_meant(shelf):
    page = search.search(shelf, "buwaya")
    assert page.corrected == "buaya" and [h.title for h in page.hits] == ["Si Kancil dan Buaya"]


def test_the_correction_that_finds_books_beside_the_other_words_is_taken(shelf):
    # "kompus": "kompas" (four newspapers) and "kompos" (one book) are one letter away; "pupuk kompas" finds nothing
    page = search.search(shelf, "pupuk kompus")
    assert [h.title for h in page.hits] == ["Pupuk Kompos dari Sampah Dapur"]
    assert page.corrected == "pupuk kompos"


def test_a_typo_near_nothing_that_fits_still_finds_nothing(shelf):
    page = search.search(shelf, "kancil dan kompus")
    assert page.total == 0 and page.corrected == ""
