"""The imprint written whole in the publisher's cell ("Djakarta: Balai Pustaka", "Bandung: Mizan, 2005"), as
hand-kept sheets, SLiMS and INLISLite hold it, comes in as place, publisher and year; a name that only holds a
comma stays whole, a doubtful head is asked about; and a catalogue imported before this rule is matched by
the next import of the same file (no record twice after the upgrade)."""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook

from pustaka_desktop.core.catalog import imprint, records, review
from pustaka_desktop.core.interop import importer, row_checks, slims
from pustaka_desktop.core.store.models import Item, Record, ReviewFlag
from pustaka_desktop.core.sync.union_match import same_book


def buku_induk(path) -> None:
    """A buku induk kept in Excel, saved as CSV: the publisher column holds the imprint as the KDT prints it,
    there is no place column."""
    path.write_text("\n".join([
        "No. Induk;Judul;Pengarang;Penerbit;Tahun Terbit;Barcode",
        "0001/2019;Salah asuhan;Abdoel Moeis;Djakarta: Balai Pustaka;1928;B0001",
        "0002/2019;Laskar pelangi;Andrea Hirata;Bandung: Bentang Pustaka, 2005;;B0002",
        "0003/2019;Ayat-ayat cinta;Habiburrahman El Shirazy;Jakarta : Republika;2004;B0003",
        "0004/2019;Tafsir Al-Misbah;M. Quraish Shihab;Ciputat, Lentera Hati;2002;B0004",
        "0005/2019;Sejarah gereja;Tim Penulis;\"Yogyakarta : Kanisius ; Jakarta : BPK\";1999;B0005",  # (quoted by Excel)
        "0006/2019;Kamus besar;Tim Redaksi;PT. Gramedia, Tbk;2008;B0006",
        "0007/2019;Fiqih wanita;Syaikh Kamil;Pustaka Al-Kautsar;2010;B0007",
        "0008/2019;Kumpulan dongeng;Tim Desa;Wates: Pustaka Desa;2015;B0008",
        "0009/2019;Siti Nurbaya;Marah Rusli;Batavia : Balai Poestaka, 1922;1923;B0009",
    ]) + "\n", encoding="utf-8")


def imprints() -> dict[str, tuple[str, str, str]]:
    return {r.title: (r.place, r.publisher, r.year_text) for r in Record.select().where(Record.deleted == False)}  # noqa: E712


def test_a_buku_induk_with_the_imprint_in_the_publisher_column_comes_in_as_place_publisher_and_year(
        lib, librarian, tmp_path):
    path = tmp_path / "buku_induk.csv"
    buku_induk(path)
    result = importer.import_file(lib, librarian, "csv", path)
    assert (result.records_add, result.items_add, result.bad) == (9, 9, [])
    assert imprints() == {
        "Salah asuhan": ("Djakarta", "Balai Pustaka", "1928"),  # the old spelling kept as the book prints it
        "Laskar pelangi": ("Bandung", "Bentang Pustaka", "2005"),  # the year rode along: the year was empty
        "Ayat-ayat cinta": ("Jakarta", "Republika", "2004"),
        "Tafsir Al-Misbah": ("Ciputat", "Lentera Hati", "2002"),
        "Sejarah gereja": ("Yogyakarta ; Jakarta", "Kanisius ; BPK", "1999"),
        "Kamus besar": ("", "PT. Gramedia, Tbk", "2008"),  # a comma in a name: no place there
        "Fiqih wanita": ("", "Pustaka Al-Kautsar", "2010"),
        "Kumpulan dongeng": ("", "Wates: Pustaka Desa", "2015"),  # no place we know: asked, not guessed
        "Siti Nurbaya": ("Batavia", "Balai Poestaka", "1923"),  # the year column wins over the publisher's
    }
    flags = {(f.record.title, f.reason, f.field_name, f.suggestion) for f in ReviewFlag.select()}
    assert flags == {("Kumpulan dongeng", "publisher", "publisher", ""),
                     ("Siti Nurbaya", "year", "year_text", "1922")}
    doubtful = ReviewFlag.get(ReviewFlag.reason == "publisher")
    assert json.loads(doubtful.params) == {"publisher": "Wates: Pustaka Desa", "place": "Wates"}


def test_a_catalogue_imported_before_the_split_is_matched_by_the_same_file_again(lib, librarian, tmp_path,
                                                                                  monkeypatch):
    path = tmp_path / "buku_induk.csv"
    buku_induk(path)
    with monkeypatch.context() as old_code:  # the import as it was: the publisher's cell stored whole
        old_code.setattr(row_checks, "imprint_taken_apart", lambda fields, row, flags: fields)
        before = importer.import_file(lib, librarian, "csv", path)
    assert before.records_add == 9
    assert Record.get(Record.title == "Salah asuhan").publisher == "Djakarta: Balai Pustaka"
    ids = {r.title: r.id for r in Record.select()}
    again = importer.import_file(lib, librarian, "csv", path)  # after the upgrade
    assert (again.records_add, again.items_add, again.bad) == (0, 0, [])
    assert Record.select().count() == 9 and Item.select().count() == 9
    # the same records, tidied: the place the file wrote in the publisher is now the record's place
    assert {r.title: r.id for r in Record.select()} == ids
    assert imprints()["Salah asuhan"] == ("Djakarta", "Balai Pustaka", "1928")
    assert imprints()["Laskar pelangi"] == ("Bandung", "Bentang Pustaka", "2005")
    third = importer.import_file(lib, librarian, "csv", path)
    assert (third.records_add, third.records_update, third.items_add) == (0, 0, 0)


def test_a_place_the_file_gives_is_never_overwritten(lib, librarian, tmp_path):
    path = tmp_path / "katalog.csv"
    path.write_text("\n".join([
        "Judul;Pengarang;Penerbit;Kota Terbit;Tahun Terbit",
        "Salah asuhan;Abdoel Moeis;Djakarta: Balai Pustaka;Jakarta;1928",  # the same place twice: said once
        "Layar terkembang;Sutan Takdir Alisjahbana;Djakarta: Balai Pustaka;Bandung;1937",  # two places: as written
    ]) + "\n", encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    assert imprints() == {"Salah asuhan": ("Jakarta", "Balai Pustaka", "1928"),
                          "Layar terkembang": ("Bandung", "Djakarta: Balai Pustaka", "1937")}


@pytest.mark.parametrize("heading", ["Penerbitan", "Impresum", "Imprint"])
def test_a_column_named_for_the_whole_imprint_comes_in_as_place_publisher_and_year(lib, librarian, tmp_path, heading):
    """The imprint area under the name the KDT and INLISLite's form give it ("Penerbitan"): it was a column "not
    imported" until mapped by hand, and the books came in without publisher, place or year."""
    path = tmp_path / "katalog.csv"
    path.write_text(f"Judul;Pengarang;{heading}\nLaskar pelangi;Andrea Hirata;Yogyakarta : Bentang, 2008\n",
                    encoding="utf-8")
    result = importer.import_file(lib, librarian, "csv", path)
    assert imprints() == {"Laskar pelangi": ("Yogyakarta", "Bentang", "2008")}
    assert not [notice for notice in result.notices if heading in json.dumps(notice.params)]  # (no column left out)


def test_slims_publisher_name_holding_the_place(lib, librarian, tmp_path):
    path = tmp_path / "senayan_biblio_export.csv"
    values = dict.fromkeys(slims.BIBLIO_COLUMNS, "")
    values.update(title="Ronggeng dukuh paruk", gmd_name="Text", publisher_name="Jakarta : Gramedia Pustaka Utama",
                  publish_year="2003", language_name="Indonesia", authors="<Tohari, Ahmad>", item_code="<B0001>")
    path.write_text(",".join(slims.BIBLIO_COLUMNS) + ",\n" + ",".join(f'"{values[c]}"' for c in slims.BIBLIO_COLUMNS)
                    + "\n", encoding="utf-8")
    importer.import_file(lib, librarian, "slims-biblio", path)
    assert imprints() == {"Ronggeng dukuh paruk": ("Jakarta", "Gramedia Pustaka Utama", "2003")}


def test_inlislite_catalogue_report_with_the_place_in_the_publisher(lib, librarian, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Laporan Katalog"
    sheet.append(["No. Kontrol", "BIB ID", "Judul", "Pengarang", "Penerbit", "Tempat Terbit", "Tahun Terbit"])
    sheet.append(["INLIS000001", "0010-0119000001", "Bumi manusia / Pramoedya Ananta Toer", "Pramoedya Ananta Toer",
                  "Jakarta : Hasta Mitra", "", "1980."])
    path = tmp_path / "Laporan Katalog.xlsx"
    book.save(path)
    importer.import_file(lib, librarian, "inlislite", path)
    assert imprints() == {"Bumi manusia": ("Jakarta", "Hasta Mitra", "1980")}


def test_marc_260_b_holding_place_and_publisher(lib, librarian, tmp_path):
    path = tmp_path / "slims.xml"
    path.write_text(
        '<collection xmlns="http://www.loc.gov/MARC21/slim"><record><leader>     nam                 </leader>'
        '<datafield tag="245" ind1="0" ind2="0"><subfield code="a">Atheis</subfield></datafield>'
        '<datafield tag="260" ind1=" " ind2=" "><subfield code="b">Djakarta : Balai Pustaka,</subfield>'
        '<subfield code="c">1949</subfield></datafield></record></collection>', encoding="utf-8")
    importer.import_file(lib, librarian, "marcxml", path)
    assert imprints() == {"Atheis": ("Djakarta", "Balai Pustaka", "1949")}


def test_the_record_form_saves_a_typed_imprint_as_place_publisher_and_year(lib, librarian):
    saved = records.add_record(lib, librarian, title="Laskar pelangi", publisher="Bandung: Bentang Pustaka, 2005",
                               place="", year_text="")
    assert (saved.record.place, saved.record.publisher, saved.record.year_text) == ("Bandung", "Bentang Pustaka",
                                                                                    "2005")
    # an edit: the record already names another place, so the publisher is saved as typed
    other = records.add_record(lib, librarian, title="Sang pemimpi", publisher="Bentang", place="Yogyakarta")
    records.update_record(lib, librarian, other.record, publisher="Bandung : Bentang Pustaka")
    assert (other.record.place, other.record.publisher) == ("Yogyakarta", "Bandung : Bentang Pustaka")
    # a year the form gives differently stays the form's, and the publisher stays as typed (she sees it)
    third = records.add_record(lib, librarian, title="Edensor", publisher="Bandung: Bentang, 2007", year_text="2008")
    assert (third.record.place, third.record.publisher, third.record.year) == ("", "Bandung: Bentang, 2007", 2008)


def test_a_review_fix_of_the_other_year_takes_the_publishers_year(lib, librarian, tmp_path):
    path = tmp_path / "buku_induk.csv"
    buku_induk(path)
    importer.import_file(lib, librarian, "csv", path)
    flag = ReviewFlag.get(ReviewFlag.reason == "year")
    review.fix(lib, librarian, flag.id)
    assert Record.get(Record.title == "Siti Nurbaya").year == 1922


def test_the_district_matches_a_village_record_stored_whole_with_one_taken_apart():
    old = {"title": "Pengantar ilmu pertanian", "publisher": "Djakarta: Balai Pustaka", "year": 1965, "place": ""}
    new = {"title": "Pengantar ilmu pertanian", "publisher": "Balai Pustaka", "year": 1965, "place": "Jakarta"}
    assert same_book(old, new)


@pytest.mark.parametrize(("cell", "place", "publisher", "year"), [
    ("Djakarta: Balai Pustaka", "Djakarta", "Balai Pustaka", ""),
    ("[Jakarta] : Balai Pustaka", "[Jakarta]", "Balai Pustaka", ""),
    ("Jakarta Selatan : Mizan Publika", "Jakarta Selatan", "Mizan Publika", ""),
    ("Djokjakarta : Kanisius, c1960", "Djokjakarta", "Kanisius", "c1960"),
    ("Soerabaja: Penerbit Djaja", "Soerabaja", "Penerbit Djaja", ""),
    ("Bandoeng : Masa Baroe", "Bandoeng", "Masa Baroe", ""),
    ("Erlangga, Jakarta", "Jakarta", "Erlangga", ""),
    ("Beirut-Lebanon : Dar al-Fikr", "Beirut-Lebanon", "Dar al-Fikr", ""),
    ("Jakarta, Indonesia", "", "Jakarta, Indonesia", ""),  # a place with its country names no publisher
    ("Tiga Serangkai, 2005", "", "Tiga Serangkai", "2005"),
    ("Penerbit Buku Kompas", "", "Penerbit Buku Kompas", ""),
    # a sheet's "Penerbit/Kota/Tahun" typed with slashes or dashes; a name that holds one stays whole
    ("Gramedia/Jakarta/2010", "Jakarta", "Gramedia", "2010"),
    ("Balai Pustaka / Djakarta / 1952", "Djakarta", "Balai Pustaka", "1952"),
    ("Pustaka Pelajar - Yogyakarta - 2009", "Yogyakarta", "Pustaka Pelajar", "2009"),
    ("Gema Insani/GIP", "", "Gema Insani/GIP", ""),
    ("Jakarta - Indonesia", "", "Jakarta - Indonesia", ""),
])
def test_reading_a_publishers_cell(cell, place, publisher, year):
    found = imprint.read(cell)
    assert (found.place, found.publisher, found.year) == (place, publisher, year)


def test_a_penerbit_kota_tahun_column_typed_with_slashes_comes_in_taken_apart(lib, librarian, tmp_path):
    """"Penerbit/Kota/Tahun" filled as its header says, "Gramedia/Jakarta/2010": the whole cell was the publisher,
    the book had no place and no year (nothing said); now it is taken apart, and the same file again adds nothing."""
    path = tmp_path / "induk.xlsx"
    book = Workbook()
    for row in (["No. Induk", "Judul", "Pengarang", "Penerbit/Kota/Tahun"],
                ["001", "Laskar pelangi", "Andrea Hirata", "Bentang/Yogyakarta/2008"],
                ["002", "Salah asuhan", "Abdoel Moeis", "Balai Pustaka - Djakarta - 1928"]):
        book.active.append(row)
    book.save(path)
    importer.import_file(lib, librarian, "xlsx", path)
    assert imprints() == {"Laskar pelangi": ("Yogyakarta", "Bentang", "2008"),
                          "Salah asuhan": ("Djakarta", "Balai Pustaka", "1928")}
    again = importer.import_file(lib, librarian, "xlsx", path)
    assert (again.records_add, again.records_update, again.items_add) == (0, 0, 0)
