"""The dashboard (charts with their numbers one click away) and the reports page (a real file made
off the GUI thread)."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pustaka_desktop import i18n
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.dashboard import DashboardPage
from pustaka_desktop.gui.pages.reports import ReportsPage

from ..core.report_helpers import build


@pytest.fixture(autouse=True)
def indonesian():
    i18n.install("id")  # the default language at the entrance
    yield
    i18n.install("en")

def test_dashboard_shows_charts_and_numbers(qtbot, lib, clock, librarian, volunteer):
    build(lib, clock, librarian, volunteer)
    clock.set("2026-02-28T12:00:00+07:00")
    page = DashboardPage(AppContext(lib, volunteer))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: getattr(page, "loads_done", 0) >= 1, timeout=10_000)  # counted in the background
    assert page.visits.view.chart().series()[0].barSets()[0].sum() == 40  # people in February's book
    card = page.visits
    assert card.stack.currentIndex() == 0
    QTest.mouseClick(card.toggle, Qt.MouseButton.LeftButton)
    assert card.stack.currentIndex() == 1 and card.table.rowCount() == 30
    rows = {card.table.item(r, 0).text(): card.table.item(r, 1).text() for r in range(30)}
    assert rows["04-02-2026"] == "22"
    assert page.loans.table.item(11, 0).text() == "Februari 2026"
    assert page.loans.table.item(11, 1).text() == "3"  # February's loans, the last month shown
    qtbot.waitUntil(lambda: "collection_by_class" in page.data, timeout=10000)  # filled in off the GUI thread
    collection = {page.collection.table.item(r, 0).text()[:3]: page.collection.table.item(r, 2).text()
                  for r in range(page.collection.table.rowCount())}
    assert collection["500"] == "2"
    assert page.programs.table.item(11, 1).text() == "2" and page.programs.table.item(11, 2).text() == "3"


def test_reports_page_makes_a_pdf(qtbot, lib, clock, librarian, volunteer, tmp_path):
    build(lib, clock, librarian, volunteer)
    page = ReportsPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    assert page.period() == Period.month(2026, 2)  # last month is the default
    target = tmp_path / "laporan.pdf"
    job = page.generate(page.period(), target)
    qtbot.waitUntil(lambda: page.open_button.isEnabled(), timeout=20000)
    assert job is not None and target.exists()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "PERPUSTAKAAN DESA UJI" in text and "Februari 2026" in text
    page.report.setCurrentIndex(1)  # IPLM works on a year
    assert page.kind.currentData() == "year" and not page.kind.isEnabled()


def test_the_page_shows_one_way_to_say_which_days(qtbot, lib, librarian):
    """"Bulan: November" beside greyed days "01-12-2026 – 05-12-2026" read as the report's days: the days show only
    for a day or a range of days, the month/quarter/year only for those."""
    page = ReportsPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.show()
    assert page.kind.currentData() == "month"
    assert page.month.isVisible() and not page.start.isVisible() and not page.end.isVisible()
    page.kind.setCurrentIndex(page.kind.findData("custom"))
    assert page.start.isVisible() and page.end.isVisible() and not page.year.isVisible()
    page.kind.setCurrentIndex(page.kind.findData("day"))
    assert page.start.isVisible() and not page.end.isVisible() and not page.month.isVisible()
    page.kind.setCurrentIndex(page.kind.findData("year"))
    assert page.year.isVisible() and not page.start.isVisible()
    page.kind.setCurrentIndex(page.kind.findData("month"))
    assert page.month.isVisible() and not page.quarter.isVisible()  # (the row shown again: only its month)


def test_an_english_report_from_an_indonesian_screen_is_english_words_and_numbers(qtbot, lib, clock, librarian,
                                                                                  volunteer, tmp_path):
    """A librarian with an Indonesian screen makes the English report for a partner: its words and its numbers
    (1,000 villagers, 1.7 visitors a day) are English; the page stays Indonesian."""
    build(lib, clock, librarian, volunteer)
    page = ReportsPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    assert page.language.currentData() == "id"  # the screen's language, unless chosen
    page.language.setCurrentIndex(page.language.findData("en"))
    target = tmp_path / "report.pdf"
    page.generate(page.period(), target)
    qtbot.waitUntil(lambda: page.open_button.isEnabled(), timeout=20000)
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "VILLAGE LIBRARY REPORT" in text and "February 2026" in text
    assert "Village population 1,000" in text and "Average visitors per open day 1.7" in text
    assert page.status.text().startswith("Tersimpan: ")  # the page itself stays in the screen's language
