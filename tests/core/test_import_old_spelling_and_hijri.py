"""Two things old books and Islamic books write that the import missed: a language named in the spelling before 1972
(Djawa, Soenda, Melajoe, Tjina: catalogues typed from the book itself) was flagged as an unknown language, and a
kitab's year written alone in the Hijri calendar ("1405", as Arabic imprints print it) came in as the year 1405,
the oldest book of the library, with no word. Now the first is read and the second kept as written and flagged,
its suggestion the year marked H, which the review list writes back."""

import pytest

from pustaka_desktop import i18n
from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.interop.types import language_code
from pustaka_desktop.core.store.models import Record


@pytest.fixture(autouse=True)
def in_english():
    i18n.install("en")
    yield
    i18n.install("id")


@pytest.mark.parametrize(("written", "code"), [
    ("Djawa", "jav"), ("Bahasa Djawa", "jav"), ("Bhs. Djawa", "jav"), ("Soenda", "sun"), ("Melajoe", "may"),
    ("Tjina", "chi"), ("Djepang", "jpn"), ("Atjeh", "ace"), ("Djerman", "ger"), ("Inggeris", "eng"),
    ("Jawa Kuno", "kaw"), ("Indonesia; Djawa", "ind"),
    ("ja", "jpn"),  # (a two-letter code stays the code it is)
    ("Klingon", "Klingon"),  # (unknown: kept as written, and the import flags it)
])
def test_a_language_in_the_old_spelling_is_read(written, code):
    assert language_code(written) == code


SHEET = ("Judul,Pengarang,Penerbit,Tahun Terbit,Bahasa\n"
         "Budidaja Ikan,Soekarno Djoko,Balai Pustaka,1965,Djawa\n"
         "Al-Fiqh al-Islami,Wahbah al-Zuhaili,Dar al-Fikr,1405,Arab\n"
         "Riyadhus Shalihin,Imam Nawawi,Pustaka Amani,1426 H / 2005 M,Arab\n"
         "Tafsir Jalalain,Jalaluddin as-Suyuthi,Al-Haramain,١٤٠٥هـ - ١٩٨٥م,Arab\n"
         "Laskar Pelangi,Andrea Hirata,Bentang,2005,Indonesia\n")


def test_a_year_only_the_hijri_calendar_makes_possible_is_kept_flagged_and_fixed_from_the_list(lib, librarian,
                                                                                                tmp_path):
    path = tmp_path / "buku.csv"
    path.write_text(SHEET, encoding="utf-8")
    result = importer.import_file(lib, librarian, "csv", path)
    assert (result.records_add, result.bad) == (5, [])
    got = {r.title: (r.year_text, r.year, r.language) for r in Record.select()}
    assert got["Budidaja Ikan"] == ("1965", 1965, "jav")
    assert got["Al-Fiqh al-Islami"] == ("1405", 1405, "ara")  # kept as written...
    assert got["Riyadhus Shalihin"][1] == 2005
    assert got["Tafsir Jalalain"][1] == 1985  # (the Arabic imprint's own calendar marks are read)
    flags = review.open_flags(lib)
    assert [(f.title, f.field, f.suggestion) for f in flags] == [  # ...and flagged, once
        ("Al-Fiqh al-Islami", "year_text", "1405 H")]
    assert "1405 H is about 1985" in flags[0].message()
    review.fix(lib, librarian, flags[0].id)
    fiqh = Record.get(Record.title == "Al-Fiqh al-Islami")
    assert (fiqh.year_text, fiqh.year) == ("1405 H", 1985)
    again = importer.import_file(lib, librarian, "csv", path)
    assert (again.records_add, again.records_update) == (0, 0)
    assert [(f.reason, f.value) for f in review.open_flags(lib)] == []  # (the fix stays, not flagged again)
