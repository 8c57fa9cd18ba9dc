"""SLiMS's exports as a librarian brings them after opening them in Excel on an Indonesian Windows and saving
them again: fields separated by ``;``, quoted only where needed, CR LF, ISBNs shown as ``9,78979E+12``, item
codes of digits without their zeros in front, dates day first. The fixtures write what Excel writes; the
untouched exports are SLiMS 9's (admin/modules/bibliography/export.php and item_export.php: every field enclosed)."""

from __future__ import annotations

import csv
import io

from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import importer, slims
from pustaka_desktop.core.store.models import Item, Record

BOOKS = [
    {"title": "Laskar Pelangi", "gmd_name": "Text", "isbn_issn": "9789793062792", "publisher_name": "Bentang Pustaka",
     "publish_year": "2008", "classification": "899.221 3", "authors": "<Hirata, Andrea>", "item_code": "<00013><00014>"},
    {"title": "Ronggeng Dukuh Paruk", "gmd_name": "Text", "isbn_issn": "9786024246945", "publisher_name": "Gramedia",
     "publish_year": "2011", "classification": "899.221 3", "authors": "<Tohari, Ahmad>", "item_code": "<B0007>"},
]
ITEMS = [
    {"item_code": "00013", "coll_type_name": "Fiksi", "received_date": "2015-03-12", "source": "1", "price": "45000",
     "title": "Laskar Pelangi"},
    {"item_code": "00014", "coll_type_name": "Fiksi", "received_date": "2015-03-12", "source": "1", "price": "45000",
     "title": "Laskar Pelangi"},
    {"item_code": "B0007", "coll_type_name": "Fiksi", "received_date": "2026-12-06", "source": "1", "price": "55000",
     "title": "Ronggeng Dukuh Paruk"},
]
# what Excel shows, and so saves, of these ISBNs (General format, an Indonesian Windows: decimal comma)
AS_EXCEL_SHOWS = {"9789793062792": "9,78979E+12", "9786024246945": "9,78602E+12"}


def slims_file(tmp_path, name: str, columns: tuple[str, ...], rows: list[dict[str, str]]):
    """As SLiMS 9 writes it: a header, every field enclosed in double quotes, separated by commas."""
    lines = [",".join(f'"{c}"' for c in columns)]
    lines += [",".join('"' + row.get(c, "") + '"' for c in columns) for row in rows]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def excel_file(tmp_path, name: str, columns: tuple[str, ...], rows: list[dict[str, str]]):
    """As Excel saves it again ("CSV (dipisahkan koma)" on an Indonesian Windows): ``;``, quotes only where needed,
    CR LF, cp1252; an ISBN shown in scientific notation, an item code of digits without its zeros, a date day first."""
    def shown(column: str, value: str) -> str:
        if value in AS_EXCEL_SHOWS:
            return AS_EXCEL_SHOWS[value]
        if column == "item_code" and value.isdigit():
            return str(int(value))
        if column.endswith("_date") and value:
            year, month, day = value.split("-")
            return f"{day}/{month}/{year}"
        return value
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([shown(c, row.get(c, "")) for c in columns])
    path = tmp_path / name
    path.write_bytes(out.getvalue().encode("cp1252"))
    return path


def test_an_excel_resaved_export_after_the_untouched_one_asks_nothing_of_isbns_the_catalogue_has_whole(
        lib, librarian, tmp_path):
    """The library imported SLiMS's export, then its next export opened and saved in Excel: the records keep
    their whole ISBNs, and the review list does not ask to type again from the book what the catalogue holds."""
    importer.import_slims(lib, librarian, slims_file(tmp_path, "biblio.csv", slims.BIBLIO_COLUMNS, BOOKS),
                          slims_file(tmp_path, "item.csv", slims.ITEM_COLUMNS, ITEMS))
    assert review.open_count(lib, "isbn") == 0
    biblio, items = importer.import_slims(lib, librarian,
                                          excel_file(tmp_path, "biblio2.csv", slims.BIBLIO_COLUMNS, BOOKS),
                                          excel_file(tmp_path, "item2.csv", slims.ITEM_COLUMNS, ITEMS))
    assert biblio.records_add == 0 and biblio.records_update == 0 and items.items_add == 0
    assert sorted(Record.select(Record.isbn).tuples()) == [("9786024246945",), ("9789793062792",)]
    assert review.open_count(lib, "isbn") == 0


def test_an_isbn_excel_cut_that_is_not_the_catalogues_is_still_listed(lib, librarian, tmp_path):
    """Only an ISBN the spreadsheet's digits could have been is taken as the same: another is listed, never
    made up, never written over the catalogue's."""
    importer.import_slims(lib, librarian, slims_file(tmp_path, "biblio.csv", slims.BIBLIO_COLUMNS, BOOKS),
                          slims_file(tmp_path, "item.csv", slims.ITEM_COLUMNS, ITEMS))
    other = [{**BOOKS[0], "isbn_issn": "9,78602E+12"}, BOOKS[1]]  # (Laskar Pelangi's is 978979...)
    importer.import_file(lib, librarian, "slims-biblio", excel_file(tmp_path, "b.csv", slims.BIBLIO_COLUMNS, other))
    flags = review.open_flags(lib, "isbn")
    assert [(f.title, f.value, f.suggestion) for f in flags] == [("Laskar Pelangi", "9,78602E+12", "")]
    assert Record.get(Record.title == "Laskar Pelangi").isbn == "9789793062792"


def test_a_new_record_whose_isbn_excel_cut_says_so_without_inventing_digits(lib, librarian, tmp_path):
    importer.import_slims(lib, librarian, excel_file(tmp_path, "biblio.csv", slims.BIBLIO_COLUMNS, BOOKS),
                          excel_file(tmp_path, "item.csv", slims.ITEM_COLUMNS, ITEMS))
    flags = review.open_flags(lib, "isbn")
    assert sorted((f.value, f.suggestion) for f in flags) == [("9,78602E+12", ""), ("9,78979E+12", "")]
    assert "last digits are lost" in flags[0].message()


def test_an_item_code_without_its_zeros_that_is_another_books_copy_is_listed_as_the_files_disagreeing(
        lib, librarian, tmp_path):
    """The item file's 13 (Excel dropped the zeros of 00013) under another book's title than the biblio file's
    00013: the copy comes in as written, and the review list says the two files disagree and which copy it may be."""
    items = [ITEMS[1], ITEMS[2], {**ITEMS[0], "title": "Ronggeng Dukuh Paruk"}]
    importer.import_slims(lib, librarian, slims_file(tmp_path, "biblio.csv", slims.BIBLIO_COLUMNS, BOOKS),
                          excel_file(tmp_path, "item.csv", slims.ITEM_COLUMNS, items))
    assert Item.get(Item.barcode == "13").record.title == "Ronggeng Dukuh Paruk"
    assert Item.get(Item.barcode == "00013").record.title == "Laskar Pelangi"
    flagged = [(f.title, f.barcode, f.message()) for f in review.open_flags(lib, "copy") if f.barcode == "13"]
    assert len(flagged) == 1
    title, _, message = flagged[0]
    assert title == "Ronggeng Dukuh Paruk"
    assert "00013" in message and "Laskar Pelangi" in message and "disagree" in message


def test_an_item_code_without_its_zeros_that_two_copies_may_be_is_listed(lib, librarian, tmp_path):
    """013 and 00013 both here: 13 may be either, so it is neither, and the list names both."""
    books = [{**BOOKS[0], "item_code": "<013><00013>"}, BOOKS[1]]
    items = [{**ITEMS[0], "item_code": "13"}]
    importer.import_slims(lib, librarian, slims_file(tmp_path, "biblio.csv", slims.BIBLIO_COLUMNS, books),
                          slims_file(tmp_path, "item.csv", slims.ITEM_COLUMNS, items))
    assert Item.select().where(Item.barcode == "13").count() == 1
    (flag,) = [f for f in review.open_flags(lib, "copy") if f.barcode == "13"]
    assert "013" in flag.message() and "00013" in flag.message()


def test_the_same_resaved_files_again_change_nothing(lib, librarian, tmp_path):
    items = [ITEMS[1], ITEMS[2], {**ITEMS[0], "title": "Ronggeng Dukuh Paruk"}]
    files = (slims_file(tmp_path, "biblio.csv", slims.BIBLIO_COLUMNS, BOOKS),
             excel_file(tmp_path, "item.csv", slims.ITEM_COLUMNS, items))
    importer.import_slims(lib, librarian, *files)
    before = review.open_count(lib)
    biblio, again = importer.import_slims(lib, librarian, *files)
    assert (biblio.records_add, biblio.records_update, again.items_add, again.items_update) == (0, 0, 0, 0)
    assert review.open_count(lib) == before


def test_a_class_excel_saved_without_its_zeros_in_front_is_suggested_with_them(lib, librarian, tmp_path):
    """005.133 and 070.4 saved back as the numbers 5.133 and 70.4 (5,133 with an Indonesian Windows' comma); a
    class of one digit alone (a library classing by main class only: 4 for 400) is given no suggestion."""
    books = [{"title": "Pemrograman Python", "classification": "5.133", "item_code": "<00021>"},
             {"title": "Jurnalistik Dasar", "classification": "70,4", "item_code": "<00022>"},
             {"title": "Tata Bahasa", "classification": "4", "item_code": "<00023>"}]
    importer.import_file(lib, librarian, "slims-biblio", excel_file(tmp_path, "b.csv", slims.BIBLIO_COLUMNS, books))
    suggested = {f.title: (f.value, f.suggestion) for f in review.open_flags(lib, "ddc")}
    assert suggested == {"Pemrograman Python": ("5.133", "005.133"), "Jurnalistik Dasar": ("70,4", "070.4"),
                         "Tata Bahasa": ("4", "")}
    (python,) = [f for f in review.open_flags(lib, "ddc") if f.title == "Pemrograman Python"]
    review.fix(lib, librarian, python.id)
    assert Record.get(Record.title == "Pemrograman Python").ddc == "005.133"


def test_arabic_script_a_plain_csv_turned_into_question_marks_is_listed(lib, librarian, tmp_path):
    """A pesantren's kitab, the export saved again as Excel's plain "CSV" (cp1252 has no Arabic letters)."""
    books = [{"title": "تفسير الجلالين", "authors": "<السيوطي>", "classification": "297.122 7", "item_code": "<K001>"},
             {"title": "Siapa Aku???", "item_code": "<K002>"}]
    path = tmp_path / "b.csv"
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(slims.BIBLIO_COLUMNS)
    for book in books:
        writer.writerow([book.get(c, "") for c in slims.BIBLIO_COLUMNS])
    path.write_bytes(out.getvalue().encode("cp1252", errors="replace"))
    result = importer.import_file(lib, librarian, "slims-biblio", path)
    assert result.records_add == 2
    lost = sorted((f.field, f.value) for f in review.open_flags(lib, "encoding"))
    assert lost == [("", "???????"), ("title", "????? ????????")]  # (the author, the title; not "Siapa Aku???")
