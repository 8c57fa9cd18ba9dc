"""INLISLite 3.3's exports as it really writes them (read from INLISLite-Perpusnas/INLISLIteV33):
fields of records it took from MARC (KatalogMarcController::_mapTagsToCatalogData turns every
subfield code into a space, joins 100/700 with " ; " and 600/650/651 with " -- "), reports with only
the columns the librarian ticked, and the copy report's own columns."""

from __future__ import annotations

import json
from datetime import date

import pytest
from openpyxl import Workbook

from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import importer, inlislite, sheets, spreadsheet
from pustaka_desktop.core.store.models import Item, Record

CATALOGUE = ["No. Kontrol", "BIB ID", "Judul", "Pengarang", "Edisi", "Penerbit", "Tempat Terbit", "Tahun Terbit",
             "Subjek", "Deskripsi Fisik", "ISBN", "No. Panggil", "Bahasa", "Klas DDC", "Abstrak", "Status OPAC"]


def report(path, headers, rows, title="Laporan Katalog"):
    """PhpSpreadsheet as LaporanKatalog.php / LaporanEksemplar.php use it: row 1 the labels of the ticked
    columns, then setCellValue of each value (the copy report keeps the default sheet name)."""
    book = Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def from_marc(bib_id, title, authors, subjects, isbn, call, ddc):
    """A catalogue row of a record INLISLite imported from MARC."""
    return ["INLIS" + bib_id[-6:], bib_id, title, authors, "", "Hasta Mitra", "Jakarta", "1980.", subjects,
            "535 hlm. ; 21 cm.", isbn, call, "ind", ddc, "", "Ya"]


# --- 10. the class number INLISLite took from MARC 082 ---------------------------------------------------


@pytest.mark.parametrize(("cell", "call", "expected"), [
    ("899.2213 23", "", "899.2213"),  # $a899.2213$223
    ("899.221 3 23", "", "899.2213"),  # $a with its KDT space, then $2
    ("297.1 22", "", "297.1"),
    ("899.2213 23/ind", "", "899.2213"),
    ("899.2213 HIR l 23", "", "899.2213"),  # $b, the item number, between
    ("899.2213 23 IdJkN", "", "899.2213"),  # $q, the agency
    ("2X4.1 23", "", "2X4.1"),
    ("899.2213 23 ; 899.2213 22", "", "899.2213"),  # two 082 fields that agree
    ("899.221 23", "899.221 TOE b", "899.221"),  # a segment or the edition: the call number says which
    ("899.221 23", "899.221 23 TOE b", "899.22123"),
])
def test_the_ddc_edition_inlislite_glued_on_is_taken_off(cell, call, expected):
    flags = []
    assert inlislite.class_number(cell, call, flags) == expected
    assert flags == []


@pytest.mark.parametrize("cell", ["899.221 3", "297.122 7", "F 899.221 3", "899.2213", "2X4.1"])
def test_class_numbers_with_their_segmentation_space_are_left_to_the_catalogue(cell):
    flags = []
    assert inlislite.class_number(cell, "", flags) == cell  # the catalogue reads "899.221 3" as 899.2213
    assert flags == []


def test_a_segment_that_may_be_the_edition_is_kept_and_flagged_with_the_other_reading():
    flags = []
    assert inlislite.class_number("899.221 23", "", flags) == "899.22123"
    [flag] = flags
    assert (flag.reason, flag.field, flag.value, flag.suggestion) == ("ddc", "ddc", "899.221 23", "899.221")
    assert flag.params["edition"] == "23"


def test_words_that_are_not_marc_subfields_are_not_cut_off():
    assert inlislite.class_number("899.2213 Sejarah", "", []) == "899.2213 Sejarah"  # the catalogue flags it


def test_a_catalogue_report_of_marc_records_comes_in_as_marc_said(lib, librarian, tmp_path):
    path = report(tmp_path / "Laporan_Katalog.xlsx", CATALOGUE, [
        from_marc("0010-0120000002", "Bumi manusia : roman / Pramoedya Ananta Toer.",
                  "Toer, Pramoedya Ananta, 1925-2006. ; Lestari, Dewi, penyunting.",
                  "Sejarah Indonesia -- Fiksi Indonesia -- Novel sejarah", "9789799731234 (pbk.)",
                  "899.221 3 TOE b", "899.2213 23"),
        from_marc("0010-0120000003", "Anak semua bangsa / Pramoedya Ananta Toer", "Toer, Pramoedya Ananta, "
                  "1925-2006, pengarang. ; Hirata, Andrea, 1967- editor edt ; Rahman, Ali, penerjemah ; "
                  "Sari, Maya, ilustrator.", "Fiksi Indonesia;Novel", "978-979-3062-79-2 ; 979-3062-79-7",
                  "899.221 TOE a", "899.221 23"),
    ])
    result = importer.import_file(lib, librarian, "inlislite", path)
    assert (result.records_add, result.bad) == (2, [])
    bumi = Record.get(Record.slims_id == "inlislite:0010-0120000002")
    assert (bumi.ddc, bumi.isbn) == ("899.2213", "9789799731234")
    assert json.loads(bumi.subjects) == ["Sejarah Indonesia", "Fiksi Indonesia", "Novel sejarah"]
    assert [(a["name"], a["role"]) for a in json.loads(bumi.authors)] == [
        ("Toer, Pramoedya Ananta", "primary"), ("Lestari, Dewi", "editor")]
    anak = Record.get(Record.slims_id == "inlislite:0010-0120000003")
    assert (anak.ddc, anak.isbn) == ("899.221", "9789793062792")  # "899.221 23": the call number decides
    assert [(a["name"], a["role"]) for a in json.loads(anak.authors)] == [
        ("Toer, Pramoedya Ananta", "primary"), ("Hirata, Andrea", "editor"), ("Rahman, Ali", "translator"),
        ("Sari, Maya", "illustrator")]
    assert json.loads(anak.subjects) == ["Fiksi Indonesia", "Novel"]
    assert review.open_flags(lib) == []


def test_names_without_dates_or_roles_stay_as_written():
    assert [a["name"] for a in inlislite.authors("Andrea Hirata;Dr. Ir. Soekarno, M.Sc.; Hamka, Haji")] == [
        "Andrea Hirata", "Dr. Ir. Soekarno, M.Sc", "Hamka, Haji"]


# --- 13. reports with only some columns ticked -----------------------------------------------------------


SOME = ["Judul", "Pengarang", "Penerbit", "Tempat Terbit", "Tahun Terbit", "ISBN", "Klas DDC"]
SOME_ROWS = [["Laskar pelangi : sebuah novel / Andrea Hirata", "Andrea Hirata;Dewi Lestari", "Bentang", "Yogyakarta",
              2008, "978-979-3062-79-2 ; 979-3062-79-7", "899.221 3"],
             ["Bumi manusia : roman / Pramoedya Ananta Toer.", "Toer, Pramoedya Ananta, 1925-2006.", "Hasta Mitra",
              "Jakarta", "1980.", "9789799731234 (pbk.)", "899.2213 23"]]


@pytest.mark.parametrize("fmt", ["inlislite", "xlsx"])
def test_a_catalogue_report_without_its_ids_comes_in_and_again_adds_nothing(lib, librarian, tmp_path, fmt):
    path = report(tmp_path / "Laporan_Katalog_some.xlsx", SOME, SOME_ROWS)
    result = importer.import_file(lib, librarian, fmt, path)
    assert (result.records_add, result.bad) == (2, [])
    laskar = Record.get(Record.title == "Laskar pelangi")  # read as INLISLite's (the ISBD title split)
    assert (laskar.subtitle, laskar.responsibility, laskar.isbn, laskar.ddc) == (
        "sebuah novel", "Andrea Hirata", "9789793062792", "899.2213")
    assert (Record.get(Record.title == "Bumi manusia").ddc, laskar.slims_id) == ("899.2213", "")
    again = importer.import_file(lib, librarian, fmt, path)
    assert (again.records_add, again.records_update, Record.select().count()) == (0, 0, 2)


def test_a_list_kept_by_hand_with_common_headers_is_not_taken_for_inlislite():
    assert not inlislite.recognise(["Judul", "Pengarang", "Penerbit", "Tahun Terbit"])
    assert not inlislite.recognise(["No", "Judul", "Klas DDC", "Jumlah"])  # a column INLISLite never writes
    assert inlislite.recognise(["No", "Judul", "Klas DDC"])
    assert inlislite.recognise(["Judul", "Pengarang"], sheet="Laporan Katalog")


COPY_SOME = ["No. Barcode", "No. Induk", "Judul", "Pengarang", "Tahun Terbit", "No. Panggil", "Ketersediaan", "Harga"]


@pytest.mark.parametrize("fmt", ["inlislite", "xlsx"])
def test_a_copy_report_without_the_dewey_number_comes_in(lib, librarian, tmp_path, fmt):
    path = report(tmp_path / "Laporan_Eksemplar.xlsx", COPY_SOME, [
        ["00001", "0001/PD/2020", "Laskar pelangi / Andrea Hirata", "Andrea Hirata", 2008, "899.221 3 HIR l",
         "Tersedia", "59,000.00"],
        ["00003", "0003/PD/2020", "Laskar pelangi / Andrea Hirata", "Andrea Hirata", 2008, "899.221 3 HIR l",
         "Hilang", 500.0]], title="Worksheet")
    result = importer.import_file(lib, librarian, fmt, path)
    assert (result.records_add, result.items_add, result.bad) == (1, 2, [])
    assert result.flags == 0  # a title on two rows of a copy report is two copies, not a possible duplicate
    assert Record.get().ddc == "899.2213"  # from the call number
    lost = Item.get(Item.barcode == "00003")
    assert (lost.status, lost.price, lost.accession_no) == ("lost", 500, "0003/PD/2020")


def test_without_a_title_column_the_message_says_so_and_names_what_is_there(tmp_path):
    path = report(tmp_path / "Laporan_Eksemplar.xlsx", ["No. Barcode", "No. Induk", "Harga"],
                  [["00001", "0001/PD/2020", "59,000.00"]], title="Worksheet")
    with pytest.raises(ValidationError) as caught:
        list(inlislite.read(path))
    assert caught.value.template == inlislite.NO_TITLE_COLUMN
    assert caught.value.params["columns"] == '"No. Barcode", "No. Induk", "Harga"'


# --- the copy report's own columns ------------------------------------------------------------------------


COPY = ["No. Barcode", "Tanggal Pengadaan", "No. Induk", "Judul", "No. Dewey", "Jenis Sumber", "Akses",
        "Nama Sumber", "Ketersediaan", "Status OPAC", "Mata Uang", "Harga"]


def test_the_copy_reports_source_access_opac_and_currency(lib, librarian, tmp_path):
    path = report(tmp_path / "Laporan_Eksemplar.xlsx", COPY, [
        ["B1", "15-01-2020", "001", "Laskar pelangi", "899.221 3", "Hadiah/Hibah", "Dapat dipinjam",
         "Dinas Perpustakaan", "Tersedia", "Ya", "IDR", "0.00"],
        ["B2", "15-01-2020", "002", "Laskar pelangi", "899.221 3", "Tukar Menukar", "Tidak dapat dipinjam",
         "", "Tersedia", "Tidak", "IDR", "59,000.00"],
        ["B3", "15-01-2020", "003", "Laskar pelangi", "899.221 3", "Pembelian", "Referensi", "Toko Buku Jaya",
         "Tersedia", "Ya", "USD", "25.00"]], title="Worksheet")
    result = importer.import_file(lib, librarian, "inlislite", path)
    assert (result.records_add, result.items_add) == (1, 3)
    assert Record.get().hidden is False  # "Status OPAC" of one copy (collections.IsOPAC) hides no record
    assert "Status OPAC" in result.notices[0].params["columns"]  # and is said not to be kept
    one, two, three = (Item.get(Item.barcode == b) for b in ("B1", "B2", "B3"))
    assert (one.source, one.source_detail, one.status, one.received_on) == (
        "grant", "Dinas Perpustakaan", "available", date(2020, 1, 15))
    assert (two.source, two.source_detail, two.status) == ("other", "Tukar Menukar", "not_for_loan")
    # a price in dollars is no rupiah amount (the collection's value adds prices up): in the remarks, flagged,
    # as a SLiMS file's is
    assert (three.source, three.status, three.price, three.condition_note) == (
        "purchase", "not_for_loan", None, "25.00 USD")
    [flag] = [f for f in review.open_flags(lib) if f.reason == "price"]
    assert flag.params == {"price": "25.00", "currency": "USD"}


def test_copies_without_their_numbers_ticked_come_in_once(lib, librarian, tmp_path):
    path = report(tmp_path / "Laporan_Eksemplar.xlsx", ["Judul", "Pengarang", "Ketersediaan", "Lokasi Ruang"], [
        ["Laskar pelangi", "Andrea Hirata", "Tersedia", "Ruang Baca"],
        ["Laskar pelangi", "Andrea Hirata", "Rusak", "Ruang Baca"]], title="Worksheet")
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.records_add, result.items_add) == (1, 2)
    assert sorted(i.status for i in Item.select()) == ["available", "damaged"]
    again = importer.import_file(lib, librarian, "inlislite", path)
    assert (again.items_add, Item.select().count()) == (0, 2)


# --- the report's footer, and a SLiMS file chosen as INLISLite (recheck 12, 14) ----------------------------


def test_the_copy_reports_total_under_the_table_is_left_out_and_said(lib, librarian, tmp_path):
    """INLISLite's copy report saved as a web page (.xls): a title block above the header and "Total
    Eksemplar : 1" in a table of its own under the copies. The total is no book: left out, said."""
    cells = [f'<td class="text">{v}</td>' for v in
             ["1", "00001", "15-01-2020", "0001/PD/2020", "Laskar pelangi : sebuah novel / Andrea Hirata",
              "Andrea Hirata", "899.221 3", "Tersedia", "59.000"]]
    header = "".join(f'<th bgcolor="#CCCCCC">{h}</th>' for h in
                     ["No.", "No. Barcode", "Tanggal Pengadaan", "No. Induk", "Judul", "Pengarang", "No. Dewey",
                      "Ketersediaan", "Harga"])
    path = tmp_path / "Laporan_Eksemplar.xls"
    path.write_text(
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head><meta http-equiv="Content-Type" content="text/html; '
        'charset=UTF-8"></head><body>\n<table><tr><td colspan="9" align="center"><b>LAPORAN DAFTAR EKSEMPLAR</b>'
        '</td></tr>\n<tr><td colspan="9"></td></tr></table>\n<table border="1"><thead><tr>' + header
        + "</tr></thead><tbody>\n<tr>" + "".join(cells) + "</tr>\n</tbody></table><br><table><tr><td>Total "
        "Eksemplar : 1</td></tr></table></body></html>", encoding="utf-8")
    result = importer.import_file(lib, librarian, "inlislite", path)
    assert (result.records_add, result.items_add, result.bad) == (1, 1, [])
    assert [(n.template, n.params["text"]) for n in result.notices] == [(sheets.TOTALS, "Total Eksemplar : 1")]


@pytest.mark.parametrize(("header", "template"), [
    ("title;gmd_name;edition;isbn_issn;publisher_name;publish_year;collation;series_title;call_number;language_name;"
     "place_name;classification;notes;image;sor;authors;topics;item_code", "slims-biblio"),
    ("item_code;call_number;coll_type_name;inventory_code;received_date;supplier_name;order_no;location_name;"
     "order_date;item_status_name;site;source;invoice;price;price_currency;invoice_date;input_date;last_update;title",
     "slims-item")])
def test_a_slims_export_chosen_as_inlislite_is_refused_naming_its_format(lib, librarian, tmp_path, header, template):
    """SLiMS's export saved again by Excel (";" between the fields): its "title" column alone would bring
    in titles without their authors, ISBNs and copies. Refused, saying which format reads it."""
    path = tmp_path / "senayan_export.csv"
    path.write_text(header + "\n" + ";".join(["Laskar Pelangi"] * header.count(";")) + ";x\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        importer.import_file(lib, librarian, "inlislite", path)
    assert caught.value.template == inlislite.SLIMS_EXPORT[template]
    assert Record.select().count() == 0


def test_a_catalogue_report_with_only_common_columns_ticked_is_known_by_its_sheet_name(lib, librarian, tmp_path):
    """Only "Judul" and "Pengarang" ticked: labels any list has, but INLISLite names the sheet "Laporan
    Katalog", so the generic import reads it as INLISLite's (its ISBD title split) and the wizard says so."""
    path = report(tmp_path / "Laporan_Katalog.xlsx", ["Judul", "Pengarang"],
                  [["Laskar pelangi : sebuah novel / Andrea Hirata", "Andrea Hirata"]])
    assert spreadsheet.known_export(path) == "inlislite"
    importer.import_file(lib, librarian, "xlsx", path)
    laskar = Record.get()
    assert (laskar.title, laskar.subtitle, laskar.responsibility) == ("Laskar pelangi", "sebuah novel", "Andrea Hirata")
    handmade = report(tmp_path / "daftar.xlsx", ["Judul", "Pengarang"], [["Satu : dua / tiga", "Tiga"]], title="Buku")
    assert spreadsheet.known_export(handmade) == ""
