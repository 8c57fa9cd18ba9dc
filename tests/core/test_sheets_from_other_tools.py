"""Catalogues and member lists kept in the tools village libraries really use, written here as those tools write
them: WPS Office (on many cheap Indonesian PCs), Google Sheets downloaded as .xlsx or .csv, Excel set to
Indonesian. Every row comes in; what is wrong is flagged, never lost."""

from __future__ import annotations

import re
import zipfile

from openpyxl import Workbook

from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.store.models import Item, Record


def _sized_as(path, dimension):
    """The workbook with its sheet's size declared as ``dimension``, as WPS Office may write it ("A1" for a
    whole sheet: reported to openpyxl and to other readers of WPS files)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = re.sub(rb'<dimension ref="[^"]*"\s*/>', f'<dimension ref="{dimension}"/>'.encode(), parts[sheet])
    assert f'<dimension ref="{dimension}"/>'.encode() in parts[sheet]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_a_wps_workbook_that_declares_one_cell_comes_in_whole(lib, librarian, tmp_path):
    book = Workbook()
    for row in (["No", "Judul", "Pengarang", "No. Induk"], [1, "Laskar Pelangi", "Andrea Hirata", "001"],
                [2, "Bumi Manusia", "Pramoedya Ananta Toer", "002"], [3, "Saman", "Ayu Utami", "003"]):
        book.active.append(row)
    book.save(tmp_path / "buku induk.xlsx")
    path = _sized_as(tmp_path / "buku induk.xlsx", "A1")
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.records_add, result.items_add, result.bad) == (3, 3, [])
    assert sorted((item.record.title, item.accession_no) for item in Item.select().join(Record)) == [
        ("Bumi Manusia", "002"), ("Laskar Pelangi", "001"), ("Saman", "003")]


def test_a_sheet_declared_smaller_than_it_is_loses_no_row(lib, librarian, tmp_path):
    book = Workbook()
    book.active.append(["Judul", "Pengarang"])
    for n in range(1, 21):
        book.active.append([f"Buku {n}", "Tim"])
    book.save(tmp_path / "katalog.xlsx")
    path = _sized_as(tmp_path / "katalog.xlsx", "A1:B5")  # (a size left from when the list was short)
    assert importer.import_file(lib, librarian, "xlsx", path).records_add == 20
