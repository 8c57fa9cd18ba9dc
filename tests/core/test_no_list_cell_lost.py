"""Issue 12, "moving in without loss", for the lists a library brings besides its catalogue and members: every
non-empty cell of a visitor book (buku tamu) or a loan list, shaped as real people and systems write it, ends up
somewhere in the library (the visit's or loan's fields, the member and copy it names, a fine and its note) or is
named by the import (a row left out with its reason, a notice naming its row and value, or its column). A value that
silently disappears is a bug; a value judged right to drop is accepted below, each with its reason.

The fixtures are written here: a buku tamu kept in Excel a sheet a month, a loan notebook kept in Excel, INLISLite
3's loan report, and the loans, fines and visitor book of a SLiMS backup (its rows as test_interop_slims_history
writes them). The accounting (``Cell``, ``table_cells``, ``norm``) is the member lists' audit's."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook

from pustaka_desktop.core.community.demographics import band_of_age
from pustaka_desktop.core.interop import loan_lists, slims_backup, slims_history, visit_sheets, visit_values
from pustaka_desktop.core.interop.dates import parse_date
from pustaka_desktop.core.interop.not_data import DITTOS, is_ditto
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import to_local
from pustaka_desktop.core.store.models import FineEntry, Item, Loan, Member, Record, Visit
from tests.core import interop_fixtures
from tests.core.circ_helpers import ctype
from tests.core.circ_helpers import member as new_member
from tests.core.test_interop_slims_history import FINES, LOANS, VISITS, moved_in  # noqa: F401 (a fixture)
from tests.core.test_no_member_cell_lost import NO_VALUE, Cell, digits, norm, table_cells

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture (of ``moved_in``)

# --- the accounting --------------------------------------------------------------------------------------------------


def day_of(value: Any) -> date | None:
    """The day a date cell means, as the import would read it (``None``: none, or not a date)."""
    try:
        return parse_date(value, "")
    except Exception:  # noqa: BLE001 (an unreadable date: the import must name it)
        return None


def _said(params: dict[str, Any]) -> str:
    return norm(" ".join(str(v) for v in params.values()))


def named(result: Any, cell: Cell) -> bool:
    """Whether the import's report names the cell: its row left out (every cell of it), a notice of its row that
    says its value or its column, or a notice of the sheet naming its column or listing its row."""
    for row in result.bad:
        if row.sheet in ("", cell.sheet) and row.row == cell.row:
            return True
    if cell.row in {number for number, _ in getattr(result, "deleted", [])}:  # (SLiMS's rows of members it deleted:
        return True  # said in one line, the members named and the rows counted)
    value, column = norm(cell.value), norm(cell.column)
    for row in result.notices:
        if row.sheet not in ("", cell.sheet):
            continue
        said = _said(row.params)
        columns = [norm(c) for c in str(row.params.get("columns", "")).split(", ")]
        if row.row == cell.row and (value in said or column in said):
            return True
        if column in columns:
            return True
        listed = not row.row and re.search(rf"(?<!\d){cell.row}(?!\d)", str(row.params.get("rows", "")))
        if listed and (row.template not in ONE_CELL or value in said):
            return True
    return False


# notices listing rows that name one cell of them, not the row: a date taken from the row above (said of a ditto mark
# or an empty date cell, which the accounting checks against the day the row's line is on)
ONE_CELL = frozenset({DITTOS, visit_sheets.DAY_ABOVE})


def lost_cells(result: Any, cells: list[Cell], kept: Any, accepted: dict[str, str]) -> list[str]:
    """Each cell neither ``kept(cell)`` nor named by the import, said precisely (sheet, row, column, value).
    ``accepted``: the columns (by header) judged right to drop, with why."""
    return [str(cell) for cell in cells if cell.value not in NO_VALUE and cell.column not in accepted
            and not kept(cell) and not named(result, cell)]


def _in(text: Any, *fields: Any) -> bool:
    return norm(text) in norm("\n".join(str(f or "") for f in fields))


# --- a buku tamu kept in Excel, a sheet a month ------------------------------------------------------------------------

BOOK = ["No", "Hari/Tanggal", "Nama", "L/P", "Umur", "Alamat/Asal", "Pekerjaan", "Keperluan", "Paraf",
        "Keterangan"]
MARCH = [
    [1, "Senin, 3 Maret 2025", "Siti Aminah", "P", "34 th", "Kp. Babakan, Desa Uji", "Ibu Rumah Tangga", "Membaca",
     "ttd", ""],
    [2, '"', "Budi Santoso", "L", "12 th", "Desa Sukamaju", "Pelajar", "Mengerjakan tugas", "ttd", "kelas 6"],
    [3, "idem", "SDN 1 Sukamaju (25 siswa)", "", "", "Desa Sukamaju", "", "Kunjungan sekolah", "",
     "didampingi 2 guru"],
    [4, "Selasa, 4 Maret 2025", "Pak Dadang", "L", "dewasa", "Kp. Sindang", "Petani", "Baca koran", "ttd", ""],
    [5, datetime(2025, 3, 5), "Euis Komariah", "P", 17, "Uji", "Pelajar", "main game di komputer", "ttd",
     "HP dititip di meja"],
]
APRIL = [
    [1, "Rabu, 2 April 2025", "Asep", "L", "9", "Uji", "Pelajar SD", "Pinjam buku", "ttd", ""],
    [2, "〃", "Nining", "P", "usia 40", "Kec. Cibeber", "Guru", "Cari referensi", "ttd", ""],
    [3, "Kamis, 3 April 2025", "Ujang", "L", 23, "", "Ojek", "numpang ngecas HP", "", "datang 2x"],
]
# columns judged right to drop, each with why
BOOK_ACCEPTED = {
    "No": "the sheet's running row number: it says nothing about the visit",
    "Paraf": "the visitor's signature (\"ttd\" copied from paper): no value, and not a person's data to keep",
}


def _visits_of(name: Any, day: date | None) -> list[Visit]:
    """The lines of the book a row made: its name (a guest's, a group's, a member's) on its day."""
    return [v for v in Visit.select() if day is not None and to_local(v.at).date() == day
            and norm(name) in (norm(v.name), norm(v.group_name), norm(v.member.name if v.member else ""))]


def _book_kept(rows_by_sheet: dict[str, list[list[Any]]]) -> Any:
    days: dict[tuple[str, int], date | None] = {}
    for sheet, rows in rows_by_sheet.items():
        last = None
        for n, row in enumerate(rows, 2):
            written = row[BOOK.index("Hari/Tanggal")]
            last = last if is_ditto(written) or written in NO_VALUE else day_of(written)
            days[(sheet, n)] = last
    names = {(sheet, n): row[BOOK.index("Nama")] for sheet, rows in rows_by_sheet.items()
             for n, row in enumerate(rows, 2)}

    def kept(cell: Cell) -> bool:
        day = days[(cell.sheet, cell.row)]
        visits = _visits_of(names[(cell.sheet, cell.row)], day)
        if not visits:
            return False
        if cell.column == "Hari/Tanggal":  # (a ditto mark is the day above: the line is on that day)
            return True
        if cell.column == "L/P":
            return {"l": "M", "p": "F"}.get(norm(cell.value)) in {v.gender for v in visits}
        if cell.column == "Umur":
            years = re.fullmatch(r"(\d+)\s*(th)?", norm(cell.value))
            return bool(years) and band_of_age(int(years[1])) in {v.age_band for v in visits}
        if cell.column == "Keperluan":  # kept as the purpose the book counts by (the reports' categories)
            return visit_values.purpose(cell.value) != "other" and visit_values.purpose(cell.value) in {
                v.purpose for v in visits}
        return any(_in(cell.value, v.name, v.group_name, v.occupation) for v in visits)
    return kept


def _workbook(path, sheets: dict[str, tuple[list[str], list[list[Any]]]], title: str = "") -> Any:
    book = Workbook()
    book.remove(book.active)
    for name, (headers, rows) in sheets.items():
        sheet = book.create_sheet(name)
        if title:
            sheet.append([title])
        sheet.append(headers)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_no_cell_of_a_hand_kept_visitor_book_is_lost(lib, librarian, tmp_path):
    path = _workbook(tmp_path / "buku tamu 2025.xlsx", {"Maret": (BOOK, MARCH), "April": (BOOK, APRIL)})
    result = visit_sheets.import_visit_book(lib, librarian, path)
    cells = table_cells("Maret", 1, BOOK, MARCH) + table_cells("April", 1, BOOK, APRIL)
    lost = lost_cells(result, cells, _book_kept({"Maret": MARCH, "April": APRIL}), BOOK_ACCEPTED)
    assert not lost, "lost:\n" + "\n".join(lost)
    # a class that signed once, its count in the name cell, is one line of 25 people, not one visitor
    group = Visit.get(Visit.group_name == "SDN 1 Sukamaju (25 siswa)")
    assert (group.headcount, group.name) == (25, "")
    # what the book keeps no place for is named, once for the whole book (a sheet a month said it twelve times): its
    # remarks, and the addresses read as origins only
    said = [(n.sheet, n.template, n.params.get("columns")) for n in result.notices
            if n.template in (visit_values.NOT_KEPT, visit_values.ORIGIN_ONLY)]
    assert said == [("", visit_values.NOT_KEPT, "Keterangan"), ("", visit_values.ORIGIN_ONLY, "Alamat/Asal")]
    assert any(n.params.get("values") == "numpang ngecas HP" for n in result.notices if n.sheet == "April")


# --- loans: a notebook kept in Excel, INLISLite 3's loan report ---------------------------------------------------------

# the clock of the tests: Monday 2 March 2026; a library moving in brings the notebook it kept since January
def _library(lib, librarian) -> None:
    """The members and copies the loans name (their catalogue and members came in first)."""
    for number, name, gender in (("00012", "Rina Wati", "F"), ("00013", "Bayu Pratama", "M")):
        person = new_member(lib, librarian, number=number, gender=gender)
        store.update(lib, person, name=name)
    for n, title in enumerate(("Si Kancil", "Atlas Indonesia", "Bertani Cabai"), 1):
        record = store.insert(lib, Record, title=title)
        store.insert(lib, Item, record=record, barcode=f"B-000{n}", accession_no=f"000{n}/P/2025",
                     collection_type=ctype("Sirkulasi"))


def _loans_of_row(member: Any, number: Any, lent: Any) -> list[Loan]:
    """The loans a row made: its member's (by card number or name) lent on its day."""
    day = day_of(lent)
    return [loan for loan in Loan.select() if day is not None and to_local(loan.loaned_at).date() == day
            and (norm(loan.member.name) == norm(member)
                 or (digits(number) and digits(loan.member.number).lstrip("0") == digits(number).lstrip("0")))]


_BACK_WORDS = frozenset({"sudah", "kembali", "return", "sdh", "dikembalikan"})
_OUT_WORDS = frozenset({"belum", "blm", "loan", "dipinjam", "masih"})


def _loan_kept(cell: Cell, row: dict[str, Any], columns: dict[str, str]) -> bool:
    """Whether ``cell`` is kept in the loans of its row. ``columns``: our name of each header read as a date, the
    member, the copy."""
    loans = _loans_of_row(row.get(columns["name"], ""), row.get(columns.get("number", ""), ""),
                          row[columns["lent"]])
    kind = columns.get(cell.column, "text")
    for loan in loans:
        item, member = loan.item, loan.member
        if kind == "lent":
            return True
        if kind == "due" and day_of(cell.value) == loan.due_on:
            return True
        if kind == "back" and loan.returned_at and day_of(cell.value) == to_local(loan.returned_at).date():
            return True
        if kind == "status":  # a returned or still-out word is the loan's state (another remark is not)
            words = set(re.findall(r"\w+", norm(cell.value)))
            out, back = bool(words & _OUT_WORDS), bool(words & _BACK_WORDS)
            if (back and not out and loan.returned_at is not None) or (out and loan.returned_at is None):
                return True
        if kind == "gender" and {"laki-laki": "M", "perempuan": "F"}.get(norm(cell.value)) == member.gender:
            return True
        if kind in ("number", "name") and (digits(cell.value).lstrip("0") == member.number.lstrip("0")
                                           or norm(cell.value) == norm(member.name)):
            return True
        if kind == "fine" and any(f.amount == int(cell.value) for f in FineEntry.select().where(
                FineEntry.member == member.id)):
            return True
        if _in(cell.value, item.barcode, item.accession_no, item.record.title, *(
                f.note for f in FineEntry.select().where(FineEntry.loan == loan.id))):
            return True
    return False


NOTEBOOK = ["No", "Tgl Pinjam", "Nama", "No. Anggota", "Judul Buku", "No. Induk", "Harus Kembali",
            "Tgl Dikembalikan", "Denda", "Ket"]
NOTEBOOK_COLUMNS = {"name": "Nama", "number": "No. Anggota", "lent": "Tgl Pinjam", "Tgl Pinjam": "lent",
                    "Harus Kembali": "due", "Tgl Dikembalikan": "back", "Ket": "status", "Nama": "name",
                    "No. Anggota": "number", "Denda": "fine"}
NOTEBOOK_ROWS = [
    [1, datetime(2026, 1, 6), "Rina Wati", "00012", "Si Kancil", "0001/P/2025", datetime(2026, 1, 13),
     datetime(2026, 1, 15), 1000, "sudah kembali, halaman 12 robek"],  # (a remark beside the status)
    [2, "20-01-2026", "BAYU PRATAMA", 13, "Atlas Indonesia", "0002/P/2025", "27-01-2026", "27-01-2026", "", ""],
    [3, "3 Februari 2026", "Rina Wati", "", "Bertani Cabai", "", "10 Februari 2026", "", "", "sampul sobek"],
    [4, "16/2/26", "Bayu Pratama", "00013", "Si Kancil", "0001/P/2025", "23/2/26", "", "", "belum kembali"],
    [5, "17/2/26", "Dodi", "", "Atlas Indonesia", "", "24/2/26", "", "", ""],  # nobody here: left out, named
]
NOTEBOOK_ACCEPTED = {"No": "the notebook's running row number: it says nothing about the loan"}


def test_no_cell_of_a_loan_notebook_is_lost(lib, librarian, tmp_path):
    _library(lib, librarian)
    path = _workbook(tmp_path / "buku peminjaman.xlsx", {"Jan-Feb 2026": (NOTEBOOK, NOTEBOOK_ROWS)})
    result = loan_lists.import_loans(lib, librarian, path)
    rows = {n: dict(zip(NOTEBOOK, row, strict=True)) for n, row in enumerate(NOTEBOOK_ROWS, 2)}
    lost = lost_cells(result, table_cells("", 1, NOTEBOOK, NOTEBOOK_ROWS),
                      lambda cell: _loan_kept(cell, rows[cell.row], NOTEBOOK_COLUMNS), NOTEBOOK_ACCEPTED)
    assert not lost, "lost:\n" + "\n".join(lost)
    # the fines column (a loan here has no place for the old system's fines) and a remark in "Ket" that says
    # neither back nor out were dropped unsaid; they are named, the running number is not
    said = {n.template: n.params for n in result.notices}
    assert said[loan_lists.NOT_KEPT]["columns"] == "Denda"
    assert (said[loan_lists.REMARKS_NOT_KEPT]["rows"], said[loan_lists.REMARKS_NOT_KEPT]["values"]) == (
        "2, 4", "halaman 12 robek; sampul sobek")


# INLISLite 3's Laporan Peminjaman Buku (every column ticked): "-" an empty cell, 01-01-1970 07:00 no return yet
INLIS = ["Nama Anggota", "Nomor Anggota", "Nomor Barcode", "Judul Buku", "Tanggal Peminjaman", "Tanggal Jatuh Tempo",
         "Tanggal Pengembalian", "Petugas Peminjaman", "Petugas Pengembalian", "Jenis Kelamin", "Status Peminjaman"]
INLIS_COLUMNS = {"name": "Nama Anggota", "number": "Nomor Anggota", "lent": "Tanggal Peminjaman",
                 "Tanggal Peminjaman": "lent", "Tanggal Jatuh Tempo": "due", "Tanggal Pengembalian": "back",
                 "Status Peminjaman": "status", "Nama Anggota": "name", "Nomor Anggota": "number",
                 "Jenis Kelamin": "gender"}
INLIS_ROWS = [
    ["Rina Wati", "00012", "B-0002", "Atlas Indonesia", "05-01-2026 10:12", "12-01-2026 10:12", "10-01-2026 14:00",
     "admin", "petugas2", "Perempuan", "Return"],
    ["Bayu Pratama", "00013", "B-0003", "Bertani Cabai", "24-02-2026 09:00", "03-03-2026 09:00", "01-01-1970 07:00",
     "admin", "-", "Laki-laki", "Loan"],
]
INLIS_ACCEPTED = {
    # INLISLite's staff accounts that lent and took back the book: about INLISLite's users, not the loan (the loan
    # here says it was lent in INLISLite)
    "Petugas Peminjaman": "INLISLite's staff account",
    "Petugas Pengembalian": "INLISLite's staff account",
}


def test_no_cell_of_inlislites_loan_report_is_lost(lib, librarian, tmp_path):
    _library(lib, librarian)
    book = Workbook()
    book.active.title = "Worksheet"
    for row in [INLIS, *INLIS_ROWS]:
        book.active.append(row)
    book.save(tmp_path / "Laporan_Peminjaman.xlsx")
    result = loan_lists.import_loans(lib, librarian, tmp_path / "Laporan_Peminjaman.xlsx")
    rows = {n: dict(zip(INLIS, row, strict=True)) for n, row in enumerate(INLIS_ROWS, 2)}
    cells = [c for c in table_cells("", 1, INLIS, INLIS_ROWS)
             # INLISLite's "no value": an empty cell, and PHP's date of "-" for a loan not yet returned
             if c.value not in ("-", "01-01-1970 07:00")]
    lost = lost_cells(result, cells, lambda cell: _loan_kept(cell, rows[cell.row], INLIS_COLUMNS), INLIS_ACCEPTED)
    assert not lost, "lost:\n" + "\n".join(lost)
    # its staff and the member's gender are not loan data to name; its status words are no remarks
    assert (result.returned, result.loans_out, [n.template for n in result.notices]) == (1, 1, [])


# --- a SLiMS backup's loans, fines and visitor book ---------------------------------------------------------------------

SLIMS_ACCEPTED = {
    # SLiMS's own row numbers: each row's uid here is made from it (importing the backup again adds nothing twice)
    "loan_id": "SLiMS's row id", "fines_id": "SLiMS's row id", "visitor_id": "SLiMS's row id",
    # SLiMS's loan rule (its id in a table of SLiMS's): the loan rules here apply to the desk's returns
    "loan_rules_id": "SLiMS's loan rule id",
    # when SLiMS's desk wrote and last changed the row, and the id of SLiMS's staff account that did: bookkeeping of
    # SLiMS's, not the loan's (the loan here says it was lent in SLiMS)
    "input_date": "SLiMS's bookkeeping", "last_update": "SLiMS's bookkeeping", "uid": "SLiMS's staff account id",
}


def _dump_cells(dump, tables: dict[str, list[tuple]]) -> list[Cell]:
    """The cells of the backup's rows, each named by the line of its INSERT (as the import names a row)."""
    lines = dump.read_text(encoding="utf-8").splitlines()
    cells = []
    for table, rows in tables.items():
        numbers = [n for n, line in enumerate(lines, 1) if line.startswith(f"INSERT INTO `{table}` VALUES")]
        columns = slims_backup.KNOWN_COLUMNS[table]
        cells += [Cell(table, number, column, value) for number, row in zip(numbers, rows, strict=True)
                  for column, value in zip(columns, row, strict=True)]
    return cells


def _slims_kept(cells: list[Cell]) -> Any:
    rows = {(c.sheet, c.row): {d.column: d.value for d in cells if (d.sheet, d.row) == (c.sheet, c.row)}
            for c in cells}

    def kept(cell: Cell) -> bool:
        row = rows[(cell.sheet, cell.row)]
        member = Member.get_or_none(Member.number == str(row.get("member_id")))
        if cell.sheet == "loan":
            loans = [loan for loan in Loan.select().join(Item).where(Item.barcode == row["item_code"])
                     if member is not None and loan.member_id == member.id
                     and to_local(loan.loaned_at).date() == day_of(row["loan_date"])]
            for loan in loans:
                if cell.column in ("item_code", "member_id", "loan_date", "is_lent"):
                    return True
                if cell.column == "due_date" and loan.due_on == day_of(cell.value):
                    return True
                if cell.column == "return_date" and loan.returned_at and to_local(
                        loan.returned_at).date() == day_of(cell.value):
                    return True
                if cell.column == "is_return" and (loan.returned_at is not None) == (cell.value == 1):
                    return True
                if cell.column == "renewed" and loan.renewals == cell.value:
                    return True
            return False
        if cell.sheet == "fines":
            entries = [f for f in FineEntry.select() if member is not None and f.member_id == member.id
                       and to_local(f.at).date() == day_of(row["fines_date"])]
            wanted = {"debet": "charge", "credit": "payment"}
            return any(cell.column in ("member_id", "fines_date")
                       or (cell.column in wanted and (f.kind, f.amount) == (wanted[cell.column], int(cell.value)))
                       or (cell.column == "description" and norm(cell.value) == norm(f.note)) for f in entries)
        day = day_of(row["checkin_date"])  # the visitor book: a member's line, or a guest's by name
        visits = [v for v in Visit.select() if to_local(v.at).date() == day and (
            (member is not None and v.member_id == member.id) or norm(v.name) == norm(row["member_name"]))]
        return bool(visits) and cell.column in ("member_id", "member_name", "checkin_date")
    return kept


def test_no_cell_of_a_slims_backups_history_is_lost(moved_in):  # noqa: F811
    lib, by, dump = moved_in
    result = slims_history.import_history(lib, by, dump)
    loans = [(*row, "2026-01-01 10:00:00", "2026-01-01 10:00:00", 1) for row in LOANS]
    cells = _dump_cells(dump, {"loan": loans, "fines": FINES, "visitor_count": VISITS})
    # a fine's zero debet or credit (the other one the line's amount) says nothing
    cells = [c for c in cells if not (c.column in ("debet", "credit") and c.value == 0)]
    # a loan SLiMS's desk started and never finished (is_lent 0: the book never left) is no loan: right to drop, and
    # said with how many
    never_lent = {(c.sheet, c.row) for c in cells if (c.sheet, c.column, c.value) == ("loan", "is_lent", 0)}
    cells = [c for c in cells if (c.sheet, c.row) not in never_lent]
    lost = lost_cells(result, cells, _slims_kept(cells), SLIMS_ACCEPTED)
    assert not lost, "lost:\n" + "\n".join(lost)
    assert [n.params for n in result.notices if n.template == slims_history.UNFINISHED_LOANS] == [
        {"count": len(never_lent)}] and never_lent
    # a fine line whose amount is no number was dropped unsaid, and the visitors' institutions too: both said
    assert [bad.params for bad in result.bad if bad.template == slims_history.FINE_UNREADABLE] == [
        {"debet": "inf", "credit": "-", "description": "angka rusak"}]
    assert [n.params for n in result.notices if n.template == slims_history.INSTITUTIONS_NOT_KEPT] == [
        {"count": 2, "columns": "institution"}]
