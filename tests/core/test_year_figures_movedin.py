"""A library that moved in during July and brought its earlier months from several sources (a SLiMS backup's
visitor book, a buku tamu and a kegiatan sheet kept in Excel, the desk from July): the year's figures count
each visit and each activity once, whichever source wrote it first."""

from __future__ import annotations

from datetime import date, datetime

from openpyxl import Workbook

from pustaka_desktop.core.community import programs, visits
from pustaka_desktop.core.interop import importer, loan_lists, member_import, slims_history, visit_sheets
from pustaka_desktop.core.reports import figures
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store.models import Item, Loan
from tests.core.test_interop_slims_backup import write_dump

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


def _book(path, sheets):
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets:
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def _messages(result) -> list[str]:
    return result.notes(lambda _ctx, text: text)


def test_a_guest_slims_and_the_excel_book_both_wrote_is_counted_once(lib, librarian, clock, tmp_path):
    clock.set("2026-07-01T08:00:00+07:00")  # moving in: the SLiMS backup of 24 June
    visitor_count = [  # visitor_id, member_id, member_name, institution, checkin_date
        (1, None, "Pak Slamet", "", "2026-04-20 10:00:00"),
        (2, None, "Bu Tini", "", "2026-04-20 11:00:00"),
        (3, "M001", "Siti Aminah", "", "2026-05-04 09:00:00"),
    ]
    dump = write_dump(tmp_path / "backup_20260624.sql", extra={
        "loan": [], "fines": [], "visitor_count": visitor_count, "holiday": [], "reserve": []})
    importer.import_slims_backup(lib, librarian, dump)
    member_import.import_members(lib, librarian, dump)
    slims_history.import_history(lib, librarian, dump)
    assert figures.visits(lib, YEAR)["total"] == 3

    clock.set("2026-08-16T09:00:00+07:00")  # then the paper book of April..May, typed into Excel
    sheet = _book(tmp_path / "buku-tamu.xlsx", [("Buku Tamu", [
        ["No", "Tanggal", "Nomor Anggota", "Nama", "Alamat/Asal", "L/P", "Umur", "Keperluan"],
        [1, datetime(2026, 4, 20), "", "Pak Slamet", "Desa Uji", "L", 50, "Membaca"],   # SLiMS has him
        [2, datetime(2026, 4, 20), "", "PAK SLAMET", "Desa Uji", "L", 50, "Membaca"],   # a second one that day
        [3, datetime(2026, 4, 20), "", "Bu Tini", "Desa Uji", "P", 40, "Membaca"],      # SLiMS has her
        [4, datetime(2026, 4, 21), "", "Bu Tini", "Desa Uji", "P", 40, "Membaca"],      # the next day: a visit
        [5, datetime(2026, 5, 4), "M001", "Siti Aminah", "", "", "", "Membaca"],        # SLiMS has her
    ])])
    result = visit_sheets.import_visit_book(lib, librarian, sheet)
    # Pak Slamet's second line and Bu Tini's next day are new: 3 + 2, not 3 + 5
    assert result.visits == 2
    assert figures.visits(lib, YEAR)["total"] == 5
    assert figures.visits(lib, Period(date(2026, 4, 1), date(2026, 4, 30)))["total"] == 4
    said = _messages(result)
    assert any("Pak Slamet is already in the book on 20-04-2026" in line for line in said)
    assert any("Bu Tini is already in the book on 20-04-2026" in line for line in said)

    again = visit_sheets.import_visit_book(lib, librarian, sheet)
    assert again.changes == 0 and figures.visits(lib, YEAR)["total"] == 5


def test_a_guest_signed_in_at_the_desk_and_on_the_paper_book_counts_once(lib, librarian, clock, tmp_path):
    clock.set("2026-07-20T10:00:00+07:00")
    visits.record_guest(lib, librarian, gender="F", age_band="36-59", name="Bu Tini")
    visits.record_guest(lib, librarian, gender="M", age_band="36-59")  # no name: never matched
    clock.set("2026-08-16T09:00:00+07:00")
    sheet = _book(tmp_path / "buku-tamu.xlsx", [("Buku Tamu", [
        ["No", "Tanggal", "Nama", "Alamat/Asal", "L/P", "Umur", "Keperluan"],
        [1, datetime(2026, 7, 20), "Bu Tini", "Desa Uji", "P", 40, "Membaca"],
        [2, datetime(2026, 7, 20), "Pak Karto", "Desa Uji", "L", 60, "Membaca"],
    ])])
    result = visit_sheets.import_visit_book(lib, librarian, sheet)
    assert result.visits == 1
    assert figures.visits(lib, Period(date(2026, 7, 1), date(2026, 7, 31)))["total"] == 3


def test_a_kegiatan_sheet_repeating_a_session_held_at_the_desk_adds_it_once(lib, librarian, clock, tmp_path):
    clock.set("2026-07-11T09:00:00+07:00")  # the story hour after the move: 15 children, ticked at the desk
    story_hour = programs.create_program(lib, librarian, name="Mendongeng untuk anak", kind="storytelling")
    held = programs.add_session(lib, librarian, story_hour, starts_at="2026-07-11 09:00")
    programs.enrol_guests(lib, librarian, story_hour, count=15, gender="F", age_band="0-6", session=held)
    clock.set("2026-08-16T09:00:00+07:00")
    sheet = _book(tmp_path / "kegiatan.xlsx", [("Kegiatan", [
        ["No", "Tanggal", "Nama Kegiatan", "Jumlah Peserta", "Mitra"],
        *[[month, datetime(2026, month, 11), "Mendongeng untuk anak", 15, "PKK"] for month in range(2, 8)],
    ])])
    result = visit_sheets.import_visit_book(lib, librarian, sheet)
    year = figures.programmes(lib, YEAR)
    # February..July is six sessions of the same children: not seven sessions of thirty
    assert (year["programmes"], year["sessions"], year["participants"], year["attendance"]) == (1, 6, 15, 90)
    assert any("Mendongeng untuk anak already has a session here on 11-07-2026" in line for line in _messages(result))
    july = figures.programmes(lib, Period(date(2026, 7, 1), date(2026, 7, 31)))
    assert (july["sessions"], july["attendance"]) == (1, 15)

    again = visit_sheets.import_visit_book(lib, librarian, sheet)
    assert again.changes == 0
    assert figures.programmes(lib, YEAR)["attendance"] == 90


def test_the_slims_visitor_book_imported_after_the_excel_one_adds_its_guests_once(lib, librarian, clock, tmp_path):
    clock.set("2026-07-01T08:00:00+07:00")
    visitor_count = [(1, None, "Pak Slamet", "", "2026-04-20 10:00:00"),
                     (2, None, "Pak Slamet", "", "2026-04-20 15:00:00"),  # he came back in the afternoon
                     (3, None, "Bu Tini", "", "2026-04-20 11:00:00")]
    dump = write_dump(tmp_path / "backup_20260624.sql", extra={
        "loan": [], "fines": [], "visitor_count": visitor_count, "holiday": [], "reserve": []})
    importer.import_slims_backup(lib, librarian, dump)
    member_import.import_members(lib, librarian, dump)
    sheet = _book(tmp_path / "buku-tamu.xlsx", [("Buku Tamu", [
        ["No", "Tanggal", "Nama", "Alamat/Asal", "L/P", "Umur", "Keperluan"],
        [1, datetime(2026, 4, 20), "Pak Slamet", "Desa Uji", "L", 50, "Membaca"],
    ])])
    visit_sheets.import_visit_book(lib, librarian, sheet)
    plan = slims_history.import_history(lib, librarian, dump)
    assert (plan.visits, plan.same_visits) == (2, 1)
    assert figures.visits(lib, YEAR)["total"] == 3  # Pak Slamet twice, Bu Tini once
    assert any(line.startswith("1 line(s) of the visitor book are here already") for line in _messages(plan))
    again = slims_history.import_history(lib, librarian, dump)
    assert again.changes == 0 and figures.visits(lib, YEAR)["total"] == 3


def _slims_loans(tmp_path, loans):
    """A SLiMS backup of 24 June whose loan table is ``loans``, its catalogue and members imported."""
    dump = write_dump(tmp_path / "backup_20260624.sql", extra={
        "loan": [(*row, "2026-01-01 10:00:00", "2026-01-01 10:00:00", 1) for row in loans], "fines": [],
        "visitor_count": [], "holiday": [], "reserve": []})
    return dump


NOTEBOOK_HEAD = ["No", "Nama Peminjam", "No. Anggota", "Judul Buku", "Kode Buku", "Tgl Pinjam", "Batas Kembali",
                 "Tgl Dikembalikan"]
# loan_id, item_code, member_id, loan_date, due_date, renewed, rules, actual, is_lent, is_return, return_date
STILL_OUT_AT_SLIMS = [(1, "B0001", "M001", "2026-06-20", "2026-06-27", 0, 0, None, 1, 0, None),
                      (2, "B0006", "M002", "2026-06-22", "2026-06-29", 0, 0, None, 1, 0, None)]
NOTEBOOK = [NOTEBOOK_HEAD,  # the notebook kept beside SLiMS saw the first come back after the backup
            [1, "Siti Aminah", "M001", "Laskar Pelangi", "B0001", datetime(2026, 6, 20), datetime(2026, 6, 27),
             datetime(2026, 6, 28)],
            [2, "Budi", "M002", "", "B0006", datetime(2026, 6, 22), datetime(2026, 6, 29), None]]


def test_a_loan_still_out_in_the_slims_backup_the_notebook_saw_come_back_is_returned(lib, librarian, clock, tmp_path):
    clock.set("2026-07-01T08:00:00+07:00")
    dump = _slims_loans(tmp_path, STILL_OUT_AT_SLIMS)
    importer.import_slims_backup(lib, librarian, dump)
    member_import.import_members(lib, librarian, dump)
    slims_history.import_history(lib, librarian, dump)
    result = loan_lists.import_loans(lib, librarian, _book(tmp_path / "buku-peminjaman.xlsx", [("Pinjam", NOTEBOOK)]))
    assert (result.loans_closed, result.returned, result.loans_out, result.bad) == (1, 0, 0, [])
    assert any(line.startswith("1 loan(s) still out here") for line in _messages(result))
    first = Loan.select().join(Item).where(Item.barcode == "B0001").get()
    assert str(first.returned_at)[:10] == "2026-06-28" and first.item.status == "available"
    june = figures.loans(lib, Period(date(2026, 6, 1), date(2026, 6, 30)))
    assert (june["total"], june["borrowers"], june["returned"]) == (2, 2, 1)
    assert Loan.select().count() == 2
    again = loan_lists.import_loans(lib, librarian, tmp_path / "buku-peminjaman.xlsx")
    assert again.changes == 0 and again.bad == []


def test_the_slims_backup_after_the_notebook_finds_its_loans_there(lib, librarian, clock, tmp_path):
    clock.set("2026-07-01T08:00:00+07:00")
    dump = _slims_loans(tmp_path, STILL_OUT_AT_SLIMS)
    importer.import_slims_backup(lib, librarian, dump)
    member_import.import_members(lib, librarian, dump)
    loan_lists.import_loans(lib, librarian, _book(tmp_path / "buku-peminjaman.xlsx", [("Pinjam", NOTEBOOK)]))
    plan = slims_history.import_history(lib, librarian, dump)
    assert (plan.loans_out, plan.loans_returned, plan.bad) == (0, 0, [])  # the same two loans, nothing refused
    assert Loan.select().count() == 2
    assert figures.loans(lib, Period(date(2026, 6, 1), date(2026, 6, 30)))["total"] == 2


SIGNED_BY_NAME = [["No", "Tanggal", "Nama", "Alamat/Asal", "L/P", "Umur", "Keperluan", "Tanda tangan"],
                  [1, datetime(2026, 5, 4), "Siti Aminah", "Desa Uji", "P", 36, "Membaca", "ttd"],
                  [2, datetime(2026, 5, 4), "Bu Tini", "Desa Uji", "P", 40, "Membaca", "ttd"]]


def test_a_member_slims_counted_and_the_paper_book_names_is_one_visit(lib, librarian, clock, tmp_path):
    clock.set("2026-07-01T08:00:00+07:00")  # SLiMS scanned Siti's card; the paper book has her name only
    dump = write_dump(tmp_path / "backup_20260624.sql", extra={
        "loan": [], "fines": [], "visitor_count": [(1, "M001", "Siti Aminah", "", "2026-05-04 09:00:00")],
        "holiday": [], "reserve": []})
    importer.import_slims_backup(lib, librarian, dump)
    member_import.import_members(lib, librarian, dump)
    slims_history.import_history(lib, librarian, dump)
    result = visit_sheets.import_visit_book(lib, librarian, _book(tmp_path / "tamu.xlsx", [("Tamu", SIGNED_BY_NAME)]))
    assert result.visits == 1  # Bu Tini
    may = figures.visits(lib, Period(date(2026, 5, 1), date(2026, 5, 31)))
    assert (may["total"], may["members"]) == (2, 1)


def test_the_slims_line_of_a_member_the_paper_book_named_first_is_not_added(lib, librarian, clock, tmp_path):
    clock.set("2026-07-01T08:00:00+07:00")
    dump = write_dump(tmp_path / "backup_20260624.sql", extra={
        "loan": [], "fines": [], "visitor_count": [(1, "M001", "Siti Aminah", "", "2026-05-04 09:00:00")],
        "holiday": [], "reserve": []})
    importer.import_slims_backup(lib, librarian, dump)
    member_import.import_members(lib, librarian, dump)
    visit_sheets.import_visit_book(lib, librarian, _book(tmp_path / "tamu.xlsx", [("Tamu", SIGNED_BY_NAME)]))
    plan = slims_history.import_history(lib, librarian, dump)
    assert (plan.visits, plan.same_visits) == (0, 1)
    assert figures.visits(lib, Period(date(2026, 5, 1), date(2026, 5, 31)))["total"] == 2


def test_a_later_slims_backup_over_days_the_desk_counted_says_which_days(lib, librarian, clock, tmp_path):
    clock.set("2026-07-06T10:00:00+07:00")  # SLiMS still ran beside the desk in July; guests sign without a name
    visits.record_guest(lib, librarian, gender="M", age_band="36-59")
    clock.set("2026-08-01T08:00:00+07:00")
    dump = write_dump(tmp_path / "backup_20260731.sql", extra={
        "loan": [], "fines": [], "holiday": [], "reserve": [],
        "visitor_count": [(1, None, "Pak Karto", "", "2026-07-06 10:00:00"),
                          (2, None, "Pak Karto", "", "2026-06-30 10:00:00")]})
    importer.import_slims_backup(lib, librarian, dump)
    member_import.import_members(lib, librarian, dump)
    plan = slims_history.import_history(lib, librarian, dump)
    assert plan.visits == 2  # nothing to match a nameless line with: said, with the day
    assert any(line.startswith("1 day(s) of SLiMS's visitor book already have visits in the book here (from "
                               "06-07-2026 to 06-07-2026)") for line in _messages(plan))


def test_month_totals_over_months_slims_counted_day_by_day_are_said_by_month(lib, librarian, clock, tmp_path):
    clock.set("2026-07-01T08:00:00+07:00")
    dump = write_dump(tmp_path / "backup_20260624.sql", extra={
        "loan": [], "fines": [], "holiday": [], "reserve": [],
        "visitor_count": [(1, None, "Pak Karto", "", "2026-01-12 10:00:00"),
                          (2, None, "Bu Tini", "", "2026-02-17 10:00:00")]})
    importer.import_slims_backup(lib, librarian, dump)
    member_import.import_members(lib, librarian, dump)
    slims_history.import_history(lib, librarian, dump)
    rekap = _book(tmp_path / "rekap.xlsx", [("Rekap", [
        ["REKAP PENGUNJUNG 2026"], ["Tanggal", "Laki-laki", "Perempuan", "Jumlah"],
        ["Januari 2026", 3, 2, 5], ["Februari 2026", 2, 3, 5], ["Maret 2026", 1, 4, 5]])])
    plan = visit_sheets.import_visit_book(lib, librarian, rekap, dry_run=True)
    assert plan.overlap_months == {"2026-01", "2026-02"}  # March: nothing here to count it twice with
    assert _messages(plan)[0].startswith("2 month total(s) of the file fall in months the book here already has "
                                         "visits in (Januari 2026, Februari 2026)")


def test_a_session_held_under_a_programme_of_the_same_name_started_again_is_not_added(lib, librarian, clock,
                                                                                     tmp_path):
    rows = [["No", "Tanggal", "Nama Kegiatan", "Jumlah Peserta"],
            *[[month, datetime(2026, month, 11), "Mendongeng untuk anak", 15] for month in range(2, 8)]]
    clock.set("2026-07-01T08:00:00+07:00")  # February..June from the sheet (July is still to come)
    visit_sheets.import_visit_book(lib, librarian, _book(tmp_path / "kegiatan.xlsx", [("Kegiatan", rows)]))
    clock.set("2026-07-11T09:00:00+07:00")  # the desk starts the story hour anew, under the same name
    again = programs.create_program(lib, librarian, name="Mendongeng Untuk Anak", kind="storytelling",
                                   new_anyway=True)  # (asked, and made anew: a new season)
    held = programs.add_session(lib, librarian, again, starts_at="2026-07-11 09:00")
    programs.enrol_guests(lib, librarian, again, count=15, gender="F", age_band="0-6", session=held)
    clock.set("2026-08-16T09:00:00+07:00")  # the sheet again, now with July's row
    visit_sheets.import_visit_book(lib, librarian, tmp_path / "kegiatan.xlsx")
    year = figures.programmes(lib, YEAR)
    assert (year["sessions"], year["attendance"]) == (6, 90)
