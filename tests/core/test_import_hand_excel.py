"""A village librarian's buku induk, kept in Excel for years, imported as it is: a "Kondisi" column that
says a copy is lost or damaged, a "Keterangan" column beside it, ISBNs Excel turned into numbers and saved
so (``9.78602E+12`` opened again and saved as ``9786020000000``)."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import (
    catalogue_row,
    import_copies,
    importer,
    sheets,
    spreadsheet,
    title_totals,
)
from pustaka_desktop.core.store.models import Item, Record


def _csv_id_locale(path, lines):
    """What Excel with Indonesian regional settings writes as CSV: ';', Windows-1252, CR LF."""
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def _xlsx(path, rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


BUKU_INDUK = [
    "BUKU INDUK PERPUSTAKAAN DESA SUKAMAJU;;;;;",
    "TAHUN 2019;;;;;",
    ";;;;;",
    "No;No Induk;Judul Buku;Pengarang;Kondisi;Keterangan",
    "1;0012;Laskar Pelangi;Andrea Hirata;Baik;",
    "2;0013;Bumi Manusia;Pramoedya Ananta Toer;Rusak;sampul sobek",
    "3;0014;Café Kopi Nusantara;Dewi Lestari;Hilang;dipinjam warga tdk kembali",
    "4;0015;Budidaya Lele;Tim Penulis;Rusak ringan;",
    "5;0016;Si Kancil;Anonim;;Hilang",
]


def _copies():
    return {item.accession_no: (item.status, item.condition_note) for item in Item.select()}


def test_a_copy_the_buku_induk_calls_lost_or_damaged_is_not_lent_as_if_on_the_shelf(lib, librarian, tmp_path):
    """A buku induk has no status column: its "Kondisi" (or "Keterangan") says "Hilang" or "Rusak". Such a copy
    came in available (the patrons' catalogue showed a lost book on the shelf); now it comes in lost or damaged,
    the words kept in its remarks, and "Rusak ringan" (still lent) stays on the shelf."""
    path = _csv_id_locale(tmp_path / "buku induk.csv", BUKU_INDUK)
    result = importer.import_file(lib, librarian, "csv", path)
    assert (result.records_add, result.bad) == (5, [])
    assert _copies() == {"0012": ("available", "Baik"), "0013": ("damaged", "Rusak; sampul sobek"),
                         "0014": ("lost", "Hilang; dipinjam warga tdk kembali"),
                         "0015": ("available", "Rusak ringan"), "0016": ("lost", "Hilang")}


def test_keterangan_beside_kondisi_is_imported_too_and_a_second_import_changes_nothing(lib, librarian, tmp_path):
    """Both columns are a copy's remarks: "Keterangan" was left out ("not imported") when "Kondisi" took the
    remarks, and choosing Remarks for both in the wizard kept only one of them."""
    path = _csv_id_locale(tmp_path / "buku induk.csv", BUKU_INDUK)
    assert spreadsheet.preview(path).mapping == {"No Induk": "accession_no", "Judul Buku": "title",
                                                 "Pengarang": "authors", "Kondisi": "condition_note",
                                                 "Keterangan": "condition_note"}
    result = importer.import_file(lib, librarian, "csv", path)
    assert [notice for notice in result.notices if notice.template == spreadsheet.COLUMNS_NOT_READ] == []
    assert _copies()["0013"] == ("damaged", "Rusak; sampul sobek")
    # the wizard's mapping names every column: Remarks chosen for both
    mapping = {"No": "", "No Induk": "accession_no", "Judul Buku": "title", "Pengarang": "authors",
               "Kondisi": "condition_note", "Keterangan": "condition_note"}
    again = importer.import_file(lib, librarian, "csv", path, mapping=mapping)
    assert (again.records_add, again.records_update, again.items_add, again.items_update) == (0, 0, 0, 0)


def test_a_second_import_leaves_the_status_the_desk_gave_a_copy_found_again(lib, librarian, tmp_path):
    """The librarian finds the "Hilang" book and puts it back on the shelf: importing the old sheet again does
    not make it lost again."""
    path = _csv_id_locale(tmp_path / "buku induk.csv", BUKU_INDUK)
    importer.import_file(lib, librarian, "csv", path)
    Item.update(status="available").where(Item.accession_no == "0014").execute()
    again = importer.import_file(lib, librarian, "csv", path)
    assert (again.items_add, again.items_update) == (0, 0)
    assert Item.get(Item.accession_no == "0014").status == "available"


def test_an_isbn_excel_cut_and_saved_as_a_number_gets_no_made_up_check_digit(lib, librarian, tmp_path):
    """A CSV with ``9.78602E+12`` opened in Excel and saved as a workbook holds the number 9786020000000: the
    review list offered "9786020000008" as the right ISBN (Enter takes it: another book's number); now it says
    the digits are lost, with no suggestion. Many books keep the same cut number: no "possible duplicate"."""
    path = _xlsx(tmp_path / "buku.xlsx", [
        ["Judul", "Pengarang", "ISBN"],
        ["Laskar Pelangi", "Andrea Hirata", 9786020000000],
        ["Sang Pemimpi", "Andrea Hirata", 9786020000000],
        ["Ronggeng Dukuh Paruk", "Ahmad Tohari", "9789790000000"],
        ["Bumi Manusia", "Pramoedya Ananta Toer", "9.78602E+12"],
        ["Anak Semua Bangsa", "Pramoedya Ananta Toer", "9.78602E+12"]])
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.records_add, result.bad) == (5, [])
    flags = review.open_flags(lib, reason="isbn")
    assert [(flag.title, flag.suggestion) for flag in flags] == [
        ("Laskar Pelangi", ""), ("Sang Pemimpi", ""), ("Ronggeng Dukuh Paruk", ""), ("Bumi Manusia", ""),
        ("Anak Semua Bangsa", "")]
    assert all("a spreadsheet turned into a number" in flag.message() for flag in flags)
    assert review.open_flags(lib, reason="duplicate") == []
    assert Record.get(Record.title == "Sang Pemimpi").isbn == "9786020000000"  # kept as written until mended


def test_a_wrong_check_digit_is_still_offered_its_correction(lib, librarian, tmp_path):
    """(What was right before stays so: a book printed with a wrong check digit gets the suggestion.)"""
    path = _xlsx(tmp_path / "buku.xlsx", [["Judul", "Pengarang", "ISBN"],
                                          ["Si Kancil", "Anonim", 9786020312345]])
    importer.import_file(lib, librarian, "xlsx", path)
    assert [flag.suggestion for flag in review.open_flags(lib, reason="isbn")] == ["9786020312347"]


def test_a_year_alone_in_the_date_received_column_stays_on_the_copy(lib, librarian, tmp_path):
    """"Tgl Terima: 2015", the year all the librarian knew (typed, or a number cell): it was only in the
    review list ("not a date"), and gone from the copy once she kept it; now the copy says the year it came,
    as a "Tahun Pengadaan" column does, and nothing is flagged for it."""
    path = _xlsx(tmp_path / "buku.xlsx", [
        ["No Induk", "Judul", "Pengarang", "Tgl Terima", "Asal Buku"],
        ["001", "Laskar Pelangi", "Andrea Hirata", "2015", "Hibah Perpusnas"],
        ["002", "Bumi Manusia", "Pramoedya Ananta Toer", 2016, "Pembelian"]])
    importer.import_file(lib, librarian, "xlsx", path)
    copies = {item.accession_no: (item.received_on, item.source_detail) for item in Item.select()}
    assert copies == {"001": (None, "Hibah Perpusnas; Tahun pengadaan 2015"), "002": (None, "Tahun pengadaan 2016")}
    assert review.open_flags(lib, reason="date") == []
    again = importer.import_file(lib, librarian, "xlsx", path)
    assert (again.items_add, again.items_update) == (0, 0)


def test_a_workbook_kept_a_sheet_a_shelf_gives_each_book_its_shelf(lib, librarian, tmp_path):
    """A sheet a shelf ("Rak A (Agama)", "Rak B"), no column that says where a book stands: the shelf was
    lost. Now a sheet named after a shelf or a cupboard is its rows' location (a row's own wins), said."""
    book = Workbook()
    book.active.title = "Rak A (Agama)"
    for row in [["No", "No Induk", "Judul", "Pengarang"], [1, "001", "Tafsir Al-Azhar", "Hamka"]]:
        book.active.append(row)
    sheet = book.create_sheet("Rak B")
    for row in [["No", "No Induk", "Judul", "Pengarang", "Lokasi"], [1, "003", "Laskar Pelangi", "Andrea Hirata", ""],
                [2, "004", "Atlas Indonesia", "Tim", "Meja baca"], [3]]:
        sheet.append(row)
    path = tmp_path / "buku per rak.xlsx"
    book.save(path)
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert {item.accession_no: item.location for item in Item.select()} == {
        "001": "Rak A (Agama)", "003": "Rak B", "004": "Meja baca"}
    assert [notice.params for notice in result.notices if notice.template == spreadsheet.SHELF_FROM_SHEET] == [
        {"location": "Rak A (Agama)", "count": 1}, {"location": "Rak B", "count": 1}]
    assert Record.select().count() == 3  # (the row numbered ahead, "3" alone, is no book)


def test_columns_the_mapping_leaves_out_are_named_before_the_import(lib, librarian, tmp_path):
    """The wizard's mapping names every column, so a column its guess left out ("Jenis Buku", "Kategori", past
    the preview's right edge) was never named: the check page said nothing of it. Now it is named, as left out by
    choice; the sheet's own row numbers ("No") are no data and are not."""
    path = _xlsx(tmp_path / "induk.xlsx", [("No", "Judul Buku", "Pengarang", "Jenis Buku", "Kategori"),
                                           (1, "Laskar Pelangi", "Andrea Hirata", "Fiksi", "Novel")])
    mapping = {"No": "", "Judul Buku": "title", "Pengarang": "authors", "Jenis Buku": "", "Kategori": ""}
    plan = importer.import_file(lib, librarian, "xlsx", path, mapping=mapping, dry_run=True)
    said = [n.params["columns"] for n in plan.notices if n.template == spreadsheet.COLUMNS_LEFT_OUT]
    assert said == ["Jenis Buku, Kategori"]
    assert not [n for n in plan.notices if n.template == spreadsheet.COLUMNS_NOT_READ]
    # no mapping: the same columns are the ones no field was chosen for, said as before
    plan = importer.import_file(lib, librarian, "xlsx", path, dry_run=True)
    assert [n.params["columns"] for n in plan.notices if n.template == spreadsheet.COLUMNS_NOT_READ] == [
        "Jenis Buku, Kategori"]
    assert not [n for n in plan.notices if n.template == spreadsheet.COLUMNS_LEFT_OUT]


def test_a_call_number_column_typed_with_slashes_gives_each_book_its_whole_class(lib, librarian, tmp_path):
    """A buku induk with "No. Panggil" and no class column: "899.221 3/HIR/l" came in as class 899.221 (another
    class, unsaid), "R 030/ENS/e" as R alone, "2X4.1/NAW/r" with no class; each copy keeps its call number."""
    path = _xlsx(tmp_path / "induk.xlsx", [
        ("No", "No. Induk", "Judul Buku", "Pengarang", "No. Panggil"),
        (1, "001", "Laskar Pelangi", "Andrea Hirata", "899.221 3/HIR/l"),
        (2, "002", "Ensiklopedia Islam", "Tim Redaksi", "R 030/ENS/e"),
        (3, "003", "Riyadhus Shalihin", "Imam Nawawi", "2X4.1/NAW/r")])
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.records_add, result.flags) == (3, 0)
    assert {item.accession_no: (item.record.ddc, item.call_number) for item in Item.select()} == {
        "001": ("899.2213", "899.221 3/HIR/l"), "002": ("R 030", "R 030/ENS/e"), "003": ("2X4.1", "2X4.1/NAW/r")}


def _count_beside_numbers(path, counts, merged=False):
    """A buku induk that numbers each copy on its own row and writes the book's count of copies beside them:
    on each row (a row copied, its number changed), on the first row only, or in a cell merged over the rows."""
    book = Workbook()
    sheet = book.active
    sheet.append(["No", "No. Induk", "Judul Buku", "Pengarang", "Jml. Eks"])
    for n, count in enumerate(counts, 1):
        sheet.append([n, f"{n:03d}", "Si Kancil" if n > 1 else "SI KANCIL", "Anonim", count])
    sheet.append([len(counts) + 1, "009", "Bumi Manusia", "Pramoedya Ananta Toer", 2])  # two copies, one number
    if merged:
        sheet.merge_cells(f"E2:E{len(counts) + 1}")
    book.save(path)
    return path


def _numbers_by_title():
    return sorted((item.record.title, item.accession_no or "") for item in Item.select())


@pytest.mark.parametrize(("counts", "merged"), [([3, 3, 3], False), ([3, None, None], False),
                                               ([3, None, None], True)], ids=["each", "first", "merged"])
def test_a_books_count_beside_copies_numbered_one_a_row_makes_no_more_copies(lib, librarian, tmp_path, counts,
                                                                              merged):
    """"Jml. Eks 3" on each of the three numbered rows of a book made nine copies (six without a number, three
    flags asking to number them); on the first row only, five; merged over the rows, nine. The count is the book's
    in all: three copies, 001-003, said once; a second import adds nothing."""
    path = _count_beside_numbers(tmp_path / "induk.xlsx", counts, merged)
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert _numbers_by_title() == [("Bumi Manusia", ""), ("Bumi Manusia", "009"), ("SI KANCIL", "001"),
                                   ("SI KANCIL", "002"), ("SI KANCIL", "003")]
    assert result.flags == 1  # (Bumi Manusia's second copy still asks for its number)
    assert [n.params["rows"] for n in result.notices if n.template == title_totals.COUNTED_ONCE] == ["2–4"]
    again = importer.import_file(lib, librarian, "xlsx", path)
    assert (again.records_add, again.items_add) == (0, 0)


def test_a_count_the_numbered_rows_do_not_reach_is_read_as_before(lib, librarian, tmp_path):
    """Two numbered rows under "Jml. Eks 3": the count is what stands on the shelf (one copy without a number,
    flagged), as before; nothing is said of a total."""
    result = importer.import_file(lib, librarian, "xlsx", _count_beside_numbers(tmp_path / "dua.xlsx", [3, None]))
    assert _numbers_by_title().count(("SI KANCIL", "")) == 2  # 001 and 3 copies: 2 without a number, then 002
    assert not [n for n in result.notices if n.template == title_totals.COUNTED_ONCE]


def test_a_header_typed_on_two_lines_in_its_cell_is_named_on_one(lib, librarian, tmp_path):
    """Headers typed with Alt+Enter ("Tgl.\\nTerima") broke every message naming them in two, mid-name, on the
    CLI and on the review list; they are named on one line, and ``--map`` names them so too."""
    path = _xlsx(tmp_path / "induk.xlsx", [("No", "No.\nInduk", "Judul\nBuku", "Pengarang", "Tgl.\nTerima",
                                            "Catatan\nPustakawan"),
                                           (1, "001", "Laskar Pelangi", "Andrea Hirata", "Maret 2019", "sampul robek")])
    plan = importer.import_file(lib, librarian, "xlsx", path, dry_run=True)
    assert [n.params["columns"] for n in plan.notices if n.template == spreadsheet.COLUMNS_NOT_READ] == [
        "Catatan Pustakawan"]
    importer.import_file(lib, librarian, "xlsx", path, mapping={"Catatan Pustakawan": "condition_note"})
    (flag,) = review.open_flags(lib)
    assert flag.params["column"] == "Tgl. Terima"
    assert Item.get().condition_note == "sampul robek"


def test_a_first_row_on_another_sheet_is_named_with_its_sheet(lib, librarian, tmp_path):
    """A workbook kept a sheet a year: a barcode of 2018's used again in 2019 was "left out: row 2 of this file
    has the same barcode", and a sheet copied by mistake "the same accession number as row 2": she looked at row 2
    of the sheet she was on, another book. The first row's sheet is named when it is another."""
    book = Workbook()
    book.remove(book.active)
    for name, rows in {"2018": [(1, "001", "00123", "Laskar Pelangi", "Andrea Hirata")],
                       "2019": [(1, "001/2019", "00124", "Bumi Manusia", "Pramoedya Ananta Toer"),
                                (2, "002/2019", "00123", "Si Kancil", "Anonim")],
                       "2019 (2)": [(1, "001/2019", "", "Bumi Manusia", "Pramoedya Ananta Toer")]}.items():
        sheet = book.create_sheet(name)
        sheet.append(["No", "No. Induk", "Barcode", "Judul Buku", "Pengarang"])
        for row in rows:
            sheet.append(row)
    book.save(tmp_path / "induk.xlsx")
    result = importer.import_file(lib, librarian, "xlsx", tmp_path / "induk.xlsx")
    (left_out,) = result.left_out
    assert (left_out.sheet, left_out.row, left_out.params) == ("2019", 3, {"barcode": "00123", "sheet": "2018",
                                                                           "first": 2})
    assert left_out.line() == ("Sheet 2019, row 3: The copy 00123 was left out: sheet 2018, row 2 of this file has "
                               "the same barcode.")
    (repeated,) = [n for n in result.notices if n.template == import_copies.REPEATED_ROW_SHEET]
    assert (repeated.sheet, repeated.params) == ("2019 (2)", {"number": "001/2019", "sheet": "2019", "first": 2})


def test_sums_typed_under_the_prices_and_counts_without_a_label_make_no_copies(lib, librarian, tmp_path):
    """A totals row with no "Jumlah" beside its sums (the prices' and the copies' totals typed under their columns)
    was read as a copy row without a title: four more copies of the last book, priced Rp 170.000 each, and nothing
    to check. Now it is said as a totals row; in a CSV as well. A copy row under its book is still a copy."""
    rows = [("No", "No. Induk", "Judul Buku", "Pengarang", "Harga", "Eks"),
            (1, "001", "Laskar Pelangi", "Andrea Hirata", 45000, 1),
            (2, "002", "Bumi Manusia", "Pramoedya Ananta Toer", 50000, 1),
            (3, "003", "Si Kancil", "Anonim", 15000, 1),
            (4, "004", "Ronggeng Dukuh Paruk", "Ahmad Tohari", 60000, 1),
            (None, None, None, None, 170000, 4)]
    result = importer.import_file(lib, librarian, "xlsx", _xlsx(tmp_path / "induk.xlsx", rows))
    assert (result.records_add, result.items_add) == (4, 4)
    assert [n.params["rows"] for n in result.notices if n.template == sheets.TOTALS] == ["6"]
    assert sorted(item.price for item in Item.select()) == [15000, 45000, 50000, 60000]

    csv = _csv_id_locale(tmp_path / "induk.csv", ["No;No. Induk;Judul Buku;Pengarang;Harga;Eks",
                                                  "5;005;Cantik Itu Luka;Eka Kurniawan;Rp 80.000;1",
                                                  "6;006;Gadis Kretek;Ratih Kumala;70000;1",
                                                  ";;;;Rp 150.000,-;2"])
    result = importer.import_file(lib, librarian, "csv", csv)
    assert (result.records_add, result.items_add) == (2, 2)

    # a month's subtotal between the rows (two sums): said too, the rows after it read as before
    result = importer.import_file(lib, librarian, "xlsx", _xlsx(tmp_path / "bulan.xlsx", [
        ("No. Induk", "Judul Buku", "Pengarang", "Harga", "Eks"), ("009", "Sang Pemimpi", "Andrea Hirata", 40000, 1),
        ("010", "Edensor", "Andrea Hirata", 42000, 1), (None, None, None, 82000, 2),
        ("011", "Maryamah Karpov", "Andrea Hirata", 60000, 1)]))
    assert (result.records_add, result.items_add) == (3, 3)
    assert [n.params["rows"] for n in result.notices if n.template == sheets.TOTALS] == ["4"]

    # a second copy typed under its book, its price alone: the same price is no sum of several rows
    result = importer.import_file(lib, librarian, "xlsx", _xlsx(tmp_path / "copy.xlsx", [
        ("No. Induk", "Judul Buku", "Pengarang", "Harga"), ("007", "Negeri 5 Menara", "Ahmad Fuadi", 55000),
        (None, None, None, 55000)]))
    assert result.items_add == 2


def test_a_book_bought_again_after_the_numbering_started_again_keeps_both_copies(lib, librarian, tmp_path):
    """The buku induk numbered each year from 1: "Si Kancil" is No. Induk 1 in 2018 and, bought again, No. Induk 1
    in 2019 (another day, another price). The second was read as the first row copied twice: one copy, the 2019
    one lost. Both come in now, the second named on the review list as a number another copy has; a second import
    adds nothing, and a row that is a copy of another (the same values) is still read once."""
    import datetime as dt

    book = Workbook()
    book.remove(book.active)
    for year, price in ((2018, 15000), (2019, 17000)):
        sheet = book.create_sheet(str(year))
        sheet.append(["No", "Tgl. Terima", "No. Induk", "Judul Buku", "Pengarang", "Harga"])
        sheet.append([1, dt.datetime(year, 3, 1), 1, "Si Kancil", "Anonim", price])
        if year == 2019:
            sheet.append([1, dt.datetime(year, 3, 1), 1, "Si Kancil", "Anonim", price])  # (copied twice)
    book.save(tmp_path / "induk.xlsx")
    result = importer.import_file(lib, librarian, "xlsx", tmp_path / "induk.xlsx")
    assert sorted((item.accession_no, str(item.received_on), item.price) for item in Item.select()) == [
        ("1", "2018-03-01", 15000), ("1", "2019-03-01", 17000)]
    assert [(f.template, f.row) for f in review.open_flags(lib)] == [(import_copies.SHARED_ACCESSION, 2)]
    assert [(n.sheet, n.row) for n in result.notices if n.template == import_copies.REPEATED_ROW] == [("2019", 3)]
    again = importer.import_file(lib, librarian, "xlsx", tmp_path / "induk.xlsx")
    assert (again.items_add, again.items_update, again.items_skip) == (0, 0, 2)


def test_a_sheet_hidden_in_excel_is_read_and_said(lib, librarian, tmp_path):
    """A sheet she hid long ago (an old copy of the catalogue, "Lama") came in without a word: books she never sees
    in Excel, a typo among them. Its rows are read as every sheet's are, and the check says the sheet is hidden;
    in an Excel 97-2003 workbook too. A sheet she sees is not said."""
    import xlwt

    book = Workbook()
    book.active.title = "2019"
    old = book.create_sheet("Lama")
    for sheet in (book.active, old):
        sheet.append(["No", "No. Induk", "Judul Buku", "Pengarang"])
        sheet.append([1, f"{sheet.title}-1", f"Buku {sheet.title}", "Anonim"])
    old.append([2, "X1", "Buku Salah Ketik", "Siapa"])
    old.sheet_state = "hidden"
    book.save(tmp_path / "induk.xlsx")
    plan = importer.import_file(lib, librarian, "xlsx", tmp_path / "induk.xlsx", dry_run=True)
    assert plan.records_add == 3
    assert [(n.sheet, n.params) for n in plan.notices if n.template == spreadsheet.HIDDEN_SHEET] == [
        ("Lama", {"count": 2})]

    old_book = xlwt.Workbook()
    for name, hidden in (("2019", 0), ("Lama", 1)):
        sheet = old_book.add_sheet(name)
        for r, row in enumerate([["No. Induk", "Judul Buku", "Pengarang"], [f"{name}-1", f"Buku {name}", "Anonim"]]):
            for c, value in enumerate(row):
                sheet.write(r, c, value)
        sheet.visibility = hidden
    old_book.save(str(tmp_path / "induk.xls"))
    plan = importer.import_file(lib, librarian, "xlsx", tmp_path / "induk.xls", dry_run=True)
    assert [(n.sheet, n.params) for n in plan.notices if n.template == spreadsheet.HIDDEN_SHEET] == [
        ("Lama", {"count": 1})]


def test_a_sheet_hidden_in_libreoffice_is_said_too(lib, librarian, tmp_path):
    """An .ods (LibreOffice, WPS) whose sheet was hidden with Sheet > Hide Sheet: its table style says
    ``table:display="false"``. Its books came in without a word, where an xlsx's hidden sheet is said."""
    import zipfile

    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')

    def table(name: str, style: str, rows: list[list[str]]) -> str:
        cells = "".join("<table:table-row>" + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'
            for value in row) + "</table:table-row>" for row in rows)
        return f'<table:table table:name="{name}" table:style-name="{style}">{cells}</table:table>'

    header = ["No. Induk", "Judul Buku", "Pengarang"]
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}><office:automatic-styles>'
               '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/>'
               '</style:style><style:style style:name="ta2" style:family="table">'
               '<style:table-properties table:display="false"/></style:style></office:automatic-styles>'
               '<office:body><office:spreadsheet>'
               + table("2019", "ta1", [header, ["001", "Si Kancil", "Anonim"]])
               + table("Lama", "ta2", [header, ["X1", "Buku Salah Ketik", "Siapa"], ["X2", "Buku Lama", "Siapa"]])
               + "</office:spreadsheet></office:body></office:document-content>")
    path = tmp_path / "induk.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
    plan = importer.import_file(lib, librarian, "xlsx", path, dry_run=True)
    assert plan.records_add == 3
    assert [(n.sheet, n.params) for n in plan.notices if n.template == spreadsheet.HIDDEN_SHEET] == [
        ("Lama", {"count": 2})]


def test_numbers_a_format_writes_text_around_are_read_as_shown(lib, librarian, tmp_path):
    """The No. Induk typed as 1, 2, 3 and shown "001/PD/2019" by its cell's format (000"/PD/2019"), the barcode
    typed 1 and shown "B0001" ("B"0000, printed on the label): they came in as "1", a barcode no scanner finds and
    a number that is not the one stamped in the book. Excel's backslashes (\\B0000) too; in an xls as well. A
    price's "Rp" format leaves the price a number."""
    import xlwt

    path = tmp_path / "induk.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["No", "No. Induk", "Barcode", "Judul Buku", "Pengarang", "Harga"])
    for n, title in ((1, "Laskar Pelangi"), (2, "Bumi Manusia")):
        sheet.append([n, n, n, title, "Anonim", 45000])
        sheet.cell(row=n + 1, column=2).number_format = '000"/PD/2019"'
        sheet.cell(row=n + 1, column=3).number_format = '"B"0000' if n == 1 else "\\B0000"
        sheet.cell(row=n + 1, column=6).number_format = '"Rp"#,##0'
    book.save(path)
    importer.import_file(lib, librarian, "xlsx", path)
    assert sorted((i.barcode, i.accession_no, i.price) for i in Item.select()) == [
        ("B0001", "001/PD/2019", 45000), ("B0002", "002/PD/2019", 45000)]

    old = xlwt.Workbook()
    sheet = old.add_sheet("2020")
    for c, value in enumerate(["No. Induk", "Judul Buku", "Pengarang"]):
        sheet.write(0, c, value)
    sheet.write(1, 0, 3, xlwt.easyxf(num_format_str='000"/PD/2020"'))
    sheet.write(1, 1, "Si Kancil")
    sheet.write(1, 2, "Anonim")
    old.save(str(tmp_path / "induk.xls"))
    importer.import_file(lib, librarian, "xlsx", tmp_path / "induk.xls")
    assert Item.get(Item.record == Record.get(Record.title == "Si Kancil")).accession_no == "003/PD/2020"


def _formatted(path, header, rows, formats):
    """A sheet whose number cells show text around their number (``formats``: a column's number format)."""
    book = Workbook()
    book.active.append(header)
    for values in rows:
        book.active.append(values)
        for column, number_format in formats.items():
            book.active.cell(row=book.active.max_row, column=column).number_format = number_format
    book.save(path)
    return path


def test_copies_numbered_bare_by_an_earlier_import_take_the_number_their_format_shows(lib, librarian, tmp_path):
    """Before a cell's format was read, "B"0000 and 000"/PD/2019" came in as 1, 2, 3: the same sheet imported after
    the update added every copy again (B0001 beside 1). The copy numbered bare is the row's, and takes the number as
    shown, as on its label; said once. The book bought again under a number started again (another day) is another
    copy."""
    bare = _xlsx(tmp_path / "dulu.xlsx", [("No. Induk", "Barcode", "Judul", "Pengarang", "Tgl Terima"),
                                          (1, 1, "Si Kancil", "Anonim", "12-03-2019"),
                                          (2, 2, "Si Kancil", "Anonim", "12-03-2019"),
                                          (3, 3, "Bumi Manusia", "Pramoedya", "12-03-2019")])
    importer.import_file(lib, librarian, "xlsx", bare)  # (as the version before read the sheet below)
    shown = _formatted(tmp_path / "induk.xlsx", ("No. Induk", "Barcode", "Judul", "Pengarang", "Tgl Terima"),
                       [(1, 1, "Si Kancil", "Anonim", "12-03-2019"), (2, 2, "Si Kancil", "Anonim", "12-03-2019"),
                        (3, 3, "Bumi Manusia", "Pramoedya", "12-03-2019")],
                       {1: '000"/PD/2019"', 2: '"B"0000'})
    result = importer.import_file(lib, librarian, "xlsx", shown)
    assert (result.items_add, result.items_update) == (0, 3)
    assert sorted(Item.select(Item.barcode, Item.accession_no).tuples()) == [
        ("B0001", "001/PD/2019"), ("B0002", "002/PD/2019"), ("B0003", "003/PD/2019")]
    assert [notice.params["rows"] for notice in result.notices if "format shows" in notice.template] == ["2–4"]
    again = importer.import_file(lib, librarian, "xlsx", shown)
    assert (again.items_add, again.items_update) == (0, 0)

    bought_again = _formatted(tmp_path / "2021.xlsx", ("No. Induk", "Judul", "Pengarang", "Tgl Terima"),
                              [(2, "Bumi Manusia", "Pramoedya", "05-01-2021")], {1: '000"/PD/2021"'})
    Item.update(accession_no="2").where(Item.barcode == "B0003").execute()  # (numbered 2 in a plain list)
    result = importer.import_file(lib, librarian, "xlsx", bought_again)
    assert result.items_add == 1 and Item.get(Item.barcode == "B0003").accession_no == "2"


@pytest.mark.parametrize("chunk", [importer.CHUNK, 1], ids=["one chunk", "a chunk a row"])
def test_what_a_later_row_of_a_book_gives_is_not_lost(lib, librarian, tmp_path, monkeypatch, chunk):
    """A book on three rows (a row a copy): its record came from the first row and the others were read for their
    copies only: the ISBN written on the second row only was lost, and the class number and language the later rows
    gave otherwise, without a word. What the first left empty is filled in; what differs stays as the first row gave
    it, the later row's value suggested on the review list; a second import changes nothing. The record written in
    an earlier chunk (a big sheet) is filled in the same."""
    monkeypatch.setattr(importer, "CHUNK", chunk)
    path = _xlsx(tmp_path / "induk.xlsx", [
        ("No. Induk", "Judul Buku", "Pengarang", "Penerbit", "Tahun", "Klas", "ISBN", "Bahasa", "Kolasi"),
        ("001", "Laskar Pelangi", "Andrea Hirata", "Bentang", 2008, "899.221", None, "Indonesia", None),
        ("002", "Laskar Pelangi", "Andrea Hirata", "Bentang", 2008, "899.2213", "9789793062792", None, "xiv, 529 hlm."),
        ("003", "Laskar Pelangi", "Andrea Hirata", "Bentang", 2008, None, None, "Inggris", None)])
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.records_add, result.items_add) == (1, 3)
    record = Record.get()
    assert (record.isbn, record.collation, record.ddc, record.language) == (
        "9789793062792", "xiv, 529 hlm.", "899.221", "ind")
    assert sorted((f.field, f.suggestion, f.row) for f in review.open_flags(lib)) == [
        ("ddc", "899.2213", 3), ("language", "eng", 4)]
    again = importer.import_file(lib, librarian, "xlsx", path)
    assert (again.records_add, again.records_update, again.records_skip, again.items_add) == (0, 0, 1, 0)
    assert len(review.open_flags(lib)) == 2


def test_a_field_emptied_here_is_not_filled_again_by_a_later_row(lib, librarian, tmp_path):
    """The ISBN a later row gave, emptied here (it was another book's): the same sheet imported again filled it in
    again, where a first row's field emptied here stays empty. Now both stay as the librarian left them, and the list
    says what the file has: "the value here (empty) was kept"."""
    from pustaka_desktop import i18n
    from pustaka_desktop.core.catalog import records

    path = _xlsx(tmp_path / "induk.xlsx", [
        ("No. Induk", "Judul Buku", "Pengarang", "ISBN", "Klas"),
        ("001", "Si Kancil", "Anonim", None, None),
        ("002", "Si Kancil", "Anonim", "9789794075203", "398.2")])
    importer.import_file(lib, librarian, "xlsx", path)
    record = Record.get()
    assert (record.isbn, record.ddc) == ("9789794075203", "398.2")
    records.update_record(lib, librarian, record, isbn="", ddc="")
    again = importer.import_file(lib, librarian, "xlsx", path)
    record = Record.get()
    assert (record.isbn, record.ddc, again.records_update, again.kept_here) == ("", "", 0, 1)
    kept = {flag.field: flag for flag in review.open_flags(lib) if flag.reason == "changed_here"}
    assert (kept["isbn"].suggestion, kept["ddc"].suggestion) == ("9789794075203", "398.2")
    i18n.install("id")
    assert "nilai di sini (kosong) dipertahankan" in kept["isbn"].message(i18n.translate)


def test_a_dash_for_an_unknown_author_publisher_or_date_is_no_value(lib, librarian, tmp_path):
    # a buku induk whose librarian typed "-" where she knew nothing: the book was by an author "-" (shown on its
    # card, the label, the OPAC), published by "-" in "-", and its language and date received were listed to check
    path = _xlsx(tmp_path / "buku induk.xlsx", [
        ["No", "No Induk", "Judul Buku", "Pengarang", "Penerbit", "Kota Terbit", "Tahun", "Bahasa", "Tgl Terima",
         "Harga", "Keterangan"],
        [1, "0020", "Bertani Cabai", "-", "-", "\u2013", "-", "-", "-", "-", "-"],
        [2, "0021", "Laskar Pelangi", "Andrea Hirata", "Bentang", "Yogyakarta", 2008, "ind", "12-03-2019", 59000, ""]])
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.records_add, result.items_add, result.bad) == (2, 2, [])
    cabai = Record.get(Record.title == "Bertani Cabai")
    assert (cabai.authors, cabai.publisher, cabai.place, cabai.year_text) == ("[]", "", "", "")
    copy = Item.get(Item.accession_no == "0020")
    assert (copy.received_on, copy.price, copy.condition_note) == (None, None, "")
    assert [flag for flag in review.open_flags(lib) if flag.record_id == cabai.id] == []
    assert catalogue_row.to_check("received_on", "-", "Tgl Terima") is None  # (the preview marks nothing either)
    again = importer.import_file(lib, librarian, "xlsx", path)
    assert (again.records_add, again.records_update, again.items_add, again.items_update) == (0, 0, 0, 0)


def test_a_book_an_older_version_kept_with_a_dash_author_is_found_again(lib, librarian, tmp_path):
    """A list of titles imported before a dash was read as nothing: its book has the author "-" and the publisher "-".
    The same list imported after the update describes it without them, and finds it by its description: no second
    record, no "possible duplicate" to sort out."""
    from pustaka_desktop.core.store import write

    write.insert(lib, Record, title="Bertani Cabai", authors='[{"name": "-", "role": "primary", "kind": "person"}]',
                 publisher="-", year=2015, year_text="2015")
    path = _xlsx(tmp_path / "daftar judul.xlsx", [
        ["No", "Judul Buku", "Pengarang", "Penerbit", "Tahun"],
        [1, "Bertani Cabai", "-", "-", 2015]])
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.records_add, result.records_update) == (0, 0)
    assert Record.select().count() == 1 and not review.open_flags(lib)


def test_a_buku_induk_excel_saved_month_first_keeps_its_days(lib, librarian, tmp_path):
    # saved as CSV on a PC set to English (United States): 3/12/2019 is 12 March (read as 3 December), 12/25/2019
    # was no date (listed to check)
    path = tmp_path / "buku induk.csv"
    path.write_text("Judul,Pengarang,No. Induk,Tgl Terima,Harga\r\nSi Kancil,Anonim,001,3/12/2019,20000\r\n"
                    "Bumi Manusia,Pramoedya Ananta Toer,002,12/25/2019,85000\r\n", encoding="utf-8")
    result = importer.import_file(lib, librarian, "csv", path)
    assert {i.accession_no: str(i.received_on) for i in Item.select()} == {"001": "2019-03-12", "002": "2019-12-25"}
    assert review.open_flags(lib) == [] and any("month first" in n.template for n in result.notices)
    assert [row[3] for row in spreadsheet.preview(path).rows] == ["12/3/2019", "25/12/2019"]  # (the wizard's preview)
    again = importer.import_file(lib, librarian, "csv", path)
    assert (again.items_add, again.items_update) == (0, 0)


def test_a_buku_induk_with_day_first_dates_stays_day_first(lib, librarian, tmp_path):
    path = tmp_path / "buku induk.csv"
    path.write_text("Judul,Pengarang,No. Induk,Tgl Terima\r\nSi Kancil,Anonim,001,3/12/2019\r\n"
                    "Bumi Manusia,Pramoedya Ananta Toer,002,25/12/2019\r\n", encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    assert {i.accession_no: str(i.received_on) for i in Item.select()} == {"001": "2019-12-03", "002": "2019-12-25"}


def test_a_dash_for_a_title_is_a_copy_of_the_book_above_not_a_row_refused(lib, librarian, tmp_path):
    path = _xlsx(tmp_path / "buku induk.xlsx", [["No", "No Induk", "Judul Buku", "Pengarang"],
                                               [1, "0030", "Si Kancil", "Anonim"], [2, "0031", "-", "-"]])
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.records_add, result.items_add, result.bad) == (1, 2, [])
    assert {i.accession_no for i in Record.get(Record.title == "Si Kancil").items} == {"0030", "0031"}
    assert any("no title" in n.template for n in result.notices)


def test_a_day_received_still_to_come_is_kept_as_written_and_said(lib, librarian, tmp_path):
    """"12-03-2091" for 2019: the copy came in received in 2091 (the copy form refuses a day to come), counted in
    a year that has not begun, and nothing said. Now it is kept in the copy's remarks as written and listed for
    review as the form would say it; a day before today comes in as before; a second import changes nothing."""
    path = _csv_id_locale(tmp_path / "induk.csv", ["No. Induk;Judul;Pengarang;Tgl. Terima",
                                                   "001;Laskar Pelangi;Andrea Hirata;12-03-2091",
                                                   "002;Bumi Manusia;Pramoedya Ananta Toer;12-03-2019"])
    importer.import_file(lib, librarian, "csv", path)
    assert {i.accession_no: (str(i.received_on or ""), i.condition_note) for i in Item.select()} == {
        "001": ("", "Tanggal terima tertulis: 12-03-2091"), "002": ("2019-03-12", "")}
    (flag,) = review.open_flags(lib)
    assert (flag.field, flag.value, flag.template) == ("received_on", "12-03-2091", import_copies.RECEIVED_LATER)
    again = importer.import_file(lib, librarian, "csv", path)
    assert (again.items_add, again.items_update, again.flags) == (0, 0, 0)


def test_a_count_merged_over_a_books_rows_without_numbers_is_counted_once(lib, librarian, tmp_path):
    """"Jml. Eks" 3 in one cell merged down over the three rows of "Si Kancil" (no No. Induk): read into each row
    it made nine copies. It is the book's count: three copies, said; a second import adds none."""
    book = Workbook()
    sheet = book.active
    sheet.append(["No", "Judul Buku", "Pengarang", "Jml. Eks"])
    for n in (1, 2, 3):
        sheet.append([n, "Si Kancil", "Anonim", 3 if n == 1 else None])
    sheet.append([4, "Bumi Manusia", "Pramoedya Ananta Toer", 1])
    sheet.merge_cells("D2:D4")
    book.save(tmp_path / "induk.xlsx")
    result = importer.import_file(lib, librarian, "xlsx", tmp_path / "induk.xlsx")
    assert sorted((r.title, r.items.count()) for r in Record.select()) == [("Bumi Manusia", 1), ("Si Kancil", 3)]
    assert [n.params for n in result.notices if n.template == spreadsheet.COUNT_MERGED] == [
        {"column": "Jml. Eks", "rows": "3–4"}]
    again = importer.import_file(lib, librarian, "xlsx", tmp_path / "induk.xlsx")
    assert again.items_add == 0


def test_a_big_csv_written_day_first_is_not_read_through_to_tell_it():
    """Whether a CSV's dates are written month first was known only after reading the whole file once more before
    the import: a day-first date (most of Indonesia's) settles it where it stands."""
    from pustaka_desktop.core.interop import dates

    read = []

    def cells():
        for n in range(100_000):
            read.append(n)
            yield "3/4/2019" if n < 10 else "25/4/2019"

    assert not dates.month_first(cells())
    assert len(read) == 11
    assert dates.month_first(iter(["3/4/2019", "12/25/2019", ""]))
    assert not dates.month_first(iter(["3/4/2019", "4/5/2019"]))  # (no date that only one way can be: day first)
