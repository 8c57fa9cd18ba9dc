"""A buku induk whose "Asal Buku" is merged over "Beli | Hibah | Sumbangan", an X under the one that applies: the
wizard's preview gives "Source" to each of the three, Next stays open (no clash of one field over three columns)
and the line above the table says how the marks are read."""

from __future__ import annotations

from openpyxl import Workbook

from pustaka_desktop.gui.context import AppContext

from .test_interop_pages import _wizard


def _buku_induk(path, instructions: bool = False) -> None:
    book = Workbook()
    sheet = book.active
    if instructions:
        sheet.title = "Petunjuk"
        sheet.append(["PETUNJUK PENGISIAN BUKU INDUK"])
        sheet.append(["Kolom Asal Buku diberi tanda X"])
        sheet = book.create_sheet("2019")
    else:
        sheet.title = "2019"
    sheet.append(["BUKU INDUK PERPUSTAKAAN DESA SUKAMAJU"])
    sheet.append(["Tahun 2019"])
    sheet.append([])
    sheet.append(["No.", "No. Induk", "Judul Buku", "Pengarang", "Asal Buku", None, None, "Harga"])
    sheet.append([None, None, None, None, "Beli", "Hibah", "Sumbangan"])
    for column in "ABCDH":
        sheet.merge_cells(f"{column}4:{column}5")
    sheet.merge_cells("E4:G4")
    sheet.append([1, "001/PD-SKM/2019", "Laskar Pelangi", "Andrea Hirata", "X", None, None, "Rp 25.000,-"])
    sheet.append([2, "002/PD-SKM/2019", "Si Kancil", "Anonim", None, "X", None, 15000])
    book.save(path)


def _preview(qtbot, lib, librarian, path):
    wizard = _wizard(qtbot, AppContext(lib, librarian), "xlsx", path)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview, timeout=20000)
    return wizard, wizard.preview


def test_the_tick_columns_of_asal_buku_are_each_the_source_and_said_so(qtbot, lib, librarian, tmp_path):
    path = tmp_path / "Buku Induk 2019.xlsx"
    _buku_induk(path)
    wizard, page = _preview(qtbot, lib, librarian, path)
    mapping = page.mapping()
    assert [mapping[h] for h in ("Beli", "Hibah", "Sumbangan")] == ["source"] * 3
    assert page.isComplete()
    assert "read as ticks" in page.shared.text() and "“Beli”, “Hibah”, “Sumbangan”" in page.shared.text()
    assert page.shared.isVisibleTo(wizard)


def test_the_preview_names_the_sheet_it_shows_after_an_instructions_sheet(qtbot, lib, librarian, tmp_path):
    """It said "this is the first" of "Petunjuk, 2019" while it showed the books of 2019."""
    path = tmp_path / "Buku Induk.xlsx"
    _buku_induk(path, instructions=True)
    _, page = _preview(qtbot, lib, librarian, path)
    assert "(Petunjuk, 2019)" in page.hint.text() and "shown here is “2019”" in page.hint.text()
    assert page.table.item(0, 2).text() == "Laskar Pelangi"


def test_the_preview_names_a_hidden_column_it_reads(qtbot, lib, librarian, tmp_path):
    book = Workbook()
    for row in (["No.", "Tahun", "No. Induk", "Judul", "Pengarang"], [1, 2019, "001", "Laskar Pelangi", "Andrea Hirata"]):
        book.active.append(row)
    book.active.column_dimensions["B"].hidden = True
    book.save(tmp_path / "buku induk.xlsx")
    _, page = _preview(qtbot, lib, librarian, tmp_path / "buku induk.xlsx")
    assert "Columns hidden in Excel are read too: Tahun." in page.hint.text()


def test_the_review_list_names_the_sheet_and_row_a_flag_came_from(qtbot, lib, librarian, tmp_path):
    """Marks under two columns flagged: the list says where, so she can correct her workbook as well."""
    from pustaka_desktop.core.interop import importer
    from pustaka_desktop.gui.review_list import WHY, ReviewDialog

    book = Workbook()
    sheet = book.active
    sheet.title = "2019"
    for row in (["No.", "No. Induk", "Judul Buku", "Pengarang", "Beli", "Hibah", "Sumbangan"],
                [1, "001", "Laskar Pelangi", "Andrea Hirata", "X", "X", None]):
        sheet.append(row)
    book.create_sheet("Rekap").append(["REKAP PER TAHUN"])
    book.save(tmp_path / "buku induk.xlsx")
    importer.import_file(lib, librarian, "xlsx", tmp_path / "buku induk.xlsx")
    dialog = ReviewDialog(AppContext(lib, librarian))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.item(0, WHY).text().endswith("\nIn the file: buku induk.xlsx, sheet 2019, row 2")
    # (and which copy: the source to choose is the copy's, in its form: ``review_edits``)
    assert dialog.table.item(0, 0).text() == "Laskar Pelangi\n[UJI000001]"
