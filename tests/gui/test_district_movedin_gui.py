"""The district statistics page of an office whose village moved in from SLiMS with values its review list still
holds: the officer sees, above the table, which villages have entries left to check and how many."""

from __future__ import annotations

import subprocess

import pytest

from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Visit
from pustaka_desktop.core.sync import stats
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.district_stats import DistrictStatsPage
from tests.core.test_district_movedin import SUKAMAJU_SLIMS, _slims_csv
from tests.sync.sync_helpers import Site, enrol


@pytest.fixture
def office(tmp_path):
    """Sukamaju moved in from SLiMS (an ISBN with a wrong check digit, a year typed with a letter O); Maju
    catalogued by hand, nothing to check, and began its visitor book this morning."""
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    sukamaju, maju = Site(tmp_path, "sukamaju", "SKM", clock), Site(tmp_path, "maju", "MJU", clock)
    for village in (sukamaju, maju):
        enrol(village, district, tmp_path)
    with sukamaju:
        importer.import_file(sukamaju.lib, sukamaju.staff, "slims-biblio",
                             _slims_csv(tmp_path / "biblio.csv", SUKAMAJU_SLIMS))
        open_entries = review.open_count(sukamaju.lib)
    with maju:
        store.insert(maju.lib, Visit, at=clock.now(), headcount=3, purpose="read")
    for village in (sukamaju, maju):
        district.import_file(village.export_to(district))
    district.lib.activate()
    yield district, open_entries
    for site in (district, sukamaju, maju):
        site.close()


def test_the_statistics_page_names_the_villages_with_entries_to_check(qtbot, office):
    district, open_entries = office
    page = DistrictStatsPage(AppContext(lib=district.lib, user=district.staff))
    qtbot.addWidget(page)
    page.year.setValue(2026)
    assert not page.unchecked.isHidden() and f"SKM {open_entries}" in page.unchecked.text()
    assert "MJU" not in page.unchecked.text()
    column = [key for key, _ in stats.COLUMNS].index("to_check")
    by_code = {page.table.item(r, 0).text(): page.table.item(r, column).text() for r in range(page.table.rowCount())}
    assert (by_code["SKM"], by_code["MJU"]) == (str(open_entries), "0")


def test_the_statistics_page_writes_its_figures_as_the_printed_report_does(qtbot, office, monkeypatch):
    """Visitors per open day showed "0.0" (an English decimal point) on an Indonesian page whose printed report
    and console say "0,0"."""
    from pustaka_desktop.core import formatting

    monkeypatch.setattr(formatting, "_display_language", ["id"])
    district, _ = office
    page = DistrictStatsPage(AppContext(lib=district.lib, user=district.staff))
    qtbot.addWidget(page)
    page.year.setValue(2026)
    column = [key for key, _ in stats.COLUMNS].index("visits_per_day")
    by_code = {page.table.item(r, 0).text(): page.table.item(r, column).text() for r in range(page.table.rowCount())}
    # Maju: 3 people over the one open day since its visitor book began (marked: the note says since when)
    assert by_code["MJU"] == "3,0 *" and by_code["SKM"] == "not recorded"
    said = page.recorded.text().splitlines()
    assert not page.recorded.isHidden() and "SKM: Visitors, loans and activities not recorded in Pustaka" in said
    assert ("MJU: Visitors recorded only from 2 March 2026; loans and activities not recorded in Pustaka; visitors per "
            "open day over the 1 open days from 2 March 2026") in said


@pytest.fixture
def english_screen():
    from pustaka_desktop import i18n

    i18n.install("en")
    yield
    i18n.install("en")


def _saving_to(monkeypatch, target):
    monkeypatch.setattr("pustaka_desktop.gui.pages.district_stats.info", lambda *args: None)
    monkeypatch.setattr("pustaka_desktop.gui.widgets.actions.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))


def test_an_officer_with_an_english_screen_saves_the_sheet_in_indonesian(qtbot, office, english_screen, monkeypatch,
                                                                         tmp_path):
    """The National Library reads the district's sheet in Indonesian whatever the officer's screen is: its title and
    month, headings, total row and notes (the spreadsheet was in the screen's language only)."""
    from openpyxl import load_workbook

    district, _ = office
    page = DistrictStatsPage(AppContext(lib=district.lib, user=district.staff))
    qtbot.addWidget(page)
    page.year.setValue(2026)
    assert page.language.language() == "en"  # the screen's language, unless chosen
    page.language.setCurrentIndex(page.language.findData("id"))
    target = tmp_path / "statistik.xlsx"
    _saving_to(monkeypatch, target)
    page.save()
    sheet = load_workbook(target).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][0] == "Statistik perpustakaan kabupaten 2026"
    assert rows[1][:3] == ["Kode", "Perpustakaan", "Judul"]
    by_code = {row[0]: row for row in rows[2:]}
    assert by_code[None][1] == "Jumlah"
    assert by_code["MJU"][-1].startswith("Pengunjung baru dicatat sejak 2 Maret 2026")
    assert page.save_button.text() == "&Save as spreadsheet…"  # the page stays in the screen's language


def test_the_printed_district_report_writes_its_figures_in_its_language(qtbot, office, english_screen, monkeypatch,
                                                                        tmp_path):
    """The printed report from the page, in Indonesian from an English screen: Maju's 3 visitors on its one open
    day are "3,0" a day, beside Indonesian words."""
    district, _ = office
    page = DistrictStatsPage(AppContext(lib=district.lib, user=district.staff))
    qtbot.addWidget(page)
    page.year.setValue(2026)
    page.part.setCurrentIndex(page.part.findData("month:3"))
    page.language.setCurrentIndex(page.language.findData("id"))
    target = tmp_path / "statistik.pdf"
    _saving_to(monkeypatch, target)
    page.save_pdf()
    qtbot.waitUntil(target.exists, timeout=20000)
    lines = [" ".join(line.split()) for line in subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True).stdout.splitlines()]
    assert "Statistik perpustakaan kabupaten Maret 2026" in lines
    [maju] = [line for line in lines if line.startswith("MJU ")]
    assert maju.split()[8:11] == ["3", "1", "3,0"]  # visitors, open days, visitors per open day
    assert any(line.startswith("Jumlah ") for line in lines) and not any("3.0" in line for line in lines)
