"""A new village librarian moves in the members as real lists hold them (round 3): a school's list headed
"Nama Siswa", the card's end under "Berlaku s/d", a birth under "Tempat dan Tanggal Lahir", two phone numbers
in one cell, a NIK Excel shortened to six digits, a father and a son of the same name at one address, and a
NIK copied onto the wrong person. Nobody is dropped for one field and two people are never made one."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from pustaka_desktop.core.interop import member_import
from pustaka_desktop.core.store.models import Member


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
        (member_import.NIK_AS_A_NUMBER, "3404130000000000")]
