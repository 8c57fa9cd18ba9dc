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
