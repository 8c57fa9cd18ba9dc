"""The three exports of an older SLiMS (7 Cendana, 8 Akasia, 9.0-9.1: never a header row; 9.2 and later
without "Put columns names in the first row" ticked), each chosen where another belongs. The files are
written here as those versions' export pages write them: every field enclosed, the biblio and item fields
through MySQL's escaping and PHP's stripslashes (a quote inside stays bare), the member fields escaped with
a backslash, the item and member lines without their last separator."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import importer, member_import, readers, slims_shape
from pustaka_desktop.core.store.models import Member, Record

# SLiMS 7/8's senayan_biblio_export.csv: 18 fields, authors, topics and item codes as <A><B>
BIBLIO_V7 = (
    '"Si Kancil dan Buaya : cerita rakyat","Text","Cet. 3","","Balai Pustaka","2008","32 hlm.","","398.2 SUT s",'
    '"Indonesia","Jakarta","398.2","Sumbangan dari PemdesrnTahun 2010","","Sutrisno","<Sutrisno>",'
    '"<Cerita rakyat><Dongeng>","<TBM0001><TBM0002>"\n'
    '"Juz \'Amma dan terjemahnya","Text","","","CV. Toha Putra","2005","","","2X1.1 JUZ","Arab","Semarang",'
    '"2X1.1","Teks Arab "asli" dan terjemahan","","","","<Al-Qur\'an>","<TBM0003>"\n'
)
# senayan_item_export.csv: 19 fields, the copy's entry time 17th, the record named by its title last
ITEMS_V7 = (
    '"TBM0001","398.2 SUT s","Fiksi","001/TBM/2010","2010-03-01","","","Taman Bacaan","","","Rak 1","2","",'
    '"15000","Rupiah","","2010-03-01 09:00:00","2010-03-01 09:00:00","Si Kancil dan Buaya : cerita rakyat"\n'
    '"TBM0003","2X1.1 JUZ","Referensi","W/07","0000-00-00","Toko "Barokah"","","Taman Bacaan","0000-00-00","",'
    '"","1","","12500","Rupiah","0000-00-00","2012-01-01 08:00:00","","Juz \'Amma dan terjemahnya"\n'
)
# senayan_member_export.csv: 18 fields, gender 0/1 third, the expiry date 16th, quotes escaped
MEMBERS_V7 = (
    '"0001","Siti Nur\\\'aini","0","Umum","","Dusun Krajan\\r\\nDesa Sukamaju","","","0","","","0812 3456 7890",'
    '"","2012-05-01","2012-05-01","2013-05-01","0000-00-00",""\n'
    '"0002","Ahmad \\"Mamat\\" Fauzi","1","Pelajar","","Dusun Kulon","53181","SDN 1 Sukamaju","1","","","","",'
    '"2015-01-10","2015-01-10","2016-01-10","2005-02-03","Kelas 4"\n'
)


@pytest.fixture
def exports(tmp_path):
    """The three files as SLiMS names them."""
    files = {}
    for kind, text in (("biblio", BIBLIO_V7), ("item", ITEMS_V7), ("member", MEMBERS_V7)):
        path = tmp_path / f"senayan_{kind}_export.csv"
        path.write_text(text, encoding="utf-8")
        files[kind] = path
    return files


def _semicolons(text: str) -> str:
    """The same file with ; typed as the separator on the export page."""
    return text.replace('","', '";"')


def test_the_three_files_are_told_apart_without_a_header(exports, tmp_path):
    assert [slims_shape.kind_of_file(exports[k]) for k in ("biblio", "item", "member")] == [
        slims_shape.BIBLIO, slims_shape.ITEM, slims_shape.MEMBERS]
    other = tmp_path / "other.csv"
    other.write_text(_semicolons(ITEMS_V7), encoding="utf-8")
    assert slims_shape.kind_of_file(other) == slims_shape.ITEM
    hand_kept = tmp_path / "daftar.csv"  # a list typed in Excel is none of them
    hand_kept.write_text("Judul,Pengarang,Tahun\nLaskar Pelangi,Andrea Hirata,2005\n", encoding="utf-8")
    assert slims_shape.kind_of_file(hand_kept) == ""


def test_the_wizard_sets_the_format_of_a_file_without_a_header(exports):
    # (a spreadsheet format left chosen from an earlier import: the first book was taken for the header)
    assert readers.fitting_format(exports["biblio"], "csv") == "slims-biblio"
    assert readers.fitting_format(exports["item"], "slims-biblio") == "slims-item"
    assert readers.fitting_format(exports["member"], "csv") == "csv"  # (no catalogue format: refused on import)


def test_the_item_export_chosen_as_the_bibliography_is_refused_naming_it(lib, librarian, exports):
    with pytest.raises(ValidationError) as err:
        importer.import_file(lib, librarian, "slims-biblio", exports["item"])
    assert err.value.params == {"path": "senayan_item_export.csv"}
    assert "slims-item" in err.value.template and "item export" in err.value.template
    assert Record.select().count() == 0


def test_the_bibliography_chosen_as_the_item_export_is_refused_naming_it(lib, librarian, exports):
    with pytest.raises(ValidationError) as err:
        importer.import_file(lib, librarian, "slims-item", exports["biblio"])
    assert "slims-biblio" in err.value.template and "bibliography export" in err.value.template


@pytest.mark.parametrize("fmt", ["slims-biblio", "slims-item", "csv"])
def test_the_member_export_chosen_as_a_catalogue_is_refused(lib, librarian, exports, fmt):
    with pytest.raises(ValidationError) as err:
        importer.import_file(lib, librarian, fmt, exports["member"])
    assert "members-import" in err.value.template
    assert Record.select().count() == 0


@pytest.mark.parametrize("kind", ["biblio", "item"])
def test_a_catalogue_export_chosen_as_the_members_adds_no_member(lib, librarian, exports, tmp_path, kind):
    # the item export's 19 fields were read as members with SLiMS's password column: copies became members
    for path in (exports[kind], tmp_path / f"{kind}_semicolon.csv"):
        if not path.exists():
            path.write_text(_semicolons(BIBLIO_V7 if kind == "biblio" else ITEMS_V7), encoding="utf-8")
        with pytest.raises(ValidationError) as err:
            member_import.import_members(lib, librarian, path)
        assert "No member was added" in err.value.template and f"slims-{kind}" in err.value.template
    assert Member.select().count() == 0

