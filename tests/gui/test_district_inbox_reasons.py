"""The inbox page of a district office: a bundle that did not go in says why and what to do, read whole."""

from __future__ import annotations

import shutil

from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.district_inbox import DistrictInboxPage
from tests.sync.sync_helpers import Site, enrol


def test_a_refused_bundles_reason_and_what_to_do_are_shown_whole_not_cut_off(qtbot, tmp_path):
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    villages = [Site(tmp_path, name, code, clock) for name, code in (("cibodas", "CBD"), ("gambung", "GMB"))]
    try:
        stick = tmp_path / "usb"
        stick.mkdir()
        for village in villages:
            enrol(village, district, tmp_path)
            shutil.copy(village.export_to(district), stick)
        cut = sorted(stick.glob("pustaka-GMB-*"))[0]
        cut.write_bytes(cut.read_bytes()[:300])  # the stick was pulled out while it was copied
        district.lib.activate()
        page = DistrictInboxPage(AppContext(lib=district.lib, user=district.staff))
        qtbot.addWidget(page)
        page.resize(1020, 640)  # the page's room in a 1366×768 window
        page.show()
        page.folder.setText(str(stick))
        page.import_all()
        qtbot.waitUntil(lambda: page.table.rowCount() == 2 and page.import_button.isEnabled(), timeout=20000)
        qtbot.wait(200)
        [refused] = [r for r in range(2) if page.lines[r].result == "rejected"]
        why = page.table.item(refused, page.table.columnCount() - 1).text()
        assert "GMB" in why and len(why) > 150  # what happened and what to do: a long sentence
        # within the page's width (not off to the right, behind a scroll bar) ...
        last = page.table.columnCount() - 1
        assert page.table.columnViewportPosition(last) + page.table.columnWidth(last) <= page.table.viewport().width()
        # ... and tall enough for every line of it (two lines cut it after "Paket rusak atau tidak lengkap")
        assert page.table.rowHeight(refused) >= page.table.sizeHintForRow(refused)
    finally:
        for site in (district, *villages):
            site.close()
