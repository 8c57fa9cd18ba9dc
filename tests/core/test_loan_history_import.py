"""A library that moves in mid-year reports the whole year: the loans returned before the move, in INLISLite's
loan report or the loan notebook kept in Excel, come in as loan history (``loan_lists``), so the monthly report
and the IPLM sheet count the months before the move; impossible dates are listed, not guessed; nothing comes in
twice, not even a loan a SLiMS history brought too."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl

from pustaka_desktop.cli import main as cli_main
from pustaka_desktop.core.circulation import loans
from pustaka_desktop.core.interop import loan_columns, loan_lists, slims_history
from pustaka_desktop.core.reports import figures
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import to_local
from pustaka_desktop.core.store.models import Item, Loan, Member, Record
from tests.core import interop_fixtures
from tests.core.circ_helpers import ctype
from tests.core.circ_helpers import member as new_member
from tests.core.test_interop_slims_history import moved_in  # noqa: F401 (a fixture)

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture (of ``moved_in``)

# the clock of the tests: Monday 2 March 2026; the library moved in after keeping a notebook since January
NOTEBOOK_HEADERS = ["No", "Tgl Pinjam", "Nama Peminjam", "No. Anggota", "Judul Buku", "Kode Buku", "Tgl Kembali",
                    "Tgl Dikembalikan", "Ket."]


def _copy(lib, title: str, barcode: str, **extra) -> Item:
    record = Record.get_or_none(Record.title == title) or store.insert(lib, Record, title=title)
    return store.insert(lib, Item, record=record, barcode=barcode, collection_type=ctype("Sirkulasi"),
                        status=extra.pop("status", "available"), **extra)


def _sheet(path, rows) -> str:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Januari-Februari"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return str(path)


def _named(lib, librarian, number: str, name: str) -> Member:
    person = new_member(lib, librarian, number=number)
    return store.update(lib, person, name=name) or person


def _loans_of(item: Item) -> list[tuple[date, date | None]]:
    return [(to_local(loan.loaned_at).date(), loan.returned_at and to_local(loan.returned_at).date())
            for loan in Loan.select().where(Loan.item == item.id).order_by(Loan.loaned_at)]


def test_returned_loans_come_in_as_history_and_count_in_their_months(lib, librarian, tmp_path):
    rina = _named(lib, librarian, "00012", "Rina Wati")
    bayu = _named(lib, librarian, "00013", "Bayu Pratama")
    kancil = _copy(lib, "Si Kancil", "B-0001")
    atlas = _copy(lib, "Atlas Indonesia", "B-0002")
    cabai = _copy(lib, "Bertani Cabai", "B-0003", status="lost")  # lost since: it was lent all the same
    path = _sheet(tmp_path / "buku peminjaman 2026.xlsx", [
        NOTEBOOK_HEADERS,
        [1, datetime(2026, 1, 6), "RINA WATI", 12, "Si Kancil", "B-0001", datetime(2026, 1, 13),
         datetime(2026, 1, 12), "sudah kembali"],
        [2, "20-01-2026", "BAYU PRATAMA", None, "Atlas Indonesia", "B-0002", "27-01-2026", "30-01-2026", None],
        [3, "3 Februari 2026", "Rina Wati", None, "Bertani Cabai", None, "10 Februari 2026", None, "sdh"],
        [4, "16/2/26", "BAYU PRATAMA", 13, "Si Kancil", "B-0001", "23/2/26", None, "belum kembali"],
    ])

    result = loan_lists.import_loans(lib, librarian, path)

    assert (result.loans_out, result.returned, result.left_out) == (1, 3, 0)
    assert _loans_of(kancil) == [(date(2026, 1, 6), date(2026, 1, 12)), (date(2026, 2, 16), None)]
    assert _loans_of(atlas) == [(date(2026, 1, 20), date(2026, 1, 30))]
    # "sdh" without its day: returned on its due date, and the report says so
    assert _loans_of(cabai) == [(date(2026, 2, 3), date(2026, 2, 10))]
    assert result.returned_undated == 1
    assert Loan.get(Loan.item == cabai.id).member_id == rina.id
    # a returned loan moves no copy: the atlas stays on the shelf, the lost copy stays lost
    assert [Item.get_by_id(i.id).status for i in (kancil, atlas, cabai)] == ["on_loan", "available", "lost"]
    # January's report counts January's loans, their borrowers and the one returned late
    january = figures.loans(lib, Period.month(2026, 1))
    assert (january["total"], january["borrowers"], january["returned"], january["returned_late"]) == (2, 2, 2, 1)
    assert dict(figures.loans_per_month(lib, date(2026, 3, 2), 3)) == {"2026-01": 2, "2026-02": 2, "2026-03": 0}
    assert bayu.id in {loan.member_id for loan in Loan.select()}


def test_importing_the_same_file_again_adds_nothing(lib, librarian, tmp_path):
    _named(lib, librarian, "00012", "Rina Wati")
    _copy(lib, "Si Kancil", "B-0001")
    path = _sheet(tmp_path / "pinjam.xlsx", [
        NOTEBOOK_HEADERS, [1, "06-01-2026", "Rina Wati", None, "Si Kancil", None, "13-01-2026", "12-01-2026", None]])
    assert loan_lists.import_loans(lib, librarian, path).returned == 1
    again = loan_lists.import_loans(lib, librarian, path)
    assert (again.returned, again.unchanged, again.changes) == (0, 1, 0)
    assert Loan.select().count() == 1
    assert figures.loans(lib, Period.month(2026, 1))["total"] == 1


def test_impossible_dates_are_listed_not_guessed(lib, librarian, tmp_path):
    _named(lib, librarian, "00012", "Rina Wati")
    _named(lib, librarian, "00013", "Bayu Pratama")
    _copy(lib, "Si Kancil", "B-0001")
    _copy(lib, "Kamus Baru", "B-0002", received_on=date(2026, 2, 1))  # bought in February
    path = _sheet(tmp_path / "pinjam.xlsx", [
        NOTEBOOK_HEADERS,
        [1, "20-01-2026", "Rina Wati", None, "Si Kancil", None, "27-01-2026", "12-01-2026", None],  # back before lent
        [2, "20-01-2026", "Rina Wati", None, "Si Kancil", None, "27-01-2026", "12-04-2026", None],  # back after today
        [3, "10-01-2026", "Rina Wati", None, "Kamus Baru", None, "17-01-2026", "15-01-2026", None],  # before it came
        [4, "05-02-2026", "Rina Wati", None, "Si Kancil", None, "12-02-2026", "12-02-2026", None],
        [5, "07-02-2026", "Bayu Pratama", None, "Si Kancil", None, "14-02-2026", "10-02-2026", None],  # Rina had it
        [6, "12-02-2026", "Bayu Pratama", None, "Si Kancil", None, "19-02-2026", "19-02-2026", None],  # same-day: fine
    ])
    result = loan_lists.import_loans(lib, librarian, path)
    reasons = {bad.row: bad.template for bad in result.bad}
    assert reasons == {2: loan_lists.RETURNED_BEFORE_LENT, 3: loan_lists.RETURNED_AFTER_TODAY,
                       4: reasons[4], 6: loan_lists.OUT_ON_LOAN_OF_ROW}
    assert "came to the library on {received}" in reasons[4]
    assert result.bad[2].params["received"] == date(2026, 2, 1)
    assert "came to the library on 01-02-2026" in result.bad[2].message()
    assert result.bad[3].params["first"] == 5  # named by the row that had the copy
    assert result.returned == 2 and Loan.select().count() == 2


def test_a_returned_loan_whose_member_is_not_here_is_named_and_comes_in_once_registered(lib, librarian, tmp_path):
    _named(lib, librarian, "00012", "Rina Wati")
    _copy(lib, "Si Kancil", "B-0001")
    _copy(lib, "Atlas Indonesia", "B-0002")
    path = _sheet(tmp_path / "pinjam.xlsx", [
        NOTEBOOK_HEADERS,
        [1, "06-01-2026", "Rina Wati", None, "Si Kancil", None, "13-01-2026", "12-01-2026", None],
        [2, "08-01-2026", "JOKO SUSILO", None, "Atlas Indonesia", None, "15-01-2026", "14-01-2026", None],
        [3, "09-01-2026", "Rina Wati", None, "Kamus Besar", "B-0999", "16-01-2026", "15-01-2026", None],
    ])
    result = loan_lists.import_loans(lib, librarian, path)
    assert (result.returned, result.returned_missing) == (1, 2)
    assert [bad.row for bad in result.bad] == [3, 4] and result.bad[0].params["name"] == "JOKO SUSILO"
    assert any("2 returned loan" in line for line in result.notes(lambda _context, text: text))
    assert Member.select().where(Member.name.contains("JOKO")).count() == 0  # nobody made up for a statistic

    _named(lib, librarian, "00020", "Joko Susilo")
    again = loan_lists.import_loans(lib, librarian, path)
    assert (again.returned, again.unchanged, again.returned_missing) == (1, 1, 1)  # only Joko's row came in
    assert figures.loans(lib, Period.month(2026, 1))["total"] == 2


def test_a_returned_loan_by_title_is_counted_on_the_titles_only_copy_even_if_lent_now(lib, librarian, tmp_path):
    rina = _named(lib, librarian, "00012", "Rina Wati")
    kancil = _copy(lib, "Si Kancil", "B-0001")
    loans.checkout(lib, librarian, rina, "B-0001")  # lent at the desk since the move
    path = _sheet(tmp_path / "pinjam.xlsx", [
        NOTEBOOK_HEADERS, [1, "06-01-2026", "Rina Wati", None, "Si Kancil", None, "13-01-2026", "12-01-2026", None]])
    result = loan_lists.import_loans(lib, librarian, path)
    assert result.returned == 1 and not result.bad
    assert _loans_of(kancil)[0] == (date(2026, 1, 6), date(2026, 1, 12))


def _notebook_beside_slims(lib, tmp_path) -> str:
    """The notebook kept beside SLiMS lists SLiMS's loan 3 (B0005 to M002, 1-5 Dec 2025), its return a day later."""
    return _sheet(tmp_path / "buku peminjaman 2025.xlsx", [
        NOTEBOOK_HEADERS,
        [1, "01-12-2025", None, "M002", None, "B0005", "08-12-2025", "06-12-2025", None],
        [2, "02-11-2025", None, "M002", None, "B0006", "09-11-2025", "08-11-2025", None],  # only in the notebook
    ])


def test_a_loan_in_a_slims_history_and_a_notebook_is_counted_once(moved_in, tmp_path):  # noqa: F811
    lib, by, dump = moved_in
    slims_history.import_history(lib, by, dump)
    december = figures.loans(lib, Period.month(2025, 12))["total"]

    result = loan_lists.import_loans(lib, by, _notebook_beside_slims(lib, tmp_path))

    assert (result.returned, result.same_loan) == (1, 1)
    assert figures.loans(lib, Period.month(2025, 12))["total"] == december
    assert Loan.select().join(Item).where(Item.barcode == "B0005").count() == 1


def test_a_notebook_then_the_slims_history_also_counts_the_loan_once(moved_in, tmp_path):  # noqa: F811
    lib, by, dump = moved_in
    loan_lists.import_loans(lib, by, _notebook_beside_slims(lib, tmp_path))
    history = slims_history.import_history(lib, by, dump)
    assert history.loans_returned == 1  # SLiMS's loan 2 only: its loan 3 came with the notebook
    assert Loan.select().join(Item).where(Item.barcode == "B0005").count() == 1


def test_cli_says_how_many_returned_loans_came_in(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "lib.sqlite3")
    assert cli_main(["--db", db, "init", "--library-name", "T", "--library-code", "TST", "--librarian", "admin",
                     "--password", "admin123"]) == 0
    monkeypatch.setenv("PUSTAKA_PASSWORD", "admin123")
    path = _sheet(tmp_path / "lap.xlsx", [NOTEBOOK_HEADERS,
                                          [1, "06-01-2026", "NOBODY", None, "Tak Ada", "Z9", None, "12-01-2026", None]])
    code = cli_main(["--db", db, "--user", "admin", "loans-import", path, "--dry-run", "--json"])
    out = capsys.readouterr().out
    assert code == 2 and '"returned_left_out": 1' in out


def _slims_loan_history(path, headers, rows) -> str:
    """SLiMS 9's Reporting → Loan History → "Export to spreadsheet" (``loan_history.xlsx``, read from
    slims/slims9_bulian ``reporting/customs/loan_history.php`` and ``spreadsheet.php``): its ``xlsquery`` columns in
    SLiMS's language, the loan status as the database keeps it (``is_return``: 1 back, 0 still out), no return date."""
    book = openpyxl.Workbook()
    book.active.append(headers)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return str(path)


SLIMS_ID = ["ID Anggota", "Nama Anggota", "Kode Eksemplar", "Judul", "Tanggal Pinjam", "Tanggal Kembali",
            "Status peminjaman"]
SLIMS_EN = ["Member ID", "Member Name", "Item Code", "Title", "Loan Date", "Due Date", "Loan Status"]


def test_slims_loan_history_report_loans_returned_are_history_not_overdue_loans(lib, librarian, tmp_path):
    # before: its status 1 was read as no status, and without a return date every loan was "still out": a book
    # returned in January sat on loan to Rina, overdue, fined when scanned
    rina = _named(lib, librarian, "0000012", "Rina Wati")
    _named(lib, librarian, "0000013", "Bayu Pratama")
    kancil, atlas = _copy(lib, "Si Kancil", "B00001"), _copy(lib, "Atlas Indonesia", "B00002")
    for headers in (SLIMS_ID, SLIMS_EN):
        path = _slims_loan_history(tmp_path / "loan_history.xlsx", headers, [
            ["0000012", "Rina Wati", "B00001", "Si Kancil", "2026-01-06", "2026-01-13", 1],
            ["0000013", "Bayu Pratama", "B00002", "Atlas Indonesia", "2026-02-23", "2026-03-02", 0]])
        assert loan_columns.columns(headers) == ["member_no", "member_name", "barcode", "title", "loaned", "due",
                                               "status"]
        result = loan_lists.plan(lib, path)
        assert (result.loans_out, result.returned, result.returned_undated, result.left_out) == (1, 1, 1, 0)
    loan_lists.import_loans(lib, librarian, path)
    assert _loans_of(kancil) == [(date(2026, 1, 6), date(2026, 1, 13))]  # back on its due day, as said
    assert _loans_of(atlas) == [(date(2026, 2, 23), None)]
    assert [Item.get_by_id(i.id).status for i in (kancil, atlas)] == ["available", "on_loan"]
    assert Loan.select().where(Loan.member == rina.id, Loan.returned_at.is_null()).count() == 0
    again = loan_lists.import_loans(lib, librarian, path)
    assert (again.loans_out, again.returned, again.changes) == (0, 0, 0)


def test_a_notebook_excel_saved_month_first_is_read_month_first(lib, librarian, tmp_path):
    # the notebook saved as CSV on a PC set to English (United States): 2/3/2026 is 3 February. Read day first, the
    # loan was made on 2 March and due on 10 March (and 1/13/2026, 1/20/2026 were no dates at all)
    _named(lib, librarian, "00012", "Rina Wati")
    kancil, atlas = _copy(lib, "Si Kancil", "B-0001"), _copy(lib, "Atlas Indonesia", "B-0002")
    path = tmp_path / "pinjam.csv"
    path.write_text("\r\n".join([",".join(NOTEBOOK_HEADERS),
                                 "1,1/6/2026,Rina Wati,00012,Si Kancil,B-0001,1/13/2026,1/12/2026,sudah kembali",
                                 "2,2/3/2026,Rina Wati,00012,Atlas Indonesia,B-0002,2/10/2026,,"]) + "\r\n",
                    encoding="utf-8")
    result = loan_lists.import_loans(lib, librarian, path)
    assert (result.loans_out, result.returned, result.left_out) == (1, 1, 0)
    assert _loans_of(kancil) == [(date(2026, 1, 6), date(2026, 1, 12))]
    assert _loans_of(atlas) == [(date(2026, 2, 3), None)]
    assert Loan.get(Loan.item == atlas.id).due_on == date(2026, 2, 10)
    assert [notice.template for notice in result.notices] == [loan_lists.MONTH_FIRST]
