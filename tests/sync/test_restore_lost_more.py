"""After a village restores an older backup: the fines charged and paid since (money in a real cash box) are
on the district's list and go back in the ledger with their day and who took the money; a loan the librarian
dismissed from the list stops being out at the district; bundle files on a stick sort by the time they were
made."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop.core import auth
from pustaka_desktop.core.circulation import fines, loans
from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import FineEntry, Member, Record, SyncReplica
from pustaka_desktop.core.sync import lost

from .sync_helpers import Site, enrol, restored_village, round_trip, siti_borrows_si_kancil


def _back_late_and_paid_in_part(village):
    """The book comes back 40 days late: charged; an hour later the volunteer takes Rp 1.000 of it; Budi borrows
    the second copy. Returns what was owed."""
    village.clock.advance(days=40)
    loans.checkin(village.lib, village.staff, "SKM0001")
    member = Member.get(Member.number == "SKM-0001")
    owed = fines.balance(village.lib, member)
    assert owed > 1000
    village.clock.advance(hours=1)
    volunteer = auth.login(village.lib, "relawan", "relawan123")
    fines.pay(village.lib, volunteer, member, 1000, note="tunai")
    loans.checkout(village.lib, village.staff, "SKM-0002", "SKM0002")
    return owed


@pytest.fixture
def late_fine_lost(tmp_path):
    """Sukamaju (SKM) lends a book, backs up; the book comes back late, the member is charged and pays part
    of it to the volunteer at the desk (Rp in the cash box), and Budi borrows another book; a round trip; the disk
    fails and the backup goes back on; one round trip more."""
    with restored_village(tmp_path, siti_borrows_si_kancil, _back_late_and_paid_in_part) as done:
        yield done.village, done.district, done.before, done.after


def test_fines_charged_and_paid_since_the_backup_are_listed_with_member_money_day_and_staff(late_fine_lost):
    village, _district, _lent, owed = late_fine_lost
    with village:
        found = [e for e in lost.entries(village.lib) if e.kind == "fine"]
        said = [lost.describe(e, lambda _context, text: text) for e in found]
    assert [(e.fine, e.amount, e.number, e.when, e.staff, e.barcode) for e in found] == [
        ("charge", owed, "SKM-0001", "2026-04-11", "admin", "SKM0001"),
        ("payment", 1000, "SKM-0001", "2026-04-11", "relawan", "")]
    assert said == [f"member SKM-0001, 11-04-2026: fine of Rp {owed:_} charged, for copy SKM0001 (Si Kancil dan "
                    "Buaya)".replace("_", "."), "member SKM-0001, 11-04-2026: Rp 1.000 paid, taken by relawan"]


def test_lost_fines_go_back_in_the_ledger_with_their_day_and_staff_and_the_district_counts_them_once(
        late_fine_lost):
    village, district, lent, owed = late_fine_lost
    with village:
        back = next(e for e in lost.entries(village.lib) if e.kind == "return")
        lost.reenter(village.lib, village.staff, back.key)
        charge, payment = [e for e in lost.entries(village.lib) if e.kind == "fine"]
        with pytest.raises(ValidationError):  # the payment before its charge: no credit is kept
            lost.reenter(village.lib, village.staff, payment.key)
        lost.reenter(village.lib, village.staff, charge.key)
        lost.reenter(village.lib, village.staff, payment.key)
        member = Member.get(Member.number == "SKM-0001")
        assert fines.balance(village.lib, member) == owed - 1000
        paid = FineEntry.get(FineEntry.uid == payment.uid)
        assert (paid.kind, paid.amount, paid.staff, paid.note, paid.at.date().isoformat()) == (
            "payment", 1000, "relawan", "tunai", "2026-04-11")
        assert FineEntry.get(FineEntry.uid == charge.uid).loan.uid == lent.uid
        assert [e for e in lost.entries(village.lib) if e.kind == "fine"] == []
    district.import_file(village.export_to(district))
    with district:
        rows = [json.loads(r.data) for r in SyncReplica.select().where(SyncReplica.entity == "fine_entry")]
    assert sorted((row["kind"], row["amount"]) for row in rows) == [("charge", owed), ("payment", 1000)]


def _open_loans_at_the_district(district) -> set[str]:
    with district:
        return {r.uid for r in SyncReplica.select().where(SyncReplica.entity == "loan")
                if json.loads(r.data)["returned_at"] is None and not r.deleted}


def test_a_lost_loan_the_librarian_dismissed_is_closed_at_the_district(late_fine_lost):
    village, district, _lent, _owed = late_fine_lost
    with village:  # "the book was already back on the shelf"
        out = next(e for e in lost.entries(village.lib) if e.kind == "loan_out")
    assert out.uid in _open_loans_at_the_district(district)
    village.clock.advance(days=1)
    with village:
        lost.dismiss(village.lib, village.staff, out.key)
    round_trip(village, district)
    assert out.uid not in _open_loans_at_the_district(district)
    with district:
        closed = json.loads(SyncReplica.get(SyncReplica.uid == out.uid).data)
    assert closed["returned_at"].startswith("2026-04-14")  # the day it was dismissed
    round_trip(village, district)  # (said again in every bundle: nothing changes twice)
    assert out.uid not in _open_loans_at_the_district(district)


def test_a_district_updated_after_the_dismissal_still_closes_the_loan(late_fine_lost, monkeypatch):
    """The village dismissed the loan while its district ran an older version (which ignores the news); once the
    district is updated, the village's next bundle still names the loan."""
    from pustaka_desktop.core.sync import replicas

    village, district, _lent, _owed = late_fine_lost
    with village:
        out = next(e for e in lost.entries(village.lib) if e.kind == "loan_out")
        lost.dismiss(village.lib, village.staff, out.key)
    with monkeypatch.context() as older:
        older.setattr(replicas.lost, "close_dismissed", lambda *args: 0)
        round_trip(village, district)
        assert out.uid in _open_loans_at_the_district(district)
    round_trip(village, district)
    assert out.uid not in _open_loans_at_the_district(district)


def test_bundle_files_on_a_stick_sort_by_the_time_they_were_made(tmp_path, monkeypatch):
    """The librarian makes three bundles in one morning (the stick came back without the first being read); in a
    folder sorted by name the newest is last, and a folder is imported oldest first. The names still fit what an
    older hub or village accepts, and a bundle named the old way is read as before."""
    import uuid
    from types import SimpleNamespace

    from pustaka_desktop.core.sync import export, hub, wire

    clock = FixedClock("2026-03-02T08:05:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    village = Site(tmp_path, "suka", "SKM", clock)
    enrol(village, district, tmp_path)
    ids = iter(["f3a1c2d4-0000-4000-8000-000000000000", "9b00e1aa-0000-4000-8000-000000000000",
                "0c77d2b1-0000-4000-8000-000000000000"])
    monkeypatch.setattr(export, "uuid", SimpleNamespace(uuid4=lambda: uuid.UUID(next(ids))))  # ids that sort backwards
    made = []
    for title in ("Si Kancil", "Laskar Pelangi", "Ronggeng Dukuh Paruk"):
        with village:
            store.insert(village.lib, Record, title=title)
        made.append(village.export_to(district))
        clock.advance(minutes=47)
    assert [p.name for p in hub.bundle_files(village.stick)] == [p.name for p in made]
    assert all(wire.BUNDLE_NAME.match(p.name) for p in made)
    old_style = made[0].rename(made[0].with_name("pustaka-SKM-to-DIN-20260302-f3a1c2d4.zip"))
    assert district.import_file(old_style).bundle_id.startswith("f3a1c2d4")
    village.close()
    district.close()
