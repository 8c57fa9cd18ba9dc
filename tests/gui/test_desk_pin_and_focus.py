"""A volunteer at the desk with a USB scanner and the keyboard only: the librarian's PIN box, where a card or a
book label scanned in is a scan and never a wrong PIN, and the keyboard back on the scan box after every box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pustaka_desktop.core import auth
from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.circulation.loan_rules import snapshot
from pustaka_desktop.core.store.models import AuditLog, Loan
from tests.core.circ_helpers import book, member
from tests.gui.desk_helpers import desk_page, scan, settled


@pytest.fixture
def message_boxes():
    """Real boxes: the scanner types into the box that is really open."""
    return []


@pytest.fixture
def volunteer_desk(qtbot, lib, volunteer):
    with desk_page(qtbot, lib, volunteer) as page:
        yield page


def desk_box(desk):
    return next((w for w in QApplication.topLevelWidgets()
                 if w.isVisible() and w.isModal() and w.parentWidget() is desk), None)


def into_the_box(desk, text: str) -> None:
    """Keys and Enter into what has the keyboard in the open box (a scanner, or the librarian typing)."""
    box = desk_box(desk)
    target = box.focusWidget() or box
    QTest.keyClicks(target, text)
    QTest.keyClick(target, Qt.Key.Key_Return)


def f8_then(qtbot, desk, text: str) -> None:
    seen = desk.events_seen
    QTimer.singleShot(0, lambda: into_the_box(desk, text))
    QTest.keyClick(desk.scan_box, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: desk_box(desk) is None, timeout=10_000)
    desk.activateWindow()  # what the window manager does when a box closes (the offscreen platform does not)
    settled(qtbot, desk, seen)


def at_the_limit(lib, librarian, name: str):
    reader = member(lib, librarian, name)
    limit = snapshot(lib).terms(reader.member_type_id, None).loan_limit
    for n in range(limit):
        circulation.checkout(lib, librarian, reader.number, book(lib, f"Buku {name} {n}")[0].barcode)
    return reader, book(lib, f"Laskar Pelangi {name}")[0]


def lent(copy) -> bool:
    return Loan.select().where((Loan.item == copy.id) & Loan.returned_at.is_null()).exists()


def test_cards_and_labels_scanned_into_the_pin_box_are_no_wrong_pin_tries(qtbot, volunteer_desk, lib, librarian):
    """Scans into the PIN box were counted as wrong PINs: after three the PIN box made everyone wait, after ten
    overrides (and leaving the kiosk) were locked for a quarter of an hour."""
    desk = volunteer_desk
    wati, extra = at_the_limit(lib, librarian, "Wati")
    others = [member(lib, librarian, name) for name in ("Joko", "Ani", "Budi", "Citra")]
    label = book(lib, "Bumi Manusia")[0]
    for person in others:
        scan(qtbot, desk, wati.number)
        scan(qtbot, desk, extra.barcode)
        f8_then(qtbot, desk, person.number)  # the next member's card, scanned while the PIN box was open
        assert desk.summary.member.number == person.number  # served as the next scan
        assert "Not approved" in desk.result.text()
    scan(qtbot, desk, wati.number)
    scan(qtbot, desk, extra.barcode)
    f8_then(qtbot, desk, label.barcode)  # a returned book's label
    assert desk.history[-1].code == label.barcode and "Not approved" in desk.result.text()
    assert auth.wait_seconds(lib, "pin") == 0
    assert not AuditLog.select().where(AuditLog.action == "pin.failed").exists()

    scan(qtbot, desk, wati.number)
    scan(qtbot, desk, extra.barcode)
    f8_then(qtbot, desk, "1234")  # the librarian comes and types her PIN: no wait, approved
    assert lent(extra)


def test_a_wrong_pin_typed_still_counts(qtbot, volunteer_desk, lib, librarian):
    desk = volunteer_desk
    wati, extra = at_the_limit(lib, librarian, "Wati")
    scan(qtbot, desk, wati.number)
    scan(qtbot, desk, extra.barcode)
    f8_then(qtbot, desk, "9876")
    assert not lent(extra)
    assert AuditLog.select().where(AuditLog.action == "pin.failed").exists()


@pytest.fixture
def desk_in_window(qtbot, lib, volunteer):
    """The desk as the app shows it: a page of the main window, whose Go menu has keys of its own."""
    from pustaka_desktop.gui.context import AppContext
    from pustaka_desktop.gui.main_window import MainWindow

    window = MainWindow(AppContext(lib, volunteer))
    qtbot.addWidget(window)
    desk = window.show_page("desk")
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.scan_box, timeout=10_000)
    qtbot.waitUntil(lambda: desk.worker.pending == 0, timeout=10_000)
    try:
        yield desk
    finally:
        desk.shutdown()


def test_f6_in_the_main_window_takes_the_payment(qtbot, desk_in_window, lib, librarian):
    """The main window's F6 (to the navigation list) and the desk's F6 (pay the fine) were the same key: F6 did
    nothing, or put the keyboard in the navigation list, where the next card scanned was lost."""
    from pustaka_desktop.core.circulation import fines

    desk = desk_in_window
    joko = member(lib, librarian, "Joko")
    fines.charge(lib, joko, 3000, note="Terlambat")
    scan(qtbot, desk, joko.number)
    for _ in range(2):  # an ambiguous key goes to each of its owners in turn: both presses must pay
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        qtbot.waitUntil(lambda: desk.payment_dialog is not None and desk.payment_dialog.isVisible(), timeout=5_000)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: desk.payment_dialog is None, timeout=5_000)
        desk.window().activateWindow()  # what the window manager does when a box closes
        qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.scan_box, timeout=5_000)
    assert desk.summary.member.number == joko.number  # Esc closed the box, not the member


def test_a_reserved_copy_scanned_before_the_card_says_whose_it_is(qtbot, volunteer_desk, lib, librarian):
    """The member asks for her reservation; the volunteer takes the copy from the hold shelf and scans it first.
    The desk said only "not on loan"; now it says whose copy it is and to scan her card, and then it is lent."""
    from pustaka_desktop.core.circulation import holds

    desk = volunteer_desk
    ani = member(lib, librarian, "Ani")
    copy = book(lib, "Laskar Pelangi")[0]
    assert holds.place(lib, librarian, ani.number, copy.record_id).ready
    scan(qtbot, desk, copy.barcode)
    assert desk.history[-1].kind == "refused"
    assert ani.name in desk.result.text() and ani.number in desk.result.text()
    scan(qtbot, desk, ani.number)
    scan(qtbot, desk, copy.barcode)
    assert lent(copy) and desk.history[-1].kind == "lend"


def test_an_ended_membership_is_renewed_from_the_keyboard(qtbot, volunteer_desk, lib, librarian):
    """"Renew membership…" took no keyboard and had no key: a volunteer without a mouse could not renew."""
    from datetime import timedelta

    from pustaka_desktop.core.store import write as store
    from pustaka_desktop.core.store.clock import local_today

    desk = volunteer_desk
    rina = member(lib, librarian, "Rina")
    store.update(lib, rina, expires_on=local_today(lib.clock) - timedelta(days=3))
    scan(qtbot, desk, rina.number)
    assert "F5" in desk.result.text()
    seen = desk.events_seen

    def yes_by_keyboard():
        box = desk_box(desk)
        QTest.keyClick(box.focusWidget(), Qt.Key.Key_Backtab)  # "No" has the keyboard; Yes is one step back
        QTest.keyClick(box.focusWidget(), Qt.Key.Key_Return)

    QTimer.singleShot(0, yes_by_keyboard)
    QTest.keyClick(desk.scan_box, Qt.Key.Key_F5)
    settled(qtbot, desk, seen)
    assert desk.history[-1].kind == "membership"
    assert desk.summary.member.expires_on > local_today(lib.clock)
