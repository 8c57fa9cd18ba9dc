"""The overdue list at 1366x768: the member's name is read whole, not "An… 2" over two lines."""

from __future__ import annotations

from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.overdue import OverduePage
from tests.gui.test_overdue_page import lend_late


def test_the_members_name_is_read_whole_on_a_laptop_screen(qtbot, lib, clock, librarian, volunteer):
    lend_late(lib, clock, librarian)
    page = OverduePage(AppContext(lib, volunteer))
    qtbot.addWidget(page)
    page.resize(1020, 650)  # the page's room beside the menu on a 1366x768 screen
    page.show()
    qtbot.waitUntil(lambda: page.loads_done >= 1, timeout=10_000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    metrics = page.table.fontMetrics()
    assert page.table.columnWidth(0) >= metrics.horizontalAdvance("Siti Nurhaliza Rahmawati")
    assert page.table.columnWidth(2) >= metrics.horizontalAdvance("081298765432")
    assert page.table.horizontalScrollBar().value() == 0  # the name column in view
