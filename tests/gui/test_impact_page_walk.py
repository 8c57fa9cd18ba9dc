"""The librarian before the Musrenbang Desa in January: choosing the impact sheet offers last year, and
the budget asked for is typed, kept with the year and printed."""

from __future__ import annotations

import pytest

from pustaka_desktop import i18n
from pustaka_desktop.core.reports import impact
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages import reports as reports_page
from pustaka_desktop.gui.pages.reports import ReportsPage


@pytest.fixture(autouse=True)
def english():
    i18n.install("en")
    yield
    i18n.install("en")


def test_the_impact_sheet_offers_last_year_and_keeps_the_request(qtbot, lib, clock, librarian, tmp_path,
                                                                  monkeypatch):
    clock.set("2027-01-14T09:00:00+07:00")  # a fortnight before the Musrenbang Desa
    page = ReportsPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.report.setCurrentIndex(page.report.findData("impact"))
    assert page.period() == Period.year(2026)  # not December 2026, the month before
    page.budget.setText("35.000.000")
    page.request.setText("Rp 40.000.000")
    made = []
    target = tmp_path / "lembar-dampak.pdf"
    monkeypatch.setattr(reports_page, "save_file", lambda *args: str(target))
    monkeypatch.setattr(page, "generate", lambda period, path: made.append((period, path)))
    page.make()
    assert made == [(Period.year(2026), target)]
    assert impact.inputs(lib, Period.year(2026)).request == 40_000_000
    page.request.clear()
    page.kind.setCurrentIndex(page.kind.findData("month"))  # another period, then back: kept per period
    page.kind.setCurrentIndex(page.kind.findData("year"))
    assert page.period() == Period.year(2026) and page.request.text() == "40,000,000"
