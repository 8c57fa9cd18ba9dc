"""A village library moving in with its buku induk (accession register) kept in Excel by three librarians over
ten years, a sheet a year, each sheet written its own way (found walking it as that librarian): every book with
a title comes in with its copies, numbers kept as written, and what is odd is said, not silently lost."""

from __future__ import annotations

from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference

from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import importer, spreadsheet
from pustaka_desktop.core.store.models import Item, Record


def sukamaju_workbook(path):
    """The buku induk of Perpustakaan Desa Sukamaju: title rows above each header, headers that differ per
    sheet, counts written "2 eks", prices "Rp. 45.000,-", dates as Excel day numbers and as text, a row
    copied twice by mistake, a title merged down over its copies, a hidden column, totals, a summary sheet
    and a chart sheet."""
    book = Workbook()
    sheet = book.active
    sheet.title = "2015"
    sheet.append(["BUKU INDUK PERPUSTAKAAN DESA SUKAMAJU"])
    sheet.merge_cells("A1:K1")
    sheet.append(["Tahun 2015"])
    sheet.append([])
    sheet.append(["No", "Tgl Terima", "No. Induk", "Judul Buku", "Pengarang/Penulis", "Penerbit", "Thn Terbit",
                  "Asal Buku", "Harga", "Jml", "Ket."])
    sheet.append([1, datetime(2015, 3, 2), "001/PDS/2015", "Tjerita Rakjat Djawa Barat", "Ajip Rosidi",
                  "Djakarta: Balai Pustaka", 1962, "Pembelian", "Rp. 45.000,-", "2 eks", ""])
    sheet.append([2, 42100, "003/PDS/2015", "Laskar Pelangi", "Andrea Hirata", "Bentang Pustaka", 2005,
                  "Hibah Perpusnas", 65000, 1, "baik"])
    bertani = [3, 42100, "004/PDS/2015", "Bertani Padi Organik", "Ir. Sutanto", "Kanisius", "2010",
               "Sumbangan warga", "-", "3 Eks.", "rusak ringan"]
    sheet.append(bertani)
    sheet.append(bertani)  # the row copied twice by mistake (row 7 and row 8)
    sheet.append(["", "", "", "Jumlah", "", "", "", "", "", 9, ""])
    sheet = book.create_sheet("2016")
    sheet.append(["BUKU INDUK PERPUSTAKAAN DESA SUKAMAJU TAHUN 2016"])
    sheet.append([])
    sheet.append(["No Induk", "Tanggal", "Judul", "Pengarang", "Penerbit", "Tahun", "Sumber", "Harga (Rp)", "Jumlah",
                  "Keterangan"])
    sheet.append(["008/PDS/2016", "12-03-2016", "Si Kantjil", "Anonim", "Djakarta: Pradnja Paramita", "1975",
                  "Sumbangan warga", "Rp 15.000", "1", ""])
    sheet.append(["009/PDS/2016", "12 Maret 2016", "Kisah Para Nabi", "Ibnu Katsir", "Pustaka Azzam", "2010",
                  "Hibah Perpusnas", "", "1", ""])
    sheet.append(["010/PDS/2016", "12 Maret 2016", None, None, None, None, "Hibah Perpusnas", "", "1", ""])
    for column in "CDEF":  # the title merged down over its two copies
        sheet.merge_cells(f"{column}5:{column}6")
    sheet.append(["011/PDS/2016", "15-03-2016", None, None, None, None, "Pembelian", "", "1", "judul hilang"])
    sheet.append(["", "", "Total", "", "", "", "", "", "4", ""])
    sheet = book.create_sheet("Buku Induk 2019")
    sheet.append(["BUKU INDUK PERPUSTAKAAN DESA SUKAMAJU"])
    sheet.append([])
    sheet.append(["NO", "NO. INDUK", "JUDUL BUKU", "PENGARANG", "PENERBIT", "THN TERBIT", "ASAL BUKU", "HARGA",
                  "JUMLAH", "TGL MASUK", "RAK"])
    sheet.append([1, "0101", "تفسير جلالين", "Jalaluddin as-Suyuthi", "Darul Fikr", "1429 H / 2008 M",
                  "Sumbangan warga", "Rp. 45.000,-", "1 eks", 43500, "2X4"])
    sheet.append([2, "0104", "ꦱꦼꦫꦠ꧀ ꦮꦼꦝꦠꦩ", "Mangkunegara IV", "Kepel Press", "2005", "Hibah Perpusnas",
                  "Rp 30.000", "1 eks", "3/2/2019", "800"])
    sheet.column_dimensions["K"].hidden = True
    sheet.append([None, None, "JUMLAH", None, None, None, None, None, 2])
    sheet = book.create_sheet("Rekap")
    sheet.append(["Tahun", "Jumlah Judul", "Jumlah Eksemplar"])
    sheet.append([2015, 3, 6])
    sheet.append([2016, 2, 3])
    chart = BarChart()
    chart.add_data(Reference(sheet, min_col=3, min_row=1, max_row=3), titles_from_data=True)
    book.create_chartsheet("Grafik").add_chart(chart)
    book.save(path)


def _copies(title: str) -> list[tuple]:
    record = Record.get(Record.title == title)
    return sorted(((item.accession_no or "", item.source, item.source_detail or "", item.price, item.received_on)
                   for item in record.items), key=lambda row: (row[0] == "", row[0]))


def test_the_buku_induk_of_ten_years_comes_in_whole_and_once(lib, librarian, tmp_path):
    path = tmp_path / "Buku Induk Sukamaju 2015-2019.xlsx"
    sukamaju_workbook(path)
    first = importer.import_file(lib, librarian, "xlsx", path)
    assert first.bad == []
    assert Record.select().count() == 7
    assert _copies("Tjerita Rakjat Djawa Barat") == [("001/PDS/2015", "purchase", "", 45000, date(2015, 3, 2)),
                                                     ("", "purchase", "", 45000, date(2015, 3, 2))]
    assert _copies("Laskar Pelangi") == [("003/PDS/2015", "grant", "Hibah Perpusnas", 65000, date(2015, 4, 6))]
    assert _copies("Kisah Para Nabi") == [("009/PDS/2016", "grant", "Hibah Perpusnas", None, date(2016, 3, 12)),
                                          ("010/PDS/2016", "grant", "Hibah Perpusnas", None, date(2016, 3, 12)),
                                          ("011/PDS/2016", "purchase", "", None, date(2016, 3, 15))]
    assert _copies("ꦱꦼꦫꦠ꧀ ꦮꦼꦝꦠꦩ") == [("0104", "grant", "Hibah Perpusnas", 30000, date(2019, 2, 3))]
    assert Record.get(Record.title == "تفسير جلالين").items[0].location == "2X4"  # (the hidden column too)
    copies = Item.select().count()
    again = importer.import_file(lib, librarian, "xlsx", path)
    assert (again.records_add, again.records_update, again.items_add, again.items_update) == (0, 0, 0, 0)
    assert Item.select().count() == copies


def test_a_row_copied_twice_by_mistake_brings_its_copies_once_and_says_so(lib, librarian, tmp_path):
    """"Bertani Padi Organik, 004/PDS/2015, 3 Eks." twice, one under the other (a copy-paste): three copies
    stand on the shelf, not five; the second row is named as the same as the first."""
    path = tmp_path / "induk.xlsx"
    sukamaju_workbook(path)
    plan = importer.import_file(lib, librarian, "xlsx", path)
    assert len(_copies("Bertani Padi Organik")) == 3
    assert plan.left_out == []  # (nothing of the book is lost: said as a notice)
    repeated = [notice for notice in plan.notices if notice.row == 8]
    assert [(notice.sheet, notice.params["number"], notice.params["first"]) for notice in repeated] == [("2015", "004/PDS/2015", 7)]


def _restarted_numbering(path) -> None:
    """Each librarian's sheet numbers its books from 1 again: 1 and 2 in 2015, 1 and 2 in 2016 — other books."""
    book = Workbook()
    sheet = book.active
    sheet.title = "2015"
    sheet.append(["No. Induk", "Judul Buku", "Pengarang", "Jml"])
    sheet.append([1, "Laskar Pelangi", "Andrea Hirata", 1])
    sheet.append([2, "Bumi Manusia", "Pramoedya Ananta Toer", 1])
    sheet = book.create_sheet("2016")
    sheet.append(["No Induk", "Judul", "Pengarang", "Jumlah"])
    sheet.append([1, "Ronggeng Dukuh Paruk", "Ahmad Tohari", 1])
    sheet.append([2, "Sang Pemimpi", "Andrea Hirata", 1])
    book.save(path)


def test_a_numbering_started_again_by_the_next_librarian_keeps_every_book_its_copy(lib, librarian, tmp_path):
    """No. Induk 1 of 2016 is another book than No. Induk 1 of 2015: each book gets its copy with the number as
    written (both flagged: one number for two copies), and a second import adds nothing."""
    path = tmp_path / "induk.xlsx"
    _restarted_numbering(path)
    importer.import_file(lib, librarian, "xlsx", path)
    for title, number in (("Laskar Pelangi", "1"), ("Bumi Manusia", "2"), ("Ronggeng Dukuh Paruk", "1"),
                          ("Sang Pemimpi", "2")):
        assert [item.accession_no for item in Record.get(Record.title == title).items] == [number]
    flagged = {flag.value for flag in review.open_flags(lib) if flag.field == "accession_no"}
    assert flagged == {"1", "2"}
    again = importer.import_file(lib, librarian, "xlsx", path)
    assert (again.items_add, again.items_update) == (0, 0)
    assert Item.select().count() == 4


def test_a_copy_row_without_a_title_is_said_when_taken_into_the_book_above(lib, librarian, tmp_path):
    """No. Induk 011 has its date, source and "judul hilang" but no title: it is read as another copy of the book
    above (how many keep a second copy), and the check names the row, so a lost title is not counted silently
    under another book. The title merged down over its copies needs no word."""
    path = tmp_path / "induk.xlsx"
    sukamaju_workbook(path)
    plan = importer.import_file(lib, librarian, "xlsx", path)
    assert [item.accession_no for item in Record.get(Record.title == "Kisah Para Nabi").items] == [
        "009/PDS/2016", "010/PDS/2016", "011/PDS/2016"]
    said = [notice for notice in plan.notices if notice.template == spreadsheet.UNTITLED_COPIES]
    assert [(notice.sheet, notice.params["rows"]) for notice in said] == [("2016", "7")]
