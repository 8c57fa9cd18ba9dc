"""District pages: the inbox (a folder of village bundles) and the book-grant package builder."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import GrantPackage, Item, Record
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages import district_grants
from pustaka_desktop.gui.pages.district_grants import DistrictGrantsPage
from pustaka_desktop.gui.pages.district_inbox import DistrictInboxPage
from tests.sync.sync_helpers import Site, enrol


@pytest.fixture
def trio(tmp_path):
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    one = Site(tmp_path, "suka", "SKM", clock)
    two = Site(tmp_path, "maju", "MJU", clock)
    enrol(one, district, tmp_path)
    enrol(two, district, tmp_path)
    yield one, two, district
    for site in (one, two, district):
        site.close()


def test_inbox_imports_a_folder_and_lists_each_bundle(qtbot, trio, tmp_path):
    one, two, district = trio
    with one:
        record = store.insert(one.lib, Record, title="Laskar Pelangi")
        store.insert(one.lib, Item, record=record.id, barcode="SKM1")
    stick = tmp_path / "usb"
    stick.mkdir()
    for path in (one.export_to(district), two.export_to(district)):
        shutil.copy(path, stick / path.name)
    (stick / "pustaka-XYZ-to-DIN-2026-03-02-00000000.zip").write_bytes(b"broken")
    district.lib.activate()
    ctx = AppContext(lib=district.lib, user=district.staff)
    changed = []
    ctx.events.catalog_changed.connect(lambda: changed.append(True))
    page = DistrictInboxPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.folder.setFocus()
    qtbot.keyClicks(page.folder, str(stick))
    qtbot.keyClick(page.folder, Qt.Key.Key_Return)  # the keyboard alone starts the import
    qtbot.waitUntil(lambda: page.table.rowCount() == 3 and page.import_button.isEnabled(), timeout=20000)
    rows = {page.table.item(r, 0).text().split(" ")[0]: [page.table.item(r, c).text() for c in range(6)]
            for r in range(3)}
    assert rows["SKM"][0] == "SKM – Perpustakaan suka" and rows["SKM"][2] == "applied" and int(rows["SKM"][3]) > 0
    assert rows["MJU"][2] == "applied"
    assert rows["XYZ"][2] == "rejected" and rows["XYZ"][5]  # and why
    assert "2 applied" in page.summary.text() and "1 rejected" in page.summary.text()
    assert changed  # the union catalogue page hears about it

    page.import_all()  # the same stick again: nothing is applied twice
    qtbot.waitUntil(lambda: "already" in page.summary.text() and page.import_button.isEnabled(), timeout=20000)
    assert "2 already applied" in page.summary.text()
    assert page.folder.accessibleName() and page.table.accessibleName() and page.choose_button.accessibleName()


def test_inbox_missing_folder_is_explained(qtbot, trio, tmp_path):
    one, two, district = trio
    district.lib.activate()
    page = DistrictInboxPage(AppContext(lib=district.lib, user=district.staff))
    qtbot.addWidget(page)
    page.folder.setText(str(tmp_path / "no-stick"))
    page.import_all()
    assert "does not exist" in page.summary.text() and page.table.rowCount() == 0


def _type_row(qtbot, page, row, values):
    """Type into cells with the keyboard: F2 opens the cell's editor, Return commits it."""
    from PySide6.QtWidgets import QLineEdit

    for column, text in values.items():
        page.copies.setCurrentCell(row, district_grants.grants.COLUMNS.index(column))
        qtbot.keyClick(page.copies, Qt.Key.Key_F2)
        editor = page.copies.viewport().findChildren(QLineEdit)[-1]
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # commits on the next turn of the event loop
        cell = district_grants.grants.COLUMNS.index(column)
        qtbot.waitUntil(lambda cell=cell, text=text: page.copies.item(row, cell).text() == text)


def test_grant_typed_in_checked_and_included_for_the_village(qtbot, trio, monkeypatch):
    one, two, district = trio
    monkeypatch.setattr(district_grants, "confirm", lambda *a: True)
    monkeypatch.setattr(district_grants, "info", lambda *a: None)
    district.lib.activate()
    page = DistrictGrantsPage(AppContext(lib=district.lib, user=district.staff))
    qtbot.addWidget(page)
    page.show()
    assert [page.village.itemText(i) for i in range(page.village.count())] == [
        "MJU – Perpustakaan maju", "SKM – Perpustakaan suka", "All 2 villages (a package of its own for each)"]
    page.village.setCurrentIndex(1)
    assert "SKM" in page.create_button.text()
    qtbot.keyClicks(page.name, "Bantuan Perpusnas 2026")
    page.copies.setFocus()
    _type_row(qtbot, page, 0, {"title": "Buku Tani", "author": "Budi", "isbn": "12345", "barcode": "H001",
                               "copies": "dua"})
    page.check_button.click()
    assert "Not ready" in page.preview.text() and "Line 1: dua" in page.preview.text()
    _type_row(qtbot, page, 0, {"copies": "1"})
    page.check_button.click()  # an ISBN that is none goes as written, flagged for the village
    assert "Ready" in page.preview.text() and "value to check" in page.preview.text()
    _type_row(qtbot, page, 0, {"isbn": "9789793062792"})
    page.add_button.click()  # the new row copies the title from the row above
    assert page.copies.item(1, 0).text() == "Buku Tani"
    _type_row(qtbot, page, 1, {"barcode": "H002"})
    page.check_button.click()
    assert "Ready: 2 copies of 1 titles" in page.preview.text()
    page.create_button.click()
    grant = GrantPackage.get()
    assert grant.name == "Bantuan Perpusnas 2026" and grant.site == one.lib.site_id
    assert page.list.rowCount() == 1 and "waiting for the next bundle" in page.list.item(0, 5).text()
    assert page.copies.rowCount() == 1 and page.copies.item(0, 0).text() == ""  # ready for the next grant

    path = district.export_to(one)  # the next bundle to SKM carries it
    one.import_file(path)
    with one:
        assert sorted(i.barcode for i in Item.select().where(Item.source == "grant")) == ["H001", "H002"]
    district.import_file(one.export_to(district))
    district.lib.activate()
    page.refresh()
    assert "received by the village" in page.list.item(0, 5).text()


def test_grant_loaded_from_a_spreadsheet_shows_the_check(qtbot, trio, tmp_path, monkeypatch):
    one, two, district = trio
    sheet = tmp_path / "hibah.csv"
    sheet.write_text("Judul;Pengarang;Barkode;No Induk\nIkan Laut;Sari;MJ01;H/1\nIkan Laut;Sari;MJ01;H/2\n",
                     encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    district.lib.activate()
    page = DistrictGrantsPage(AppContext(lib=district.lib, user=district.staff))
    qtbot.addWidget(page)
    page.name.setText("Hibah Desa 2026")
    page.load_button.click()
    assert page.copies.rowCount() == 2 and page.copies.item(
        1, district_grants.grants.COLUMNS.index("accession_no")).text() == "H/2"
    assert "Not ready" in page.preview.text() and "MJ01" in page.preview.text()  # the same barcode twice
    assert GrantPackage.select().count() == 0


def test_one_grant_list_for_all_villages_makes_a_package_for_each(qtbot, trio, monkeypatch):
    """A programme that sends every village the same box: typed once, a package of its own for each village."""
    one, two, district = trio
    monkeypatch.setattr(district_grants, "confirm", lambda *a: True)
    said = []
    monkeypatch.setattr(district_grants, "info", lambda parent, title, text: said.append(text))
    district.lib.activate()
    page = DistrictGrantsPage(AppContext(lib=district.lib, user=district.staff))
    qtbot.addWidget(page)
    page.show()
    page.village.setCurrentIndex(page.village.count() - 1)
    assert "all villages" in page.create_button.text()
    qtbot.keyClicks(page.name, "Hibah Perpusnas 2026")
    page.copies.setFocus()
    _type_row(qtbot, page, 0, {"title": "Buku Tani", "author": "Budi", "copies": "3"})
    page.check_button.click()
    assert "Ready: 3 copies of 1 titles for each of 2 villages" in page.preview.text()
    page.create_button.click()
    assert sorted(grant.site for grant in GrantPackage.select()) == sorted([one.lib.site_id, two.lib.site_id])
    assert page.list.rowCount() == 2 and "Write bundles for all villages" in said[-1]
    for village in (one, two):
        village.import_file(district.export_to(village))
        with village:
            assert Item.select().where(Item.source == "grant").count() == 3
