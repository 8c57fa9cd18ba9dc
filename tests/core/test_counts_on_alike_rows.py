"""A list without accession numbers, a count of copies ("Jml Eks") on a book's rows. Filled down over the book's
three rows (Excel's fill handle), or written on its first row above two rows alike, "3" made nine or five copies of a
book the library has three of: it is now read as the book's three, one a row, and said. Two rows alike that each say
3 stay six (two purchases?), and are said; rows not alike (another price) are read as written. A book whose count
cell is empty, in a sheet that counts, came in without copies and without a word: now the rows are named."""

from __future__ import annotations

from openpyxl import Workbook

from pustaka_desktop.core.interop import importer, spreadsheet, title_totals
from pustaka_desktop.core.store.models import Item, Record

HEADER = ("No", "Judul", "Pengarang", "Penerbit", "Tahun", "Jml Eks", "Harga")
LASKAR = ("Laskar Pelangi", "Andrea Hirata", "Bentang", 2008)
RONGGENG = ("Ronggeng Dukuh Paruk", "Ahmad Tohari", "Gramedia", 2003)


def _sheet(path, rows, header=HEADER):
    book = Workbook()
    book.active.append(header)
    for n, row in enumerate(rows, start=1):
        book.active.append((n, *row))
    book.save(path)
    return path


def _copies() -> dict[str, int]:
    return {record.title: Item.select().where(Item.record == record).count() for record in Record.select()}


def _notices(result, template):
    return [notice.params for notice in result.notices if notice.template == template]


def test_a_count_filled_down_over_the_books_rows_is_its_copies_in_all(lib, librarian, tmp_path):
    path = _sheet(tmp_path / "koleksi.xlsx", [(*LASKAR, 3, 45000)] * 3 + [(*RONGGENG, 2, 30000)] * 2)
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert _copies() == {"Laskar Pelangi": 3, "Ronggeng Dukuh Paruk": 2}
    assert {item.price for item in Item.select()} == {45000, 30000}
    assert _notices(result, title_totals.ALIKE_COUNTED_ONCE) == [{"rows": "2–6"}]
    again = importer.import_file(lib, librarian, "xlsx", path)
    assert (again.records_add, again.items_add) == (0, 0)
    assert _copies() == {"Laskar Pelangi": 3, "Ronggeng Dukuh Paruk": 2}


def test_a_count_filled_down_without_details_too(lib, librarian, tmp_path):
    header = HEADER[:-1]
    path = _sheet(tmp_path / "koleksi.xlsx", [(*LASKAR, 3)] * 3, header)
    importer.import_file(lib, librarian, "xlsx", path)
    assert _copies() == {"Laskar Pelangi": 3}


def test_a_count_on_the_first_row_above_rows_alike(lib, librarian, tmp_path):
    path = _sheet(tmp_path / "koleksi.xlsx", [(*LASKAR, 3, 45000), (*LASKAR, None, 45000), (*LASKAR, None, 45000)])
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert _copies() == {"Laskar Pelangi": 3}
    assert _notices(result, title_totals.ALIKE_COUNTED_ONCE) == [{"rows": "2–4"}]


def test_fewer_rows_alike_than_their_count_are_read_as_written_and_said(lib, librarian, tmp_path):
    path = _sheet(tmp_path / "koleksi.xlsx", [(*LASKAR, 3, 45000)] * 2)
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert _copies() == {"Laskar Pelangi": 6}
    assert _notices(result, title_totals.REPEATED_COUNT) == [{"rows": "2–3", "count": 3, "total": 6}]
    assert not _notices(result, title_totals.ALIKE_COUNTED_ONCE)


def test_rows_not_alike_are_each_their_own_purchase(lib, librarian, tmp_path):
    path = _sheet(tmp_path / "koleksi.xlsx", [(*RONGGENG, 2, 30000), (*RONGGENG, 2, 35000)])
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert _copies() == {"Ronggeng Dukuh Paruk": 4}
    assert not _notices(result, title_totals.REPEATED_COUNT) and not _notices(result, title_totals.ALIKE_COUNTED_ONCE)


def test_a_book_whose_count_is_empty_is_named(lib, librarian, tmp_path):
    header = HEADER[:-1]
    rows = [(*LASKAR, 3), (*LASKAR, None), (*RONGGENG, None), (*RONGGENG, None)]
    path = _sheet(tmp_path / "koleksi.xlsx", rows, header)
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert _copies() == {"Laskar Pelangi": 3, "Ronggeng Dukuh Paruk": 0}
    assert _notices(result, spreadsheet.NO_COUNT) == [{"column": "Jml Eks", "rows": "4–5"}]  # (not Laskar's row 3)
    # she types the count, imports again: the copies missing are added, nothing twice
    rows[2] = (*RONGGENG, 2)
    again = importer.import_file(lib, librarian, "xlsx", _sheet(tmp_path / "koleksi.xlsx", rows, header))
    assert _copies() == {"Laskar Pelangi": 3, "Ronggeng Dukuh Paruk": 2}
    assert not _notices(again, spreadsheet.NO_COUNT)


def test_a_count_merged_over_rows_that_each_describe_a_copy(lib, librarian, tmp_path):
    """ "Jml Eks 3" merged down over a book's three rows, each with its own price and day: three copies, each with
    its row's details (it was five: three alike from the first row, one from each row below)."""
    header = (*HEADER, "Tanggal Terima")
    rows = [(*LASKAR, 3, 45000, "2019-01-02"), (*LASKAR, None, 50000, "2020-01-02"),
            (*LASKAR, None, 55000, "2021-01-02"), (*RONGGENG, 2, 30000, "2019-05-06")]
    book = Workbook()
    book.active.append(header)
    for n, row in enumerate(rows, start=1):
        book.active.append((n, *row))
    book.active.merge_cells("F2:F4")
    book.save(tmp_path / "koleksi.xlsx")
    result = importer.import_file(lib, librarian, "xlsx", tmp_path / "koleksi.xlsx")
    assert _copies() == {"Laskar Pelangi": 3, "Ronggeng Dukuh Paruk": 2}
    laskar = Item.select().join(Record).where(Record.title == "Laskar Pelangi")
    assert sorted((item.price, str(item.received_on)) for item in laskar) == [
        (45000, "2019-01-02"), (50000, "2020-01-02"), (55000, "2021-01-02")]
    assert _notices(result, spreadsheet.COUNT_MERGED) == [{"column": "Jml Eks", "rows": "3–4"}]
    again = importer.import_file(lib, librarian, "xlsx", tmp_path / "koleksi.xlsx")
    assert (again.records_add, again.items_add) == (0, 0)
