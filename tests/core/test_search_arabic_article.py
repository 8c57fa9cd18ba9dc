"""An Arabic title's article: the catalogue writes صحيح البخاري, a patron types بخاري (or the other way round);
the search index keeps the article on the word, so the query asks for both forms."""

from __future__ import annotations

from pustaka_desktop.core.catalog import search
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Record


def _titles(lib, text: str, prefix: bool = True) -> list[str]:
    return sorted(hit.title for hit in search.search(lib, text, prefix=prefix).hits)


def test_a_word_typed_without_its_article_finds_the_title_that_has_it_and_the_other_way(lib):
    store.insert(lib, Record, title="صحيح البخاري")
    store.insert(lib, Record, title="بلوغ المرام من أدلة الأحكام")
    store.insert(lib, Record, title="تفسير جلالين")
    assert _titles(lib, "بخاري") == ["صحيح البخاري"]
    assert _titles(lib, "صحيح بخاري", prefix=False) == ["صحيح البخاري"]
    assert _titles(lib, "مرام") == ["بلوغ المرام من أدلة الأحكام"]
    assert _titles(lib, "الجلالين") == ["تفسير جلالين"]  # (typed with it, written without)
    assert _titles(lib, "البخاري") == ["صحيح البخاري"]  # (as written, still)


def test_a_short_word_beginning_with_alif_lam_is_not_cut(lib):
    store.insert(lib, Record, title="له الحمد")
    store.insert(lib, Record, title="كتاب الله")
    assert _titles(lib, "الله", prefix=False) == ["كتاب الله"]
    assert search.fts_query("Laskar pelangi") == '"laskar" AND "pelangi"*'  # (Latin words as before)


def test_an_isbn_typed_in_part_beside_a_word_finds_the_book(lib):
    """(The ISBN's forms are a bracket too: "978-602 laskar" was an FTS5 syntax error, and found nothing.)"""
    store.insert(lib, Record, title="Laskar pelangi", isbn="9786020000001")
    assert _titles(lib, "978-602 laskar") == ["Laskar pelangi"]
