"""Opening a workbook reads no cell to learn its size (core/interop/xlsx_size.py). openpyxl parsed a sheet
without a <dimension> (what its write-only mode writes: our own xlsx exports, many scripts) whole each time it
was opened, only to find none: seconds a big sheet on a village PC, four or five times an import."""

from __future__ import annotations

import zipfile

from openpyxl import Workbook, load_workbook

from pustaka_desktop.core.interop import sheets, xlsx_size


def _write_only(path, rows):
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Katalog")
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _cells_after_the_first_row_broken(path):
    """The sheet's XML cut after its first row: whatever parses the cells fails there."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    part = next(name for name in parts if name.startswith("xl/worksheets/sheet"))
    xml = parts[part].decode("utf-8")
    assert "<dimension" not in xml  # (write-only mode writes none: the case this is about)
    first_row_end = xml.index("</row>") + len("</row>")
    parts[part] = (xml[:first_row_end] + "<row><c><v>1</v>").encode("utf-8")  # (never closed)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_a_sheet_without_its_size_is_opened_without_reading_its_cells(tmp_path):
    path = _cells_after_the_first_row_broken(_write_only(tmp_path / "ekspor.xlsx", [
        ["Judul", "Pengarang"], ["Laskar Pelangi", "Andrea Hirata"], ["Ronggeng Dukuh Paruk", "Ahmad Tohari"]]))
    opened = sheets.xlsx_sheets(path)  # (kept: the workbook closes with it)
    _, rows = next(opened)
    assert next(iter(rows)) == ["Judul", "Pengarang"]  # (openpyxl's own search failed on the broken cells)


def test_a_sheet_that_gives_its_size_is_as_big_as_it_says(tmp_path):
    book = Workbook()
    for row in (["Judul", "Tahun"], ["Saman", 1998], ["Cantik Itu Luka", 2002]):
        book.active.append(row)
    book.save(tmp_path / "katalog.xlsx")
    xlsx_size.install()
    with (tmp_path / "katalog.xlsx").open("rb") as handle:
        opened = load_workbook(handle, read_only=True)
        sheet = opened.active
        assert (sheet.min_row, sheet.max_row, sheet.min_column, sheet.max_column) == (1, 3, 1, 2)
        assert [list(row) for row in sheet.iter_rows(values_only=True)] == [
            ["Judul", "Tahun"], ["Saman", 1998], ["Cantik Itu Luka", 2002]]
        opened.close()


def test_an_export_of_ours_reads_back_whole(tmp_path):
    path = _write_only(tmp_path / "ekspor.xlsx", [["Judul", "Tahun", "Catatan"], ["Saman", 1998],
                                                   ["Cantik Itu Luka", 2002, "cetakan 3"]])
    opened = sheets.xlsx_sheets(path)
    _, rows = next(opened)
    assert [row[:3] for row in rows] == [["Judul", "Tahun", "Catatan"], ["Saman", 1998], ["Cantik Itu Luka", 2002,
                                                                                       "cetakan 3"]]


def test_a_sheet_damaged_past_its_first_row_is_refused_with_the_row_and_nothing_comes_in(lib, librarian, tmp_path):
    """Found only while the rows are read now (the size no longer reads them): refused, never a traceback."""
    import pytest

    from pustaka_desktop.core.errors import ValidationError
    from pustaka_desktop.core.interop import importer
    from pustaka_desktop.core.store.models import Record

    path = _cells_after_the_first_row_broken(_write_only(tmp_path / "katalog.xlsx", [
        ["Judul", "Pengarang"], ["Laskar Pelangi", "Andrea Hirata"], ["Ronggeng Dukuh Paruk", "Ahmad Tohari"]]))
    opened = sheets.xlsx_sheets(path)
    _, rows = next(opened)
    with pytest.raises(ValidationError) as refused:
        list(rows)
    assert (refused.value.template, refused.value.params["row"]) == (sheets.DAMAGED_SHEET, 2)
    with pytest.raises(ValidationError):
        importer.import_file(lib, librarian, "xlsx", path)
    assert Record.select().count() == 0
