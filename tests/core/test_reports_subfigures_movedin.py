"""A library that moved from SLiMS on 1 July 2026 with SLiMS's visitor book and loans kept since 3 March 2025
(tests.core.test_reports_fines_movedin): the report of 2025 counts its visitors by gender, its borrowers, its loans by
class and its most borrowed titles from March only. A district officer reads a plain count as the whole year's, so
each table of a section recorded only from a day inside the period says so once, over the table (not on every
row), in the PDF, xlsx, CSV and --json, Indonesian and English; a year before any record has one line per section,
and a year recorded whole has plain titles."""

from __future__ import annotations

import json
import subprocess
from io import BytesIO

import pytest
from openpyxl import load_workbook

from pustaka_desktop import i18n
from pustaka_desktop.cli import main
from pustaka_desktop.core.community import programs
from pustaka_desktop.core.printing.report_pdf import report_pdf
from pustaka_desktop.core.reports.documents import monthly_data, monthly_tables, tpbis_data, tpbis_tables
from pustaka_desktop.core.reports.export import csv_text, xlsx_bytes
from pustaka_desktop.core.reports.period import Period
from tests.core.test_reports_fines_movedin import _move_in_from_slims

FROM_MARCH = " (recorded only from 3 March 2025)"
SECTIONS = ("Visitors", "Loans")


@pytest.fixture(autouse=True)
def back_to_indonesian():
    yield
    i18n.install("id")


def _sections(data, translate=None):
    return {s.title: s for s in (monthly_tables(data, translate) if translate else monthly_tables(data))}


def _pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def test_every_table_of_a_section_recorded_from_march_says_so_once(lib, librarian, clock, tmp_path):
    _move_in_from_slims(lib, librarian, clock, tmp_path)
    year = monthly_data(lib, Period.year(2025))
    sections = _sections(year)
    titles = {name: [t.title for t in sections[name].tables] for name in SECTIONS}
    assert titles["Visitors"] == [title + FROM_MARCH for title in (
        "Visitor figures", "Visitors by gender", "Visitors by age group", "Visitors by purpose",
        "Visitors who are not members, by origin", "Visitors per day")]
    assert titles["Loans"] == [title + FROM_MARCH for title in (
        "Loan figures", "Loans per day", "Loans by subject (DDC class)", "Loans by audience", "Most borrowed titles")]
    # the note is over the table, the rows stay plain counts (one note per table, not one per row)
    loan_figures = {row[0]: row[1] for row in sections["Loans"].tables[0].rows}
    assert loan_figures["Borrowers"] == 2 and loan_figures["Returns"] == 2 and loan_figures["Returned late"] == 1
    visitor_figures = {row[0]: row[1] for row in sections["Visitors"].tables[0].rows}
    assert visitor_figures["Visits by members"] == 1 and visitor_figures["Visitors who are not members"] == 1
    assert visitor_figures["Open days"] == "313 (the whole period)"  # the calendar, not the days counted from March

    # the same titles in every format
    text = _pdf_text(report_pdf(year), tmp_path)
    for title in ("Visitors by gender", "Visitors by purpose", "Loans by subject (DDC class)", "Most borrowed titles"):
        assert title + FROM_MARCH in text
    cells = [str(cell) for sheet in load_workbook(BytesIO(xlsx_bytes(year))).worksheets
             for row in sheet.iter_rows(values_only=True) for cell in row if cell]
    assert "Visitors by age group" + FROM_MARCH in cells and "Loans by audience" + FROM_MARCH in cells
    assert "Visitors by age group" not in cells and "Loans by audience" not in cells
    csv = csv_text(year)
    assert "Loans,Loan figures" + FROM_MARCH in csv and "Visitors,Visitors by gender" + FROM_MARCH in csv


def test_the_tables_say_it_in_indonesian(lib, librarian, clock, tmp_path):
    _move_in_from_slims(lib, librarian, clock, tmp_path)
    i18n.install("id")
    sections = _sections(monthly_data(lib, Period.year(2025)), i18n.translate)
    titles = [t.title for t in sections["Peminjaman"].tables + sections["Pengunjung"].tables]
    assert all(title.endswith(" (baru dicatat sejak 3 Maret 2025)") for title in titles), titles
    assert any(title.startswith("Judul paling banyak dipinjam") for title in titles)
    visitor_figures = {row[0]: row[1] for row in sections["Pengunjung"].tables[0].rows}
    assert visitor_figures["Hari buka"] == "313 (sepanjang periode)"


def test_a_year_before_the_records_has_one_line_and_a_year_recorded_whole_plain_titles(lib, librarian, clock, tmp_path):
    _move_in_from_slims(lib, librarian, clock, tmp_path)
    before = _sections(monthly_data(lib, Period.year(2024)))
    for name in SECTIONS:
        assert [t.kind for t in before[name].tables] == ["note"]
    after = _sections(monthly_data(lib, Period.year(2026)))
    for name in SECTIONS:
        assert not [t.title for t in after[name].tables if "recorded only" in t.title]


def test_json_says_since_when_each_section_was_counted(lib, librarian, clock, tmp_path, capsys):
    _move_in_from_slims(lib, librarian, clock, tmp_path)
    said = {}
    for year in ("2024", "2025", "2026"):
        assert main(["--lang", "en", "--db", str(lib.db.database), "report", "period", "--period", year, "--json"]) == 0
        said[year] = json.loads(capsys.readouterr().out)
    across = said["2025"]
    assert across["visits"]["recorded_from"] == across["loans"]["recorded_from"] == "2025-03-03"
    assert across["loans"]["borrowers"] == 2 and across["visits"]["by_gender"] == {"M": 0, "F": 1, "": 1}
    assert said["2026"]["visits"]["recorded_from"] is None and said["2026"]["loans"]["borrowers"] == 2
    assert said["2024"]["visits"]["by_gender"] is None and said["2024"]["loans"]["top_titles"] is None


def test_activities_recorded_only_from_the_move_say_so_in_the_period_and_tpbis_reports(lib, librarian, clock):
    """SLiMS keeps no programmes: the reading club's sessions are recorded in Pustaka from 8 August 2026."""
    clock.set("2026-12-05T10:00:00+07:00")
    club = programs.create_program(lib, librarian, name="Klub Baca Anak", kind="book_club", skill="Membaca nyaring")
    for day in ("2026-08-08", "2026-09-05"):
        programs.add_session(lib, librarian, club, starts_at=f"{day}T09:00:00", place="Ruang baca")
    year = Period.year(2026)
    activities = _sections(monthly_data(lib, year))["Community activities"]
    assert activities.tables[0].title == "Activity figures (recorded only from 8 August 2026)"
    assert {row[0]: row[1] for row in activities.tables[0].rows}["Sessions held"] == 2  # the count stays plain
    tpbis = {s.title: s for s in tpbis_tables(tpbis_data(lib, year))}
    assert all(t.title.endswith(" (recorded only from 8 August 2026)")
               for t in tpbis["Community activities"].tables), [t.title for t in tpbis["Community activities"].tables]
    september = _sections(monthly_data(lib, Period.month(2026, 9)))["Community activities"]  # recorded all month
    assert september.tables[0].title == "Activity figures"
