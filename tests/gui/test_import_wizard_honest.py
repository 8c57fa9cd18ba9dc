"""The import wizard's preview of a buku induk tells the truth about what the import will do:
- a field that takes one column chosen for a second column (the arrow key slipped onto "Judul") is said above
  the columns, naming both, and Next waits until she chooses: before, the import kept the last column's values
  and lost the other's without a word; two columns of authors are said to be joined, and Next goes on;
- "Maret 2015" is shown as the day the import takes (01-03-2015) marked "(to check)", with the reason on the
  pointer, as every value the import keeps for checking afterwards; before, the made-up day looked certain;
- rows hidden in Excel are said on the preview, and the check counts them (they come in too)."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from pustaka_desktop.gui.context import AppContext

from ..core.test_import_wizard_honest import FIRST_BOOK_ROW, HEADERS, buku_induk
from .test_interop_pages import _wizard


def _preview(qtbot, lib, librarian, path):
    wizard = _wizard(qtbot, AppContext(lib, librarian), "xlsx", path)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview, timeout=20000)
    return wizard


def _next(wizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_second_column_given_the_title_is_said_and_next_waits(qtbot, lib, librarian, tmp_path):
    wizard = _preview(qtbot, lib, librarian, buku_induk(tmp_path / "buku_induk.xlsx"))
    page, combos = wizard.preview, dict(wizard.preview.combos)
    assert _next(wizard) and page.shared.isHidden()
    combos["Penerbit"].setCurrentIndex(combos["Penerbit"].findData("title"))
    assert not _next(wizard)
    assert page.shared.isVisible() and "“Judul Buku”, “Penerbit”" in page.shared.text()
    assert "Title" in page.shared.text()
    combos["Penerbit"].setCurrentIndex(combos["Penerbit"].findData("publisher"))  # she chooses
    assert _next(wizard) and page.shared.isHidden()


def test_a_second_column_of_authors_is_said_to_be_joined_and_next_goes_on(qtbot, lib, librarian, tmp_path):
    wizard = _preview(qtbot, lib, librarian, buku_induk(tmp_path / "buku_induk.xlsx"))
    combos = dict(wizard.preview.combos)
    combos["Penerbit"].setCurrentIndex(combos["Penerbit"].findData("authors"))
    assert _next(wizard)
    assert "joined" in wizard.preview.shared.text() and "“Pengarang”, “Penerbit”" in wizard.preview.shared.text()


def test_a_month_without_its_day_shows_the_day_taken_marked_to_check(qtbot, lib, librarian, tmp_path):
    wizard = _preview(qtbot, lib, librarian, buku_induk(tmp_path / "buku_induk.xlsx"))
    table = wizard.preview.table
    column = HEADERS.index("Tgl Terima")
    cells = [table.item(row, column) for row in range(table.rowCount())]
    assert [cell.text() for cell in cells[:3]] == ["02-03-2015", "01-03-2015 (to check)", "12-04-2015"]
    assert "Maret 2015 gives the month but not the day" in cells[1].toolTip()
    price = table.item(5, HEADERS.index("Harga (Rp)"))
    assert price.text() == "dua puluh ribu (to check)" and "is not a price" in price.toolTip()
    isbn = table.item(2, HEADERS.index("ISBN"))
    assert isbn.text() == "9789799731234"  # (the ISBN kept, not the "979-97312-3-2" written)


def test_hidden_rows_are_said_on_the_preview_and_counted_by_the_check(qtbot, lib, librarian, tmp_path):
    path = buku_induk(tmp_path / "buku_induk.xlsx", hide=(FIRST_BOOK_ROW + 4, FIRST_BOOK_ROW + 5))
    wizard = _preview(qtbot, lib, librarian, path)
    assert "hidden in Excel" in wizard.preview.hint.text()
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.report.plans), timeout=20000)
    assert "2 rows are hidden in Excel (hidden by hand or by a filter): rows 11–12" in wizard.report.summary.text()


def test_a_sheet_without_hidden_rows_says_nothing_of_them(qtbot, lib, librarian, tmp_path):
    wizard = _preview(qtbot, lib, librarian, buku_induk(tmp_path / "buku_induk.xlsx"))
    assert "hidden" not in wizard.preview.hint.text()
