"""The Katalog page driven with the keyboard, and the patron kiosk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit

from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.catalog.copies import add_copies, add_item, items_of
from pustaka_desktop.core.store.models import AuditLog, Item, Record
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.catalog import CatalogPage


@pytest.fixture
def shelf(lib, librarian):
    laskar = catalog.add_record(lib, librarian, title="Laskar Pelangi", authors="Andrea Hirata", ddc="899.221",
                                isbn="9789793062792").record
    add_copies(lib, librarian, laskar, 2, location="Rak A")
    hujan = catalog.add_record(lib, librarian, title="Hujan", authors="Tere Liye", ddc="899.221",
                               audience="teen").record
    add_item(lib, librarian, hujan, location="Rak B")
    return {"laskar": laskar, "hujan": hujan}


def type_and_wait(qtbot, page, text):
    page.query.clear()
    qtbot.keyClicks(page.query, text)
    qtbot.waitUntil(lambda: not page.timer.isActive(), timeout=2000)


def test_search_as_you_type_and_keyboard_into_the_results(qtbot, lib, librarian, shelf):
    page = CatalogPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.show()
    type_and_wait(qtbot, page, "hira")
    assert page.model.total == 1 and page.model.hit_at(0).title == "Laskar Pelangi"
    assert page.count.text().startswith("1")
    qtbot.keyClick(page.query, Qt.Key.Key_Down)
    assert page.results.hasFocus()
    assert page.record is not None and page.record.title == "Laskar Pelangi"
    assert "Andrea Hirata" in page.detail.toPlainText()
    assert page.copies_model.rowCount() == 2
    # a barcode jumps straight to its record
    type_and_wait(qtbot, page, items_of(shelf["hujan"])[0].barcode)
    assert page.record.id == shelf["hujan"].id
    # filters narrow the list
    type_and_wait(qtbot, page, "")
    assert page.model.total == 2
    page.audience.setCurrentIndex(page.audience.findData("teen"))
    assert [h.title for h in page.model.hits] == ["Hujan"]


def test_volunteer_sees_no_editing(qtbot, lib, volunteer, shelf):
    page = CatalogPage(AppContext(lib, volunteer))
    qtbot.addWidget(page)
    page.show()
    for button in (page.new_button, page.edit_button, page.batch_button, page.withdraw_button, page.lost_button,
                   page.cover_button):
        assert not button.isVisible()


def _answer(qtbot, dialog_type, act):
    """Run ``act`` on the next modal dialog of ``dialog_type`` once it is shown."""
    def poll():
        widget = QApplication.activeModalWidget()
        if isinstance(widget, dialog_type):
            act(widget)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def test_new_record_with_inline_validation_then_batch_copies(qtbot, lib, librarian, shelf):
    from pustaka_desktop.gui.widgets.item_dialog import BatchCopiesDialog
    from pustaka_desktop.gui.widgets.record_dialog import RecordDialog

    dialog = RecordDialog(lib, librarian, None)
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isEnabled()  # no title yet
    qtbot.keyClicks(dialog.title, "Sang Pemimpi")
    qtbot.keyClicks(dialog.authors, "Andrea Hirata")
    qtbot.keyClicks(dialog.isbn, "978-979-3062-79-3")  # wrong check digit
    assert not save.isEnabled() and "ISBN" in dialog.error.text()
    dialog.isbn.clear()
    qtbot.keyClicks(dialog.isbn, "979-3062-79-7")  # Laskar Pelangi's ISBN: a warning, not a refusal
    assert save.isEnabled() and "Laskar Pelangi" in dialog.warning.text()
    qtbot.keyClicks(dialog.ddc, "899.221")
    assert dialog.call_number.text() == "899.221 HIR p"  # "Sang" is an article: filed under Pemimpi
    dialog.copies.setValue(0)  # the copies come in the batch dialog below
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    record = dialog.saved.record
    assert Record.get_by_id(record.id).title == "Sang Pemimpi" and dialog.saved.duplicates

    batch = BatchCopiesDialog(lib, librarian, record)
    qtbot.addWidget(batch)
    batch.show()
    batch.count.setValue(3)
    assert "UJI000004" in batch.preview.text() and "UJI000006" in batch.preview.text()
    qtbot.keyClicks(batch.price, "-1")
    assert "negative" in batch.error.text()
    batch.price.clear()
    qtbot.keyClicks(batch.price, "45000")
    qtbot.keyClick(batch.count, Qt.Key.Key_Return)
    assert [i.barcode for i in items_of(record)] == ["UJI000004", "UJI000005", "UJI000006"]


def test_librarian_marks_a_copy_lost_from_the_page(qtbot, lib, librarian, shelf, monkeypatch):
    page = CatalogPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.show()
    type_and_wait(qtbot, page, "laskar")
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    item = page.selected_item()
    assert item is not None and page.lost_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("jatuh di sungai", True))
    qtbot.mouseClick(page.lost_button, Qt.MouseButton.LeftButton)
    assert Item.get_by_id(item.id).status == "lost"
    assert AuditLog.select().where(AuditLog.action == "catalog.item.lost").count() == 1
    assert page.model.hit_at(0).copies == 1  # a lost copy no longer counts


def test_kiosk_is_read_only_hides_hidden_records_and_needs_a_pin_to_leave(qtbot, lib, librarian, shelf):
    from pustaka_desktop.gui.kiosk import KioskWindow, PinDialog

    catalog.update_record(lib, librarian, shelf["hujan"], hidden=True)
    kiosk = KioskWindow(lib)
    qtbot.addWidget(kiosk)
    kiosk.show()
    qtbot.keyClicks(kiosk.query, "pelangi")
    qtbot.keyClick(kiosk.query, Qt.Key.Key_Return)
    texts = kiosk.hit_texts()
    assert len(texts) == 1 and "Laskar Pelangi" in texts[0] and "899.221 HIR l" in texts[0]
    assert "Rak A" in texts[0] and "2" in texts[0]
    kiosk.query.clear()
    qtbot.keyClicks(kiosk.query, "hujan")
    qtbot.keyClick(kiosk.query, Qt.Key.Key_Return)
    assert kiosk.hit_texts() == []  # hidden from patrons
    assert kiosk.findChildren(QLineEdit) == [kiosk.query]  # nothing to edit but the search box

    attempts = []

    def enter_pin(dialog, pin):
        attempts.append(pin)
        qtbot.keyClicks(dialog.pin, pin)
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        if dialog.isVisible():
            dialog.reject()

    kiosk.close()  # a patron trying to close it: nothing happens
    QApplication.processEvents()
    assert kiosk.isVisible() and not kiosk.unlocked
    _answer(qtbot, PinDialog, lambda d: enter_pin(d, "0000"))
    kiosk.request_leave()  # what the librarian's Ctrl+Shift+K asks
    assert attempts == ["0000"] and kiosk.isVisible() and not kiosk.unlocked
    _answer(qtbot, PinDialog, lambda d: enter_pin(d, "1234"))
    kiosk.request_leave()
    qtbot.waitUntil(lambda: not kiosk.isVisible(), timeout=3000)
    assert kiosk.unlocked


def test_a_copy_received_in_2020_can_be_saved_on_a_clock_of_2009(qtbot, lib, librarian, shelf, clock):
    """A flat clock battery put the PC in 2009: the copy form still takes a copy received in 2020
    (the clock banner warns; the form does not call 2020 "the future")."""
    from pustaka_desktop.gui.widgets.item_dialog import ItemDialog

    record = Record.select().first()
    clock.set("2009-01-01T08:00:00+07:00")
    dialog = ItemDialog(lib, librarian, record)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.received_on.setDate(QDate(2020, 7, 1))
    assert dialog.check() and dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    assert dialog.error.text() == ""


def test_a_librarian_gives_a_title_its_cover_from_a_phone_photo(qtbot, lib, librarian, shelf, tmp_path, monkeypatch):
    """The Cover… button: the picture is chosen, shown small, kept; a file that is no picture says so and
    changes nothing; Remove takes it away after asking."""
    from pustaka_desktop.core.catalog import covers
    from pustaka_desktop.gui.widgets import cover_dialog
    from tests.core.test_slims_pictures import picture

    photo = tmp_path / "IMG_20261203_101500.jpg"
    photo.write_bytes(picture(3000, 4000))
    page = CatalogPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.show()
    type_and_wait(qtbot, page, "Laskar")
    qtbot.keyClick(page.query, Qt.Key.Key_Down)
    assert page.cover_button.isVisible() and page.cover_button.isEnabled()
    dialog = cover_dialog.CoverDialog(lib, librarian, page.record, page)
    qtbot.addWidget(dialog)
    assert "No cover yet" in dialog.picture.text() and not dialog.remove_button.isEnabled()
    monkeypatch.setattr(cover_dialog, "open_file", lambda parent, title, filters, start="": str(photo))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    shown = dialog.picture.pixmap()
    assert dialog.changed and (shown.width(), shown.height()) == (240, 320)
    assert dialog.remove_button.isEnabled() and covers.cover_of(lib, page.record) is not None
    page._changed(page.record.id)  # what the page does when the dialog closes: the details show the cover
    qtbot.waitUntil(lambda: "data:image/jpeg;base64," in page.detail.toHtml(), timeout=5000)
    errors: list[str] = []
    monkeypatch.setattr(cover_dialog, "show_error", lambda parent, exc: errors.append(exc.template))
    broken = tmp_path / "sampul.jpg"
    broken.write_bytes(b"not a picture at all")
    dialog.save(str(broken))
    assert errors == ["That file is not a picture this program can read."]
    assert covers.cover_of(lib, page.record) is not None  # the cover it had stays
    monkeypatch.setattr(cover_dialog, "confirm", lambda parent, title, text: True)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert covers.cover_of(lib, page.record) is None and "No cover yet" in dialog.picture.text()


def test_a_print_book_and_its_e_book_are_told_apart_in_the_results(qtbot, lib, librarian, shelf):
    """One title, two records (a print book and its e-book): the list says which row is which."""
    catalog.add_record(lib, librarian, title="Laskar Pelangi", authors="Andrea Hirata", material_type="ebook")
    page = CatalogPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.show()
    type_and_wait(qtbot, page, "laskar")
    shown = sorted(page.model.data(page.model.index(row, 0)) for row in range(page.model.rowCount()))
    assert shown == ["Laskar Pelangi", "Laskar Pelangi [E-book]"]


def test_a_kitabs_year_typed_as_printed_is_told_as_a_hijri_year(qtbot, lib, librarian, shelf):
    """``1405`` on a kitab: no printed book of the library is from 1405 AD. The form says what it would be as a Hijri
    year (the import flags the same on the review list) and saves whichever the librarian writes."""
    from pustaka_desktop.gui.widgets.record_dialog import RecordDialog

    dialog = RecordDialog(lib, librarian, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Al-Fiqh al-Islami")
    qtbot.keyClicks(dialog.year_text, "1405")
    assert dialog.year_hint.isVisible() and "1985" in dialog.year_hint.text() and "1405 H" in dialog.year_hint.text()
    qtbot.keyClicks(dialog.year_text, " H")
    assert not dialog.year_hint.isVisible()
    dialog.copies.setValue(0)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert (dialog.saved.record.year_text, Record.get_by_id(dialog.saved.record.id).year) == ("1405 H", 1985)
    dialog = RecordDialog(lib, librarian, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.year_text, "1985")
    assert not dialog.year_hint.isVisible()


def test_a_copy_lost_by_its_borrower_is_marked_lost_from_the_page_and_the_price_charged(qtbot, lib, librarian, shelf,
                                                                                         monkeypatch):
    """The catalogue's "Mark lost" on a copy that is out said "check it in first", and checking in a book nobody
    brought back charged a late fine: now it asks the price (the copy's own offered), ends the loan, marks the copy
    lost and charges the borrower, no late fine on top."""
    from pustaka_desktop.core.circulation import fines
    from pustaka_desktop.core.circulation import loans as circulation
    from pustaka_desktop.core.community import members
    from pustaka_desktop.core.store import write as store
    from pustaka_desktop.gui.dialogs import lost_on_loan
    from pustaka_desktop.gui.widgets import forms

    hujan = items_of(shelf["hujan"])[0]
    store.update(lib, hujan, price=65000)
    joko = members.register(lib, librarian, name="Joko Susilo", member_type="Umum")
    circulation.checkout(lib, librarian, joko, hujan.barcode)
    page = CatalogPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.show()
    type_and_wait(qtbot, page, "hujan")
    qtbot.keyClick(page.query, Qt.Key.Key_Return)
    assert page.selected_item().status == "on_loan" and page.lost_button.isEnabled()
    shown = []

    def agree(dialog):  # the librarian and Joko agree on Rp 50.000
        shown.append(dialog.price.text())
        dialog.price.setText("50.000")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(forms.FormDialog, "exec", agree)
    monkeypatch.setattr(lost_on_loan, "info", lambda parent, title, text: shown.append(text))
    qtbot.mouseClick(page.lost_button, Qt.MouseButton.LeftButton)
    assert shown[0] == "65000"  # the copy's own price offered
    assert Item.get_by_id(hujan.id).status == "lost"
    assert fines.balance(lib, joko) == 50000
    assert "Joko Susilo" in shown[1] and "50.000" in shown[1]
    assert AuditLog.select().where(AuditLog.action == "circulation.lost").count() == 1
