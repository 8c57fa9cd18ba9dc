"""Import & Export → *Undo an import…*: the librarian picks the test sheet imported by mistake, reads what will go,
what will be put back and what stays (a copy lent since), and undoes it; a volunteer never gets the button."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from pustaka_desktop.core.circulation import loans
from pustaka_desktop.core.community import members
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.store.models import Item, Record
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.dialogs import undo_import as dialog_module
from pustaka_desktop.gui.dialogs.undo_import import UndoImportDialog
from pustaka_desktop.gui.pages.transfer import TransferPage
from tests.core.test_undo_import import GOOD, TEST_SHEET
from tests.gui.test_labels_after_movein_gui import walked


def _imports(lib, librarian, tmp_path):
    for name, text in (("katalog.csv", GOOD), ("latihan.csv", TEST_SHEET)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        importer.import_file(lib, librarian, "csv", path)


def test_the_librarian_sees_what_goes_and_what_stays_then_undoes_the_test_sheet(qtbot, lib, librarian, tmp_path,
                                                                                 monkeypatch):
    _imports(lib, librarian, tmp_path)
    siti = members.register(lib, librarian, name="Siti Aminah", gender="F", birth_date="2012-05-01",
                            member_type="Umum")
    loans.checkout(lib, librarian, siti, "T0001")
    said: list[str] = []
    monkeypatch.setattr(dialog_module, "confirm", lambda parent, title, text: said.append(text) or True)
    monkeypatch.setattr(dialog_module, "info", lambda parent, title, text: said.append(text))
    dialog = UndoImportDialog(AppContext(lib, librarian))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2 and dialog.table.item(0, 2).text() == "latihan.csv"  # newest first
    preview = dialog.preview.text()
    assert "removes 1 records, 1 copies and 0 members, and puts back 1" in preview
    assert "T0001 · Coba Buku Satu: lent or borrowed since the import" in preview
    assert dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=20000)
    assert "latihan.csv" in said[0] and "is undone" in said[1]
    assert Record.get(Record.title == "Coba Buku Dua").deleted is True
    assert Item.get(Item.barcode == "T0001").status == "on_loan"
    assert dialog.table.item(0, 3).text() == "undone" and not dialog.undo_button.isEnabled()


def test_a_volunteer_has_no_undo_button(qtbot, lib, volunteer):
    page = TransferPage(AppContext(lib, volunteer))
    qtbot.addWidget(page)
    assert not page.undo_import_button.isEnabled()


def test_the_summary_of_an_import_says_a_wrong_file_can_be_undone(qtbot, lib, librarian, tmp_path, monkeypatch):
    path = tmp_path / "latihan.csv"
    path.write_text(TEST_SHEET, encoding="utf-8")
    walked(monkeypatch, "csv", lambda: [importer.import_file(lib, librarian, "csv", path)])
    page = TransferPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.open_wizard()
    assert "The wrong file? Undo an import… takes this import back" in page.last_import.text()
    assert page.undo_import_button.isEnabled()


def test_a_loan_notebook_is_listed_and_undone_keeping_the_loan_returned_since(qtbot, lib, librarian, tmp_path,
                                                                              monkeypatch):
    from pustaka_desktop.core.interop import loan_lists
    from pustaka_desktop.core.reports import figures
    from pustaka_desktop.core.reports.period import Period
    from tests.core.test_loan_history_import import _copy, _named
    from tests.core.test_undo_loan_imports import _notebook

    _named(lib, librarian, "00012", "Rina Wati")
    _named(lib, librarian, "00013", "Bayu Pratama")
    for title, barcode in (("Si Kancil", "B-0001"), ("Atlas Indonesia", "B-0002"), ("Kamus Besar", "B-0003")):
        _copy(lib, title, barcode)
    loan_lists.import_loans(lib, librarian, _notebook(tmp_path))
    loans.checkin(lib, librarian, "B-0001")  # Bayu brought Si Kancil back at the desk
    said: list[str] = []
    monkeypatch.setattr(dialog_module, "confirm", lambda parent, title, text: said.append(text) or True)
    monkeypatch.setattr(dialog_module, "info", lambda parent, title, text: said.append(text))
    dialog = UndoImportDialog(AppContext(lib, librarian))
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 2).text() == "buku peminjaman 2026.xlsx"
    assert dialog.table.item(0, 3).text() == "3 loans still out and 2 returned loans"
    preview = dialog.preview.text()
    assert "Undoing the import of buku peminjaman 2026.xlsx removes 4 loans, and puts back 2 that it changed." in preview
    assert "B-0001 · Bayu Pratama · 16-02-2026: returned at the desk since the import" in preview
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=20000)
    assert "The import of buku peminjaman 2026.xlsx is undone: 4 loans removed, 2 put back as they were." in said[1]
    assert figures.loans(lib, Period.month(2026, 1))["total"] == 0
    assert [Item.get(Item.barcode == b).status for b in ("B-0001", "B-0002", "B-0003")] == ["available"] * 3
    assert dialog.table.item(0, 3).text() == "undone"


def test_a_visitor_book_of_another_village_is_undone_from_the_dialog(qtbot, lib, librarian, tmp_path, monkeypatch):
    from datetime import date

    from pustaka_desktop.core.interop import visit_sheets
    from pustaka_desktop.core.reports import figures
    from pustaka_desktop.core.reports.period import Period
    from tests.core.test_visit_history_import import BUKU_TAMU, KEGIATAN, _book

    visit_sheets.import_visit_book(lib, librarian, _book(tmp_path / "buku tamu desa sebelah.xlsx",
                                                         [BUKU_TAMU, KEGIATAN]))
    said: list[str] = []
    monkeypatch.setattr(dialog_module, "confirm", lambda parent, title, text: said.append(text) or True)
    monkeypatch.setattr(dialog_module, "info", lambda parent, title, text: said.append(text))
    dialog = UndoImportDialog(AppContext(lib, librarian))
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 3).text() == "4 visitor book lines and 3 activity sessions"
    assert "removes 4 visitor book lines, 2 activities, 3 sessions, 47 attendance ticks, and puts back 0" in \
        dialog.preview.text()
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=20000)
    january = Period(date(2026, 1, 1), date(2026, 1, 31))
    assert figures.visits(lib, january)["total"] == 0 and figures.programmes(lib, january)["sessions"] == 0


def test_what_undoing_it_does_is_reached_with_the_keyboard_from_the_list(qtbot, lib, librarian, tmp_path):
    """A librarian without a mouse (or with a screen reader) picks the import with the arrows and reads what goes
    and what stays with Tab: the explanation was only seen, never reached."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    _imports(lib, librarian, tmp_path)
    dialog = UndoImportDialog(AppContext(lib, librarian))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.table.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(dialog.table, Qt.Key.Key_Down)  # the older import: the good catalogue
    QTest.keyClick(dialog.table, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.preview, timeout=5000)
    assert "katalog.csv" in dialog.preview.text()
    QTest.keyClick(dialog.preview, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.undo_button  # and on to the button that does it
