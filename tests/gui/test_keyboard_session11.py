"""Moving a library in with the keyboard alone, in Indonesian: a server's SLiMS backup of two libraries, a
SLiMS export saved from Excel as .xlsx, a buku induk with cells merged down, and the review list's possible
duplicate of a print book and its e-book. What a keyboard-only volunteer could not reach or read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import merged_cells, slims
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.import_wizard import FILTERS
from pustaka_desktop.gui.widgets.a11y import ANNOUNCEMENTS
from tests.core.test_import_identity import slims_biblio
from tests.core.test_merged_cells import _sheet
from tests.core.test_slims_as_workbook import BIBLIO, _workbook

from .a11y_helpers import describe, press
from .test_interop_pages import _wizard


def _active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def _merged_buku_induk(path):
    """A buku induk kept by hand: the accession number, title and author merged down over a book's copies."""
    _sheet([["No. Induk", "Judul", "Pengarang", "Harga"], ["010/PD", "Laskar Pelangi", "Andrea Hirata", 85000],
            [None, None, None, 85000], [None, None, None, 80000]], ["A2:A4", "B2:B4", "C2:C4"]).save(path)
    return path


def test_the_check_step_opens_on_its_summary_and_its_notices_are_a_tab_stop(qtbot, lib, librarian, tmp_path):
    """The notice of a number merged down was only painted: Tab went from the empty table to the buttons."""
    wizard = _wizard(qtbot, AppContext(lib, librarian), "xlsx", _merged_buku_induk(tmp_path / "induk.xlsx"))
    _active(qtbot, wizard)
    wizard.next()
    wizard.next()
    report = wizard.report
    qtbot.waitUntil(lambda: report.plan is not None, timeout=20000)
    _active(qtbot, wizard)
    assert [n.template for n in report.plan.notices] == [merged_cells.NUMBER_MERGED]
    assert "3–4" in report.summary.text()  # (the notice's rows)
    assert QApplication.focusWidget() is report.summary, describe(QApplication.focusWidget())
    stops = [press(qtbot, Qt.Key.Key_Tab) for _ in range(5)]
    assert report.summary in stops and report.bad in stops, [describe(w) for w in stops]
    assert report.summary.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_a_slims_export_saved_from_excel_switches_the_format_and_says_so(qtbot, lib, librarian, tmp_path):
    """The format list changed out of sight (the focus is in the file field): it is said on the page and aloud,
    and the SLiMS item file can then be chosen (its row shown, an .xlsx in its filter)."""
    said: list[str] = []
    ANNOUNCEMENTS.announced.connect(lambda text, _assertive: said.append(text))
    try:
        path = _workbook(tmp_path / "senayan_biblio_export.xlsx", slims.BIBLIO_COLUMNS, [BIBLIO])
        wizard = _wizard(qtbot, AppContext(lib, librarian), "xlsx")
        wizard.choose.path.setText(str(path))
    finally:
        ANNOUNCEMENTS.announced.disconnect()
    choose = wizard.choose
    assert choose.format.currentData() == "slims-biblio"
    assert choose.format_note.isVisible() and choose.format.currentText() in choose.format_note.text()
    assert said == [choose.format_note.text()]
    assert choose.items_path.isVisible() and "*.xlsx" in FILTERS["slims-item"]
    choose.format.activated.emit(choose.format.currentIndex())  # the librarian picks a format: the note goes
    assert not choose.format_note.isVisible()


def test_a_backup_that_cannot_be_read_says_why_to_the_keyboard(qtbot, lib, librarian, tmp_path):
    """A backup cut off while copied: the preview's reason (and why Next stays grey) has the focus and is a Tab
    stop; the focus was on the empty table and the reason only painted. Back, and a file that reads: the hint
    is a plain label again."""
    path = tmp_path / "backup.sql"
    path.write_text("-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n-- Host: localhost    Database: "
                    "slims\n\nCREATE TABLE `biblio` (\n  `biblio_id` int NOT NULL\n);\nINSERT INTO `biblio` VALUES "
                    "(1,'Laskar", encoding="utf-8")
    wizard = _wizard(qtbot, AppContext(lib, librarian), "", path)
    _active(qtbot, wizard)
    wizard.next()
    preview = wizard.preview
    assert preview.error and preview.hint.text() == preview.error and not preview.isComplete()
    assert QApplication.focusWidget() is preview.hint, describe(QApplication.focusWidget())
    stops = [press(qtbot, Qt.Key.Key_Tab) for _ in range(5)]
    assert preview.hint in stops, [describe(w) for w in stops]
    wizard.back()
    wizard.choose.path.setText(str(_workbook(tmp_path / "senayan_biblio_export.xlsx", slims.BIBLIO_COLUMNS,
                                             [BIBLIO])))
    wizard.next()
    assert not preview.error and preview.hint.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_the_possible_duplicate_of_a_print_book_and_its_e_book_is_cleared_with_enter_and_the_end_is_said(
        qtbot, lib, librarian, tmp_path):
    """The import's review list opens on the flag, Enter clears it (it has nothing to write back); the focus
    stays in the table, now empty, so that the list is done is said aloud (it was only painted)."""
    path = tmp_path / "senayan_biblio_export.csv"
    slims_biblio(path, ("Text", "<B0001><B0002>"), ("Electronic Resource", "<E0001>"))
    wizard = _wizard(qtbot, AppContext(lib, librarian), "slims-biblio", path)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report.plan is not None, timeout=20000)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_plan is not None, timeout=20000)
    dialog = wizard.review_dialog
    qtbot.waitUntil(dialog.isVisible)
    _active(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.table
    assert [entry.reason for entry in dialog.entries] == ["duplicate"]
    said: list[str] = []
    ANNOUNCEMENTS.announced.connect(lambda text, _assertive: said.append(text))
    try:
        press(qtbot, Qt.Key.Key_Return)
    finally:
        ANNOUNCEMENTS.announced.disconnect()
    assert review.open_count(lib) == 0 and dialog.table.rowCount() == 0
    assert QApplication.focusWidget() is dialog.table
    assert said == [dialog.summary.text()] and dialog.summary.text() == "Nothing left to check."


def test_the_review_list_says_which_of_a_print_book_and_its_e_book_a_row_is(qtbot, lib, librarian, tmp_path):
    """Two records of one title flagged as alike: the list's record column names the e-book as such (the two
    rows read the same before)."""
    from pustaka_desktop.core.interop import importer
    from pustaka_desktop.gui.review_list import ReviewDialog

    path = tmp_path / "senayan_biblio_export.csv"
    slims_biblio(path, ("Text", "<B0001>"), ("Electronic Resource", "<E0001>"))
    importer.import_file(lib, librarian, "slims-biblio", path)
    dialog = ReviewDialog(AppContext(lib, librarian))
    qtbot.addWidget(dialog)
    [entry] = dialog.entries
    assert entry.material_type == "ebook" and dialog.table.item(0, 0).text().endswith("[E-book]")
