"""The receipt (F9), a desk job that fails, and the catalogue's reservation box, with a USB scanner at hand: it
types a code and Enter into whatever has the keyboard. F9 asks nothing (the old "Save the receipt" box took
the next card as a file name); a failure is said in the desk's banner (the old box's OK took the next scan's
Enter); in the catalogue's "Reserve" box Enter in the search goes to the list and Enter there reserves.
Keyboard only, with Qt's real boxes (not the recorded stand-ins of the other GUI tests)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.catalog.copies import add_copies
from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.printing.receipt import receipts_dir, save_receipt
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import to_local
from pustaka_desktop.core.store.models import Hold, Loan
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.catalog import CatalogPage
from pustaka_desktop.gui.widgets.reserve_dialog import ReserveForMemberDialog
from tests.core.circ_helpers import book, member
from tests.core.test_stocktake_and_letters import pdf_text
from tests.gui.desk_helpers import desk_page, scan, settled


@pytest.fixture
def message_boxes():
    """Real boxes: the conftest's stand-in closed every box at once, so a box's OK never met a scan."""
    return []


@pytest.fixture
def home(tmp_path, monkeypatch):
    """Where the old file dialog proposed the receipt: a folder of the test's own, never the tester's home."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    return folder


def scanner_keys(window, code: str) -> None:
    """What a USB scanner sends: a key press and release per character, then Enter, to the window that has the
    keyboard (Qt hands them to that window's focused control, whatever it is)."""
    keys = [(Qt.Key(ord(char.upper())), char) for char in code] + [(Qt.Key.Key_Return, "\r")]
    for key, text in keys:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(window, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def scanner_types_once(desk, code: str, ready) -> list[str]:
    """The scanner's code and Enter, once ``ready()`` holds, into the window that has the keyboard then: a box
    open (inside a blocking call too), else the desk. Gives a list that says "typed" when it happened, and which
    box the scan did not close (closed then, so that the test ends)."""
    typed: list[str] = []
    poll = QTimer(desk)
    poll.setInterval(10)

    def type_it():
        if not ready():
            return
        poll.stop()
        box = QApplication.activeModalWidget()
        scanner_keys((box or desk.window()).windowHandle(), code)
        typed.append("typed")
        box = QApplication.activeModalWidget()
        if box is not None:
            typed.append(f"{type(box).__name__} stayed open")
            box.close()

    poll.timeout.connect(type_it)
    poll.start()
    return typed


def lent(copy) -> bool:
    return Loan.select().where((Loan.item == copy.id) & Loan.returned_at.is_null()).exists()


def notes(desk) -> str:
    return "\n".join(desk.log.item(row).text() for row in range(desk.log.count()))


def test_f9_files_the_receipt_without_asking_and_the_card_scanned_next_is_served(qtbot, lib, librarian, volunteer,
                                                                                 home):
    siti = member(lib, librarian, "Siti Aminah")
    store.update(lib, siti, number="2019/0042")  # a SLiMS member number: a slash is no file name
    joko = member(lib, librarian, "Joko")
    folder = receipts_dir(lib)
    folder.mkdir()
    old = folder / "struk-2026-01-20-10.15-0007-Wati.pdf"  # six weeks ago: goes
    recent = folder / "struk-2026-02-20-10.15-0008-Rudi.pdf"  # ten days ago: kept, a lost one can be printed again
    mine = folder / "catatan.txt"  # the librarian's own file: never touched
    for path in (old, recent, mine):
        path.write_bytes(b"%PDF-1.4\n")
    with desk_page(qtbot, lib, volunteer) as desk:
        scan(qtbot, desk, siti.number)
        scan(qtbot, desk, book(lib, "Laskar Pelangi")[0].barcode)
        seen = desk.events_seen
        typed = scanner_types_once(desk, joko.number, lambda: True)  # Joko is next: his card right after F9
        QTest.keyClick(desk.scan_box, Qt.Key.Key_F9)
        qtbot.waitUntil(lambda: bool(typed), timeout=10_000)
        assert typed == ["typed"]  # no box took the keyboard
        settled(qtbot, desk, seen + 1)  # the receipt, then Joko's card
        assert desk.summary is not None and desk.summary.member.number == joko.number  # the old box ate his card
        assert not list(home.iterdir())  # and saved a receipt named after it there
        saved = [p for p in folder.glob("struk-*.pdf") if p not in (old, recent)]
        when = to_local(lib.clock.now()).strftime("%Y-%m-%d-%H.%M")  # the PC's own time, as on the receipt
        assert [p.name for p in saved] == [f"struk-{when}-2019_0042-Siti_Aminah_{siti.name.split()[-1]}.pdf"]
        text = pdf_text(saved[0])
        assert "Laskar Pelangi" in text and siti.name in text and joko.name not in text
        assert saved[0].name in notes(desk) and str(folder) in notes(desk)  # the desk says where it went
        assert desk.open_receipt_button.isEnabled() and desk.last_receipt == str(saved[0])
        assert QApplication.focusWidget() is desk.scan_box
    assert not old.exists() and recent.exists() and mine.exists()


def test_a_second_receipt_the_same_minute_keeps_the_first(lib, librarian):
    reader = member(lib, librarian, "Dewi")
    lent_now = [circulation.checkout(lib, librarian, reader.number, book(lib, "Bumi Manusia")[0].barcode)]
    first, second = save_receipt(lib, lent_now), save_receipt(lib, lent_now)  # F9 pressed twice
    assert first != second and first.exists() and second.exists()


def test_a_desk_job_that_fails_is_said_in_the_banner_and_the_next_scan_is_served(qtbot, lib, librarian, volunteer,
                                                                                 monkeypatch):
    sri, joko = member(lib, librarian, "Sri"), member(lib, librarian, "Joko")
    copy = book(lib, "Cantik Itu Luka")[0]
    real_checkout = circulation.checkout

    def stick_pulled(*args, **kwargs):  # the library on a USB stick that came loose for a moment
        monkeypatch.setattr(circulation, "checkout", real_checkout)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(circulation, "checkout", stick_pulled)
    with desk_page(qtbot, lib, volunteer) as desk:
        scan(qtbot, desk, sri.number)
        seen = desk.events_seen
        typed = scanner_types_once(desk, joko.number, lambda: desk.events_seen > seen)  # after the failure
        QTest.keyClicks(desk.scan_box, copy.barcode)
        QTest.keyClick(desk.scan_box, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(typed), timeout=10_000)
        assert typed == ["typed"]  # no box took the keyboard
        settled(qtbot, desk, seen + 1)
        assert desk.summary is not None and desk.summary.member.number == joko.number  # the old box's OK took it
        assert not lent(copy)
        said = notes(desk)
        assert copy.barcode in said  # which scan to do again
        assert "disk I/O" not in said and "Traceback" not in said  # no English from SQLite, no traceback
        assert QApplication.focusWidget() is desk.scan_box


def test_enter_in_the_catalogues_reservation_search_goes_to_the_list_and_reserves_nobody_yet(qtbot, lib,
                                                                                             librarian):
    for _ in range(2):
        member(lib, librarian, "Siti Aminah")
    record = catalog.add_record(lib, librarian, title="Laskar Pelangi", authors="Andrea Hirata").record
    add_copies(lib, librarian, record, 1)
    page = CatalogPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=10_000)  # its Alt+ keys work (the window manager's job)
    QTest.keyClicks(page.query, "laskar")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=10_000)
    QTest.keyClick(page.query, Qt.Key.Key_Down)
    assert page.record is not None and page.record.id == record.id
    seen: dict = {}

    def keyboard():  # what the librarian does in the boxes, one step each time a box is up
        box = QApplication.activeModalWidget()
        if isinstance(box, ReserveForMemberDialog) and "after_enter" not in seen:
            QTest.keyClicks(box.query, "siti")
            QTest.keyClick(box.query, Qt.Key.Key_Return)
            seen["after_enter"] = Hold.select().count()
            seen["list_has_keyboard"] = box.focusWidget() is box.results
        elif isinstance(box, ReserveForMemberDialog) and "chosen" not in seen:
            QTest.keyClick(box.results, Qt.Key.Key_Down)  # the second Siti is the one at the counter
            seen["chosen"] = box.chosen()
            QTest.keyClick(box.results, Qt.Key.Key_Return)
        elif isinstance(box, QMessageBox):  # "Reserved": read, then Enter
            seen["said"] = box.text()
            QTest.keyClick(box.focusWidget() or box, Qt.Key.Key_Return)
            return
        QTimer.singleShot(10, page, keyboard)  # (stops with the page)

    QTimer.singleShot(0, page, keyboard)
    mnemonic = page.reserve_button.text().split("&")[1][0]  # Alt+R in English, Alt+P in Indonesian ("&Pesan…")
    QTest.keyClick(page.windowHandle(), Qt.Key(ord(mnemonic.upper())), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "said" in seen, timeout=10_000)  # (a shortcut clicks after the button is seen pressed)
    assert seen["after_enter"] == 0 and seen["list_has_keyboard"]  # Enter reserved for the first Siti at once
    holds = list(Hold.select())
    assert len(holds) == 1 and holds[0].member.number == seen["chosen"]
    assert seen["said"]
