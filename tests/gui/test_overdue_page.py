"""The overdue page: the list, the reminder copied with one click, letters as PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.community import members
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import CollectionType, Item, Record
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages import overdue as overdue_module
from pustaka_desktop.gui.pages.overdue import OverduePage


def lend_late(lib, clock, librarian):
    ctype = CollectionType.get(CollectionType.name == "Sirkulasi")
    member = members.register(lib, librarian, name="Joko Widodo", member_type="Umum", phone="081298765432")
    record = store.insert(lib, Record, title="Bumi Manusia")
    store.insert(lib, Item, record=record, barcode="UJI0000000777", collection_type=ctype)
    circulation.checkout(lib, librarian, member, "UJI0000000777")
    clock.advance(days=20)  # Umum: 14 days, so 6 days late
    return member


def test_reminder_copied_to_clipboard(qtbot, lib, clock, librarian, volunteer):
    member = lend_late(lib, clock, librarian)
    page = OverduePage(AppContext(lib, volunteer))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.isActiveWindow)
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == member.name
    assert page.table.item(0, 4).text() == "6"
    assert page.books.item(0, 0).text() == "Bumi Manusia"
    QGuiApplication.clipboard().clear()
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    copied = QGuiApplication.clipboard().text()
    assert "Joko Widodo" in copied and "Bumi Manusia" in copied and "terlambat 6 hari" in copied
    assert "0812" in page.copied.text()


def test_letters_pdf(qtbot, lib, clock, librarian, tmp_path, monkeypatch):
    lend_late(lib, clock, librarian)
    page = OverduePage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    target = tmp_path / "surat.pdf"
    monkeypatch.setattr(overdue_module.QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    page.print_letters(None)
    qtbot.waitUntil(lambda: "1" in page.copied.text(), timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_nobody_overdue(qtbot, lib, volunteer):
    page = OverduePage(AppContext(lib, volunteer))
    qtbot.addWidget(page)
    assert page.table.rowCount() == 0
    assert not page.copy_button.isEnabled() and not page.letters_button.isEnabled()
