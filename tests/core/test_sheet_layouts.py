"""Sheets laid out the way village librarians keep them by hand: a totals row, a signature block under
the table, ditto marks, an identity block above the header, a header split over two rows, a cover sheet
first, a web page's table saved as .xls. The catalogue import and the member import read them the one
way (``sheets.header``, ``sheets.table_rows``)."""

from __future__ import annotations

import zipfile
from datetime import datetime

import pytest
import xlwt
from openpyxl import Workbook

from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import importer, member_import, sheets, spreadsheet
from pustaka_desktop.core.store.models import Item, Member, Record


def _xlsx(path, rows, sheet_name=None):
    book = Workbook()
    if sheet_name:
        book.active.title = sheet_name
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _csv_id_locale(path, lines):
    """What Excel with Indonesian regional settings writes as CSV: ';', Windows-1252, CR LF."""
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def _copies():
    return sorted((item.record.title, item.accession_no or "", item.price) for item in Item.select())


def _notices(result, template):
    return [notice.params for notice in result.notices if notice.template == template]


# --- totals rows ------------------------------------------------------------------------------------


def test_a_totals_row_with_its_sums_is_no_copy_of_the_last_book(lib, librarian, tmp_path):
    """``JUMLAH`` in the No column and the sums Excel saved with its =SUM cells: the last book used to get
    two more copies at 144000."""
    path = _xlsx(tmp_path / "buku-induk.xlsx", [
        ["BUKU INDUK PERPUSTAKAAN DESA SUKAMAJU"], ["TAHUN 2021"], [],
        ["No", "Tgl Terima", "No Induk", "Pengarang", "Judul", "Penerbit", "Tahun", "Asal", "Harga", "Jml"],
        [1, datetime(2021, 3, 12), "001", "Andrea Hirata", "Laskar Pelangi", "Bentang", 2008, "Beli", 79000, 1],
        [2, datetime(2021, 3, 12), "002", "Tere Liye", "Hafalan Shalat Delisa", "Republika", 2011, "Beli", 65000, 1],
        ["JUMLAH", None, None, None, None, None, None, None, 144000, 2]])  # (=SUM(I5:I6), =SUM(J5:J6) as saved)
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert _copies() == [("Hafalan Shalat Delisa", "002", 65000), ("Laskar Pelangi", "001", 79000)]
    assert result.bad == []
    assert _notices(result, sheets.TOTALS) == [{"rows": "7", "text": "JUMLAH"}]


def test_a_totals_row_of_an_indonesian_csv_is_no_copy(lib, librarian, tmp_path):
    path = _csv_id_locale(tmp_path / "buku.csv", [
        "BUKU INDUK PERPUSTAKAAN DESA SUKAMAJU;;;;;", ";;;;;",
        "No;No Induk;Pengarang;Judul;Penerbit;Harga",
        "1;001;Pramoedya Ananta Toer;Bumi Manusia;Lentera Dipantara;95.000",
        "2;002;Andrea Hirata;Laskar Pelangi;Bentang;Rp 79.000", ";;;;;",
        "Jumlah;;;;;174.000"])
    result = importer.import_file(lib, librarian, "csv", path)
    assert _copies() == [("Bumi Manusia", "001", 95000), ("Laskar Pelangi", "002", 79000)]
    assert _notices(result, sheets.TOTALS) == [{"rows": "7", "text": "Jumlah"}]


def test_jumlah_in_the_title_column_is_no_book(lib, librarian, tmp_path):
    """A totals label stands with sums only: a title beginning with "Jumlah" with its author beside it is a book."""
    path = _xlsx(tmp_path / "buku.xlsx", [
        ["No", "Judul", "Pengarang", "Eks", "Harga"],
        [1, "Laskar Pelangi", "Andrea Hirata", 2, 79000],
        [2, "Negeri 5 Menara", "A. Fuadi", 3, 70000],
        [None, "Jumlah dan Bilangan", "Tim Guru", 1, 25000],
        [None, "Jumlah", None, 6, 174000]])
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert sorted(r.title for r in Record.select()) == ["Jumlah dan Bilangan", "Laskar Pelangi", "Negeri 5 Menara"]
    assert Item.select().count() == 6
    assert _notices(result, sheets.TOTALS) == [{"rows": "5", "text": "Jumlah"}]


def test_a_form_s_totals_row_is_not_a_refused_book(lib, librarian, tmp_path):
    """A buku induk form: title rows, a header merged over two rows, column numbers, and "JUMLAH" merged
    across with sums Excel did not save: every book came in, so no row is refused."""
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "BUKU INDUK PERPUSTAKAAN DESA SUKAMAJU"
    sheet.merge_cells("A1:H1")
    for column, name in enumerate(["No", "No Induk", "Nama Pengarang", "Judul Buku", "Penerbitan", None, "Harga",
                                   "Eks"], 1):
        sheet.cell(3, column, name)
    sheet.cell(4, 5, "Kota Terbit")
    sheet.cell(4, 6, "Penerbit")
    sheet.merge_cells("E3:F3")
    for column in range(1, 9):
        sheet.cell(5, column, column)
    for row, values in enumerate([[1, "001/PDS/2021", "Andrea Hirata", "Laskar Pelangi", "Yogyakarta", "Bentang",
                                   79000, 1]], 6):
        for column, value in enumerate(values, 1):
            sheet.cell(row, column, value)
    sheet.cell(7, 1, "JUMLAH")
    sheet.merge_cells("A7:F7")
    sheet.cell(7, 7, "=SUM(G6:G6)")
    book.save(tmp_path / "form.xlsx")
    result = importer.import_file(lib, librarian, "xlsx", tmp_path / "form.xlsx")
    assert [r.title for r in Record.select()] == ["Laskar Pelangi"]
    assert (result.bad, result.rows) == ([], 1)


def test_a_buku_induk_xls_a_sheet_a_year_with_totals_and_a_summary_refuses_no_row(lib, librarian, tmp_path):
    book = xlwt.Workbook()
    for year, (accession, title) in (("2020", ("001", "Laskar Pelangi")), ("2021", ("002", "Negeri 5 Menara"))):
        sheet = book.add_sheet(year)
        sheet.write(0, 0, f"BUKU INDUK TAHUN {year}")
        for column, name in enumerate(["No", "No Induk", "Judul Buku", "Harga"]):
            sheet.write(2, column, name)
        for column, value in enumerate([1, accession, title, 70000]):
            sheet.write(3, column, value)
        sheet.write(4, 0, "Jumlah")
        sheet.write(4, 3, xlwt.Formula("SUM(D4:D4)"))
    summary = book.add_sheet("Rekap")
    summary.write(0, 0, "Tahun")
    summary.write(0, 1, "Jumlah Judul")
    summary.write(1, 0, 2020)
    summary.write(1, 1, 1)
    book.save(str(tmp_path / "buku-induk.xls"))
    result = importer.import_file(lib, librarian, "xlsx", tmp_path / "buku-induk.xls")
    assert sorted(r.title for r in Record.select()) == ["Laskar Pelangi", "Negeri 5 Menara"]
    assert result.bad == []
    assert [notice.line() for notice in result.notices] == [
        'Sheet 2020: Totals ("Jumlah") left out, not data: row 5.',
        'Sheet 2021: Totals ("Jumlah") left out, not data: row 5.',
        "Sheet Rekap: Not read: none of its columns holds titles."]


def test_the_member_count_under_a_member_list_is_no_member_without_a_name(lib, librarian, tmp_path):
    path = _xlsx(tmp_path / "anggota.xlsx", [
        ["DAFTAR ANGGOTA PERPUSTAKAAN DESA SUKAMAJU"], [],
        ["No", "Nama", "L/P", "Alamat"],
        [1, "Siti Aminah", "P", "Kp. Cibodas"], [2, "Budi Santoso", "L", "Kp. Cibodas"],
        ["Jumlah anggota: 2"]])
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.bad) == (2, [])
    assert _notices(result, sheets.TOTALS) == [{"rows": "6", "text": "Jumlah anggota: 2"}]


# --- the signature block under the table ------------------------------------------------------------


def test_the_signature_block_under_a_buku_induk_is_no_copy(lib, librarian, tmp_path):
    path = _xlsx(tmp_path / "buku.xlsx", [
        ["BUKU INDUK PERPUSTAKAAN DESA SUKAMAJU"], [],
        ["No", "Tgl Terima", "No Induk", "Judul", "Pengarang", "Penerbit", "Tahun", "Asal", "Harga", "Ket"],
        [1, datetime(2021, 3, 12), "001", "Laskar Pelangi", "Andrea Hirata", "Bentang", 2008, "Beli", 79000, None],
        [2, datetime(2021, 3, 12), "002", "Negeri 5 Menara", "A. Fuadi", "Gramedia", 2009, "Hibah", 70000, None],
        [],
        [None, None, None, None, None, None, None, "Sukamaju, 31 Desember 2021"],
        [None, "Mengetahui,", None, None, None, None, None, "Pustakawan"],
        [None, "Kepala Desa Sukamaju"], [], [],
        [None, "(H. Asep Saepudin)", None, None, None, None, None, "(Siti Aminah)"]])
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert _copies() == [("Laskar Pelangi", "001", 79000), ("Negeri 5 Menara", "002", 70000)]
    assert _notices(result, sheets.SIGNATURES) == [{"rows": "7–9, 12", "text": "Sukamaju, 31 Desember 2021"}]


def test_a_signature_block_in_the_title_column_is_no_book(lib, librarian, tmp_path):
    path = _xlsx(tmp_path / "buku.xlsx", [
        ["No", "Judul", "Pengarang", "Tahun", "Ket"],
        [1, "Laskar Pelangi", "Andrea Hirata", 2008, None], [2, "Negeri 5 Menara", "A. Fuadi", 2009, None], [],
        [None, "Mengetahui,", None, "Sukamaju, 31 Desember 2021"], [None, "Kepala Desa Sukamaju", None, "Pustakawan"],
        [], [], [None, "(H. Asep Saepudin)", None, "(Siti Aminah)"]])
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert sorted(r.title for r in Record.select()) == ["Laskar Pelangi", "Negeri 5 Menara"]
    assert _notices(result, sheets.SIGNATURES) == [{"rows": "5–6, 9", "text": "Mengetahui,"}]


def test_the_signature_block_under_a_member_list_is_no_member(lib, librarian, tmp_path):
    path = _xlsx(tmp_path / "anggota.xlsx", [
        ["DAFTAR ANGGOTA PERPUSTAKAAN DESA SUKAMAJU"], [],
        ["No", "Nama", "L/P", "Alamat", "No HP", "Pekerjaan"],
        [1, "Siti Aminah", "P", "Kp. Cibodas", "081234567890", "IRT"],
        [2, "Budi Santoso", "L", "Kp. Cibodas", "081322223333", "Petani"], [],
        [None, "Mengetahui,", None, None, "Sukamaju, 31 Desember 2023"],
        [None, "Kepala Desa Sukamaju", None, None, "Pustakawan"], [], [],
        [None, "(H. Asep Saepudin)", None, None, "(Siti Aminah)"]])
    result = member_import.import_members(lib, librarian, path)
    assert sorted(m.name for m in Member.select()) == ["Budi Santoso", "Siti Aminah"]
    assert (result.bad, result.set_aside) == ([], [])
    assert _notices(result, sheets.SIGNATURES) == [{"rows": "7–8, 11", "text": "Mengetahui,"}]


def test_rows_like_a_signature_block_with_data_after_them_are_read_and_said(lib, librarian, tmp_path):
    """When unsure, read rather than drop: signature-like rows with a book after them are books, and the
    notice names them for the librarian to check."""
    path = _xlsx(tmp_path / "buku.xlsx", [
        ["No", "Judul", "Pengarang", "Tahun"],
        [1, "Laskar Pelangi", "Andrea Hirata", 2008],
        [None, "Mengetahui,", "Pustakawan"],
        [2, "Negeri 5 Menara", "A. Fuadi", 2009]])
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert sorted(r.title for r in Record.select()) == ["Laskar Pelangi", "Mengetahui,", "Negeri 5 Menara"]
    assert _notices(result, sheets.SIGNATURES_KEPT) == [{"rows": "3", "text": "Mengetahui,"}]


def test_a_last_member_with_a_place_and_date_of_birth_only_is_a_member(lib, librarian, tmp_path):
    """A place and a date alone do not make a signature block: nobody is named as signing."""
    path = _xlsx(tmp_path / "anggota.xlsx", [
        ["No", "Nama", "Tempat, Tgl Lahir", "Alamat"],
        [1, "Siti Aminah", "Bandung, 12-03-1990", "Kp. Cibodas"],
        [None, "Budi Santoso", "Sukabumi, 3 Maret 1985"]])
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.notices) == (2, [])


# --- ditto marks ----------------------------------------------------------------------------------


def test_ditto_marks_take_the_value_of_the_row_above_as_merged_cells_do(lib, librarian, tmp_path):
    book = Workbook()
    sheet = book.active
    for row in [["No", "No Induk", "Judul", "Pengarang", "Penerbit", "Tahun", "Harga"],
                [1, "001", "Laskar Pelangi", "Andrea Hirata", "Bentang", 2008, 79000],
                [2, "002", None, None, None, None, 79000],
                [3, "004", "Negeri 5 Menara", "A. Fuadi", "Gramedia", 2009, 70000],
                [4, "005", "sda", "sda", "sda", "sda", 70000],
                [5, "006", '"', '"', '"', '"', 70000],
                [6, "007", "idem", "idem", "idem", "idem", 70000],
                [7, "008", "s.d.a.", "s.d.a.", "s.d.a.", "s.d.a.", 70000],
                [8, "009", "〃", "〃", "〃", "〃", 70000],
                [9, "010", "-ditto-", "-ditto-", "-ditto-", "-ditto-", 70000]]:
        sheet.append(row)
    sheet.merge_cells("C2:C3")
    book.save(tmp_path / "buku.xlsx")
    result = importer.import_file(lib, librarian, "xlsx", tmp_path / "buku.xlsx")
    assert sorted(r.title for r in Record.select()) == ["Laskar Pelangi", "Negeri 5 Menara"]
    record = Record.get(Record.title == "Negeri 5 Menara")
    assert (record.publisher, record.year, Item.select().where(Item.record == record).count()) == ("Gramedia", 2009, 7)
    assert _notices(result, sheets.DITTOS) == [{"rows": "5–10"}]


# --- where the header is --------------------------------------------------------------------------


def test_an_identity_block_of_label_colon_value_lines_above_the_header_is_passed_over(lib, librarian, tmp_path):
    path = _xlsx(tmp_path / "buku.xlsx", [
        ["BUKU INDUK"], ["Nama Perpustakaan", ":", "Perpustakaan Desa Sukamaju"],
        ["Alamat", ":", "Jl. Raya Sukamaju No. 1"], ["Kecamatan", ":", "Cibadak"], [],
        ["No", "Judul", "Pengarang", "Penerbit", "Tahun", "Eks"],
        [1, "Laskar Pelangi", "Andrea Hirata", "Bentang", 2008, 2], [2, "Negeri 5 Menara", "A. Fuadi", "Gramedia", 2009, 1]])
    importer.import_file(lib, librarian, "xlsx", path)
    assert sorted(r.title for r in Record.select()) == ["Laskar Pelangi", "Negeri 5 Menara"]


def test_an_identity_block_in_a_csv_is_passed_over(lib, librarian, tmp_path):
    """(Its first book has words only, as a header's second row would: it is not taken for one.)"""
    path = _csv_id_locale(tmp_path / "buku.csv", [
        "BUKU INDUK;;;;", "Nama Perpustakaan;:;Perpustakaan Desa Sukamaju;;", "Alamat;:;Jl. Raya Sukamaju No. 1;;",
        "Kecamatan;:;Cibadak;;", ";;;;", "Judul;Pengarang;Penerbit;Tahun;Keterangan",
        "Bumi Manusia;Toer, Pramoedya Ananta;Hasta Mitra;c1980;sampul rusak"])
    importer.import_file(lib, librarian, "csv", path)
    assert [(r.title, r.publisher) for r in Record.select()] == [("Bumi Manusia", "Hasta Mitra")]


def test_a_member_list_under_an_identity_block_is_read(lib, librarian, tmp_path):
    path = _xlsx(tmp_path / "anggota.xlsx", [
        ["DAFTAR ANGGOTA"], ["Perpustakaan", ":", "Desa Sukamaju"], ["Tahun", ":", 2023], [],
        ["No", "Nama", "L/P", "Alamat", "No HP"],
        [1, "Siti Aminah", "P", "Kp. Cibodas", "081234567890"], [2, "Budi Santoso", "L", "Kp. Cibodas", "081322223333"]])
    assert member_import.import_members(lib, librarian, path).add == 2


def test_a_workbook_without_a_name_column_is_said_to_lack_one_not_to_be_no_text(lib, librarian, tmp_path):
    path = _xlsx(tmp_path / "sampul.xlsx", [["BUKU INDUK"], ["Kepala Desa", "Pustakawan"]])
    with pytest.raises(ValidationError) as refused:
        member_import.import_members(lib, librarian, path)
    assert refused.value.template == member_import.NO_NAME_COLUMN


def test_column_numbers_in_brackets_under_the_header_are_no_book(lib, librarian, tmp_path):
    path = _xlsx(tmp_path / "buku.xlsx", [
        ["BUKU INDUK PERPUSTAKAAN DESA SUKAMAJU"], [],
        ["No", "No Induk", "Judul Buku", "Pengarang", "Penerbit", "Tahun", "Ket"],
        [f"({n})" for n in range(1, 8)],
        [1, "001", "Laskar Pelangi", "Andrea Hirata", "Bentang", 2008, None]])
    importer.import_file(lib, librarian, "xlsx", path)
    assert [r.title for r in Record.select()] == ["Laskar Pelangi"]


def test_header_words_split_over_two_rows_are_joined(lib, librarian, tmp_path):
    """"Nomor" over "Induk", "Judul" over "Buku", no merged cells: one header of the words together."""
    path = _xlsx(tmp_path / "buku.xlsx", [
        ["BUKU INDUK PERPUSTAKAAN DESA SUKAMAJU"], [],
        ["No", "Tanggal", "Nomor", "Judul", "Nama", "Tahun", "Asal", "Harga"],
        [None, "Terima", "Induk", "Buku", "Pengarang", "Terbit", "Buku", "(Rp)"],
        [1, datetime(2021, 3, 12), "001", "Laskar Pelangi", "Andrea Hirata", 2008, "Beli", 79000]])
    result = importer.import_file(lib, librarian, "xlsx", path)
    record = Record.get()
    assert (record.title, record.year) == ("Laskar Pelangi", 2008) and "Andrea Hirata" in record.authors
    assert _copies() == [("Laskar Pelangi", "001", 79000)]
    assert (result.rows, result.notices) == (1, [])


# --- which sheet ----------------------------------------------------------------------------------


@pytest.mark.parametrize("first", ["Sampul", "Rekap"])
def test_the_catalogue_after_a_cover_or_summary_sheet_is_found(lib, librarian, tmp_path, first):
    book = Workbook()
    book.active.title = first
    if first == "Sampul":
        book.active["B3"] = "BUKU INDUK"
        book.active["B7"] = "Kepala Desa"
        book.active["D7"] = "Pustakawan"
    else:
        for row in [["REKAPITULASI KOLEKSI"], ["Tahun", "Jumlah Judul", "Jumlah Eksemplar"], [2021, 2, 2]]:
            book.active.append(row)
    catalogue = book.create_sheet("2021")
    for row in [["No", "No Induk", "Judul", "Pengarang"], [1, "001", "Laskar Pelangi", "Andrea Hirata"]]:
        catalogue.append(row)
    book.save(tmp_path / "buku.xlsx")
    assert spreadsheet.preview(tmp_path / "buku.xlsx").headers == ["No", "No Induk", "Judul", "Pengarang"]
    result = importer.import_file(lib, librarian, "xlsx", tmp_path / "buku.xlsx")
    assert [r.title for r in Record.select()] == ["Laskar Pelangi"]
    assert ([notice.line() for notice in result.notices], result.bad) == (
        [f"Sheet {first}: Not read: none of its columns holds titles."], [])


# --- the kind of file -----------------------------------------------------------------------------

_WEB_EXPORT = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>td {{ mso-number-format: "@"; }}</style>
</head><body>
<table border="1">
<tr><td colspan="5"><b>{title}</b></td></tr>
<tr><th>No</th>{headers}</tr>
{rows}
</table></body></html>"""


def _web_export(path, title, headers, rows):
    """A web app's "Excel" export: an HTML table in a file named .xls."""
    path.write_text(_WEB_EXPORT.format(
        title=title, headers="".join(f"<th>{h}</th>" for h in headers),
        rows="\n".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in rows)), encoding="utf-8")
    return path


def test_a_web_page_s_table_saved_as_xls_is_read(lib, librarian, tmp_path):
    path = _web_export(tmp_path / "katalog.xls", "DAFTAR BUKU", ["Judul", "Pengarang", "Penerbit", "Tahun"],
                       [[1, "Laskar Pelangi", "Andrea Hirata", "Bentang", 2008],
                        [2, "Negeri 5 Menara &amp; Ranah 3 Warna", "A. Fuadi", "Gramedia", 2009]])
    assert sheets.kind_of(path) == "html"
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.bad, sorted(r.title for r in Record.select())) == (
        [], ["Laskar Pelangi", "Negeri 5 Menara & Ranah 3 Warna"])


def test_a_member_list_saved_by_a_web_app_as_xls_is_read(lib, librarian, tmp_path):
    path = _web_export(tmp_path / "anggota.xls", "DAFTAR ANGGOTA", ["Nama", "L/P", "Alamat", "No HP"],
                       [[1, "Siti Aminah", "P", "Kp. Cibodas", "081234567890"]])
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.bad) == (1, [])
    assert Member.get().address == "Kp. Cibodas"


def test_an_ods_file_is_refused_with_what_to_do(lib, librarian, tmp_path):
    path = tmp_path / "buku.ods"
    with zipfile.ZipFile(path, "w") as ods:
        ods.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        ods.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(ValidationError) as refused:
        list(spreadsheet.read(path))
    assert "OpenDocument" in refused.value.template and refused.value.params == {"path": "buku.ods"}


def test_a_csv_named_xlsx_and_an_xlsx_named_xls_are_read_as_what_they_are(lib, librarian, tmp_path):
    _csv_id_locale(tmp_path / "buku.xlsx", ["Judul;Pengarang", "Laskar Pelangi;Andrea Hirata"])
    _xlsx(tmp_path / "lama.xls", [["Judul", "Pengarang"], ["Bumi Manusia", "Pramoedya Ananta Toer"]])
    for name in ("buku.xlsx", "lama.xls"):
        assert importer.import_file(lib, librarian, "xlsx", tmp_path / name).bad == []
    assert sorted(r.title for r in Record.select()) == ["Bumi Manusia", "Laskar Pelangi"]
