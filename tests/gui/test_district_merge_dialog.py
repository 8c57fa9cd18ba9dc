"""The district officer merges two union records on the page: chooses which one is kept, reads what it will say
first, and the page shows the kept record afterwards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialog

from pustaka_desktop.core.catalog import copies, records
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.sync import union
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.dialogs.union_merge import MergeDialog
from pustaka_desktop.gui.pages.district_union import DistrictUnionPage
from tests.sync.sync_helpers import Site, enrol


@pytest.fixture
def district(tmp_path):
    """Two villages wrote "Ilmu Pengetahuan Alam SD" one way, a third wrote it with a slip and the class number."""
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    office = Site(tmp_path, "dinas", "DIN", clock, district=True)
    villages = []
    for code, title, ddc in (("CBD", "Sains Untuk Anak Indonesa", ""), ("GMB", "Sains Untuk Anak Indonesa", ""),
                             ("SKM", "Sains untuk Anak Indonesia", "507")):
        village = Site(tmp_path, code.lower(), code, clock)
        villages.append(village)
        enrol(village, office, tmp_path)
        with village:
            saved = records.add_record(village.lib, village.staff, title=title, publisher="Erlangga", year=2019,
                                       ddc=ddc, authors=[{"name": "Sri Lestari"}])
            copies.add_item(village.lib, village.staff, saved.record)
        office.import_file(village.export_to(office))
    office.lib.activate()
    yield office
    for site in (office, *villages):
        site.close()


def _select_both(page: DistrictUnionPage) -> None:
    page.query.setText("sains anak")
    page.search_button.click()
    assert page.table.rowCount() == 2
    model, selection = page.table.model(), page.table.selectionModel()
    for row in range(2):
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    assert page.merge_button.isEnabled()


def test_the_officer_keeps_the_less_held_record_and_the_page_shows_its_wording(qtbot, district, monkeypatch):
    page = DistrictUnionPage(AppContext(lib=district.lib, user=district.staff))
    qtbot.addWidget(page)
    _select_both(page)
    seen = {}

    def choose_the_right_spelling(dialog):
        seen["first"] = dialog.result.text()  # the more widely held record is chosen to begin with
        right = next(i for i, hit in enumerate(dialog.records) if hit.title == "Sains untuk Anak Indonesia")
        dialog.choice.button(right).setChecked(True)
        seen["chosen"] = dialog.result.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeDialog, "exec", choose_the_right_spelling)
    page.merge_button.click()
    assert "Sains Untuk Anak Indonesa" in seen["first"] and "Held by 3 villages, 3 copies" in seen["first"]
    assert "Sains untuk Anak Indonesia" in seen["chosen"] and "507" in seen["chosen"]
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "Sains untuk Anak Indonesia"
    [hit] = union.search(district.lib, "sains anak")
    assert (hit.title, hit.villages, union.record_fields(district.lib, hit.id)["ddc"]) == (
        "Sains untuk Anak Indonesia", 3, "507")


def test_cancelling_the_merge_leaves_both_records(qtbot, district, monkeypatch):
    page = DistrictUnionPage(AppContext(lib=district.lib, user=district.staff))
    qtbot.addWidget(page)
    _select_both(page)
    monkeypatch.setattr(MergeDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    page.merge_button.click()
    assert len(union.search(district.lib, "sains anak")) == 2


def test_likely_duplicates_lists_the_record_first_then_those_that_may_be_the_same_book(qtbot, district):
    page = DistrictUnionPage(AppContext(lib=district.lib, user=district.staff))
    qtbot.addWidget(page)
    page.query.setText("Sains untuk Anak Indonesia")
    page.search_button.click()
    assert page.table.rowCount() == 1  # the search alone does not find the slip (Indonesa)
    page.likely_button.click()
    assert [page.table.item(r, 0).text() for r in range(page.table.rowCount())] == [
        "Sains untuk Anak Indonesia", "Sains Untuk Anak Indonesa"]
    assert "Sains untuk Anak Indonesia" in page.listing.text()
