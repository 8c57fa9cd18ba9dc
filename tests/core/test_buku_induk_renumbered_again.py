"""A buku induk whose numbering started again at 1 with a new year: the second "1" comes in as written and is
listed in "Perlu diperiksa", which invites the librarian to give it its own number ("1" -> "1/2016"). She does,
then imports the same old workbook again (unsure it all came in): the file still says "1", and the copy she
renumbered is still found as the copy of that row: nothing is added, and her number stays."""

from __future__ import annotations

from openpyxl import Workbook

from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.catalog.copies import update_item
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.store.models import Item, Record


def _numbered_again_each_year(path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "2015"
    sheet.append(["No. Induk", "Judul Buku", "Pengarang", "Penerbit", "Jml"])
    sheet.append([1, "Laskar Pelangi", "Andrea Hirata", "Bentang Pustaka", 1])
    sheet.append([2, "Bumi Manusia", "Pramoedya Ananta Toer", "Hasta Mitra", 1])
    sheet = book.create_sheet("2016")
    sheet.append(["No Induk", "Judul", "Pengarang", "Penerbit", "Jumlah"])
    sheet.append([1, "Ronggeng Dukuh Paruk", "Ahmad Tohari", "Gramedia", 1])
    sheet.append([2, "Sang Pemimpi", "Andrea Hirata", "Bentang Pustaka", 1])
    book.save(path)


def _numbers(title: str) -> list[str]:
    return sorted(item.accession_no for item in Record.get(Record.title == title).items)


def _shared_number_flags(lib) -> dict[str, int]:
    return {entry.value: entry.id for entry in review.open_flags(lib) if entry.field == "accession_no"}


def test_a_copy_renumbered_on_the_review_list_is_not_added_again_by_the_same_workbook(lib, librarian, tmp_path):
    path = tmp_path / "Buku Induk 2015-2016.xlsx"
    _numbered_again_each_year(path)
    importer.import_file(lib, librarian, "xlsx", path)
    flags = _shared_number_flags(lib)
    review.fix(lib, librarian, flags["1"], "1/2016")
    review.fix(lib, librarian, flags["2"], "2/2016")
    assert _numbers("Ronggeng Dukuh Paruk") == ["1/2016"]

    again = importer.import_file(lib, librarian, "xlsx", path)

    assert (again.items_add, again.items_update, again.records_add) == (0, 0, 0)
    assert Item.select().count() == 4
    assert _numbers("Ronggeng Dukuh Paruk") == ["1/2016"] and _numbers("Sang Pemimpi") == ["2/2016"]
    assert _numbers("Laskar Pelangi") == ["1"] and _numbers("Bumi Manusia") == ["2"]
    assert _shared_number_flags(lib) == {}  # (nothing to look at again: the copies are the ones she numbered)


def test_a_copy_renumbered_on_its_form_while_listed_is_found_too(lib, librarian, tmp_path):
    """She opened the copy from the list and typed its number on the copy form (the item stays listed until she
    closes it): the list still knows the number the copy came in with."""
    path = tmp_path / "induk.xlsx"
    _numbered_again_each_year(path)
    importer.import_file(lib, librarian, "xlsx", path)
    copy = Record.get(Record.title == "Ronggeng Dukuh Paruk").items[0]
    update_item(lib, librarian, copy, accession_no="2016/001")

    again = importer.import_file(lib, librarian, "xlsx", path)

    assert again.items_add == 0 and Item.select().count() == 4
    assert _numbers("Ronggeng Dukuh Paruk") == ["2016/001"]


def test_another_book_with_the_old_number_still_comes_in(lib, librarian, tmp_path):
    """The number a copy came in with finds that copy for its own book only: a third librarian's "1" of another
    book is a copy of that book, as before."""
    path = tmp_path / "induk.xlsx"
    _numbered_again_each_year(path)
    importer.import_file(lib, librarian, "xlsx", path)
    review.fix(lib, librarian, _shared_number_flags(lib)["1"], "1/2016")
    later = tmp_path / "induk 2017.xlsx"
    book = Workbook()
    book.active.append(["No Induk", "Judul", "Pengarang", "Jumlah"])
    book.active.append([1, "Cantik Itu Luka", "Eka Kurniawan", 1])
    book.save(later)

    plan = importer.import_file(lib, librarian, "xlsx", later)

    assert plan.items_add == 1 and _numbers("Cantik Itu Luka") == ["1"]
