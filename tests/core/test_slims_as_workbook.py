"""A SLiMS export opened in Excel and saved as a workbook (Excel offers it when the CSV is closed): read as
SLiMS's, its lists of authors and copies apart, the numbers and dates Excel made read back; chosen as
a plain sheet (or the CSV as a plain CSV) it is refused, naming the right format, instead of coming in
with one author "<A><B>" and one barcode "<B0001><B0002>"."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from openpyxl import Workbook

from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import importer, readers, slims
from pustaka_desktop.core.store.models import Item, Record
from tests.core import interop_fixtures

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture

BIBLIO = {"title": "Laskar Pelangi : sebuah novel", "gmd_name": "Text", "edition": "Cet. 5",
          "isbn_issn": "9789793062792", "publisher_name": "Bentang Pustaka", "publish_year": "2008",
          "collation": "529 hlm. ; 20 cm", "call_number": "899.221 HIR l", "language_name": "Indonesia",
          "place_name": "Yogyakarta", "classification": "899.221", "notes": "Baris satu\\nBaris dua",
          "sor": "Andrea Hirata", "authors": "<Hirata, Andrea><Editor Kedua>", "topics": "<Novel><Fiksi Indonesia>",
          "item_code": "<B0001><B0002>"}
ITEM = {"item_code": "B0002", "call_number": "899.221 HIR l", "coll_type_name": "Fiksi",
        "inventory_code": "002/P/2019", "received_date": "2019-03-04", "location_name": "Ruang Baca",
        "item_status_name": "Repair", "source": "1", "price": "85000", "price_currency": "Rupiah",
        "title": "Laskar Pelangi : sebuah novel"}


def _as_excel_keeps_it(column: str, value: str):
    """What Excel makes of a CSV field when it opens the file: digits become a number, a day a date."""
    if column in ("isbn_issn", "publish_year", "price", "source") and value.isdigit():
        return int(value)
    if column == "received_date" and value:
        return datetime.fromisoformat(value)
    return value


def _workbook(path, columns, rows):
    book = Workbook()
    sheet = book.active
    sheet.title = path.stem  # (Excel names the sheet after the CSV it opened)
    sheet.append(list(columns))
    for row in rows:
        sheet.append([_as_excel_keeps_it(c, row.get(c, "")) for c in columns])
    book.save(path)
    return path


def _csv(path, columns, rows):
    lines = [",".join(columns)] + [",".join(f'"{row.get(c, "")}"' for c in columns) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_slims_export_saved_as_a_workbook_comes_in_as_the_csv_does(lib, librarian, tmp_path):
    biblio = _workbook(tmp_path / "senayan_biblio_export.xlsx", slims.BIBLIO_COLUMNS, [BIBLIO])
    items = _workbook(tmp_path / "senayan_item_export.xlsx", slims.ITEM_COLUMNS, [ITEM])
    assert readers.fitting_format(biblio, "xlsx") == "slims-biblio"  # the wizard switches to it
    assert readers.fitting_format(items, "csv") == "slims-item"
    plans = importer.import_slims(lib, librarian, biblio, items)
    assert [(p.records_add, p.items_add, p.bad) for p in plans] == [(1, 2, []), (0, 0, [])]
    laskar = Record.get()
    assert (laskar.title, laskar.subtitle, laskar.isbn, laskar.year_text) == (
        "Laskar Pelangi", "sebuah novel", "9789793062792", "2008")
    assert [a["name"] for a in json.loads(laskar.authors)] == ["Hirata, Andrea", "Editor Kedua"]
    assert (json.loads(laskar.subjects), laskar.notes) == (["Novel", "Fiksi Indonesia"], "Baris satu\nBaris dua")
    copy = Item.get(Item.barcode == "B0002")
    assert (copy.accession_no, str(copy.received_on), copy.status, copy.price, copy.source) == (
        "002/P/2019", "2019-03-04", "in_repair", 85000, "purchase")
    assert sorted(i.barcode for i in Item.select()) == ["B0001", "B0002"]
    again = importer.import_slims(lib, librarian, biblio, items)  # the workbook again: nothing changes
    assert [(p.records_add, p.records_update, p.items_add, p.items_update) for p in again] == [(0, 0, 0, 0)] * 2


def test_the_same_books_from_the_workbook_as_from_the_csv(lib, librarian, tmp_path, empty_lib_factory):
    importer.import_file(lib, librarian, "slims-biblio",
                         _workbook(tmp_path / "b.xlsx", slims.BIBLIO_COLUMNS, [BIBLIO]))
    from_book = [(r.title, r.subtitle, r.isbn, r.authors, r.subjects, r.notes, r.ddc) for r in Record.select()]
    other, other_by = empty_lib_factory()
    importer.import_file(other, other_by, "slims-biblio", _csv(tmp_path / "b.csv", slims.BIBLIO_COLUMNS, [BIBLIO]))
    assert [(r.title, r.subtitle, r.isbn, r.authors, r.subjects, r.notes, r.ddc) for r in Record.select()] == from_book


@pytest.mark.parametrize("fmt, suffix", [("xlsx", "xlsx"), ("csv", "csv"), ("inlislite", "xlsx")])
def test_a_slims_export_chosen_as_a_plain_sheet_is_refused_naming_its_format(lib, librarian, tmp_path, fmt,
                                                                             suffix):
    write = _workbook if suffix == "xlsx" else _csv
    path = write(tmp_path / f"senayan_biblio_export.{suffix}", slims.BIBLIO_COLUMNS, [BIBLIO])
    with pytest.raises(ValidationError) as refused:
        importer.import_file(lib, librarian, fmt, path)
    assert "slims-biblio" in refused.value.template and refused.value.params == {"path": path.name}
    assert Record.select().count() == 0


def test_a_workbook_without_slims_columns_chosen_as_slims_says_what_it_lacks(lib, librarian, tmp_path):
    book = Workbook()
    book.active.append(["Judul", "Pengarang"])
    book.active.append(["Laskar Pelangi", "Andrea Hirata"])
    book.save(tmp_path / "daftar.xlsx")
    with pytest.raises(ValidationError) as refused:
        importer.import_file(lib, librarian, "slims-biblio", tmp_path / "daftar.xlsx")
    assert refused.value.params["kind"] == "biblio" and "title" in refused.value.params["missing"]
