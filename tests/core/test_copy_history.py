"""A copy's history (core/circulation/copy_history.py): who borrowed it, who lent it, the dates, late returns and
their fines (and who took the book back, when the fine says so), overrides, lost and found, where it came from;
a volunteer sees only the last borrower; loans a SLiMS move brought say so; ``pustaka-cli copy history``."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.catalog import copies
from pustaka_desktop.core.circulation import loans
from pustaka_desktop.core.circulation.copy_history import copy_history, loan_note, origin_lines
from pustaka_desktop.core.errors import NotFound
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Loan, Record
from tests.core.circ_helpers import book, member


def _lend_and_return(lib, clock, by_lend, by_return, who, barcode, days_out):
    loans.checkout(lib, by_lend, who, barcode)
    clock.advance(days=days_out)
    loans.checkin(lib, by_return, barcode)
    clock.advance(days=1)


@pytest.fixture
def lent_twice(lib, clock, librarian, volunteer):
    """Copy lent to Siti (back on time), then to Budi who returned it 10 days late to the volunteer."""
    item = book(lib, "Ronggeng Dukuh Paruk")[0]
    siti = member(lib, librarian, "Siti Aminah")
    budi = member(lib, librarian, "Budi Santoso")
    _lend_and_return(lib, clock, librarian, librarian, siti, item.barcode, 3)
    _lend_and_return(lib, clock, librarian, volunteer, budi, item.barcode, 24)
    return item, siti, budi


def test_the_loans_say_to_whom_by_whom_and_the_late_returns_fine_names_who_took_it_back(lib, librarian, lent_twice):
    item, siti, budi = lent_twice
    history = copy_history(lib, librarian, item.barcode)
    assert [loan.member for loan in history.loans] == [f"{budi.number} {budi.name}", f"{siti.number} {siti.name}"]
    last, first = history.loans
    assert "pustakawan" in last.lent_by and not last.imported
    assert last.days_late > 0 and last.fine > 0
    assert "Relawan Satu" in last.fine_by  # the volunteer charged the fine at the return: she took the book back
    assert "Relawan Satu" in loan_note(last)
    assert first.days_late == 0 and first.fine == 0 and loan_note(first) == ""


def test_a_volunteer_sees_only_the_last_borrower(lib, librarian, volunteer, lent_twice):
    item, siti, budi = lent_twice
    history = copy_history(lib, volunteer, item.barcode)
    last, first = history.loans
    assert last.member == f"{budi.number} {budi.name}" and not last.member_hidden
    assert first.member == "" and first.member_hidden  # who borrowed it before is the librarian's to see
    assert history.hidden_members == 1
    assert first.lent_at and first.returned_at  # the dates stay: "when was it last on the shelf?"


def test_an_override_shows_on_its_loan_and_a_volunteer_does_not_read_the_member_in_it(
        lib, clock, librarian, volunteer):
    item = book(lib, "Laskar Pelangi")[0]
    blocked = member(lib, librarian, "Ani Lestari")
    from pustaka_desktop.core.community import members
    members.block(lib, librarian, blocked, "kartu hilang")
    loans.checkout(lib, librarian, blocked, item.barcode, override=True)
    clock.advance(days=2)
    loans.checkin(lib, librarian, item.barcode)
    _lend_and_return(lib, clock, librarian, librarian, member(lib, librarian, "Dewi"), item.barcode, 2)

    seen = copy_history(lib, librarian, item.barcode)
    assert seen.loans[1].overridden_by and "pustakawan" in seen.loans[1].overridden_by[0]
    assert any(blocked.number in event.detail for event in seen.events)
    hidden = copy_history(lib, volunteer, item.barcode)
    assert not any(blocked.number in event.detail for event in hidden.events)
    assert blocked.number not in json.dumps([vars(loan) for loan in hidden.loans], default=str)


def test_lost_and_found_again_are_in_its_events(lib, clock, librarian):
    item = book(lib, "Bumi Manusia")[0]
    copies.mark_lost(lib, librarian, item, "tidak ada di rak")
    clock.advance(days=30)
    loans.checkin(lib, librarian, item.barcode)  # scanned at the desk: found
    events = copy_history(lib, librarian, item.barcode).events
    assert [event.at for event in events] == sorted((event.at for event in events), reverse=True)
    assert len(events) == 2
    assert "tidak ada di rak" in events[1].detail  # the note the librarian wrote when she marked it lost
    assert item.barcode not in events[1].detail  # (the copy's own barcode is not repeated on every line)


def test_a_loan_brought_from_slims_says_so_instead_of_naming_an_account(lib, clock, librarian):
    item = book(lib, "Siti Nurbaya")[0]
    someone = member(lib, librarian, "Warsini")
    lent = clock.now().replace(year=2024)
    store.insert(lib, Loan, item=item.id, member=someone.id, loaned_at=lent, due_on=lent.date(),
                 returned_at=lent, staff="SLiMS")
    loan = copy_history(lib, librarian, item.barcode).loans[0]
    assert loan.imported == "imported from SLiMS" and loan.lent_by == ""


def test_where_a_copy_came_from_imported_or_added_here(lib, clock, librarian, tmp_path):
    from pustaka_desktop.core.interop import importer

    record = store.insert(lib, Record, title="Negeri 5 Menara")
    by_hand = copies.add_item(lib, librarian, record, source="donation", source_detail="Bapak Kepala Desa",
                              price=45000)
    clock.advance(minutes=30)  # the same afternoon, a SLiMS export comes in
    source = tmp_path / "katalog-slims.csv"
    source.write_text("title,barcode\nSitti Nurbaya,IMP001\n", encoding="utf-8")
    importer.import_file(lib, librarian, "csv", source)

    imported = copy_history(lib, librarian, "IMP001").origin
    assert imported.imported_file == "katalog-slims.csv" and "pustakawan" in imported.imported_by
    assert any("katalog-slims.csv" in line for line in origin_lines(imported))
    added = copy_history(lib, librarian, by_hand.barcode).origin
    assert added.imported_file == ""  # added by hand before the import: not the import's
    assert added.source == "donation" and added.price == 45000
    lines = origin_lines(added)
    assert "Bapak Kepala Desa" in lines[0] and "45" in lines[0] and "Entered in this catalogue" in lines[1]


def test_an_unknown_barcode_is_not_found(lib, librarian):
    with pytest.raises(NotFound):
        copy_history(lib, librarian, "TIDAKADA")


def test_the_command_line_history_as_a_volunteer(lib, librarian, volunteer, lent_twice, capsys, monkeypatch):
    item, siti, budi = lent_twice
    monkeypatch.setenv("PUSTAKA_PASSWORD", "relawan1")
    lib.db.close()
    code = main(["--lang", "en", "--db", str(lib.path), "--user", "relawan", "copy", "history", item.barcode, "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert [loan["member"] for loan in data["loans"]] == [f"{budi.number} {budi.name}", None]
    assert siti.name not in json.dumps(data)
    code = main(["--lang", "en", "--db", str(lib.path), "--user", "relawan", "copy", "history", item.barcode])
    out = capsys.readouterr().out
    assert code == 0 and "Ronggeng Dukuh Paruk" in out and budi.name in out and siti.name not in out
    assert "a member (only librarians see who)" in out
    code = main(["--lang", "en", "--db", str(lib.path), "copy", "history", "TIDAKADA"])
    captured = capsys.readouterr()
    assert code != 0 and "TIDAKADA" in captured.err and "Traceback" not in captured.err
    assert Item.select().count() == 1
