"""A new volunteer's first afternoon at the desk, keyboard and scanner only: what the desk says must match what
it will do with the next scan."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.store.models import Loan, Member
from pustaka_desktop.gui import practice as practice_gui
from tests.core.circ_helpers import book, member
from tests.gui.desk_helpers import desk_page, scan, settled
from tests.gui.test_desk_pin_and_focus import desk_in_window  # noqa: F401 - a fixture
from tests.gui.test_practice_layout import indonesian, practice_window  # noqa: F401 - fixtures


@pytest.fixture
def volunteer_desk(qtbot, lib, volunteer):
    with desk_page(qtbot, lib, volunteer) as page:
        yield page


@pytest.mark.parametrize("key, says, not_said", [(Qt.Key.Key_F3, "come back", "to lend."),
                                                  (Qt.Key.Key_F4, "to renew", "to lend.")])
def test_a_card_scanned_in_return_or_renew_mode_does_not_promise_a_loan(qtbot, volunteer_desk, lib, librarian,
                                                                        key, says, not_said):
    desk = volunteer_desk
    reader = member(lib, librarian, "Wulan")
    copy = book(lib, "Si Kancil")[0]
    circulation.checkout(lib, librarian, reader.number, copy.barcode)
    QTest.keyClick(desk.scan_box, key)  # left in Return (or Renew) by the member before
    scan(qtbot, desk, reader.number)
    banner = desk.result.text()
    assert reader.name in banner
    assert not_said not in banner, f"a loan promised while the desk will not lend: {banner!r}"
    assert says in banner and "F2" in banner  # what the next book does, and the key that lends
    scan(qtbot, desk, copy.barcode)
    loan = Loan.get(Loan.item == copy.id)
    assert (loan.returned_at is not None) == (key == Qt.Key.Key_F3)  # what the banner said happened
    assert (loan.renewals == 1) == (key == Qt.Key.Key_F4)


def scanner_types(qtbot, desk, code: str) -> None:
    """A USB scanner: each key goes where the keyboard is at that moment (the system's way, not a test's
    chosen widget), then Enter."""
    seen = desk.events_seen
    for char in code:
        QTest.keyClick(QApplication.focusWidget(), char)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settled(qtbot, desk, seen)


def test_a_card_scanned_after_a_stray_tab_is_served(qtbot, desk_in_window, lib, librarian):  # noqa: F811
    """Tab pressed by mistake put the keyboard in the navigation list: the card scanned next was typed into
    the list and lost, and nothing on the screen said so."""
    desk = desk_in_window
    reader = member(lib, librarian, "Wulan")
    QTest.keyClick(desk.scan_box, Qt.Key.Key_Tab)  # a person's Tab still leaves the scan box
    assert QApplication.focusWidget() is desk.window().nav
    scanner_types(qtbot, desk, reader.number)
    assert desk.summary is not None and desk.summary.member.number == reader.number
    assert QApplication.focusWidget() is desk.scan_box  # and the next book goes there too


def test_a_card_scanned_after_reading_the_practice_tasks_is_served(qtbot, indonesian, practice_window):  # noqa: F811
    """F12 (or the Tasks button) puts the keyboard in the practice tasks list to read the next task, which says
    "scan the member card": the card went into that list and nothing happened."""
    window, panel = practice_window
    desk = window.show_page("desk")
    window.activateWindow()
    qtbot.waitUntil(lambda: desk.worker.pending == 0, timeout=10_000)
    reader = Member.select().where(Member.deleted == False).first()  # noqa: E712 - peewee
    QTest.keyClick(desk.scan_box, Qt.Key.Key_F12)
    assert QApplication.focusWidget() is panel.list
    QTest.keyClick(panel.list, Qt.Key.Key_Down)  # the arrows still read the tasks
    assert QApplication.focusWidget() is panel.list
    scanner_types(qtbot, desk, reader.number)
    assert desk.summary is not None and desk.summary.member.number == reader.number
    QTest.keyClick(desk.scan_box, Qt.Key.Key_F12)
    panel.steps.setFocus()  # Tab from the list: the task's steps, read line by line
    scanner_types(qtbot, desk, "Z-" + reader.number)  # (a code nobody has: answered too, not lost)
    assert "Z-" + reader.number in desk.result.text()
    leave = window.findChild(practice_gui.PracticeBanner).leave_button
    leave.setFocus()  # Tab on from the tasks: the banner's buttons
    scanner_types(qtbot, desk, reader.number)
    assert desk.summary.member.number == reader.number and "Z-" not in desk.result.text()
    desk.shutdown()


def test_a_late_return_says_whose_fine_it_is_and_how_it_is_paid(qtbot, volunteer_desk, lib, librarian):
    """A late book scanned with nobody open: the banner said "fine Rp 1.500" and nothing more, so a new volunteer
    held the coins without knowing whose fine it was or where the payment goes."""
    from datetime import timedelta

    from pustaka_desktop.core.circulation import fines
    from pustaka_desktop.core.store import write as store

    desk = volunteer_desk
    reader = member(lib, librarian, "Tuti")
    copy = book(lib, "Laskar Pelangi")[0]
    lent = circulation.checkout(lib, librarian, reader.number, copy.barcode)
    store.update(lib, lent.loan, due_on=lent.loan.due_on - timedelta(days=30))
    scan(qtbot, desk, copy.barcode)  # returned, nobody open
    assert fines.balance(lib, reader) > 0
    banner = desk.result.text()
    assert reader.name in banner and reader.number in banner and "F6" in banner, banner
    scan(qtbot, desk, reader.number)  # what the banner said: her card, then F6 takes the payment
    assert desk.summary.member.number == reader.number and desk.summary.fines_balance > 0


def test_a_book_still_lent_to_someone_else_says_the_keys_that_lend_it(qtbot, volunteer_desk, lib, librarian):
    """The previous loan was never scanned back: "return it first, then lend it" left a new volunteer asking how.
    The keys the banner names do it, and the member stays open throughout."""
    desk = volunteer_desk
    before, now = member(lib, librarian, "Agus"), member(lib, librarian, "Wulan")
    copy = book(lib, "Si Kancil")[0]
    circulation.checkout(lib, librarian, before.number, copy.barcode)  # back on the shelf, never scanned in
    scan(qtbot, desk, now.number)
    scan(qtbot, desk, copy.barcode)
    assert "F3" in desk.result.text() and "F2" in desk.result.text(), desk.result.text()
    QTest.keyClick(desk.scan_box, Qt.Key.Key_F3)
    scan(qtbot, desk, copy.barcode)
    QTest.keyClick(desk.scan_box, Qt.Key.Key_F2)
    scan(qtbot, desk, copy.barcode)
    loan = Loan.get((Loan.item == copy.id) & Loan.returned_at.is_null())
    assert loan.member_id == now.id


def test_her_card_scanned_again_mid_visit_keeps_the_books_on_her_receipt(qtbot, volunteer_desk, lib, librarian):
    """Unsure the card had worked, the volunteer scanned it again between two books: the receipt (F9) then
    listed only the book lent after it, and the member went home not knowing the first one's due date."""
    desk = volunteer_desk
    reader = member(lib, librarian, "Wulan")
    first, second = book(lib, "Si Kancil")[0], book(lib, "Timun Mas")[0]
    scan(qtbot, desk, reader.number)
    scan(qtbot, desk, first.barcode)
    scan(qtbot, desk, reader.number)  # the same card again
    scan(qtbot, desk, second.barcode)
    on_receipt = {result.item.barcode for result in desk.visit}
    assert on_receipt == {first.barcode, second.barcode}
    other = member(lib, librarian, "Agus")
    scan(qtbot, desk, other.number)  # the next member: a receipt of her own
    assert desk.visit == [] and not desk.receipt_button.isEnabled()


def test_a_refusal_reads_whole_on_a_netbook(qtbot, desk_in_window, lib, librarian):  # noqa: F811
    """1024 x 600: the desk goes compact, and a refusal with its F8 button beside it was cut at the top and the
    bottom (three lines in a banner sized for one and a half) just when the volunteer needed to read it."""
    from datetime import timedelta

    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    from pustaka_desktop.core.store import write as store

    desk = desk_in_window
    desk.window().resize(1024, 560)
    qtbot.waitUntil(lambda: desk.compact, timeout=5_000)
    reader = member(lib, librarian, "Dian Wijaya Kusumawardhani")
    store.update(lib, reader, expires_on=reader.registered_on - timedelta(days=1))
    scan(qtbot, desk, reader.number)
    scan(qtbot, desk, book(lib, "Si Kancil")[0].barcode)
    assert desk.override_button.isVisible()
    qtbot.wait(50)
    banner = desk.result
    room = banner.contentsRect()
    need = QFontMetrics(banner.font()).boundingRect(QRect(0, 0, room.width(), 10_000),
                                                     int(Qt.TextFlag.TextWordWrap), banner.text())
    assert need.height() <= room.height() and need.width() <= room.width(), \
        f"{banner.text()!r} needs {need.width()}x{need.height()} px, the banner has {room.width()}x{room.height()}"


def test_the_receipt_opens_for_printing_from_the_keyboard(qtbot, volunteer_desk, lib, librarian, monkeypatch):
    """F9 saved the receipt and said "Open receipt shows it to print", a button the keyboard cannot reach (the
    scan box keeps the keyboard): printing it needed the mouse. Ctrl+P opens it, and the note says so."""
    from PySide6.QtGui import QDesktopServices

    opened: list = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    desk = volunteer_desk
    reader = member(lib, librarian, "Wulan")
    scan(qtbot, desk, reader.number)
    scan(qtbot, desk, book(lib, "Si Kancil")[0].barcode)
    QTest.keyClick(desk.scan_box, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: bool(desk.last_receipt), timeout=10_000)
    assert "Ctrl+P" in desk.result.text()
    QTest.keyClick(desk.scan_box, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert opened == [desk.last_receipt]


@pytest.mark.parametrize("key", [Qt.Key.Key_F2, Qt.Key.Key_F3, Qt.Key.Key_F4])
def test_the_same_book_scanned_twice_is_done_once(qtbot, volunteer_desk, lib, librarian, key):
    """Unsure the scanner had read it, the volunteer scans the book again. In F4 it was renewed twice (two
    periods, the member's renewals used up); lending or returning it again said "NOT DONE" in red, and for a
    loan advised Renew. Now it says it was done just now; only a third, deliberate scan renews once more."""
    desk = volunteer_desk
    reader = member(lib, librarian, "Wulan")
    copy = book(lib, "Si Kancil")[0]
    if key != Qt.Key.Key_F2:
        circulation.checkout(lib, librarian, reader.number, copy.barcode)
    QTest.keyClick(desk.scan_box, key)
    if key == Qt.Key.Key_F2:
        scan(qtbot, desk, reader.number)
    scan(qtbot, desk, copy.barcode)
    before = Loan.get(Loan.item == copy.id)
    scan(qtbot, desk, copy.barcode)  # the double scan
    after = Loan.get(Loan.item == copy.id)
    assert (after.due_on, after.renewals, after.returned_at) == (before.due_on, before.renewals, before.returned_at)
    assert desk.history[-1].tone == "neutral" and "just now" in desk.result.text(), desk.result.text()
    assert "Renew" not in desk.result.text()  # no advice to renew a loan made a moment ago
    if key == Qt.Key.Key_F4:
        scan(qtbot, desk, copy.barcode)  # scanned once more on purpose: renewed once more
        assert Loan.get(Loan.item == copy.id).renewals == before.renewals + 1


def test_a_book_scanned_before_the_card_says_to_scan_the_card_first(qtbot, volunteer_desk, lib, librarian):
    """The member wants to borrow and the volunteer scans the book first: with nobody open a book is taken back,
    and the desk said only "not on loan", in red, to a volunteer who had meant to lend it."""
    desk = volunteer_desk
    reader = member(lib, librarian, "Wulan")
    copy = book(lib, "Si Kancil")[0]
    scan(qtbot, desk, copy.barcode)
    assert "card first" in desk.result.text(), desk.result.text()
    scan(qtbot, desk, reader.number)  # as the banner says
    scan(qtbot, desk, copy.barcode)
    assert Loan.get(Loan.item == copy.id).member_id == reader.id
    QTest.keyClick(desk.scan_box, Qt.Key.Key_Escape)
    QTest.keyClick(desk.scan_box, Qt.Key.Key_F3)  # in Return mode "not on loan" means just that
    other = book(lib, "Timun Mas")[0]
    scan(qtbot, desk, other.barcode)
    assert "card first" not in desk.result.text()


def test_f12_puts_the_practice_tasks_away_and_back(qtbot, indonesian, practice_window):  # noqa: F811
    """On a netbook the tasks panel takes a third of the width, and only its close button (the mouse) put it away."""
    window, panel = practice_window
    desk = window.show_page("desk")
    window.activateWindow()
    QTest.keyClick(desk.scan_box, Qt.Key.Key_F12)
    assert panel.isVisible() and QApplication.focusWidget() is panel.list
    QTest.keyClick(panel.list, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=5_000)
    assert QApplication.focusWidget() is desk.scan_box  # the next scan goes to the desk
    QTest.keyClick(desk.scan_box, Qt.Key.Key_F12)
    assert panel.isVisible() and QApplication.focusWidget() is panel.list
    desk.shutdown()


def test_an_unknown_label_at_a_volunteers_desk_says_to_put_the_book_aside(qtbot, volunteer_desk):
    scan(qtbot, volunteer_desk, "B0099999")
    assert "librarian" in volunteer_desk.result.text() and "add the copy" not in volunteer_desk.result.text()
