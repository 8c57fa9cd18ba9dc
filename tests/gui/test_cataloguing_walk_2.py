"""A village librarian cataloguing a box of new books at the New record form (2): a book printed with a wrong
ISBN check digit kept as printed on purpose and listed for review; "Save and next title" for a box of books
with a USB scanner (it types the code and presses Enter)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from pustaka_desktop.core.catalog import finding, isbn_first, review, search
from pustaka_desktop.core.catalog.copies import items_of
from pustaka_desktop.core.sync import catalog_pack
from pustaka_desktop.gui.widgets.record_dialog import RecordDialog
from tests.gui.test_cataloguing_walk import _form, _scan

TENTANG_KAMU = "9786020332956"  # ISBN 978-602-03-3295-6
PULANG = "9786020822341"  # ISBN 978-602-08-2234-1
MISPRINTED = "978-602-03-3295-5"  # a reprint's colophon: the check digit should be 6


@pytest.fixture
def pack(lib):
    tere_liye = json.dumps([{"name": "Tere Liye", "role": "primary", "kind": "person"}])
    with lib.transaction():
        catalog_pack.replace_pack(lib, [
            {"isbn": TENTANG_KAMU, "record": {"title": "Tentang Kamu", "publisher": "Republika", "place": "Jakarta",
                                              "year_text": "2016", "ddc": "899.221 3", "authors": tere_liye}},
            {"isbn": PULANG, "record": {"title": "Pulang", "publisher": "Republika", "place": "Jakarta",
                                        "year_text": "2015", "ddc": "899.221 3", "authors": tere_liye}}])




# --- an ISBN printed with a wrong check digit --------------------------------------------------------------


def test_a_misprinted_isbn_says_the_right_digit_and_is_kept_only_when_ticked(qtbot, lib, librarian):
    dialog = _form(qtbot, lib, librarian)
    qtbot.keyClicks(dialog.title, "Laskar Pelangi")
    qtbot.keyClicks(dialog.isbn, MISPRINTED)

    assert not dialog.save_button.isEnabled()
    assert "978-602-03-3295-6" in dialog.error.text()  # what the right ISBN would be
    assert dialog.keep_isbn.isVisible() and not dialog.keep_isbn.isChecked()

    dialog.keep_isbn.setChecked(True)  # the book really prints it so
    assert dialog.save_button.isEnabled() and dialog.error.text() == ""
    dialog.save_button.click()

    record = dialog.saved.record
    assert record.isbn == "9786020332955"
    [flag] = review.open_flags(lib)  # "Perlu diperiksa", counted on the dashboard
    assert flag.record_id == record.id and flag.suggestion == TENTANG_KAMU
    assert search.search(lib, MISPRINTED).exact == record.id  # found by the number on the book


def test_the_tick_is_for_one_number_only(qtbot, lib, librarian):
    dialog = _form(qtbot, lib, librarian)
    qtbot.keyClicks(dialog.title, "Laskar Pelangi")
    qtbot.keyClicks(dialog.isbn, MISPRINTED)
    dialog.keep_isbn.setChecked(True)

    dialog.isbn.setText("978-602-03-3294-5")  # another wrong number typed afterwards is not kept by accident

    assert not dialog.keep_isbn.isChecked() and not dialog.save_button.isEnabled()


def test_a_misprinted_isbn_typed_in_the_look_up_box_lands_in_the_form(qtbot, lib, librarian):
    dialog = _form(qtbot, lib, librarian)
    _scan(qtbot, dialog.scan, MISPRINTED)

    assert dialog.isVisible() and dialog.saved is None
    assert dialog.isbn.text().replace("-", "") == "9786020332955"
    assert "978-602-03-3295-6" in dialog.found_note.text() and dialog.keep_isbn.isVisible()


def test_a_record_with_an_isbn_kept_as_printed_can_still_be_edited(qtbot, lib, librarian):
    done = isbn_first.save(lib, librarian, {"title": "Laskar Pelangi", "isbn": MISPRINTED}, copies=1,
                           isbn_as_printed=True)
    dialog = _form(qtbot, lib, librarian, done.record)
    dialog.edition.setText("Cet. 5")

    assert dialog.save_button.isEnabled()
    dialog.save_button.click()

    assert finding.get_record(lib, done.record.id).edition == "Cet. 5"
    assert finding.get_record(lib, done.record.id).isbn == "9786020332955"


# --- a box of books: save and next title -------------------------------------------------------------------


def _box_choices(dialog):
    dialog.location.setEditText("Rak Hibah")
    dialog.source.setCurrentIndex(dialog.source.findData("grant"))
    dialog.copies_box.source_detail.setText("Hibah Perpusnas 2025")
    dialog.copies_box.received_on.setDate(QDate(2025, 11, 3))
    dialog.copies_box.collection_type.setCurrentIndex(dialog.copies_box.collection_type.count() - 1)
    return dialog.copies_box.collection_type.currentData()


def test_save_and_next_empties_the_form_for_the_next_scan_and_keeps_the_box(qtbot, lib, librarian, pack):
    dialog = _form(qtbot, lib, librarian)
    dialog.activateWindow()  # (a shortcut reaches the active window only, as on the librarian's screen)
    qtbot.waitUntil(dialog.isActiveWindow)
    collection = _box_choices(dialog)
    _scan(qtbot, dialog.scan, TENTANG_KAMU)
    qtbot.keyClick(dialog.copies, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter

    assert dialog.isVisible() and dialog.title.text() == "" and dialog.isbn.text() == ""
    assert dialog.focusWidget() is dialog.scan and dialog.copies.value() == 1
    assert "Tentang Kamu" in dialog.found_note.text()

    _scan(qtbot, dialog.scan, PULANG)  # the next book of the box
    assert dialog.title.text() == "Pulang"
    dialog.next_button.click()

    copies = items_of(finding.find_record(lib, TENTANG_KAMU)) + items_of(finding.find_record(lib, PULANG))
    assert len(copies) == 2 and len(dialog.items) == 2  # both books' labels print together
    for item in copies:
        assert (item.location, item.source, item.source_detail, item.received_on, item.collection_type_id) == (
            "Rak Hibah", "grant", "Hibah Perpusnas 2025", date(2025, 11, 3), collection)


def test_after_save_and_next_a_scan_in_the_wrong_field_still_saves_nothing(qtbot, lib, librarian, pack):
    dialog = _form(qtbot, lib, librarian)
    _scan(qtbot, dialog.scan, TENTANG_KAMU)
    dialog.save_and_next()
    _scan(qtbot, dialog.scan, PULANG)
    assert dialog.title.text() == "Pulang"

    _scan(qtbot, dialog.copies, "9789799731234")  # the book after it, scanned before saving Pulang

    assert dialog.isVisible() and dialog.copies.value() == 1
    assert isbn_first.lookup(lib, PULANG).source == isbn_first.PACK  # Pulang not saved by the scanner's Enter


def test_a_scan_into_the_empty_form_is_the_next_book(qtbot, lib, librarian, pack):
    dialog = _form(qtbot, lib, librarian)
    _scan(qtbot, dialog.scan, TENTANG_KAMU)
    dialog.save_and_next()
    dialog.title.setFocus()  # the librarian clicked into the form before scanning

    _scan(qtbot, dialog.title, PULANG)

    assert dialog.title.text() == "Pulang" and dialog.isbn.text().replace("-", "") == PULANG


def test_closing_after_save_and_next_shows_the_saved_titles(qtbot, lib, librarian, pack, monkeypatch):
    from pustaka_desktop.gui.context import AppContext
    from pustaka_desktop.gui.pages.catalog import CatalogPage

    page = CatalogPage(AppContext(lib, librarian))
    qtbot.addWidget(page)

    def box_then_close(dialog):
        _scan(qtbot, dialog.scan, TENTANG_KAMU)
        dialog.save_and_next()
        return 0  # Close (rejected)

    monkeypatch.setattr(RecordDialog, "exec", box_then_close)
    page.new_record()

    assert page.query.text() == "Tentang Kamu"
