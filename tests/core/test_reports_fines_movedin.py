"""A library that moved from SLiMS to Pustaka on 1 July 2026, bringing SLiMS's loans, fines ledger and visitor book
kept since March 2025; from July the desk lends, takes fines, and scans the books read on site. Its reports of a
year before the move, a year across it and the months after: what Pustaka never recorded says so (never a 0 that
reads as "nobody read here"), and the period report says what fines came in, for the village government."""

from __future__ import annotations

import subprocess
from datetime import datetime
from io import BytesIO

from openpyxl import Workbook, load_workbook

from pustaka_desktop.core.circulation import fines, loans
from pustaka_desktop.core.community import members, visits
from pustaka_desktop.core.interop import importer, loan_lists, member_import, slims_history
from pustaka_desktop.core.printing.report_pdf import report_pdf
from pustaka_desktop.core.reports.documents import as_json, iplm_data, monthly_data, monthly_tables
from pustaka_desktop.core.reports.export import csv_text, xlsx_bytes
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store.models import Member
from tests.core.test_interop_slims_backup import write_dump

NOT_RECORDED = "not recorded in Pustaka"


def _returned(number, code, member, lent, due, back):
    """A loan row of SLiMS's loan table, returned (loan_id .. return_date, input_date, last_update, uid)."""
    return (number, code, member, lent, due, 0, 0, back, 1, 1, back, "2026-01-01 10:00:00", "2026-01-01 10:00:00", 1)


def _move_in_from_slims(lib, librarian, clock, tmp_path):
    clock.set("2026-07-01T08:00:00+07:00")  # moving day: SLiMS's backup of 24 June
    dump = write_dump(tmp_path / "backup_20260624.sql", extra={
        "loan": [_returned(1, "B0001", "M001", "2025-03-03", "2025-03-10", "2025-03-15"),
                 _returned(2, "B0004", "M002", "2025-08-04", "2025-08-11", "2025-08-11"),
                 _returned(3, "B0005", "M001", "2026-02-02", "2026-02-09", "2026-02-20"),
                 _returned(4, "B0006", "M002", "2026-05-04", "2026-05-11", "2026-05-11")],
        "fines": [(1, "2025-03-15", "M001", "2500", "0", "Denda keterlambatan B0001"),  # debet, credit as SLiMS
                  (2, "2025-03-20", "M001", "0", "2500", "Bayar denda"),
                  (3, "2026-02-20", "M001", "5500", "0", "Denda keterlambatan B0005"),
                  (4, "2026-03-01", "M001", "0", "3000", "Bayar sebagian")],
        "visitor_count": [(1, "M001", "Siti Aminah", "", "2025-03-03 09:00:00"),
                          (2, None, "Pak Slamet", "", "2025-09-01 10:00:00"),
                          (3, "M002", "Budi", "", "2026-05-04 10:00:00")],
        "holiday": [], "reserve": []})
    importer.import_slims_backup(lib, librarian, dump)
    member_import.import_members(lib, librarian, dump)
    slims_history.import_history(lib, librarian, dump)

    clock.set("2026-07-06T09:00:00+07:00")  # the desk from July
    visits.record_member(lib, librarian, "M001")
    visits.record_guest(lib, librarian, gender="F", age_band="19-35")
    visits.record_reading(lib, librarian, "B0004")  # two books from the reading-room trolley
    visits.record_reading(lib, librarian, "B0006")
    budi = Member.get(Member.number == "M002")
    members.renew_membership(lib, librarian, budi)  # his SLiMS card had run out
    loans.checkout(lib, librarian, "M002", "B0004")
    clock.set("2026-08-10T09:00:00+07:00")
    loans.checkin(lib, librarian, "B0004")  # late: a fine by this library's rules
    clock.set("2026-08-11T09:00:00+07:00")
    fines.pay(lib, librarian, budi, 5000)
    fines.waive(lib, librarian, Member.get(Member.number == "M001"), 2500, "Sisa denda SLiMS dimaafkan")
    clock.set("2026-12-05T10:00:00+07:00")
    return fines.balance(lib, budi)


def _section(data, title):
    return next(s for s in monthly_tables(data) if s.title == title)


def _figures(data, section, table=0):
    return {row[0]: row[1] for row in _section(data, section).tables[table].rows}


def test_books_read_on_site_and_active_members_before_the_move_are_not_a_zero(lib, librarian, clock, tmp_path):
    _move_in_from_slims(lib, librarian, clock, tmp_path)

    before = monthly_data(lib, Period.year(2024))  # before SLiMS's first record: no loan, no visit, no reading
    assert _figures(before, "Members")["Active members (borrowed or visited)"] == NOT_RECORDED
    assert _figures(before, "Members")["Members"] == 2  # a head count on the day: known
    school = _section(before, "Members").tables[-1]  # its members are known; what they did is not
    assert school.title == "Pupils by school (visits and loans not recorded in Pustaka)"
    assert school.rows == [["SDN 1 Sukamaju", 1, "-", "-", "-", "-"], ["Total", 1, "-", "-", "-", "-"]]
    said = as_json(before)
    assert said["members"]["active"] is None and said["visits"]["in_library_use"] is None
    assert said["schools"][0]["visited"] is None and said["schools"][0]["members"] == 1

    slims_years = monthly_data(lib, Period.year(2025))  # SLiMS's visitor book and loans from 3 March 2025
    visitors = _figures(slims_years, "Visitors")
    assert visitors["Visitors (people)"] == "2 (recorded only from 3 March 2025)"
    assert visitors["Books read on site"] == NOT_RECORDED  # SLiMS kept no reading-room count
    assert _figures(slims_years, "Members")["Active members (borrowed or visited)"] == (
        "2 (recorded only from 3 March 2025)")
    assert as_json(slims_years)["visits"]["in_library_use"] is None
    school = _section(slims_years, "Members").tables[-1]
    assert school.title == "Pupils by school (recorded only from 3 March 2025)"
    assert school.rows[-1] == ["Total", 1, 0, 1, 1, 0]  # Budi borrowed in August 2025

    may = monthly_data(lib, Period.month(2026, 5))  # SLiMS's last month: visitors known, reading not
    assert _figures(may, "Visitors")["Visitors (people)"] == 1
    assert _figures(may, "Visitors")["Books read on site"] == NOT_RECORDED

    across = monthly_data(lib, Period.year(2026))
    assert _figures(across, "Visitors")["Books read on site"] == "2 (recorded only from 6 July 2026)"
    assert as_json(across)["visits"]["in_library_use"] == 2
    august = monthly_data(lib, Period.month(2026, 8))  # scanned at the desk since July: a real 0
    assert _figures(august, "Visitors")["Books read on site"] == 0
    assert _figures(august, "Members")["Active members (borrowed or visited)"] == 0

    sheet_2024, sheet_2025 = as_json(iplm_data(lib, 2024)), as_json(iplm_data(lib, 2025))
    assert sheet_2024["active_members"] is None and sheet_2024["unrecorded"]["active_members"] is None
    assert sheet_2025["active_members"] == 2 and sheet_2025["unrecorded"]["active_members"] == "2025-03-03"


def test_the_period_report_says_what_fines_came_in_and_which_came_from_slims(lib, librarian, clock, tmp_path):
    owed_by_budi = _move_in_from_slims(lib, librarian, clock, tmp_path)
    desk_fine = owed_by_budi + 5000  # what the late return charged

    across = monthly_data(lib, Period.year(2026))
    assert as_json(across)["fines"] == {
        "charged": 5500 + desk_fine, "paid": 3000 + 5000, "waived": 2500, "owed": owed_by_budi, "owing_members": 1,
        "owed_on": "2026-12-05", "from_slims": {"charged": 5500, "paid": 3000, "waived": 0}}
    rows = _section(across, "Fines").tables[0].rows
    assert rows == [
        ["Fines charged", "Rp 11,100"], ["– of which from the SLiMS backup (before the move)", "Rp 5,500"],
        ["Fines paid", "Rp 8,000"], ["– of which from the SLiMS backup (before the move)", "Rp 3,000"],
        ["Fines waived (forgiven)", "Rp 2,500"], ["Still owed on 5 December 2026", "Rp 600"],
        ["Members who still owe fines", 1]]
    assert desk_fine == 5600

    may = _figures(monthly_data(lib, Period.month(2026, 5)), "Fines")  # Siti still owed SLiMS's Rp 2.500 then
    assert may["Fines charged"] == "Rp 0" and may["Still owed on 31 May 2026"] == "Rp 2,500"

    slims_year = _figures(monthly_data(lib, Period.year(2025)), "Fines")  # SLiMS's ledger began with its loans
    assert slims_year["Fines charged"] == "Rp 2,500 (recorded only from 3 March 2025)"

    before = monthly_data(lib, Period.year(2024))
    assert [t.rows for t in _section(before, "Fines").tables] == [
        [["Pustaka has no record of the fines of this period."]]]  # one line, not Rp 0
    assert as_json(before)["fines"]["charged"] is None and as_json(before)["fines"]["owed"] is None

    # the spreadsheets and the PDF the village gets say the same
    assert 'Fines charged,"Rp 11,100"' in csv_text(across)  # (an English report: English numbers)
    cells = [c for sheet in load_workbook(BytesIO(xlsx_bytes(across))).worksheets
             for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert "Rp 11,100" in cells and "Still owed on 5 December 2026" in cells
    path = tmp_path / "laporan-2026.pdf"
    path.write_bytes(report_pdf(across))
    text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Fines charged Rp 11,100" in text
    assert "Pustaka has no record of the fines of this period." in " ".join(subprocess.run(
        ["pdftotext", "-", "-"], input=report_pdf(before), capture_output=True, check=True).stdout.decode().split())


def _notebook(path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Pinjam"
    for row in (["No", "Nama Peminjam", "No. Anggota", "Judul Buku", "Kode Buku", "Tgl Pinjam", "Batas Kembali",
                 "Tgl Dikembalikan"],
                [1, "Siti Aminah", "M001", "Laskar Pelangi", "B0001", datetime(2026, 2, 2), datetime(2026, 2, 9),
                 datetime(2026, 2, 16)]):  # a week late: the notebook has no column for what she paid
        sheet.append(row)
    workbook.save(path)
    return path


def test_a_library_whose_loan_notebook_kept_no_fines_has_none_recorded_before_the_desk(lib, librarian, clock, tmp_path):
    clock.set("2026-07-01T08:00:00+07:00")
    dump = write_dump(tmp_path / "backup_20260624.sql")  # the catalogue and members only
    importer.import_slims_backup(lib, librarian, dump)
    member_import.import_members(lib, librarian, dump)
    loan_lists.import_loans(lib, librarian, _notebook(tmp_path / "buku-peminjaman.xlsx"))
    clock.set("2026-07-06T09:00:00+07:00")
    loans.checkout(lib, librarian, "M001", "B0001")
    loans.checkin(lib, librarian, "B0001")  # on time: no fine
    clock.set("2026-12-05T10:00:00+07:00")

    february = monthly_data(lib, Period.month(2026, 2))
    assert _figures(february, "Loans")["Loans"] == 1  # the notebook's loan counts
    assert [t.rows for t in _section(february, "Fines").tables] == [
        [["Pustaka has no record of the fines of this period."]]]  # its fine (if any) is unknown, not Rp 0
    assert _figures(monthly_data(lib, Period.year(2026)), "Fines")["Fines charged"] == (
        "Rp 0 (recorded only from 6 July 2026)")
    august = monthly_data(lib, Period.month(2026, 8))  # kept at the desk all month, and no fine: one line
    assert [t.rows for t in _section(august, "Fines").tables] == [
        [["No fines were charged, paid or waived in this period, and nobody owes any."]]]
    assert as_json(august)["fines"]["charged"] == 0
