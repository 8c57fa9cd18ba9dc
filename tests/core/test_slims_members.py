from datetime import date

import pytest

from pustaka_desktop.core.community import members
from pustaka_desktop.core.errors import PermissionDenied, ValidationError
from pustaka_desktop.core.interop import member_import, slims_members
from pustaka_desktop.core.store.models import AuditLog, Member, MemberType

HEADER = ",".join(slims_members.COLUMNS)

# As SLiMS writes it: every field quoted, quotes inside escaped with a backslash, newlines as \n.
SLIMS_EXPORT = (
    HEADER + ",\n"  # SLiMS may end the header with an extra separator
    '"M0001","Siti \\"Ucok\\" Aminah","0","Umum","siti@example.id","Kp. Babakan RT 01/RW 02\\nSukamaju",'
    '"40123","SDN 1 Sukamaju","1","","3204051234560001","0812-3456-7890","0857-1111-2222","2024-01-10","2024-01-10",'
    '"2026-12-31","1990-05-01","suka novel"\n'
    '"M0002","Budi Santoso","1","Pelajar","","Jl. Raya 5","","SMPN 1","0","budi.jpg","A-77","","",'
    '"2025-06-01","2025-06-01","0000-00-00","2011-02-03",""\n'
    '"M0003","","1","Umum","","","","","0","","","","","2025-06-01","2025-06-01","2027-06-01","",""\n'
    '"M0004","Kelompok Tani","1","Kelompok","","","","","0","","","","","2025-06-01","2025-06-01",'
    '"2027-06-01","1980-13-45",""\n'
)


@pytest.fixture
def slims_file(tmp_path):
    path = tmp_path / "members.csv"
    path.write_text(SLIMS_EXPORT, encoding="utf-8")
    return path


def test_dry_run_counts_bad_rows_and_writes_nothing(lib, librarian, slims_file):
    result = member_import.import_members(lib, librarian, slims_file, dry_run=True)
    assert (result.rows, result.add, result.update, len(result.bad)) == (4, 3, 0, 1)
    assert [bad.row for bad in result.bad] == [4]  # an empty name: the only thing that refuses a member
    assert [(row.row, row.params) for row in result.set_aside] == [(5, {"column": "birth_date", "value": "1980-13-45"})]
    assert all(bad.message() for bad in result.bad + result.set_aside)
    assert Member.select().count() == 0


def test_import_tolerates_backslash_escapes_and_maps_the_columns(lib, librarian, slims_file):
    result = member_import.import_members(lib, librarian, slims_file)
    assert result.applied and result.add == 3
    siti = Member.get(Member.number == "M0001")
    assert siti.name == 'Siti "Ucok" Aminah' and siti.gender == "F"
    assert siti.address == "Kp. Babakan RT 01/RW 02\nSukamaju"
    assert siti.nik == "3204051234560001" and siti.phone == "081234567890"
    assert siti.notes == "suka novel\nFaks: 0857-1111-2222"  # SLiMS's fax column: kept, not dropped
    assert (siti.registered_on, siti.expires_on, siti.birth_date) == (date(2024, 1, 10), date(2026, 12, 31),
                                                                     date(1990, 5, 1))
    budi = Member.get(Member.number == "M0002")
    assert budi.gender == "M" and budi.member_type.name == "Pelajar"
    assert "PIN: A-77" in budi.notes and budi.nik == ""
    assert budi.expires_on == date(2026, 6, 1)  # 0000-00-00: registration + the type's validity


def test_reimport_is_idempotent_and_updates_changed_rows(lib, librarian, slims_file, tmp_path):
    member_import.import_members(lib, librarian, slims_file)
    again = member_import.import_members(lib, librarian, slims_file)
    assert (again.add, again.update, again.unchanged) == (0, 0, 3)
    changed = tmp_path / "changed.csv"
    changed.write_text(SLIMS_EXPORT.replace("suka novel", "suka komik"), encoding="utf-8")
    result = member_import.import_members(lib, librarian, changed)
    assert (result.add, result.update) == (0, 1)
    # (notes are never taken away: the file's new line comes below what the member's notes held)
    assert Member.get(Member.number == "M0001").notes == "suka novel\nFaks: 0857-1111-2222\nsuka komik"
    assert Member.select().count() == 3


def test_unknown_member_type_is_created(lib, librarian, tmp_path):
    path = tmp_path / "m.csv"
    path.write_text(
        '"K01","Karang Taruna","1","Komunitas","","","","","0","","","","","2025-01-01","2025-01-01","",'
        '"",""\n', encoding="utf-8")
    result = member_import.import_members(lib, librarian, path)
    assert result.new_member_types == ["Komunitas"]
    assert Member.get(Member.number == "K01").member_type.name == "Komunitas"
    assert MemberType.select().where(MemberType.name == "Komunitas").count() == 1


def test_a_file_with_wrong_columns_changes_nothing(lib, librarian, tmp_path):
    path = tmp_path / "wrong.csv"
    path.write_text("member_name,member_id\nBudi,1\n", encoding="utf-8")
    with pytest.raises(ValidationError):
        member_import.import_members(lib, librarian, path)
    assert Member.select().count() == 0


def test_round_trip_export_then_import_into_an_empty_library(lib, librarian, tmp_path, clock):
    members.register(lib, librarian, name='Dewi "Dede" Lestari', member_type="Umum", gender="F",
                     birth_date="1995-08-17", phone="085712345678", nik="3204051234560002",
                     address="Kp. Pasir\nRT 03/RW 01", notes="relawan, \\ suka puisi")
    members.register(lib, librarian, name="Agus", member_type="Anak-anak", gender="M")
    path = tmp_path / "out.csv"
    assert slims_members.export_members(lib, librarian, path) == 2
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == HEADER

    from pustaka_desktop.core import profile
    from pustaka_desktop.core.service import Library

    other = Library.open(tmp_path / "other.sqlite3", clock)
    try:
        profile.init_library(other, name="Lain", code="LAIN", librarian="admin", password="rahasia1")
        from pustaka_desktop.core import auth

        admin = auth.login(other, "admin", "rahasia1")
        result = member_import.import_members(other, admin, path)
        assert (result.add, len(result.bad)) == (2, 0)
        dewi = Member.get(Member.nik == "3204051234560002")
        assert dewi.name == 'Dewi "Dede" Lestari' and dewi.address == "Kp. Pasir\nRT 03/RW 01"
        assert dewi.gender == "F" and dewi.birth_date == date(1995, 8, 17) and dewi.phone == "085712345678"
        assert dewi.number == "UJI-A00001"
        assert member_import.import_members(other, admin, path).unchanged == 2
    finally:
        other.close()
        lib.activate()


def test_volunteer_may_not_export_or_import_personal_data(lib, volunteer, slims_file, tmp_path):
    with pytest.raises(PermissionDenied):
        slims_members.export_members(lib, volunteer, tmp_path / "x.csv")
    with pytest.raises(PermissionDenied):
        member_import.import_members(lib, volunteer, slims_file)
    assert not (tmp_path / "x.csv").exists()


def test_export_is_audited(lib, librarian, tmp_path):
    slims_members.export_members(lib, librarian, tmp_path / "x.csv")
    assert AuditLog.get(AuditLog.action == "members.export").username == "pustakawan"


def test_an_export_with_a_semicolon_separator_reads_like_the_default(lib, librarian, tmp_path):
    """SLiMS's export page takes any separator; ``;`` is what Excel in Indonesia uses."""
    path = tmp_path / "members-semicolon.csv"
    path.write_text(SLIMS_EXPORT.replace('","', '";"').replace(",\n", ";\n", 1).replace(HEADER, HEADER.replace(",", ";")),
                    encoding="utf-8")
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, len(result.bad)) == (3, 1)
    siti = Member.get(Member.number == "M0001")
    assert siti.name == 'Siti "Ucok" Aminah' and siti.phone == "081234567890"
    assert siti.address == "Kp. Babakan RT 01/RW 02\nSukamaju"


def test_a_member_list_kept_by_hand_comes_in_with_new_card_numbers_once(lib, librarian, tmp_path):
    """"Daftar Anggota" as villages keep it: a title line, L/P, place and date of birth in one cell, a
    phone with dashes, an occupation, no card numbers (one row has one)."""
    path = tmp_path / "daftar-anggota.csv"
    path.write_text("DAFTAR ANGGOTA PERPUSTAKAAN DESA SUKAMAJU;;;;;;\n"
                    "No;No. Anggota;Nama;L/P;Tempat/Tgl Lahir;No. HP;Pekerjaan\n"
                    "1;;Siti Aminah;P;Kutai, 12 Mei 1990;0812-3456-7890;Petani\n"
                    "2;;Budi Santoso;L;Tenggarong, 03-02-2011;;Pelajar\n"
                    "3;LAMA-7;Wati;P;;;Guru\n"
                    "4;;Siti Aminah;P;Kutai, 12-05-1990;;\n", encoding="utf-8")  # listed twice: taken as one
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.bad, [(row.row, row.params["first"]) for row in result.merged]) == (3, [], [(6, 3)])
    siti = Member.get(Member.name == "Siti Aminah")
    assert (siti.gender, siti.birth_date, siti.phone, siti.occupation) == ("F", date(1990, 5, 12), "081234567890",
                                                                          "Petani")
    assert "Tempat lahir: Kutai" in siti.notes
    # new cards in the library's own pattern, one after the other
    assert [siti.number, Member.get(Member.name == "Budi Santoso").number] == ["UJI-A00001", "UJI-A00002"]
    assert members.next_number(lib) == "UJI-A00003"
    assert Member.get(Member.name == "Wati").number == "LAMA-7"  # a number the list has is kept
    again = member_import.import_members(lib, librarian, path)
    assert (again.add, again.update, again.unchanged, len(again.bad)) == (0, 0, 3, 0)
    assert Member.select().count() == 3


def test_a_value_that_does_not_look_right_never_costs_the_member_and_is_kept_in_the_notes(lib, librarian, tmp_path):
    """A member list kept in Excel: the phone lost its leading zero (Excel took it for a number), a NIK in
    scientific notation, a date that does not exist, a phone written as words, an e-mail without @, a
    birth date in the future. Every member comes in; what can be mended is (the zero); the rest is kept
    as written in the member's notes and named in the report, row by row."""
    path = tmp_path / "anggota.csv"
    path.write_text("Nama;No HP;NIK;Tanggal Lahir;Email;Tanggal Daftar;Berlaku Sampai\n"
                    "Siti Aminah;81234567890;3,27E+15;12-05-1990;siti@mail.id;;\n"
                    "Budi Santoso;belum punya;3201010101010001;31-02-1988;budi.yahoo.com;;\n"
                    "Ani Lestari;0813 5555 1234;;12-05-2031;;;\n"
                    "Dewi Sartika;0857 1111 2222;;;dewi@gmail;01-07-2024;01-07-2023\n", encoding="utf-8")
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.bad) == (4, [])
    assert [(row.row, row.params["value"]) for row in result.set_aside] == [
        (2, "3,27E+15"), (3, "31-02-1988"), (3, "belum punya"), (3, "budi.yahoo.com"), (4, "12-05-2031"),
        (5, "dewi@gmail"), (5, "01-07-2023")]
    assert "its last digits are lost" in result.set_aside[0].message()
    dewi = Member.get(Member.name == "Dewi Sartika")
    assert (dewi.email, dewi.registered_on, dewi.notes) == ("", date(2024, 7, 1),
                                                            "Email: dewi@gmail\nBerlaku sampai: 01-07-2023")
    assert dewi.expires_on > dewi.registered_on  # as the member type says
    siti, budi, ani = (Member.get(Member.name == name) for name in ("Siti Aminah", "Budi Santoso", "Ani Lestari"))
    assert (siti.phone, siti.nik, siti.notes) == ("081234567890", "", "NIK: 3,27E+15")  # (under the sheet's own header)
    assert (budi.phone, budi.email, budi.birth_date, budi.nik) == ("", "", None, "3201010101010001")
    assert budi.notes.splitlines() == ["Tanggal lahir: 31-02-1988", "Telepon: belum punya", "Email: budi.yahoo.com"]
    assert (ani.phone, ani.birth_date, ani.notes) == ("081355551234", None, "Tanggal lahir: 12-05-2031")
    lines = result.notes(lambda context, text: text)
    assert lines[0].startswith("7 value(s) did not look right") and "Row 3: The e-mail budi.yahoo.com" in lines[4]
    again = member_import.import_members(lib, librarian, path)  # the notes are made the same way: nothing changes
    assert (again.add, again.update, again.unchanged) == (0, 0, 4)


def test_a_list_without_card_numbers_finds_a_member_again_by_nik(lib, librarian, tmp_path):
    """The registration's own rule: the same NIK is the same person, even with the name spelled otherwise."""
    path = tmp_path / "anggota.csv"
    path.write_text("Nama;NIK;Alamat\nSiti Aminah;3204051234560001;RT 01\n", encoding="utf-8")
    assert member_import.import_members(lib, librarian, path).add == 1
    path.write_text("Nama;NIK;Alamat\nSitti Aminah;3204051234560001;RT 02\n", encoding="utf-8")
    again = member_import.import_members(lib, librarian, path)
    assert (again.add, again.update) == (0, 1)
    assert [(m.name, m.address) for m in Member.select()] == [("Sitti Aminah", "RT 02")]


def test_a_member_list_kept_a_sheet_a_class_comes_in_whole_and_names_the_sheet(lib, librarian, tmp_path):
    """A school library's member list: a sheet a class. Every class comes in; what is said of a row names
    its sheet; a sheet without names (the librarian's notes) is named as not read."""
    from openpyxl import Workbook

    path = tmp_path / "anggota.xlsx"
    book = Workbook()
    book.remove(book.active)
    for name, rows in {"Kelas 4": [["Nama", "L/P", "No HP"], ["Siti Aminah", "P", "81234567890"]],
                       "Kelas 5": [["DAFTAR ANGGOTA KELAS 5"], ["Nama", "L/P", "No HP"], ["Budi Santoso", "L", ""],
                                   ["Wati", "P", "belum ada"]],
                       "Catatan": [["Kartu dicetak bulan Juli"]]}.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.rows) == (3, 3)
    assert sorted(m.name for m in Member.select()) == ["Budi Santoso", "Siti Aminah", "Wati"]
    assert [row.line() for row in result.set_aside] == [
        "Sheet Kelas 5, row 4: The phone belum ada is not a phone number: kept as written in the member's notes."]
    assert [notice.line() for notice in result.notices] == ["Sheet Catatan: Not read: none of its columns holds names."]
    assert result.bad == []


def test_a_column_of_a_member_list_this_program_does_not_know_is_kept_in_the_notes(lib, librarian, tmp_path):
    """A school's list: the class, the parent, a hobby, a signature box. The parent is the guardian; the
    class and the hobby are kept in the notes as "Kelas: 5A"; the row numbers and the signature box are no data,
    and a religion is nothing a library keeps."""
    path = tmp_path / "anggota.csv"
    path.write_text("No;Nama;Kelas;Nama Orang Tua;Hobi;Agama;Paraf\n1;Siti Aminah;5A;Ibu Rohmah;Membaca;Islam;ttd\n"
                    "2;Budi Santoso;5B;;;;\n", encoding="utf-8")
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.bad) == (2, [])
    siti, budi = Member.get(Member.name == "Siti Aminah"), Member.get(Member.name == "Budi Santoso")
    assert (siti.guardian, siti.notes) == ("Ibu Rohmah", "Kelas: 5A\nHobi: Membaca")
    assert (budi.guardian, budi.notes) == ("", "Kelas: 5B")


def test_a_catalogue_chosen_as_a_member_list_says_where_it_belongs(lib, librarian, tmp_path):
    path = tmp_path / "buku.csv"
    path.write_text("No;Judul;Pengarang\n1;Laskar Pelangi;Andrea Hirata\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        member_import.import_members(lib, librarian, path, dry_run=True)
    assert "catalogue" in str(caught.value) and "pustaka-cli import" in str(caught.value)
    assert Member.select().count() == 0


def test_a_dash_slims_was_given_for_no_value_is_no_value(lib, librarian, tmp_path):
    # "-" typed in SLiMS's member form for no e-mail, phone or address: each was kept in the notes and listed as not
    # looking right, the address "-"
    row = ["0000301", "Tukinah", "0", "Umum", "-", "-", "-", "-", "0", "", "-", "-", "-", "2019-03-12", "2019-03-12",
           "2027-03-12", "-", "-"]
    path = tmp_path / "senayan_member_export.csv"
    path.write_text(",".join(f'"{value}"' for value in row) + "\n", encoding="utf-8")
    result = member_import.import_members(lib, librarian, path)
    tukinah = Member.get()
    assert (result.add, result.set_aside, result.bad) == (1, [], [])
    assert (tukinah.email, tukinah.address, tukinah.phone, tukinah.institution, tukinah.notes, tukinah.birth_date) == (
        "", "", "", "", "", None)


def test_a_member_slims_named_dash_still_comes_in(lib, librarian, tmp_path):
    row = ["0000302", "-", "0", "Umum", "-", "", "", "", "0", "", "", "", "", "2019-03-12", "2019-03-12", "2027-03-12",
           "", ""]
    path = tmp_path / "senayan_member_export.csv"
    path.write_text(",".join(f'"{value}"' for value in row) + "\n", encoding="utf-8")
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.bad, Member.get().name, Member.get().email) == (1, [], "-", "")


def test_slims_members_opened_in_excel_with_its_columns_apart_and_saved_as_a_workbook(lib, librarian, tmp_path):
    """A PC whose list separator is the comma (or Text to Columns) opens SLiMS's members CSV with each column its own:
    Excel reads the dates as dates, the phone and gender as numbers. Saved as .xlsx it was refused as having no column
    of names (SLiMS's column names are no list's headers)."""
    from datetime import datetime

    from openpyxl import Workbook

    book = Workbook()
    book.active.append([*slims_members.COLUMNS, None])  # (the empty column after SLiMS's trailing separator)
    book.active.append(["M0001", "Siti Aminah", 0, "Umum", "", "Kp. Cibodas", "", "", 0, "", "", 81234567890, "",
                        datetime(2019, 3, 12), datetime(2019, 3, 12), datetime(2020, 3, 12), datetime(1990, 1, 5),
                        "Ma\\'ruf"])
    book.active.append(["M0002", "Budi Santoso", 1, "Anak-anak", "", "", "", "SDN 1 Sukamaju", 0, "", "", "", "",
                        "2021-07-01", "2021-07-01", "", "", ""])
    path = tmp_path / "anggota.xlsx"
    book.save(path)
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.bad) == (2, [])
    siti, budi = Member.get(Member.number == "M0001"), Member.get(Member.number == "M0002")
    assert (siti.gender, siti.registered_on, siti.birth_date, siti.phone, siti.notes) == (
        "F", date(2019, 3, 12), date(1990, 1, 5), "081234567890", "Ma'ruf")
    assert (budi.gender, budi.member_type.name, budi.institution) == ("M", "Anak-anak", "SDN 1 Sukamaju")
    assert member_import.import_members(lib, librarian, path).unchanged == 2
