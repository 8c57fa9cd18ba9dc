"""Line breaks SLiMS's export turned into letters, and the copies whose source SLiMS never knew.

SLiMS 7, 8 and 9.0-9.6.0 write every bibliography field, and every version (9.7 too) every item field,
through MySQL's escape_string and then PHP's stripslashes: a note typed "Sumbangan dari Pemdes⏎Tahun 2010"
in the browser's text box (CR LF) arrives as "Sumbangan dari PemdesrnTahun 2010". SLiMS 9.6.1 writes the
break as it is inside the quoted field, 9.7's bibliography export as ``\\n`` for each of CR and LF. An
item's source is 1 (Buy) or 2 (Prize/Grant), and 0 when none was chosen: the copies SLiMS's record form
makes in a batch from an item code pattern, and every copy SLiMS 7 made that way. The files below are
written as those export pages write them (every field enclosed, no header before 9.3, the item lines
without their last separator)."""

from __future__ import annotations

from datetime import date

import pytest

from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import importer, slims_breaks
from pustaka_desktop.core.reports import figures
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store.models import Item, Record

# SLiMS 7/8 (and 9.0-9.2): no header, escape_string + stripslashes
BIBLIO_V7 = (
    '"Sejarah Desa Sukamaju :rnDari Masa ke Masa","Text","","","Pemdes Sukamaju","2010","xii, 120 hlm.rnIlus.",'
    '"","959.8 SEJ","Indonesia","Sukamaju","959.8","Sumbangan dari PemdesrnTahun 2010rnBantuan Perpusnas","",'
    '"","<Tim Penyusun>","<Sejarah desa>","<TBM0001><TBM0002><TBM0003>"\n'
    '"Tafsir Jalalain","Text","","","Al-Hidayah","1990","","","2X1.3 JAL","Arab","Surabaya","2X1.3",'
    '"الفقهrnالتفسير","","","<Jalaluddin>","<Tafsir>","<TBM0004>"\n'
    '"Budidaya Lele","Text","","","Agro Media","2015","","","639.3 BUD","Indonesia","Jakarta","639.3",'
    '"Modern dan intern, pola pemeliharaan. Pemdesrntahun lalu","","","","","<TBM0005>"\n'
)
ITEMS_V7 = (
    '"TBM0001","959.8 SEJ","Umum","001/TBM/2010","2010-03-01","","","Taman Bacaan","","","","0","","","0","",'
    '"2010-03-01 09:00:00","2010-03-01 09:00:00","Sejarah Desa Sukamaju :rnDari Masa ke Masa"\n'
    '"TBM0002","959.8 SEJ","Umum","002/TBM/2010","2010-03-01","","","Taman Bacaan","","","","1","","45000",'
    '"Rupiah","","2010-03-01 09:00:00","2010-03-01 09:00:00","Sejarah Desa Sukamaju :rnDari Masa ke Masa"\n'
    '"TBM0003","959.8 SEJ","Umum","003/TBM/2010","2010-03-01","","","Taman Bacaan","","","","2","","","0","",'
    '"2010-03-01 09:00:00","2010-03-01 09:00:00","Sejarah Desa Sukamaju :rnDari Masa ke Masa"\n'
    '"TBM0004","2X1.3 JAL","Referensi","004/TBM/2010","2010-04-01","","","Taman Bacaan","","","","0","","","0",'
    '"","2010-04-01 09:00:00","2010-04-01 09:00:00","Tafsir Jalalain"\n'
    '"TBM0005","639.3 BUD","Umum","005/TBM/2010","","","","Taman Bacaan","","","","0","","","0",'
    '"","2016-01-01 09:00:00","2016-01-01 09:00:00","Budidaya Lele"\n'
)
BIBLIO_HEADER = ('"title","gmd_name","edition","isbn_issn","publisher_name","publish_year","collation",'
                 '"series_title","call_number","language_name","place_name","classification","notes","image","sor",'
                 '"authors","topics","item_code"\n')
# SLiMS 9.6.1: the CR LF typed in the note as it is, inside the quoted field
BIBLIO_V961 = BIBLIO_HEADER + (
    '"Budidaya Lele :\r\nPanduan Praktis","Text","","","Agro Media","2015","","","639.3 BUD","Indonesia",'
    '"Jakarta","639.3",'
    '"Pola pemeliharaan modern\r\nTahun 2015","","","","","<TBM0005>"\n'
)
# SLiMS 9.7: each of CR and LF written as \n
BIBLIO_V97 = BIBLIO_HEADER + (
    '"Budidaya Lele :\\n\\nPanduan Praktis","Text","","","Agro Media","2015","","","639.3 BUD","Indonesia",'
    '"Jakarta","639.3",'
    '"Pola pemeliharaan modern\\n\\nTahun 2015","","","","","<TBM0005>"\n'
)
# and the item export of every version still writes stripslashes' letters: a copy the bibliography does not list
# finds its record by this title
ITEMS_V97 = (
    '"TBM0006","639.3 BUD","Umum","006/TBM/2016","2016-02-01","","","Taman Bacaan","","","","1","","30000",'
    '"Rupiah","","2016-02-01 09:00:00","2016-02-01 09:00:00","Budidaya Lele :rnPanduan Praktis"\n'
)


@pytest.fixture
def v7(tmp_path):
    biblio, items = tmp_path / "senayan_biblio_export.csv", tmp_path / "senayan_item_export.csv"
    biblio.write_text(BIBLIO_V7, encoding="utf-8")
    items.write_text(ITEMS_V7, encoding="utf-8")
    return biblio, items


def _record(title: str) -> Record:
    return Record.get(Record.title == title)


def _sources() -> dict[str, str]:
    return dict(Item.select(Item.barcode, Item.source).tuples())


def test_the_letters_are_read_as_breaks_only_where_no_word_is_spelled_so():
    assert slims_breaks.put_back("2010rnBantuan") == "2010\nBantuan"  # a digit, then a capital
    assert slims_breaks.put_back("hlm.rnIlus.") == "hlm.\nIlus."  # a full stop
    assert slims_breaks.put_back("Catatan.rnrnBuku ini") == "Catatan.\n\nBuku ini"  # a blank line
    assert slims_breaks.put_back("الفقهrnالتفسير") == "الفقه\nالتفسير"  # Arabic: no Latin letters inside
    assert slims_breaks.put_back("الفقهnالتفسير") == "الفقه\nالتفسير"  # LF alone
    # likely, not certain: kept, with the breaks as a suggestion
    assert slims_breaks.put_back("PemdesrnTahun") == "PemdesrnTahun"
    assert slims_breaks.suggested("PemdesrnTahun") == "Pemdes\nTahun"
    assert slims_breaks.suggested("hlm.nIlus") == "hlm.\nIlus"
    assert slims_breaks.suggested("ModernrnTahun") == "Modern\nTahun"  # modern + one break, not "Mode" + two
    # words and names as they are spelled
    for text in ("Pemdesrntahun", "BukanMain", "Kornelis RN", "a.n.Kepala Desa", "Modern", "Internet", "Turnamen"):
        assert slims_breaks.put_back(text) == text and slims_breaks.suggested(text) == ""


def test_a_slims7_note_gets_its_certain_breaks_back_and_the_likely_one_flagged(lib, librarian, v7):
    biblio, items = v7
    importer.import_slims(lib, librarian, biblio, items)
    history = _record("Sejarah Desa Sukamaju")
    assert history.subtitle == "Dari Masa ke Masa"  # ("A :⏎B" is title and subtitle, as "A : B" is)
    assert history.collation == "xii, 120 hlm. Ilus."  # (one line: the break is a space)
    assert history.notes == "Sumbangan dari PemdesrnTahun 2010\nBantuan Perpusnas"
    assert _record("Tafsir Jalalain").notes == "الفقه\nالتفسير"
    assert _record("Budidaya Lele").notes == "Modern dan intern, pola pemeliharaan. Pemdesrntahun lalu"
    flags = review.open_flags(lib, "encoding")
    assert [(f.field, f.value, f.suggestion) for f in flags] == [
        ("notes", "Sumbangan dari PemdesrnTahun 2010\nBantuan Perpusnas",
         "Sumbangan dari Pemdes\nTahun 2010\nBantuan Perpusnas")]
    # every copy found its record by the item file's title
    assert Item.select().where(Item.record == history).count() == 3


def test_reimporting_changes_nothing_and_keeps_the_librarians_fix(lib, librarian, v7):
    biblio, items = v7
    importer.import_slims(lib, librarian, biblio, items)
    flag = review.open_flags(lib, "encoding")[0]
    review.fix(lib, librarian, flag.id)  # "use the suggestion"
    assert _record("Sejarah Desa Sukamaju").notes == "Sumbangan dari Pemdes\nTahun 2010\nBantuan Perpusnas"
    plans = importer.import_slims(lib, librarian, biblio, items)
    assert [(p.records_update, p.items_update, p.flags) for p in plans] == [(0, 0, 0), (0, 0, 0)]
    assert _record("Sejarah Desa Sukamaju").notes == "Sumbangan dari Pemdes\nTahun 2010\nBantuan Perpusnas"
    assert review.open_count(lib, "encoding") == 0


@pytest.mark.parametrize("text", [BIBLIO_V961, BIBLIO_V97], ids=["9.6.1", "9.7"])
def test_newer_slims_breaks_come_in_as_breaks_and_the_item_files_letters_find_the_title(lib, librarian, tmp_path,
                                                                                       text):
    path, items = tmp_path / "senayan_biblio_export.csv", tmp_path / "senayan_item_export.csv"
    path.write_bytes(text.encode("utf-8"))
    items.write_text(ITEMS_V97, encoding="utf-8")
    plans = importer.import_slims(lib, librarian, path, items)
    lele = _record("Budidaya Lele")
    assert (lele.subtitle, lele.notes) == ("Panduan Praktis", "Pola pemeliharaan modern\nTahun 2015")
    assert not plans[1].bad and Item.get(Item.barcode == "TBM0006").record == lele
    assert review.open_count(lib, "encoding") == 0


def test_a_copy_slims_gave_no_source_is_not_counted_as_bought(lib, librarian, v7):
    biblio, items = v7
    importer.import_slims(lib, librarian, biblio, items)
    assert _sources() == {"TBM0001": "other", "TBM0002": "purchase", "TBM0003": "grant", "TBM0004": "other",
                          "TBM0005": "other"}
    # the impact sheet's new books by source: one bought in 2010, not three
    by_source = figures.new_copies_by_source(lib, Period.year(2010))
    assert {k: v["copies"] for k, v in by_source.items()} == {"purchase": 1, "grant": 1, "donation": 0, "other": 2}


def test_a_source_the_librarian_set_survives_reimporting_slims_zero(lib, librarian, v7):
    from pustaka_desktop.core.catalog.copies import update_item

    biblio, items = v7
    importer.import_slims(lib, librarian, biblio, items)
    update_item(lib, librarian, Item.get(Item.barcode == "TBM0001"), source="donation")
    importer.import_slims(lib, librarian, biblio, items)
    assert _sources()["TBM0001"] == "donation"


def test_the_bibliography_alone_says_nothing_of_the_source_and_the_item_file_does_after(lib, librarian, v7):
    biblio, items = v7
    importer.import_file(lib, librarian, "slims-biblio", biblio)
    assert set(_sources().values()) == {"other"}
    importer.import_file(lib, librarian, "slims-item", items)
    assert _sources() == {"TBM0001": "other", "TBM0002": "purchase", "TBM0003": "grant", "TBM0004": "other",
                          "TBM0005": "other"}
    assert Item.get(Item.barcode == "TBM0002").received_on == date(2010, 3, 1)
