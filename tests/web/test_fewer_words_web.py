"""A patron's words that no book has together, on her phone: the books with most of them, and the page says which
words were searched (as the kiosk does), on every page of the results; the words typed are kept in the box."""

from __future__ import annotations

from pustaka_desktop.core.catalog.fewer_words import search_or_fewer


def test_words_no_book_has_together_show_the_books_with_most_of_them(phone, village):
    phone.get("/bahasa/en")
    page = phone.get("/?q=laskar+sawah+kerbau").text  # ("laskar" and "sawah" are in two books, "kerbau" in none)
    assert "No book has all of “laskar sawah kerbau”. 1 title with “laskar”:" in page
    assert "Laskar Pelangi" in page and "Budidaya Padi Sawah" not in page
    assert 'value="laskar sawah kerbau"' in page  # (what she typed stays, to change a word)
    plain = phone.get("/?q=laskar").text
    assert "No book has all of" not in plain and "1 title found" in plain
    none = phone.get("/?q=kerbau+gajah").text  # (no word of them finds a book)
    assert "Nothing found. Try fewer or other words" in none


def test_in_indonesian(phone, village):
    page = phone.get("/?q=padi+sawah+kerbau").text
    assert "Tidak ada buku yang memuat semua kata “padi sawah kerbau”. 1 judul dengan “padi sawah”:" in page


def test_the_next_page_follows_the_same_words(village):
    lib = village.lib
    first = search_or_fewer(lib, "budidaya laskar kerbau", limit=1)
    assert first.fewer == "budidaya" and first.total == 1  # (earlier words stay longest)
    assert search_or_fewer(lib, "budidaya laskar kerbau", offset=1, limit=1).fewer == "budidaya"
    assert search_or_fewer(lib, "budidaya padi", limit=1).fewer == ""  # (found together: no fallback)
