"""A new village librarian moves in the members and the loans as real files hold them (round 4): SLiMS's member
list opened in Excel and saved again (the member numbers lost their zeros in front), one person listed twice
in one list (what only the second row had was lost with it), and a book still out at SLiMS to a member SLiMS
had deleted (the copy showed as on the shelf here). Nobody is dropped, two people are never made one, and a
second import changes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from pustaka_desktop.cli import main as cli_main
from pustaka_desktop.core.circulation import loans
from pustaka_desktop.core.interop import importer, member_import, slims_history, slims_members
from pustaka_desktop.core.store.models import Item, Loan, Member
from tests.core import interop_fixtures
from tests.core.test_interop_slims_backup import write_dump
from tests.core.test_interop_slims_history import _history

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture


def _english(_context, text):
    return text


def _slims_csv(path, rows):
    """SLiMS's members export as Excel saves it again: no quotes, dates as the PC shows them, and a member_id
    of digits taken for a number (its zeros in front gone)."""
    lines = [",".join(slims_members.COLUMNS)]
    for number, name, phone, *rest in rows:
        registered = rest[0] if rest else "10/01/2024"
        birth = rest[1] if len(rest) > 1 else ""
        lines.append(",".join([number, name, "0", "Umum", "", "Jl. Mawar 3", "", "", "0", "", "", phone, "",
                               registered, registered, "", birth, ""]))
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def _xlsx(path, rows):
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


# --- 1. member numbers that lost their zeros in front ------------------------------------------------------


SLIMS_MEMBERS = [("000123", "Siti Aminah", "081234567890"), ("000124", "Budi Santoso", "081298765432"),
                 ("000125", "Rina Marlina", "")]


def test_member_numbers_that_lost_their_zeros_are_those_members(lib, librarian, tmp_path):
    """The SLiMS list saved again in Excel reads "123" for 000123: every member came in a second time under a
    number no card carries. Now each is the member whose number it is with zeros in front, said once."""
    member_import.import_members(lib, librarian, _slims_csv(tmp_path / "anggota.csv", SLIMS_MEMBERS))
    saved_again = [(number.lstrip("0"), name, phone) for number, name, phone in SLIMS_MEMBERS]
    saved_again[2] = ("125", "Rina Marlina", "085611112222")  # (a phone written since)
    result = member_import.import_members(lib, librarian, _slims_csv(tmp_path / "excel.csv", saved_again))
    assert (result.add, result.update, result.unchanged, result.bad) == (0, 1, 2, [])
    assert sorted(Member.select(Member.number).tuples()) == [("000123",), ("000124",), ("000125",)]
    assert Member.get(Member.number == "000125").phone == "085611112222"
    lines = [line for line in result.notes(_english) if "zeros in front" in line]
    assert lines == ["3 member number(s) had lost the zeros in front (123 → 000123): taken as those members."]
    again = member_import.import_members(lib, librarian, _slims_csv(tmp_path / "excel.csv", saved_again))
    assert (again.add, again.update, again.unchanged) == (0, 0, 3)


def test_a_number_two_members_fit_with_zeros_is_a_member_of_their_own(lib, librarian, tmp_path):
    """0123 and 000123 are both members: "123" is not guessed between them, and it is said."""
    member_import.import_members(lib, librarian, _slims_csv(tmp_path / "a.csv", [
        ("0123", "Siti Aminah", ""), ("000123", "Sri Wahyuni", "")]))
    result = member_import.import_members(lib, librarian, _slims_csv(tmp_path / "b.csv", [("123", "Sari Dewi", "")]))
    assert (result.add, result.update) == (1, 0)
    assert Member.get(Member.name == "Sari Dewi").number == "123"
    assert [row.params["name"] for row in result.possible_duplicates] == ["Sari Dewi"]
    assert "0123" in result.possible_duplicates[0].message(_english)
    assert "000123" in result.possible_duplicates[0].message(_english)


def test_a_new_number_shorter_than_the_librarys_is_kept_and_said(lib, librarian, tmp_path):
    """Every card here is six digits with zeros in front: a new member "57" is kept so (the card in their
    hand may say so) but said, as a spreadsheet may have eaten its zeros."""
    member_import.import_members(lib, librarian, _slims_csv(tmp_path / "a.csv", SLIMS_MEMBERS))
    result = member_import.import_members(lib, librarian, _slims_csv(tmp_path / "b.csv", [
        ("57", "Dewi Lestari", ""), ("58", "Agus Salim", "")]))
    assert result.add == 2 and Member.get(Member.name == "Dewi Lestari").number == "57"
    lines = [line for line in result.notes(_english) if "shorter" in line]
    assert len(lines) == 1 and "2 new member number(s)" in lines[0] and "57" in lines[0] and "000123" in lines[0]


# --- 2. the same person twice in one list ---------------------------------------------------------------------


def test_the_same_person_twice_in_a_hand_kept_list_is_one_member_with_both_rows(lib, librarian, tmp_path,
                                                                                capsys, monkeypatch):
    """"SITI AMINAH" (row 4) and "Siti Aminah" (row 7), one birth date: the second was refused ("the same member
    as row 4", exit code 2), and its phone and registration date were lost. Now what only it had fills the
    first's empty fields, and what differs is kept in the member's notes."""
    path = _xlsx(tmp_path / "anggota.xlsx", [
        ["DAFTAR ANGGOTA"], [],
        ["Nama", "Tgl Lahir", "Alamat", "No. HP", "Tgl Daftar"],
        ["SITI AMINAH", "12-05-1990", "Krajan RT 01", "", ""],
        ["Budi Santoso", "01-02-1985", "Krajan RT 02", "081211112222", "03-01-2023"],
        ["Dewi Lestari", "09-09-2001", "", "", ""],
        ["Siti Aminah", "12-05-1990", "Dusun Sukamaju RT 03", "0856 7777 8888", "05-01-2023"]])
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    code = cli_main(["--db", str(lib.path), "--user", "pustakawan", "--lang", "en", "members-import", str(path)])
    out = capsys.readouterr().out
    assert code == 0 and "Row 7" in out and "row 4" in out
    siti = Member.get(Member.birth_date == date(1990, 5, 12))
    assert Member.select().count() == 3
    assert (siti.name, siti.phone, siti.registered_on, siti.address) == (
        "SITI AMINAH", "085677778888", date(2023, 1, 5), "Krajan RT 01")
    assert siti.notes == "Baris 7 juga: Alamat Dusun Sukamaju RT 03"
    again = member_import.import_members(lib, librarian, path)
    assert (again.add, again.update, again.unchanged, again.bad) == (0, 0, 3, [])
    assert Member.get_by_id(siti.id).notes == siti.notes


def test_the_same_member_id_twice_for_one_person_is_one_member(lib, librarian, tmp_path):
    """SLiMS's list with 000123 twice (a row copied when the phone changed): the second was refused."""
    path = _slims_csv(tmp_path / "anggota.csv", [("000123", "Siti Aminah", "", "10/01/2024", "12/05/1990"),
                                                 ("000124", "Budi Santoso", "081211112222"),
                                                 ("000123", "SITI AMINAH", "085677778888", "", "12/05/1990")])
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.bad) == (2, [])
    siti = Member.get(Member.number == "000123")
    assert (siti.phone, siti.registered_on) == ("085677778888", date(2024, 1, 10))
    assert [(row.row, row.params["first"]) for row in result.merged] == [(4, 2)]
    again = member_import.import_members(lib, librarian, path)
    assert (again.add, again.update, again.unchanged, again.bad) == (0, 0, 2, [])


def test_a_member_here_listed_twice_takes_what_the_second_row_adds(lib, librarian, tmp_path):
    member_import.import_members(lib, librarian, _slims_csv(tmp_path / "a.csv", [("000123", "Siti Aminah", "")]))
    result = member_import.import_members(lib, librarian, _slims_csv(tmp_path / "b.csv", [
        ("000123", "Siti Aminah", ""), ("000123", "Siti Aminah", "085677778888")]))
    assert (result.add, result.update, result.bad) == (0, 1, [])
    assert Member.get().phone == "085677778888"


def test_one_member_id_for_two_different_people_stays_refused(lib, librarian, tmp_path):
    """(Guard) 000123 for Siti Aminah and for Budi Santoso: two people, never made one."""
    path = _slims_csv(tmp_path / "anggota.csv", [("000123", "Siti Aminah", "081234567890"),
                                                 ("000123", "Budi Santoso", "085677778888")])
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, [row.row for row in result.bad], result.merged) == (1, [3], [])
    assert "Siti Aminah" in result.bad[0].message(_english)
    assert (Member.get().name, Member.get().phone) == ("Siti Aminah", "081234567890")


# --- 3. a book still out to a member SLiMS had deleted -----------------------------------------------------------


LOANS = [  # loan_id, item_code, member_id, loan_date, due_date, renewed, rules, actual, is_lent, is_return, return_date
    (1, "B0001", "M001", "2026-02-20", "2026-02-27", 0, 0, None, 1, 0, None),  # still out to Siti
    (2, "B0006", "M404", "2026-02-25", "2026-03-04", 0, 0, None, 1, 0, None),  # still out to a deleted member
    (3, "B0004", "M404", "2025-11-03", "2025-11-10", 0, 0, None, 1, 1, "2025-11-12"),  # the same member, returned
    (4, "B0005", "M002", "2025-12-01", "2025-12-08", 0, 0, None, 1, 1, "2025-12-05"),  # Budi (not imported here)
] + [(10 + n, "B0004", f"M9{n:02}", "2025-10-01", "2025-10-08", 0, 0, None, 1, 1, "2025-10-05") for n in range(12)]
VISITS = [(1, "M404", "Rina Marlina", "", "2026-02-25 10:00:00")]  # the deleted member, at the door


@pytest.fixture
def backup(tmp_path, empty_lib_factory):
    """The catalogue and the members came in; Budi (M002) is in the backup but not here (the librarian
    imported the members from an older list), and M404 and M900... SLiMS had deleted."""
    lib, by = empty_lib_factory("DESA")
    dump = write_dump(tmp_path / "backup_20260301_170000.sql",
                      extra=_history(loans_=LOANS, fines_=[(1, "2025-11-12", "M404", 500, 0, "Denda")],
                                     visits_=VISITS, holidays_=[], reserves_=[]))
    importer.import_slims_backup(lib, by, dump)
    member_import.import_members(lib, by, _slims_csv(tmp_path / "lama.csv", [("M001", "Siti Aminah", "")]))
    return lib, by, dump


def test_a_copy_out_to_a_member_slims_deleted_is_on_loan_here(backup):
    """B0006 is in Rina's house, but SLiMS had deleted her: the loan was left out and the copy showed as on the
    shelf. Now it is on loan to a member made from what the backup knows (her number, her name from the
    visitor book), blocked and noted so, and returning it at the desk works as any loan."""
    lib, by, dump = backup
    plan = slims_history.import_history(lib, by, dump)
    assert plan.loans_out == 2 and plan.loans_returned == 1 and plan.fines == 1
    assert Item.get(Item.barcode == "B0006").status == "on_loan"
    rina = Member.get(Member.number == "M404")
    assert (rina.name, rina.blocked) == ("Rina Marlina", True)
    assert rina.notes.startswith("Dari riwayat SLiMS: anggota tidak ada di cadangan")
    assert Loan.get(Loan.item == Item.get(Item.barcode == "B0006").id).member_id == rina.id
    notes = plan.notes(_english)
    assert any("B0006" in line and "M404" in line for line in notes)
    loans.checkin(lib, by, "B0006")
    assert Item.get(Item.barcode == "B0006").status == "available"


def test_rows_of_deleted_members_are_one_line_and_the_advice_says_which_case(backup):
    lib, by, dump = backup
    plan = slims_history.import_history(lib, by, dump)
    lines = {bad.row: bad.message(_english) for bad in plan.bad}
    assert len(lines) == 1  # Budi's loan: he is in the backup, not here
    assert "import the members from this backup first" in next(iter(lines.values()))
    deleted = [line for line in plan.notes(_english) if "deleted" in line and "12" in line]
    assert len(deleted) == 1 and "M900" in deleted[0] and "M911" not in deleted[0]
    assert plan.left_out == 13
    assert plan.summary()["bad_rows"] == 13


def test_the_history_imported_again_changes_nothing(backup):
    lib, by, dump = backup
    slims_history.import_history(lib, by, dump)
    members, loans_ = Member.select().count(), Loan.select().count()
    again = slims_history.import_history(lib, by, dump)
    assert (again.changes, again.loans_out, again.fines, again.left_out) == (0, 0, 0, 13)
    assert (Member.select().count(), Loan.select().count()) == (members, loans_)


def test_a_deleted_member_without_a_name_anywhere_gets_one_saying_so(tmp_path, empty_lib_factory):
    lib, by = empty_lib_factory("DESA")
    dump = write_dump(tmp_path / "backup.sql", extra=_history(loans_=LOANS[:2], fines_=[], visits_=[], holidays_=[],
                                                             reserves_=[]))
    importer.import_slims_backup(lib, by, dump)
    member_import.import_members(lib, by, dump)
    slims_history.import_history(lib, by, dump)
    ghost = Member.get(Member.number == "M404")
    assert ghost.name == "Anggota SLiMS M404" and ghost.blocked


def test_a_person_on_two_sheets_is_folded_into_themself_not_into_another_sheets_row(lib, librarian, tmp_path):
    """A workbook of one sheet a year: row 2 is Siti on "2023" and Budi on "2024"; Siti again on row 3 of
    "2024" is Siti, never Budi (row numbers repeat across sheets)."""
    book = Workbook()
    first = book.active
    first.title = "2023"
    for row in (["Nama", "Tgl Lahir"], ["Siti Aminah", "12-05-1990"]):
        first.append(row)
    second = book.create_sheet("2024")
    for row in (["Nama", "Tgl Lahir", "No. HP"], ["Budi Santoso", "01-02-1985", ""],
                ["Siti Aminah", "12-05-1990", "085677778888"]):
        second.append(row)
    book.save(tmp_path / "anggota.xlsx")
    result = member_import.import_members(lib, librarian, tmp_path / "anggota.xlsx")
    assert (result.add, result.bad, len(result.merged)) == (2, [], 1)
    assert Member.get(Member.name == "Siti Aminah").phone == "085677778888"
    assert Member.get(Member.name == "Budi Santoso").phone == ""
