"""Moving in from INLISLite or from a loan notebook kept in Excel: the books still out on the day of the
move come in as open loans (issue 12), so the desk does not show them on the shelf."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest

from pustaka_desktop.cli import main as cli_main
from pustaka_desktop.core.circulation import loans, member_loans, overdue
from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import loan_lists
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import AuditLog, Item, Loan, Record
from tests.core.circ_helpers import ctype
from tests.core.circ_helpers import member as new_member


def _copy(lib, title: str, barcode: str, accession: str = "") -> Item:
    record = Record.get_or_none(Record.title == title) or store.insert(lib, Record, title=title)
    return store.insert(lib, Item, record=record, barcode=barcode, accession_no=accession,
                        collection_type=ctype("Sirkulasi"), status="available")


def _sheet(path, rows, title: str = "Worksheet"):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return str(path)


# INLISLite 3's "Laporan Peminjaman Buku" with the columns ticked by default (LaporanSirkulasi.php): no card
# number, no due date; dates as text "d-m-Y H:i"; a loan not returned has "01-01-1970 07:00" as return date
INLIS_HEADERS = ["Nama Anggota", "Nomor Barcode", "Judul Buku", "Tanggal Peminjaman", "Tanggal Pengembalian",
                 "Petugas Pengembalian", "Jenis Kelamin"]


def test_inlislite_loan_report_brings_the_books_still_out(lib, librarian, tmp_path):
    siti = new_member(lib, librarian)
    siti = store.update(lib, siti, name="Siti Aminah") or siti
    out = _copy(lib, "Laskar pelangi", "INL-000123")
    back = _copy(lib, "Bumi manusia", "INL-000124")
    path = _sheet(tmp_path / "Laporan_Peminjaman_20260301.xlsx", [
        INLIS_HEADERS,
        ["SITI AMINAH", "INL-000123", "Laskar pelangi / Andrea Hirata", "20-02-2026 09:15", "01-01-1970 07:00", "-",
         "Perempuan"],
        ["SITI AMINAH", "INL-000124", "Bumi manusia / Pramoedya Ananta Toer", "05-01-2026 10:02",
         "12-01-2026 08:40", "admin", "Perempuan"],
        ["JOKO SUSILO", "INL-000124", "Bumi manusia / Pramoedya Ananta Toer", "25-02-2026 11:00", "-", "-",
         "Laki-laki"],
    ])

    dry = loan_lists.import_loans(lib, librarian, path, dry_run=True)
    assert (dry.loans_out, dry.returned, dry.left_out) == (1, 1, 1)
    assert Loan.select().count() == 0  # a dry run writes nothing

    result = loan_lists.import_loans(lib, librarian, path)
    loan = Loan.get(Loan.item == out.id)
    assert loan.member_id == siti.id and loan.returned_at is None
    assert loan.loaned_at.astimezone().date() == date(2026, 2, 20)
    assert loan.due_on > date(2026, 2, 20)  # no due date in the report: the library's loan period
    assert Item.get_by_id(out.id).status == "on_loan"
    assert Item.get_by_id(back.id).status == "available"  # returned at INLISLite: on the shelf
    # the member nobody registered: listed with its row and name, the rest came in
    assert [(bad.row, bad.params["name"]) for bad in result.bad] == [(4, "JOKO SUSILO")]
    assert AuditLog.select().where(AuditLog.action == "circulation.import").count() == 1
    # the desk knows: the member's card shows the book
    assert [line.barcode for line in member_loans.member_summary(lib, siti).loans] == ["INL-000123"]


def test_inlislite_report_with_every_column_uses_its_due_date_and_status(lib, librarian, tmp_path):
    andi = new_member(lib, librarian, number="0000045")
    copy = _copy(lib, "Ronggeng dukuh paruk", "0000771")
    path = _sheet(tmp_path / "peminjaman.xlsx", [
        ["Nama Anggota", "Nomor Anggota", "Nomor Barcode", "Judul Buku", "Tanggal Peminjaman", "Tanggal Jatuh Tempo",
         "Tanggal Pengembalian", "Status Peminjaman"],
        # numbers as Excel keeps them once typed again: the zeros in front lost
        ["Andi", 45, 771, "Ronggeng dukuh paruk", "02-02-2026 08:00", "09-02-2026 08:00", "-", "Loan"],
    ])
    result = loan_lists.import_loans(lib, librarian, path)
    assert result.loans_out == 1 and result.overdue == 1
    loan = Loan.get(Loan.item == copy.id)
    assert (loan.member_id, loan.due_on) == (andi.id, date(2026, 2, 9))
    # overdue on the day of the move: the desk's overdue list shows it with its days late
    late = [line for line in overdue.overdue(lib) if line.barcode == "0000771"]
    assert late and late[0].days_late == (date(2026, 3, 2) - date(2026, 2, 9)).days


# a loan notebook kept by hand: a title above the header, Excel dates and written ones, names in capitals
NOTEBOOK_HEADERS = ["No", "Tgl Pinjam", "Nama Peminjam", "No. Anggota", "Judul Buku", "Kode Buku", "Tgl Kembali",
                    "Ket."]


def _notebook(lib, librarian, tmp_path):
    people = {"rina": new_member(lib, librarian, number="00012"), "dewi1": new_member(lib, librarian),
              "dewi2": new_member(lib, librarian), "bayu": new_member(lib, librarian)}
    for key, name in (("rina", "Rina Wati"), ("dewi1", "Dewi"), ("dewi2", "Dewi"), ("bayu", "Bayu Pratama")):
        people[key] = store.update(lib, people[key], name=name) or people[key]
    copies = {"si kancil": _copy(lib, "Si Kancil", "B-0001"),
              "atlas 1": _copy(lib, "Atlas Indonesia", "B-0002"), "atlas 2": _copy(lib, "Atlas Indonesia", "B-0003"),
              "tani": _copy(lib, "Bertani Cabai", "B-0004", accession="0057"),
              "lent here": _copy(lib, "Kisah Nabi", "B-0005")}
    path = _sheet(tmp_path / "buku peminjaman 2026.xlsx", [
        ["BUKU PEMINJAMAN PERPUSTAKAAN DESA SUKAMAJU"],
        [],
        NOTEBOOK_HEADERS,
        [1, datetime(2026, 2, 16), "RINA WATI", 12, "Si Kancil", None, datetime(2026, 2, 23), None],
        [2, "17-02-2026", "BAYU PRATAMA", None, "Atlas Indonesia", None, "24-02-2026", None],
        [3, "18/2/26", "DEWI", None, "Bertani Cabai", 57, "25/2/26", None],
        [4, "2 Februari 2026", "Bayu Pratama", None, "Bertani Cabai", 57, "9 Februari 2026", "sudah kembali"],
        [5, "20-02-2026", "BAYU PRATAMA", None, "Kisah Nabi", "B-0005", "27-02-2026", "belum kembali"],
        [6, "21-02-2026", "BAYU PRATAMA", None, "Kamus Besar", "B-0999", "28-02-2026", None],
    ], title="Februari")
    return path, people, copies


def test_a_loan_notebook_comes_in_and_never_guesses(lib, librarian, tmp_path):
    path, people, copies = _notebook(lib, librarian, tmp_path)
    loans.checkout(lib, librarian, people["rina"], "B-0005")  # already lent at this desk since the move
    result = loan_lists.import_loans(lib, librarian, path)

    # row 4 (the notebook's 1): card number 12 is the card 00012; the one copy of "Si Kancil"
    kancil = Loan.get(Loan.item == copies["si kancil"].id)
    assert kancil.member_id == people["rina"].id and kancil.due_on == date(2026, 2, 23)
    assert kancil.staff == "Buku peminjaman"
    assert result.loans_out == 1 and result.returned == 1
    reasons = {bad.row: bad.template for bad in result.bad}
    assert set(reasons) == {5, 6, 8, 9}
    assert "copies on the shelf" in reasons[5]  # two copies of the atlas: not guessed, flagged
    assert "members are named" in reasons[6]  # two members called Dewi
    assert "already on loan here" in reasons[8]
    assert "No copy has" in reasons[9]
    assert Item.get_by_id(copies["atlas 1"].id).status == "available"
    assert Item.get_by_id(copies["atlas 2"].id).status == "available"


def test_importing_the_same_notebook_twice_adds_nothing(lib, librarian, tmp_path):
    path, _, _ = _notebook(lib, librarian, tmp_path)
    first_bad = loan_lists.import_loans(lib, librarian, path).bad
    before = Loan.select().count()
    again = loan_lists.import_loans(lib, librarian, path)
    # the two loans still out (one named by its title alone) and the returned one
    assert (again.loans_out, again.returned, again.unchanged, again.bad) == (0, 0, 3, first_bad)
    assert Loan.select().count() == before
    assert AuditLog.select().where(AuditLog.action == "circulation.import").count() == 1  # nothing new: no entry


def test_a_notebook_without_a_return_column_says_every_row_is_taken_as_out(lib, librarian, tmp_path):
    new_member(lib, librarian, number="A-7")
    path = _sheet(tmp_path / "pinjam.xlsx", [["Tanggal Pinjam", "No. Anggota", "No. Induk"],
                                            ["01-03-2026", "a-7", "X1"]])
    _copy(lib, "Cerita Rakyat", "X1")
    result = loan_lists.import_loans(lib, librarian, path, dry_run=True)
    assert result.loans_out == 1  # the card number in small letters, the copy by its number
    assert [notice.template for notice in result.notices] == [loan_lists.NO_RETURN_COLUMN]


def test_a_file_that_is_no_loan_list_is_refused_with_its_columns(lib, librarian, tmp_path):
    path = _sheet(tmp_path / "anggota.xlsx", [["No. Anggota", "Nama", "Alamat"], ["001", "Budi", "Dusun I"]])
    with pytest.raises(ValidationError) as refused:
        loan_lists.import_loans(lib, librarian, path)
    assert "\"Alamat\"" in refused.value.params["columns"]


def test_cli_loans_import_dry_run_then_import(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "lib.sqlite3")
    assert cli_main(["--db", db, "init", "--library-name", "T", "--library-code", "TST", "--librarian", "admin",
                     "--password", "admin123"]) == 0
    monkeypatch.setenv("PUSTAKA_PASSWORD", "admin123")
    path = _sheet(tmp_path / "lap.xlsx", [INLIS_HEADERS, ["NOBODY", "Z9", "Tak Ada", "20-02-2026 09:15", "-", "-",
                                                          "-"]])
    code = cli_main(["--db", db, "--user", "admin", "loans-import", path, "--dry-run", "--json"])
    assert code == 2  # a row left out: said in the exit code, as every import
    assert '"bad_rows": 1' in capsys.readouterr().out


def test_a_loan_report_chosen_as_catalogue_or_members_is_refused_not_turned_into_copies(lib, librarian, tmp_path):
    from pustaka_desktop.core.interop import importer, member_import

    path = _sheet(tmp_path / "Laporan_Peminjaman.xlsx", [
        INLIS_HEADERS, ["SITI AMINAH", "INL-000123", "Laskar pelangi", "20-02-2026 09:15", "-", "-", "Perempuan"],
        ["SITI AMINAH", "INL-000124", "Bumi manusia", "05-01-2026 10:02", "12-01-2026 08:40", "admin", "Perempuan"]])
    with pytest.raises(ValidationError) as as_catalogue:
        importer.import_file(lib, librarian, "xlsx", path, dry_run=True)
    with pytest.raises(ValidationError) as as_members:
        member_import.import_members(lib, librarian, path, dry_run=True)
    assert as_catalogue.value.template == as_members.value.template == loan_lists.LOAN_LIST_ELSEWHERE
