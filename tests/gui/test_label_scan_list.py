"""Labels for hand-picked copies: a scanner sends one code and Enter per copy; each becomes one line of
the list (never two codes run together), unknown codes are refused with the reason, and the preview
count follows the list at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.catalog.copies import add_copies
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.printing import PrintingPage


@pytest.fixture
def page(qtbot, lib, librarian):
    record = catalog.add_record(lib, librarian, title="Bumi Manusia", ddc="899.221",
                                authors=[{"name": "Pramoedya Ananta Toer"}]).record
    add_copies(lib, librarian, record, 3)
    widget = PrintingPage(AppContext(lib, librarian))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.items.mode.setCurrentIndex(widget.items.mode.findData("barcodes"))
    return widget


def scan(qtbot, scan_list, code):
    qtbot.keyClicks(scan_list.edit, code)
    qtbot.keyClick(scan_list.edit, Qt.Key.Key_Return)


def settled(qtbot, page):
    qtbot.waitUntil(lambda: not page.preview_timer.isActive() and not page.preview_busy, timeout=20000)


def test_one_code_per_enter_and_a_live_count(qtbot, page):
    scan_list = page.items.scan_lists["barcodes"]
    scan(qtbot, scan_list, "UJI000001")
    scan(qtbot, scan_list, "UJI000002")
    assert scan_list.codes() == ["UJI000001", "UJI000002"] and scan_list.edit.text() == ""
    assert page.items.spec() == "barcodes:UJI000001,UJI000002"
    assert scan_list.count.text().startswith("2")
    assert "UJI000001" not in page.summary.text()  # the old count is gone while the preview is made
    settled(qtbot, page)
    assert page.summary.text().startswith("2 ")
    scan(qtbot, scan_list, "uji000002")  # the same copy again (lower case): not twice
    scan(qtbot, scan_list, "SKM999999")  # not a copy here
    assert scan_list.codes() == ["UJI000001", "UJI000002"] and "SKM999999" in scan_list.problem.text()
    scan(qtbot, scan_list, "UJI000003, UJI000001")  # pasted: each one, no duplicates
    assert scan_list.codes() == ["UJI000001", "UJI000002", "UJI000003"] and scan_list.problem.text() == ""
    settled(qtbot, page)
    assert page.summary.text().startswith("3 ")
    scan_list.list.item(0).setSelected(True)
    scan_list.remove_chosen()
    assert scan_list.codes() == ["UJI000002", "UJI000003"]
    settled(qtbot, page)
    assert page.summary.text().startswith("2 ")
    scan_list.clear()
    assert scan_list.codes() == [] and scan_list.count.text().startswith("0")
