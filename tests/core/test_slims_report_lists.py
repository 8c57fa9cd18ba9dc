"""SLiMS's Reporting pages' "Export to spreadsheet" (read from slims/slims9_bulian ``reporting/customs/
item_titles_list.php``, ``titles_list.php``, ``spreadsheet.php``): the columns of their ``xlsquery`` in SLiMS's
Indonesian. Items Title List writes a copy's status as SLiMS keeps it (``item_status_id``: ``0``, ``MIS``, ``NL``):
a missing copy came in on the shelf, to be lent and reserved. Titles List heads its count of copies ``Salin``."""

from __future__ import annotations

from openpyxl import Workbook

from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.store.models import Item, Record


def _sheet(path, rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_items_title_list_statuses_are_slims_codes(lib, librarian, tmp_path):
    path = _sheet(tmp_path / "title_list_item.xlsx", [
        ["Kode Eksemplar", "Judul", "Tipe Koleksi", "Status Eksemplar", "No. Panggil"],
        ["B00001", "Laskar pelangi", "Umum", "0", "899.221 3 HIR l"],
        ["B00002", "Laskar pelangi", "Umum", "MIS", "899.221 3 HIR l"],
        ["B00003", "Serat Centhini", "Referensi", "NL", "899.222 RAN s"]])
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.items_add, result.bad) == (3, [])
    assert {i.barcode: i.status for i in Item.select()} == {"B00001": "available", "B00002": "lost",
                                                            "B00003": "not_for_loan"}
    assert Item.get(Item.barcode == "B00001").call_number == "899.221 3 HIR l"


def test_titles_list_salin_is_the_count_of_copies(lib, librarian, tmp_path):
    path = _sheet(tmp_path / "title_list.xlsx", [
        ["biblio_id", "Judul", "Salin", "Tempat Terbit", "Penerbit", "ISBN/ISSN", "No. Panggil"],
        [1, "Laskar pelangi", 2, "Yogyakarta", "Bentang Pustaka", "9789791227001", "899.221 3 HIR l"]])
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.records_add, result.items_add) == (1, 2)
    assert Record.get().place == "Yogyakarta"
    again = importer.import_file(lib, librarian, "xlsx", path)
    assert (again.records_add, again.items_add) == (0, 0)
