"""A new village librarian moves in the members as real lists hold them (round 3): a school's list headed
"Nama Siswa", the card's end under "Berlaku s/d", a birth under "Tempat dan Tanggal Lahir", two phone numbers
in one cell, a NIK Excel shortened to six digits, a father and a son of the same name at one address, and a
NIK copied onto the wrong person. Nobody is dropped for one field and two people are never made one."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from pustaka_desktop.cli import main as cli_main
from pustaka_desktop.core.interop import member_import, member_values, slims_members
from pustaka_desktop.core.store.models import Member


def _english(_context, text):
    return text


def _xlsx(path, rows, formats=None):
    """A member list kept by hand in Excel: a title line, an empty line, the header, the members."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Anggota"
    for row in rows:
        sheet.append(row)
    for cell, number_format in (formats or {}).items():
        sheet[cell].number_format = number_format
    book.save(path)
    return path


# --- headers a school's or a village's list uses ---------------------------------------------------------


def test_a_schools_list_headed_nama_siswa_is_a_member_list(lib, librarian, tmp_path):
    """A school library's list names its members "Nama Siswa": it was refused as having no column of names."""
    path = _xlsx(tmp_path / "siswa.xlsx", [
        ["DAFTAR ANGGOTA PERPUSTAKAAN SD NEGERI 1 SUKAMAJU"], [],
        ["No", "Nama Siswa", "L/P", "Kelas"], [1, "Dimas Pratama", "L", "5A"], [2, "Putri Ayu", "P", "4B"]])
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.bad) == (2, [])
    assert Member.get(Member.name == "Dimas Pratama").notes == "Kelas: 5A"


@pytest.mark.parametrize("header", ["Berlaku s/d", "Masa Berlaku s/d", "Berlaku Hingga", "Kadaluarsa",
                                    "Tgl Kedaluwarsa", "Aktif s/d"])
def test_the_end_of_a_card_under_berlaku_sd_is_the_end_of_the_membership(lib, librarian, tmp_path, header):
    """A card that ended on 5 January 2024 came in valid until its type's length from the registration
    (the column was not read, only kept in the notes): the desk lent to an expired card."""
    path = _xlsx(tmp_path / "anggota.xlsx", [
        ["No", "Nama", "Tgl Daftar", header], [1, "Siti Aminah", "5 Januari 2023", "5 Januari 2024"],
        [2, "Budi Santoso", "05/01/2023", 45296]])  # (an Excel day number left in a cell formatted as General)
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.bad, result.set_aside) == (2, [], [])
    for name in ("Siti Aminah", "Budi Santoso"):
        member = Member.get(Member.name == name)
        assert (member.registered_on, member.expires_on, member.notes) == (date(2023, 1, 5), date(2024, 1, 5), "")


def test_the_birth_under_tempat_dan_tanggal_lahir_is_read(lib, librarian, tmp_path):
    path = _xlsx(tmp_path / "anggota.xlsx", [
        ["No", "Nama", "Tempat dan Tanggal Lahir"], [1, "Siti Aminah", "Bantul, 12 Mei 2010"]])
    member_import.import_members(lib, librarian, path)
    siti = Member.get(Member.name == "Siti Aminah")
    assert (siti.birth_date, siti.notes) == (date(2010, 5, 12), "Tempat lahir: Bantul")


# --- phones and NIKs ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("cell", "other"), [
    ("0812-3456-789 / 0856 1111 2222", "0856 1111 2222"), ("0812 3456 789, 0856-1111-2222", "0856-1111-2222"),
    ("0812-3456-789 atau 0856 1111 2222", "0856 1111 2222"), ("0812-3456-789\n+62 856 1111 2222", "+62 856 1111 2222")])
def test_two_phone_numbers_in_one_cell_the_first_is_the_phone(lib, librarian, tmp_path, cell, other):
    """A mother's and a father's number in one cell: the member had no phone at all (the cell was "not a
    phone number"), so the desk could not find them by phone nor send a reminder."""
    path = _xlsx(tmp_path / "anggota.xlsx", [["No", "Nama", "No. HP"], [1, "Ani", cell]])
    result = member_import.import_members(lib, librarian, path)
    ani = Member.get(Member.name == "Ani")
    assert (result.add, result.set_aside) == (1, [])
    assert (ani.phone, ani.notes) == ("08123456789", f"Telepon lain: {other}")
    again = member_import.import_members(lib, librarian, path)
    assert (again.add, again.update, again.unchanged) == (0, 0, 1)


def test_a_nik_excel_showed_as_3_40413e15_and_saved_so_is_no_nik(lib, librarian, tmp_path):
    """A CSV opened in Excel shows a NIK as 3,40413E+15; saved again, the cell holds 3404130000000000. It
    was stored as the member's NIK (a wrong one, "check the last digit"): ten digits are gone, so it is kept
    in the notes, said, and never the NIK."""
    path = _xlsx(tmp_path / "anggota.xlsx", [["No", "Nama", "NIK"], [1, "Joko", 3404130000000000]],
                 {"C2": "0.00E+00"})
    result = member_import.import_members(lib, librarian, path)
    joko = Member.get(Member.name == "Joko")
    assert (result.add, joko.nik, joko.notes) == (1, "", "NIK: 3404130000000000")
    assert [(row.template, row.params["value"]) for row in result.set_aside] == [
        (member_values.NIK_AS_A_NUMBER, "3404130000000000")]


# --- the same name is not always the same person -------------------------------------------------------------


FAMILY = [["No", "Nama", "L/P", "Tempat, Tgl Lahir", "Alamat", "No. HP"],
          [1, "Ahmad Fauzi", "L", "Sleman, 12-05-1980", "Krajan RT 01/02", "081234567890"],
          [2, "Ahmad Fauzi", "L", "Sleman, 3 Maret 2012", "Krajan RT 01/02", "081234567890"]]


def test_a_father_and_son_of_one_name_at_one_address_are_two_members(lib, librarian, tmp_path):
    """Same name, address and phone but born 32 years apart: the son was refused as "the same member as
    row 2". Both come in, and the report says they may be one person, so the librarian looks."""
    result = member_import.import_members(lib, librarian, _xlsx(tmp_path / "anggota.xlsx", FAMILY))
    assert (result.add, result.bad) == (2, [])
    assert sorted(m.birth_date for m in Member.select()) == [date(1980, 5, 12), date(2012, 3, 3)]
    assert [(row.row, row.params["first"]) for row in result.possible_duplicates] == [(3, "2")]
    assert any("possibly the same person" in line for line in result.notes(_english))
    again = member_import.import_members(lib, librarian, _xlsx(tmp_path / "anggota.xlsx", FAMILY))
    assert (again.add, again.update, again.unchanged, again.possible_duplicates) == (0, 0, 2, [])


def test_a_son_in_a_later_list_does_not_overwrite_his_father(lib, librarian, tmp_path):
    """The father came in with the first list; the son, on a list of the next year, matched him by name and
    address and replaced his birth date (one member for two people, the father's birth date lost)."""
    member_import.import_members(lib, librarian, _xlsx(tmp_path / "2023.xlsx", FAMILY[:2]))
    result = member_import.import_members(lib, librarian, _xlsx(tmp_path / "2024.xlsx", [FAMILY[0], FAMILY[2]]))
    assert (result.add, result.update) == (1, 0)
    father = Member.get(Member.birth_date == date(1980, 5, 12))
    assert [(row.row, row.params["first"]) for row in result.possible_duplicates] == [(2, father.number)]


def test_a_nik_copied_onto_another_person_does_not_rename_a_member(lib, librarian, tmp_path):
    """Tini's row carries Siti's NIK (copied down from the row above in an earlier list): Siti was renamed
    Tini, her gender and birth date replaced. Tini comes in as her own member, said."""
    member_import.import_members(lib, librarian, _xlsx(tmp_path / "a.xlsx", [
        ["No", "Nama", "NIK", "Tgl Lahir"], [1, "Siti Aminah", "3404125205900001", "12-05-1990"]]))
    result = member_import.import_members(lib, librarian, _xlsx(tmp_path / "b.xlsx", [
        ["No", "Nama", "NIK", "Tgl Lahir"], [1, "Tini Suwarni", "3404125205900001", "01-02-2001"]]))
    assert (result.add, result.update) == (1, 0)
    siti = Member.get(Member.nik == "3404125205900001", Member.name == "Siti Aminah")
    assert siti.birth_date == date(1990, 5, 12)
    assert [(row.row, row.params["first"]) for row in result.possible_duplicates] == [(2, siti.number)]


CLASSES = [["No", "Nama Siswa", "L/P", "Kelas"], [1, "Dimas Pratama", "L", "5A"], [2, "Putri Ayu", "P", "5A"],
           [3, "Dimas Pratama", "L", "4B"]]


def test_a_class_list_of_names_alone_imported_again_adds_nobody(lib, librarian, tmp_path):
    """A list with nothing but names (and L/P, Kelas) made every member again at each import. Two pupils of
    one name in two classes are two members, said once; the second import finds all three."""
    path = _xlsx(tmp_path / "kelas.xlsx", CLASSES)
    first = member_import.import_members(lib, librarian, path)
    assert (first.add, [(row.row, row.params["first"]) for row in first.possible_duplicates]) == (3, [(4, "2")])
    again = member_import.import_members(lib, librarian, path)
    assert (again.add, again.update, again.unchanged, again.possible_duplicates) == (0, 0, 3, [])
    assert Member.select().count() == 3


def test_a_class_list_does_not_clear_what_the_desk_wrote_of_a_member(lib, librarian, tmp_path):
    """Dimas's birth date and phone were written at the desk after the first import: the class list, which
    has neither, finds him by his name and leaves them (an empty cell of a list kept by hand says nothing)."""
    path = _xlsx(tmp_path / "kelas.xlsx", CLASSES[:2])
    member_import.import_members(lib, librarian, path)
    Member.update(birth_date=date(2014, 1, 2), phone="081234567890").execute()
    again = member_import.import_members(lib, librarian, _xlsx(tmp_path / "kelas.xlsx", [
        CLASSES[0], [1, "Dimas Pratama", "L", "6A"]]))
    dimas = Member.get()
    assert (again.add, again.update) == (0, 1)
    assert (dimas.birth_date, dimas.phone, dimas.notes) == (date(2014, 1, 2), "081234567890", "Kelas: 6A")


def test_a_name_written_in_capitals_with_the_same_nik_is_the_same_member(lib, librarian, tmp_path):
    """(Guard) "SITI AMINAH" with Siti Aminah's NIK is Siti Aminah: updated, not a second member."""
    member_import.import_members(lib, librarian, _xlsx(tmp_path / "a.xlsx", [
        ["No", "Nama", "NIK"], [1, "Siti Aminah", "3404125205900001"]]))
    result = member_import.import_members(lib, librarian, _xlsx(tmp_path / "b.xlsx", [
        ["No", "Nama", "NIK", "No HP"], [1, "SITI AMINAH", "3404125205900001", "081234567890"]]))
    assert (result.add, result.update, result.possible_duplicates) == (0, 1, [])


def test_the_cli_names_the_possible_duplicates(lib, librarian, tmp_path, capsys, monkeypatch):
    """Both come in (exit code 0: nothing refused), and the report names the row and who it may be."""
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    path = _xlsx(tmp_path / "anggota.xlsx", FAMILY)
    code = cli_main(["--db", str(lib.path), "--user", "pustakawan", "--lang", "en", "members-import", str(path),
                     "--dry-run"])
    assert (code, Member.select().count()) == (0, 0)
    assert "Row 3: Ahmad Fauzi may be Ahmad Fauzi of row 2" in capsys.readouterr().out
    code = cli_main(["--db", str(lib.path), "--user", "pustakawan", "members-import", str(path), "--json"])
    assert (code, Member.select().count()) == (0, 2)
    assert '"possible_duplicates": 1' in capsys.readouterr().out


def test_a_file_imported_again_never_takes_away_what_the_desk_wrote_in_the_notes(lib, librarian, tmp_path):
    """The notes were the file's again at each import: "Kartu hilang, diganti 3 Maret" written at the desk was
    gone after the next import of the class list, or of a SLiMS file whose member has no notes. Now a
    labelled line ("Kelas: 6A") takes the place of its own label's, and the desk's lines stay."""
    member_import.import_members(lib, librarian, _xlsx(tmp_path / "kelas.xlsx", CLASSES[:2]))
    dimas = Member.get()
    Member.update(notes=dimas.notes + "\nKartu hilang, diganti 3 Maret").execute()
    same = member_import.import_members(lib, librarian, _xlsx(tmp_path / "kelas.xlsx", CLASSES[:2]))
    assert (same.update, same.unchanged) == (0, 1)
    next_year = member_import.import_members(lib, librarian, _xlsx(tmp_path / "kelas.xlsx", [
        CLASSES[0], [1, "Dimas Pratama", "L", "6A"]]))
    assert next_year.update == 1
    assert Member.get().notes == "Kelas: 6A\nKartu hilang, diganti 3 Maret"


def test_a_slims_file_whose_member_has_no_notes_clears_none(lib, librarian, tmp_path):
    """(A SLiMS members CSV is no list kept by hand: its empty cells did clear fields; the notes no more.)"""
    header = ",".join(slims_members.COLUMNS)
    row = ('"M0001","Siti Aminah","0","Umum","","","","","0","","","","","2024-01-10","2024-01-10","2026-12-31",'
           '"1990-05-01",""')
    path = tmp_path / "members.csv"
    path.write_text(header + "\n" + row + "\n", encoding="utf-8")
    member_import.import_members(lib, librarian, path)
    Member.update(notes="Pindah ke RT 03").execute()
    again = member_import.import_members(lib, librarian, path)
    assert (again.update, Member.get().notes) == (0, "Pindah ke RT 03")
