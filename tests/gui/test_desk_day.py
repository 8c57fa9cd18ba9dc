"""A day at the desk: a patron without a card found by name, membership renewed, a reservation
placed and handed over, undo that says what it undoes and a receipt without the undone loan, and a
desk that fits a 1366x768 screen without scrolling or jumping."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pustaka_desktop.core.circulation import holds
from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.community import members
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages import desk as desk_module
from pustaka_desktop.gui.pages.desk import BANNER_HEIGHT, DeskPage
from tests.core.circ_helpers import book
from tests.gui.desk_helpers import desk_page


@pytest.fixture
def desk(qtbot, lib, librarian):
    with desk_page(qtbot, lib, librarian) as page:
        yield page


def scan(qtbot, page, code: str) -> None:
    seen = page.events_seen
    QTest.keyClicks(page.scan_box, code)
    QTest.keyClick(page.scan_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.events_seen > seen and page.worker.pending == 0, timeout=10_000)


def test_a_patron_without_a_card_is_found_by_name_and_served(qtbot, desk, lib, librarian):
    rangga = members.register(lib, librarian, name="Rangga Halim", member_type="Umum", village="Sukamaju")
    members.register(lib, librarian, name="Rangga Saputra", member_type="Umum", village="Cibodas")
    scan(qtbot, desk, "rangga")
    picker = desk.picker
    assert picker is not None and picker.list.count() == 2
    assert "Sukamaju" in picker.list.item(0).text() and "Cibodas" in picker.list.item(1).text()
    QTest.keyClick(picker.list, Qt.Key.Key_Return)  # Enter takes the first: Rangga Halim
    qtbot.waitUntil(lambda: desk.summary is not None, timeout=10_000)
    assert desk.summary.member.number == rangga.number
    copy = book(lib, "Bumi Manusia")[0]
    scan(qtbot, desk, copy.barcode)
    assert desk.history[-1].kind == "lend"


def test_unknown_codes_say_what_they_looked_like(qtbot, desk, lib, librarian):
    scan(qtbot, desk, "Rangga Halim")  # nobody by that name
    assert desk.history[-1].kind == "refused"
    assert "Rangga Halim" in desk.result.text() and "buku" not in desk.result.text().lower().split("rangga")[0]
    number = members.next_number(lib)
    scan(qtbot, desk, number)  # a card number nobody has (yet)
    assert desk.history[-1].error.reason == "unknown_member"
    assert number in desk.result.text()


def test_undo_names_the_loan_and_the_receipt_leaves_it_out(qtbot, desk, lib, librarian, monkeypatch):
    reader = members.register(lib, librarian, name="Wati Lestari", member_type="Umum")
    first, second = book(lib, "Ronggeng Dukuh Paruk")[0], book(lib, "Cantik Itu Luka")[0]
    for code in (reader.number, first.barcode, second.barcode):
        scan(qtbot, desk, code)
    asked = []
    monkeypatch.setattr(desk_module.DeskQuestion, "open", lambda box: asked.append(box.text) or box.accept())
    seen = desk.events_seen
    desk.undo_last()
    qtbot.waitUntil(lambda: desk.events_seen > seen and desk.worker.pending == 0, timeout=10_000)
    assert "Cantik Itu Luka" in asked[0] and second.barcode in asked[0] and "Wati Lestari" in asked[0]
    assert "Cantik Itu Luka" in desk.result.text()
    assert [r.title for r in desk.visit] == ["Ronggeng Dukuh Paruk"]  # what the F9 receipt prints

    from pustaka_desktop.core.printing.receipt import receipt_pdf

    pdf = receipt_pdf(lib, list(desk.visit))
    assert pdf.startswith(b"%PDF")


def test_membership_renewed_from_the_desk(qtbot, desk, lib, librarian, monkeypatch, clock):
    member = members.register(lib, librarian, name="Dewi Sartika", member_type="Umum")
    clock.advance(days=800)  # the membership (two years) ended
    scan(qtbot, desk, member.number)
    assert desk.card.renew_member_button.isVisibleTo(desk)
    monkeypatch.setattr(desk_module.DeskQuestion, "open", lambda box: box.accept())
    seen = desk.events_seen
    desk.card.renew_member_button.click()
    qtbot.waitUntil(lambda: desk.events_seen > seen and desk.worker.pending == 0, timeout=10_000)
    assert desk.history[-1].kind == "membership"
    assert not desk.summary.expired and not desk.card.renew_member_button.isVisibleTo(desk)


def test_reserve_at_the_desk_and_hold_shelf_on_return(qtbot, desk, lib, librarian):
    borrower = members.register(lib, librarian, name="Joko Susilo", member_type="Umum")
    waiting = members.register(lib, librarian, name="Sri Wahyuni", member_type="Umum")
    copy = book(lib, "Laskar Pelangi")[0]
    circulation.checkout(lib, librarian, borrower, copy.barcode)
    scan(qtbot, desk, waiting.number)
    QTest.keyClick(desk.scan_box, Qt.Key.Key_F7)
    dialog = desk.reserve_dialog
    QTest.keyClicks(dialog.query, "laskar")
    dialog.find()
    assert dialog.results.count() == 1
    dialog.reserve()
    assert "1" in desk.result.text() and "Laskar Pelangi" in desk.result.text()
    assert [line.member_number for line in holds.title_queue(lib, copy.record_id)] == [waiting.number]

    seen = desk.events_seen
    QTest.keyClick(desk.scan_box, Qt.Key.Key_Escape)  # the member is closed by the desk's worker
    qtbot.waitUntil(lambda: desk.events_seen > seen and desk.worker.pending == 0, timeout=10_000)
    scan(qtbot, desk, copy.barcode)  # returned with nobody open
    assert desk.history[-1].tone == "hold"
    assert "Sri Wahyuni" in desk.result.text()
    shelf = holds.hold_shelf(lib)
    assert [(line.member_number, line.barcode) for line in shelf] == [(waiting.number, copy.barcode)]


def test_desk_fits_1366x768_and_the_banner_never_moves(qtbot, lib, librarian, volunteer):
    """At 1366x768 (minus the taskbar, the menu, the status bar, the navigation and the page heading)
    the desk page gets about 1100 x 630 pixels: everything fits, nothing scrolls or jumps."""
    from PySide6.QtWidgets import QScrollArea

    child = members.register(lib, librarian, name="Putri Ayu Kusumawardhani Ningrum", member_type="Anak-anak")
    books = [book(lib, f"Judul yang cukup panjang untuk dibaca anak nomor {n}")[0] for n in range(4)]
    page = DeskPage(AppContext(lib, volunteer))
    scroll = QScrollArea()  # as the main window holds every page
    scroll.setWidgetResizable(True)
    scroll.setWidget(page)
    qtbot.addWidget(scroll)
    scroll.resize(1100, 630)
    scroll.show()
    qtbot.waitExposed(scroll)
    assert page.minimumSizeHint().width() <= 1100 and page.minimumSizeHint().height() <= 630
    tops, heights = set(), set()
    for code in (child.number, *(b.barcode for b in books), "TIDAK-ADA-123", "Nama Yang Tidak Ada"):
        scan(qtbot, page, code)
        QTest.keyClick(page.scan_box, Qt.Key.Key_F3 if code == books[-1].barcode else Qt.Key.Key_F2)
        tops.add(page.card.loans.mapTo(page, page.card.loans.rect().topLeft()).y())
        heights.add(page.result.height())
        assert not scroll.verticalScrollBar().isVisible()
        assert not scroll.horizontalScrollBar().isVisible()
    assert heights == {BANNER_HEIGHT}
    assert len(tops) == 1  # the member's loans never jump up or down
    page.shutdown()


def test_changing_mode_clears_an_old_refusal(qtbot, desk, lib, librarian):
    child = members.register(lib, librarian, name="Dodi", member_type="Anak-anak")
    books = [book(lib, f"Cerita {n}")[0] for n in range(3)]
    for code in (child.number, *(b.barcode for b in books)):
        scan(qtbot, desk, code)
    assert desk.override_button.isVisibleTo(desk)
    QTest.keyClick(desk.scan_box, Qt.Key.Key_F3)
    assert not desk.override_button.isVisibleTo(desk)
    assert "TIDAK" not in desk.result.text().upper().split(":")[0]
