"""What the import wizard promises of a buku induk kept in Excel is what lands in the catalogue. A hand-kept
sheet: a title block, a header merged over two rows ("Penerbitan" over "Penerbit | Tahun"), column numbers,
text dates, prices "Rp 45.000,-", ISBNs typed as numbers, a "Jumlah" column, a totals row, a signature
block, rows hidden by hand and by a filter.

- Two columns given a field that takes one column (two "Judul") are refused, naming both: before, the last
  column's values came in and the first's were lost without a word. Two columns of authors (or subjects,
  remarks, notes) are joined: each a name of its own.
- Rows hidden in Excel come in (they are rows of the buku induk, not deleted books), and the check says how
  many and which: the librarian counts what Excel shows her.
- The preview's values are the catalogue's: an ISBN with hyphens as the ISBN kept; a value the import keeps
  for checking ("Maret 2015": the 1st taken) is one the import flags, and the other way round."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from openpyxl import Workbook

from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import importer, sheet_headers, spreadsheet
from pustaka_desktop.core.interop.catalogue_row import as_read, to_check
from pustaka_desktop.core.interop.types import clean
from pustaka_desktop.core.store.models import Item, Record

HEADERS = ["No", "No. Induk", "Tgl Terima", "Judul Buku", "Pengarang", "Penerbit", "Tahun", "ISBN", "Harga (Rp)",
           "Jumlah", "Asal Buku", "Keterangan"]
BOOKS = [
    [1, "001", datetime(2015, 3, 2), "Laskar Pelangi", "Andrea Hirata", "Bentang Pustaka", 2008, 9789793062792,
     "Rp 45.000,-", 1, "Beli", "Baik"],
    [2, "002", "Maret 2015", "Negeri 5 Menara", "A. Fuadi", "Gramedia", 2009, 9789792248616, 65000, 1,
     "Hibah Perpusnas", None],
    [3, "003", "12/04/2015", "Bumi Manusia", "Pramoedya Ananta Toer", "Hasta Mitra", "1980", "979-97312-3-2",
     "Rp. 80.000", 1, "Sumbangan", "Rusak ringan"],
    [4, "004", "5 Mei 2016", "Ronggeng Dukuh Paruk", "Ahmad Tohari", "Gramedia", 2003, 9789792201963, "45rb", "3 eks",
     "Beli", None],
    [5, "005", "2016", "Cara Beternak Ayam Kampung", "Tim Penebar Swadaya", "Penebar Swadaya", 2012, None,
     "Rp 25.000,-", 1, "Dana Desa", "Hilang"],
    [6, "006", "31-13-2016", "Budidaya Lele", "Dinas Perikanan", "Kanisius", 2010, None, "dua puluh ribu", 1, "Beli",
     None],
]
FIRST_BOOK_ROW = 7  # under the title block (2 rows and a blank), the header's two rows and the column numbers


def buku_induk(path, hide: tuple[int, ...] = (), books: list[list] | None = None, headers: list[str] | None = None):
    """A buku induk as kept in Excel; ``hide``: the sheet's rows hidden (by hand; a filter hides them so too)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Buku Induk"
    sheet.append(["BUKU INDUK PERPUSTAKAAN DESA SUKAMAJU"])
    sheet.merge_cells("A1:L1")
    sheet.append(["Kecamatan Cibadak, Kabupaten Sukabumi"])
    sheet.append([])
    names = headers or HEADERS
    sheet.append([*names[:5], "Penerbitan", None, *names[7:]])
    sheet.append([None] * 5 + names[5:7] + [None] * 5)
    sheet.merge_cells("F4:G4")
    for column in "ABCDEHIJKL":
        sheet.merge_cells(f"{column}4:{column}5")
    sheet.append([f"({n})" for n in range(1, 13)])
    for row in books or BOOKS:
        sheet.append(row)
    sheet.append(["JUMLAH", None, None, None, None, None, None, None, 295000, 8, None, None])
    sheet.append([])
    sheet.append([None] * 9 + ["Sukamaju, 31 Desember 2017"])
    sheet.append([None] * 9 + ["Kepala Perpustakaan"])
    sheet.append([None] * 9 + ["(Siti Aminah)"])
    for row in hide:
        sheet.row_dimensions[row].hidden = True
    sheet.auto_filter.ref = f"A6:L{FIRST_BOOK_ROW + len(books or BOOKS) - 1}"
    book.save(path)
    return path


def _wizard_mapping(path) -> dict[str, str]:
    """What the wizard passes when the librarian takes its guesses: every column named."""
    seen = spreadsheet.preview(path)
    return {header: seen.mapping.get(header, "") for header in seen.headers}


def test_two_columns_given_the_title_are_refused_naming_both_and_nothing_comes_in(lib, librarian, tmp_path):
    path = buku_induk(tmp_path / "buku_induk.xlsx")
    mapping = _wizard_mapping(path) | {"Penerbit": "title"}  # (chosen by a slip of the arrow key)
    with pytest.raises(ValidationError) as refused:
        importer.import_file(lib, librarian, "xlsx", path, mapping=mapping)
    assert refused.value.params == {"columns": "Judul Buku, Penerbit", "target": "title"}
    assert Record.select().count() == 0
    assert sheet_headers.clashes(mapping) == {"title": ["Judul Buku", "Penerbit"]}


def test_two_columns_of_authors_are_joined_each_a_name_of_its_own(lib, librarian, tmp_path):
    headers = [*HEADERS[:4], "Pengarang 1", "Pengarang 2", *HEADERS[6:]]
    books = [[1, "001", None, "Ensiklopedia Desa", "Budi Santoso", "Siti Rahma", 2010, None, None, 1, "Beli", None]]
    path = buku_induk(tmp_path / "dua_pengarang.xlsx", books=books, headers=headers)
    mapping = {header: "" for header in headers} | {"Judul Buku": "title", "Pengarang 1": "authors",
                                                     "Pengarang 2": "authors", "No. Induk": "accession_no"}
    assert sheet_headers.clashes(mapping) == {} and sheet_headers.sharing(mapping) == {
        "authors": ["Pengarang 1", "Pengarang 2"]}
    importer.import_file(lib, librarian, "xlsx", path, mapping=mapping)
    assert [author["name"] for author in json.loads(Record.get().authors)] == ["Budi Santoso", "Siti Rahma"]


def test_a_column_given_by_name_still_replaces_the_guessed_one(lib, librarian, tmp_path):
    """(pustaka-cli --map "Penerbit=authors": the guessed "Pengarang" is no more the authors, not joined to it)"""
    path = buku_induk(tmp_path / "buku_induk.xlsx", books=BOOKS[:1])
    importer.import_file(lib, librarian, "xlsx", path, mapping={"Penerbit": "authors"})
    assert [author["name"] for author in json.loads(Record.get().authors)] == ["Bentang Pustaka"]


def test_rows_hidden_in_excel_come_in_and_the_check_says_how_many_and_which(lib, librarian, tmp_path):
    hidden = (FIRST_BOOK_ROW + 4, FIRST_BOOK_ROW + 5)  # "Cara Beternak" (Hilang) and "Budidaya Lele"
    path = buku_induk(tmp_path / "buku_induk.xlsx", hide=hidden)
    assert spreadsheet.preview(path).hidden
    plan = importer.import_file(lib, librarian, "xlsx", path, mapping=_wizard_mapping(path), dry_run=True)
    said = [notice for notice in plan.notices if notice.template == spreadsheet.HIDDEN_ROWS]
    assert [notice.params for notice in said] == [{"count": 2, "rows": "11–12"}]
    importer.import_file(lib, librarian, "xlsx", path, mapping=_wizard_mapping(path))
    assert Record.select().count() == len(BOOKS)


def test_a_sheet_without_hidden_rows_says_nothing_of_them(lib, librarian, tmp_path):
    path = buku_induk(tmp_path / "buku_induk.xlsx")
    assert not spreadsheet.preview(path).hidden
    plan = importer.import_file(lib, librarian, "xlsx", path, mapping=_wizard_mapping(path), dry_run=True)
    assert not [notice for notice in plan.notices if notice.template == spreadsheet.HIDDEN_ROWS]


def test_the_isbn_the_preview_shows_is_the_isbn_the_catalogue_keeps(lib, librarian, tmp_path):
    path = buku_induk(tmp_path / "buku_induk.xlsx")
    seen = spreadsheet.preview(path)
    column = seen.headers.index("ISBN")
    shown = [as_read("isbn", cells[column]) for cells in seen.cells if cells[column]]
    importer.import_file(lib, librarian, "xlsx", path, mapping=_wizard_mapping(path))
    kept = [record.isbn for record in Record.select().order_by(Record.id) if record.isbn]
    assert shown == kept == ["9789793062792", "9789792248616", "9789799731234", "9789792201963"]


def test_the_cells_the_preview_marks_to_check_are_the_values_the_import_flags(lib, librarian, tmp_path):
    path = buku_induk(tmp_path / "buku_induk.xlsx")
    seen = spreadsheet.preview(path)
    marked = {(row, clean(cells[c]))
              for row, cells in enumerate(seen.cells) for c, header in enumerate(seen.headers)
              if to_check(seen.mapping.get(header, ""), cells[c], header) is not None}
    # (a flag of the whole row, "one accession number for 3 copies", is no cell's: counted by the check only)
    rows = [inc for inc in spreadsheet.read(path, _wizard_mapping(path)) if inc.notice is None]
    # (a flag of one copy's field travels with that copy: types.kept_as_written)
    flags_of = [incoming.flags + [f for item in incoming.items for f in item.get("_flags", [])] for incoming in rows]
    flagged = {(row, flag.value) for row, flags in enumerate(flags_of) for flag in flags if flag.reason != "copy"}
    assert marked == flagged == {(1, "Maret 2015"), (5, "31-13-2016"), (5, "dua puluh ribu")}
    importer.import_file(lib, librarian, "xlsx", path, mapping=_wizard_mapping(path))
    assert str(Item.get(Item.accession_no == "002").received_on) == "2015-03-01"  # (the 1st, as the preview says)
