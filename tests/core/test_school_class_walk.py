"""The primary school next door sends class 4 (its list from the school's operator) and the village librarian
registers the pupils before Monday: a list typed by hand ("Nama Peserta Didik", NISN, "Nama Ibu Kandung", the
school in the title, a signature block) and Dapodik's own export (a header over two rows whose "Data Ayah",
"Data Ibu" and "Data Wali" each have a "Nama" and a "NIK", and a family's income, bank account and aid under
it). Every pupil comes in once, with the NISN the desk can find them by, the school kept, a parent as the
guardian, and none of what a library has no business holding."""

from __future__ import annotations

from datetime import date, datetime

from openpyxl import Workbook

from pustaka_desktop.core.community import members
from pustaka_desktop.core.interop import member_import, member_sheets
from pustaka_desktop.core.store.models import Member

TITLE = "DAFTAR SISWA KELAS IV SD NEGERI 1 SUKAMAJU TAHUN PELAJARAN 2026/2027"
HEADER = ["No", "Nama Peserta Didik", "NISN", "JK", "Tempat Lahir", "Tanggal Lahir", "Nama Ibu Kandung", "Alamat",
          "RT", "RW", "Dusun", "Kelas"]
PUPILS = [
    [1, "MUHAMMAD RIZKY AL-FARIZI", "0161234567", "L", "SUKAMAJU", "12/05/2016", "SITI AMINAH", "Jl. Raya", "002",
     "005", "Cibodas", "4A"],
    [2, "NI MADE AYU LESTARI", "0165551234", "P", "DENPASAR", "12-05-2016", "NI KETUT SARI", "Jl. Raya", "002", "005",
     "Cibodas", "4A"],
    [3, "AHMAD FAUZAN", 157778889, "L", "SUKAMAJU", datetime(2015, 11, 3), "MARYAM", "Jl. Raya", "002", "005",
     "Cibodas", "4A"],  # (a NISN typed into a number cell: Excel dropped its zero)
]
SIGNATURE = [[], ["", "", "", "", "", "", "", "Sukamaju, 14 Juli 2026"], ["", "", "", "", "", "", "", "Wali Kelas IV"],
             [], ["", "", "", "", "", "", "", "SRI WAHYUNI, S.Pd."]]


def _xlsx(path, rows, merges=()):
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for merge in merges:
        sheet.merge_cells(merge)
    book.save(path)
    return path


def _class_list(tmp_path):
    return _xlsx(tmp_path / "kelas4.xlsx", [[TITLE], [], HEADER, *PUPILS, *SIGNATURE])


def _member(name):
    return Member.get(Member.name == name)


def test_a_class_list_headed_nama_peserta_didik_comes_in(lib, librarian, tmp_path):
    """Dapodik's word for a pupil is "peserta didik": the whole list was refused as "no name column"; and the
    class teacher's signature under it ("Wali Kelas IV") was refused as members without a name."""
    result = member_import.import_members(lib, librarian, _class_list(tmp_path))
    assert (result.add, result.bad) == (3, [])
    assert _member("NI MADE AYU LESTARI").birth_date == date(2016, 5, 12)


def test_the_school_in_the_title_is_each_pupils_institution_and_the_mother_the_guardian(lib, librarian, tmp_path):
    """The school was only in the title above the table (lost), the mother's name only in the notes."""
    member_import.import_members(lib, librarian, _class_list(tmp_path))
    pupil = _member("MUHAMMAD RIZKY AL-FARIZI")
    assert pupil.institution == "SD NEGERI 1 SUKAMAJU"
    assert pupil.guardian == "SITI AMINAH"
    assert "Kelas: 4A" in pupil.notes.splitlines()
    assert "SITI AMINAH" not in pupil.notes


def test_school_in_a_title_line():
    assert member_sheets.school_in(["DAFTAR SISWA KELAS IV", "SD NEGERI 1 SUKAMAJU"]) == "SD NEGERI 1 SUKAMAJU"
    assert member_sheets.school_in([TITLE]) == "SD NEGERI 1 SUKAMAJU"
    assert member_sheets.school_in(["Daftar Peserta Didik MI Nurul Huda T.P. 2026/2027"]) == "MI Nurul Huda"
    assert member_sheets.school_in(["DAFTAR ANGGOTA PERPUSTAKAAN DESA SUKAMAJU", "DAFTAR NAMA SISWA"]) == ""


def test_the_desk_finds_a_pupil_by_the_nisn_zeros_and_all(lib, librarian, tmp_path):
    """The pupil gives the NISN on the school's card: it found nobody, and a NISN from a number cell was
    kept without its zero in front."""
    member_import.import_members(lib, librarian, _class_list(tmp_path))
    assert [m.name for m in members.search(lib, "0161234567").rows] == ["MUHAMMAD RIZKY AL-FARIZI"]
    assert "NISN: 0157778889" in _member("AHMAD FAUZAN").notes.splitlines()
    assert [m.name for m in members.search(lib, "0157778889").rows] == ["AHMAD FAUZAN"]


def test_a_pupil_already_a_member_is_matched_and_keeps_the_desks_spelling(lib, librarian, tmp_path):
    """Registered last year as "Muhammad Rizky Al-Farizi" with the same birth date: matched (not doubled), but
    the school's capitals replaced the name the desk had typed."""
    members.register(lib, librarian, name="Muhammad Rizky Al-Farizi", member_type="Anak-anak",
                     birth_date=date(2016, 5, 12), gender="M")
    result = member_import.import_members(lib, librarian, _class_list(tmp_path))
    assert (result.add, result.update) == (2, 1)
    rizky = Member.select().where(Member.name.contains("rizky"))
    assert [m.name for m in rizky] == ["Muhammad Rizky Al-Farizi"]
    assert rizky[0].institution == "SD NEGERI 1 SUKAMAJU"
    again = member_import.import_members(lib, librarian, _class_list(tmp_path))
    assert (again.add, again.update, again.unchanged) == (0, 0, 3)


def _dapodik(tmp_path):
    """Dapodik's "Daftar Peserta Didik" as the school's operator downloads it (a shortened set of its columns)."""
    top = ["No", "Nama", "NIPD", "JK", "NISN", "Tanggal Lahir", "NIK", "Telepon", "HP", "Data Ayah", "", "", "",
           "Data Ibu", "", "", "", "Data Wali", "", "", "", "Rombel Saat Ini", "Nomor Rekening Bank", "Layak PIP",
           "Kebutuhan Khusus", "Lintang", "Bujur", "No KK"]
    sub = [""] * 9 + ["Nama", "Pekerjaan", "Penghasilan", "NIK"] * 3 + [""] * 6
    pupil = [1, "NI MADE AYU LESTARI", "24002", "P", "0165551234", "2016-05-12", "5171015205160002", "",
             "081234567802", "I WAYAN SUDARMA", "Petani", "Rp. 1,000,000 - Rp. 1,999,999", "5171010101850001",
             "NI KETUT SARI", "Tidak bekerja", "Tidak Berpenghasilan", "5171014101880002", "", "", "", "",
             "Kelas 4A", "0123010456789", "Ya", "Tuna rungu", "-7.2145", "107.8912", "5171010101010003"]
    merges = ["J5:M5", "N5:Q5", "R5:U5"] + [f"{c}5:{c}6" for c in "ABCDEFGHI"] + [
        f"{c}5:{c}6" for c in ("V", "W", "X", "Y", "Z", "AA", "AB")]
    rows = [["Daftar Peserta Didik"], ["SD NEGERI 1 SUKAMAJU"], ["Kecamatan Kec. Cibodas, Kabupaten Kab. Garut"],
            ["Tanggal Unduh: 2026-07-14 10:11:12"], top, sub, pupil]
    return _xlsx(tmp_path / "daftar_pd.xlsx", rows, merges)


def test_dapodiks_export_gives_the_pupil_not_the_parents(lib, librarian, tmp_path):
    """The sub-headers "Nama" and "NIK" under Data Ayah/Ibu/Wali were taken as the pupil's: the last "Nama"
    (the guardian's, empty) left every row without a name and the whole class was refused."""
    result = member_import.import_members(lib, librarian, _dapodik(tmp_path))
    assert (result.add, result.bad) == (1, [])
    pupil = _member("NI MADE AYU LESTARI")
    assert (pupil.nik, pupil.phone, pupil.guardian) == ("5171015205160002", "081234567802", "I WAYAN SUDARMA")
    assert pupil.institution == "SD NEGERI 1 SUKAMAJU"
    assert "NISN: 0165551234" in pupil.notes.splitlines()


def test_dapodiks_family_means_aid_health_and_home_position_are_not_kept(lib, librarian, tmp_path):
    """Income, bank account, aid, disability, the home's coordinates and the parents' jobs and
    NIKs went into the member's notes (UU 27/2022: a library has no need of them)."""
    member_import.import_members(lib, librarian, _dapodik(tmp_path))
    notes = _member("NI MADE AYU LESTARI").notes
    for kept_not in ("Penghasilan", "Rp. 1,000,000", "0123010456789", "Layak PIP", "Tuna rungu", "-7.2145",
                     "107.8912", "5171010101850001", "Petani", "Tidak bekerja", "NI KETUT SARI"):
        assert kept_not not in notes


def test_the_cli_help_lists_the_commands_as_they_are_typed(capsys):
    """`pustaka-cli --help` in Indonesian listed "anggota" and "kegiatan": typing them was refused (the
    commands are "member" and "program")."""
    from pustaka_desktop.cli import main as cli_main

    try:
        cli_main(["--lang", "id", "--help"])
    except SystemExit:
        pass
    listed = {line.split()[0] for line in capsys.readouterr().out.splitlines() if line.startswith("    ")}
    assert {"member", "program", "members-import"} <= listed
    assert not {"anggota", "kegiatan"} & listed
