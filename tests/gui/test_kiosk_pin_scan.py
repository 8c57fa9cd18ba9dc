"""A scanner at the kiosk: a book's label, a book's ISBN barcode or a card scanned into the "Pesan" box's PIN
field is no guess at the member's PIN. It is said in words, the box stays usable, and it never counts toward
the lock (5 wrong tries lock the member's PIN, and their web account, for 15 minutes)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.catalog.copies import add_item
from pustaka_desktop.core.circulation import holds
from pustaka_desktop.core.community import member_pin
from pustaka_desktop.gui.kiosk import ReserveDialog

from ..core.circ_helpers import member


@pytest.fixture
def shelf(lib, librarian):
    """Copies labelled as a village library's imported stock is: the library's own labels, SLiMS-style codes,
    and bare numbers from a register kept by hand."""
    laskar = catalog.add_record(lib, librarian, title="Laskar Pelangi", authors="Andrea Hirata", ddc="899.221").record
    for barcode in ("UJI000123", "B00045", "00012345", "24681357"):
        add_item(lib, librarian, laskar, barcode=barcode, location="Rak A")
    return laskar


@pytest.fixture
def budi(lib, librarian):
    budi = member(lib, librarian, name="Budi Santoso")
    member_pin.set_pin(lib, librarian, budi, "802614")
    return budi


@pytest.fixture
def box(qtbot, lib, shelf):
    dialog = ReserveDialog(lib, shelf.id, shelf.title)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def scan(qtbot, field, code):
    """What a USB scanner does: the code's keys, then Enter."""
    field.clear()
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def failures(lib, someone):
    state = member_pin.status(lib, someone)
    return state.failures, state.locked_until


def test_a_child_scanning_books_into_the_pin_field_does_not_lock_the_members_pin(qtbot, lib, shelf, budi, box):
    qtbot.keyClicks(box.number, budi.number)
    for label in ("UJI000123", "B00045", "00012345", "9786020331102", "UJI000123", "B00045"):
        scan(qtbot, box.pin, label)
        assert failures(lib, budi) == (0, None), label
        assert box.pin.text() == "" and box.pin.hasFocus() and box.hold is None
        assert "PIN" in box.message.text() and "Wrong" not in box.message.text()
    assert "book's label" in box.message.text()
    scan(qtbot, box.pin, "135792")  # a PIN typed wrong by hand still counts
    assert "Wrong member number or PIN" in box.message.text() and failures(lib, budi)[0] == 1
    qtbot.keyClicks(box.pin, "802614")  # the member's own PIN still works: the box was never locked
    qtbot.keyClick(box.pin, Qt.Key.Key_Return)
    assert box.message.text().startswith("Reserved")
    assert [h.member_id for h in holds.queue(lib, shelf)] == [budi.id]


def test_a_card_scanned_into_either_field_is_taken_as_the_card_number(qtbot, lib, shelf, budi, box):
    scan(qtbot, box.number, budi.number)  # the scanner's Enter pressed "Reserve" with no PIN typed yet
    assert failures(lib, budi) == (0, None)
    assert box.pin.hasFocus() and box.message.text() == "Now type your PIN."
    box.number.clear()
    scan(qtbot, box.pin, budi.number)  # the card scanned once the PIN field had the keyboard
    assert failures(lib, budi) == (0, None)
    assert box.number.text() == budi.number and box.pin.text() == "" and box.pin.hasFocus()
    qtbot.keyClicks(box.pin, "802614")
    qtbot.keyClick(box.pin, Qt.Key.Key_Return)
    assert [h.member_id for h in holds.queue(lib, shelf)] == [budi.id]


def test_a_pin_that_reads_like_a_numbered_label_is_still_the_members_pin(qtbot, lib, librarian, shelf, box):
    """A PIN of 8 digits may be a copy's number from a register kept by hand: the member is not refused, while
    another numbered label scanned there is still no try."""
    sari = member(lib, librarian, name="Sari")
    member_pin.set_pin(lib, librarian, sari, "24681357")
    qtbot.keyClicks(box.number, sari.number)
    scan(qtbot, box.pin, "00012345")
    assert failures(lib, sari) == (0, None) and "book's label" in box.message.text()
    scan(qtbot, box.pin, "24681357")
    assert box.message.text().startswith("Reserved")
    assert [h.member_id for h in holds.queue(lib, shelf)] == [sari.id]
