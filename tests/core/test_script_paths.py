"""A pesantren's kitab and their romanised titles: one book, the several spellings villages write it.

Fixtures: a SLiMS bibliography export as a village library beside a pesantren keeps it: the Arabic title
with and without harakat, and the same kitab romanised by ear (Fathul Qarib, Fath al-Qarib, Fathul Qorib),
the author as al-Ghazālī, Al-Ghazali and Imam Ghozali, the Qur'an with and without its apostrophe."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.catalog import search
from pustaka_desktop.core.interop import importer

HEADER = ('"title","gmd_name","edition","isbn_issn","publisher_name","publish_year","collation",'
          '"series_title","call_number","language_name","place_name","classification","notes","image","sor",'
          '"authors","topics","item_code"\n')
BOOKS = [  # title, publisher, year, call number, authors, item codes
    ("فَتْحُ الْقَرِيبِ الْمُجِيبِ", "Al-Hidayah", "2005", "2X4.1 IBN f", "<Ibnu Qasim al-Ghazzi>", "<PP001>"),
    ("Fathul Qarib : terjemah", "Menara Kudus", "2010", "2X4.1 IBN f", "<Ibnu Qasim>", "<PP004>"),
    ("Fath al-Qarib al-Mujib", "Dar Ibn Hazm", "2005", "2X4.1 IBN f", "<Ibn Qasim al-Ghazzi>", "<PP005>"),
    ("Fathul Qorib makna pesantren", "Menara Kudus", "2001", "2X4.1 IBN f", "<Ibnu Qosim>", "<PP006>"),
    ("إحياء علوم الدين", "Dar al-Fikr", "1995", "2X4.3 GHA i", "<al-Ghazālī>", "<PP007>"),
    ("Ihya Ulumuddin jilid 1", "Republika", "2011", "2X4.3 GHA i", "<Al-Ghazali>", "<PP008>"),
    ("Minhajul Abidin", "Menara Kudus", "1999", "2X4.3 GHO m", "<Imam Ghozali>", "<PP009>"),
    ("Tafsir al-Ibriz li Ma'rifati Tafsiril Qur'an al-'Aziz", "Menara Kudus", "1960", "2X1.3 BIS t",
     "<Bisri Mustofa>", "<PP014>"),
    ("Terjemah Alquran Bahasa Jawa", "Menara Kudus", "1985", "2X1.2 TER", "<Tim Penerjemah>", "<PP015>"),
    ("Laskar Pelangi", "Bentang", "2005", "899.221 3 HIR l", "<Andrea Hirata>", "<PP016>"),
]
# (and the kitab in Arabic letters, which a name typed in Latin letters finds too: core/catalog/arabic_letters.py)
FATHUL_QARIB = ["Fath al-Qarib al-Mujib", "Fathul Qarib", "Fathul Qorib makna pesantren", "فَتْحُ الْقَرِيبِ الْمُجِيبِ"]
AL_GHAZALI = ["Ihya Ulumuddin jilid 1", "Minhajul Abidin", "إحياء علوم الدين"]
QURAN = ["Tafsir al-Ibriz li Ma'rifati Tafsiril Qur'an al-'Aziz", "Terjemah Alquran Bahasa Jawa"]


@pytest.fixture
def pesantren(lib, librarian, tmp_path):
    rows = [f'"{t}","Text","","","{pub}","{yr}","","","{cn}","Arab","Kudus","{cn.split()[0]}","","","","{au}",'
            f'"<Fiqih>","{codes}"\n' for t, pub, yr, cn, au, codes in BOOKS]
    path = tmp_path / "senayan_biblio_export.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    importer.import_file(lib, librarian, "slims-biblio", path)
    return lib


def _titles(lib, text: str, prefix: bool = True) -> list[str]:
    return sorted(hit.title for hit in search.search(lib, text, prefix=prefix, correct=False).hits)


@pytest.mark.parametrize("typed", ["Fathul Qarib", "Fath al-Qarib", "Fathul Qorib", "fath al qarib", "Fath Qorib"])
def test_each_romanised_spelling_of_a_kitab_finds_the_other_spellings(pesantren, typed):
    assert _titles(pesantren, typed) == FATHUL_QARIB
    assert _titles(pesantren, typed, prefix=False) == FATHUL_QARIB  # (Enter pressed: no word is a prefix)


@pytest.mark.parametrize("typed", ["Ghazali", "al-Ghazālī", "Al-Ghazali", "Ghozali", "Imam al-Ghazali"])
def test_an_author_romanised_with_a_or_o_and_with_or_without_the_article_is_one_author(pesantren, typed):
    expected = AL_GHAZALI if typed != "Imam al-Ghazali" else ["Minhajul Abidin"]  # (every word must match)
    assert _titles(pesantren, typed) == expected


@pytest.mark.parametrize("typed", ["Quran", "Al-Qur'an", "Alquran", "qur’an", "tafsir al-quran"])
def test_the_quran_with_or_without_its_apostrophe_and_article_is_found(pesantren, typed):
    expected = QURAN if not typed.startswith("tafsir") else QURAN[:1]
    assert _titles(pesantren, typed) == expected


def test_a_word_with_the_article_joined_finds_the_word_written_apart_and_the_other_way(pesantren):
    assert _titles(pesantren, "Minhaj al-Abidin") == ["Minhajul Abidin"]
    assert _titles(pesantren, "tafsir al-ibriz") == QURAN[:1]
    assert _titles(pesantren, "Tafsirul Ibriz") == QURAN[:1]
    # only a query that shows romanised Arabic asks for the other spellings: Indonesian words keep theirs
    assert search.fts_query("laskar pel") == '"laskar" AND "pel"*'
    assert _titles(pesantren, "laskar pelangi") == ["Laskar Pelangi"]



def _lc_marc(path) -> None:
    """A record as Perpusnas or the Library of Congress sends it: ALA-LC romanisation (ayn ʻ and hamza ʼ as
    modifier letters, macrons, dots below) in 100/245, the Arabic in 880 fields linked by $6."""
    import pymarc

    record = pymarc.Record(force_utf8=True, leader="00000cam a2200000 a 4500")
    record.add_field(pymarc.Field(tag="001", data="LC2004123456"))
    record.add_field(pymarc.Field(tag="100", indicators=["0", " "], subfields=[
        pymarc.Subfield("6", "880-01"), pymarc.Subfield("a", "Ibn Kathīr, Ismāʻīl ibn ʻUmar")]))
    record.add_field(pymarc.Field(tag="245", indicators=["1", "0"], subfields=[
        pymarc.Subfield("6", "880-02"), pymarc.Subfield("a", "Tafsīr al-Qurʼān al-ʻaẓīm /"),
        pymarc.Subfield("c", "Ibn Kathīr.")]))
    record.add_field(pymarc.Field(tag="880", indicators=["0", " "], subfields=[
        pymarc.Subfield("6", "100-01/(3/r"), pymarc.Subfield("a", "ابن كثير، إسماعيل بن عمر")]))
    record.add_field(pymarc.Field(tag="880", indicators=["1", "0"], subfields=[
        pymarc.Subfield("6", "245-02/(3/r"), pymarc.Subfield("a", "تفسير القرآن العظيم /")]))
    record.add_field(pymarc.Field(tag="852", indicators=[" ", " "], subfields=[pymarc.Subfield("p", "PP020")]))
    path.write_bytes(record.as_marc())


TAFSIR_IBN_KATHIR = "Tafsīr al-Qurʼān al-ʻaẓīm"


@pytest.mark.parametrize("typed", ["Quran", "Qur'an", "tafsir al-quran al-azim", "azim"])
def test_a_title_romanised_with_ayn_and_hamza_letters_is_found_as_patrons_type_it(lib, librarian, tmp_path, typed):
    path = tmp_path / "perpusnas.mrc"
    _lc_marc(path)
    importer.import_file(lib, librarian, "marc", path)
    assert TAFSIR_IBN_KATHIR in _titles(lib, typed)
    assert _titles(lib, "تفسير القرآن") == [TAFSIR_IBN_KATHIR]  # (the 880's Arabic title: found too)


def test_a_library_indexed_before_the_ayn_letters_split_words_finds_them_once_opened(tmp_path, clock):
    """Migration 0020 on a database whose index kept ʼ and ʻ inside the word."""
    from pustaka_desktop.core.service import Library
    from pustaka_desktop.core.store import db as store_db
    from pustaka_desktop.core.store import write as store
    from pustaka_desktop.core.store.models import Record
    path = tmp_path / "old.sqlite3"
    lib = Library.open(path, clock=clock)
    store.insert(lib, Record, title=TAFSIR_IBN_KATHIR)
    lib.close()
    old = store_db.connect(path)
    old.connect()
    with old.atomic():  # the index as migrations 0001-0019 left it
        old.execute_sql("DROP TABLE record_fts_vocab")
        old.execute_sql("DROP TABLE record_fts")
        old.execute_sql("CREATE VIRTUAL TABLE record_fts USING fts5(title, subtitle, authors, subjects, series, "
                        "publisher, isbn, notes, facets, tokenize='unicode61 remove_diacritics 2', prefix='2 3')")
        old.execute_sql("CREATE VIRTUAL TABLE record_fts_vocab USING fts5vocab(record_fts, row)")
        old.execute_sql("INSERT INTO record_fts(rowid, title, facets) SELECT id, lower(title), 'xall' FROM record")
        old.execute_sql("PRAGMA user_version = 19")
    assert old.execute_sql("SELECT count(*) FROM record_fts WHERE record_fts MATCH 'azim'").fetchone()[0] == 0
    old.close()
    lib = Library.open(path, clock=clock)
    try:
        assert _titles(lib, "azim") == [TAFSIR_IBN_KATHIR]
        assert _titles(lib, "quran") == [TAFSIR_IBN_KATHIR]
    finally:
        lib.close()


def test_ts_and_th_sy_and_sh_ibnu_and_ibn_are_one_spelling(lib, librarian, tmp_path):
    """Indonesian romanisation (Ibnu Katsir, Hadits, Syarh) and the English-style one of imported MARC
    (Ibn Kathīr, Hadith, Sharh) find each other."""
    path = tmp_path / "perpusnas.mrc"
    _lc_marc(path)
    importer.import_file(lib, librarian, "marc", path)
    rows = [f'"{title}","Text","","","Menara Kudus","1990","","","2X2 {n}","Arab","Kudus","2X2","","","",'
            f'"<{author}>","<Hadits>","<PH00{n}>"\n'
            for n, (title, author) in enumerate([("Syarh Hadits Arbain", "Imam Nawawi"),
                                                 ("Sharh al-Arbain al-Nawawiyya", "Ibn Daqiq al-Id")])]
    sheet = tmp_path / "senayan_biblio_export.csv"
    sheet.write_text(HEADER + "".join(rows), encoding="utf-8")
    importer.import_file(lib, librarian, "slims-biblio", sheet)
    assert _titles(lib, "Ibnu Katsir") == [TAFSIR_IBN_KATHIR]
    both = ["Sharh al-Arbain al-Nawawiyya", "Syarh Hadits Arbain"]
    assert _titles(lib, "syarh arbain") == both
    assert _titles(lib, "Sharh Arbain") == both
    assert _titles(lib, "hadith arbain") == both  # (both have the subject Hadits)


# --- labels and reports: a line cut or broken between whole letters ---------------------------------------

PRAJANJIAN = "ꦥꦿꦗꦚꦶꦤ꧀ꦥꦶꦤ꧀ꦠꦸꦱꦏꦶꦁꦏꦫꦠꦺꦴꦤ꧀ꦔꦪꦺꦴꦒꦾꦏꦂꦠ"  # a Javanese title: no spaces, cakra, pasangan, taling-tarung
SCRIPT_TITLES = [PRAJANJIAN, "ꦱꦼꦫꦠ꧀ꦮꦺꦢꦠꦩ"]


def _inside_a_letter(title: str, kept: str) -> bool:
    """Whether ``kept`` (a start of ``title``) ends inside a letter: before its mark or after a pangkon."""
    import unicodedata

    following = title[len(kept):len(kept) + 1]
    return kept.endswith("\ua9c0") or bool(following) and unicodedata.category(following).startswith("M")


@pytest.mark.parametrize("title", SCRIPT_TITLES)
def test_a_title_cut_to_the_label_keeps_each_letter_whole(title):
    """(The cut printed ꦥ without its cakra ꦿ, a pangkon where the book has a pasangan.)"""
    from pustaka_desktop.core.printing import layout

    for tenths_of_mm in range(20, 400):
        cut = layout.cut_to_width(title, "sans", 9, tenths_of_mm / 10)
        kept = cut.removesuffix(layout.ELLIPSIS).rstrip()
        assert title.startswith(kept)
        assert cut == title or not _inside_a_letter(title, kept), (tenths_of_mm, kept[-3:])


def test_a_javanese_title_wraps_over_lines_between_letters_instead_of_being_cut(tmp_path):
    from pustaka_desktop.core.printing import layout, paragraphs

    lines = layout.wrap(PRAJANJIAN, "sans", 9, 25)
    assert len(lines) > 1 and "".join(lines) == PRAJANJIAN  # (was: one line and an ellipsis)
    # the register's and reports' paragraphs break it between whole letters too
    for width in (40, 55, 70):
        pieces = paragraphs.wrap_lines(PRAJANJIAN, "sans", 9, width)
        assert "".join(pieces) == PRAJANJIAN and len(pieces) > 1
        done = ""
        for piece in pieces[:-1]:
            done += piece
            assert not _inside_a_letter(PRAJANJIAN, done), (width, piece)


def test_the_article_joined_before_a_sun_letter_and_q_written_k(lib, librarian, tmp_path):
    """Sullamut Taufiq is Sullam at-Taufiq (the article said as the next letter); villages write Taufik too."""
    rows = [f'"{title}","Text","","","Menara Kudus","1999","","","2X4 {n}","Arab","Kudus","2X4","","","",'
            f'"<Abdullah bin Husain>","<Akhlak>","<ST00{n}>"\n'
            for n, title in enumerate(["Sullamut Taufiq", "Sullam at-Taufik ila Mahabbatillah", "Riyadhus Shalihin"])]
    sheet = tmp_path / "senayan_biblio_export.csv"
    sheet.write_text(HEADER + "".join(rows), encoding="utf-8")
    importer.import_file(lib, librarian, "slims-biblio", sheet)
    both = ["Sullam at-Taufik ila Mahabbatillah", "Sullamut Taufiq"]
    assert _titles(lib, "Sullam Taufiq", prefix=False) == both
    assert _titles(lib, "Sullamut Taufiq", prefix=False) == both
    assert _titles(lib, "Riyadh as-Shalihin", prefix=False) == ["Riyadhus Shalihin"]
    assert _titles(lib, "Riyadhus Sholihin", prefix=False) == ["Riyadhus Shalihin"]
    assert _titles(lib, "riyadh sholihin", prefix=False) == ["Riyadhus Shalihin"]
