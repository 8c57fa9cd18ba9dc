"""A reservation's life through the GUI: placed from the catalogue, the title's queue, the hold shelf
with its pick-up day and a WhatsApp "your book is ready" reminder, cancelled with the copy handed to
the next in line, expiry; and a member served at the desk straight from the Members page."""

from __future__ import annotations

from PySide6.QtTest import QTest

from pustaka_desktop.core.circulation import holds, reminders
from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.community import members
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages import reservations as reservations_module
from pustaka_desktop.gui.pages.reservations import ReservationsPage
from pustaka_desktop.gui.widgets.reserve_dialog import ReserveForMemberDialog
from tests.core.circ_helpers import book


def loaded(qtbot, page, count: int) -> None:
    qtbot.waitUntil(lambda: page.loads_done >= count, timeout=10_000)


def test_reservation_life_cycle_through_the_gui(qtbot, lib, librarian, volunteer, clock, monkeypatch):
    ani = members.register(lib, librarian, name="Ani Suryani", member_type="Umum", phone="0813 1111 2222")
    budi = members.register(lib, librarian, name="Budi Santoso", member_type="Umum", phone="0813-3333-4444")
    copy = book(lib, "Laskar Pelangi")[0]
    ctx = AppContext(lib, volunteer)

    # From the catalogue: Ani by name (a copy is on the shelf: put aside at once), then Budi by card
    for text in ("ani sur", budi.number):
        dialog = ReserveForMemberDialog(ctx, copy.record_id, "Laskar Pelangi")
        qtbot.addWidget(dialog)
        QTest.keyClicks(dialog.query, text)
        dialog.find()
        assert dialog.results.count() == 1
        dialog.reserve()
        assert dialog.placed is not None
    assert "Ani Suryani" in dialog.queue.text()  # the queue as it stood when Budi joined
    assert dialog.placed.position == 1 and "1" in dialog.result_text()

    page = ReservationsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    loaded(qtbot, page, 1)
    assert page.shelf_table.rowCount() == 1
    assert page.shelf_table.item(0, 2).text() == copy.barcode and page.shelf_table.item(0, 3).text() == "Ani Suryani"
    assert page.queue_table.rowCount() == 1 and page.queue_table.item(0, 1).text() == "1"
    # The "your book is ready" reminder: WhatsApp link to +62813…, recorded when sent
    assert page.panel.reminder.link.startswith("https://wa.me/6281311112222?text=")
    assert "Laskar Pelangi" in page.panel.message.toPlainText()
    page.panel.sent_button.click()
    assert [s.kind for s in reminders.history(lib, ani.number)] == ["hold_ready"]

    # Ani cancels: the copy now waits for Budi
    monkeypatch.setattr(reservations_module, "confirm", lambda *a: True)
    page.shelf_table.setCurrentCell(0, 0)
    page.cancel_shelf_button.click()
    assert "Budi Santoso" in page.message.text() and copy.barcode in page.message.text()
    loaded(qtbot, page, 2)
    assert page.shelf_table.item(0, 3).text() == "Budi Santoso" and page.queue_table.rowCount() == 0

    # Budi does not come: the pick-up day passes, the copy goes back on the shelf
    clock.advance(days=30)
    page.load()
    loaded(qtbot, page, 3)
    assert page.expire_button.isEnabled()
    page.expire_button.click()
    loaded(qtbot, page, 4)
    assert page.shelf_table.rowCount() == 0
    assert holds.reservations(lib) == []


def test_returned_copy_goes_to_the_first_in_line(qtbot, lib, librarian, volunteer):
    borrower = members.register(lib, librarian, name="Joko", member_type="Umum")
    first = members.register(lib, librarian, name="Sari", member_type="Umum")
    second = members.register(lib, librarian, name="Tono", member_type="Umum")
    copy = book(lib, "Bumi Manusia")[0]
    circulation.checkout(lib, librarian, borrower, copy.barcode)
    for who in (first, second):
        holds.place(lib, volunteer, who.number, copy.record_id)
    result = circulation.checkin(lib, volunteer, copy.barcode)
    assert result.hold is not None and result.hold.member_number == first.number
    page = ReservationsPage(AppContext(lib, volunteer))
    qtbot.addWidget(page)
    loaded(qtbot, page, 1)
    assert page.shelf_table.item(0, 3).text() == "Sari"
    assert page.queue_table.item(0, 2).text() == "Tono" and page.queue_table.item(0, 1).text() == "1"


def test_serve_at_the_desk_from_the_members_page(qtbot, lib, librarian):
    from pustaka_desktop.gui.main_window import MainWindow

    member = members.register(lib, librarian, name="Rangga Halim", member_type="Umum")
    window = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("members")
    page.show_member(member)
    page.serve_button.click()
    desk = window.current_page()
    assert desk is window.pages["desk"]
    qtbot.waitUntil(lambda: desk.summary is not None, timeout=10_000)
    assert desk.summary.member.number == member.number
    desk.shutdown()
