"""The Stock-take page after finishing: the librarian walks the list of copies not seen and decides for
several at once, by keyboard: lost (written off), found, or keep looking; the list shows each copy's
status. The page's name is said once, by the window's heading."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from pustaka_desktop.core.catalog import stocktake
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import AuditLog, Item, Record
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.stocktake import StocktakePage


def finished_shelf(lib, librarian) -> list[str]:
    """Rak Anak: five copies; only the first was scanned. Returns the barcodes not seen, in shelf order."""
    barcodes = []
    for n, (title, ddc) in enumerate([("Si Kancil dan Buaya", "398.2"), ("Timun Mas", "398.21"),
                                      ("Bawang Merah Bawang Putih", "398.22"), ("Malin Kundang", "398.23"),
                                      ("Lutung Kasarung", "398.24")]):
        record = store.insert(lib, Record, title=title, ddc=ddc)
        barcodes.append(store.insert(lib, Item, record=record, barcode=f"UJI-A{n:03d}", location="Rak Anak",
                                     call_number=f"{ddc} {title[:3].upper()}").barcode)
    session = stocktake.start(lib, librarian, location="Rak Anak")
    stocktake.scan(lib, librarian, session, barcodes[0])
    stocktake.finish(lib, librarian, session, mark="missing")
    return barcodes[1:]


def statuses(barcodes: list[str]) -> list[str]:
    return [Item.get(Item.barcode == b).status for b in barcodes]


def column(table, title: str) -> list[str]:
    at = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())].index(title)
    return [table.item(r, at).text() for r in range(table.rowCount())]


def alt(page, key) -> None:
    """Alt+letter as the keyboard sends it: through the window, where Qt looks up the shortcuts."""
    QTest.keyClick(page.windowHandle(), key, Qt.KeyboardModifier.AltModifier)


def test_deciding_for_several_copies_by_keyboard_and_taking_it_back(qtbot, lib, librarian):
    gone = finished_shelf(lib, librarian)
    page = StocktakePage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    assert column(page.missing, "Status") == ["Missing"] * 4

    # the first two rows, with the keyboard: Down to the first, Shift+Down to add the second
    page.missing.setFocus()
    QTest.keyClick(page.missing, Qt.Key.Key_Home)
    QTest.keyClick(page.missing, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    alt(page, Qt.Key.Key_O)  # "L&ost (write off)"
    qtbot.waitUntil(lambda: statuses(gone) == ["lost", "lost", "missing", "missing"])
    assert column(page.missing, "Status")[:2] == ["Lost", "Lost"]
    assert "2 copies written off as lost" in page.decided.text()
    assert "Decided since: 2 lost, 0 found, 0 still looked for." in page.missing_label.text()

    # a wrong press: the same two rows are still selected; Keep looking takes it back
    assert sorted(i.row() for i in page.missing.selectionModel().selectedRows()) == [0, 1]
    alt(page, Qt.Key.Key_K)  # "&Keep looking"
    qtbot.waitUntil(lambda: statuses(gone) == ["missing", "missing", "missing", "missing"])

    # the third copy was in the teacher's room
    page.missing.setFocus()
    page.missing.selectRow(2)
    alt(page, Qt.Key.Key_U)  # "Fo&und"
    qtbot.waitUntil(lambda: statuses(gone)[2] == "available")
    assert [e.username for e in AuditLog.select().where(AuditLog.action == "stocktake.decide")] == ["pustakawan"] * 5

    # the finished stock-take still says what it found then
    assert page.missing.rowCount() == 4 and stocktake.progress(lib, page.shown).missing == 4
    page.shutdown()


def test_nothing_selected_nothing_to_press_and_a_volunteer_sees_no_decisions(qtbot, lib, librarian, volunteer):
    finished_shelf(lib, librarian)
    page = StocktakePage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.show()
    page.missing.clearSelection()
    assert page.decide_row.isVisible() and not any(b.isEnabled() for b in page.decide_buttons.values())
    page.shutdown()

    page = StocktakePage(AppContext(lib, volunteer))
    qtbot.addWidget(page)
    page.show()
    assert page.missing.rowCount() == 4 and not page.decide_row.isVisible()
    page.shutdown()


def test_the_page_name_is_said_once(qtbot, lib, librarian):
    from pustaka_desktop.gui.main_window import MainWindow

    window = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(window)
    window.show()
    window.show_page("stocktake")
    qtbot.wait(20)
    names = [label for label in window.findChildren(QLabel) if label.isVisible() and label.text() == "Stock-take"]
    assert len(names) == 1, [label.parent().__class__.__name__ for label in names]
    window.close()
