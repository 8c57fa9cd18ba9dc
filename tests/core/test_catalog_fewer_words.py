"""A patron's words that find nothing together: the books with most of them (a child's "kancil cerdik")."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.catalog.fewer_words import MAX_WORDS, fewer_words
from pustaka_desktop.core.catalog.search import Filters

PATRONS = Filters(include_hidden=False)


@pytest.fixture
def shelf(lib, librarian):
    for title, author in (("Si Kancil dan Buaya", "N.H. Dini"), ("Kancil Mencuri Timun", "Tim Balai Pustaka"),
                          ("Sejarah Indonesia Modern", "M.C. Ricklefs")):
        catalog.add_record(lib, librarian, title=title, authors=author, subjects=["Cerita rakyat"])
    catalog.add_record(lib, librarian, title="Kancil yang Cerdik", authors="Rahasia", hidden=True)


def test_a_word_no_book_has_is_left_out(lib, shelf):
    found = fewer_words(lib, "kancil cerdik", PATRONS)  # only a hidden record has "cerdik"
    assert found.text == "kancil" and found.left_out == ("cerdik",)
    assert fewer_words(lib, "Si Kancil yang cerdik", PATRONS).text == "Si Kancil"


def test_words_each_known_but_never_together_keep_the_first(lib, shelf):
    assert fewer_words(lib, "sejarah kancil", PATRONS).text == "sejarah"
    assert fewer_words(lib, "kancil timun sejarah", PATRONS).text == "kancil timun"


def test_nothing_to_loosen(lib, shelf):
    assert fewer_words(lib, "kancil buaya", PATRONS) is None  # found together
    assert fewer_words(lib, "cerdik", PATRONS) is None  # one word
    assert fewer_words(lib, "qwerty asdfgh", PATRONS) is None  # no word finds a book


def test_a_childs_five_hundred_keys_are_cut_to_the_first_words(lib, shelf):
    mash = " ".join(["kancil"] + ["asdkjh"] * 100)
    found = fewer_words(lib, mash, PATRONS)
    assert found.text == "kancil" and len(found.left_out) == MAX_WORDS - 1
