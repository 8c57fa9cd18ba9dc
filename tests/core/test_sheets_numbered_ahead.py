"""Lists kept by hand as villages keep them: numbered ahead (a buku induk with "No" 1 to 500 printed, 200
rows filled so far; a member list the same), and a title on several rows, each with its own count of copies."""

from __future__ import annotations

from openpyxl import Workbook

from pustaka_desktop.core.interop import importer, member_import, sheets
from pustaka_desktop.core.store.models import Item, Member, Record


def _book(path, header, rows):
    book = Workbook()
    book.active.append(header)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_rows_numbered_ahead_are_no_refused_books_but_one_notice(lib, librarian, tmp_path):
    rows = [[1, "001/P/2024", "Laskar Pelangi", "Andrea Hirata"], [2, "002/P/2024", "Hujan", "Tere Liye"]]
    rows += [[n, None, None, None] for n in range(3, 41)]  # printed ahead, waiting for the books to come
    result = importer.import_file(lib, librarian, "xlsx", _book(tmp_path / "induk.xlsx",
                                                               ["No", "No. Induk", "Judul", "Pengarang"], rows))
    assert (result.records_add, result.items_add, result.bad) == (2, 2, [])  # exit code 0: every book came in
    [notice] = [n for n in result.notices if n.template == sheets.NUMBERED_ONLY]
    assert notice.params == {"rows": "4–41"}
    # a row with a value and no title is still refused: it holds data that did not come in
    rows.append([41, "041/P/2024", None, "Tere Liye"])
    again = importer.import_file(lib, librarian, "xlsx", _book(tmp_path / "induk2.xlsx",
                                                              ["No", "No. Induk", "Judul", "Pengarang"], rows))
    assert [bad.row for bad in again.bad] == [42]


def test_a_member_list_numbered_ahead_refuses_no_member(lib, librarian, tmp_path):
    rows = [[1, "Siti Aminah", "P", "Dusun Krajan"], [2, "Budi Santoso", "L", "Dusun Krajan"]]
    rows += [[n, None, None, None] for n in range(3, 21)]
    result = member_import.import_members(lib, librarian, _book(tmp_path / "anggota.xlsx",
                                                                ["No", "Nama", "L/P", "Alamat"], rows))
    assert (result.add, result.bad) == (2, [])
    assert [n.params for n in result.notices if n.template == sheets.NUMBERED_ONLY] == [{"rows": "4–21"}]
    assert Member.select().count() == 2


def test_the_counts_of_a_titles_rows_add_up(lib, librarian, tmp_path):
    """Bought twice, written twice: "Laskar Pelangi, Jumlah 1" in 2019 and "Laskar Pelangi, Jumlah 2" in 2021
    are three copies, not the larger count; a second import of the list adds none."""
    path = _book(tmp_path / "daftar.xlsx", ["No", "Judul", "Pengarang", "Jumlah"],
                 [[1, "Laskar Pelangi", "Andrea Hirata", 1], [2, "Hujan", "Tere Liye", 2],
                  [3, "Laskar Pelangi", "Andrea Hirata", 2]])
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.records_add, result.items_add) == (2, 5)
    laskar = Record.get(Record.title == "Laskar Pelangi")
    assert Item.select().where(Item.record == laskar.id).count() == 3
    again = importer.import_file(lib, librarian, "xlsx", path)
    assert (again.records_add, again.items_add, Item.select().count()) == (0, 0, 5)
