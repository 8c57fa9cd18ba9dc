"""District pages: union catalogue search with holdings, statistics per village."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Item, Record
from pustaka_desktop.core.sync import union
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.district_stats import DistrictStatsPage
from pustaka_desktop.gui.pages.district_union import DistrictUnionPage
from tests.sync.sync_helpers import Site, enrol


@pytest.fixture
def pair(tmp_path):
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    village = Site(tmp_path, "suka", "SKM", clock)
    enrol(village, district, tmp_path)
    with village:
        record = store.insert(village.lib, Record, title="Laskar Pelangi", isbn="9789793062792")
        store.insert(village.lib, Item, record=record.id, barcode="SKM1")
        store.insert(village.lib, Item, record=record.id, barcode="SKM2", status="on_loan")
    district.import_file(village.export_to(district))
    district.lib.activate()
    yield village, district
    village.close()
    district.close()


def _union_page(qtbot, district, text: str | None = None) -> DistrictUnionPage:
    """The district's union catalogue page, after a search for ``text`` when one is given."""
    page = DistrictUnionPage(AppContext(lib=district.lib, user=district.staff))
    qtbot.addWidget(page)
    if text is not None:
        page.query.setText(text)
        page.search_button.click()
    return page


def test_union_search_shows_holdings_per_village(qtbot, pair):
    village, district = pair
    page = _union_page(qtbot, district, "laskar")
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "Laskar Pelangi"
    assert [page.holdings.item(0, c).text() for c in (0, 2, 3)] == ["SKM", "2", "1"]


def test_the_officer_finds_a_kitab_in_arabic_letters_by_typing_its_name(qtbot, pair):
    """The district's PC has no Arabic keyboard: a village's kitab catalogued in Arabic letters is found by its name
    typed in Latin letters, with the village that holds it."""
    village, district = pair
    with village:
        record = store.insert(village.lib, Record, title="رياض الصالحين")
        store.insert(village.lib, Item, record=record.id, barcode="SKM3")
    district.import_file(village.export_to(district))
    district.lib.activate()
    page = _union_page(qtbot, district, "Riyadhus Shalihin")
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "رياض الصالحين"
    assert page.holdings.item(0, 0).text() == "SKM"


def test_district_statistics_list_each_village(qtbot, pair):
    village, district = pair
    page = DistrictStatsPage(AppContext(lib=district.lib, user=district.staff))
    qtbot.addWidget(page)
    page.year.setValue(2026)
    assert page.table.rowCount() == 2  # the village and the total
    assert page.table.item(0, 0).text() == "SKM" and page.table.item(0, 3).text() == "2"
    assert "late" not in page.late.text().lower() or "SKM" not in page.late.text()


def test_union_record_adopted_and_edited_from_the_page(qtbot, pair, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from pustaka_desktop.gui.pages import district_union

    village, district = pair
    monkeypatch.setattr(district_union, "confirm", lambda *a: True)
    page = _union_page(qtbot, district, "laskar")
    assert page.table.item(0, 7).text() == "village"
    page.adopt_button.click()
    assert page.table.item(0, 7).text() == "district"

    def fill(dialog):
        assert dialog.edits["title"].text() == "Laskar Pelangi" and dialog.edits["isbn"].text() == "9789793062792"
        dialog.edits["publisher"].setText("Bentang Pustaka")
        dialog.year.setValue(2005)
        return QDialog.DialogCode.Accepted

    answers = iter([fill, lambda dialog: QDialog.DialogCode.Rejected])
    monkeypatch.setattr(district_union.UnionRecordDialog, "exec", lambda self: next(answers)(self))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter on a record opens it for editing
    fields = union.record_fields(district.lib, page.hits[0].id)
    assert fields["publisher"] == "Bentang Pustaka" and fields["year"] == 2005
    assert page.table.item(0, 3).text() == "2005"
    village.import_file(district.export_to(village))  # the correction travels back to the village
    with village:
        record = Record.get()
        assert (record.publisher, record.year, record.year_text) == ("Bentang Pustaka", 2005, "2005")


def test_union_edit_refuses_an_empty_title_and_keeps_the_dialog_open(qtbot, pair, monkeypatch, message_boxes):
    from PySide6.QtWidgets import QDialog

    from pustaka_desktop.gui.pages import district_union

    village, district = pair
    page = _union_page(qtbot, district, "laskar")

    def blank(dialog):
        dialog.edits["title"].clear()
        return QDialog.DialogCode.Accepted

    answers = iter([blank, lambda dialog: QDialog.DialogCode.Rejected])
    monkeypatch.setattr(district_union.UnionRecordDialog, "exec", lambda self: next(answers)(self))
    page.edit_button.click()
    assert len(message_boxes) == 1 and union.record_fields(district.lib, page.hits[0].id)["title"] == "Laskar Pelangi"
    assert page.table.item(0, 7).text() == "village"


def test_union_page_lists_the_newest_titles_before_any_search(qtbot, pair):
    village, district = pair
    page = _union_page(qtbot, district)
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "Laskar Pelangi"
    assert page.holdings.rowCount() == 1 and page.edit_button.isEnabled() and page.adopt_button.isEnabled()
    assert not page.merge_button.isEnabled()  # needs two records selected


def test_split_off_a_village_record_and_search_by_isbn10(qtbot, pair, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from pustaka_desktop.gui.pages import district_union

    village, district = pair
    other = Site(tmp_path, "maju", "MJU", district.clock)
    enrol(other, district, tmp_path)
    with other:  # the same ISBN printed in another book: the district splits it off by hand
        record = store.insert(other.lib, Record, title="Laskar Pelangi", isbn="9789793062792")
        store.insert(other.lib, Item, record=record.id, barcode="MJU1")
    district.import_file(other.export_to(district))
    district.lib.activate()
    page = _union_page(qtbot, district, "979-3062-79-7")
    assert page.table.rowCount() == 1 and page.table.item(0, 6).text() == "2"

    def tick(dialog):
        for i in range(dialog.list.count()):
            if dialog.list.item(i).text().startswith("MJU"):
                dialog.list.item(i).setCheckState(Qt.CheckState.Checked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(district_union.SplitDialog, "exec", tick)
    page.split_button.click()
    page.query.setText("9793062797")
    page.search_button.click()
    assert page.table.rowCount() == 2
    assert sorted(page.table.item(r, 6).text() for r in range(2)) == ["1", "1"]
    other.close()


def test_statistics_page_changes_the_time_zone_and_period(qtbot, pair):
    from pustaka_desktop.core.sync import tally

    village, district = pair
    page = DistrictStatsPage(AppContext(lib=district.lib, user=district.staff))
    qtbot.addWidget(page)
    page.zone.setCurrentIndex(list(tally.ZONES).index("WITA"))
    page.zone.activated.emit(page.zone.currentIndex())
    assert tally.time_zone() == "WITA"
    page.part.setCurrentIndex(page.part.findData("month:3"))
    assert page.table.rowCount() == 2 and page.table.item(0, 3).text() == "2"


def test_the_sync_page_writes_every_villages_bundle_onto_one_stick(qtbot, pair, tmp_path, monkeypatch, message_boxes):
    from pustaka_desktop.gui.pages import sync as sync_page
    from pustaka_desktop.gui.pages.sync import SyncPage

    _village, district = pair
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(sync_page, "choose_folder", lambda parent, title, start=None: str(stick))
    page = SyncPage(AppContext(district.lib, district.staff))
    qtbot.addWidget(page)
    assert page.export_all_button.isEnabled()
    page.export_all_button.click()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=20000)
    assert [path.name.split("-")[3] for path in stick.glob("*.zip")] == ["SKM"]
    assert "1 of 1 bundles written" in message_boxes[-1]


def test_the_inbox_summary_names_the_villages_whose_bundle_did_not_go_in(qtbot, pair, tmp_path):
    from pustaka_desktop.gui.pages.district_inbox import DistrictInboxPage

    village, district = pair
    stick = tmp_path / "stick"
    stick.mkdir()
    cut = village.export_to(district)
    data = cut.read_bytes()
    (stick / cut.name).write_bytes(data[:len(data) // 2])  # the stick pulled out while it was copied on
    district.lib.activate()
    page = DistrictInboxPage(AppContext(district.lib, district.staff))
    qtbot.addWidget(page)
    page.folder.setText(str(stick))
    page.import_all()
    qtbot.waitUntil(lambda: bool(page.lines) and page.import_button.isEnabled(), timeout=20000)
    assert "1 rejected" in page.summary.text()
    assert "Not imported: SKM" in page.summary.text()
