"""After a village restores an older backup: the volunteer counting the cash box sees what the lost fine payments
add up to (and how much is back in the ledger), per staff member who took the money; a lost loan the librarian
dismissed ("the book was already back") leaves its copy on the shelf at the district too, even when the PC's clock
came back from the repair shop behind."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core import auth
from pustaka_desktop.core.circulation import fines, loans
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Item, Member, SyncReplica
from pustaka_desktop.core.sync import lost, union_search

from .sync_helpers import restored_village, round_trip, siti_borrows_si_kancil


def _paid_and_lent_again(village):
    """The book comes back 40 days late, the member is charged and pays Rp 1.000 to the volunteer (Dewi, relawan)
    and Rp 2.500 to the librarian an hour later; Budi borrows the second copy (SKM0002)."""
    village.clock.advance(days=40)
    loans.checkin(village.lib, village.staff, "SKM0001")
    member = Member.get(Member.number == "SKM-0001")
    assert fines.balance(village.lib, member) > 3500
    fines.pay(village.lib, auth.login(village.lib, "relawan", "relawan123"), member, 1000, note="tunai")
    village.clock.advance(hours=1)
    fines.pay(village.lib, village.staff, member, 2500)
    loans.checkout(village.lib, village.staff, "SKM-0002", "SKM0002")


def _lent_paid_and_restored(tmp_path, restored_clock=None):
    """Sukamaju (SKM) lends Si Kancil (SKM0001), backs up; the fine is charged and paid, the second copy lent; the
    disk fails and the backup goes back on (``restored_clock``: the PC came back with its clock behind)."""
    return restored_village(tmp_path, siti_borrows_si_kancil, _paid_and_lent_again, restored_clock)


@pytest.fixture
def restored(tmp_path):
    with _lent_paid_and_restored(tmp_path) as done:
        yield done.village, done.district


# --- the cash box ------------------------------------------------------------------------------------------


def test_the_cash_taken_since_the_backup_is_totalled_per_staff_and_what_is_re_entered(restored):
    village, _district = restored
    with village:
        assert lost.cash_taken(village.lib) == [lost.CashTaken("admin", 2500, 0), lost.CashTaken("relawan", 1000, 0)]
        said = lost.cash_line(lost.cash_taken(village.lib), lambda _context, text: text)
        assert said == ("Fine payments since the backup (money in the cash box): Rp 3.500 taken, Rp 0 of it "
                        "re-entered.\nadmin: Rp 2.500 (Rp 0 re-entered); relawan: Rp 1.000 (Rp 0 re-entered)")
        charge, *payments = [e for e in lost.entries(village.lib) if e.kind == "fine"]
        lost.reenter(village.lib, village.staff, charge.key)
        by_relawan = next(e for e in payments if e.staff == "relawan")
        lost.reenter(village.lib, village.staff, by_relawan.key)
        assert lost.cash_taken(village.lib) == [lost.CashTaken("admin", 2500, 0),
                                                lost.CashTaken("relawan", 1000, 1000)]
        by_admin = next(e for e in payments if e.staff == "admin")
        lost.dismiss(village.lib, village.staff, by_admin.key)  # (written in the ledger by hand: still cash taken)
        assert sum(c.taken for c in lost.cash_taken(village.lib)) == 3500


def test_one_staff_member_gets_one_total_without_a_list_of_names():
    said = lost.cash_line([lost.CashTaken("relawan", 12500, 5000)], lambda _context, text: text)
    assert said == "Fine payments since the backup (money in the cash box): Rp 12.500 taken, Rp 5.000 of it re-entered."
    assert lost.cash_line([], lambda _context, text: text) == ""


def test_the_command_line_shows_the_cash_total_and_json_carries_it(restored, capsys, monkeypatch):
    village, _district = restored
    monkeypatch.setenv("PUSTAKA_LANG", "en")
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    db = str(village.lib.path)
    village.lib.close()
    capsys.readouterr()
    assert main(["--db", db, "--user", "admin", "sync", "lost"]) == 0
    shown = capsys.readouterr().out
    assert "Rp 3,500 taken, Rp 0 of it re-entered.\nadmin: Rp 2,500" in shown
    assert main(["--db", db, "--user", "admin", "sync", "lost", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["cash"] == {"taken": 3500, "reentered": 0, "by_staff": [
        {"staff": "admin", "taken": 2500, "reentered": 0}, {"staff": "relawan", "taken": 1000, "reentered": 0}]}
    assert {line["fine"] for line in printed["lines"] if line["kind"] == "fine"} == {"charge", "payment"}


# --- the copy of a dismissed loan --------------------------------------------------------------------------


def _copy_at_the_district(district, barcode: str) -> tuple[str, set[str]]:
    """The copy's status in the district's replica and union catalogue, and the loans of it still open there."""
    with district:
        item = next(r for r in SyncReplica.select().where(SyncReplica.entity == "item")
                    if json.loads(r.data)["barcode"] == barcode)
        open_loans = {r.uid for r in SyncReplica.select().where(SyncReplica.entity == "loan")
                      if json.loads(r.data)["item_id"] == item.uid and json.loads(r.data)["returned_at"] is None}
        union = district.lib.db.execute_sql("SELECT status FROM union_copy WHERE item_uid = ?", (item.uid,)).fetchone()
    assert json.loads(item.data)["status"] == union[0]
    return union[0], open_loans


def _available_in_the_union(district) -> int:
    with district:
        [hit] = union_search.search(district.lib, "Kancil")
    return hit.available


def _dismiss_the_loan_still_out(village):
    with village:
        out = next(e for e in lost.entries(village.lib) if e.kind == "loan_out")
        assert out.barcode == "SKM0002"
        lost.dismiss(village.lib, village.staff, out.key)  # "the book was already back on the shelf"


def test_a_dismissed_loans_copy_is_on_the_shelf_at_the_district_after_theround_trip(restored):
    village, district = restored
    assert _copy_at_the_district(district, "SKM0002")[0] == "on_loan"
    assert _available_in_the_union(district) == 1
    _dismiss_the_loan_still_out(village)
    round_trip(village, district)
    assert _copy_at_the_district(district, "SKM0002") == ("available", set())
    assert _available_in_the_union(district) == 2
    with village:
        assert Item.get(Item.barcode == "SKM0002").status == "available"


def test_the_copy_travels_even_when_the_restored_pc_clock_is_behind_the_district(tmp_path):
    """The repaired PC came back with its clock a month behind and the program was started again: the version
    clock only knows the backup's versions, older than the copy's at the district. The copy written on dismissal
    still sorts after what the district holds."""
    behind = FixedClock("2026-03-14T08:00:00+07:00")
    with _lent_paid_and_restored(tmp_path, restored_clock=behind) as done:
        village, district = done.village, done.district
        with district:
            item = next(r for r in SyncReplica.select().where(SyncReplica.entity == "item")
                        if json.loads(r.data)["barcode"] == "SKM0002")
        with village:
            assert village.lib.hlc.tick() < item.version  # the clock alone would lose
        _dismiss_the_loan_still_out(village)
        with village:
            assert Item.get(Item.barcode == "SKM0002").version > item.version
        round_trip(village, district)
        assert _copy_at_the_district(district, "SKM0002") == ("available", set())


def test_the_sync_pages_list_shows_the_cash_total_and_counts_a_re_entered_payment(restored, qtbot):
    from pustaka_desktop import i18n
    from pustaka_desktop.gui.context import AppContext
    from pustaka_desktop.gui.pages.sync import SyncPage

    village, _district = restored
    village.lib.activate()
    i18n.install("en")
    try:
        page = SyncPage(AppContext(village.lib, village.staff))
        qtbot.addWidget(page)
        page.show()
        assert page.lost_tab.cash.isVisible()
        assert "Rp 3,500 taken, Rp 0 of it re-entered.\nadmin: Rp 2,500" in page.lost_tab.cash.text()
        charge, *payments = [e for e in lost.entries(village.lib) if e.kind == "fine"]
        for line in (charge, *payments):
            lost.reenter(village.lib, village.staff, line.key)
        page.refresh()
        assert "Rp 3,500 taken, Rp 3,500 of it re-entered." in page.lost_tab.cash.text()
    finally:
        i18n.install("id")
