"""Titles in aksara Jawa, Bali and Sunda: a word keeps its vowel signs, a pangkon ends it.

Fixture: a SLiMS bibliography export as a village library in Yogyakarta keeps its shelf of Javanese manuscripts
reprinted (titles in aksara Jawa written as scribes write it: no spaces, a pangkon where a word ends in a
consonant), a Balinese lontar reprint and Sundanese textbooks (written with spaces, as modern aksara Sunda is).
The vowel signs (pepet ꦼ, wulu ꦶ, suku ꦸ, Balinese ulu ᬶ, Sundanese panyuku ᮥ) are Unicode marks: cut out of the
word, ꦱꦼꦫꦠ꧀ *serat* and ꦱꦸꦫꦠ꧀ *surat* were one word ``ꦱ ꦫꦠ``."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.accents import fold
from pustaka_desktop.core.catalog import search
from pustaka_desktop.core.interop import importer

SERAT_WEDHATAMA = "ꦱꦼꦫꦠ꧀ꦮꦺꦝꦠꦩ"  # Serat Wedhatama
SERAT_CENTHINI = "ꦱꦼꦫꦠ꧀ꦕꦼꦤ꧀ꦛꦶꦤꦶ"  # Serat Centhini
BABAD_TANAH_JAWI = "ꦧꦧꦢ꧀ꦠꦤꦃꦗꦮꦶ"  # Babad Tanah Jawi
SURAT_PAK_LURAH = "ꦱꦸꦫꦠ꧀ꦱꦏꦶꦁꦥꦏ꧀ꦭꦸꦫꦃ"  # Surat saking Pak Lurah (a letter from the village head)
AKSARA_BALI = "ᬅᬓ᭄ᬱᬭ ᬩᬮᬶ"  # Aksara Bali
BALA_PANDAWA = "ᬩᬮ ᬧᬦ᭄ᬤᬯ"  # Bala Pandawa (bala, the army: no ulu)
KAMUS_SUNDA = "ᮊᮙᮥᮞ᮪ ᮘᮞ ᮞᮥᮔ᮪ᮓ"  # Kamus Basa Sunda
KAMIS_MANIS = "ᮊᮙᮤᮞ᮪ ᮙᮔᮤᮞ᮪"  # Kamis Manis (kamis, Thursday: panghulu, not panyuku)
SERATS = sorted([SERAT_WEDHATAMA, SERAT_CENTHINI])

HEADER = ('"title","gmd_name","edition","isbn_issn","publisher_name","publish_year","collation",'
          '"series_title","call_number","language_name","place_name","classification","notes","image","sor",'
          '"authors","topics","item_code"\n')
BOOKS = [  # title, language, call number, authors, item codes
    (SERAT_WEDHATAMA, "Jawa", "899.222 MAN s", "<Mangkunagara IV>", "<JW001>"),
    (SERAT_CENTHINI, "Jawa", "899.222 SER", "<Ranggasutrasna>", "<JW002>"),
    (BABAD_TANAH_JAWI, "Jawa", "959.82 BAB", "<Tim Balai Bahasa>", "<JW003>"),
    (SURAT_PAK_LURAH, "Jawa", "899.222 SUR", "<Suparto Brata>", "<JW004>"),
    (AKSARA_BALI, "Bali", "499.22 AKS", "<Tim Dinas Kebudayaan Bali>", "<BL001>"),
    (BALA_PANDAWA, "Bali", "899.223 BAL", "<I Ketut Sudarsana>", "<BL002>"),
    (KAMUS_SUNDA, "Sunda", "499.223 KAM", "<R. Satjadibrata>", "<SN001>"),
    (KAMIS_MANIS, "Sunda", "899.232 KAM", "<Ajip Rosidi>", "<SN002>"),
    ("Serat Wedhatama: teks dan terjemahan", "Jawa", "899.222 MAN s", "<Mangkunagara IV>", "<JW005>"),
]


@pytest.fixture
def shelf(lib, librarian, tmp_path):
    rows = [f'"{t}","Text","","","Kepel Press","2015","","","{cn}","{lang}","Yogyakarta","{cn.split()[0]}","","",'
            f'"","{au}","<Sastra {lang}>","{codes}"\n' for t, lang, cn, au, codes in BOOKS]
    path = tmp_path / "senayan_biblio_export.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    importer.import_file(lib, librarian, "slims-biblio", path)
    return lib


def _titles(lib, text: str, prefix: bool = True) -> list[str]:
    return sorted(hit.title for hit in search.search(lib, text, prefix=prefix, correct=False).hits)


@pytest.mark.parametrize("prefix", [True, False])
def test_serat_finds_the_serat_titles_and_not_a_surat(shelf, prefix):
    assert _titles(shelf, "ꦱꦼꦫꦠ꧀", prefix=prefix) == SERATS
    assert _titles(shelf, "ꦱꦸꦫꦠ꧀", prefix=prefix) == [SURAT_PAK_LURAH]


def test_serat_typed_without_its_final_pangkon_finds_the_serat_titles(shelf):
    """A reader types the letters and the vowel, the pangkon last (or not at all): the word is the same."""
    assert _titles(shelf, "ꦱꦼꦫꦠ") == SERATS
    assert _titles(shelf, "ꦱꦼꦫꦠ", prefix=False) == SERATS


@pytest.mark.parametrize("typed, found", [("ꦮꦺꦝꦠꦩ", [SERAT_WEDHATAMA]),  # the word after a pangkon
                                          ("ꦱꦼꦫꦠ꧀ ꦮꦺꦝꦠꦩ", [SERAT_WEDHATAMA]),  # typed with a space between
                                          (SERAT_WEDHATAMA, [SERAT_WEDHATAMA]),
                                          ("ꦠꦤꦃꦗꦮꦶ", [BABAD_TANAH_JAWI]),
                                          ("ꦧꦧꦢ꧀", [BABAD_TANAH_JAWI])])
def test_a_javanese_title_is_found_by_its_words_as_the_pangkon_closes_them(shelf, typed, found):
    assert _titles(shelf, typed) == found


def test_a_javanese_title_never_matches_one_with_other_vowels_while_being_typed(shelf):
    # (the query of each keystroke: sa, se, ser... and su, sur...)
    assert _titles(shelf, "ꦱꦼꦫ") == SERATS
    assert _titles(shelf, "ꦱꦸꦫ") == [SURAT_PAK_LURAH]


def test_bali_with_its_vowel_sign_is_not_bala(shelf):
    assert _titles(shelf, "ᬩᬮᬶ") == [AKSARA_BALI]
    assert _titles(shelf, "ᬩᬮ", prefix=False) == [BALA_PANDAWA]


def test_sundanese_kamus_is_not_kamis(shelf):
    assert _titles(shelf, "ᮊᮙᮥᮞ᮪") == [KAMUS_SUNDA]
    assert _titles(shelf, "ᮊᮙᮤᮞ᮪") == [KAMIS_MANIS]
    assert _titles(shelf, "ᮞᮥᮔ᮪ᮓ") == [KAMUS_SUNDA]


def test_a_latin_title_beside_them_is_searched_as_before(shelf):
    assert _titles(shelf, "wedhatama") == ["Serat Wedhatama: teks dan terjemahan"]
    assert _titles(shelf, "Sérat") == ["Serat Wedhatama: teks dan terjemahan"]


def test_the_query_keeps_a_javanese_word_whole():
    assert search.fts_query("ꦱꦼꦫꦠ꧀") == '"ꦱꦼꦫꦠ"*'
    assert search.fts_query("ꦱꦼꦫꦠ꧀ꦮꦺꦝꦠꦩ", prefix=False) == '"ꦱꦼꦫꦠ ꦮꦺꦝꦠꦩ"'


# --- fold: import matching, programmes, places, the district's keys ------------------------------------------

@pytest.mark.parametrize("one, other", [("ꦱꦼꦫꦠ꧀", "ꦱꦸꦫꦠ꧀"),  # serat, surat
                                        ("ᬩᬮᬶ", "ᬩᬮ"),  # Bali, bala
                                        ("ᮊᮙᮥᮞ᮪", "ᮊᮙᮤᮞ᮪"),  # kamus, kamis
                                        ("ᨅᨔ ᨕᨘᨁᨗ", "ᨅᨔ ᨕᨁ"),  # basa ugi (Buginese: its vowel signs combine)
                                        ("हिन्दी", "हन्द")])  # Hindi in a donated book
def test_fold_keeps_the_vowel_signs_that_tell_two_words_apart(one, other):
    assert fold(one) != fold(other)
    assert len(fold(one).split()) == len(fold(other).split())  # (and no word cut at a vowel)


@pytest.mark.parametrize("written, typed", [(SERAT_WEDHATAMA, "ꦱꦼꦫꦠ꧀ ꦮꦺꦝꦠꦩ"),  # with a space after the pangkon
                                            ("ꦱꦼꦫꦠ꧀", "ꦱꦼꦫꦠ"),  # without the final pangkon
                                            (SERAT_CENTHINI, " ꦱꦼꦫꦠ꧀ ꦕꦼꦤ꧀ꦛꦶꦤꦶ. ")])
def test_fold_makes_one_key_of_a_javanese_title_written_with_or_without_a_space_or_final_pangkon(written, typed):
    assert fold(written) == fold(typed)


def test_fold_keeps_latin_accents_and_arabic_harakat_folding():
    assert fold("Déjà Vu, al-Ghazālī!") == "deja vu al ghazali"
    assert fold("تَفْسِيرُ الْجَلَالَيْنِ") == fold("تفسير الجلالين")


def test_a_library_indexed_before_the_update_finds_its_javanese_titles_once_opened(shelf, clock):
    """Migration 0022 on a library file whose index (made by migration 0020) cut words at every vowel sign."""
    from pathlib import Path

    from pustaka_desktop.core.service import Library
    from pustaka_desktop.core.store import db as store_db
    from pustaka_desktop.core.store import migrations

    path = Path(shelf.db.database)
    shelf.close()
    old = store_db.connect(path)
    old.connect()
    with old.atomic():
        for statement in migrations.statements(
                (migrations.SCHEMA_DIR / "0020_search_splits_at_ayn_and_hamza.sql").read_text(encoding="utf-8")):
            old.execute_sql(statement)
        old.execute_sql("PRAGMA user_version = 20")
    assert old.execute_sql("SELECT count(*) FROM record_fts WHERE record_fts MATCH ?",
                           ['"ꦱ ꦫꦠ"']).fetchone()[0] == 3  # (serat and surat were one word)
    old.close()
    lib = Library.open(path, clock=clock)
    try:
        with lib.bound():
            assert _titles(lib, "ꦱꦼꦫꦠ꧀") == SERATS
            assert _titles(lib, "ᬩᬮᬶ") == [AKSARA_BALI]
    finally:
        lib.close()
