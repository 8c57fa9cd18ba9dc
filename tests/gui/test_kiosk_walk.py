"""The kiosk walked by patrons of a library that moved in from SLiMS: a santri looking for a kitab with
or without its vowel marks, an elderly man on a 1024x768 monitor reading a long call number, an Arabic
title in the result list, a blocked member at the reserve form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.catalog.copies import add_copies
from pustaka_desktop.core.circulation import holds
from pustaka_desktop.core.community import member_pin, members
from pustaka_desktop.gui.kiosk import KioskWindow, ReserveDialog

from ..core.circ_helpers import member

JALALAIN = "تَفْسِيرُ الْجَلَالَيْنِ"  # as a pesantren's SLiMS keeps it, vowelled
BULUGH = "بلوغ المرام"  # as most catalogues keep it, without marks


@pytest.fixture
def kitab(lib, librarian):
    jalalain = catalog.add_record(lib, librarian, title=JALALAIN, authors="Al-Mahalli, Jalaluddin",
                                  ddc="297.122 7", language="ara").record
    add_copies(lib, librarian, jalalain, 2, location="Rak Kitab")
    bulugh = catalog.add_record(lib, librarian, title=BULUGH, authors="Al-Asqalani, Ibnu Hajar", ddc="297.4",
                                language="ara").record
    add_copies(lib, librarian, bulugh, 1, location="Rak Kitab")
    return {"jalalain": jalalain, "bulugh": bulugh}


@pytest.fixture
def kiosk(qtbot, lib):
    window = KioskWindow(lib)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    yield window
    window.unlocked = True
    window.close()  # (pytest-qt closed it before this teardown, when it would not close)


def _search(kiosk, text):
    kiosk.query.setText(text)  # Arabic comes from the on-screen or system keyboard, not key by key
    kiosk.run_search()
    return [line.splitlines()[0] for line in kiosk.hit_texts()]


def test_a_vowelled_kitab_is_found_typed_without_marks_and_the_reverse(kiosk, kitab):
    assert _search(kiosk, "تفسير الجلالين") == [JALALAIN]
    assert _search(kiosk, "الجلالين") == [JALALAIN]
    assert _search(kiosk, JALALAIN) == [JALALAIN]
    assert _search(kiosk, "بُلُوغُ الْمَرَامِ") == [BULUGH]  # typed with marks, kept without


def test_a_long_call_number_is_read_whole_on_a_1024_screen(qtbot, lib, librarian, kiosk):
    """An old 1024x768 monitor: the call number (30 pt) of a segmented class number ran off the right
    edge, and the page grew a sideways scroll bar that cut the title too."""
    record = catalog.add_record(lib, librarian, title="Kumpulan Tjerita Rakjat dari Djawa Barat dan Banten",
                                authors="Soewarno", ddc="398.209 598 2").record
    add_copies(lib, librarian, record, 1, location="Rak Dewasa")
    kiosk.show_record(record.id)
    qtbot.waitUntil(lambda: kiosk.detail_scroll.widget().width() > 0)
    assert "SOE k" in kiosk.call_number.text()
    assert kiosk.detail_scroll.horizontalScrollBar().maximum() == 0  # nothing runs off the screen
    assert kiosk.call_number.wordWrap()


def _line_directions(view, row: int) -> dict[str, Qt.LayoutDirection]:
    """How each line of a result is laid out: its first words -> left to right or right to left."""
    document = QTextDocument()
    document.setHtml(view.itemWidget(view.item(row)).text())
    out, block = {}, document.begin()
    while block.isValid():
        out[block.text()[:14]] = block.textDirection()
        block = block.next()
    return out


def test_an_arabic_title_leaves_the_call_number_and_shelf_lines_left_to_right(kiosk, kitab):
    """One block for the whole result took its direction from the Arabic title: the call number read
    'ت Call number: 297.122 7 JAL' (the author mark jumped to the front) and every line went right."""
    _search(kiosk, "الجلالين")
    lines = _line_directions(kiosk.results, 0)
    assert lines[JALALAIN[:14]] == Qt.LayoutDirection.RightToLeft
    assert lines.get("Call number: 2") == Qt.LayoutDirection.LeftToRight, lines
    assert lines.get("Shelf: Rak Kit") == Qt.LayoutDirection.LeftToRight


def test_a_blocked_card_at_the_kiosk_does_not_put_the_librarians_note_on_the_public_screen(lib, librarian, kitab):
    """The block's reason is the librarian's note about the member; the kiosk stands in the reading room
    where anyone behind the patron reads it. The member hears it at the desk."""
    siti = member(lib, librarian, name="Siti Aminah")
    member_pin.set_pin(lib, librarian, siti, "2580")
    members.block(lib, librarian, siti, "Merusak buku, orang tua sudah dipanggil")
    dialog = ReserveDialog(lib, kitab["jalalain"].id, JALALAIN)
    dialog.number.setText(siti.number)
    dialog.pin.setText("2580")
    dialog.reserve()
    shown = dialog.message.text()
    assert "blocked" in shown and "desk" in shown
    assert "Merusak" not in shown and "Siti" not in shown
    assert dialog.pin.text() == "" and dialog.hold is None
    assert holds.queue(lib, kitab["jalalain"]) == []
