"""A library that moved in with a visitor book kept since May 2025 (copied into Excel) and no record of its
programmes: the IPLM sheets of the years before say what Pustaka does not know, never a 0 that reads as
"the library did nothing" to the district or the village."""

from __future__ import annotations

import subprocess
from datetime import date, datetime

from openpyxl import Workbook

from pustaka_desktop.core.interop import visit_sheets
from pustaka_desktop.core.printing.impact_sheet import impact_elements
from pustaka_desktop.core.printing.report_pdf import report_pdf
from pustaka_desktop.core.reports.documents import as_json, iplm_data, iplm_tables, monthly_data
from pustaka_desktop.core.reports.impact import impact_data
from pustaka_desktop.core.reports.period import Period


def _buku_tamu(path):
    """The buku tamu as a volunteer copied it from paper: begun in May 2025, a date only on a day's first line."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Buku Tamu"
    for row in (["BUKU TAMU PERPUSTAKAAN DESA UJI"], [],
                ["No", "Tanggal", "Nama", "Alamat/Asal", "L/P", "Umur", "Keperluan"],
                [1, datetime(2025, 5, 5), "Siti Aminah", "Uji", "P", 34, "Membaca"],
                [2, None, "Budi", "Uji", "L", 12, "Pinjam buku"],
                [3, datetime(2025, 8, 18), "Joko", "Sukamaju", "L", 40, "Baca koran"]):
        sheet.append(row)
    workbook.save(path)
    return path


def _values(data):
    return {row[1]: row[2] for row in iplm_tables(data)[0].tables[0].rows}


def test_iplm_sheet_says_what_pustaka_did_not_record(lib, librarian, tmp_path):
    visit_sheets.import_visit_book(lib, librarian, _buku_tamu(tmp_path / "buku-tamu.xlsx"))

    before_any_record = _values(iplm_data(lib, 2024))
    assert before_any_record["Visitors this year"] == "not recorded in Pustaka"
    assert before_any_record["Average visitors per open day"] == "not recorded in Pustaka"
    assert before_any_record["Community activities held"] == "not recorded in Pustaka"
    assert before_any_record["People taking part in activities"] == "not recorded in Pustaka"
    assert before_any_record["Members"] == 0  # members are a head count on the day: known, and none then

    partly = _values(iplm_data(lib, 2025))
    assert partly["Visitors this year"] == "3 (recorded only from 5 May 2025)"

    this_year = iplm_data(lib, 2026)  # nothing in the book yet this year, but it is kept: a real 0
    assert _values(this_year)["Visitors this year"] == 0
    assert as_json(iplm_data(lib, 2024))["unrecorded"]["visits"] is None
    assert as_json(iplm_data(lib, 2025))["unrecorded"]["visits"] == "2025-05-05"


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_reports_say_where_the_months_before_the_move_came_from(lib, librarian, tmp_path):
    visit_sheets.import_visit_book(lib, librarian, _buku_tamu(tmp_path / "buku-tamu.xlsx"))  # on 2 March 2026
    line = "Figures before 2 March 2026 come from the old visitor book and activity list, imported when"

    year = monthly_data(lib, Period.year(2025))
    assert year["sources"] == {"until": date(2026, 3, 2), "sources": ["visit_book"]}
    assert line in " ".join(_text(report_pdf(year), tmp_path).split())
    assert line in " ".join(_text(report_pdf(iplm_data(lib, 2025)), tmp_path).split())
    sheet = " ".join(e.text for e in impact_elements(impact_data(lib, Period.year(2025))) if hasattr(e, "text"))
    assert line in sheet
    from pustaka_desktop.core.reports.export import csv_text, xlsx_bytes

    assert line in csv_text(year)  # the spreadsheets the district office is sent say it too
    from io import BytesIO

    from openpyxl import load_workbook
    cells = [c for row in load_workbook(BytesIO(xlsx_bytes(year))).active.iter_rows(values_only=True) for c in row if c]
    assert any(str(c).startswith(line) for c in cells)

    after_the_move = monthly_data(lib, Period.month(2026, 4))  # counted at the desk: nothing to say
    assert after_the_move["sources"] is None
    assert "imported when" not in _text(report_pdf(after_the_move), tmp_path)


def test_year_charts_show_loans_by_month_and_leave_out_months_before_the_records(lib, librarian, clock, tmp_path):
    from pustaka_desktop.core.community import members
    from pustaka_desktop.core.store import write as store
    from pustaka_desktop.core.store.models import Item, Loan, Record

    visit_sheets.import_visit_book(lib, librarian, _buku_tamu(tmp_path / "buku-tamu.xlsx"))  # kept from 5 May 2025
    record = store.insert(lib, Record, title="Budidaya Lele")
    item = store.insert(lib, Item, record=record, barcode="B0001", received_on=date(2024, 1, 2))
    member = members.register(lib, librarian, name="Siti Aminah", gender="F", member_type="Umum",
                              registered_on="2024-01-02", number="M0001")
    for day in ("2025-01-06", "2025-01-20", "2025-06-02", "2026-02-02"):  # the SLiMS months and the desk's alike
        store.insert(lib, Loan, item=item, member=member, loaned_at=datetime.fromisoformat(day + "T03:00:00+00:00"),
                     due_on=date.fromisoformat(day), returned_at=datetime.fromisoformat(day + "T09:00:00+00:00"))

    text = " ".join(_text(report_pdf(monthly_data(lib, Period.year(2025))), tmp_path).split())
    assert "Loans per month" in text  # beside the visitors: the loans of the year month by month
    # January to April 2025 had no visitor book: no bars (no zeros), and the caption says since when
    assert "Visitors per month (recorded only from 5 May 2025)" in text
    assert "Visitors per month Not recorded" not in text
    before = " ".join(_text(report_pdf(monthly_data(lib, Period.year(2024))), tmp_path).split())
    assert "Visitors Pustaka has no record of the visitors of this period." in before  # one line, no chart
    # 2026 is still running (the clock: 2 March 2026): December's bar is not a fall, it is four days
    running = " ".join(_text(report_pdf(monthly_data(lib, Period.year(2026))), tmp_path).split())
    assert "Loans per month, counted up to 2 March 2026" in running

    # the year beside the two before it, over the same days of each (2026 is counted up to 2 March)
    from pustaka_desktop.core.reports.documents import monthly_tables

    compared = monthly_tables(monthly_data(lib, Period.year(2026)))[-2]
    assert compared.title == "Compared with earlier years"
    table = compared.tables[0]
    assert table.title == "1 January to 2 March of each year" and table.columns[1:] == ["2024", "2025", "2026"]
    rows = {row[0]: row[1:] for row in table.rows}
    assert rows["Loans"] == ["not recorded in Pustaka", 2, 1]  # SLiMS's loans began in January 2025
    assert rows["Visitors (people)"] == ["not recorded in Pustaka", "not recorded in Pustaka", 0]
    assert rows["Members"] == [1, 1, 1]  # registered on 2 January 2024: a head count, known every year
    assert "Compared with earlier years" not in [s.title for s in monthly_tables(monthly_data(lib, Period.month(2026, 2)))]


def test_period_report_figures_say_what_pustaka_did_not_record(lib, librarian, tmp_path):
    from pustaka_desktop.core.reports.documents import monthly_tables

    visit_sheets.import_visit_book(lib, librarian, _buku_tamu(tmp_path / "buku-tamu.xlsx"))  # kept from 5 May 2025

    def figures_of(year):
        return {row[0]: row[1] for row in monthly_tables(monthly_data(lib, Period.year(year)))[0].tables[0].rows}

    assert figures_of(2025)["Visitors (people)"] == "3 (recorded only from 5 May 2025)"
    assert figures_of(2026)["Visitors (people)"] == 0  # kept all this year, and nobody yet: a real 0


def test_impact_sheet_says_a_figure_was_recorded_only_from_the_move(lib, librarian, clock):
    """A library that moved in on 1 July without its old visitor book: half a year of visitors, said so."""
    from pustaka_desktop.core.community import visits
    from pustaka_desktop.core.printing.layout import Text

    for day in ("2026-07-01", "2026-09-14"):
        clock.set(f"{day}T10:00:00+07:00")
        visits.record_guest(lib, librarian, gender="F", age_band="19-35")
    clock.set("2026-12-05T10:00:00+07:00")
    texts = [e.text for e in impact_elements(impact_data(lib, Period.year(2026))) if isinstance(e, Text)]
    assert "Visitors (recorded from 1 July 2026)" in texts
    assert "Books borrowed" in texts  # no loans yet at all: nothing to say since when


def test_impact_sheet_members_tile_does_not_count_active_members_before_any_record(lib, librarian, tmp_path):
    """Who was active is counted from visits and loans: a year before the visitor book began has members (a head
    count) but no record of who came, and the tile must not say "0 active" to the village council."""
    from pustaka_desktop.core.community import members
    from pustaka_desktop.core.printing.layout import Text

    members.register(lib, librarian, name="Siti Aminah", gender="F", member_type="Umum", registered_on="2024-01-02",
                     number="M0001")
    visit_sheets.import_visit_book(lib, librarian, _buku_tamu(tmp_path / "buku-tamu.xlsx"))  # kept from 5 May 2025

    def members_line(year):
        texts = [e.text for e in impact_elements(impact_data(lib, Period.year(year))) if isinstance(e, Text)]
        return next(text for text in texts if " new" in text and "active" in text)

    assert members_line(2024) == "1 new; active: not recorded in Pustaka"
    assert members_line(2025) == "0 new, 0 active from 5 May 2025"  # (guests of the book, not members)


def test_impact_sheet_who_the_library_serves_says_visitors_from_when(lib, librarian, tmp_path):
    """The visitors by age and gender of a year whose visitor book began in May are not the year's: said over
    their column, as the visitors' tile says it."""
    from pustaka_desktop.core.printing.layout import Text

    visit_sheets.import_visit_book(lib, librarian, _buku_tamu(tmp_path / "buku-tamu.xlsx"))  # kept from 5 May 2025
    texts = [e.text for e in impact_elements(impact_data(lib, Period.year(2025))) if isinstance(e, Text)]
    assert texts.count("Visitors (recorded from 5 May 2025)") == 2  # the tile's name and the column's
    whole_year = [e.text for e in impact_elements(impact_data(lib, Period.year(2026))) if isinstance(e, Text)]
    assert "Visitors" in whole_year and not any("recorded from" in text for text in whole_year)
