"""The Stock-take page as volunteers use it shelf by shelf with a USB scanner: a scan while the keyboard is on the
page's list or a button, the shelf being scanned and its count, the last scans after the PC was switched off, and
a stock-take abandoned half done."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pustaka_desktop.core.catalog import stocktake, stocktake_tally
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Record
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages import stocktake as stocktake_module
from pustaka_desktop.gui.pages.stocktake import StocktakePage


def _shelves(lib):
    made = []
    for n, where in enumerate(["Rak A"] * 4 + ["Rak B"] * 2):
        record = store.insert(lib, Record, title=f"Buku {where} {n}")
        made.append(store.insert(lib, Item, record=record, barcode=f"SKM{n + 1:06d}", location=where))
    return made


def _page(qtbot, lib, user):
    page = StocktakePage(AppContext(lib, user))
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=5000)
    return page


def _scan_into(widget, code: str) -> None:
    """A USB scanner: the code's characters and Enter, each into whatever has the keyboard then (``widget`` first)."""
    widget.setFocus()
    for key in code:
        QTest.keyClicks(QApplication.focusWidget() or widget, key)
    QTest.keyClick(QApplication.focusWidget() or widget, Qt.Key.Key_Return)


def test_a_scan_while_the_keyboard_is_on_the_list_or_a_button_still_counts(qtbot, lib, librarian):
    """A volunteer clicked a row of the not-seen list to read a title, or the shelf choice: the next book's scan
    went into that list (its type-to-find) and was lost without a word."""
    items = _shelves(lib)
    page = _page(qtbot, lib, librarian)
    page.start()
    for widget, item in zip((page.missing, page.recent, page.mark, page.finish_button), items, strict=False):
        _scan_into(widget, item.barcode)
    qtbot.waitUntil(lambda: page.answered == 4, timeout=5_000)
    qtbot.waitUntil(lambda: page.progress.value() == 4, timeout=20_000)
    assert page.mark.currentData() == "missing"  # (the combo's type-to-find did not change the choice)
    page.shutdown()


def test_the_shelf_being_scanned_has_its_count_and_a_book_from_another_is_named(qtbot, lib, librarian):
    items = _shelves(lib)
    page = _page(qtbot, lib, librarian)
    page.start()
    page.shelf.setCurrentIndex(page.shelf.findData("Rak A"))
    page.shelf.activated.emit(page.shelf.currentIndex())
    assert "0 of 4" in page.shelf_count.text() or "0 dari 4" in page.shelf_count.text()
    listed = {page.missing.item(row, 0).text() for row in range(page.missing.rowCount())}
    assert listed == {item.barcode for item in items[:4]}  # what to look for on Rak A, not Rak B's books
    _scan_into(page.scan_box, items[0].barcode)
    _scan_into(page.scan_box, items[5].barcode)  # Rak B's, standing on Rak A
    qtbot.waitUntil(lambda: page.answered == 2, timeout=20_000)
    assert "Rak B" in page.result.text()
    qtbot.waitUntil(lambda: "1 of 4" in page.shelf_count.text() or "1 dari 4" in page.shelf_count.text(),
                    timeout=20_000)
    page.shutdown()


def test_after_the_pc_was_switched_off_the_page_shows_where_they_stopped(qtbot, lib, librarian, volunteer):
    items = _shelves(lib)
    session = stocktake.start(lib, librarian)
    for item in items[:3]:
        stocktake.scan(lib, volunteer, session, item.barcode, shelf="Rak A")
    page = _page(qtbot, lib, volunteer)  # next afternoon: a new start of the program
    lines = [page.recent.item(n).text() for n in range(page.recent.count())]
    assert len(lines) == 3 and "SKM000003" in lines[0] and "Rak A" in lines[0] and "SKM000001" in lines[2]
    assert page.shelf.currentData() == "Rak A"  # the shelf they were on, with its count
    assert "3 of 4" in page.shelf_count.text() or "3 dari 4" in page.shelf_count.text()
    page.shutdown()


def _one_copy_scanned(qtbot, lib, librarian):
    """A stock-take started on the page, one copy of the first shelf scanned and answered: left after a shelf."""
    items = _shelves(lib)
    page = _page(qtbot, lib, librarian)
    page.start()
    _scan_into(page.scan_box, items[0].barcode)
    qtbot.waitUntil(lambda: page.answered == 1, timeout=20_000)
    return page


def test_a_stock_take_left_half_done_is_abandoned_without_marking_anything(qtbot, lib, librarian, monkeypatch):
    page = _one_copy_scanned(qtbot, lib, librarian)
    asked = []
    monkeypatch.setattr(stocktake_module, "confirm", lambda parent, title, text: asked.append(text) or True)
    page.abandon_button.click()
    assert asked and "1" in asked[0]
    assert page.session is None and page.start_box.isVisible() and page.missing.rowCount() == 0
    assert {item.status for item in Item.select()} == {"available"}
    assert not page.decide_row.isVisible()
    page.shutdown()


@pytest.mark.parametrize("language", ["id", "en"])
def test_alt_letters_while_a_stock_take_runs_are_each_once(qtbot, lib, librarian, language):
    """While scanning, the page shows other controls than before the start (the shelf choice, Import, Abandon,
    Finish): "&Ambil barkode…" shared its A with the menu bar's "&Aplikasi", so Alt+A only cycled between them."""
    from pustaka_desktop import i18n
    from pustaka_desktop.gui.main_window import MainWindow
    from tests.gui.test_accessibility_mnemonics import clashes, menu_bar, mnemonics

    _shelves(lib)
    stocktake.start(lib, librarian)
    i18n.install(language)
    try:
        window = MainWindow(AppContext(lib, librarian))
        qtbot.addWidget(window)
        window.show()
        page = window.show_page("stocktake")
        qtbot.wait(20)
        assert page.scan_group.isVisible()
        found = menu_bar(window) + mnemonics(window)
        assert not clashes(found), f"{language}: the same Alt letter twice: {clashes(found)}"
        page.shutdown()
    finally:
        i18n.install("id")


def test_a_book_without_a_label_is_picked_from_the_shelf_list(qtbot, lib, librarian, volunteer):
    """Nothing to scan: the volunteer found the title in the list of the shelf's copies not seen. There was no
    way to count it, and it was marked missing at the end while it stood on the shelf."""
    items = _shelves(lib)
    page = _page(qtbot, lib, librarian)
    page.start()
    page.shelf.setCurrentIndex(page.shelf.findData("Rak A"))
    page.shelf.activated.emit(page.shelf.currentIndex())
    assert page.unlabelled_button.isVisible() and not page.unlabelled_button.isEnabled()
    row = next(r for r in range(page.missing.rowCount()) if page.missing.item(r, 0).text() == items[2].barcode)
    page.missing.selectRow(row)
    page.unlabelled_button.click()
    assert page.progress.value() == 1
    assert items[2].barcode not in {page.missing.item(r, 0).text() for r in range(page.missing.rowCount())}
    assert stocktake_tally.without_label(page.session) == [(items[2].barcode, "Buku Rak A 2", "Rak A")]
    page.shutdown()


def test_the_volunteers_scan_under_their_own_names_and_only_the_librarian_starts_and_ends(qtbot, lib, librarian,
                                                                                          volunteer):
    """The page was listed only for librarians: two volunteers could take stock only under the librarian's
    password (and the report then named her for every scan)."""
    from pustaka_desktop.gui.main_window import MainWindow

    items = _shelves(lib)
    window = MainWindow(AppContext(lib, volunteer))
    qtbot.addWidget(window)
    assert "stocktake" in window.page_keys()
    window.show()
    page = window.show_page("stocktake")
    assert not page.start_box.isVisible() and "librarian" in page.state.text().lower() + "pustakawan"
    stocktake.start(lib, librarian)
    page.reload()
    assert page.scan_group.isVisible() and page.scan_box.isVisible()
    assert not page.finish_button.isVisible() and not page.abandon_button.isVisible() and not page.mark.isVisible()
    _scan_into(page.scan_box, items[0].barcode)
    qtbot.waitUntil(lambda: page.answered == 1, timeout=20_000)
    assert stocktake_tally.scanners(lib, page.session) == [("Relawan Satu", 1)]
    page.shutdown()


def test_finishing_a_stock_take_half_done_points_to_abandon(qtbot, lib, librarian, monkeypatch):
    """Finishing marks every copy not seen missing: pressed on a stock-take left after one shelf, it marked the
    rest of the library missing. The question now says how little was seen and that Abandon marks nothing."""
    page = _one_copy_scanned(qtbot, lib, librarian)
    asked = []
    monkeypatch.setattr(stocktake_module, "confirm", lambda parent, title, text: asked.append(text) or False)
    page.finish()
    assert "16%" in asked[0] and ("Abandon" in asked[0] or "Batalkan" in asked[0])
    assert page.session is not None and {item.status for item in Item.select()} == {"available"}
    page.shutdown()


def test_after_finishing_every_copy_not_seen_can_be_decided_at_once(qtbot, lib, librarian, monkeypatch):
    """The list showed the first 500 copies not seen; a library with more could not write off (or take back)
    the rest on the page."""
    monkeypatch.setattr(stocktake_module, "SHOW_MISSING", 3)  # (500 while scanning; a small library here)
    items = _shelves(lib)
    session = stocktake.start(lib, librarian)
    stocktake.finish(lib, librarian, session)
    page = _page(qtbot, lib, librarian)
    assert page.missing.rowCount() == len(items)
    page.missing.selectAll()
    page.decide_buttons["lost"].click()
    assert {item.status for item in Item.select()} == {"lost"}
    page.shutdown()


def test_an_unknown_code_says_what_to_do_next(qtbot, lib, librarian):
    """A typo in a number typed from a torn label said only "Unknown barcode": the volunteer put the book back and
    it was counted missing."""
    _shelves(lib)
    page = _page(qtbot, lib, librarian)
    page.start()
    _scan_into(page.scan_box, "SKM000102")
    qtbot.waitUntil(lambda: page.answered == 1, timeout=20_000)
    said = page.result.text()
    assert "SKM000102" in said and ("Seen, no label" in said or "Ada tanpa label" in said)
    page.shutdown()


def test_a_stock_take_left_open_since_last_year_says_so(qtbot, lib, clock, librarian, volunteer):
    """Started last year, never finished nor abandoned: this year's volunteers scanned into it, and last year's
    scans counted as seen now (a book lost since was not missing)."""
    _shelves(lib)
    stocktake.start(lib, librarian)
    clock.advance(days=340)
    page = _page(qtbot, lib, volunteer)
    assert "340" in page.state.text()
    page.shutdown()


def test_a_scanner_list_of_one_shelf_names_the_books_of_another(qtbot, lib, librarian, tmp_path, monkeypatch):
    """A scanner's memory read for Rak A: the list ignored the shelf chosen, so a book of Rak B in it was simply
    "seen" and stayed on the wrong shelf."""
    items = _shelves(lib)
    listed = tmp_path / "rak-a.txt"
    listed.write_text(f"{items[0].barcode}\n{items[5].barcode}\n", encoding="utf-8")
    monkeypatch.setattr(stocktake_module.QFileDialog, "getOpenFileName", staticmethod(lambda *a: (str(listed), "")))
    page = _page(qtbot, lib, librarian)
    page.start()
    page.shelf.setCurrentIndex(page.shelf.findData("Rak A"))
    page.import_file()
    qtbot.waitUntil(lambda: page.progress.value() == 2, timeout=20_000)
    assert stocktake_tally.misplaced(page.session) == [(items[5].barcode, "Buku Rak B 5", "Rak B", "Rak A")]
    assert "Rak A" in page.result.text()
    page.shutdown()
