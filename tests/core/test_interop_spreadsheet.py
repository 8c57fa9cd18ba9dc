"""Spreadsheets (xlsx, CSV) with column mapping, and the buku induk (accession register) exports."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
import xlwt
from openpyxl import Workbook, load_workbook

from pustaka_desktop.core import demo
from pustaka_desktop.core.catalog import accession_register as register
from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.errors import PermissionDenied, ValidationError
from pustaka_desktop.core.interop import importer, sheet_headers, spreadsheet
from pustaka_desktop.core.store.models import Item, Record
from tests.core import interop_fixtures

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture


def buku_induk_xlsx(path):
    """A buku induk kept in Excel: one row per copy, Indonesian headers, a title repeated for its
    second copy, numbers and dates as Excel stores them."""
    book = Workbook()
    sheet = book.active
    sheet.append(["No.", "Tanggal Terima", "No. Induk", "Pengarang", "Judul", "Kota Terbit", "Penerbit", "Tahun",
                  "Asal Buku", "Harga (Rp)", "Klasifikasi", "Keterangan", "ISBN"])
    sheet.append([1, date(2024, 1, 15), "001/P/2024", "Andrea Hirata", "Laskar Pelangi", "Yogyakarta",
                  "Bentang Pustaka", 2008, "Pembelian", 85000, "899.221", "", 9789793062792])
    sheet.append([2, date(2024, 1, 15), "002/P/2024", "Andrea Hirata", "Laskar Pelangi", "Yogyakarta",
                  "Bentang Pustaka", 2008, "Pembelian", 85000, "899.221", "", 9789793062792])
    sheet.append([3, date(2024, 2, 1), "003/H/2024", "Tim Penyusun", "Bercocok Tanam Padi", "Jakarta",
                  "Perpusnas", 2023, "Hibah", None, "633.18", "Sampul sobek", None])
    sheet.append([4, "32/13/2024", "004/H/2024", "X", "Tanggal Salah", "", "", "", "", "", "", "", ""])
    sheet.append([None] * 13)
    book.save(path)


def test_preview_guesses_the_indonesian_headers(tmp_path):
    path = tmp_path / "induk.xlsx"
    buku_induk_xlsx(path)
    seen = spreadsheet.preview(path, rows=2)
    assert seen.headers[:5] == ["No.", "Tanggal Terima", "No. Induk", "Pengarang", "Judul"]
    assert len(seen.rows) == 2 and seen.rows[0][4] == "Laskar Pelangi"
    assert seen.mapping == {"Tanggal Terima": "received_on", "No. Induk": "accession_no", "Pengarang": "authors",
                            "Judul": "title", "Kota Terbit": "place", "Penerbit": "publisher", "Tahun": "year",
                            "Asal Buku": "source", "Harga (Rp)": "price", "Klasifikasi": "ddc",
                            "Keterangan": "condition_note", "ISBN": "isbn"}


def test_buku_induk_xlsx_becomes_records_with_copies_and_reimport_adds_nothing(lib, librarian, tmp_path):
    path = tmp_path / "induk.xlsx"
    buku_induk_xlsx(path)
    dry = importer.import_file(lib, librarian, "xlsx", path, dry_run=True)
    assert (dry.records_add, dry.items_add) == (3, 4)  # the impossible date costs nothing but the date
    assert dry.bad == [] and dry.flagged_rows == 1
    assert Record.select().count() == 0
    importer.import_file(lib, librarian, "xlsx", path)
    laskar = Record.get(Record.title == "Laskar Pelangi")
    assert laskar.isbn == "9789793062792" and laskar.year == 2008
    copies = sorted(laskar.items, key=lambda item: item.accession_no)
    assert [(c.accession_no, c.price, c.source, c.received_on) for c in copies] == [
        ("001/P/2024", 85000, "purchase", date(2024, 1, 15)), ("002/P/2024", 85000, "purchase", date(2024, 1, 15))]
    assert all(c.barcode.startswith("UJI") for c in copies)  # generated: library code + counter
    padi = Item.get(Item.accession_no == "003/H/2024")
    assert (padi.source, padi.condition_note) == ("grant", "Sampul sobek")
    again = importer.import_file(lib, librarian, "xlsx", path)
    assert (again.records_add, again.items_add, again.records_update, again.items_update) == (0, 0, 0, 0)
    assert Item.select().count() == 4


_TITLE_ROWS = [["BUKU INDUK PERPUSTAKAAN DESA SUKAMAJU"], ["Kecamatan Tenggarong, Kabupaten Kutai Kartanegara"], []]
# "Penerbitan" merged across three columns over Penerbit | Kota | Tahun; the rest merged down two rows
_TWO_ROW_HEADER = [["No", "Tgl. Masuk", "No. Induk", "Judul Buku", "Pengarang", "Penerbitan", None, None, "Asal",
                    "Harga (Rp)"],
                   [None, None, None, None, None, "Penerbit", "Kota", "Tahun", None, None],
                   [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]  # the column numbers official forms print
_HAND_KEPT_ROWS = [[1, "12-01-2019", "001/PD/2019", "Laskar Pelangi", "Andrea Hirata", "Bentang", "Yogyakarta", 2008,
                    "Pembelian", 85000],
                   [2, "12-01-2019", "002/PD/2019", "Laskar Pelangi", "Andrea Hirata", "Bentang", "Yogyakarta", 2008,
                    "Pembelian", 85000],
                   [3, "03-02-2020", "003/PD/2020", "Budidaya Lele", "Heru Susanto", "Penebar Swadaya", "Jakarta", 2015,
                    "Hibah", 45000]]


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_sheet_kept_by_hand_finds_its_header_below_the_title_rows(lib, librarian, tmp_path, fmt):
    """The library's name above the header, a heading merged over three sub-headers, the column
    numbers under it: the header is found, the sub-headers named, the numbers not taken for a book."""
    rows = _TITLE_ROWS + _TWO_ROW_HEADER + _HAND_KEPT_ROWS
    path = tmp_path / f"buku-induk.{fmt}"
    if fmt == "xlsx":
        book = Workbook()
        for row in rows:
            book.active.append(row)
        book.save(path)
    else:  # as Excel saves it as CSV in Indonesia: ';' and a separator for every empty cell
        path.write_text("\r\n".join(";".join("" if v is None else str(v) for v in row + [None] * (10 - len(row)))
                                    for row in rows) + "\r\n", encoding="utf-8")
    seen = spreadsheet.preview(path)
    assert seen.header_row == 6 and seen.rows[0][3] == "Laskar Pelangi"
    assert seen.mapping == {"Tgl. Masuk": "received_on", "No. Induk": "accession_no", "Judul Buku": "title",
                            "Pengarang": "authors", "Penerbit": "publisher", "Kota": "place", "Tahun": "year",
                            "Asal": "source", "Harga (Rp)": "price"}
    result = importer.import_file(lib, librarian, fmt, path)
    assert (result.records_add, result.items_add, result.bad) == (2, 3, [])
    laskar = Record.get(Record.title == "Laskar Pelangi")
    assert (laskar.publisher, laskar.place, laskar.year) == ("Bentang", "Yogyakarta", 2008)
    assert sorted((c.accession_no, c.received_on, c.source) for c in laskar.items) == [
        ("001/PD/2019", date(2019, 1, 12), "purchase"), ("002/PD/2019", date(2019, 1, 12), "purchase")]
    assert Item.get(Item.accession_no == "003/PD/2020").source == "grant"


def test_what_a_buku_induk_writes_by_hand_is_read_not_refused(lib, librarian, tmp_path):
    """Prices with "Rp" and ",-", "45rb"; dates with month names and two-digit years; "2 eks"; a
    year in both calendars: each read as meant; what cannot be read is flagged, the book still comes in."""
    path = tmp_path / "induk.csv"
    path.write_text("\n".join([
        "Judul;Pengarang;Tahun;Tgl Masuk;Harga;Jumlah",
        "Laskar Pelangi;Andrea Hirata;2008;12 Januari 2019;Rp 85.000,-;2 eks",
        "Fiqih Ibadah;Tim Pesantren;1429 H / 2008 M;1 Agt. 2020;45rb;1",
        "Riyadhus Shalihin;An-Nawawi;1445 H;12-Jan-19;Rp. 1.250.000,-;",
        "Kancil;Anonim;2001;kemarin;mahal;banyak",
    ]) + "\n", encoding="utf-8")
    result = importer.import_file(lib, librarian, "csv", path)
    assert (result.records_add, result.bad) == (4, [])
    got = {r.title: (r.year, sorted((c.price, c.received_on) for c in r.items)) for r in Record.select()}
    assert got["Laskar Pelangi"] == (2008, [(85000, date(2019, 1, 12))] * 2)
    assert got["Fiqih Ibadah"] == (2008, [(45000, date(2020, 8, 1))])
    assert got["Riyadhus Shalihin"] == (2024, [(1250000, date(2019, 1, 12))])
    assert got["Kancil"] == (2001, [(None, None)])  # the copy the row is; its date, price and count flagged
    flagged = {flag.value for flag in review.open_flags(lib)}
    assert {"kemarin", "mahal", "banyak"} <= flagged  # ("dua" is read: 2)
    again = importer.import_file(lib, librarian, "csv", path)
    assert (again.records_add, again.items_add) == (0, 0) and Item.select().count() == 5


def test_an_excel_97_2003_xls_file_comes_in_like_an_xlsx(lib, librarian, tmp_path):
    """Many village PCs still save .xls: read from the file's first bytes, its dates (numbers in an
    xls) as dates, under the same "xlsx" format and the same header search."""
    book = xlwt.Workbook()
    sheet = book.add_sheet("Buku Induk")
    as_date = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    for r, row in enumerate(_TITLE_ROWS + [["No", "Tanggal Terima", "No. Induk", "Judul", "Pengarang", "Tahun",
                                            "Harga"]]):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    for r, (title, author, received, price) in enumerate([
            ("Laskar Pelangi", "Andrea Hirata", date(2019, 1, 12), 85000),
            ("تفسير الجلالين", "Jalaluddin", date(2020, 8, 1), 45000)], start=4):
        for c, value in enumerate([r - 3, None, f"00{r - 3}/PD", title, author, 2008, price]):
            if value is not None:
                sheet.write(r, c, value)
        sheet.write(r, 1, received, as_date)
    path = tmp_path / "buku-induk.xls"
    book.save(str(path))
    seen = spreadsheet.preview(path)
    assert seen.mapping["Judul"] == "title" and seen.rows[1][3] == "تفسير الجلالين"
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.records_add, result.items_add, result.bad) == (2, 2, [])
    copy = Item.get(Item.accession_no == "001/PD")
    assert (copy.record.title, copy.received_on, copy.price, copy.record.year) == (
        "Laskar Pelangi", date(2019, 1, 12), 85000, 2008)
    broken = tmp_path / "rusak.xls"
    broken.write_bytes(path.read_bytes()[:700])  # a copy cut short on a USB stick
    with pytest.raises(ValidationError) as caught:
        importer.import_file(lib, librarian, "xlsx", broken)
    assert "xls" in str(caught.value)


def test_a_first_book_with_only_its_title_is_data_not_a_second_header_row(tmp_path):
    path = tmp_path / "daftar.csv"
    path.write_text("Judul;Pengarang;Penerbit;Tahun\nKancil Cerdik;;;\nTimun Mas;Anonim;Balai Pustaka;1990\n",
                    encoding="utf-8")
    seen = spreadsheet.preview(path)
    assert seen.headers == ["Judul", "Pengarang", "Penerbit", "Tahun"]
    assert [row[0] for row in seen.rows] == ["Kancil Cerdik", "Timun Mas"]


def test_csv_with_semicolons_and_a_mapping_override(lib, librarian, tmp_path):
    path = tmp_path / "daftar.csv"
    path.write_text("Bacaan;Karya;Eks\nKancil Cerdik;Anonim;3\nTimun Mas;;1\n", encoding="utf-8")
    with pytest.raises(ValidationError):  # "Bacaan" is not a header we know: the title must be mapped
        importer.import_file(lib, librarian, "csv", path, dry_run=True)
    mapping = sheet_headers.parse_mapping("Bacaan=title,Karya=authors,Eks=copies")
    result = importer.import_file(lib, librarian, "csv", path, mapping=mapping)
    assert (result.records_add, result.items_add) == (2, 4)
    assert Record.get(Record.title == "Kancil Cerdik").items.count() == 3
    again = importer.import_file(lib, librarian, "csv", path, mapping=mapping)
    assert again.items_add == 0
    with pytest.raises(ValidationError):
        sheet_headers.parse_mapping("Judul=judulnya")


@pytest.mark.tiny_demo
def test_catalogue_xlsx_export_reimports_into_another_library(lib, librarian, tmp_path, empty_lib_factory):
    path = tmp_path / "katalog.xlsx"
    rows = spreadsheet.export_xlsx(lib, librarian, path)
    assert rows == Item.select().count()
    copies = {i.barcode: (i.record.title, i.accession_no) for i in Item.select()}
    other, other_librarian = empty_lib_factory()
    result = importer.import_file(other, other_librarian, "xlsx", path)
    assert result.bad == [] and result.items_add == len(copies)
    assert {i.barcode: (i.record.title, i.accession_no) for i in Item.select()} == copies


def test_not_an_xlsx_file(lib, librarian, tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_text("hello")
    with pytest.raises(ValidationError):
        importer.import_file(lib, librarian, "xlsx", path)


# --- buku induk -------------------------------------------------------------------------------------


@pytest.mark.tiny_demo
def test_register_rows_are_in_accession_order_and_filter_by_dates_and_numbers(lib, librarian):
    rows = register.rows(lib, librarian, limit=None)
    assert len(rows) == Item.select().count() == register.count(lib, librarian)
    numbers = [int(r.accession_no.split("/")[0]) for r in rows]  # the buku induk runs by accession number
    assert numbers == sorted(numbers) and [r.no for r in rows[:3]] == [1, 2, 3]
    since = register.rows(lib, librarian, register.RegisterFilter(date_from=date(2024, 1, 1)), limit=None)
    assert since and all(r.received_on >= date(2024, 1, 1) for r in since)
    numbered = register.rows(lib, librarian, register.RegisterFilter(accession_from="10", accession_to="12"),
                             limit=None)
    assert sorted(int(r.accession_no.split("/")[0]) for r in numbered) == [10, 11, 12]
    page = register.rows(lib, librarian, offset=5, limit=5)
    assert [r.no for r in page] == [6, 7, 8, 9, 10] and page[0].accession_no == rows[5].accession_no


def test_register_xlsx_and_pdf_hold_the_copies(lib, librarian, volunteer, tmp_path):
    demo.generate(lib, "tiny")
    first = register.rows(lib, librarian, limit=1)[0]
    xlsx = tmp_path / "induk.xlsx"
    assert register.export(lib, librarian, xlsx) == Item.select().count()
    sheet = load_workbook(xlsx).active
    values = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    assert values[0][0] == "ACCESSION REGISTER (BUKU INDUK)" and values[1][0] == "Perpustakaan Desa Uji"
    assert list(values[3][:5]) == ["No.", "Date received", "Accession no.", "Author", "Title"]
    assert values[4][2] == first.accession_no and values[4][4] == first.title
    assert len(values) == 4 + Item.select().count()

    pdf = tmp_path / "induk.pdf"
    register.export(lib, librarian, pdf, translate=lambda context, text: {
        "Accession no.": "No. Induk", "Page {page} of {pages}": "Halaman {page} dari {pages}"}.get(text, text))
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "No. Induk" in text and first.accession_no in text and "Perpustakaan Desa Uji" in text
        pages = text.count("\f")
        assert pages >= 2 and f"Halaman {pages} dari {pages}" in text
        assert text.split("\f")[1].count("No. Induk") == 1  # the header repeats on the next page
    with pytest.raises(PermissionDenied):
        register.export(lib, volunteer, tmp_path / "no.pdf")
    assert register.count(lib, volunteer) > 0  # viewing is desk work
    with pytest.raises(ValidationError):
        register.export(lib, librarian, tmp_path / "induk.docx")


def test_excel_unicode_text_keeps_arabic_and_javanese_script(lib, librarian, tmp_path):
    """Excel's "Unicode Text" save (UTF-16 with a BOM, tab-separated): how a sheet with Arabic or
    Javanese titles leaves an Excel whose plain CSV would turn them into question marks."""
    path = tmp_path / "daftar.txt"
    path.write_text("Judul\tPengarang\tTahun\r\nتفسير الجلالين\tJalaluddin\t1429 H / 2008 M\r\n"
                    "ꦱꦼꦫꦠ꧀ ꦕꦼꦤ꧀ꦛꦶꦤꦶ\tAnonim\t1990\r\n", encoding="utf-16")
    result = importer.import_file(lib, librarian, "csv", path)
    assert (result.records_add, result.bad) == (2, [])
    assert {r.title for r in Record.select()} == {"تفسير الجلالين", "ꦱꦼꦫꦠ꧀ ꦕꦼꦤ꧀ꦛꦶꦤꦶ"}
    assert Record.get(Record.title == "تفسير الجلالين").year == 2008


def test_copies_under_a_title_merged_down_are_copies_of_that_book(lib, librarian, tmp_path):
    """A buku induk where each title is one cell merged down over its copies' rows (Excel keeps the
    value in the first row only): the rows below are more copies of that book, not refused rows."""
    book = Workbook()
    sheet = book.active
    for row in (["No. Induk", "Judul", "Pengarang", "Tahun", "Harga"],
                ["001/PD", "Laskar Pelangi", "Andrea Hirata", 2008, 85000], ["002/PD", None, None, None, 85000],
                ["003/PD", None, None, None, 80000], ["004/PD", "Budidaya Lele", "Heru Susanto", 2015, 45000],
                [None, None, None, None, None], ["005/PD", None, None, None, 45000]):
        sheet.append(row)
    sheet.merge_cells("B2:B4")
    sheet.merge_cells("C2:C4")
    path = tmp_path / "induk.xlsx"
    book.save(path)
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.records_add, result.items_add, result.bad) == (2, 5, [])
    laskar = Record.get(Record.title == "Laskar Pelangi")
    assert sorted((c.accession_no, c.price) for c in laskar.items) == [
        ("001/PD", 85000), ("002/PD", 85000), ("003/PD", 80000)]
    assert sorted(c.accession_no for c in Record.get(Record.title == "Budidaya Lele").items) == ["004/PD", "005/PD"]


def test_an_isbn_excel_turned_into_a_number_is_named_as_such_not_as_a_wrong_check_digit(lib, librarian, tmp_path):
    """Excel shows a 13-digit ISBN as 9,78979E+12 and a CSV saved from it keeps only that: the record comes
    in, and the review list tells the volunteer why the ISBN cannot be mended from the file."""
    path = tmp_path / "buku.csv"
    path.write_text("Judul;Pengarang;ISBN\nLaskar Pelangi;Andrea Hirata;9,78979E+12\n"
                    "Ronggeng Dukuh Paruk;Ahmad Tohari;9.78602E+12\n", encoding="utf-8")
    result = importer.import_file(lib, librarian, "csv", path)
    assert (result.records_add, result.bad) == (2, [])
    flags = review.open_flags(lib, reason="isbn")
    assert [(flag.value, flag.suggestion) for flag in flags] == [("9,78979E+12", ""), ("9.78602E+12", "")]
    assert all("a spreadsheet turned into a number" in flag.message() for flag in flags)
    assert Record.get(Record.title == "Laskar Pelangi").isbn == "9,78979E+12"  # kept as written until mended


def test_a_row_with_one_number_and_jumlah_3_makes_three_copies_and_says_so(lib, librarian, tmp_path):
    """A buku induk that lists a title once, with one No. Induk and Jumlah 3: three books stand on the
    shelf. The first copy takes the number, the others come alike with new barcodes, and the review list
    asks for their numbers; a second import of the same file adds nothing."""
    path = tmp_path / "induk.csv"
    path.write_text("No;No. Induk;Judul;Pengarang;Jumlah;Asal Buku;Harga\n"
                    "1;003/PD/2019;Tafsir Al-Misbah jilid 1;M. Quraish Shihab;3;Sumbangan warga;Rp 50.000,-\n"
                    "2;004/PD/2019;Laskar Pelangi;Andrea Hirata;1 eks;Pembelian;45000\n", encoding="utf-8")
    result = importer.import_file(lib, librarian, "csv", path)
    assert (result.records_add, result.items_add, result.bad) == (2, 4, [])
    tafsir = Record.get(Record.title == "Tafsir Al-Misbah jilid 1")
    copies = [(c.accession_no, c.source, c.source_detail, c.price) for c in tafsir.items.order_by(Item.id)]
    assert copies == [("003/PD/2019", "donation", "Sumbangan warga", 50000)] + [
        ("", "donation", "Sumbangan warga", 50000)] * 2
    flags = review.open_flags(lib, reason="copy")
    assert [(flag.title, flag.params) for flag in flags] == [
        ("Tafsir Al-Misbah jilid 1", {"count": 3, "number": "003/PD/2019", "more": 2})]
    again = importer.import_file(lib, librarian, "csv", path)
    assert (again.records_add, again.items_add) == (0, 0) and Item.select().count() == 4


def test_the_source_of_a_copy_is_read_from_the_words_a_buku_induk_writes(lib, librarian, tmp_path):
    path = tmp_path / "induk.csv"
    path.write_text("No. Induk;Judul;Asal Buku\n1/PD;Satu;Hibah Perpusnas\n2/PD;Dua;Pembelian\n"
                    "3/PD;Tiga;Pembelian dana desa\n4/PD;Empat;Wakaf\n5/PD;Lima;Titipan Pak RT\n"
                    "6/PD;Enam;Hadiah dari Pak Camat\n7/PD;Tujuh;Hadiah/Hibah\n", encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    got = [(c.accession_no, c.source, c.source_detail) for c in Item.select().order_by(Item.id)]
    assert got == [("1/PD", "grant", "Hibah Perpusnas"), ("2/PD", "purchase", ""),
                   ("3/PD", "purchase", "Pembelian dana desa"),
                   ("4/PD", "donation", "Wakaf"),  # (a waqf, which may never be weeded away: kept)
                   ("5/PD", "other", "Titipan Pak RT"),
                   # a gift ("hadiah") from a person, as INLISLite reads it; SLiMS's "Hadiah/Hibah" is a grant
                   ("6/PD", "donation", "Hadiah dari Pak Camat"), ("7/PD", "grant", "")]


_YEARS = {"2019": [["No", "No. Induk", "Judul", "Pengarang", "Tahun Terbit"],
                   [1, "001/PD/2019", "Laskar Pelangi", "Andrea Hirata", 2008],
                   [2, "002/PD/2019", "Sang Pemimpi", "Andrea Hirata", "th. 20O6"]],  # (a letter O for a zero)
          "2020": [["BUKU INDUK TAHUN 2020"], [],
                   ["No", "No. Induk", "Judul", "Pengarang", "Tahun Terbit"],
                   [1, "001/PD/2020", "Bumi Manusia", "Pramoedya Ananta Toer", 1980],
                   [2, "002/PD/2020", None, "Tere Liye", 2012]],  # (a row whose title was never typed)
          "Rekap": [["Kelas", "Jumlah Judul", "Jumlah Eksemplar"], ["800", 3, 3]],
          "Kosong": []}


@pytest.mark.parametrize("kind", ["xlsx", "xls"])
def test_a_buku_induk_with_a_sheet_a_year_comes_in_whole_and_names_the_sheet_of_each_row(lib, librarian, tmp_path,
                                                                                        kind):
    """Villages keep the buku induk in one workbook, a sheet a year: every sheet with titles comes in (not
    only the first); what is refused or flagged names its sheet and row; a summary sheet is named as not
    read; an empty one is passed over."""
    path = tmp_path / f"buku-induk.{kind}"
    if kind == "xlsx":
        book = Workbook()
        book.remove(book.active)
        for name, rows in _YEARS.items():
            sheet = book.create_sheet(name)
            for row in rows:
                sheet.append(row)
        book.save(path)
    else:
        book = xlwt.Workbook()
        for name, rows in _YEARS.items():
            sheet = book.add_sheet(name)
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    if value is not None:
                        sheet.write(r, c, value)
        book.save(str(path))
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert sorted(r.title for r in Record.select()) == ["Bumi Manusia", "Laskar Pelangi", "Sang Pemimpi"]
    assert Item.get(Item.accession_no == "001/PD/2020").record.title == "Bumi Manusia"
    assert [bad.where() for bad in result.bad] == ["Sheet 2020, row 5"]
    assert [(notice.where(), notice.params) for notice in result.notices] == [("Sheet Rekap", {"sheet": "Rekap"})]
    assert result.rows == 4
    flag = review.open_flags(lib, reason="year")[0]
    assert (flag.title, flag.row) == ("Sang Pemimpi", 3) and flag.origin.endswith(" · 2019")
    again = importer.import_file(lib, librarian, "xlsx", path)
    assert (again.records_add, again.items_add) == (0, 0)


def test_a_workbook_of_one_sheet_names_no_sheet(lib, librarian, tmp_path):
    path = tmp_path / "buku.xlsx"
    book = Workbook()
    book.active.title = "Buku Induk"
    for row in [["No. Induk", "Judul", "Pengarang"], ["1/PD", "Laskar Pelangi"], ["2/PD", None, "Tere Liye"],
                ["3/PD", "Timun Mas"]]:
        book.active.append(row)
    book.save(path)
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert [(bad.row, bad.sheet, bad.where()) for bad in result.bad] == [(3, "", "3")]


def test_a_column_no_field_takes_is_named_not_dropped_without_a_word(lib, librarian, tmp_path):
    path = tmp_path / "induk.csv"
    path.write_text("No;No. Induk;Judul;Sumber Dana;Catatan Pustakawan;Paraf\n"
                    "1;1/PD;Laskar Pelangi;DD 2021;dipinjam guru;ttd\n", encoding="utf-8")
    result = importer.import_file(lib, librarian, "csv", path)
    assert Item.get().source_detail == "DD 2021"  # "Sumber Dana": where the money came from
    assert [notice.params for notice in result.notices] == [{"columns": "Catatan Pustakawan, Paraf"}]  # ("No": rows)
    assert result.rows == 1 and result.bad == []
    # a column given a field, and one left out on purpose (as the wizard's preview does for every column): named
    # as left out by choice (the check page lists what will not come in, the guess's choices too)
    mapped = importer.import_file(lib, librarian, "csv", path, dry_run=True,
                                  mapping=sheet_headers.parse_mapping("Catatan Pustakawan=condition_note,Paraf="))
    assert [(notice.template, notice.params) for notice in mapped.notices] == [
        (spreadsheet.COLUMNS_LEFT_OUT, {"columns": "Paraf"})]
    partly = importer.import_file(lib, librarian, "csv", path, dry_run=True,
                                  mapping=sheet_headers.parse_mapping("Catatan Pustakawan=condition_note"))
    assert [notice.params for notice in partly.notices] == [{"columns": "Paraf"}]


def test_a_barcode_kept_in_small_letters_is_found_as_written_and_as_typed_in_capitals(lib, librarian, tmp_path):
    """Barcodes come in exactly as written ("inv-07"); a scanner reading the old label sends them so, a
    volunteer may type them in capitals: the copy is found either way, everywhere a barcode is looked up."""
    from pustaka_desktop.core.catalog import copies, search
    from pustaka_desktop.core.catalog.finding import find_record

    path = tmp_path / "buku.csv"
    path.write_text("Kode Eksemplar;Judul\ninv-07;Laskar Pelangi\n", encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    assert Item.get().barcode == "inv-07"
    for typed in ("inv-07", "INV-07"):
        assert copies.get_item(lib, typed).barcode == "inv-07"
        assert find_record(lib, typed).title == "Laskar Pelangi"
        assert [hit.title for hit in search.search(lib, typed).hits] == ["Laskar Pelangi"]
    from pustaka_desktop.core.circulation import desk_reads

    assert desk_reads.identify(lib, "INV-07") == "item" and desk_reads.find_item(lib, "INV-07").barcode == "inv-07"


def test_the_wizards_choices_made_on_the_first_sheet_read_a_later_sheet_that_lacks_a_column(lib, librarian,
                                                                                          tmp_path):
    path = tmp_path / "buku-induk.xlsx"
    book = Workbook()
    book.remove(book.active)
    for name, rows in {"2019": [["No. Induk", "Judul", "Tahun Terbit"], ["1/PD/2019", "Laskar Pelangi", 2008]],
                       "2020": [["No. Induk", "Judul"], ["1/PD/2020", "Bumi Manusia"]]}.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    seen = spreadsheet.preview(path)
    assert seen.sheets == ["2019", "2020"] and seen.headers == ["No. Induk", "Judul", "Tahun Terbit"]
    result = importer.import_file(lib, librarian, "xlsx", path, mapping=seen.mapping)  # (as the wizard passes it)
    assert (result.records_add, result.bad) == (2, [])
    assert Item.get(Item.accession_no == "1/PD/2020").record.title == "Bumi Manusia"


def test_a_member_list_chosen_as_a_catalogue_says_where_it_belongs(lib, librarian, tmp_path):
    path = tmp_path / "daftar.csv"
    path.write_text("No;Nama;L/P;No HP\n1;Siti Aminah;P;081234567890\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        importer.import_file(lib, librarian, "csv", path, dry_run=True)
    assert "member list" in str(caught.value) and "members-import" in str(caught.value)
    assert Record.select().count() == 0
