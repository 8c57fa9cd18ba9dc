"""Who took each book back, and who renewed it (core/circulation/loan_events.py): "I returned it last Tuesday!" or a
book back damaged, and the librarian asks which volunteer took it. Shown in the copy history (core, CLI) and the
member's loan history; taken back by the desk's undo; a volunteer never reads an earlier borrower through a web
renewal; imported loans say so; kept on this PC only (never in a sync bundle); a practice library keeps none."""

from __future__ import annotations

import json
import zipfile

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.circulation import desk_undo, loans, member_loans, patron
from pustaka_desktop.core.circulation.copy_history import copy_history, loan_note
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Loan, LoanEvent
from tests.core.circ_helpers import book, member


@pytest.fixture
def returned_to_the_volunteer(lib, clock, librarian, volunteer):
    """The librarian lends "Ronggeng Dukuh Paruk" to Siti on Monday; on Thursday, on time (no fine), the volunteer
    Relawan Satu takes it back at the desk."""
    item = book(lib, "Ronggeng Dukuh Paruk")[0]
    siti = member(lib, librarian, "Siti Aminah")
    loans.checkout(lib, librarian, siti, item.barcode)
    clock.advance(days=3)
    loans.checkin(lib, volunteer, item.barcode)
    return item, siti


def test_an_on_time_return_names_the_volunteer_who_took_it_back(lib, librarian, returned_to_the_volunteer):
    item, _ = returned_to_the_volunteer
    loan = copy_history(lib, librarian, item.barcode).loans[0]
    assert loan.fine == 0 and loan.fine_by == ""  # no fine to say it, as before
    assert loan.returned_by == "Relawan Satu (relawan)"
    assert "pustakawan" in loan.lent_by  # who lent is not who took it back


def test_the_desk_undo_of_a_return_forgets_who_took_it_back(lib, librarian, returned_to_the_volunteer):
    item, _ = returned_to_the_volunteer
    desk_undo.undo_last(lib, librarian)  # scanned by mistake: the book is still out
    loan = copy_history(lib, librarian, item.barcode).loans[0]
    assert loan.out and loan.returned_by == ""
    assert LoanEvent.select().count() == 0
    loans.checkin(lib, librarian, item.barcode)  # really back now, to the librarian
    assert copy_history(lib, librarian, item.barcode).loans[0].returned_by == "pustakawan"
    assert LoanEvent.select().count() == 1


def test_desk_renewals_name_who_renewed_and_undo_takes_the_last_back(lib, clock, librarian, volunteer):
    item = book(lib, "Laskar Pelangi")[0]
    loans.checkout(lib, librarian, member(lib, librarian, "Budi Santoso"), item.barcode)
    clock.advance(days=10)
    loans.renew(lib, volunteer, item.barcode)
    loan = copy_history(lib, librarian, item.barcode).loans[0]
    assert loan.renewed_by == ["Relawan Satu (relawan) on 12-03-2026"]
    assert "renewed 1× (by Relawan Satu (relawan) on 12-03-2026)" in loan_note(loan)
    desk_undo.undo_last(lib, librarian)
    loan = copy_history(lib, librarian, item.barcode).loans[0]
    assert loan.renewals == 0 and loan.renewed_by == [] and "renewed" not in loan_note(loan)


def test_a_web_renewal_is_named_for_the_librarian_and_hidden_from_a_volunteer_once_someone_borrows_again(
        lib, clock, librarian, volunteer):
    item = book(lib, "Bumi Manusia")[0]
    siti, budi = member(lib, librarian, "Siti Aminah"), member(lib, librarian, "Budi Santoso")
    first = loans.checkout(lib, librarian, siti, item.barcode).loan
    clock.advance(days=10)
    patron.renew(lib, siti, first.id)  # on her phone, on the library Wi-Fi
    seen = copy_history(lib, librarian, item.barcode).loans[0]
    assert seen.renewed_by == [f"member {siti.number} {siti.name} on the web catalogue on 12-03-2026"]
    clock.advance(days=2)
    loans.checkin(lib, volunteer, item.barcode)
    loans.checkout(lib, librarian, budi, item.barcode)

    history = copy_history(lib, volunteer, item.barcode)
    earlier = history.loans[1]
    assert earlier.member_hidden and earlier.returned_by == "Relawan Satu (relawan)"
    assert earlier.renewed_by == ["the member, on the web catalogue on 12-03-2026"]
    said = json.dumps([vars(loan) for loan in history.loans] + [vars(e) for e in history.events], default=str)
    assert siti.name not in said and siti.number not in said  # nor in the web renewal's event
    assert any(e.who == "the member, on the web catalogue" for e in history.events)


def test_an_imported_loan_says_imported_not_who_took_it_back(lib, clock, librarian):
    item = book(lib, "Siti Nurbaya")[0]
    warsini = member(lib, librarian, "Warsini")
    lent = clock.now().replace(year=2024)
    store.insert(lib, Loan, item=item.id, member=warsini.id, loaned_at=lent, due_on=lent.date(),
                 returned_at=lent, staff="INLISLite")
    assert copy_history(lib, librarian, item.barcode).loans[0].returned_by == "imported from INLISLite"
    assert member_loans.loan_history(lib, warsini)[0][4] == "imported from INLISLite"


def test_the_members_loan_history_says_who_took_each_book_back(lib, librarian, returned_to_the_volunteer):
    item, siti = returned_to_the_volunteer
    barcode, title, lent, back, taken_back_by = member_loans.loan_history(lib, siti)[0]
    assert (barcode, title, taken_back_by) == (item.barcode, "Ronggeng Dukuh Paruk", "Relawan Satu (relawan)")
    from pustaka_desktop.core.community import member_pin

    member_pin.set_pin(lib, librarian, siti, "482913")
    member_pin.set_show_history(lib, siti, True)  # she lets the web catalogue show her loans
    assert patron.account(lib, siti).history[0] == ("Ronggeng Dukuh Paruk", lent, back)  # the web: no staff names


def test_the_command_line_history_says_who_took_it_back(lib, librarian, returned_to_the_volunteer, capsys):
    item, _ = returned_to_the_volunteer
    lib.db.close()
    code = main(["--lang", "en", "--db", str(lib.path), "copy", "history", item.barcode])
    out = capsys.readouterr().out
    assert code == 0 and "taken back by Relawan Satu (relawan)" in out
    code = main(["--lang", "en", "--db", str(lib.path), "copy", "history", item.barcode, "--json"])
    assert json.loads(capsys.readouterr().out)["loans"][0]["returned_by"] == "Relawan Satu (relawan)"


def test_who_took_it_back_stays_on_this_pc_the_loan_travels_as_before(tmp_path):
    """A new field on the synced loan would make a district hub not yet updated refuse the village's bundles."""
    from tests.sync.sync_helpers import siti_borrows_si_kancil, village_and_district

    village, district = village_and_district(tmp_path, FixedClock("2026-03-02T09:00:00+07:00"))
    with village:
        siti_borrows_si_kancil(village)
        village.clock.advance(days=3)
        loans.renew(village.lib, village.staff, "SKM0001")
        loans.checkin(village.lib, village.staff, "SKM0001")
        assert LoanEvent.select().count() == 2
    path = village.export_to(district)
    with zipfile.ZipFile(path) as bundle:
        text = "\n".join(bundle.read(name).decode("utf-8", "replace") for name in bundle.namelist())
    assert "loan_event" not in text and '"renew"' not in text
    assert district.import_file(path).result == "applied"
    with district:
        assert LoanEvent.select().count() == 0


def test_a_practice_library_keeps_nobody_s_returns(lib, clock, librarian, returned_to_the_volunteer):
    """Who took which loan back is an event of the real library: the practice copy starts without it (its loans are
    made up), and what a learner returns there is kept in the practice file only."""
    from pustaka_desktop.core.practice import library as practice
    from pustaka_desktop.core.service import Library

    lib.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    path = practice.create(lib.path, clock)
    lib.close()
    plib = Library.open(path, clock)
    try:
        assert LoanEvent.select().count() == 0
    finally:
        plib.close()
        lib.activate()
    assert LoanEvent.select().count() == 1  # the real library keeps its own
