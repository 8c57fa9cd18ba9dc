"""A village imports its visitor book with a version before migration 0022 and sends it to the district; after the
update it imports the same sheet again (a librarian unsure it went in) and sends again: the district counts the
rombongan led by ꦧꦸ ꦱꦶꦠꦶ and the guests ꦱꦸꦫꦠ꧀ and ꦱꦼꦫꦠ꧀ once, as the village does."""

from __future__ import annotations

from datetime import date

from pustaka_desktop.core.interop import visit_sheets
from pustaka_desktop.core.reports import figures
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.sync import stats
from tests.core.test_visit_book_after_upgrade import _import_as_an_older_version, _sheet

from .sync_helpers import Site, enrol

JANUARY = Period(date(2026, 1, 1), date(2026, 1, 31))


def _visits(district, village):
    with district:
        rows, _ = stats.district_report(district.lib, JANUARY)
    with village:
        own = figures.visits(village.lib, JANUARY)["total"]
    return {row.code: row.visits for row in rows}["KTG"], own


def test_the_district_counts_the_sheet_once_after_the_village_updates(tmp_path, monkeypatch):
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    village = Site(tmp_path, "kotagede", "KTG", clock)
    try:
        enrol(village, district, tmp_path)
        path = _sheet(tmp_path / "buku-tamu.xlsx")
        with village:
            _import_as_an_older_version(monkeypatch, village.lib, village.staff, path)
        district.import_file(village.export_to(district))
        before = _visits(district, village)
        assert before[0] == before[1] > 0

        with village:
            visit_sheets.import_visit_book(village.lib, village.staff, path)
        district.import_file(village.export_to(district))

        assert _visits(district, village) == before
    finally:
        village.close()
        district.close()
