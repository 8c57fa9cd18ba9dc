"""A hand-kept list gives a book's size in a column of its own beside its pages ("Halaman" | "Ukuran"), as the
KDT prints "xiv, 529 hlm. ; 20 cm": the size was a column "not imported", and the collation, which takes one column,
could not take it either (choosing it for both was refused). It is read as the size, joined to the collation."""

from __future__ import annotations

from openpyxl import Workbook

from pustaka_desktop.core.interop import importer, sheet_headers
from pustaka_desktop.core.interop.sheet_values import collation
from pustaka_desktop.core.store.models import Record


def test_the_size_joins_the_pages_as_isbd_writes_them():
    assert collation("xiv, 529 hlm.", "20 cm") == "xiv, 529 hlm. ; 20 cm"
    assert collation("120 hlm", 21) == "120 hlm ; 21 cm"  # (a number cell: centimetres, as a size always is)
    assert collation("40 hlm. ;", "20,5") == "40 hlm. ; 20,5 cm"
    assert collation("", 21.0) == "21 cm" and collation("vi, 90 hlm.", "A5") == "vi, 90 hlm. ; A5"


def test_a_size_column_is_guessed_beside_the_pages():
    assert sheet_headers.guess_mapping(["Judul", "Halaman", "Ukuran (cm)"]) == {
        "Judul": "title", "Halaman": "collation", "Ukuran (cm)": "dimensions"}
    assert sheet_headers.guess_mapping(["Tinggi"]) == {"Tinggi": "dimensions"}


def test_a_hand_kept_list_s_pages_and_size_make_one_collation_and_a_second_import_changes_nothing(lib, librarian,
                                                                                                 tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["No", "Judul", "Pengarang", "Tahun", "Halaman", "Ukuran", "Jml"])
    sheet.append([1, "Laskar Pelangi", "Andrea Hirata", 2005, "xiv, 529 hlm.", "20 cm", 1])
    sheet.append([2, "Budidaya Lele", "Tim Agro", 2015, "120 hlm", 21, 1])
    sheet.append([3, "Iqro 1", "As'ad Humam", 2000, "40 hlm", None, 1])
    path = tmp_path / "buku.xlsx"
    book.save(path)
    plan = importer.import_file(lib, librarian, "xlsx", path)
    assert not any("Ukuran" in notice.line() for notice in plan.notices)  # (no longer "not imported")
    assert {r.title: r.collation for r in Record.select()} == {
        "Laskar Pelangi": "xiv, 529 hlm. ; 20 cm", "Budidaya Lele": "120 hlm ; 21 cm", "Iqro 1": "40 hlm"}
    again = importer.import_file(lib, librarian, "xlsx", path)
    assert again.changes == 0
