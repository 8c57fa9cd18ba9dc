"""The visitor book and activities of the months before a library moved in, from Excel (buku tamu copied from
paper, a daily tally, INLISLite's Laporan Buku Tamu, a sheet of kegiatan): they count in the reports of their
months, odd rows are kept or listed, nobody is made a member, and importing again adds nothing."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import Workbook

from pustaka_desktop.cli import main as cli_main
from pustaka_desktop.core.community import members as members_mod
from pustaka_desktop.core.interop import visit_columns, visit_sheets
from pustaka_desktop.core.reports import figures
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store.models import Member, MemberType, Participant, Program, Visit


def _book(path, sheets):
    """A workbook of (name, rows) sheets, as a librarian types one."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets:
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


BUKU_TAMU = ("Buku Tamu", [
    ["BUKU TAMU PERPUSTAKAAN DESA UJI"],
    ["Tahun 2026"],
    [],
    ["No", "Tanggal", "Nama", "Alamat/Asal", "L/P", "Umur", "Pekerjaan", "Keperluan", "Tanda tangan"],
    [1, datetime(2026, 1, 5), "Siti Aminah", "Dusun Krajan, Uji", "P", 34, "Ibu rumah tangga", "Membaca", "ttd"],
    [2, None, "Budi", "Desa Sukamaju", "L", "12 th", "Pelajar", "Mengerjakan tugas", "ttd"],
    [3, None, "Rahmat", None, None, None, None, None, None],
    [4, "tgl 7 jan", "Dewi", "Uji", "P", 20, "Mahasiswa", "Pinjam buku", "ttd"],
    [5, datetime(2026, 2, 2), "Joko", "Uji", "X", "belasan", "Petani", "Baca koran", "ttd"],
])
KEGIATAN = ("Kegiatan", [
    ["No", "Tanggal", "Nama Kegiatan", "Jumlah Peserta", "Mitra"],
    [1, datetime(2026, 1, 10), "Mendongeng untuk anak", 20, "PKK Desa Uji"],
    [2, datetime(2026, 1, 17), "Mendongeng untuk anak", "dua belas", "PKK Desa Uji"],
    [3, datetime(2026, 2, 14), "Pelatihan menjahit", 15, "Karang Taruna"],
])


def _january(lib):
    return Period(date(2026, 1, 1), date(2026, 1, 31))


def test_visitor_book_and_activities_count_in_january(lib, librarian, tmp_path):
    path = _book(tmp_path / "buku-tamu.xlsx", [BUKU_TAMU, KEGIATAN])
    result = visit_sheets.import_visit_book(lib, librarian, path)
    assert result.applied
    # Siti, Budi, Rahmat (under the day above) and Joko; Dewi's date is no date: listed, not guessed
    assert result.visits == 4
    assert [bad.row for bad in result.bad] == [8]
    visits = figures.visits(lib, _january(lib))
    assert visits["total"] == 3
    assert visits["by_gender"]["F"] == 1 and visits["by_gender"]["M"] == 1
    assert visits["by_origin"] == {"village": 1, "elsewhere": 1, "": 1}  # Siti of Uji, Budi of Desa Sukamaju, Rahmat
    progs = figures.programmes(lib, _january(lib))
    assert progs["programmes"] == 1 and progs["sessions"] == 2
    assert progs["participants"] == 20  # the same children again, not 32 people
    assert progs["attendance"] == 32
    assert [p["name"] for p in progs["partners"]] == ["PKK Desa Uji"]
    assert Member.select().count() == 0  # nobody registered by an import


def test_importing_the_same_sheet_again_adds_nothing(lib, librarian, tmp_path):
    path = _book(tmp_path / "buku-tamu.xlsx", [BUKU_TAMU, KEGIATAN])
    visit_sheets.import_visit_book(lib, librarian, path)
    counts = (Visit.select().count(), Program.select().count(), Participant.select().count())
    again = visit_sheets.import_visit_book(lib, librarian, path)
    assert again.changes == 0
    assert (Visit.select().count(), Program.select().count(), Participant.select().count()) == counts


def test_odd_rows_are_flagged(lib, librarian, tmp_path):
    path = _book(tmp_path / "buku-tamu.xlsx", [BUKU_TAMU, KEGIATAN])
    result = visit_sheets.plan(lib, path)
    lines = result.notes(lambda _context, text: text)
    assert any("Only a name (Rahmat)" in line for line in lines)
    assert any(line.endswith("2 row(s) without a date were taken on the day of the dated row above them (rows 6–7).")
               for line in lines)
    assert any("\"dua belas\" read as 12" in line for line in lines)
    assert any("X is neither L nor P" in line for line in lines)
    assert any("belasan is not an age" in line for line in lines)
    assert "tgl 7 jan" in result.bad[0].line()


def test_daily_tally(lib, librarian, tmp_path):
    path = _book(tmp_path / "rekap.xlsx", [("Rekap", [
        ["Tanggal", "Laki-laki", "Perempuan", "Anak", "Dewasa", "Jumlah"],
        ["05/01/2026", 4, 6, 3, 7, 10],
        ["06/01/2026", "tiga", 2, None, None, 8],
        ["07/01/2026", None, None, None, None, "lima"],
        ["Jumlah", 7, 8, 3, 7, 23],
    ])])
    result = visit_sheets.import_visit_book(lib, librarian, path)
    visits = figures.visits(lib, _january(lib))
    assert visits["total"] == 23
    assert visits["by_gender"] == {"M": 7, "F": 8, "": 8}
    assert visits["groups"] == 0  # a day's tally is not a visiting group
    assert result.people == 23


def test_inlislite_laporan_buku_tamu(lib, librarian, tmp_path):
    members_mod.register(lib, librarian, number="A0001", name="Ani", gender="F", birth_date="2015-04-01",
                         member_type=MemberType.select().first())
    members_mod.register(lib, librarian, number="00013", name="Bima", gender="M", member_type=MemberType.select().first())
    path = _book(tmp_path / "Export_Buku_Tamu.xlsx", [("Worksheet", [
        ["LAPORAN BUKU TAMU"],
        ["Tanggal Export: 01-03-2026 10:00"],
        [],
        ["Nomor Kunjungan", "Tanggal Kunjungan", "Kriteria Pengunjung", "Nama", "Jenis Kelamin", "Pekerjaan",
         "Tujuan Kunjungan"],
        ["20260105001", datetime(2026, 1, 5), "Non Anggota", "Tamu Satu", "Laki-laki", "Petani", "Membaca"],
        ["20260105002", datetime(2026, 1, 5), "Rombongan", "Bu Guru Rina", "12 Laki-laki<br>10 Perempuan",
         "22 Pelajar", "Kunjungan"],
        ["A0001", datetime(2026, 1, 6), "Anggota", "Ani", "Perempuan", "Pelajar", "Membaca"],
        ["A0404", datetime(2026, 1, 6), "Anggota", "Anggota Lama", "Laki-laki", "Pelajar", "Membaca"],
        [13, datetime(2026, 1, 7), "Anggota", "Bima", "Laki-laki", "Pelajar", "Membaca"],
    ])])
    result = visit_sheets.import_visit_book(lib, librarian, path)
    visits = figures.visits(lib, _january(lib))
    assert visits["total"] == 26 and visits["groups"] == 1
    assert visits["members"] == 2  # Ani and Bima (00013, the zeros Excel dropped); A0404: a visitor by name
    assert result.visits == 5 and Member.select().count() == 2


def test_not_a_visitor_book_is_refused_in_words(lib, librarian, tmp_path):
    path = _book(tmp_path / "lain.xlsx", [("Sheet1", [["Judul", "Pengarang"], ["Laskar Pelangi", "Andrea Hirata"]])])
    with pytest.raises(visit_sheets.ValidationError) as caught:
        visit_sheets.import_visit_book(lib, librarian, path)
    assert "Nothing was imported" in caught.value.template
    assert Visit.select().count() == 0


def test_cli_imports_once_and_lists_the_rows_left_out(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "lib.sqlite3")
    assert cli_main(["--db", db, "init", "--library-name", "T", "--library-code", "TST", "--librarian", "admin",
                     "--password", "admin123"]) == 0
    monkeypatch.setenv("PUSTAKA_PASSWORD", "admin123")
    path = str(_book(tmp_path / "buku-tamu.xlsx", [BUKU_TAMU, KEGIATAN]))
    assert cli_main(["--db", db, "--user", "admin", "--lang", "en", "visits-import", path]) == 2  # Dewi's date
    out = capsys.readouterr().out
    assert "Imported: 4 line(s) of the visitor book (4 people) and 3 session(s) of 2 new activity(ies)" in out
    assert "tgl 7 jan" in out
    assert cli_main(["--db", db, "--user", "admin", "--lang", "en", "visits-import", path, "--json"]) == 2
    out = capsys.readouterr().out
    assert '"visits": 0' in out and '"sessions": 0' in out


def test_a_hand_kept_book_with_l_and_p_columns_and_a_class_signing_once(lib, librarian, tmp_path):
    path = _book(tmp_path / "buku-tamu.xlsx", [("Sheet1", [
        ["No", "Tgl", "Nama/Instansi", "Alamat", "L", "P", "Jumlah", "Keperluan"],
        [1, "05-01-2026", "Ani", "Uji", None, "√", None, "Baca"],
        [2, "05-01-2026", "Bayu", "Uji", "v", None, None, "Baca"],
        [3, "06-01-2026", "SDN 1 Uji kelas 4", "Uji", 12, 16, 28, "Kunjungan perpustakaan"],
    ])])
    visit_sheets.import_visit_book(lib, librarian, path)
    visits = figures.visits(lib, _january(lib))
    assert visits["total"] == 30  # the class is 28 people, not one
    assert visits["groups"] == 1 and visits["by_gender"] == {"M": 13, "F": 17, "": 0}


def test_rows_under_an_unreadable_date_are_not_put_on_the_day_before(lib, librarian, tmp_path):
    path = _book(tmp_path / "buku-tamu.xlsx", [("Sheet1", [
        ["Tanggal", "Nama", "L/P"],
        ["05/01/2026", "Ani", "P"],
        ["32/01/2026", "Bayu", "L"],
        [None, "Citra", "P"],
        ["08/01/2026", "Dedi", "L"],
        [None, "Eka", "P"],
    ])])
    result = visit_sheets.import_visit_book(lib, librarian, path)
    assert [bad.row for bad in result.bad] == [3, 4]  # Bayu's day unread, Citra wrote under it
    assert "cannot be used" in result.bad[1].line()
    days = sorted(str(v.at)[:10] for v in Visit.select())
    assert days == ["2026-01-05", "2026-01-08", "2026-01-08"]
    # the librarian writes the date, imports again: Bayu and Citra come in, nobody twice
    fixed = _book(tmp_path / "buku-tamu-2.xlsx", [("Sheet1", [
        ["Tanggal", "Nama", "L/P"], ["05/01/2026", "Ani", "P"], ["07/01/2026", "Bayu", "L"], [None, "Citra", "P"],
        ["08/01/2026", "Dedi", "L"], [None, "Eka", "P"]])])
    again = visit_sheets.import_visit_book(lib, librarian, fixed)
    assert again.visits == 2 and again.unchanged == 3 and Visit.select().count() == 5


def test_activities_get_the_kind_their_name_says(lib, librarian, tmp_path):
    path = _book(tmp_path / "kegiatan.xlsx", [KEGIATAN])
    visit_sheets.import_visit_book(lib, librarian, path)
    kinds = figures.programmes(lib, Period(date(2026, 1, 1), date(2026, 2, 28)))["by_kind"]
    assert kinds == {"storytelling": 1, "skills": 1}  # for the TPBIS report's programmes by kind
    partners = {p["name"]: p["kind"] for p in figures.programmes(lib, _january(lib))["partners"]}
    assert partners == {"PKK Desa Uji": "pkk"}


def test_participants_counted_under_l_and_p(lib, librarian, tmp_path):
    path = _book(tmp_path / "kegiatan.xlsx", [("Kegiatan", [
        ["No", "Tanggal", "Nama Kegiatan", "Jumlah Peserta", None, "Mitra"],
        [None, None, None, "L", "P", None],
        [1, "10/01/2026", "Bedah buku", 7, 9, "Karang Taruna"],
    ])])
    visit_sheets.import_visit_book(lib, librarian, path)
    assert figures.programmes(lib, _january(lib))["participants"] == 16


def test_slims_visitor_list_report_guests_are_guests_not_unknown_cards(lib, librarian, tmp_path):
    # SLiMS's Reporting → Visitor List → spreadsheet (visitor_list.xlsx, reporting/customs/visitor_list.php): a guest's
    # card is written "NON-MEMBER"; before, each guest's row was listed as "No member has card number NON-MEMBER"
    members_mod.register(lib, librarian, number="0000123", name="Muhammad Ma'ruf", gender="M",
                         member_type=MemberType.select().first())
    for headers in (["ID Anggota", "Nama Pengunjung", "Tipe Keanggotaan", "Institusi", "Nama Ruangan",
                     "Tanggal Kunjungan"],
                    ["Member ID", "Visitor Name", "Membership Type", "Institution", "Room Name", "Visit Date"]):
        path = _book(tmp_path / "visitor_list.xlsx", [("Worksheet", [
            headers,
            ["NON-MEMBER", "Pak Darmo", "NON-MEMBER", "Warga Uji", None, "2026-01-05 09:15:00"],
            ["0000123", "Muhammad Ma'ruf", "Pelajar", "SD N 1 Uji", "Ruang Baca", "2026-01-05 10:00:00"],
            ["NON-MEMBER", "Bu Sri", "NON-MEMBER", "", None, "2026-01-06 13:30:00"]])])
        result = visit_sheets.plan(lib, path)
        assert (result.visits, result.member_visits, result.bad) == (3, 1, [])
        assert not [line for line in result.notes(lambda _context, text: text) if "NON-MEMBER" in line]
    visit_sheets.import_visit_book(lib, librarian, path)
    assert sorted(v.name or v.member.name for v in Visit.select()) == ["Bu Sri", "Muhammad Ma'ruf", "Pak Darmo"]
    assert figures.visits(lib, _january(lib))["members"] == 1


def test_a_visitor_book_excel_saved_month_first_counts_in_its_own_months(lib, librarian, tmp_path):
    # saved as CSV on a PC set to English (United States): 1/6/2026 is 6 January; read day first it was 1 June, after
    # today (the tests' 2 March 2026), and 1/20/2026 no date at all
    path = tmp_path / "buku tamu.csv"
    path.write_text("No,Tanggal,Nama,Alamat,L/P,Keperluan\r\n1,1/6/2026,Siti Aminah,Uji,P,Membaca\r\n"
                    "2,1/20/2026,Budi,Uji,L,Membaca\r\n", encoding="utf-8")
    result = visit_sheets.import_visit_book(lib, librarian, path)
    assert (result.visits, result.bad) == (2, [])
    assert figures.visits(lib, _january(lib))["total"] == 2
    assert any("month first" in line for line in result.notes(lambda _context, text: text))


def test_every_key_a_header_gives_is_read_by_a_kind_of_sheet_and_every_key_read_has_a_header():
    """A header added to the map that no kind of sheet reads would be named "not imported" although it was meant to
    be read; a key a kind reads that no header gives is a column its reader can never see."""
    given, read = set(visit_columns.HEADERS.values()), set().union(*visit_columns.READ.values())
    assert given == read
    assert set(visit_columns.READ) == {visit_columns.VISITORS, visit_columns.DAILY, visit_columns.ACTIVITIES}
