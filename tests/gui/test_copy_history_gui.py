"""A copy's history in the app, keyboard only: Ctrl+H on the catalogue's copies list (or its menu entry), and at the
desk, where Ctrl+H asks for the barcode in a box of its own (the last copy scanned filled in) so the book is not
returned or lent by being scanned; a volunteer sees only the last borrower."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.catalog.copies import add_item
from pustaka_desktop.core.circulation import loans
from pustaka_desktop.core.store.models import Loan
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.catalog import CatalogPage
from pustaka_desktop.gui.widgets.copy_history_dialog import CopyHistoryDialog
from tests.core.circ_helpers import member
from tests.gui.desk_helpers import desk_page, scan

from .a11y_helpers import shown_active


def _lent_twice(lib, clock, librarian):
    record = catalog.add_record(lib, librarian, title="Ronggeng Dukuh Paruk", authors="Ahmad Tohari").record
    item = add_item(lib, librarian, record, location="Rak A")
    first, last = member(lib, librarian, "Siti Aminah"), member(lib, librarian, "Budi Santoso")
    for who in (first, last):
        loans.checkout(lib, librarian, who, item.barcode)
        clock.advance(days=3)
        loans.checkin(lib, librarian, item.barcode)
        clock.advance(days=1)
    return item, first, last


def _history_dialog() -> CopyHistoryDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, CopyHistoryDialog) and w.isVisible()]
    return found[-1] if found else None


def _cells(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_ctrl_h_on_the_copies_list_shows_its_loans(qtbot, lib, clock, librarian):
    item, first, last = _lent_twice(lib, clock, librarian)
    page = shown_active(qtbot, CatalogPage(AppContext(lib, librarian)))
    page.copies.setFocus()
    assert page.history_button.isEnabled() and page.history_action in page.copies.actions()  # the list's menu
    qtbot.keyClick(page.copies, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _history_dialog() is not None, timeout=5000)
    dialog = _history_dialog()
    rows = _cells(dialog.loans)
    assert [row[1] for row in rows] == [f"{last.number} {last.name}", f"{first.number} {first.name}"]
    assert item.barcode in dialog.windowTitle() and "Ronggeng Dukuh Paruk" in dialog.heading.text()
    assert dialog.events.isHidden()  # nothing else happened: said in a line, not an empty list
    qtbot.keyClick(dialog.loans, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    page.results.setFocus()  # from the list of titles: the chosen title's copy
    qtbot.keyClick(page.results, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _history_dialog() is not None, timeout=5000)
    _history_dialog().close()


def test_a_volunteer_at_the_desk_asks_for_the_history_without_returning_the_book(qtbot, lib, clock, librarian,
                                                                                  volunteer):
    item, first, last = _lent_twice(lib, clock, librarian)
    loans.checkout(lib, librarian, last, item.barcode)  # out again: "I returned it!"
    asked: list[str] = []

    def answer_the_box() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QInputDialog):
            QTimer.singleShot(50, answer_the_box)
            return
        asked.append(box.textValue())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    with desk_page(qtbot, lib, volunteer) as page:
        scan(qtbot, page, item.barcode)  # nobody open: the book is returned (a refusal would do the same)
        loans.checkout(lib, librarian, last, item.barcode)
        QTimer.singleShot(0, answer_the_box)
        qtbot.keyClick(page.scan_box, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: _history_dialog() is not None, timeout=5000)
        dialog = _history_dialog()
        assert asked == [item.barcode]  # the last copy scanned, filled in
        rows = _cells(dialog.loans)
        assert rows[0][1] == f"{last.number} {last.name}"
        assert first.name not in " ".join(cell for row in rows for cell in row)  # an earlier borrower: not named
        assert "only librarians" in rows[-1][1] or "pustakawan" in rows[-1][1]
        assert dialog.privacy.isVisible()
        assert Loan.select().where(Loan.returned_at.is_null()).count() == 1  # still out: nothing was returned
        dialog.close()
