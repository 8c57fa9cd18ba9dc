"""The patron kiosk as a patron meets it: a record's own page (cover, call number and shelf apart,
availability, more by the author), "Pesan" with card number + PIN, back to the start screen after a
minute without a touch, swipe scrolling, and staying full screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QScroller

from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.catalog.copies import add_copies, add_item
from pustaka_desktop.core.circulation import holds
from pustaka_desktop.core.community import member_pin
from pustaka_desktop.gui.kiosk import IDLE_SECONDS, KioskWindow, ReserveDialog

from ..core.circ_helpers import member


def _png() -> bytes:
    image = QImage(60, 90, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


@pytest.fixture
def shelf(lib, librarian):
    laskar = catalog.add_record(lib, librarian, title="Laskar Pelangi", authors="Andrea Hirata", ddc="899.221",
                                publisher="Bentang", year_text="2005", cover=_png()).record
    add_copies(lib, librarian, laskar, 2, location="Rak A")
    pemimpi = catalog.add_record(lib, librarian, title="Sang Pemimpi", authors="Andrea Hirata", ddc="899.221").record
    add_item(lib, librarian, pemimpi, location="Rak B")
    catalog.add_record(lib, librarian, title="Edensor", authors="Andrea Hirata", hidden=True)
    return {"laskar": laskar, "pemimpi": pemimpi}


@pytest.fixture
def kiosk(qtbot, lib, shelf):
    window = KioskWindow(lib)
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    yield window
    window.unlocked = True  # the librarian's PIN: closing at the end asks nothing
    window.close()  # (pytest-qt closed it before this teardown, when it would not close)


def search(qtbot, kiosk, text):
    kiosk.query.clear()
    qtbot.keyClicks(kiosk.query, text)
    qtbot.keyClick(kiosk.query, Qt.Key.Key_Return)


def test_a_record_page_with_cover_call_number_shelf_and_more_by_the_author(qtbot, kiosk, shelf):
    search(qtbot, kiosk, "laskar")
    texts = kiosk.hit_texts()
    assert len(texts) == 1
    assert "Call number: 899.221 HIR l\nShelf: Rak A" in texts[0]  # two lines, not run together
    kiosk._open_item(kiosk.results.item(0))  # the patron touches the result
    assert kiosk.stack.currentIndex() == 1
    assert kiosk.detail_title.text() == "Laskar Pelangi" and kiosk.detail_authors.text() == "Andrea Hirata"
    assert kiosk.call_number.text() == "Call number: 899.221 HIR l" and kiosk.shelf.text() == "Go to Rak A and look for 899.221 HIR l on the spine."
    assert "2 of 2 on the shelf" in kiosk.availability.text()
    assert not kiosk.cover.pixmap().isNull()
    others = [kiosk.others.item(n).text().splitlines()[0] for n in range(kiosk.others.count())]
    assert others == ["Sang Pemimpi"]  # the hidden title never shows
    kiosk._open_item(kiosk.others.item(0))
    assert kiosk.detail_title.text() == "Sang Pemimpi" and kiosk.cover.text() == "no cover"
    qtbot.mouseClick(kiosk.back_button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentIndex() == 0 and kiosk.query.text() == "laskar"


def test_lists_scroll_with_a_swipe(kiosk):
    for view in (kiosk.results, kiosk.others, kiosk.detail_scroll):
        assert QScroller.hasScroller(view.viewport())


def test_reserve_with_card_number_and_pin(qtbot, lib, librarian, kiosk, shelf):
    budi = member(lib, librarian)
    member_pin.set_pin(lib, librarian, budi, "2468")
    kiosk.show_record(shelf["laskar"].id)
    answers = []

    def fill(dialog):
        qtbot.keyClicks(dialog.number, budi.number)
        qtbot.keyClicks(dialog.pin, "1111")  # wrong first
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        answers.append(dialog.message.text())
        qtbot.keyClicks(dialog.pin, "2468")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        answers.append(dialog.message.text())
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # "Done"

    _when_shown(fill)
    qtbot.mouseClick(kiosk.reserve_button, Qt.MouseButton.LeftButton)
    assert "Wrong member number or PIN" in answers[0]
    assert answers[1].startswith("Reserved")
    assert [h.member_id for h in holds.queue(lib, shelf["laskar"])] == [budi.id]


def _when_shown(act):
    def poll():
        widget = QApplication.activeModalWidget()
        if isinstance(widget, ReserveDialog):
            act(widget)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def test_after_a_minute_untouched_the_next_patron_gets_the_start_screen(qtbot, kiosk, shelf):
    assert kiosk.idle.interval() == IDLE_SECONDS * 1000 == 60_000 and kiosk.idle.isActive()
    search(qtbot, kiosk, "pemimpi")
    kiosk.show_record(shelf["pemimpi"].id)
    seen = []

    def walk_away(dialog):
        qtbot.keyClicks(dialog.number, "A-0001")  # half typed, then the patron leaves
        kiosk.idle.timeout.emit()  # the minute has passed
        seen.append(dialog.isVisible())

    _when_shown(walk_away)
    qtbot.mouseClick(kiosk.reserve_button, Qt.MouseButton.LeftButton)
    assert seen == [False]  # the open form was closed with the card number in it
    assert kiosk.stack.currentIndex() == 0 and kiosk.query.text() == ""
    assert kiosk.count.text() == "Newest books in the library" and kiosk.results.count() == 2
    # any touch or key starts the minute again
    kiosk.idle.stop()
    qtbot.keyClick(kiosk.query, Qt.Key.Key_A)
    assert kiosk.idle.isActive()


def test_a_typo_on_the_kiosk_still_finds_the_book(qtbot, kiosk):
    search(qtbot, kiosk, "pemimpu")
    assert kiosk.hit_texts() and "Did you mean" in kiosk.count.text()


def test_full_screen_stays_full_screen_until_a_librarian_unlocks(qtbot, kiosk):
    kiosk.showFullScreen()
    assert kiosk.locked_full_screen and kiosk.isFullScreen()
    kiosk.showNormal()  # e.g. a window manager shortcut
    qtbot.waitUntil(kiosk.isFullScreen, timeout=3000)
    kiosk.unlocked = True  # what the librarian's PIN does
    kiosk.showNormal()
    QApplication.processEvents()
    assert not kiosk.isFullScreen()
