"""A report's numbers are written in the report's language, whatever the screen's: a librarian with an Indonesian
screen makes the English report for a partner (``7.4``, ``1,000``, ``12.5%``, ``Rp 12,000,000``), and one with an
English screen the Indonesian report for the village office (``7,4``, ``1.000``, ``12,5%``, ``Rp 12.000.000``).

An English report from an Indonesian screen wrote its fines ``Rp 69.000`` and its chart labels ``1.000``; the
impact sheet its changes ``+1,9%`` and its visitors ``2.205``; the xlsx wrote ``49.2%`` in an Indonesian report;
the district PDF ``20,0`` beside English words. The figures in each file are read back here, in all four cases."""

from __future__ import annotations

import io
import subprocess
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pustaka_desktop.core import formatting
from pustaka_desktop.core.circulation import fines
from pustaka_desktop.core.printing import impact_sheet
from pustaka_desktop.core.printing.district_pdf import DistrictSheet, district_pdf
from pustaka_desktop.core.printing.layout import Text
from pustaka_desktop.core.reports import documents, impact, monthly_data, save
from pustaka_desktop.core.reports.export import xlsx_bytes
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store.models import Member
from pustaka_desktop.core.sync import stats
from pustaka_desktop.i18n import translator_for

from .report_helpers import build

FEB = Period.month(2026, 2)
# (report language, screen language): each report in each language from each screen
CASES = [("en", "id"), ("id", "en"), ("en", "en"), ("id", "id")]
# how the report's language writes 1,000 people, 1.7 visitors a day and 2.5 per cent
WRITTEN = {"en": {"thousand": "1,000", "average": "1.7", "share": "0.2%"},
           "id": {"thousand": "1.000", "average": "1,7", "share": "0,2%"}}


@pytest.fixture
def built(lib, clock, librarian, volunteer):
    build(lib, clock, librarian, volunteer)  # February 2026: 40 visitors over 23 open days, 1,000 villagers
    clock.set("2026-03-02T09:00:00+07:00")
    yield lib
    formatting.set_display_language("id")


def _pdf_lines(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [" ".join(line.split()) for line in text.splitlines()]


def _figure(lines: list[str], label: str) -> str:
    """The figure written after ``label`` on its line of a figures table."""
    return next(line[len(label):].strip() for line in lines if line.startswith(label + " "))


@pytest.mark.parametrize(("language", "screen"), CASES)
def test_the_period_report_pdf_writes_numbers_in_its_own_language(built, librarian, tmp_path, language, screen):
    words = translator_for(language)
    formatting.set_display_language(screen)
    member = Member.get(Member.number == "M1")
    fines.charge(built, member, 12_500, at=datetime(2026, 2, 9, 3, tzinfo=UTC))  # a late book, 9 February
    lines = _pdf_lines(save(built, librarian, monthly_data(built, FEB), tmp_path / "laporan.pdf", words))
    written = WRITTEN[language]
    assert _figure(lines, words("Reports", "Fines charged")) == {"en": "Rp 12,500", "id": "Rp 12.500"}[language]
    assert _figure(lines, words("Reports", "Village population")) == written["thousand"]
    assert _figure(lines, words("Reports", "Average visitors per open day")) == written["average"]
    assert _figure(lines, words("Reports", "Members as a share of the population")) == written["share"]


@pytest.mark.parametrize(("language", "screen"), CASES)
def test_the_spreadsheets_keep_numbers_and_write_shares_in_the_reports_language(built, librarian, tmp_path,
                                                                               language, screen):
    words = translator_for(language)
    formatting.set_display_language(screen)
    data = monthly_data(built, FEB)
    cells = {row[0]: row[1] for sheet in load_workbook(io.BytesIO(xlsx_bytes(data, words))).worksheets
             for row in sheet.iter_rows(values_only=True) if len(row) > 1 and row[0]}
    written = WRITTEN[language]
    assert cells[words("Reports", "Village population")] == 1000  # a number stays a number (Excel shows it)
    assert cells[words("Reports", "Members as a share of the population")] == written["share"]
    assert cells[words("Reports", "Average visitors per open day")] == written["average"]
    # the CSV in the dialect of Excel in the report's language: ";" and a decimal comma, or "," and a point
    csv = save(built, librarian, data, tmp_path / "laporan.csv", words).read_text("utf-8-sig").splitlines()
    separator = ";" if language == "id" else ","
    assert f"{words('Reports', 'Village population')}{separator}1000" in csv
    assert f"{words('Reports', 'Average visitors per open day')}{separator}{written['average']}" in csv
    assert f"{words('Reports', 'Members as a share of the population')}{separator}{written['share']}" in csv


@pytest.mark.parametrize(("language", "screen"), CASES)
def test_the_impact_sheet_writes_money_and_changes_in_its_own_language(built, librarian, language, screen):
    words = translator_for(language)
    formatting.set_display_language(screen)
    impact.save_inputs(built, librarian, FEB, budget=12_000_000)
    texts = [e.text for e in impact_sheet.impact_elements(impact.impact_data(built, FEB), words)
             if isinstance(e, Text)]
    budget = {"en": "Rp 12,000,000", "id": "Rp 12.000.000"}[language]
    other = {"en": "Rp 12.000.000", "id": "Rp 12,000,000"}[language]
    assert any(budget in text for text in texts) and not any(other in text for text in texts)
    per_day = {"en": "1.7 per open day", "id": "1,7 per hari buka"}[language]
    assert any(per_day in text for text in texts), texts


def _villages(translate) -> tuple[list[stats.VillageRow], stats.VillageRow]:
    """Two villages' figures as core.sync.stats gives them (5,055 visitors, 20.5 a day)."""
    rows = [stats.VillageRow(site="a", code="SKM", name="Perpustakaan Sukamaju", visits=5055, open_days=240,
                             visits_per_day=20.5, loans=1234, unrecorded={}, late=False),
            stats.VillageRow(site="b", code="CBD", name="Perpustakaan Cibodas", visits=1200, open_days=200,
                             visits_per_day=6.0, loans=800, unrecorded={}, late=False)]
    total = stats.VillageRow(site="", code="", name=translate("Reports", stats.TOTAL), visits=6255, loans=2034,
                             visits_per_day=14.0)
    return rows, total


@pytest.mark.parametrize(("language", "screen"), CASES)
def test_the_district_pdf_and_spreadsheet_write_numbers_in_their_own_language(tmp_path, language, screen):
    words = translator_for(language)
    formatting.set_display_language(screen)
    try:
        rows, total = _villages(words)
        dicts = stats.as_dicts(rows, total)
        sheet = DistrictSheet(office="Dinas Perpustakaan", title="2025", period_label="2025", time_zone="WIB",
                              made_on="5-12-2026", villages=dicts[:-1], total=dicts[-1],
                              headers={key: words("DistrictReport", name) for key, name in stats.COLUMNS})
        path = tmp_path / "kabupaten.pdf"
        path.write_bytes(district_pdf(sheet, words))
        row = next(line for line in _pdf_lines(path) if line.startswith("SKM "))
        assert {"en": "5,055", "id": "5.055"}[language] in row.split()
        assert {"en": "20.5", "id": "20,5"}[language] in row.split()
        # the spreadsheet keeps numbers (Excel writes them the reader's way)
        saved = stats.write_xlsx(tmp_path / "kabupaten.xlsx", rows, total, [h for _, h in stats.COLUMNS], "2025",
                                 words)
        cells = list(load_workbook(saved).active.iter_rows(values_only=True))[2]
        assert 5055 in cells and 20.5 in cells
    finally:
        formatting.set_display_language("id")


def test_the_report_json_keeps_machine_values(built):
    """``pustaka-cli report ... --json`` is for scripts: numbers stay numbers in any language."""
    for screen in ("id", "en"):
        formatting.set_display_language(screen)
        shown = documents.as_json(monthly_data(built, FEB))
        assert shown["members"]["population"] == 1000 and isinstance(shown["visits"]["per_open_day"], float)


def test_a_report_made_off_the_gui_thread_leaves_the_screens_numbers_alone(built):
    """The Reports page makes an English report on a worker thread while the Indonesian page behind it keeps
    writing its own numbers: the report's language holds on the report's thread, while it is written."""
    formatting.set_display_language("id")
    inside, done = threading.Event(), threading.Event()
    written = []

    def make_report() -> None:
        with formatting.written_in(translator_for("en")):
            written.append(formatting.format_money(12500))
            inside.set()
            done.wait(10)
            written.append(formatting.format_number(1000))

    worker = threading.Thread(target=make_report)
    worker.start()
    assert inside.wait(10)
    assert formatting.format_number(1000) == "1.000"  # the page, while the report is being written
    done.set()
    worker.join(10)
    assert written == ["Rp 12,500", "1,000"]
    assert formatting.format_money(12500) == "Rp 12.500"  # and after
