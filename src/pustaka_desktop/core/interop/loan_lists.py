"""The loans of the old system, from a spreadsheet: INLISLite 3's loan report and the loan notebook kept in Excel
(*buku peminjaman*). The books still out on the day a library moves in, so the desk knows who has which book
and when it is due, instead of showing every lent copy on the shelf; and the loans returned before the move, so
a library that moves in mid-year reports the whole year's loans (monthly report, IPLM sheet, impact sheet).
(A SLiMS backup brings its loans itself: ``slims_history``; the returned loans come in the same way, as loans
with their return date.)

What INLISLite 3 writes (read from its source, INLISLite-Perpusnas/INLISLIteV33,
``app/Modules/Laporan/LaporanSirkulasi/Controllers/LaporanSirkulasi.php``, ``export``): *Laporan Peminjaman
Buku* as xlsx, sheet ``Worksheet``, header in row 1, the columns the librarian ticked of ``Nama Anggota``,
``Nomor Anggota``, ``Nomor Barcode``, ``Judul Buku``, ``Tanggal Peminjaman``, ``Tanggal Jatuh Tempo``,
``Tanggal Pengembalian``, ``Petugas Peminjaman``, ``Petugas Pengembalian``, ``Jenis Kelamin``, ``Status
Peminjaman`` (``Loan`` / ``Return``). Ticked by default: name, barcode, title, loan date, return date, returner,
gender: no card number and no due date. Dates are text ``dd-mm-yyyy HH:MM``; an empty cell is ``-``, and a loan
not yet returned has ``01-01-1970 07:00`` as its return date (PHP's ``date()`` of ``strtotime('-')``).

SLiMS 9's *Reporting → Loan History → Export to spreadsheet* (``loan_history.xlsx``, ``reporting/customs/
loan_history.php``): ``ID Anggota``, ``Nama Anggota``, ``Kode Eksemplar``, ``Judul``, ``Tanggal Pinjam``, ``Tanggal
Kembali`` (its due date: SLiMS's "Due Date" in Indonesian), ``Status peminjaman`` as the database keeps it (``1``
back, ``0`` still out), no return date; in English its own words (``Member ID``... ``Loan Status``).

A notebook kept by hand: ``No``, ``Nama Peminjam``/``Nama Anggota``, ``No. Anggota``, ``Kelas``, ``Judul
Buku``, ``No. Induk``/``Kode Buku``, ``Tgl Pinjam``, ``Tgl Kembali``/``Batas Kembali``, ``Tgl Dikembalikan``,
``Ket.`` ("sudah kembali"), ``Paraf``; dates as Excel dates or written (``5/3/25``, ``5 Maret 2025``).
"Tgl Kembali" is the day the book is due, unless the sheet also has a due column ("Batas Kembali", "Jatuh
Tempo"): then it is the day it came back.

A loan still out (no return date, or a status that says so) comes in as an open loan with its own loan and
due dates (no due date: the library's loan period from the loan date, as the desk would have set it); its copy
is then on loan. A returned loan comes in as history: lent and returned on its own days (a returned loan
without a return date, "sudah kembali" only, is taken back on its due date, and the report counts them), so
it counts in the reports of its month. Its copy may be on loan, lost or withdrawn now: it was lent then.
A return date before the loan date or after today, a loan before the copy came to the library (its date
received), or a copy out to somebody else at the time is not guessed: the row is left out and listed.
A returned loan the library holds already (the same copy and member, lent the same day or out at the same
time: from a SLiMS history or the desk) is not added again, so no loan is counted twice. A loan still out here
(the SLiMS backup was taken before the book came back) that the file shows returned, lent to the same member the
same day, is returned on the file's day, its copy back on the shelf; a loan still out in both is the same loan.
A row whose member or copy is not here is left out (a loan here always has a member and a copy, and none is made up for a statistic):
the report names the rows and how many returned loans the months are missing; register the member or import
the catalogue, then import the file again: only those rows come in. A loan overdue on
the day of the move is overdue here: the desk and the reminders show it, and returning it charges a fine by
this library's rules from its due date, as it would have at the old desk (waived on the member's page if the
library forgives the days before the move).

Matching, never a guess between two:
- the member by card number (as written, in other letters' case, or with the zeros in front a spreadsheet
  dropped), else by name when exactly one member has it;
- the copy by barcode, else by accession number (each also without lost zeros), else by title when the title
  is one record with exactly one copy that can be out.
A row whose member or copy is not found (or is one of several), whose loan date cannot be read or is after
today, or whose copy is already on loan here, is left out and listed with its row number and the reason;
everything else comes in, in one transaction. A column a loan has no place for ("Denda") and a remark in
the status column that says neither returned nor out ("sampul sobek") are named in a notice. Each loan's uid
is made from the copy, the member and the loan day, so importing the same file again adds nothing. A dry run
counts the same and writes nothing.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .. import auth
from ..cells import by_digits_without_zeros
from ..circulation.loan_rules import snapshot
from ..circulation.loans import due_date
from ..errors import ValidationError
from ..formatting import Day
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Progress, checkpoint
from ..service import Library
from ..store import health, unfinished
from ..store import write as store
from ..store.models import Item, Loan, Member, Record, Staff
from . import inlislite_backup, inlislite_backup_loans, loan_columns, undoable_import, undone_rows
from .dates import MONTH_FIRST, day_first, month_first, parse_date
from .not_records import refuse_documents
from .sheets import (
    ROW_NUMBER_HEADERS,
    SIGNATURE_HEADERS,
    filled_rows,
    row_list,
    sheet_rows,
    table_rows,
    unread_columns,
)
from .slims_history_here import LoanSpans, Span, close_loans, loans_here, midday
from .types import BadRow, Cancel, RowError, Translate, clean, fold, header_keys, read_to_the_end, split_isbd

# returned / still out, as a status cell says it (INLISLite's LoanStatus, a notebook's "Ket.")
_RETURNED_WORDS = ("return", "kembali", "dikembalikan", "sudah", "sdh", "selesai", "lunas")
_OUT_WORDS = frozenset({"loan", "dipinjam", "belum", "blm", "pinjam", "masih"})
# who lent a loan of this file, as the desk's loan list shows it: the old system's fines are not in these files
LENT_IN_INLISLITE, LENT_IN_NOTEBOOK = "INLISLite", "Buku peminjaman"
LOANABLE = ("available", "not_for_loan")  # a copy that may be out (a reference book lent all the same)


def _day(value: Any, column: str) -> date | None:
    """A date cell: INLISLite's ``-`` and ``01-01-1970`` (its "no date") are none; unreadable raises RowError."""
    if clean(value) in ("-", "--"):
        return None
    day = parse_date(value, column)
    return None if day is None or day.year < 1971 else day


def _still_out(values: dict[str, Any]) -> bool:
    """Whether a row's loan is still out: its status says so, else it has no return date."""
    status = fold(clean(values.get("status")))
    if status in ("0", "1"):  # SLiMS's loan history report writes its is_return: 1 back, 0 still out
        return status == "0"
    if _OUT_WORDS & set(status.split()):  # ("belum kembali" before "kembali")
        return True
    if any(word in status for word in _RETURNED_WORDS):
        return False
    try:
        return _day(values.get("returned"), "returned") is None
    except RowError:
        return False  # something written where the return date goes: it came back


def _remark(values: dict[str, Any]) -> str:
    """What a row's status cell ("Ket.") says beyond whether the book came back: "sampul sobek", alone or beside
    its status ("sudah kembali, sampul sobek"), which a loan here has no place for ('' when nothing)."""
    text = clean(values.get("status"))
    if fold(text) in ("0", "1", "-"):
        return ""
    pieces = [piece.strip() for piece in re.split(r"[,;]|\s-\s", text) if piece.strip()]
    return ", ".join(piece for piece in pieces if not (_OUT_WORDS & set(fold(piece).split()) or any(
        word in fold(piece) for word in _RETURNED_WORDS)))


# the columns that hold nothing of the loan: the list's running number, a signature, the old system's staff account
# (INLISLite's Petugas), the member's gender (the member here has it)
_NO_DATA = ROW_NUMBER_HEADERS | SIGNATURE_HEADERS | frozenset({"petugas", "petugas peminjaman",
                                                                "petugas pengembalian", "jenis kelamin"})
NOT_KEPT = QT_TRANSLATE_NOOP(
    "Import", "Columns the loans here have no place for, not imported: {columns}. (A fine still owed is entered on "
              "the member's page.)")
REMARKS_NOT_KEPT = QT_TRANSLATE_NOOP(
    "Import", "Remarks the loans here have no place for, not imported (rows {rows}): {values}.")


@dataclass
class LoanListPlan:
    path: str
    rows: int = 0
    loans_out: int = 0  # open loans to add
    overdue: int = 0  # of them, past their due date today
    returned: int = 0  # loans that came back: history to add
    returned_undated: int = 0  # of them, without a return date (taken back on their due date)
    returned_missing: int = 0  # returned loans left out: their member or copy is not here
    same_loan: int = 0  # returned loans already here from another import or the desk
    loans_closed: int = 0  # loans still out here that the file shows returned
    unchanged: int = 0  # already imported
    bad: list[BadRow] = field(default_factory=list)
    notices: list[BadRow] = field(default_factory=list)
    applied: bool = False
    new_loans: list[dict[str, Any]] = field(default_factory=list, repr=False)
    closings: list[tuple[int, Any]] = field(default_factory=list, repr=False)  # loan id, returned at

    @property
    def left_out(self) -> int:
        return len(self.bad)

    @property
    def changes(self) -> int:
        return self.loans_out + self.returned + self.loans_closed

    def summary(self) -> dict[str, Any]:
        """Its figures, for --json and the audit log: counts and codes only. The notices are sentences, which
        the caller adds in the user's language (``notice.line(translate)``): here they came out in English."""
        return {"format": "loan-list", "file": self.path, "rows": self.rows, "loans_out": self.loans_out,
                "overdue": self.overdue, "loans_returned": self.returned, "returned_undated": self.returned_undated,
                "returned_left_out": self.returned_missing, "same_loan_here": self.same_loan,
                "loans_closed": self.loans_closed,
                "unchanged": self.unchanged,
                "bad_rows": len(self.bad), "applied": self.applied}

    def notes(self, translate: Translate) -> list[str]:
        lines = []
        for count, template in ((self.returned_undated, RETURNED_UNDATED), (self.same_loan, SAME_LOAN),
                                (self.loans_closed, LOANS_CLOSED),
                                (self.returned_missing, RETURNED_MISSING)):
            if count:
                lines.append(translate("Import", template).format(count=count))
        if self.overdue:
            lines.append(translate("Import", OVERDUE_ROWS).format(count=self.overdue))
        return lines + [notice.line(translate) for notice in self.notices]


RETURNED_UNDATED = QT_TRANSLATE_NOOP(
    "Import", "{count} returned loan(s) have no return date: taken as returned on their due date (they count in "
              "the month they were lent).")
SAME_LOAN = QT_TRANSLATE_NOOP(
    "Import", "{count} returned loan(s) are here already (the same copy and member at the same time, from a SLiMS "
              "history or the desk): not added again, so they are not counted twice.")
LOANS_CLOSED = QT_TRANSLATE_NOOP(
    "Import", "{count} loan(s) still out here (from a SLiMS backup or the desk) came back by the file: returned on "
              "the day it says, so the desk shows the copies on the shelf.")
RETURNED_MISSING = QT_TRANSLATE_NOOP(
    "Import", "{count} returned loan(s) are left out because their member or copy is not here, so the reports of "
              "their months do not count them (the rows are listed below): register the member or import the "
              "catalogue, then import this file again; only those rows come in.")
OVERDUE_ROWS = QT_TRANSLATE_NOOP(
    "Import", "{count} loan(s) are already past their due date: the desk shows them overdue, and a return charges "
              "the fine by this library's rules from the due date (waive it on the member's page if the library "
              "forgives the days before the move).")
NO_RETURN_COLUMN = QT_TRANSLATE_NOOP(
    "Import", "The file has no column that says a loan came back (\"Tgl Dikembalikan\", \"Ket.\"): every row is "
              "taken as a book still out. Check the count before importing.")
NOT_A_LOAN_LIST = QT_TRANSLATE_NOOP(
    "Errors", "{path} is not a list of loans: it needs a loan date column (\"Tgl Pinjam\", \"Tanggal Peminjaman\"), "
              "the member (\"No. Anggota\" or \"Nama Peminjam\") and the book (\"Kode Buku\", \"No. Induk\" or "
              "\"Judul Buku\"). Its columns: {columns}. Nothing was imported.")

LOAN_LIST_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Errors", "This is a list of loans (its columns: {columns}), not a catalogue or a member list: import it with "
              "Import & Export → Import loans (INLISLite, Excel)…, or with pustaka-cli loans-import. Nothing was "
              "imported.")


class _Here:
    """The copies and members of this library the rows are matched against, and the loans already here."""

    def __init__(self, lib: Library) -> None:
        self.site = lib.site_id
        self.items: dict[int, tuple[str, str, int, str, int | None]] = {}  # id -> barcode, status, record, uid, ctype
        self.by_code: dict[str, set[int]] = {}  # barcode / accession number, folded -> item ids
        self.received: dict[int, date] = {}  # id -> the day the copy came (none: it came with a move-in)
        for item_id, barcode, accession, status, record, uid, ctype, received in Item.select(
                Item.id, Item.barcode, Item.accession_no, Item.status, Item.record, Item.uid,
                Item.collection_type, Item.received_on).where(Item.deleted == False).tuples():  # noqa: E712
            self.items[item_id] = (barcode, status, record, uid, ctype)
            if received is not None:
                self.received[item_id] = received
            for code in {barcode, accession} - {""}:
                self.by_code.setdefault(code.casefold(), set()).add(item_id)
        self.padded = by_digits_without_zeros(list(self.by_code))
        self.copies_of: dict[int, list[int]] = {}
        for item_id, (_, _, record, _, _) in self.items.items():
            self.copies_of.setdefault(record, []).append(item_id)
        self.titles: dict[str, list[int]] = {}
        for record_id, title in Record.select(Record.id, Record.title).where(Record.deleted == False).tuples():  # noqa: E712
            self.titles.setdefault(fold(title), []).append(record_id)
        self.members: dict[str, list[Member]] = {}  # number (folded) -> member
        self.names: dict[str, list[Member]] = {}
        for member in Member.select().where(Member.deleted == False):  # noqa: E712
            self.members.setdefault(member.number.casefold(), []).append(member)
            self.names.setdefault(fold(member.name), []).append(member)
        self.member_padded = by_digits_without_zeros(list(self.members))
        # (a loan an import's undo removed is not here: the right file brings it again, ``undone_rows``)
        self.undone = undone_rows.undone_uids(lib, "loan")
        self.uids = {uid for (uid,) in Loan.select(Loan.uid).tuples()} - self.undone
        self.out, self.last_lent = loans_here()  # item id -> row of its open loan (0: lent here); last day lent
        self.spans = LoanSpans()  # every loan of each copy, here and in the rows read so far

    def uid(self, *parts: Any) -> str:
        return undone_rows.again(str(uuid.uuid5(uuid.NAMESPACE_URL, ":".join(
            str(p) for p in ("pustaka", self.site, "loan-list", *parts)))), self.undone)

    def by_number(self, table: dict[str, list[Any]], padded: dict[str, list[str]], written: str) -> list[Any]:
        """What a number names: as written (any case), else with the zeros in front a spreadsheet dropped."""
        found = table.get(written.casefold(), [])
        if not found and written.isdigit():
            found = [x for code in padded.get(written.lstrip("0") or "0", []) for x in table[code]]
        return found


def _member(here: _Here, values: dict[str, Any]) -> Member | str:
    """The member a row names, or the reason there is none (a message template)."""
    number, name = clean(values.get("member_no")), clean(values.get("member_name"))
    if number:
        found = here.by_number(here.members, here.member_padded, number)
        if len(found) == 1:
            return found[0]
    named = here.names.get(fold(name), []) if name else []
    if len(named) == 1:
        return named[0]
    if len(named) > 1:
        return QT_TRANSLATE_NOOP("Import", "{count} members are named {name}: write the card number in the row.")
    if number:
        return QT_TRANSLATE_NOOP("Import", "No member has card number {number}: register the member (or import the "
                                           "members) first.")
    if name:
        return QT_TRANSLATE_NOOP("Import", "No member is named {name}: register the member (or import the members) "
                                           "first, or write the card number in the row.")
    return QT_TRANSLATE_NOOP("Import", "The row names no member.")


def _records_titled(here: _Here, title: str) -> list[int]:
    return here.titles.get(fold(title), []) or here.titles.get(fold(split_isbd(title).get("title", "")), [])


def _imported_before(here: _Here, values: dict[str, Any], member: Member, lent: date) -> bool:
    """A loan still out that names its book by title alone, already imported: its copy is out on that loan now,
    so no copy is on the shelf to be it. The same loan (its uid), not a row to refuse when the file comes again."""
    copies = [i for record in _records_titled(here, clean(values.get("title"))) for i in here.copies_of.get(record, [])]
    return any(here.uid(here.items[i][3], member.uid, lent.isoformat()) in here.uids for i in copies)


def _copy(here: _Here, values: dict[str, Any], taken: dict[int, int], returned: bool) -> int | str:
    """The copy a row names (its id), or the reason there is none (a message template). By title: the one copy
    on the shelf for a loan still out; for a ``returned`` loan the title's only copy, wherever it is now."""
    codes = [clean(values.get(key)) for key in ("barcode", "accession") if clean(values.get(key))]
    for code in codes:
        found = set(here.by_number(here.by_code, here.padded, code))
        if len(found) == 1:
            return found.pop()
        if len(found) > 1:
            return QT_TRANSLATE_NOOP("Import", "{code} is the number of {count} copies: write the copy's barcode.")
    title = clean(values.get("title"))
    records = _records_titled(here, title)
    if title and len(records) == 1 and returned:
        copies = here.copies_of.get(records[0], [])
        if len(copies) == 1:
            return copies[0]
        return QT_TRANSLATE_NOOP("Import", "The title {title} has {count} copies: write the copy's barcode or "
                                           "accession number, so the loan is counted on the right one.")
    if title and len(records) == 1:
        free = [i for i in here.copies_of.get(records[0], []) if here.items[i][1] in LOANABLE
                and i not in here.out and i not in taken]
        if len(free) == 1:
            return free[0]
        if free:
            return QT_TRANSLATE_NOOP("Import", "The title {title} has {count} copies on the shelf: write the copy's "
                                               "barcode or accession number, so the right one is marked as lent.")
        return QT_TRANSLATE_NOOP("Import", "The title {title} has no copy on the shelf here to be this loan.")
    if len(records) > 1:
        return QT_TRANSLATE_NOOP("Import", "{count} titles are called {title}: write the copy's barcode or "
                                           "accession number.")
    if codes:
        return QT_TRANSLATE_NOOP("Import", "No copy has the barcode or accession number {code}: import the catalogue "
                                           "first.")
    if title:
        return QT_TRANSLATE_NOOP("Import", "No title {title} is in the catalogue: import the catalogue first.")
    return QT_TRANSLATE_NOOP("Import", "The row names no book.")


def plan(lib: Library, path: str | Path, progress: Progress | None = None, cancel: Cancel | None = None
         ) -> LoanListPlan:
    """The dry run: the loans still out that importing ``path`` would add, and every row left out."""
    health.require_circulation_allowed(lib)  # (a clock set back would call every loan "after today")
    refuse_documents(path)  # (a PDF, a photo, a Google Drive shortcut: said as such, not as a list without columns)
    if inlislite_backup.is_inlislite_backup(path):  # INLISLite's own backup: its loans as its loan report gives them
        return _loans(lib, LoanListPlan(path=str(path)), inlislite_backup_loans.read_loans(path, cancel),
                      LENT_IN_INLISLITE)
    header_row, headers, rows = sheet_rows(path)
    keys = loan_columns.columns(headers)
    if not loan_columns.recognise(headers):
        raise ValidationError(NOT_A_LOAN_LIST, path=Path(path).name,
                              columns=", ".join(f"\"{h}\"" for h in headers if clean(h)) or "-")
    result = LoanListPlan(path=str(path))
    if not {"returned", "status"} & set(keys):
        result.notices.append(BadRow(0, NO_RETURN_COLUMN))
    staff = LENT_IN_INLISLITE if "nomor barcode" in {k for h in headers for k in header_keys(h)} else LENT_IN_NOTEBOOK
    size_hint = max(1, Path(path).stat().st_size // 80)
    listed: list[tuple[int, dict[str, Any]]] = []
    filled: set[int] = set()  # the columns with a value in some row
    for row in table_rows(filled_rows(rows, header_row + 1, size_hint, progress, cancel)):
        if isinstance(row, BadRow):  # a totals row or the signature block: said
            result.notices.append(row)
            continue
        number, cells = row
        filled.update(i for i, cell in enumerate(cells) if clean(cell))
        listed.append((number, {key: cells[i] for i, key in enumerate(keys) if key and i < len(cells)}))
    unkept = unread_columns(headers, keys, filled, set(keys) - {""}, _NO_DATA)
    if unkept:
        result.notices.append(BadRow(0, NOT_KEPT, {"columns": ", ".join(unkept)}))
    remarks = [(number, remark) for number, values in listed if (remark := _remark(values))]
    if remarks:
        result.notices.append(BadRow(0, REMARKS_NOT_KEPT, {"rows": row_list([n for n, _ in remarks]),
                                                           "values": "; ".join(dict.fromkeys(r for _, r in remarks))}))
    # a notebook Excel set to English (US) saved as CSV: 3/12/2025 is 12 March (told by a 3/25/2025 in the file)
    if month_first(values.get(key) for _, values in listed for key in _DAYS):
        for _, values in listed:
            values.update((key, day_first(values[key])) for key in _DAYS if key in values)
        result.notices.append(BadRow(0, MONTH_FIRST, {"columns": ", ".join(
            h for h, key in zip(headers, keys, strict=True) if key in _DAYS)}))
    return _loans(lib, result, listed, staff)


def _loans(lib: Library, result: LoanListPlan, listed: list[tuple[int, Any]], staff: str) -> LoanListPlan:
    """``result`` with the loans of the rows ``listed``; a row a reader left out (``LEFT_OUT``) said so."""
    here, today, snap = _Here(lib), health.circulation_today(lib), snapshot(lib)
    taken: dict[int, int] = {}  # item id -> row of this file lending it
    for number, values in listed:
        result.rows += 1
        if isinstance(values, BadRow) or inlislite_backup_loans.LEFT_OUT in values:
            result.bad.append(values if isinstance(values, BadRow) else BadRow(
                number, *values[inlislite_backup_loans.LEFT_OUT]))
            result.returned_missing += not isinstance(values, BadRow) and not _still_out(values)
            continue
        _one_loan(result, here, snap, today, taken, staff, number, values)
    return result


_DAYS = ("loaned", "due", "returned")


def _one_loan(result: LoanListPlan, here: _Here, snap: Any, today: date, taken: dict[int, int], staff: str,
              number: int, values: dict[str, Any]) -> None:
    def left_out(template: str, **params: Any) -> None:
        result.bad.append(BadRow(number, template, params))

    out = _still_out(values)
    try:
        lent = _day(values.get("loaned"), "Tgl Pinjam")
        due = _day(values.get("due"), "Tgl Kembali")
        back = None if out else _return_day(values.get("returned"))
    except RowError as error:
        result.bad.append(BadRow(number, error.template, error.params))
        return
    if lent is None:
        return left_out(QT_TRANSLATE_NOOP("Import", "The loan has no date it was lent."))
    if lent > today:
        return left_out(QT_TRANSLATE_NOOP("Import", "The loan is dated {date}, after today: left out (check the "
                                                    "date)."), date=Day.of(lent))
    if back is not None and not lent <= back <= today:
        return left_out(RETURNED_BEFORE_LENT if back < lent else RETURNED_AFTER_TODAY, date=Day.of(lent),
                        back=Day.of(back))
    member = _member(here, values)
    if isinstance(member, str):
        result.returned_missing += not out
        return left_out(member, number=clean(values.get("member_no")), name=clean(values.get("member_name")),
                        count=len(here.names.get(fold(clean(values.get("member_name"))), [])))
    item_id = _copy(here, values, taken, returned=not out)
    if isinstance(item_id, str) and out and _imported_before(here, values, member, lent):
        result.unchanged += 1
        return
    if isinstance(item_id, str):
        result.returned_missing += not out
        code = clean(values.get("barcode")) or clean(values.get("accession"))
        title = clean(values.get("title"))
        return left_out(item_id, code=code, title=title, count=_count_for(here, values, returned=not out))
    barcode, status, _, item_uid, ctype = here.items[item_id]
    uid = here.uid(item_uid, member.uid, lent.isoformat())
    if uid in here.uids:
        result.unchanged += 1
        return
    if here.received.get(item_id, date.min) > lent:
        return left_out(QT_TRANSLATE_NOOP("Import", "Copy {barcode} came to the library on {received}, after this "
                                                    "loan of {date}: check the dates (or the copy's date received)."),
                        barcode=barcode, received=Day.of(here.received[item_id]), date=Day.of(lent))
    if due is None:  # (INLISLite's report by default, a notebook without it: as the desk would have set it)
        due = due_date(snap.calendar, lent, snap.terms(member.member_type_id, ctype).loan_days, None)
    due = max(due, lent)
    same = here.spans.same_day(item_id, member.id, lent)
    if out and same is not None and same.back is None:
        result.unchanged += 1  # (still out here from a SLiMS history or the desk: the same loan)
        return
    if same is not None and same.back is None and not out:
        back = back or min(due, today)
        result.closings.append((same.loan, midday(back)))  # the notebook saw it come back: the desk must too
        here.spans.returned(item_id, same, back)
        result.loans_closed += 1
        return
    if out:
        refused = _cannot_be_out(here, taken, item_id, lent, status)
        if refused:
            return left_out(refused[0], barcode=barcode, **refused[1])
        taken[item_id] = number
    else:
        undated = back is None
        back = back or min(due, today)  # ("sudah kembali" without its day: as SLiMS's history without one)
        met = here.spans.meeting(item_id, member.id, lent, back)
        if met is not None and met.member == member.id and not met.row:
            result.same_loan += 1  # (the same loan from a SLiMS history or the desk: counted once)
            return
        if met is not None:
            return left_out(OUT_ON_LOAN_OF_ROW if met.row else OUT_ON_LOAN_HERE, barcode=barcode,
                            date=Day.of(met.lent), first=met.row)
        result.returned_undated += undated
    here.spans.add(item_id, Span(member.id, lent, back, number))
    here.uids.add(uid)
    result.new_loans.append({"uid": uid, "item": item_id, "member": member.id, "loaned_at": midday(lent),
                             "due_on": due, "renewals": 0, "staff": staff,
                             "returned_at": None if back is None else midday(back)})
    if out:
        result.loans_out += 1
        result.overdue += due < today
    else:
        result.returned += 1


def _cannot_be_out(here: _Here, taken: dict[int, int], item_id: int, lent: date, status: str
                   ) -> tuple[str, dict[str, Any]] | None:
    """Why a copy cannot be on this loan still out (a message template and its values), or None."""
    if item_id in taken:
        return QT_TRANSLATE_NOOP("Import", "Copy {barcode} is also out on the loan of row {first}: left out."), {
            "first": taken[item_id]}
    if item_id in here.out:
        return QT_TRANSLATE_NOOP("Import", "Copy {barcode} is already on loan here: left out."), {}
    if here.last_lent.get(item_id, date.min) >= lent:
        return QT_TRANSLATE_NOOP("Import", "Copy {barcode} was lent here again after this loan of {date}: it came "
                                           "back, and the loan is left out."), {"date": Day.of(lent)}
    if status not in LOANABLE:
        return QT_TRANSLATE_NOOP("Import", "Copy {barcode} is marked \"{status}\" here, not on the shelf: correct "
                                           "the copy first."), {"status": status}
    met = here.spans.meeting(item_id, 0, lent, None)  # (a returned loan out at the same time)
    if met is not None:
        return OUT_ON_LOAN_OF_ROW if met.row else OUT_ON_LOAN_HERE, {"first": met.row, "date": Day.of(met.lent)}
    return None


def _return_day(value: Any) -> date | None:
    """The day a returned loan came back; None when its cell holds no day (empty, INLISLite's "-", or a word
    written there: "sudah"). A day that cannot be read raises RowError."""
    if not isinstance(value, (date, int, float)) and not any(ch.isdigit() for ch in clean(value)):
        return None
    return _day(value, "Tgl Dikembalikan")


RETURNED_BEFORE_LENT = QT_TRANSLATE_NOOP(
    "Import", "The loan of {date} was returned on {back}, before it was lent: check the dates; left out.")
RETURNED_AFTER_TODAY = QT_TRANSLATE_NOOP(
    "Import", "The loan of {date} was returned on {back}, after today: check the date; left out.")
OUT_ON_LOAN_OF_ROW = QT_TRANSLATE_NOOP(
    "Import", "Copy {barcode} was out on the loan of row {first} (lent {date}) at the same time: check the dates; "
              "left out.")
OUT_ON_LOAN_HERE = QT_TRANSLATE_NOOP(
    "Import", "Copy {barcode} was out to another member at the same time (a loan here, lent {date}): check the "
              "dates; left out.")


def _count_for(here: _Here, values: dict[str, Any], returned: bool) -> int:
    """The ``{count}`` a copy's reason names: of copies with the number, of titles so called, or of the title's
    copies (free ones, for a loan still out)."""
    code = clean(values.get("barcode")) or clean(values.get("accession"))
    if code:
        found = here.by_number(here.by_code, here.padded, code)
        if len(found) > 1:
            return len(set(found))
    records = _records_titled(here, clean(values.get("title")))
    if len(records) == 1 and returned:
        return len(here.copies_of.get(records[0], []))
    if len(records) == 1:
        return sum(1 for i in here.copies_of.get(records[0], []) if here.items[i][1] in LOANABLE
                   and i not in here.out)
    return len(records)


def apply(lib: Library, result: LoanListPlan, progress: Progress | None = None, cancel: Cancel | None = None) -> None:
    """Write a plan, all or nothing: the loans, and each copy still out on loan."""
    with lib.transaction():
        checkpoint(progress, cancel, 0.8, QT_TRANSLATE_NOOP("Progress", "Saving"))
        store.insert_many(lib, Loan, result.new_loans)
        out = [fields["item"] for fields in result.new_loans if fields["returned_at"] is None]
        for item in Item.select().where(Item.id.in_(out)) if out else ():
            store.update(lib, item, status="on_loan")
        close_loans(lib, result.closings)
        result.applied = True


def import_loans(lib: Library, by: Staff, path: str | Path, *, dry_run: bool = False,
                 progress: Progress | None = None, cancel: Cancel | None = None) -> LoanListPlan:
    """Import the loans (still out and returned) of an INLISLite loan report or a loan notebook kept in Excel
    (librarian, "circulation.import"). With ``dry_run`` nothing is written."""
    auth.require(by, "circulation.import")
    # a power cut during it is told at the next start (``store.unfinished``)
    with unfinished.watched(lib, "circulation.import", path, enabled=not dry_run):
        with read_to_the_end(path):  # (the plan reads the whole file: a USB stick pulled out is said)
            result = plan(lib, path, progress, cancel)
        if not dry_run and result.changes:
            with undoable_import.recorded(lib, by, "circulation.import", "loan", path) as detail:
                apply(lib, result, progress, cancel)
                detail.update(format="loan-list", loans_out=result.loans_out, overdue=result.overdue,
                              left_out=len(result.bad), loans_returned=result.returned)
    return result
