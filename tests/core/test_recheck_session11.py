"""Today's imports tried with files as people make them (session 11): a SLiMS export that Excel opened
without splitting its lines (SLiMS's ``;`` on a computer whose list separator is ``,``) and saved as a
workbook, all in column A; a price whose money is none chosen (SLiMS's "NONE", stored as 0) or rupiah
written at length ("Rupiah (IDR)")."""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook

from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import importer, slims
from pustaka_desktop.core.store.models import Item, Record
from tests.core import test_interop_slims_backup as backup
from tests.core.test_inlislite_variants import COPY, report
from tests.core.test_slims_as_workbook import BIBLIO


def _all_in_column_a(path, title_row=False):
    """What Excel makes of SLiMS's ``;`` CSV when it splits at ``,``: the first field's quotes gone, the rest
    of the line as written in column A, cut again at each comma (an author "<Hirata, Andrea>")."""
    book = Workbook()
    if title_row:
        book.active.append(["Ekspor SLiMS Perpustakaan Desa Sukamaju"])
    book.active.append([";".join(slims.BIBLIO_COLUMNS)])
    line = ";".join(f'"{BIBLIO.get(c, "")}"' for c in slims.BIBLIO_COLUMNS)
    first, _, rest = line[1:].partition('"')
    book.active.append((first + rest).split(","))
    book.save(path)
    return path


@pytest.mark.parametrize("title_row", [False, True])
def test_a_slims_export_all_in_column_a_comes_in_as_slims_s(lib, librarian, tmp_path, title_row):
    """Before, as a sheet its data row was taken for the header ("no column is mapped to the title"), and
    as SLiMS's it lacked every column; then it was refused with what to do in Excel. Now the line is put back
    together (``slims_one_column``; tests/core/test_slims_one_column.py) and read as SLiMS's."""
    path = _all_in_column_a(tmp_path / "senayan_biblio_export.xlsx", title_row)
    result = importer.import_file(lib, librarian, "slims-biblio", path)
    assert (result.records_add, result.bad) == (1, [])
    record = Record.get()
    assert (record.title, record.subtitle) == ("Laskar Pelangi", "sebuah novel")
    assert [a["name"] for a in json.loads(record.authors)] == ["Hirata, Andrea", "Editor Kedua"]
    assert sorted(i.barcode for i in record.items) == ["B0001", "B0002"]


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "inlislite"])
def test_a_slims_export_all_in_column_a_chosen_as_a_sheet_is_refused_naming_slims(lib, librarian, tmp_path, fmt):
    path = _all_in_column_a(tmp_path / "senayan_biblio_export.xlsx")
    with pytest.raises(ValidationError) as refused:
        importer.import_file(lib, librarian, fmt, path)
    assert "slims-biblio" in refused.value.template
    assert Record.select().count() == 0


def test_a_slims_backup_s_price_with_no_money_chosen_is_rupiah_and_a_dollar_price_is_not(
        lib, librarian, tmp_path, monkeypatch):
    """SLiMS's list of currencies starts with "NONE", value 0, and a new copy has it unless the librarian picks
    one: most copies priced in rupiah say 0. Read as another money, each lost its price and was flagged."""
    copies = [dict(item_id=1, biblio_id=1, item_code="B0001", item_status_id="0", price=85000, price_currency="0"),
              dict(item_id=2, biblio_id=1, item_code="B0002", item_status_id="0", price=15, price_currency="USD")]
    monkeypatch.setattr(backup, "ITEMS", copies)
    importer.import_slims_backup(lib, librarian, backup.write_dump(tmp_path / "backup_20261201.sql"))
    rupiah, dollars = Item.get(Item.barcode == "B0001"), Item.get(Item.barcode == "B0002")
    assert (rupiah.price, rupiah.condition_note) == (85000, "")
    assert (dollars.price, dollars.condition_note) == (None, "15 USD")
    assert [f.params for f in review.open_flags(lib, reason="price")] == [{"price": "15", "currency": "USD"}]


def test_inlislite_s_money_written_as_rupiah_at_length_or_as_none_keeps_the_price(lib, librarian, tmp_path):
    moneys = ["Rp.", "IDR", "Rupiah (IDR)", "-", "Dollar", "US$"]
    rows = [[f"B{n}", "15-01-2020", f"00{n}", "Laskar pelangi", "899.221 3", "Pembelian", "Dapat dipinjam", "",
             "Tersedia", "Ya", money, "25,000.00"] for n, money in enumerate(moneys)]
    importer.import_file(lib, librarian, "inlislite", report(tmp_path / "Laporan_Eksemplar.xlsx", COPY, rows,
                                                            title="Worksheet"))
    got = {money: (Item.get(Item.barcode == f"B{n}").price, Item.get(Item.barcode == f"B{n}").condition_note)
           for n, money in enumerate(moneys)}
    assert got == {"Rp.": (25000, ""), "IDR": (25000, ""), "Rupiah (IDR)": (25000, ""), "-": (25000, ""),
                   "Dollar": (None, "25,000.00 Dollar"), "US$": (None, "25,000.00 US$")}
