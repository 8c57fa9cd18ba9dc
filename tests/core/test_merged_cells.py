"""Cells merged down in sheets kept by hand: a title over its copies' rows, an author or a year over several
books, a "Kelas" or a "Sumber" over a block of rows, an address over a family. Excel keeps the value in the
merge's first row only; every row under it is read with it (``merged_cells``), in an xlsx, an Excel
97-2003 xls and a web page's table saved as .xls (rowspan). The header's rows read as they always have."""

from __future__ import annotations

import json

import xlwt
from openpyxl import Workbook

from pustaka_desktop.core.interop import importer, member_import, merged_cells, sheets
from pustaka_desktop.core.store.models import Item, Member, Record


def _sheet(rows, merges):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    for merge in merges:
        book.active.merge_cells(merge)
    return book


def _names(record):
    return [author["name"] for author in json.loads(record.authors)]


def _notices(result, template):
    return [notice.params for notice in result.notices if notice.template == template]


def _copies(title):
    record = Record.get(Record.title == title)
    return sorted((c.accession_no, c.source, c.source_detail, c.location, c.condition_note, c.price)
                  for c in record.items)


# A buku induk: a heading merged over two header rows ("No", "No Induk", "Judul", ... merged down, "Penerbitan"
# across Penerbit | Tahun); the title and the author merged down over a book's copies, the author also over
# two books of his; the class and the shelf over a block; "Sumber" merged across "Sumber" and "Ket" and down
# over a grant's books and the rows kept for the books to come.
_HEADER = [["BUKU INDUK PERPUSTAKAAN DESA SUKAMAJU"], [],
           ["No", "No Induk", "Judul", "Pengarang", "Penerbitan", None, "Kelas", "Rak", "Sumber", "Ket", "Harga"],
           [None, None, None, None, "Penerbit", "Tahun"]]
_BOOKS = [[1, "001", "Laskar Pelangi", "Andrea Hirata", "Bentang", 2008, "899.221", "R1", "Bantuan Perpusnas 2019",
           None, 85000],
          [2, "002", None, None, None, None, None, None, None, None, 85000],
          [3, "003", None, None, None, None, None, None, None, None, 80000],
          [4, "004", "Sang Pemimpi", None, "Bentang", 2006, None, None, None, None, 70000],
          [5, "005", "Budidaya Lele", "Heru Susanto", "Penebar Swadaya", 2015, "639.3", "R2", None, None, 45000],
          [], []]  # (the rows kept for the books to come)
_MERGES = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:G4", "H3:H4", "I3:I4", "J3:J4", "K3:K4",
           "C5:C7", "D5:D8", "G5:G8", "H5:H8", "I5:J11"]


def test_a_buku_induk_s_cells_merged_down_are_every_row_s(lib, librarian, tmp_path):
    path = tmp_path / "buku-induk.xlsx"
    _sheet(_HEADER + _BOOKS, _MERGES).save(path)
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.bad, result.records_add, result.items_add) == ([], 3, 5)
    laskar = Record.get(Record.title == "Laskar Pelangi")  # one book of three copies, not three books
    assert (laskar.publisher, laskar.year, laskar.ddc, _names(laskar)) == (
        "Bentang", 2008, "899.221", ["Andrea Hirata"])
    grant = ("grant", "Bantuan Perpusnas 2019")
    assert _copies("Laskar Pelangi") == [("001", *grant, "R1", "", 85000), ("002", *grant, "R1", "", 85000),
                                         ("003", *grant, "R1", "", 80000)]  # (not in "Ket")
    pemimpi = Record.get(Record.title == "Sang Pemimpi")  # the author and the class merged over it too
    assert (_names(pemimpi), pemimpi.year, pemimpi.ddc) == (
        ["Andrea Hirata"], 2006, "899.221")
    assert _copies("Sang Pemimpi") == [("004", *grant, "R1", "", 70000)]
    assert _copies("Budidaya Lele") == [("005", *grant, "R2", "", 45000)]  # (the rows under it: no books)


def test_a_heading_merged_across_and_down_over_two_header_rows_still_names_the_columns(lib, librarian, tmp_path):
    path = tmp_path / "buku-induk.xlsx"
    _sheet(_HEADER + _BOOKS, _MERGES).save(path)
    every = sheets.every_sheet(path)  # (the workbook stays open while it is read)
    rows = sheets.header(next(every)[1])
    assert rows[:2] == (4, ["No", "No Induk", "Judul", "Pengarang", "Penerbit", "Tahun", "Kelas", "Rak", "Sumber",
                            "Ket", "Harga"])
    assert [values[:10] for values in list(rows[2])[:2]] == [
        [1, "001", "Laskar Pelangi", "Andrea Hirata", "Bentang", 2008, "899.221", "R1", "Bantuan Perpusnas 2019", None],
        [2, "002", "Laskar Pelangi", "Andrea Hirata", None, None, "899.221", "R1", "Bantuan Perpusnas 2019", None]]


def test_an_accession_number_merged_over_copies_stays_with_the_first_and_is_said(lib, librarian, tmp_path):
    """A number names one copy: filled into the rows under it, three copies would share one accession number."""
    path = tmp_path / "induk.xlsx"
    _sheet([["No. Induk", "Judul", "Pengarang", "Harga"], ["010/PD", "Laskar Pelangi", "Andrea Hirata", 85000],
            [None, None, None, 85000], [None, None, None, 80000]], ["A2:A4", "B2:B4", "C2:C4"]).save(path)
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.bad, result.records_add, result.items_add) == ([], 1, 3)
    copies = Record.get().items
    assert sorted((c.accession_no, c.price) for c in copies) == [("", 80000), ("", 85000), ("010/PD", 85000)]
    assert len({c.barcode for c in copies}) == 3
    assert _notices(result, merged_cells.NUMBER_MERGED) == [{"column": "No. Induk", "rows": "3–4"}]


def test_a_member_list_s_address_merged_over_a_family_is_every_member_s(lib, librarian, tmp_path):
    path = tmp_path / "anggota.xlsx"
    _sheet([["DAFTAR ANGGOTA PERPUSTAKAAN DESA SUKAMAJU"], [],
            ["No", "No. Anggota", "Nama", "L/P", "Alamat", "RT/RW", "Dusun", "No. KK"],
            [1, "A-01", "Asep Saepudin", "L", "Jl. Raya Sukamaju 12", "001/002", "Cibodas", "3202011234560001"],
            [2, None, "Siti Aminah", "P", None, None, None, None],
            [3, None, "Dede Kurnia", "L", None, None, None, None],
            [4, "A-04", "Budi Santoso", "L", "Kp. Babakan", "003/001", None, None],
            [5, "A-05", "Euis Rahmawati", "P", "Kp. Pasir", "003/001", None, None]],
           ["B4:B6", "E4:E6", "F4:F6", "G4:G8", "H4:H6", "F7:F8"]).save(path)
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.bad) == (5, [])
    got = {m.name: (m.address, m.notes) for m in Member.select()}
    family = ("Jl. Raya Sukamaju 12, RT/RW 001/002, Cibodas", "No. KK: 3202011234560001")
    assert got == {"Asep Saepudin": family, "Siti Aminah": family, "Dede Kurnia": family,
                   "Budi Santoso": ("Kp. Babakan, RT/RW 003/001, Cibodas", ""),
                   "Euis Rahmawati": ("Kp. Pasir, RT/RW 003/001, Cibodas", "")}
    assert Member.get(Member.name == "Asep Saepudin").number == "A-01"  # the card number is the first one's
    assert len({m.number for m in Member.select()}) == 5
    assert _notices(result, merged_cells.NUMBER_MERGED) == [{"column": "No. Anggota", "rows": "5–6"}]


def test_an_excel_97_2003_buku_induk_s_merged_cells_are_every_row_s(lib, librarian, tmp_path):
    book = xlwt.Workbook()
    sheet = book.add_sheet("2019")
    for column, name in enumerate(["No Induk", "Judul", "Pengarang", "Sumber", "Harga"]):
        sheet.write(0, column, name)
    sheet.write_merge(1, 2, 1, 1, "Laskar Pelangi")
    sheet.write_merge(1, 3, 2, 2, "Andrea Hirata")
    sheet.write_merge(1, 3, 3, 3, "Bantuan Perpusnas 2019")
    sheet.write(3, 1, "Sang Pemimpi")
    for row, (number, price) in enumerate([("001", 85000), ("002", 80000), ("003", 70000)], 1):
        sheet.write(row, 0, number)
        sheet.write(row, 4, price)
    book.save(str(tmp_path / "induk.xls"))
    result = importer.import_file(lib, librarian, "xlsx", tmp_path / "induk.xls")
    assert (result.bad, result.records_add, result.items_add) == ([], 2, 3)
    grant = ("grant", "Bantuan Perpusnas 2019")
    assert _copies("Laskar Pelangi") == [("001", *grant, "", "", 85000), ("002", *grant, "", "", 80000)]
    assert _copies("Sang Pemimpi") == [("003", *grant, "", "", 70000)]
    assert _names(Record.get(Record.title == "Sang Pemimpi")) == ["Andrea Hirata"]


_WEB_PAGE = """<html><body><table border="1">
<tr><th rowspan="2">No</th><th rowspan="2">Judul</th><th rowspan="2">Pengarang</th><th colspan="2">Penerbitan</th>
<th rowspan="2">Sumber</th><th rowspan="2">Harga</th></tr>
<tr><th>Penerbit</th><th>Tahun</th></tr>
<tr><td>1</td><td rowspan="2">Laskar Pelangi</td><td rowspan="3">Andrea Hirata</td><td rowspan="2">Bentang</td>
<td rowspan="2">2008</td><td rowspan="3">Bantuan Perpusnas 2019</td><td>85000</td></tr>
<tr><td>2</td><td>80000</td></tr>
<tr><td>3</td><td>Sang Pemimpi</td><td>Bentang</td><td>2006</td><td>70000</td></tr>
</table></body></html>"""


def test_a_web_page_s_cells_spanning_rows_are_every_row_s(lib, librarian, tmp_path):
    """A web app's "Excel" export (an HTML table named .xls): a cell spanning rows is in every row it spans,
    and the cells beside it stay in their columns."""
    path = tmp_path / "katalog.xls"
    path.write_text(_WEB_PAGE, encoding="utf-8")
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.bad, result.records_add, result.items_add) == ([], 2, 3)
    laskar = Record.get(Record.title == "Laskar Pelangi")
    assert (laskar.publisher, laskar.year) == ("Bentang", 2008)
    grant = ("grant", "Bantuan Perpusnas 2019")
    assert _copies("Laskar Pelangi") == [("", *grant, "", "", 80000), ("", *grant, "", "", 85000)]
    pemimpi = Record.get(Record.title == "Sang Pemimpi")
    assert (_names(pemimpi), pemimpi.publisher, pemimpi.year) == (
        ["Andrea Hirata"], "Bentang", 2006)
    assert _copies("Sang Pemimpi") == [("", *grant, "", "", 70000)]


def test_a_member_list_saved_by_a_web_app_with_an_address_spanning_a_family(lib, librarian, tmp_path):
    path = tmp_path / "anggota.xls"
    path.write_text("""<table><tr><th>No</th><th>Nama</th><th>Alamat</th><th>No HP</th></tr>
<tr><td>1</td><td>Asep Saepudin</td><td rowspan="2">Kp. Cibodas RT 01</td><td>081234567890</td></tr>
<tr><td>2</td><td>Siti Aminah</td><td>081322223333</td></tr></table>""", encoding="utf-8")
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.bad) == (2, [])
    assert sorted((m.name, m.address, m.phone) for m in Member.select()) == [
        ("Asep Saepudin", "Kp. Cibodas RT 01", "081234567890"), ("Siti Aminah", "Kp. Cibodas RT 01", "081322223333")]


def test_each_sheet_of_a_workbook_has_its_own_merges(lib, librarian, tmp_path):
    """A buku induk of a sheet a year: each sheet's merges are found by its name (the workbook's list of
    sheets and where each is in the file), not taken from another sheet."""
    book = Workbook()
    for name, rows, merges in (("2019", [["001", "Laskar Pelangi", "Hibah Desa"], ["002"]], ["B2:B3", "C2:C3"]),
                               ("2020", [["003", "Budidaya Lele", "Beli"], ["004", "Sang Pemimpi"]], [])):
        sheet = book.create_sheet(name)
        sheet.append(["No Induk", "Judul", "Sumber"])
        for row in rows:
            sheet.append(row)
        for merge in merges:
            sheet.merge_cells(merge)
    book.remove(book["Sheet"])
    book.move_sheet("2020", offset=-1)  # (the sheet read second is first in the zip)
    book.save(tmp_path / "induk.xlsx")
    result = importer.import_file(lib, librarian, "xlsx", tmp_path / "induk.xlsx")
    assert (result.bad, result.records_add, result.items_add) == ([], 3, 4)
    assert sorted((c.accession_no, c.record.title, c.source_detail) for c in Item.select()) == [
        ("001", "Laskar Pelangi", "Hibah Desa"), ("002", "Laskar Pelangi", "Hibah Desa"),
        ("003", "Budidaya Lele", ""), ("004", "Sang Pemimpi", "")]
