"""The first day at the desk after a library moved in from SLiMS in the middle of the year: books still out,
reservations waiting, fines owed. What SLiMS's desk would have done with them, the desk here does."""

from __future__ import annotations

from datetime import date

import pytest

from pustaka_desktop.core.circulation import holds, loan_rules, loans
from pustaka_desktop.core.circulation.refusals import LoanRefused
from pustaka_desktop.core.interop import importer, member_import, slims_history
from pustaka_desktop.core.store.models import Hold, Item
from tests.core import interop_fixtures
from tests.core.test_interop_slims_backup import write_dump
from tests.core.test_interop_slims_history import LOANS, _history

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture

# the clock of the tests: Monday 2 March 2026. SLiMS reserves a copy (its item_code), and lends a reserved copy
# that came back to nobody but the first member who reserved it: B0004 came back on 27 February and waits for Siti.
RESERVED_COPY_BACK = [  # reserve_id, member_id, biblio_id, item_code, reserve_date
    (11, "M001", 2, "B0004", "2026-02-24 10:00:00"),
    (12, "M002", 2, "B0004", "2026-02-25 09:30:00"),
]


def _moved_in(tmp_path, make, reserves, loans_=LOANS):
    lib, by = make("DESA")
    dump = write_dump(tmp_path / "backup_20260301_170000.sql", extra=_history(loans_=loans_, reserves_=reserves))
    importer.import_slims_backup(lib, by, dump)
    member_import.import_members(lib, by, dump)
    return lib, by, dump


def test_a_reserved_copy_back_on_the_shelf_waits_on_the_hold_shelf_for_its_member(tmp_path, empty_lib_factory):
    lib, by, dump = _moved_in(tmp_path, empty_lib_factory, RESERVED_COPY_BACK)
    plan = slims_history.import_history(lib, by, dump)

    assert plan.put_aside == [("B0004", "M001")] and plan.reservations == 2
    assert plan.summary()["put_aside"] == ["B0004"]  # (--json)
    notes = plan.notes(lambda _ctx, text: text)
    assert "Copy B0004: for M001." in notes
    copy = Item.get(Item.barcode == "B0004")
    assert copy.status == "on_hold"
    siti = Hold.get(Hold.uid == plan.new_holds[0]["uid"])
    assert (siti.member.number, siti.status, siti.item_id) == ("M001", holds.READY, copy.id)
    assert siti.ready_until is not None and siti.ready_until > date(2026, 3, 2)
    budi = Hold.get(Hold.uid == plan.new_holds[1]["uid"])
    assert (budi.member.number, budi.status) == ("M002", holds.WAITING)  # next in line, as at SLiMS

    # the volunteer cannot lend it to somebody else by mistake ...
    with pytest.raises(LoanRefused) as refused:
        loans.checkout(lib, by, "M002", "B0004")
    assert "reserved_for_other" in refused.value.reasons
    # ... and Siti takes it home
    lent = loans.checkout(lib, by, "M001", "B0004")
    assert lent.hold_fulfilled


def test_a_dry_run_puts_no_copy_aside(tmp_path, empty_lib_factory):
    lib, by, dump = _moved_in(tmp_path, empty_lib_factory, RESERVED_COPY_BACK)
    plan = slims_history.import_history(lib, by, dump, dry_run=True)
    assert plan.put_aside == [("B0004", "M001")]
    assert Item.get(Item.barcode == "B0004").status == "available" and Hold.select().count() == 0


def test_importing_again_puts_the_copy_aside_once(tmp_path, empty_lib_factory):
    lib, by, dump = _moved_in(tmp_path, empty_lib_factory, RESERVED_COPY_BACK)
    slims_history.import_history(lib, by, dump)
    again = slims_history.import_history(lib, by, dump)
    assert again.put_aside == [] and again.reservations == 0
    assert Hold.select().where(Hold.status == holds.READY).count() == 1


def test_a_reservation_left_for_the_desk_names_the_title(tmp_path, empty_lib_factory):
    # Siti reserved B0005, out to Budi; the title's other copy B0006 is on the shelf, which SLiMS lent to anyone:
    # the desk is told which title she wanted
    out_to_budi = (10, "B0005", "M002", "2026-02-26", "2026-03-05", 0, 0, None, 1, 0, None)
    lib, by, dump = _moved_in(tmp_path, empty_lib_factory, [(21, "M001", 5, "B0005", "2026-02-27 11:00:00")],
                              [*LOANS, out_to_budi])
    plan = slims_history.import_history(lib, by, dump)
    listed = [bad for bad in plan.bad if bad.params.get("member") == "M001"]
    assert len(listed) == 1 and listed[0].params["title"].startswith("Riyāḍ aṣ-Ṣāliḥīn")
    assert Item.get(Item.barcode == "B0006").status == "available"


# SLiMS keeps its System settings in the `setting` table, PHP-serialised: "Ignore Holidays Fine Calculation" on
FINES_OPEN_DAYS_ONLY = [(17, "ignore_holidays_fine_calc", "b:1;"), (3, "library_name", 's:12:"Perpus Desa";')]


def _with_settings(tmp_path, make, settings):
    lib, by = make("DESA")
    extra = {**_history(reserves_=[]), "setting": settings}
    dump = write_dump(tmp_path / "backup_20260301_170000.sql", extra=extra)
    importer.import_slims_backup(lib, by, dump)
    member_import.import_members(lib, by, dump)
    return lib, by, dump


def test_fines_count_open_days_only_when_slims_did(tmp_path, empty_lib_factory):
    lib, by, dump = _with_settings(tmp_path, empty_lib_factory, FINES_OPEN_DAYS_ONLY)
    plan = slims_history.import_history(lib, by, dump)
    assert plan.fines_skip_closed and loan_rules.options(lib).fines_skip_closed_days
    assert any("open days only" in line for line in plan.notes(lambda _ctx, text: text))
    # B0001 was due on Friday 27 February; SLiMS closed on Saturdays and Sundays: back on Monday, one open day
    # late (500), not three (1,500)
    returned = loans.checkin(lib, by, "B0001")
    assert returned.fine == 500


def test_a_fine_choice_made_here_stays(tmp_path, empty_lib_factory):
    lib, by, dump = _with_settings(tmp_path, empty_lib_factory, FINES_OPEN_DAYS_ONLY)
    loan_rules.set_options(lib, by, fine_cap=5000)  # the librarian set the desk's options before the history
    plan = slims_history.import_history(lib, by, dump)
    assert not plan.fines_skip_closed and not loan_rules.options(lib).fines_skip_closed_days
    assert loans.checkin(lib, by, "B0001").fine == 1500


def test_slims_counting_every_day_changes_nothing(tmp_path, empty_lib_factory):
    lib, by, dump = _with_settings(tmp_path, empty_lib_factory, [(17, "ignore_holidays_fine_calc", "b:0;")])
    plan = slims_history.import_history(lib, by, dump)
    # (and a backup without the table says nothing of it: only its loan SLiMS never finished and its visitor book's
    # institutions, which have no place here)
    assert not plan.fines_skip_closed and [n.template for n in plan.notices] == [
        slims_history.UNFINISHED_LOANS, slims_history.INSTITUTIONS_NOT_KEPT]
    assert loans.checkin(lib, by, "B0001").fine == 1500
