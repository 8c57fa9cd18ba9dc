"""A SLiMS export opened in an Indonesian Excel, whose list separator is ``;``: each of SLiMS's comma lines
stays whole in column A, and a volunteer who saved it gives a workbook (or a CSV of one column) of lines.
Excel took the first field's quotes off and kept the rest of the line as written. It was refused with
instructions for Excel's Text to Columns; now it is read back as the lines SLiMS wrote, and comes in as the
export itself does."""

from __future__ import annotations

import csv

import pytest
from openpyxl import Workbook

from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import importer, readers, slims
from pustaka_desktop.core.store.models import Item, Record
from tests.core import interop_fixtures

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture

BOOKS = [
    # a comma and a quoted word in the first field: where it ends must be found again
    {"title": 'Laskar pelangi, "sebuah novel"', "authors": "<Hirata, Andrea>", "item_code": "<B0001><B0002>",
     "publish_year": "2008", "classification": "899.221 3", "call_number": "899.221 3 HIR l"},
    {"title": 'Ronggeng, dukuh paruk","trilogi', "authors": "<Tohari, Ahmad>", "item_code": "<B0003>",
     "notes": "Baris satu\\nbaris dua"},
    {"title": "الفقه الإسلامي", "authors": "<Az-Zuhaili, Wahbah>", "item_code": "<B0004>", "language_name": "Arab"},
    {"title": "Tjerita rakjat Djawa Barat", "authors": "", "item_code": "", "isbn_issn": "979-407-167-3"},
]
ITEMS = [{"item_code": f"B000{n}", "call_number": "899.221 3 HIR l", "coll_type_name": "Fiksi",
          "inventory_code": f"00{n}/P/2019", "received_date": "2019-03-04", "location_name": "Rak A",
          "price": "45000", "price_currency": "Rupiah", "title": title}
         for n, title in ((1, BOOKS[0]["title"]), (2, BOOKS[0]["title"]), (3, BOOKS[1]["title"]),
                          (4, BOOKS[2]["title"]))]


def slims_lines(columns, rows, trailing=""):
    """SLiMS 9's export: every field and the header quoted, a quote inside doubled (the item export ends each
    line with its separator)."""
    def line(values):
        return ",".join('"' + v.replace('"', '""') + '"' for v in values) + trailing
    base = {"gmd_name": "Text", "language_name": "Indonesia"} if "gmd_name" in columns else {}
    return [line(columns)] + [line([{**base, **row}.get(c, "") for c in columns]) for row in rows]


def excel_cell(line: str) -> str:
    """What Excel, splitting at ``;``, keeps of a comma line: the first field without its quotes (a doubled
    quote in it made one), then the rest of the line as it is."""
    at = 1
    while True:
        at = line.index('"', at)
        if line[at + 1:at + 2] != '"':
            break
        at += 2
    return line[1:at].replace('""', '"') + line[at + 1:]


def write_csv(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def one_column_workbook(path, lines, title_row=False):
    book = Workbook()
    if title_row:
        book.active.append(["Ekspor katalog SLiMS Perpustakaan Desa Sukamaju"])
    for line in lines:
        book.active.append([excel_cell(line)])
    book.save(path)
    return path


def one_column_csv(path, lines):
    """The workbook saved again as CSV by the same Excel: ``;`` between fields, each cell quoted whole."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        for line in lines:
            out.writerow([excel_cell(line)])
    return path


def read(reader, path):
    return [(inc.row, inc.record, inc.items, inc.record_title, inc.error) for inc in reader(path)]


@pytest.mark.parametrize("saved", [one_column_workbook, one_column_csv])
def test_each_row_of_a_one_column_export_is_read_as_the_line_slims_wrote(tmp_path, saved):
    for columns, rows, reader, trailing in ((slims.BIBLIO_COLUMNS, BOOKS, slims.read_biblio, ""),
                                            (slims.ITEM_COLUMNS, ITEMS, slims.read_items, ",")):
        lines = slims_lines(columns, rows, trailing)
        original = read(reader, write_csv(tmp_path / "export.csv", lines))
        suffix = ".xlsx" if saved is one_column_workbook else ".csv"
        assert read(reader, saved(tmp_path / f"export_excel{suffix}", lines)) == original
        assert all(error is None for *_, error in original) and len(original) == len(rows)


def test_a_pair_saved_by_excel_comes_in_whole_with_a_title_row_above(lib, librarian, tmp_path):
    biblio = one_column_workbook(tmp_path / "senayan_biblio_export.xlsx", slims_lines(slims.BIBLIO_COLUMNS, BOOKS),
                                 title_row=True)
    items = one_column_workbook(tmp_path / "senayan_item_export.xlsx",
                                slims_lines(slims.ITEM_COLUMNS, ITEMS, trailing=","))
    first, second = importer.import_slims(lib, librarian, biblio, items)
    assert (first.records_add, first.bad, second.bad) == (4, [], [])
    assert sorted(r.title for r in Record.select()) == sorted(
        ["Laskar pelangi, \"sebuah novel\"", 'Ronggeng, dukuh paruk","trilogi', "الفقه الإسلامي",
         "Tjerita rakjat Djawa Barat"])
    laskar = Record.get(Record.title.startswith("Laskar"))
    assert sorted(i.barcode for i in laskar.items) == ["B0001", "B0002"] and laskar.ddc == "899.2213"
    assert {i.accession_no for i in Item.select()} == {"001/P/2019", "002/P/2019", "003/P/2019", "004/P/2019"}
    assert Record.get(Record.title.startswith("Ronggeng")).notes == "Baris satu\nbaris dua"


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "inlislite"])
def test_chosen_as_a_plain_sheet_it_is_refused_naming_slims(lib, librarian, tmp_path, fmt):
    path = one_column_workbook(tmp_path / "senayan_biblio_export.xlsx", slims_lines(slims.BIBLIO_COLUMNS, BOOKS))
    with pytest.raises(ValidationError) as refused:
        importer.import_file(lib, librarian, fmt, path)
    assert "slims-biblio" in refused.value.template or "SLiMS" in refused.value.template
    assert readers.fitting_format(path, fmt) == "slims-biblio"  # (what the import wizard switches to)
    assert Record.select().count() == 0


def test_slims_s_member_export_left_in_column_a_comes_in_as_the_csv_does(tmp_path, empty_lib_factory):
    """The member list is the one a librarian opens in Excel most (to check who is in it)."""
    from pustaka_desktop.core.interop import member_import, slims_members
    from pustaka_desktop.core.store.models import Member
    from tests.core.test_slims_export_variants import MEMBER, slims_member_line

    second = ["2024002", "Nur'aini, Syafi'i", "0", "Siswa", "", "Dusun Krajan", *MEMBER[6:17], ""]
    lines = ["".join(f'"{c}",' for c in slims_members.COLUMNS)[:-1],
             slims_member_line(MEMBER), slims_member_line(second)]
    original = member_import.import_members(*empty_lib_factory(), write_csv(tmp_path / "m.csv", lines))
    expected = list(Member.select(Member.number, Member.name, Member.address, Member.notes).order_by(Member.number)
                    .tuples())
    for saved, name in ((one_column_workbook, "anggota.xlsx"), (one_column_csv, "anggota.csv")):
        result = member_import.import_members(*empty_lib_factory(), saved(tmp_path / name, lines))
        assert (result.add, result.bad) == (original.add, []) == (2, [])
        assert list(Member.select(Member.number, Member.name, Member.address, Member.notes)
                    .order_by(Member.number).tuples()) == expected
