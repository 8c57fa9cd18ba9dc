"""Call numbers the way Indonesian cataloguers derive them: the written rules at the top of
core/catalog/callnumber.py, one case each, and the class part as classnumber stores it."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.catalog.callnumber import derive_call_number, entry_word, title_letter
from pustaka_desktop.core.catalog.copies import add_item


@pytest.mark.parametrize("title, letter", [
    ("The Hobbit", "h"), ("A Tale of Two Cities", "t"), ("An Introduction to Botany", "i"),  # English
    ("De Winst", "w"), ("Het Achterhuis", "a"), ("Een Zomer", "z"),  # Dutch
    ("Al-Qur'an dan Terjemahannya", "q"), ("Ar-Risalah", "r"), ("Al Hikmah", "h"),  # Arabic
    ("Si Kancil dan Buaya", "k"), ("Sang Pemimpi", "p"),  # Indonesian
    ("Bumi Manusia", "b"), ("'Salah Asuhan'", "s"), ("1001 Malam", "m"),
    ("The", "t"),  # an article alone is the title
])
def test_leading_articles_are_skipped(title, letter):
    assert title_letter(title) == letter


@pytest.mark.parametrize("name, kind, word", [
    ("Andrea Hirata", "person", "Hirata"),  # N3 last word
    ("Hirata, Andrea", "person", "Hirata"),  # N2 inverted
    ("Soekarno", "person", "Soekarno"),
    ("Raden Ajeng Kartini", "person", "Kartini"),
    ("Prof. Dr. H. Hamka", "person", "Hamka"),  # N1 titles before
    ("Budi Santoso, S.Pd., M.Pd.", "person", "Santoso"),  # N1 degrees after a comma
    ("Dra. Hj. Siti Nurhaliza, M.Si", "person", "Nurhaliza"),
    ("Abdullah bin Abdul Kadir", "person", "Abdullah"),  # N4 patronymic
    ("Siti Aisyah binti Ahmad", "person", "Siti"),
    ("Ibnu Sina", "person", "Ibnu"),
    ("Imam al-Ghazali", "person", "Ghazali"),  # N5 Arabic article
    ("Al-Ghazali", "person", "Ghazali"),
    ("Asy-Syafi'i", "person", "Syafi'i"),  # the sun letters' forms: the longest first
    ("Abu Ishaq ats-Tsa'labi", "person", "Tsa'labi"),  # (ats-, as transliteration.ARTICLES lists it)
    ("Ludwig van Beethoven", "person", "Beethoven"),  # N6 particles
    ("Berg, Pieter van den", "person", "Berg"),
    ("Van der Berg, Pieter", "person", "Berg"),
    ("Oei, Hong Djien", "person", "Oei"),  # N7 Chinese order, written inverted
    ("Ma Yan", "person", "Yan"),  # 'Ma' without a dot is a name, not a degree
    ("Badan Pusat Statistik", "organisation", "Badan"),  # organisations: first word
    ("The World Bank", "organisation", "World"),
])
def test_name_rules(name, kind, word):
    assert entry_word(name, kind) == word


def test_whole_call_numbers_with_class_numbers_as_librarians_write_them():
    assert derive_call_number("823", "The Hobbit", "J.R.R. Tolkien") == "823 TOL h"
    assert derive_call_number("899.2213", "Laskar Pelangi", "Andrea Hirata") == "899.2213 HIR l"
    assert derive_call_number("F", "Laskar Pelangi", "Andrea Hirata") == "F HIR l"
    assert derive_call_number("R 030", "Ensiklopedia Anak", "") == "R 030 ENS e"
    assert derive_call_number("297.122", "Al-Qur'an dan Terjemahannya", "") == "297.122 QUR q"
    assert derive_call_number("", "Sang Pemimpi", "Abdullah bin Abdul Kadir") == "ABD p"


def test_the_catalogue_uses_the_authors_kind(lib, librarian):
    record = catalog.add_record(lib, librarian, title="Statistik Desa 2025", ddc="310",
                                authors=[{"name": "Badan Pusat Statistik", "kind": "organisation"}]).record
    assert catalog.call_number_for(record) == "310 BAD s"
    item = add_item(lib, librarian, record)
    assert item.call_number == "310 BAD s"
    assert catalog.call_number_for({"title": "The Hobbit", "ddc": "823",
                                    "authors": '[{"name": "Tolkien, J.R.R."}]'}) == "823 TOL h"
