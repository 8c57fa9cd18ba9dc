"""Import & Export → Import loans (INLISLite, Excel): a loan notebook's returned loans come in as history, the
check says how many, and the same notebook again adds nothing."""

from __future__ import annotations

import openpyxl

from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Loan, Record
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages import transfer as transfer_module
from pustaka_desktop.gui.pages.transfer import TransferPage
from tests.core.circ_helpers import member as new_member


def test_the_loans_button_brings_the_returned_loans_of_a_notebook(qtbot, lib, librarian, tmp_path, monkeypatch):
    rina = new_member(lib, librarian, number="00012")
    store.update(lib, rina, name="Rina Wati")
    record = store.insert(lib, Record, title="Si Kancil")
    store.insert(lib, Item, record=record, barcode="B-0001", status="available")
    book = openpyxl.Workbook()
    for row in (["No", "Tgl Pinjam", "Nama Peminjam", "Judul Buku", "Tgl Kembali", "Tgl Dikembalikan", "Ket."],
                [1, "06-01-2026", "RINA WATI", "Si Kancil", "13-01-2026", "12-01-2026", "sudah kembali"],
                [2, "03-02-2026", "PAK RT SLAMET", "Si Kancil", "10-02-2026", "09-02-2026", "sudah kembali"]):
        book.active.append(row)
    path = tmp_path / "buku peminjaman.xlsx"
    book.save(path)
    asked: list[str] = []
    monkeypatch.setattr(transfer_module, "confirm", lambda parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(transfer_module, "info", lambda parent, title, text: asked.append(text))
    page = TransferPage(AppContext(lib, librarian))
    qtbot.addWidget(page)

    page.import_loans(str(path))
    qtbot.waitUntil(lambda: "added" in page.last_history_import.text(), timeout=20000)
    assert "0 loan(s) still out and 1 returned loan(s) to add" in asked[0]
    assert "PAK RT SLAMET" in asked[0] and "1 returned loan(s) are left out" in asked[0]
    assert Loan.select().where(Loan.returned_at.is_null(False)).count() == 1
    assert "The wrong file? Undo an import… takes this import back" in page.last_history_import.text()
    page.import_loans(str(path))
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=20000)
    assert "0 returned loan(s) to add; 1 already here" in asked[1] and Loan.select().count() == 1


def test_the_summary_of_a_loans_import_goes_once_an_import_is_undone(qtbot, lib, librarian, monkeypatch):
    class Undone:  # (the dialog, once the librarian undid an import in it: tests/gui/test_undo_import_gui.py)
        undone = True

        def __init__(self, ctx, parent) -> None:
            pass

        def exec(self) -> int:
            return 0

    page = TransferPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.last_history_import.setText(page.with_undo_hint("buku peminjaman.xlsx: 4 returned loan(s) added"))
    monkeypatch.setattr(transfer_module, "UndoImportDialog", Undone)
    page.open_undo_import()
    assert page.last_history_import.text() == ""
