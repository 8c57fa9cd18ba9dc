"""A village library restores an older backup (its PC failed, an old copy was put back): the loans,
returns, members and books of the days since are gone from it, but the district still holds them. After
the next round trip the village has the district's list of what it lost, and its librarian puts a loan
back in one action with its original dates, never by the district writing over the village's data."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.circulation import loans
from pustaka_desktop.core.errors import Conflict
from pustaka_desktop.core.store import backup
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import AuditLog, Item, Loan, Member, MemberType, Record, SyncReplica
from pustaka_desktop.core.sync import bundle, lost, status

from .sync_helpers import Site, catalogue, enrol, register, restored_village, round_trip


def _siti_borrows(village):
    """Si Kancil dan Buaya in four copies (SKM0000-SKM0003); Siti Aminah (SKM-0001) borrows SKM0003."""
    catalogue(village, "Si Kancil dan Buaya", [f"SKM{n:04d}" for n in range(4)])
    register(village, "SKM-0001", "Siti Aminah")
    loans.checkout(village.lib, village.staff, "SKM-0001", "SKM0003")


def _three_days_of_work(village):
    """Budi registers and borrows two copies, Siti brings hers back, a book is catalogued: (Budi's loans, the
    record)."""
    village.clock.advance(days=3)
    register(village, "SKM-0002", "Budi Santoso")
    lent = [loans.checkout(village.lib, village.staff, "SKM-0002", code).loan for code in ("SKM0000", "SKM0001")]
    loans.checkin(village.lib, village.staff, "SKM0003")
    added = store.insert(village.lib, Record, title="Tjerita rakjat dari Djawa Timoer", publisher="Balai Pustaka")
    return lent, added


@pytest.fixture
def restored(tmp_path):
    """Sukamaju (SKM) backs up, then lends two books to a member registered that morning, takes a book
    back, catalogues a book and syncs; its disk fails and the backup goes back on; one round trip."""
    with restored_village(tmp_path, _siti_borrows, _three_days_of_work) as done:
        lent, added = done.after
        yield done.village, done.district, lent, added


def _by_kind(village):
    with village:
        found = lost.entries(village.lib)
    out = {}
    for entry in found:
        out.setdefault(entry.kind, []).append(entry)
    return out


def test_the_village_learns_which_loans_are_still_out_with_copy_member_and_dates(restored):
    village, _district, lent, added = restored
    found = _by_kind(village)
    out = sorted((e.barcode, e.number, e.when, e.due_on, e.uid) for e in found["loan_out"])
    assert out == sorted((f"SKM000{n}", "SKM-0002", "2026-03-05", str(loan.due_on), loan.uid)
                         for n, loan in enumerate(lent))
    assert [(e.barcode, e.number) for e in found["return"]] == [("SKM0003", "SKM-0001")]
    assert [e.number for e in found["member"]] == ["SKM-0002"]
    assert [e.title for e in found["record"]] == [added.title]
    with village:  # the village's own data was not written over: the copies still show on the shelf
        assert Loan.select().where(Loan.uid.in_([loan.uid for loan in lent])).count() == 0
        assert not Member.select().where(Member.number == "SKM-0002").exists()
        assert status.sync_status(village.lib)["lost"]["loan_out"] == 2


def test_a_lost_loan_is_lent_again_with_its_original_id_and_dates_and_the_district_counts_it_once(restored):
    village, district, lent, _added = restored
    with village:  # the patron comes back: the librarian registers her again with the number on her card
        umum = MemberType.select().first()
        store.insert(village.lib, Member, number="SKM-0002", name="Budi Santoso", member_type=umum.id,
                     registered_on=village.clock.now().date(), expires_on=village.clock.now().date().replace(year=2028))
        first = next(e for e in lost.entries(village.lib) if e.kind == "loan_out")
        lost.reenter(village.lib, village.staff, first.key)
        loan = Loan.get(Loan.uid == first.uid)
        original = next(x for x in lent if x.uid == first.uid)
        assert (loan.loaned_at, loan.due_on, loan.returned_at) == (original.loaned_at, original.due_on, None)
        assert Item.get_by_id(loan.item_id).status == "on_loan"
        assert AuditLog.select().where((AuditLog.action == "sync.lost_loan_reentered")
                                       & (AuditLog.entity_uid == first.uid)).exists()
        assert first.uid not in [e.uid for e in lost.entries(village.lib)]
        assert "member" not in {e.kind for e in lost.entries(village.lib)}  # registered again
    district.import_file(village.export_to(district))
    with district:  # one loan for that copy at the district, not the lost one and a second one
        open_loans = [json.loads(r.data) for r in SyncReplica.select().where(SyncReplica.entity == "loan")
                      if json.loads(r.data)["returned_at"] is None]
        items = [d["item_id"] for d in open_loans]
        assert len(items) == len(set(items))
        assert SyncReplica.select().where(SyncReplica.uid == first.uid).count() == 1
    assert not any(e.kind == "double-loan" for e in _exceptions(district))


def _exceptions(district):
    from pustaka_desktop.core.store.models import SyncException

    with district:
        return list(SyncException.select())


def test_a_lost_return_closes_the_loan_the_restore_reopened(restored):
    village, _district, _lent, _added = restored
    with village:
        back = next(e for e in lost.entries(village.lib) if e.kind == "return")
        lost.reenter(village.lib, village.staff, back.key)
        loan = Loan.get(Loan.uid == back.uid)
        assert loan.returned_at is not None and loan.returned_at.date().isoformat() == "2026-03-05"
        assert Item.get_by_id(loan.item_id).status == "available"


def test_a_copy_lent_again_since_the_restore_is_not_lent_twice(restored):
    village, _district, _lent, _added = restored
    with village:
        entry = next(e for e in lost.entries(village.lib) if e.kind == "loan_out")
        loans.checkout(village.lib, village.staff, "SKM-0001", entry.barcode)
        with pytest.raises(Conflict):
            lost.reenter(village.lib, village.staff, entry.key)
        lost.dismiss(village.lib, village.staff, entry.key)
        assert entry.uid not in [e.uid for e in lost.entries(village.lib)]


def test_the_list_stops_travelling_once_the_village_has_it(restored):
    village, district, _lent, _added = restored
    again = bundle.open_bundle(district.export_to(village))  # (a stick lost on the way: the next one has it too)
    with again.zf:
        assert again.manifest["files"][bundle.LOST]["records"] >= 5
    district.import_file(village.export_to(district))
    path = district.export_to(village)
    opened = bundle.open_bundle(path)
    with opened.zf:
        assert bundle.LOST not in opened.manifest["files"]


def test_a_district_that_restored_sends_no_list_for_what_it_lost_itself(tmp_path):
    """The other way round: the district's PC went back in time, the village lost nothing. Later the
    village restores its own older backup: only what the village lost is listed."""
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    village = Site(tmp_path, "suka", "SKM", clock)
    enrol(village, district, tmp_path)
    with village:
        store.insert(village.lib, Record, title="Si Kancil")
    round_trip(village, district)
    (tmp_path / "usb").mkdir()
    with district:
        old = backup.backup_to(district.lib, district.staff, tmp_path / "usb")
    with village:
        old_here = backup.backup_to(village.lib, village.staff, tmp_path / "usb")
        store.insert(village.lib, Record, title="Laskar Pelangi")
    round_trip(village, district)
    with district:
        backup.restore(district.lib, district.staff, old)
    for _ in range(2):
        round_trip(village, district)
    with village:
        assert lost.entries(village.lib) == []
        store.insert(village.lib, Record, title="Ronggeng Dukuh Paruk")
    round_trip(village, district)
    with village:
        backup.restore(village.lib, village.staff, old_here)
    round_trip(village, district)
    with village:
        assert sorted(e.title for e in lost.entries(village.lib)) == ["Laskar Pelangi", "Ronggeng Dukuh Paruk"]
    village.close()
    district.close()


def test_sync_lost_lists_and_reenters_from_the_command_line(restored, capsys, monkeypatch):
    village, _district, lent, _added = restored
    monkeypatch.setenv("PUSTAKA_LANG", "en")
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    db = str(village.lib.path)
    with village:
        umum = MemberType.select().first()
        store.insert(village.lib, Member, number="SKM-0002", name="Budi Santoso", member_type=umum.id,
                     registered_on=village.clock.now().date(), expires_on=village.clock.now().date().replace(year=2028))
    village.lib.close()
    capsys.readouterr()
    assert main(["--db", db, "--user", "admin", "sync", "status"]) == 0
    assert "2 loan(s) still out" in capsys.readouterr().out
    assert main(["--db", db, "--user", "admin", "sync", "lost"]) == 0
    shown = capsys.readouterr().out
    assert "Loans still out" in shown and "copy SKM0000" in shown and "member SKM-0002" in shown
    assert "lent 05-03-2026" in shown
    key = lent[0].uid[-8:]
    assert main(["--db", db, "--user", "admin", "sync", "lost", "--reenter", key]) == 0
    assert "Re-entered: copy SKM0000" in capsys.readouterr().out
    assert main(["--db", db, "--user", "admin", "sync", "lost", "--json"]) == 0
    assert key not in [e["key"] for e in json.loads(capsys.readouterr().out)["lines"]]


def test_a_village_on_an_older_version_gets_no_list_it_cannot_read(tmp_path, monkeypatch):
    """Two hundred villages are not all updated on the same day. An older village refuses a bundle holding a file
    it does not know, and with it the district's catalogue pack and grants: the district sends the list only to
    a village whose bundles say which lists it holds (``lost_received``)."""
    from pustaka_desktop.core.sync import export

    real_write = bundle.write

    def as_an_older_village(handle, manifest, *rest, **kw):  # what a village before the lists writes
        manifest.pop("lost_received", None)
        return real_write(handle, manifest, *rest, **kw)

    monkeypatch.setattr(export.bundle, "write", as_an_older_village)
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    village = Site(tmp_path, "suka", "SKM", clock)
    enrol(village, district, tmp_path)
    with village:
        record = store.insert(village.lib, Record, title="Si Kancil dan Buaya")
        store.insert(village.lib, Item, record=record.id, barcode="SKM0000", status="available")
    round_trip(village, district)
    (tmp_path / "usb").mkdir()
    with village:
        old = backup.backup_to(village.lib, village.staff, tmp_path / "usb")
    clock.advance(days=1)
    with village:
        store.insert(village.lib, Record, title="Tjerita rakjat dari Djawa Timoer")
    round_trip(village, district)
    with village:
        backup.restore(village.lib, village.staff, old)
    village.clock.advance(hours=1)
    district.import_file(village.export_to(district))
    back = district.export_to(village)
    import zipfile

    with zipfile.ZipFile(back) as zf:
        assert bundle.LOST not in zf.namelist()
    with district:
        assert lost.waiting_counts() == {village.lib.site_id: 1}  # (kept for when the village is updated)
    village.close()
    district.close()
