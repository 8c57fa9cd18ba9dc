"""The old netbook of many village libraries: 1024 x 600 (less the taskbar and the title bar), a keyboard-first
volunteer and a USB scanner that types digits and Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QStyleFactory

from pustaka_desktop.core.store.models import Member
from pustaka_desktop.gui import practice as practice_gui
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.dialogs.national_holidays import NationalHolidaysDialog
from pustaka_desktop.gui.dialogs.undo_import import UndoImportDialog
from pustaka_desktop.gui.pages import visitor_book
from pustaka_desktop.gui.widgets import screen
from pustaka_desktop.gui.widgets.record_dialog import RecordDialog
from tests.core.circ_helpers import member
from tests.gui.test_desk_first_afternoon import scanner_types
from tests.gui.test_desk_pin_and_focus import desk_in_window  # noqa: F401 - a fixture
from tests.gui.test_practice_layout import indonesian, practice_window, practising  # noqa: F401 - fixtures


def _stray_alt(widget) -> None:
    QTest.keyPress(widget, Qt.Key.Key_Alt)
    QTest.keyRelease(widget, Qt.Key.Key_Alt, Qt.KeyboardModifier.AltModifier)


def test_a_scan_after_a_stray_alt_reaches_the_desk(qtbot, desk_in_window, lib, librarian):  # noqa: F811
    """Alt pressed and let go by accident puts Windows' keyboard in the menu bar: the card scanned next went into
    the menus (its Enter opened the Application menu, whose first entry logs out) instead of the scan box."""
    desk = desk_in_window
    bar = desk.window().menuBar()
    bar.setStyle(QStyleFactory.create("Windows"))  # Windows' own: a lone Alt goes to the menu bar
    reader = member(lib, librarian, "Wulan")
    _stray_alt(desk.scan_box)
    assert QApplication.focusWidget() is desk.scan_box, "a lone Alt in the scan box leaves the keyboard there"
    go = next(a for a in bar.actions() if a.text().replace("&&", "").partition("&")[2][:1].lower() == "g")
    scanner_types(qtbot, desk, "G0001")  # a code that starts with the Go menu's letter (SLiMS's are "B00001")
    assert QApplication.activePopupWidget() is None, "the scan opened a menu"
    assert "G0001" in desk.result.text()
    assert QApplication.focusWidget() is desk.scan_box
    # the keyboard elsewhere on the desk (the member's loans, the history): the menu bar takes a lone Alt there,
    # and the card's digits still reach the scan box
    desk.card.loans.setFocus()
    _stray_alt(desk.card.loans)
    assert QApplication.focusWidget() is bar, "a lone Alt: the menu bar has the keyboard (as on Windows)"
    scanner_types(qtbot, desk, reader.number)
    assert QApplication.activePopupWidget() is None, "the scan opened a menu"
    assert desk.summary is not None and desk.summary.member.number == reader.number
    assert QApplication.focusWidget() is desk.scan_box
    # a person's Alt, then a menu's own letter, still opens that menu
    desk.card.loans.setFocus()
    _stray_alt(desk.card.loans)
    QTest.keyClick(bar, "g")
    assert QApplication.activePopupWidget() is go.menu()
    go.menu().close()


@pytest.fixture
def volunteer_practising(qtbot, lib, clock, volunteer):
    """A volunteer's first day: the practice library on the netbook, the tasks panel open."""
    with practising(qtbot, lib, clock, "relawan", "relawan1") as (window, _panel):
        window.showNormal()
        window.resize(1024, 560)  # as the program sizes itself on a 1024 x 600 screen
        yield window


def test_the_catalogue_beside_the_practice_tasks_shows_its_titles(qtbot, indonesian, volunteer_practising):  # noqa: F811
    """At 1024 x 600 beside the tasks panel the results' title column was squeezed to "P…" (author, year, call
    number, shelf and copies took the room), and the wrapped filters made the page scroll down for nothing."""
    window = volunteer_practising
    catalog = window.show_page("catalog")
    qtbot.wait(50)
    results = catalog.results
    assert results.model().rowCount() > 0
    title = results.columnWidth(0)
    assert title >= results.fontMetrics().horizontalAdvance("Hikayat Hang Tuah"), f"the titles have {title} px"
    holder = window.holders["catalog"]
    assert not holder.horizontalScrollBar().isVisible()
    assert not holder.verticalScrollBar().isVisible(), \
        f"needs {catalog.minimumSizeHint().height()} px high, has {holder.viewport().height()}: nothing to scroll to"
    window.resize(1366, 728)  # the room comes back: the title takes it all again
    qtbot.wait(50)
    others = sum(results.columnWidth(c) for c in range(1, results.model().columnCount()))
    assert results.columnWidth(0) + others >= results.viewport().width() - 1


def test_the_practice_banner_is_as_high_as_its_text(qtbot, indonesian, practice_window):  # noqa: F811
    """In its toolbar the banner's two lines of text sat in a box 80 px high: 30 px a netbook's pages needed."""
    window, _panel = practice_window
    window.showNormal()
    window.resize(1024, 530)
    qtbot.wait(50)
    banner = window.findChild(practice_gui.PracticeBanner)
    text = banner.text
    assert text.height() <= text.heightForWidth(text.width()), "empty lines above and below the banner's text"
    assert banner.leave_button.isVisible() and banner.leave_button.height() >= banner.leave_button.sizeHint().height()


# a 1024 x 600 screen less a 40 px taskbar, less the window's title bar and borders (widgets/screen.FRAME)
NETBOOK_ROOM = QSize(1024 - 20, 600 - 40 - 40)


@pytest.fixture
def netbook(monkeypatch):
    """Dialogs open on a netbook's screen (the test screen is 800 x 800)."""
    monkeypatch.setattr(screen, "screen_room", lambda _widget: NETBOOK_ROOM)


def _fits(qtbot, dialog, ok_text: str) -> None:
    """The dialog within the netbook's free room, its OK button in it."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    room = NETBOOK_ROOM
    assert dialog.height() <= room.height(), f"{type(dialog).__name__} is {dialog.height()} px high, has {room.height()}"
    assert dialog.width() <= room.width()
    ok = next(b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == ok_text)
    bottom = ok.mapTo(dialog, ok.rect().bottomLeft()).y()
    assert ok.isVisible() and bottom <= dialog.height(), f"{ok_text} is below the dialog's edge ({bottom} px)"
    dialog.reject()


def test_the_record_form_fits_a_netbook(qtbot, lib, librarian, netbook):
    """A new title on a 1024 x 600 netbook: the form asked for 700 px and Save was below the screen."""
    _fits(qtbot, RecordDialog(lib, librarian), "Save")


def test_the_group_visit_fits_a_netbook(qtbot, netbook):
    """A class's visit: eleven counts one under the other made the dialog 624 px high, Save out of reach."""
    _fits(qtbot, visitor_book.GroupDialog(), "Save")


def test_undoing_an_import_fits_a_netbook(qtbot, lib, librarian, netbook):
    _fits(qtbot, UndoImportDialog(AppContext(lib, librarian)), "Close")


def test_the_national_holidays_fit_a_netbook(qtbot, lib, librarian, netbook):
    _fits(qtbot, NationalHolidaysDialog(AppContext(lib, librarian), 2026), "Cancel")


def test_the_members_found_show_their_names_beside_the_practice_tasks(qtbot, indonesian, volunteer_practising):  # noqa: F811
    """The list of members found got 185 px beside the tasks panel: "Ahmad Sari (latiha", the rest sideways."""
    window = volunteer_practising
    members = window.show_page("members")
    qtbot.wait(50)
    found = Member.select().where(Member.deleted == False).first()  # noqa: E712 - peewee
    members.search.setText(found.name[:4])
    members.run_search()
    qtbot.waitUntil(lambda: members.model.rowCount() > 0, timeout=10_000)
    qtbot.wait(50)
    table = members.table
    name_ends = table.columnViewportPosition(1) + table.columnWidth(1)
    assert name_ends <= table.viewport().width(), \
        f"the names end at {name_ends} px in a list {table.viewport().width()} px wide"
    assert not window.holders["members"].horizontalScrollBar().isVisible()
