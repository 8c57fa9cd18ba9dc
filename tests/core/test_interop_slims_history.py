"""A SLiMS backup's loans, fines and visitor book come in after its catalogue and members
(``slims_history``): the books still out are on loan here with their due dates, the fines owed are
still owed, last year's loans and visits count in the reports, and nothing comes in twice."""

from __future__ import annotations

import gzip
from datetime import date

import pytest

from pustaka_desktop.cli import main as cli_main
from pustaka_desktop.core.circulation import fines, loans
from pustaka_desktop.core.community.demographics import age_band
from pustaka_desktop.core.errors import PermissionDenied, ValidationError
from pustaka_desktop.core.interop import importer, member_import, slims_history
from pustaka_desktop.core.reports import figures
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store import health
from pustaka_desktop.core.store.models import AuditLog, FineEntry, Hold, Item, Loan, Member, Visit
from tests.core import interop_fixtures
from tests.core.test_interop_slims_backup import write_dump

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture

# the clock of the tests: Monday 2 March 2026, 09:00 WIB
LOANS = [  # loan_id, item_code, member_id, loan_date, due_date, renewed, rules, actual, is_lent, is_return, return_date
    (1, "B0001", "M001", "2026-02-20", "2026-02-27", 1, 0, None, 1, 0, None),  # still out, overdue
    (2, "B0004", "M002", "2025-11-03", "2025-11-10", 0, 0, None, 1, 1, "2025-11-12"),  # returned late
    (3, "B0005", "M002", "2025-12-01", "2025-12-08", 0, 0, None, 1, 1, "2025-12-05"),
    (4, "B0006", "M001", "2026-02-25", "2026-03-04", 0, 0, None, 0, 0, None),  # never finished at SLiMS's desk
    (5, "X9999", "M001", "2026-02-25", "2026-03-04", 0, 0, None, 1, 0, None),  # a copy not in the catalogue
    (6, "B0006", "M404", "2026-02-25", "2026-03-04", 0, 0, None, 1, 1, "2026-02-27"),  # a member SLiMS deleted
    (7, "B0006", "M002", "2026-04-01", "2026-04-08", 0, 0, None, 1, 0, None),  # after today: a wrong clock
    (8, "B0001", "M002", "2026-02-21", "2026-02-28", 0, 0, None, 1, 0, None),  # the same copy out twice
    (9, "B0006", "M002", "0000-00-00", "2026-03-04", 0, 0, None, 1, 0, None),  # no date
]
FINES = [  # fines_id, fines_date, member_id, debet, credit, description
    (1, "2025-11-12", "M002", 1000, 0, "Denda keterlambatan B0004"),
    (2, "2025-11-20", "M002", 0, 400, "Bayar sebagian"),
    (3, "2025-12-01", "M404", 500, 0, "Denda"),
    (4, "2025-12-02", "M002", "inf", "", "angka rusak"),  # a line of nothing a number can say
]
VISITS = [  # visitor_id, member_id, member_name, institution, checkin_date
    (1, "M001", "Siti Aminah", "", "2026-02-20 09:15:00"),
    (2, "M001", "Siti Aminah", "", "2026-02-20 15:40:00"),  # the same member, the same day
    (3, None, "Pak RT Slamet", "Kantor Desa", "2026-02-21 10:00:00"),
    (4, "M002", "Budi", "SDN 1 Sukamaju", "2025-12-01 13:00:00"),
]


HOLIDAYS = [  # holiday_id, holiday_dayname, holiday_date, description: dated closings, and (no date) weekly ones
    (1, "Mon", "2026-03-16", "Hari Raya Nyepi"),
    (2, "Fri", "2026-03-20", "Idul Fitri"),
    (9, "sat", None, None),
    (10, "sun", None, None),
]


RESERVES = [  # reserve_id, member_id, biblio_id, item_code, reserve_date
    (1, "M002", 1, "B0002", "2026-02-22 10:00:00"),  # Laskar Pelangi: one copy out, the other in repair
    (2, "M001", 5, "B0006", "2026-02-23 11:00:00"),  # a title with a copy on the shelf here
    (3, "M404", 2, "B0004", "2026-02-23 11:30:00"),  # a member not in the list
]


def _history(loans_=LOANS, fines_=FINES, visits_=VISITS, holidays_=HOLIDAYS, reserves_=RESERVES) -> dict:
    return {"loan": [(*row, "2026-01-01 10:00:00", "2026-01-01 10:00:00", 1) for row in loans_],
            "fines": list(fines_), "visitor_count": list(visits_), "holiday": list(holidays_),
            "reserve": list(reserves_)}


@pytest.fixture
def moved_in(tmp_path, empty_lib_factory):
    """A library whose catalogue and members came in from the backup (as a librarian does first)."""
    lib, by = empty_lib_factory("DESA")
    dump = write_dump(tmp_path / "backup_20260301_170000.sql", extra=_history())
    importer.import_slims_backup(lib, by, dump)
    member_import.import_members(lib, by, dump)
    return lib, by, dump


def _lines(plan) -> dict[int, str]:
    return {bad.row: bad.message(lambda _ctx, text: text) for bad in plan.bad}


def test_the_loans_fines_and_visitor_book_come_in_and_the_desk_carries_on(moved_in):
    lib, by, dump = moved_in
    dry = slims_history.import_history(lib, by, dump, dry_run=True)
    assert (dry.loans_out, dry.loans_returned, dry.fines, dry.visits, dry.applied) == (1, 2, 2, 3, False)
    assert Loan.select().count() == 0 and FineEntry.select().count() == 0 and Visit.select().count() == 0

    plan = slims_history.import_history(lib, by, dump)
    assert plan.applied and (plan.loans_out, plan.loans_returned, plan.fines, plan.visits) == (1, 2, 2, 3)
    # Siti's second sign-in that day is said, not counted as a visit and not lumped with the lines already here
    assert (plan.twice_a_day, dry.twice_a_day, plan.unchanged) == (1, 1, 0)
    assert any("1 line(s) of SLiMS's visitor book are a member's second sign-in on the same day" in line
               for line in plan.notes(lambda _ctx, text: text))
    left_out = sorted(_lines(plan).values())
    assert (len(left_out), plan.left_out) == (5, 8)
    # the fine line of "inf" is said, its note with it, not dropped as a line of nothing
    assert "The fine's amount cannot be read (debet inf, credit -; angka rusak): left out." in left_out
    assert any("X9999 is not in the catalogue" in m for m in left_out)
    # the loan, the fine and the reservation of a member SLiMS had deleted: one line, not three
    assert [line for line in plan.notes(lambda _ctx, text: text) if "M404" in line] == [
        "3 row(s) of 1 member(s) SLiMS had deleted (they are not in this backup's member list), such as M404: their "
        "returned loans, fines and reservations are left out."]
    assert any("01-04-2026, after today" in m for m in left_out)  # (day first, as people here read dates)
    assert any("also out on the loan of line" in m for m in left_out)
    assert any("no date it was lent" in m for m in left_out)
    # Siti reserved B0006, back on the shelf at SLiMS: SLiMS kept it for her, and so does the hold shelf here
    assert plan.put_aside == [("B0006", "M001")] and Item.get(Item.barcode == "B0006").status == "on_hold"

    out = Item.get(Item.barcode == "B0001")
    assert out.status == "on_loan"
    loan = Loan.get(Loan.item == out.id)
    assert (loan.member.number, loan.due_on, loan.renewals, loan.returned_at, loan.staff) == (
        "M001", date(2026, 2, 27), 1, None, "SLiMS")
    assert Item.get(Item.barcode == "B0006").status == "on_hold"  # its SLiMS loans were not real: not lent
    # the returned loans are history, on their local days
    assert figures.loans(lib, Period.month(2025, 11))["total"] == 1
    assert figures.loans(lib, Period.month(2025, 11))["returned_late"] == 1
    assert figures.loans(lib, Period.month(2025, 12))["total"] == 1
    # the fines owed are still owed
    budi = Member.get(Member.number == "M002")
    assert fines.balance(lib, budi) == 600
    # one line per member per day; a guest keeps the name written
    assert figures.visits(lib, Period.month(2026, 2))["total"] == 2
    guest = Visit.get(Visit.member.is_null())
    assert guest.name == "Pak RT Slamet"
    siti = Visit.get(Visit.member == Member.get(Member.number == "M001").id)
    assert (siti.gender, siti.age_band) == ("F", age_band(date(1990, 5, 1), date(2026, 2, 20))) and siti.age_band
    assert AuditLog.select().where(AuditLog.action == "circulation.import").count() == 1

    # Budi still waits for Laskar Pelangi (its copy out is Siti's, the other in repair)
    hold = Hold.get(Hold.status == "waiting")
    assert (plan.reservations, hold.member.number, hold.record.slims_id) == (2, "M002", "slims:1")
    # the calendar: SLiMS's holidays, and its weekly closing days instead of the starting "Sunday"
    assert (plan.holidays, plan.closed_days, lib.profile.closed_weekdays) == (2, ["sat", "sun"], "6,7")
    # said in the librarian's words, not SLiMS's abbreviations ("Tutup setiap minggu …: sat, sun")
    assert "Sabtu, Minggu" in "\n".join(plan.notes(lambda _context, text: text))
    lent = loans.checkout(lib, by, "M001", "B0004")  # Umum lends 14 days (SLiMS's terms): the 16th is Nyepi
    assert lent.due_on == date(2026, 3, 17)

    # the desk: the book comes back three days late and is fined as SLiMS would have (its member type's
    # terms came in with the members: 500 a day after one day of grace)
    returned = loans.checkin(lib, by, "B0001")
    assert returned.loan.uid == loan.uid and (returned.days_late, returned.fine) == (3, 1500)
    # ... and goes to the hold shelf for Budi, who reserved it at SLiMS
    assert returned.hold.member_name == "Budi 'Ucok' Santoso"
    assert Item.get(Item.barcode == "B0001").status == "on_hold"


def test_importing_the_same_backup_again_adds_nothing(moved_in):
    lib, by, dump = moved_in
    slims_history.import_history(lib, by, dump)
    counts = (Loan.select().count(), FineEntry.select().count(), Visit.select().count())
    again = slims_history.import_history(lib, by, dump)
    # loans, fines, visits (one repeat), holidays; the closing days are this library's now
    assert again.changes == 0 and again.unchanged == 2 + 1 + 2 + 3 + 1 + 2 + 2  # ... and the reservations
    assert (Loan.select().count(), FineEntry.select().count(), Visit.select().count()) == counts


def test_a_later_backup_closes_a_loan_returned_at_slims_meanwhile(moved_in, tmp_path):
    lib, by, dump = moved_in
    slims_history.import_history(lib, by, dump)
    later = [row if row[0] != 1 else (*row[:8], 1, 1, "2026-02-28") for row in LOANS]
    later_dump = write_dump(tmp_path / "backup_20260302_080000.sql", extra=_history(loans_=later))
    plan = slims_history.import_history(lib, by, later_dump)
    assert (plan.loans_closed, plan.loans_out, plan.loans_returned) == (1, 0, 0)
    loan = Loan.get(Loan.item == Item.get(Item.barcode == "B0001").id)
    # the copy is back: it goes to the member who waits for it (Budi's reservation came in the first time)
    assert loan.returned_at is not None and Item.get(Item.barcode == "B0001").status == "on_hold"
    assert Hold.get(Hold.member == Member.get(Member.number == "M002").id).status == "ready"


def test_a_loan_removed_here_is_not_closed_by_a_later_backup(moved_in, tmp_path):
    from pustaka_desktop.core.store import write as store

    lib, by, dump = moved_in
    slims_history.import_history(lib, by, dump)
    store.delete(lib, Loan.get(Loan.item == Item.get(Item.barcode == "B0001").id))
    later = [row if row[0] != 1 else (*row[:8], 1, 1, "2026-02-28") for row in LOANS]
    plan = slims_history.import_history(lib, by, write_dump(tmp_path / "later.sql", extra=_history(loans_=later)))
    assert plan.loans_closed == 0 and plan.unchanged >= 1


def test_a_copy_lent_here_since_is_not_put_back_on_the_slims_loan(moved_in):
    lib, by, dump = moved_in
    loans.checkout(lib, by, "M001", "B0001")  # the desk lent it at Pustaka before the history came in
    plan = slims_history.import_history(lib, by, dump)
    assert plan.loans_out == 0
    assert any("B0001 is already on loan here" in m for m in _lines(plan).values())
    assert Loan.select().where(Loan.returned_at.is_null()).count() == 1


def test_a_cut_backup_brings_no_history(moved_in, tmp_path):
    lib, by, dump = moved_in
    text = dump.read_text(encoding="utf-8")
    cut = tmp_path / "cut.sql"
    cut.write_text(text[:text.index("INSERT INTO `loan`") + 40], encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        slims_history.import_history(lib, by, cut)
    assert "incomplete" in caught.value.template and "visitor_count" in caught.value.params["tables"]
    assert Loan.select().count() == 0 and Visit.select().count() == 0


def test_the_history_before_the_catalogue_and_members_is_refused_with_one_message(tmp_path, empty_lib_factory):
    lib, by = empty_lib_factory("DESA")
    dump = write_dump(tmp_path / "backup_20260301_170000.sql", extra=_history())
    with pytest.raises(ValidationError) as caught:
        slims_history.import_history(lib, by, dump)
    assert "import the catalogue and the members" in caught.value.template and Loan.select().count() == 0


def test_a_packed_backup_reads_the_same_and_a_volunteer_may_not(moved_in, tmp_path):
    lib, by, dump = moved_in
    packed = tmp_path / "backup.sql.gz"
    packed.write_bytes(gzip.compress(dump.read_bytes()))
    dry = slims_history.import_history(lib, by, packed, dry_run=True)
    assert (dry.loans_out, dry.loans_returned, dry.fines, dry.visits) == (1, 2, 2, 3)
    from pustaka_desktop.core import auth
    volunteer = auth.Staff(username="relawan", role=auth.VOLUNTEER, active=True)
    with pytest.raises(PermissionDenied):
        slims_history.import_history(lib, volunteer, dump)


def test_history_import_on_the_cli(moved_in, capsys, monkeypatch):
    lib, _by, dump = moved_in
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    db = str(lib.path)
    code = cli_main(["--db", db, "--user", "lain", "--lang", "en", "history-import", str(dump), "--dry-run"])
    out = capsys.readouterr().out
    assert code == 2  # rows were left out, the rest would come in
    # (the CLI runs on this PC's own clock, months after March 2026: the April loan is no longer ahead)
    assert "would add 2 loan(s) still out, 2 returned loan(s), 2 fine line(s) and 3 visit(s)" in out
    assert "X9999 is not in the catalogue" in out and Loan.select().count() == 0
    code = cli_main(["--db", db, "--user", "lain", "--lang", "id", "history-import", str(dump)])
    out = capsys.readouterr().out
    assert code == 2 and "Diimpor" in out and Loan.select().count() == 4


def test_a_clock_set_back_waits_as_the_desk_does_and_is_not_blamed_on_slims(moved_in, clock):
    lib, by, dump = moved_in
    clock.set("2009-01-01T08:00:00+07:00")  # the clock battery went flat: every SLiMS loan is "after today"
    with pytest.raises(health.ClockRefused) as refused:
        slims_history.import_history(lib, by, dump, dry_run=True)
    assert refused.value.reason == "clock" and "cannot be right" in refused.value.message()
    assert Loan.select().count() == 0
    health.confirm_clock(lib, by)  # the librarian says go on: today is still the newest day this PC has seen
    plan = slims_history.import_history(lib, by, dump)
    assert (plan.loans_out, plan.loans_returned, plan.fines, plan.visits) == (1, 2, 2, 3)
    assert not any("after today" in m for m in _lines(plan).values() if "01-04-2026" not in m)


def test_weekly_closing_days_typed_in_indonesian_are_read_and_a_word_that_is_no_day_is_said(tmp_path,
                                                                                           empty_lib_factory):
    lib, by = empty_lib_factory("DESA")
    holidays = [(1, "Jumat", None, None), (2, "Minggu", None, None), (3, "Libur", None, None)]
    dump = write_dump(tmp_path / "backup.sql", extra=_history(holidays_=holidays))
    importer.import_slims_backup(lib, by, dump)
    member_import.import_members(lib, by, dump)
    plan = slims_history.import_history(lib, by, dump)
    assert lib.profile.closed_weekdays == "5,7"
    assert "The weekly closing day Libur is not a day of the week: left out." in _lines(plan).values()
