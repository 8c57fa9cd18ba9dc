"""The other imports of a move-in can be undone too (``import_undo``): the loan notebook of the wrong year, SLiMS's
history imported before the catalogue was right, the buku tamu of the neighbouring village. What the import added
goes and the reports stop counting it; what the desk did since stays, named with why (a loan returned or renewed
at the desk, a fine paid, a reservation fulfilled, a visitor book line corrected, attendance taken); a copy the
import had put on loan goes back to the shelf state it had before; the right file imported afterwards comes in."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from pustaka_desktop.cli import main as cli_main
from pustaka_desktop.core.circulation import fines, holds, loans
from pustaka_desktop.core.community import programs, visits
from pustaka_desktop.core.errors import PermissionDenied, Refused
from pustaka_desktop.core.interop import (
    import_list,
    import_undo,
    loan_lists,
    slims_history,
    undo_circulation,
    visit_sheets,
)
from pustaka_desktop.core.reports import figures
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store import backup
from pustaka_desktop.core.store.models import (
    AuditLog,
    Hold,
    Item,
    Loan,
    Member,
    ProgramSession,
    Visit,
)
from tests.core import interop_fixtures
from tests.core.test_interop_slims_history import moved_in  # noqa: F401 (a fixture)
from tests.core.test_loan_history_import import NOTEBOOK_HEADERS, _copy, _named, _sheet
from tests.core.test_visit_history_import import BUKU_TAMU, KEGIATAN, _book

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture (of ``moved_in``)


def _last(action: str) -> int:
    return AuditLog.select().where(AuditLog.action == action).order_by(AuditLog.id.desc()).first().id


def _kept(plan) -> set[tuple[str, str, str]]:
    return {(k.entity, k.label, k.reason) for k in plan.kept}


# the clock of the tests: Monday 2 March 2026. The notebook the volunteer typed into Excel in January and February;
# the wrong one is last year's (the same members and books, other days): the 2025 months would count twice
def _notebook(tmp_path, name="buku peminjaman 2026.xlsx"):
    return _sheet(tmp_path / name, [
        NOTEBOOK_HEADERS,
        [1, datetime(2026, 1, 6), "RINA WATI", 12, "Si Kancil", "B-0001", datetime(2026, 1, 13),
         datetime(2026, 1, 12), "sudah kembali"],
        [2, "20-01-2026", "BAYU PRATAMA", None, "Atlas Indonesia", "B-0002", "27-01-2026", "30-01-2026", None],
        [3, "16/2/26", "BAYU PRATAMA", 13, "Si Kancil", "B-0001", "23/2/26", None, "belum kembali"],
        [4, "20/2/26", "Rina Wati", 12, "Atlas Indonesia", "B-0002", "27/2/26", None, "belum"],
        [5, "21/2/26", "Rina Wati", 12, "Kamus Besar", "B-0003", "28/2/26", None, "belum"],
    ])


@pytest.fixture
def notebook_library(lib, librarian, clock, tmp_path):
    rina = _named(lib, librarian, "00012", "Rina Wati")
    bayu = _named(lib, librarian, "00013", "Bayu Pratama")
    _copy(lib, "Si Kancil", "B-0001")
    _copy(lib, "Atlas Indonesia", "B-0002")
    _copy(lib, "Kamus Besar", "B-0003", status="not_for_loan")  # a reference book lent all the same
    loan_lists.import_loans(lib, librarian, _notebook(tmp_path))
    return rina, bayu


def test_a_loan_notebook_is_undone_and_the_desk_keeps_what_it_did_since(lib, librarian, clock, notebook_library):
    rina, bayu = notebook_library
    assert [Item.get(Item.barcode == b).status for b in ("B-0001", "B-0002", "B-0003")] == ["on_loan"] * 3
    assert figures.loans(lib, Period.month(2026, 1))["total"] == 2
    wrong = _last("circulation.import")
    clock.advance(hours=2)
    loans.checkin(lib, librarian, "B-0001")  # Bayu brings Si Kancil back at the desk
    loans.renew(lib, librarian, "B-0002")  # Rina renews the atlas

    plan = import_undo.undo_import(lib, librarian, wrong)

    assert plan.done and plan.removed == {"loan": 3}  # the two January loans and the dictionary still out
    assert _kept(plan) == {
        ("loan", "B-0001 · Bayu Pratama · 16-02-2026", undo_circulation.RETURNED_SINCE),
        ("loan", "B-0002 · Rina Wati · 20-02-2026", undo_circulation.RENEWED_SINCE)}
    # the dictionary is on the reference shelf again, as it was before the notebook came in; the desk's copies
    # are as the desk left them
    assert [Item.get(Item.barcode == b).status for b in ("B-0001", "B-0002", "B-0003")] == [
        "available", "on_loan", "not_for_loan"]
    assert plan.restored == {"item": 1}
    # the reports no longer count the January loans, nor the dictionary's February loan
    assert figures.loans(lib, Period.month(2026, 1))["total"] == 0
    assert figures.loans(lib, Period.month(2026, 2))["total"] == 2
    assert dict(figures.loans_per_month(lib, date(2026, 3, 2), 3)) == {"2026-01": 0, "2026-02": 2, "2026-03": 0}
    undone = json.loads(AuditLog.get(AuditLog.action == "import.undo").detail)
    assert (undone["loans"], undone["kept"]) == (3, 2)
    assert any(b.reason == "import-undo" for b in backup.list_backups(lib.path))
    with pytest.raises(Refused) as again:
        import_undo.undo_import(lib, librarian, wrong)
    assert again.value.reason == "undone"


def test_the_right_notebook_comes_in_after_the_wrong_one_is_undone(lib, librarian, tmp_path, notebook_library):
    """The same loans, under the uids the file gives them: an undone loan's tombstone keeps its uid, and the loan
    list took the file's rows for loans already here: nothing came in again."""
    import_undo.undo_import(lib, librarian, _last("circulation.import"))
    again = loan_lists.import_loans(lib, librarian, _notebook(tmp_path, "buku peminjaman 2026 (benar).xlsx"))
    assert (again.returned, again.loans_out) == (2, 3)
    assert figures.loans(lib, Period.month(2026, 1))["total"] == 2
    assert Item.get(Item.barcode == "B-0003").status == "on_loan"
    third = loan_lists.import_loans(lib, librarian, _notebook(tmp_path, "lagi.xlsx"))
    assert third.changes == 0  # (and the same file once more adds nothing, as before)


def test_without_the_backup_a_loan_still_out_stays_rather_than_leave_its_copy_out(lib, librarian, notebook_library):
    for made in backup.list_backups(lib.path):
        made.path.unlink()
    plan = import_undo.undo_import(lib, librarian, _last("circulation.import"))
    assert plan.removed == {"loan": 2}  # the returned January loans moved no copy
    assert {(label, reason) for _, label, reason in _kept(plan)} == {
        (f"{barcode} · {name} · {day}", undo_circulation.COPY_UNKNOWN) for barcode, name, day in (
            ("B-0001", "Bayu Pratama", "16-02-2026"), ("B-0002", "Rina Wati", "20-02-2026"),
            ("B-0003", "Rina Wati", "21-02-2026"))}
    assert Loan.select().where(Loan.returned_at.is_null() & (Loan.deleted == False)).count() == 3  # noqa: E712


def test_a_slims_history_is_undone_keeping_the_fines_paid_and_the_reservation_fulfilled_since(moved_in, tmp_path):  # noqa: F811
    lib, by, dump = moved_in
    weekly_before = lib.profile.closed_weekdays
    slims_history.import_history(lib, by, dump)
    assert Item.get(Item.barcode == "B0001").status == "on_loan"
    assert figures.visits(lib, Period.month(2026, 2))["total"] == 2
    budi = Member.get(Member.number == "M002")
    fines.pay(lib, by, budi, 600)  # Budi pays what SLiMS said he owed
    loans.checkout(lib, by, "M001", "B0006", override=True)  # Siti takes home the book kept aside for her

    plan = import_undo.undo_import(lib, by, _last("circulation.import"))

    assert _kept(plan) == {  # (SLiMS's title as its cataloguer wrote it)
        ("hold", "Riyāḍ aṣ-Ṣāliḥīn = رياض الصالحين · Siti Aminah", undo_circulation.FULFILLED_SINCE),
        ("fine_entry", "M002 · Budi 'Ucok' Santoso · Rp 1.000", undo_circulation.PAID_SINCE),
        ("fine_entry", "M002 · Budi 'Ucok' Santoso · Rp 400", undo_circulation.PAID_SINCE)}
    assert fines.balance(lib, budi) == 0  # his payment and what it paid for both stay
    # the loans go, and B0001 (out at SLiMS) is back on the shelf as before; the visits, holidays and weekly
    # closing days go too
    assert Item.get(Item.barcode == "B0001").status == "available"
    assert plan.removed == {"loan": 3, "visit": 3, "holiday": 2, "hold": 1}
    assert plan.restored == {"item": 1, "library_profile": 1}
    assert lib.profile.closed_weekdays == weekly_before
    assert figures.visits(lib, Period.month(2026, 2))["total"] == 0
    assert figures.loans(lib, Period.month(2025, 11))["total"] == 0
    assert Hold.select().where((Hold.status == "waiting") & (Hold.deleted == False)).count() == 0  # noqa: E712
    # the right backup, once the catalogue is right: the history comes in again
    again = slims_history.import_history(lib, by, dump)
    assert (again.loans_out, again.loans_returned, again.visits) == (1, 2, 3)
    assert figures.visits(lib, Period.month(2026, 2))["total"] == 2


def test_a_visitor_book_of_the_wrong_village_is_undone_keeping_the_lines_corrected_since(lib, librarian, tmp_path):
    visit_sheets.import_visit_book(lib, librarian, _book(tmp_path / "buku tamu desa sebelah.xlsx",
                                                         [BUKU_TAMU, KEGIATAN]))
    january = Period(date(2026, 1, 1), date(2026, 1, 31))
    assert figures.visits(lib, january)["total"] == 3 and figures.programmes(lib, january)["sessions"] == 2
    siti = Visit.get(Visit.name == "Siti Aminah")
    visits.correct_visit(lib, librarian, siti, purpose="borrow")  # a librarian corrected Siti's line since
    story_day = ProgramSession.select().order_by(ProgramSession.starts_at).first()
    guest, _ = programs.add_guest(lib, librarian, story_day.program, name="Ani", gender="F", age_band="7-12")
    programs.mark_attendance(lib, librarian, story_day, guest)  # a child ticked present by hand since

    plan = import_undo.undo_import(lib, librarian, _last("visits.import"))

    assert _kept(plan) == {
        ("visit", "05-01-2026 · Siti Aminah", import_undo.CHANGED_SINCE),
        ("program_session", "Mendongeng untuk anak · 10-01-2026", import_undo.USED_BY["attendance"]),
        ("program", "Mendongeng untuk anak", import_undo.USED_BY["participant"])}  # (Ani enrolled)
    assert figures.visits(lib, january)["total"] == 1  # Siti's corrected line stays
    progs = figures.programmes(lib, january)
    assert (progs["sessions"], progs["attendance"]) == (1, 1)  # the session with Ani's tick, and her tick
    assert figures.programmes(lib, Period(date(2026, 2, 1), date(2026, 2, 28)))["sessions"] == 0
    assert plan.removed["visit"] == 3 and plan.removed["program_session"] == 2
    with pytest.raises(Refused):
        import_undo.undo_import(lib, librarian, _last("visits.import"))


def test_only_who_may_make_the_import_may_undo_it(lib, librarian, volunteer, notebook_library, tmp_path):
    with pytest.raises(PermissionDenied):
        import_undo.plan_undo(lib, volunteer, _last("circulation.import"))
    visit_sheets.import_visit_book(lib, librarian, _book(tmp_path / "tamu.xlsx", [BUKU_TAMU]))
    with pytest.raises(PermissionDenied):
        import_undo.undo_import(lib, volunteer, _last("visits.import"))
    assert Loan.select().where(Loan.deleted == False).count() == 5  # noqa: E712


def test_the_list_says_what_each_import_brought(lib, librarian, notebook_library, tmp_path):
    visit_sheets.import_visit_book(lib, librarian, _book(tmp_path / "tamu.xlsx", [BUKU_TAMU, KEGIATAN]))
    listed = [(e.action, e.file, e.brought(), e.undoable) for e in import_list.recent_imports(lib, librarian)]
    assert listed == [
        ("visits.import", "tamu.xlsx", "4 visitor book lines and 3 activity sessions", True),
        ("circulation.import", "buku peminjaman 2026.xlsx", "3 loans still out and 2 returned loans", True)]


def test_the_cli_undoes_a_loan_notebook_with_a_dry_run_first(lib, librarian, notebook_library, capsys):
    db = str(lib.path)
    lib.close()
    assert cli_main(["--db", db, "--lang", "en", "import-undo"]) == 0
    listing = capsys.readouterr().out
    assert "buku peminjaman 2026.xlsx: 3 loans still out and 2 returned loans" in listing
    wrong = next(int(line.split()[0]) for line in listing.splitlines() if "buku peminjaman" in line)
    assert cli_main(["--db", db, "--lang", "en", "import-undo", str(wrong), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Undoing the import of buku peminjaman 2026.xlsx removes 5 loans, and puts back 3 that it changed." \
           in out and "Dry run" in out
    assert cli_main(["--db", db, "--lang", "en", "import-undo", str(wrong), "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert (done["done"], done["action"], done["removed"], done["restored"]) == (
        True, "circulation.import", {"loan": 5}, {"item": 3})
    assert cli_main(["--db", db, "--lang", "en", "import-undo", str(wrong)]) == 1
    assert "already undone" in capsys.readouterr().err
    assert cli_main(["--db", db, "--lang", "en", "import-undo", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["undone"] is True


def test_the_cli_names_a_loan_returned_since_and_exits_2(lib, librarian, notebook_library, capsys):
    wrong = _last("circulation.import")
    loans.checkin(lib, librarian, "B-0001")
    db = str(lib.path)
    lib.close()
    assert cli_main(["--db", db, "--lang", "en", "import-undo", str(wrong)]) == 2
    out = capsys.readouterr().out
    assert "removes" not in out and "4 loans removed, 2 put back as they were" in out
    assert "B-0001 · Bayu Pratama · 16-02-2026: returned at the desk since the import" in out


def test_the_right_visitor_book_comes_in_after_the_wrong_one_is_undone(lib, librarian, tmp_path):
    path = _book(tmp_path / "buku tamu.xlsx", [BUKU_TAMU, KEGIATAN])
    visit_sheets.import_visit_book(lib, librarian, path)
    import_undo.undo_import(lib, librarian, _last("visits.import"))
    january = Period(date(2026, 1, 1), date(2026, 1, 31))
    assert figures.visits(lib, january)["total"] == 0 and figures.programmes(lib, january)["sessions"] == 0
    again = visit_sheets.import_visit_book(lib, librarian, path)
    assert (again.visits, again.activities.sessions) == (4, 3)
    assert figures.visits(lib, january)["total"] == 3
    progs = figures.programmes(lib, january)
    assert (progs["sessions"], progs["participants"], progs["attendance"]) == (2, 20, 32)


def test_undoing_a_later_backup_reopens_the_loan_it_closed_and_the_reservation_waits_again(moved_in, tmp_path):  # noqa: F811
    """The later backup returned B0001 (SLiMS's desk took it back) and the copy went aside for Budi, who reserved
    it: undone, the loan is out again, its copy on loan, and Budi waits as before."""
    from tests.core.test_interop_slims_backup import write_dump
    from tests.core.test_interop_slims_history import LOANS, _history

    lib, by, dump = moved_in
    slims_history.import_history(lib, by, dump)
    later = [row if row[0] != 1 else (*row[:8], 1, 1, "2026-02-28") for row in LOANS]
    slims_history.import_history(lib, by, write_dump(tmp_path / "backup_20260302_080000.sql",
                                                     extra=_history(loans_=later)))
    budi = Member.get(Member.number == "M002")
    assert Item.get(Item.barcode == "B0001").status == "on_hold" and Hold.get(Hold.member == budi.id).status == "ready"

    plan = import_undo.undo_import(lib, by, _last("circulation.import"))

    assert plan.removed == {} and plan.kept == []
    loan = Loan.get(Loan.item == Item.get(Item.barcode == "B0001").id)
    assert loan.returned_at is None and Item.get(Item.barcode == "B0001").status == "on_loan"
    hold = Hold.get(Hold.member == budi.id)
    assert (hold.status, hold.item_id, hold.ready_until) == ("waiting", None, None)
    assert figures.loans(lib, Period.month(2026, 2))["returned"] == 0


def test_the_cli_undoes_a_visitor_book_and_a_slims_history(moved_in, tmp_path, capsys, monkeypatch):  # noqa: F811
    lib, by, dump = moved_in
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    slims_history.import_history(lib, by, dump)
    visit_sheets.import_visit_book(lib, by, _book(tmp_path / "buku tamu desa sebelah.xlsx", [BUKU_TAMU, KEGIATAN]))
    history, book = _last("circulation.import"), _last("visits.import")
    db = str(lib.path)
    assert cli_main(["--db", db, "--lang", "en", "--user", by.username, "import-undo"]) == 0
    listing = capsys.readouterr().out
    assert "buku tamu desa sebelah.xlsx: 4 visitor book lines and 3 activity sessions" in listing
    assert f"{dump.name}: 3 loans, 2 fines, 2 reservations and 3 visits" in listing
    assert cli_main(["--db", db, "--lang", "en", "--user", by.username, "import-undo", str(book), "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert (done["action"], done["removed"]["visit"], done["removed"]["program_session"]) == ("visits.import", 4, 3)
    assert cli_main(["--db", db, "--lang", "en", "--user", by.username, "import-undo", str(history)]) == 0
    out = capsys.readouterr().out
    assert f"The import of {dump.name} is undone: 3 loans, 2 fine entries, 2 reservations, 3 visitor " \
           "book lines, 2 holidays removed, 3 put back as they were." in out


def test_the_fine_rule_slims_history_switched_on_goes_back_with_its_undo(tmp_path, empty_lib_factory):
    """SLiMS counted fines on open days only, so its history switched that rule on here: undone, the library's own
    rule (every day counts) is back, unless the librarian set the circulation options since."""
    from pustaka_desktop.core.circulation import loan_rules
    from tests.core.test_midyear_desk import FINES_OPEN_DAYS_ONLY, _with_settings

    lib, by, dump = _with_settings(tmp_path, empty_lib_factory, FINES_OPEN_DAYS_ONLY)
    slims_history.import_history(lib, by, dump)
    assert loan_rules.options(lib).fines_skip_closed_days
    plan = import_undo.undo_import(lib, by, _last("circulation.import"))
    assert plan.restored["setting"] == 1 and not loan_rules.options(lib).fines_skip_closed_days

    slims_history.import_history(lib, by, dump)  # the right history, and the librarian's own choice since
    loan_rules.set_options(lib, by, fine_cap=5000)
    plan = import_undo.undo_import(lib, by, _last("circulation.import"))
    assert "setting" not in plan.restored and loan_rules.options(lib).fines_skip_closed_days


def test_a_copy_the_undo_frees_goes_to_the_hold_shelf_for_the_member_who_reserved_it_since(
        lib, librarian, clock, notebook_library, capsys):
    """The notebook had Si Kancil out with Bayu, so Rina reserved it at the desk; the notebook was the wrong one and
    the book is in fact here. Undone, the copy waits on the hold shelf for Rina, as a copy returned at the desk
    would, and the librarian is told to put it there: not back on the shelf for the next person to take."""
    rina, _bayu = notebook_library
    kancil = Item.get(Item.barcode == "B-0001")
    clock.advance(hours=1)
    placed = holds.place(lib, librarian, rina.number, kancil.record_id)
    wrong = _last("circulation.import")
    plan = import_undo.plan_undo(lib, librarian, wrong)  # what the dialog shows before the librarian confirms
    assert plan.put_aside == ["B-0001 · Si Kancil: Rina Wati (00012)"]
    db = str(lib.path)
    lib.close()

    assert cli_main(["--db", db, "--lang", "en", "import-undo", str(wrong), "--dry-run"]) == 0
    said = capsys.readouterr().out
    assert "To the hold shelf, for members who reserved the title since the import (1):" in said
    assert "B-0001 · Si Kancil: Rina Wati (00012)" in said
    assert cli_main(["--db", db, "--lang", "en", "import-undo", str(wrong), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["put_aside"] == ["B-0001 · Si Kancil: Rina Wati (00012)"]

    again = Library.open(Path(db), clock)
    try:
        assert Item.get_by_id(kancil.id).status == "on_hold"
        hold = Hold.get_by_id(placed.hold_id)
        assert hold.status == holds.READY and hold.item_id == kancil.id
        assert Item.get(Item.barcode == "B-0003").status == "not_for_loan"  # (a copy nobody waits for: as before)
    finally:
        again.close()
        lib.activate()
