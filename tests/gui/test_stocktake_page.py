"""Stock-take page: fast shelf scans, finish marks the copies not seen, PDF report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import CollectionType, Item, Record
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages import stocktake as stocktake_module
from pustaka_desktop.gui.pages.stocktake import StocktakePage


def test_scan_finish_and_report(qtbot, lib, librarian, tmp_path, monkeypatch):
    ctype = CollectionType.get(CollectionType.name == "Sirkulasi")
    items = []
    for n in range(12):
        record = store.insert(lib, Record, title=f"Rak Buku {n}")
        items.append(store.insert(lib, Item, record=record, barcode=f"UJI{n:010d}", collection_type=ctype,
                                  location="Rak A"))
    page = StocktakePage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.show()
    page.location.setText("Rak A")
    page.start()
    assert page.session is not None and page.progress.maximum() == 12
    for item in items[:9]:  # scanned back to back
        QTest.keyClicks(page.scan_box, item.barcode)
        QTest.keyClick(page.scan_box, Qt.Key.Key_Return)
    QTest.keyClicks(page.scan_box, "TIDAKADA")
    QTest.keyClick(page.scan_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.answered == 10, timeout=20_000)
    qtbot.waitUntil(lambda: page.progress.value() == 9)
    assert "TIDAKADA" in page.result.text()

    monkeypatch.setattr(stocktake_module, "confirm", lambda *a: True)
    page.finish()
    qtbot.waitUntil(lambda: page.session is None, timeout=20_000)
    statuses = {i.barcode: Item.get_by_id(i.id).status for i in items}
    assert [b for b, s in statuses.items() if s == "missing"] == [i.barcode for i in items[9:]]
    assert page.missing.rowCount() == 3

    target = tmp_path / "stocktake.pdf"
    monkeypatch.setattr(stocktake_module.QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    page.save_report()
    qtbot.waitUntil(target.exists, timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF")
    page.shutdown()


def test_a_scan_that_fails_is_said_on_the_page_with_the_code_and_the_next_scans_go_on(qtbot, lib, librarian,
                                                                                        monkeypatch):
    """A stock-take is thousands of scans in a row. A scan job that failed (the library's USB stick came loose for
    a moment) opened an OK box; the next scan's Enter closed it and that scan was lost too. Now the failure is
    said like a refusal, naming the code to scan again, and nothing takes the keyboard."""
    import sqlite3

    from pustaka_desktop.core.catalog import stocktake as core_stocktake
    from tests.gui.conftest import QMessageBox  # (the run records boxes instead of showing them)

    ctype = CollectionType.get(CollectionType.name == "Sirkulasi")
    items = [store.insert(lib, Item, record=store.insert(lib, Record, title=f"Rak {n}"), barcode=f"UJI{n:04d}",
                          collection_type=ctype, location="Rak A") for n in range(3)]
    real_scan = core_stocktake.scan

    def stick_pulled(*args, **kwargs):
        monkeypatch.setattr(core_stocktake, "scan", real_scan)
        raise sqlite3.OperationalError("disk I/O error")

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    page = StocktakePage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.show()
    page.location.setText("Rak A")
    page.start()
    monkeypatch.setattr(core_stocktake, "scan", stick_pulled)
    for item in items:
        QTest.keyClicks(page.scan_box, item.barcode)
        QTest.keyClick(page.scan_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.answered == 3, timeout=20_000)
    said = [page.recent.item(n).text() for n in range(page.recent.count())]
    assert any(items[0].barcode in line and line.startswith("✖") for line in said), said
    assert not any("disk I/O" in line or "Traceback" in line for line in said)
    assert shown == [] and page.scans == {}
    qtbot.waitUntil(lambda: page.progress.value() == 2, timeout=20_000)  # the two scans after it counted
    page.shutdown()
