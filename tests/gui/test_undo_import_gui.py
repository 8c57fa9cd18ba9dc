"""Import & Export → *Undo an import…*: the librarian picks the test sheet imported by mistake, reads what will go,
what will be put back and what stays (a copy lent since), and undoes it; a volunteer never gets the button."""

from __future__ import annotations

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
