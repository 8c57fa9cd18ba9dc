"""A village librarian's buku induk, kept in Excel for years, imported as it is: a "Kondisi" column that
says a copy is lost or damaged, a "Keterangan" column beside it, ISBNs Excel turned into numbers and saved
so (``9.78602E+12`` opened again and saved as ``9786020000000``)."""

from __future__ import annotations

from openpyxl import Workbook

from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import catalogue_row, importer, spreadsheet
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
