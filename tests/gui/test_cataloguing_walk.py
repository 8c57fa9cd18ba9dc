"""A village librarian cataloguing a box of new books at the New record form with a USB scanner (it types
the code and presses Enter), ISBN first: the scanner's Enter must never save a form by accident, and a
book saved by mistake can be taken back out."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from pustaka_desktop.core.catalog import finding, isbn_first
from pustaka_desktop.core.catalog.copies import items_of
from pustaka_desktop.core.sync import catalog_pack
from pustaka_desktop.gui.widgets.record_dialog import RecordDialog

TENTANG_KAMU = "9786020332956"  # printed in the book as ISBN 978-602-03-3295-6, KDT class 899.221 3
BUMI_MANUSIA = "9789799731234"


@pytest.fixture
def pack(lib):
    with lib.transaction():
        catalog_pack.replace_pack(lib, [{"isbn": TENTANG_KAMU, "record": {
            "title": "Tentang Kamu", "publisher": "Republika", "place": "Jakarta", "year_text": "2016",
            "ddc": "899.221 3", "authors": json.dumps([{"name": "Tere Liye", "role": "primary", "kind": "person"}])}}])


def _form(qtbot, lib, librarian, record=None):
    dialog = RecordDialog(lib, librarian, record)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _scan(qtbot, widget, code):
    qtbot.keyClicks(widget, code)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_the_next_book_scanned_into_the_copies_box_saves_nothing(qtbot, lib, librarian, pack):
    dialog = _form(qtbot, lib, librarian)
    _scan(qtbot, dialog.scan, "978-602-03-3295-6")
    assert dialog.title.text() == "Tentang Kamu" and dialog.focusWidget() in (dialog.copies, dialog.copies.lineEdit())

    _scan(qtbot, dialog.copies, BUMI_MANUSIA)  # the next book of the box, before Save was pressed

    assert dialog.isVisible() and dialog.saved is None  # its Enter did not press Save
    assert dialog.copies.value() == 1  # and its digits are not a count of 97 copies
    assert BUMI_MANUSIA in dialog.found_note.text()
    assert isbn_first.lookup(lib, TENTANG_KAMU).source == isbn_first.PACK  # not catalogued yet


def test_the_same_book_scanned_again_is_one_more_copy(qtbot, lib, librarian, pack):
    dialog = _form(qtbot, lib, librarian)
    _scan(qtbot, dialog.scan, TENTANG_KAMU)
    _scan(qtbot, dialog.copies, TENTANG_KAMU)  # the second copy in the box
    assert dialog.isVisible() and dialog.copies.value() == 2

    qtbot.keyClick(dialog.copies, Qt.Key.Key_Return)  # Enter pressed by a person still saves

    assert dialog.saved is not None
    record = finding.find_record(lib, TENTANG_KAMU)
    assert len(items_of(record)) == 2


def test_a_scan_into_the_title_gives_the_typed_title_back(qtbot, lib, librarian):
    dialog = _form(qtbot, lib, librarian)  # a book nobody knows: the cursor waits in the title
    _scan(qtbot, dialog.scan, "9789790000094")
    qtbot.keyClicks(dialog.title, "Si Kancil")

    _scan(qtbot, dialog.title, BUMI_MANUSIA)

    assert dialog.saved is None and dialog.title.text() == "Si Kancil"


def test_the_isbn_scanned_into_its_own_field_stays_and_moves_on(qtbot, lib, librarian):
    dialog = _form(qtbot, lib, librarian)
    qtbot.keyClicks(dialog.title, "Pulang")
    _scan(qtbot, dialog.isbn, "9786020822129")

    assert dialog.saved is None
    assert dialog.isbn.text() == "9786020822129"


# --- taking a mistake back out ----------------------------------------------------------------------


def _catalog_page(qtbot, lib, librarian):
    from pustaka_desktop.gui.context import AppContext
    from pustaka_desktop.gui.main_window import MainWindow

    win = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(win)
    win.show()
    return win.show_page("catalog")


def test_a_copy_saved_one_too_many_is_deleted_from_the_catalog_page(qtbot, lib, librarian, monkeypatch):
    from pustaka_desktop.gui.pages import catalog as catalog_page

    done = isbn_first.save(lib, librarian, {"title": "Tentang Kamu", "isbn": TENTANG_KAMU}, copies=3)  # 2 meant
    page = _catalog_page(qtbot, lib, librarian)
    page._show_record(done.record.id)
    page.copies.setCurrentIndex(page.copies_model.index(2, 0))
    asked = []
    monkeypatch.setattr(catalog_page, "confirm", lambda _parent, _title, text: asked.append(text) or True)

    assert page.delete_copy_button.isEnabled()
    qtbot.mouseClick(page.delete_copy_button, Qt.MouseButton.LeftButton)

    assert done.items[2].barcode in asked[0]
    assert [i.barcode for i in items_of(done.record)] == [i.barcode for i in done.items[:2]]
    assert page.copies_model.rowCount() == 2


def test_a_volunteer_sees_no_delete_copy_button(qtbot, lib, librarian, volunteer):
    isbn_first.save(lib, librarian, {"title": "Tentang Kamu", "isbn": TENTANG_KAMU}, copies=1)
    page = _catalog_page(qtbot, lib, volunteer)
    assert not page.delete_copy_button.isVisible()


def test_a_record_saved_by_mistake_is_deleted_from_its_editor(qtbot, lib, librarian, monkeypatch):
    from pustaka_desktop.gui.widgets import record_dialog

    wrong = isbn_first.save(lib, librarian, {"title": "Bumi Manusia", "isbn": BUMI_MANUSIA}, copies=1)
    kept = isbn_first.save(lib, librarian, {"title": "Tentang Kamu", "isbn": TENTANG_KAMU}, copies=1)
    monkeypatch.setattr(record_dialog, "confirm", lambda *_args: True)
    dialog = RecordDialog(lib, librarian, wrong.record)
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.delete_button.isVisible()
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)

    assert dialog.deleted
    assert isbn_first.lookup(lib, BUMI_MANUSIA).source != isbn_first.LOCAL  # scanning it again makes a new record
    assert isbn_first.lookup(lib, TENTANG_KAMU).record.id == kept.record.id
    assert RecordDialog(lib, librarian).delete_button.isHidden()  # never on a new record
