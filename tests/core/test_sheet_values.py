"""The values of hand-kept sheets, as Indonesian village libraries keep them in Excel: header spellings,
numbers Excel damaged or showed with zeros, accession ranges, script a plain CSV lost, dates in every
form a buku induk or a daftar anggota writes them, authors joined in one cell, Excel's error cells."""

from __future__ import annotations

import datetime as dt
import json
from datetime import date

import pytest
import xlwt
from openpyxl import Workbook

from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import (
    catalogue_row,
    importer,
    member_import,
    member_sheets,
    member_values,
    sheet_headers,
    sheet_values,
    sheets,
    spreadsheet,
)
from pustaka_desktop.core.interop.dates import month_only, parse_date
from pustaka_desktop.core.interop.types import RowError
from pustaka_desktop.core.store.models import Item, Member, Record


def _xlsx(path, rows, formats=None):
    """An xlsx like the ones villages keep: ``rows`` appended, ``formats`` {cell: number format}."""
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for cell, number_format in (formats or {}).items():
        sheet[cell].number_format = number_format
    book.save(path)
    return path


def _copies(title):
    return list(Record.get(Record.title == title).items.order_by(Item.id))


# --- 9. header spellings ------------------------------------------------------------------------------------


def test_the_common_header_spellings_of_a_buku_induk_are_read(lib, librarian, tmp_path):
    """A sheet headed "No. Induk Buku", "Pengarang/Penulis", "Subyek", "Jumlah Buku", "Harga Satuan (Rp)",
    "Sumber Buku", "Tanggal Penerimaan": every column comes in, none is named as not imported."""
    path = _xlsx(tmp_path / "induk.xlsx", [
        ["No.", "No. Induk Buku", "Judul Buku", "Pengarang/Penulis", "Penerbit", "Thn. Terbit", "Subyek",
         "Jumlah Buku", "Harga Satuan (Rp)", "Sumber Buku", "Tanggal Penerimaan"],
        [1, "001/2021", "Laskar Pelangi", "Andrea Hirata", "Bentang", 2008, "Novel", 1, 79000, "Hibah",
         dt.datetime(2021, 3, 12)]])
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.records_add, result.notices) == (1, [])
    record = Record.get(Record.title == "Laskar Pelangi")
    assert ("Andrea Hirata" in record.authors, "Novel" in record.subjects) == (True, True)
    copy = _copies("Laskar Pelangi")[0]
    assert (copy.accession_no, copy.price, copy.source, copy.received_on) == ("001/2021", 79000, "grant",
                                                                             date(2021, 3, 12))


@pytest.mark.parametrize(("header", "target"), [
    ("Jumlah Eks", "copies"), ("Jml Buku", "copies"), ("Asal Usul", "source"), ("Asal Perolehan", "source"),
    ("No. Rak", "location"), ("Penyusun", "authors"), ("Kondisi Buku", "condition_note"),
    ("Tahun Pengadaan", "acquired_year"), ("Thn Pengadaan", "acquired_year"), ("Penulis/Pengarang", "authors"),
    ("No. DDC", "ddc"), ("Kode DDC", "ddc"), ("Nomor Klas", "ddc"), ("Notasi", "ddc"), ("Tgl. Perolehan", "received_on"),
    ("Tanggal Pembelian", "received_on"), ("Penerbitan", "publisher"), ("Impresum", "publisher"),
    # (were columns not read: "No. Reg" was the accession number, "No. Register" not)
    ("No. Register", "accession_no"), ("No. Inv.", "accession_no"), ("Keadaan Buku", "condition_note"),
    ("Keadaan", "condition_note"), ("Banyaknya", "copies"),
    ("Tahun Beli", "acquired_year"), ("Tahun Anggaran", "acquired_year"), ("Penyedia", "supplier"),
    ("Nama Toko", "supplier"), ("No. Kwitansi", "invoice"), ("Tgl. Kwitansi", "invoice_date")])
def test_catalogue_header_spellings(header, target):
    assert sheet_headers.guess_mapping([header]) == {header: target}


def test_a_trailing_buku_is_dropped_only_where_the_word_before_says_something():
    """"Jumlah Buku" is "Jumlah"; "Jenis Buku" (fiksi, pelajaran) is not "Jenis" (the material: its words
    would be lost), and "Kode Buku" stays the barcode."""
    assert sheet_headers.guess_mapping(["Jumlah Buku", "Jenis Buku", "Kode Buku"]) == {
        "Jumlah Buku": "copies", "Kode Buku": "barcode"}


@pytest.mark.parametrize(("header", "column"), [
    ("Jns Kelamin", "gender"), ("Tmp/Tgl Lahir", "_birth_place_date"), ("Alamat Lengkap", "member_address"),
    ("E-mail", "member_email"), ("No. Telepon", "member_phone"), ("No. Telp/HP", "member_phone"),
    ("HP/WA", "member_phone"), ("Nomor WA", "member_phone"), ("No. NIK", "pin"), ("NIK/No. KTP", "pin"),
    ("Tgl Masuk", "register_date"), ("Tgl. Pendaftaran", "register_date"), ("Desa/Kelurahan", "_kelurahan"),
    ("Nama Ortu", "_guardian")])
def test_member_list_header_spellings(header, column):
    assert member_sheets.recognised([header]) == [column]


def test_a_year_of_acquisition_is_kept_with_where_the_copy_came_from(lib, librarian, tmp_path):
    """"Tahun Pengadaan 2019" is no day a copy came: it is kept beside the source ("Hibah; Tahun pengadaan
    2019"), not set aside; a whole date in that column is the day the copy came."""
    path = tmp_path / "induk.csv"
    path.write_text("No Induk;Judul;Sumber;Tahun Pengadaan\n001;Satu;Hibah Perpusnas;2019\n"
                    "002;Dua;;12/03/2020\n", encoding="utf-8")
    result = importer.import_file(lib, librarian, "csv", path)
    assert (result.records_add, result.flags, result.notices) == (2, 0, [])
    one, two = _copies("Satu")[0], _copies("Dua")[0]
    assert (one.source_detail, one.received_on) == ("Hibah Perpusnas; Tahun pengadaan 2019", None)
    assert (two.source_detail, two.received_on) == ("", date(2020, 3, 12))


# --- 10. a NIK Excel kept as a number ------------------------------------------------------------------------


def test_a_nik_kept_as_a_number_cell_is_said_to_have_lost_its_last_digit(lib, librarian, tmp_path):
    """Excel keeps 15 significant digits: a 16-digit NIK typed into a number cell ends in a 0 Excel put
    there. It is the member's NIK (the librarian sees it on the form), with a note to check its last digit,
    and said."""
    path = _xlsx(tmp_path / "anggota.xlsx", [
        ["No", "Nama", "NIK"], [1, "Siti Aminah", 3201234567890120.0], [2, "Budi Santoso", "3202010303850001"]],
        {"C2": "0"})
    result = member_import.import_members(lib, librarian, path)
    assert result.add == 2
    assert [(row.row, row.template, row.params["value"]) for row in result.set_aside] == [
        (2, member_values.NIK_LAST_DIGIT, "3201234567890120")]
    siti, budi = Member.get(Member.name == "Siti Aminah"), Member.get(Member.name == "Budi Santoso")
    assert (siti.nik, siti.notes) == ("3201234567890120", "NIK: 3201234567890120 (angka terakhir perlu dicek)")
    assert budi.nik == "3202010303850001"  # typed as text: all 16 digits are what was typed


# --- 11. zeros shown through a number format ------------------------------------------------------------------


def test_zeros_a_number_format_shows_are_part_of_the_value(lib, librarian, tmp_path):
    """Accession 22 shown "0022", class 30 shown "030", 4.2 shown "004.2", an ISBN-10 shown with its
    leading zero: the values come in as the sheet shows them (and the class needs no review)."""
    path = _xlsx(tmp_path / "induk.xlsx", [
        ["No. Induk", "Judul", "Klasifikasi", "ISBN", "Harga"],
        [22, "Ensiklopedia Anak", 30, 306406152, 150000], [23, "Komputer", 4.2, None, 45000]],
        {"A2": "0000", "A3": "0000", "C2": "000", "C3": "000.0", "D2": "0000000000", "E2": "#,##0"})
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.records_add, result.flags) == (2, 0)
    ensiklopedia = Record.get(Record.title == "Ensiklopedia Anak")
    assert (ensiklopedia.ddc, ensiklopedia.isbn) == ("030", "9780306406157")
    assert Record.get(Record.title == "Komputer").ddc == "004.2"
    assert [(c.accession_no, c.price) for c in Item.select().order_by(Item.id)] == [("0022", 150000),
                                                                                     ("0023", 45000)]


def test_zeros_of_an_excel_97_2003_number_format_are_kept_too(lib, librarian, tmp_path):
    book = xlwt.Workbook()
    sheet = book.add_sheet("Buku Induk")
    for column, header in enumerate(["No Induk", "Judul", "Tahun"]):
        sheet.write(0, column, header)
    sheet.write(1, 0, 7, xlwt.easyxf(num_format_str="000"))
    sheet.write(1, 1, "Laskar Pelangi")
    sheet.write(1, 2, 2008, xlwt.easyxf(num_format_str="0000"))
    path = tmp_path / "induk.xls"
    book.save(str(path))
    importer.import_file(lib, librarian, "xlsx", path)
    assert [c.accession_no for c in _copies("Laskar Pelangi")] == ["007"]
    assert Record.get(Record.title == "Laskar Pelangi").year == 2008


# --- 12. accession ranges --------------------------------------------------------------------------------------


def test_an_accession_range_is_one_copy_a_number(lib, librarian, tmp_path):
    path = _xlsx(tmp_path / "induk.xlsx", [
        ["No", "No Induk", "Judul", "Pengarang", "Eks", "Harga"],
        [1, "015-017", "Laskar Pelangi", "Andrea Hirata", 3, 79000],
        [2, "018 s/d 019", "Negeri 5 Menara", "A. Fuadi", 2, 70000],
        [3, "020, 021", "Ayat-Ayat Cinta", "Habiburrahman El Shirazy", None, 65000]])
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.records_add, result.items_add, result.flags) == (3, 7, 0)
    assert [(c.accession_no, c.price) for c in _copies("Laskar Pelangi")] == [
        ("015", 79000), ("016", 79000), ("017", 79000)]
    assert [c.accession_no for c in _copies("Negeri 5 Menara")] == ["018", "019"]
    assert [c.accession_no for c in _copies("Ayat-Ayat Cinta")] == ["020", "021"]
    again = importer.import_file(lib, librarian, "xlsx", path)
    assert (again.records_add, again.items_add) == (0, 0)


def test_accession_numbers_listed_each_with_the_librarys_code_are_one_copy_each(lib, librarian, tmp_path):
    """"001/PD/2019, 002/PD/2019" under "Eks 2": the whole list came in as the first copy's number and the second
    copy without one (flagged); a range beside a number ("001-003/PD/2019; 007/PD/2019") read the rest of the list
    as the code. Each number is now its copy's, as stamped; a second import adds nothing."""
    path = tmp_path / "induk.csv"
    path.write_text("No Induk;Judul;Pengarang;Eks\n001/PD/2019, 002/PD/2019;Laskar Pelangi;Andrea Hirata;2\n"
                    '"003-005/PD/2019; 009/PD/2019";Si Kancil;Anonim;4\n'  # (quoted: the file's separator)
                    "010/PD/2019, 011/PK/2019;Bumi Manusia;Pramoedya;2\n", encoding="utf-8")
    result = importer.import_file(lib, librarian, "csv", path)
    assert [c.accession_no for c in _copies("Laskar Pelangi")] == ["001/PD/2019", "002/PD/2019"]
    assert [c.accession_no for c in _copies("Si Kancil")] == ["003/PD/2019", "004/PD/2019", "005/PD/2019",
                                                             "009/PD/2019"]
    # (two codes: not one list, kept as written and flagged as before)
    assert [c.accession_no for c in _copies("Bumi Manusia")] == ["010/PD/2019, 011/PK/2019", ""]
    assert result.flags == 1
    again = importer.import_file(lib, librarian, "csv", path)
    assert (again.records_add, again.items_add) == (0, 0)


def test_a_range_that_disagrees_with_the_count_is_kept_as_written_and_flagged(lib, librarian, tmp_path):
    path = tmp_path / "induk.csv"
    path.write_text("No Induk;Judul;Eks\n015-017;Laskar Pelangi;2\n2019-001;Satu;\n", encoding="utf-8")
    result = importer.import_file(lib, librarian, "csv", path)
    assert [c.accession_no for c in _copies("Laskar Pelangi")] == ["015-017", ""]
    assert [c.accession_no for c in _copies("Satu")] == ["2019-001"]  # a year and a number: no range
    flags = review.open_flags(lib, reason="copy")
    assert [flag.params for flag in flags] == [{"numbers": "015-017", "named": 3, "count": 2}]
    assert result.records_add == 2


# --- 13. script a plain CSV lost --------------------------------------------------------------------------------


@pytest.mark.parametrize("dry_run", [True, False])
def test_arabic_turned_into_question_marks_by_a_plain_csv_is_said(lib, librarian, tmp_path, dry_run):
    """Excel's "CSV (Comma delimited)" on an Indonesian Windows writes Arabic and Javanese script as '?':
    the records come in, and the import (and its dry run) says how to save the file so the script lives."""
    path = tmp_path / "kitab.csv"
    path.write_bytes("No;Judul;Pengarang;Bahasa\r\n1;????? ????????;Az-Zarnuji;Arab\r\n"
                     "2;?????????;Mangkunegara IV;Jawa\r\n3;Siapa Aku???;Salim;Indonesia\r\n".encode("cp1252"))
    result = importer.import_file(lib, librarian, "csv", path, dry_run=dry_run)
    assert result.records_add == 3
    assert [(n.template, n.params) for n in result.notices] == [(spreadsheet.SCRIPT_LOST, {"rows": "2–3"}),
                                                                (importer._NO_COPIES["sheet"], {"count": 3})]
    assert '"CSV UTF-8"' in result.notices[0].message()
    if not dry_run:
        assert [(f.title, f.reason) for f in review.open_flags(lib)] == [("????? ????????", "encoding"),
                                                                       ("?????????", "encoding")]


# --- 16. dates ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("written", "day"), [
    (43536, date(2019, 3, 12)), (43536.0, date(2019, 3, 12)), ("44270", date(2021, 3, 15)),
    ("3 Mrt 2019", date(2019, 3, 3)), ("12 Agst 2019", date(2019, 8, 12)), ("Senin, 3 Maret 2019", date(2019, 3, 3)),
    ("12 - 03 - 2019", date(2019, 3, 12)), ("Maret 2019", date(2019, 3, 1)), ("Jan 2019", date(2019, 1, 1))])
def test_dates_as_buku_induk_write_them(written, day):
    assert parse_date(written, "Tgl Terima") == day


def test_a_year_alone_or_an_impossible_day_is_still_no_date_but_a_serial_is():
    for written in ("2019", 2019, "31/02/2019", "9999"):
        with pytest.raises(RowError):
            parse_date(written, "Tgl Terima")
    assert parse_date(10000, "Tgl Terima") == date(1927, 5, 18)


def test_a_month_without_its_day_is_its_first_day_and_flagged_naming_the_column(lib, librarian, tmp_path):
    path = tmp_path / "induk.csv"
    path.write_text("No Induk;Judul;Tgl Terima\n001;Satu;Maret 2021\n002;Dua;44270\n003;Tiga;31/02/2021\n",
                    encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    assert [c.received_on for c in Item.select().order_by(Item.id)] == [date(2021, 3, 1), date(2021, 3, 15), None]
    flags = review.open_flags(lib, reason="date")
    assert [(f.title, f.params["column"], f.value) for f in flags] == [("Satu", "Tgl Terima", "Maret 2021"),
                                                                       ("Tiga", "Tgl Terima", "31/02/2021")]
    assert month_only("Maret 2021") and not month_only("3 Maret 2021")


def test_an_excel_date_serial_cell_in_a_date_column_is_that_date(lib, librarian, tmp_path):
    path = _xlsx(tmp_path / "induk.xlsx", [["No Induk", "Judul", "Tgl Terima"], ["001", "Satu", 43536]])
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.flags, _copies("Satu")[0].received_on) == (0, date(2019, 3, 12))


def test_a_year_column_of_date_cells_gives_the_year(lib, librarian, tmp_path):
    """A "Tahun" column formatted as dates: a date shown as its year ("yyyy") is that year; "2019" typed
    into a date-formatted cell is Excel's day 2019 (1905-07-11), and is the year 2019."""
    path = _xlsx(tmp_path / "induk.xlsx", [["Judul", "Thn Terbit"], ["Satu", dt.datetime(2008, 1, 1)],
                                           ["Dua", dt.datetime(1905, 7, 11)]], {"B2": "yyyy", "B3": "yyyy"})
    importer.import_file(lib, librarian, "xlsx", path)
    assert [(r.year_text, r.year) for r in Record.select().order_by(Record.id)] == [("2008", 2008), ("2019", 2019)]


def test_member_dates_serials_months_and_place_and_date_in_one_cell(lib, librarian, tmp_path):
    """A daftar anggota: "Tgl Daftar" as Excel's day number (44941) or a month alone; "Bandung 12-03-1990"
    and "Bandung / 12-03-1990" (no comma); a date that cannot be is named by the sheet's own header."""
    path = _xlsx(tmp_path / "anggota.xlsx", [
        ["No", "Nama", "Tempat/Tgl Lahir", "Tgl Daftar"],
        [1, "Dewi Lestari", "Bandung 12-03-1990", 44941], [2, "Rina Marlina", "Bandung / 12-03-2011", "Januari 2023"],
        [3, "Yusuf", "Bogor, 31-02-1975", dt.datetime(2023, 2, 1)]])
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.bad) == (3, [])
    dewi, rina, yusuf = (Member.get(Member.name == n) for n in ("Dewi Lestari", "Rina Marlina", "Yusuf"))
    assert (dewi.birth_date, dewi.registered_on, dewi.notes) == (date(1990, 3, 12), date(2023, 1, 15),
                                                                 "Tempat lahir: Bandung")
    assert (rina.birth_date, rina.registered_on) == (date(2011, 3, 12), date(2023, 1, 1))
    assert rina.notes.splitlines() == ["Tempat lahir: Bandung", "Tanggal daftar: Januari 2023"]
    assert yusuf.birth_date is None
    assert [(row.row, row.template, row.params["column"]) for row in result.set_aside] == [
        (3, member_values.MONTH_ONLY, "Tgl Daftar"), (4, member_values.NOT_A_DATE, "Tempat/Tgl Lahir")]


@pytest.mark.parametrize(("cell", "place", "day"), [
    ("Bandung 12-03-1990", "Bandung", "12-03-1990"), ("Bandung / 12-03-1990", "Bandung", "12-03-1990"),
    ("Kab. Bandung, 12-03-1990", "Kab. Bandung", "12-03-1990"), ("12-03-1990", "", "12-03-1990"),
    ("Bandung", "Bandung", "")])
def test_place_and_date_of_birth_in_one_cell(cell, place, day):
    assert member_sheets.place_and_date(cell) == (place, day)


# --- authors and Excel's error cells ---------------------------------------------------------------------------


@pytest.mark.parametrize(("cell", "names", "responsibility"), [
    ("Andrea Hirata dan Tere Liye", ["Andrea Hirata", "Tere Liye"], None),
    ("A. Fuadi & Tere Liye", ["A. Fuadi", "Tere Liye"], None),
    ("Andrea Hirata / Tere Liye", ["Andrea Hirata", "Tere Liye"], None),
    ("Andrea Hirata, dkk", ["Andrea Hirata"], "Andrea Hirata, dkk")])
def test_authors_joined_in_one_cell(cell, names, responsibility):
    rec, _, _ = catalogue_row.sheet_row({"title": "Buku", "authors": cell})
    assert [a["name"] for a in rec["authors"]] == names
    assert rec.get("responsibility") == responsibility


def test_a_name_turned_round_or_a_bodys_name_is_one_author():
    cells = ["Hirata, Andrea", "Departemen Pendidikan dan Kebudayaan", "Tim Redaksi & Balai Pustaka",
             "Andrea Hirata dan Tere Liye"]
    assert [sheet_values.author_names(cell)[0] for cell in cells] == [
        ["Hirata, Andrea"], ["Departemen Pendidikan dan Kebudayaan"], ["Tim Redaksi & Balai Pustaka"],
        ["Andrea Hirata", "Tere Liye"]]


def test_an_excel_error_cell_is_no_value(lib, librarian, tmp_path):
    """#N/A (a VLOOKUP that found nothing) is not a publisher nor a title: the field is left empty and
    flagged; a row whose title is one is refused, saying why."""
    path = tmp_path / "induk.csv"
    path.write_text("Judul;Penerbit;Harga\nSatu;#N/A;#VALUE!\n#N/A;Gramedia;45000\n", encoding="utf-8")
    result = importer.import_file(lib, librarian, "csv", path)
    assert (result.records_add, [(bad.row, bad.template) for bad in result.bad]) == (
        1, [(3, catalogue_row.TITLE_IS_AN_ERROR)])
    assert Record.get(Record.title == "Satu").publisher == ""
    assert sorted(f.params["column"] for f in review.open_flags(lib, reason="formula")) == ["Harga", "Penerbit"]


# --- a NIK a number cell holds whole, and a value that is no gender (recheck 1, 15) ---------------------------


def _inlislite_members(path, nik_cell, id_header="Nomor Identitas"):
    """INLISLite 3's Laporan Anggota as PhpSpreadsheet writes it: the NIK a number cell of all 16 digits."""
    return _xlsx(path, [
        ["Nomor Anggota", "Nama Lengkap", "Tempat Lahir", "Tanggal Lahir", id_header, "Jenis Kelamin"],
        ["0012024000001", "Siti Aminah", "Bandung", "05-08-1990", nik_cell, "Perempuan"]])


def test_a_nik_a_number_cell_holds_whole_is_the_nik(lib, librarian, tmp_path):
    """Excel writes 0 for every digit past the 15th: a number cell ending in another digit was written by
    another program (INLISLite) and is the NIK as it is, with nothing said."""
    result = member_import.import_members(lib, librarian, _inlislite_members(tmp_path / "a.xlsx", 3273014508900001))
    assert (result.add, result.set_aside) == (1, [])
    siti = Member.get(Member.name == "Siti Aminah")
    assert (siti.nik, siti.notes) == ("3273014508900001", "Tempat lahir: Bandung")


def test_an_identity_number_that_is_no_nik_is_noted_under_the_sheets_header(lib, librarian, tmp_path):
    """A student card number under "Nomor Identitas" is kept in the notes as "Nomor Identitas: ...", not
    under SLiMS's word "PIN" the librarian never wrote."""
    member_import.import_members(lib, librarian, _inlislite_members(tmp_path / "a.xlsx", "NISN 0091234567"))
    assert Member.get(Member.name == "Siti Aminah").notes.splitlines() == [
        "Tempat lahir: Bandung", "Nomor Identitas: NISN 0091234567"]


def test_twins_whose_niks_excel_cut_alike_both_come_in(lib, librarian, tmp_path):
    """Twins' NIKs differ in the last digits: Excel made both 3201234567890120. A NIK that may have lost its
    last digit does not say two rows are one person; both members come in, each with the NIK to check."""
    path = _xlsx(tmp_path / "anggota.xlsx", [
        ["No", "Nama", "NIK"], [1, "Hasan", 3201234567890120], [2, "Husein", 3201234567890120]])
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.bad, len(result.set_aside)) == (2, [], 2)
    assert {m.nik for m in Member.select()} == {"3201234567890120"}


def test_a_nik_the_librarian_mended_stays_when_the_sheet_comes_again(lib, librarian, tmp_path):
    """The librarian asked the member and typed the last digit on the form: the same sheet imported again
    does not put Excel's 0 back."""
    path = _xlsx(tmp_path / "anggota.xlsx", [["No. Anggota", "Nama", "NIK"], ["A1", "Siti Aminah", 3201234567890120]])
    member_import.import_members(lib, librarian, path)
    siti = Member.get(Member.name == "Siti Aminah")
    Member.update(nik="3201234567890127").where(Member.id == siti.id).execute()
    again = member_import.import_members(lib, librarian, path)
    assert (again.update, again.unchanged) == (0, 1)
    assert Member.get_by_id(siti.id).nik == "3201234567890127"


def test_a_value_that_is_no_gender_is_kept_in_the_notes_and_said(lib, librarian, tmp_path):
    """A catalogue's columns under a member list's headers, saved by Excel as a web page (.xls): "Andrea
    Hirata" in the L/P column is no gender; it is kept as "L/P: Andrea Hirata" and named in the report."""
    path = tmp_path / "anggota.xls"
    path.write_text(
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n<table border="1">\n'
        '<tr><td colspan="4"><b>DAFTAR ANGGOTA</b></td></tr>\n'
        "<tr><th>No</th><th>Nama</th><th>L/P</th><th>Alamat</th></tr>\n"
        "<tr><td>1</td><td>Laskar Pelangi</td><td>Andrea Hirata</td><td>Bentang</td></tr>\n"
        "<tr><td>2</td><td>Budi Santoso</td><td>L</td><td>Sukamaju</td></tr>\n"
        "</table></body></html>", encoding="utf-8")
    result = member_import.import_members(lib, librarian, path)
    assert result.add == 2
    assert [(row.row, row.template, row.params) for row in result.set_aside] == [
        (3, member_values.NOT_A_GENDER, {"column": "L/P", "value": "Andrea Hirata"})]
    laskar, budi = Member.get(Member.name == "Laskar Pelangi"), Member.get(Member.name == "Budi Santoso")
    assert (laskar.gender, laskar.notes) == ("", "L/P: Andrea Hirata")
    assert (budi.gender, budi.notes) == ("M", "")


def test_a_notice_names_runs_of_rows_as_ranges_and_no_more_than_ten_of_them():
    assert sheets.row_list([2, 3, 4, 7, 9, 10]) == "2–4, 7, 9–10"
    assert sheets.row_list(list(range(2, 200, 2))) == "2, 4, 6, 8, 10, 12, 14, 16, 18, 20, …"


def test_translators_and_editors_columns_join_the_authors_in_their_roles(lib, librarian, tmp_path):
    """Many books in a village library are translations (a hadith collection, a children's classic): a sheet's
    "Penerjemah" and "Penyunting" columns were "not imported"; they come in after the authors, as translator and
    editor (a body in brackets stays a body), and go out again in our export's author cell."""
    path = tmp_path / "katalog.csv"
    path.write_text("Judul;Pengarang;Penerjemah;Penyunting;Jumlah\n"
                    "Riyadhus shalihin;Imam Nawawi;Achmad Sunarto;Tim Redaksi (badan);1\n"
                    "Pinokio;;Ali Audah;;1\n", encoding="utf-8")
    result = importer.import_file(lib, librarian, "csv", path)
    assert result.records_add == 2 and not [n for n in result.notices if "Penerjemah" in str(n.params)]
    hadith = json.loads(Record.get(Record.title == "Riyadhus shalihin").authors)
    assert [(a["name"], a["role"], a["kind"]) for a in hadith] == [
        ("Imam Nawawi", "primary", "person"), ("Achmad Sunarto", "translator", "person"),
        ("Tim Redaksi", "editor", "organisation")]
    assert [a["role"] for a in json.loads(Record.get(Record.title == "Pinokio").authors)] == ["translator"]
    assert sheet_headers.guess_mapping(["Alih Bahasa", "Disunting oleh"]) == {"Alih Bahasa": "translators",
                                                                             "Disunting oleh": "editors"}
    assert importer.import_file(lib, librarian, "csv", path).records_add == 0  # (the same sheet again: no twins)


def test_numbered_columns_of_authors_and_subjects_are_each_one_more(lib, librarian, tmp_path):
    """"Pengarang 1", "Pengarang 2", "Subjek 1", "Subjek 2": every one was a column not imported (the first author
    too) until mapped by hand; numbered, each is one more author or subject. Two differently named columns are
    still not joined by a guess ("Pengarang" beside "Pengarang Utama" may name one person twice)."""
    assert sheet_headers.guess_mapping(["Judul", "Pengarang", "Pengarang ke-2", "Subjek 1", "Subjek 2", "Rak 2"]) == {
        "Judul": "title", "Pengarang": "authors", "Pengarang ke-2": "authors", "Subjek 1": "subjects",
        "Subjek 2": "subjects"}
    assert sheet_headers.guess_mapping(["Judul", "Pengarang", "Pengarang Utama"]) == {"Judul": "title",
                                                                                   "Pengarang": "authors"}
    path = tmp_path / "katalog.csv"
    path.write_text("Judul;Pengarang 1;Pengarang 2;Subjek 1;Subjek 2;Jumlah\n"
                    "Pertanian organik;Budi Santoso;Siti Aminah;Pertanian;Pupuk;1\n"
                    "Sejarah desa;Ahmad Yani;;Sejarah;;2\n", encoding="utf-8")
    result = importer.import_file(lib, librarian, "csv", path)
    assert (result.records_add, result.items_add) == (2, 3) and not [n for n in result.notices if "Pengarang" in
                                                                    str(n.params)]
    farming = Record.get(Record.title == "Pertanian organik")
    assert [(a["name"], a["role"]) for a in json.loads(farming.authors)] == [("Budi Santoso", "primary"),
                                                                            ("Siti Aminah", "additional")]
    assert json.loads(farming.subjects) == ["Pertanian", "Pupuk"]
    assert json.loads(Record.get(Record.title == "Sejarah desa").subjects) == ["Sejarah"]
