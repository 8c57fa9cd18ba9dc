"""A library that moved in with an old visitor book kept only from 1 September 2025 (SLiMS's visitor counter began
late), and none for 2024: the average per open day of 2025 is over the days recorded, a period without any
visitor record says so in one line (no tables of zeros, no zeros in --json), and a report of a period still
running says in its heading up to which day it was counted."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, timedelta
from io import BytesIO

from openpyxl import Workbook, load_workbook

from pustaka_desktop.core import formatting
from pustaka_desktop.core.interop import visit_sheets
from pustaka_desktop.core.printing.impact_sheet import impact_elements
from pustaka_desktop.core.printing.report_pdf import report_pdf
from pustaka_desktop.core.reports.documents import (
    as_json,
    iplm_data,
    iplm_tables,
    monthly_data,
    monthly_tables,
    tpbis_data,
)
from pustaka_desktop.core.reports.export import csv_text, xlsx_bytes
from pustaka_desktop.core.reports.impact import impact_data
from pustaka_desktop.core.reports.period import Period

BEGAN = date(2025, 9, 1)  # a Monday; the library closes on Sundays (the default)
# 1 September - 31 December 2025: 122 days, 17 of them Sundays -> 105 open days; the whole of 2025: 313
OPEN_DAYS_RECORDED = 105


def _buku_tamu(path):
    """Two visitors on every open day from 1 September 2025, as a volunteer copied the paper book: 210 people."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Buku Tamu"
    sheet.append(["No", "Tanggal", "Nama", "Alamat/Asal", "L/P", "Umur", "Keperluan"])
    day, number = BEGAN, 0
    while day <= date(2025, 12, 31):
        if day.isoweekday() != 7:
            for name, gender, age in (("Siti Aminah", "P", 34), ("Budi", "L", 12)):
                number += 1
                sheet.append([number, datetime(day.year, day.month, day.day), name, "Uji", gender, age, "Membaca"])
        day += timedelta(days=1)
    workbook.save(path)
    return path


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def test_the_average_of_a_partly_recorded_year_is_over_the_open_days_recorded(lib, librarian, tmp_path):
    formatting.set_display_language("en")  # the reports below in English, numbers too (the conftest restores it)
    visit_sheets.import_visit_book(lib, librarian, _buku_tamu(tmp_path / "buku-tamu.xlsx"))
    said = "2.0 (over the 105 open days from 1 September 2025)"  # 210 / 105, not 210 / 313 = 0.7

    year = monthly_data(lib, Period.year(2025))
    assert year["visits"]["total"] == 210 and year["visits"]["open_days"] == 313
    assert year["visits"]["per_open_day"] == 2.0 and year["visits"]["average_open_days"] == OPEN_DAYS_RECORDED
    rows = {row[0]: row[1] for row in monthly_tables(year)[0].tables[0].rows}
    assert rows["Average visitors per open day"] == said
    assert said in _text(report_pdf(year), tmp_path)

    iplm = iplm_data(lib, 2025)
    assert iplm["visits_per_day"] == 2.0
    assert {row[1]: row[2] for row in iplm_tables(iplm)[0].tables[0].rows}["Average visitors per open day"] == said
    assert as_json(iplm)["average_from"] == "2025-09-01"

    sheet = impact_data(lib, Period.year(2025))
    assert sheet["now"]["visits_per_day"] == 2.0
    assert "2.0 per open day from 1 September 2025" in [e.text for e in impact_elements(sheet) if hasattr(e, "text")]

    half = tpbis_data(lib, Period.custom(date(2025, 7, 1), date(2025, 12, 31)))
    assert half["visits"]["per_open_day"] == 2.0 and half["visits"]["average_open_days"] == OPEN_DAYS_RECORDED

    october = monthly_data(lib, Period.month(2025, 10))  # recorded all the month: the plain average
    assert rows_of(october)["Average visitors per open day"] == "2.0"


def rows_of(data):
    return {row[0]: row[1] for row in monthly_tables(data)[0].tables[0].rows}


def test_a_period_without_visitor_records_says_so_in_one_line(lib, librarian, tmp_path):
    visit_sheets.import_visit_book(lib, librarian, _buku_tamu(tmp_path / "buku-tamu.xlsx"))
    line = "Pustaka has no record of the visitors of this period."

    year = monthly_data(lib, Period.year(2024))
    visitors = monthly_tables(year)[0]
    assert [table.rows for table in visitors.tables] == [[[line]]]
    text = _text(report_pdf(year), tmp_path)
    assert line in text and "Visitors by gender" not in text and "Visitors by age group" not in text
    csv = csv_text(year)
    assert line in csv and "Visitors by purpose" not in csv
    cells = [c for row in load_workbook(BytesIO(xlsx_bytes(year))).active.iter_rows(values_only=True) for c in row if c]
    assert line in cells and "Visitors by origin" not in " ".join(map(str, cells))

    known = as_json(year)  # --json: unknown, never 0 (its "unrecorded" says the visitor book had nothing then)
    assert known["unrecorded"]["visits"] is None
    assert known["visits"]["total"] is None and known["visits"]["by_gender"] is None
    assert known["visits"]["per_open_day"] is None and known["visits_per_day"] is None
    assert known["visits"]["open_days"] == 314  # the library's calendar is known
    assert as_json(iplm_data(lib, 2024))["visits_per_day"] is None

    # the year recorded from September lists no zero days for January to August in the spreadsheets either
    days = [day for day, _ in monthly_data(lib, Period.year(2025))["visits_per_day"]]
    assert days[0] == BEGAN and len(days) == 122

    tpbis = tpbis_data(lib, Period.custom(date(2024, 1, 1), date(2024, 6, 30)))
    assert line in _text(report_pdf(tpbis), tmp_path)
    assert "Pustaka has no record of the activities of this period." in _text(report_pdf(tpbis), tmp_path)
    assert "come from the old visitor book and activity list" in _text(report_pdf(tpbis), tmp_path)  # as the others

    # the impact sheet of 2024: no visitor number, nor participants or "no sessions" (none was recorded)
    sheet = [e.text for e in impact_elements(impact_data(lib, Period.year(2024))) if hasattr(e, "text")]
    for tile in ("Visitors", "Programme participants"):
        assert sheet[sheet.index(tile) + 1:sheet.index(tile) + 3] == ["–", "not recorded in Pustaka"]
    assert "Pustaka has no record of the activities of this period." in sheet


def test_a_report_of_a_period_still_running_says_up_to_which_day_in_its_heading(lib, tmp_path):
    # the clock: 2 March 2026
    running = _text(report_pdf(iplm_data(lib, 2026)), tmp_path)
    assert "Period: 2026, counted up to 2 March 2026" in running
    assert "Period: 2025 " in _text(report_pdf(iplm_data(lib, 2025)), tmp_path)  # a whole year: no date
    month = monthly_data(lib, Period.month(2026, 3))
    assert "Period: March 2026, counted up to 2 March 2026" in _text(report_pdf(month), tmp_path)
    assert csv_text(month).splitlines()[0].endswith(',"March 2026, counted up to 2 March 2026"')
    sheet = load_workbook(BytesIO(xlsx_bytes(month))).active
    assert "Period: March 2026, counted up to 2 March 2026" in [row[0] for row in sheet.iter_rows(values_only=True)]
