"""Bundles as a district officer really carries them: from many villages on one stick, several from
one village in a day, copied twice, renamed by Windows, one damaged among them, and offices that
restore an older backup between two rounds. Nothing a village did may be lost or applied twice, and
every bundle that cannot go in is named with what to do."""

from __future__ import annotations

import shutil
from pathlib import Path

from pustaka_desktop.cli import main
from pustaka_desktop.core.errors import Refused
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store import backup
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Item, Loan, Member, MemberType, Record, SyncPeer
from pustaka_desktop.core.sync import catalog_pack, changes, hub

from .sync_helpers import Site, district_and_villages, enrol


def _stocked(village):
    """A village library with a shelf of books and a member, as it is on the day it enrols."""
    with village:
        record = store.insert(village.lib, Record, title="Si Kancil dan Buaya", publisher="Balai Pustaka")
        items = [store.insert(village.lib, Item, record=record.id, barcode=f"{village.code}{n:04d}")
                 for n in range(3)]
        mtype = MemberType.select().first()
        today = village.clock.now().date()
        member = store.insert(village.lib, Member, number=f"{village.code}-001", name="Siti Aminah",
                              member_type=mtype.id, registered_on=today, expires_on=today.replace(year=2030))
    return record, items, member


def _replica(district, village):
    with district:
        return changes.dump_replica(village.lib.site_id)


def _local(village):
    with village:
        return changes.dump_local(village.lib, False)


def test_work_a_village_sent_before_the_district_restored_an_older_backup_reaches_it_again(tmp_path):
    """The district's PC restores last week's backup: the loans, members and edits the villages sent
    since then are gone from it. The next round sends them again; nothing stays lost."""
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district, (village, _other) = district_and_villages(tmp_path, clock)
    record, items, _member = _stocked(village)
    district.import_file(village.export_to(district))
    village.import_file(district.export_to(village))
    (tmp_path / "usb").mkdir()
    with district:
        old = backup.backup_to(district.lib, district.staff, tmp_path / "usb")
    clock.advance(days=2)
    with village:  # after the district's backup: a new member borrows a book, a title is corrected
        mtype = MemberType.select().first()
        today = village.clock.now().date()
        budi = store.insert(village.lib, Member, number=f"{village.code}-002", name="Budi Santoso",
                            member_type=mtype.id, registered_on=today, expires_on=today.replace(year=2030))
        loan = store.insert(village.lib, Loan, item=items[1].id, member=budi.id, loaned_at=village.clock.now(),
                            due_on=today)
        store.update(village.lib, Record.get_by_id(record.id), title="Si Kancil dan Buaya (edisi revisi)")
    district.import_file(village.export_to(district))
    village.import_file(district.export_to(village))
    clock.advance(days=3)
    with district:
        backup.restore(district.lib, district.staff, old)
    for _round in range(2):  # the next rounds, each a stick there and back
        clock.advance(days=7)
        district.import_file(village.export_to(district))
        village.import_file(district.export_to(village))
    at_district = _replica(district, village)
    assert budi.uid in at_district["member"] and loan.uid in at_district["loan"]
    assert at_district["record"][record.uid]["title"] == "Si Kancil dan Buaya (edisi revisi)"
    assert at_district == _local(village)
    for site in (district, village, _other):
        site.close()


def _damage(path):
    """A stick pulled out while the bundle was copied on: the first half of the file, the rest never written."""
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2])


def test_a_stick_of_bundles_goes_in_past_copies_strangers_and_a_damaged_one_and_the_end_says_what_to_do(
        tmp_path, capsys, monkeypatch):
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district, (suka, maju) = district_and_villages(tmp_path, clock)
    other_district = Site(tmp_path, "cilacap", "CLP", clock, district=True)
    stranger = Site(tmp_path, "karang", "KRA", clock)  # a village of the other district
    enrol(stranger, other_district, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    for village in (suka, maju):
        _stocked(village)
    first = suka.export_to(district)
    shutil.copy(first, stick / first.name)
    shutil.copy(first, stick / first.name.replace(".zip", " (1).zip"))  # Windows's copy of a copy
    clock.advance(hours=2)
    with maju:
        mtype = MemberType.select().first()
        today = maju.clock.now().date()
        late = store.insert(maju.lib, Member, number="MJU-077", name="Dewi Lestari", member_type=mtype.id,
                            registered_on=today, expires_on=today.replace(year=2030))
    village_bundle = maju.export_to(district)
    shutil.copy(village_bundle, stick / village_bundle.name)
    damaged = shutil.copy(suka.export_to(district), stick)
    _damage(Path(damaged))
    foreign = shutil.copy(stranger.export_to(other_district), stick)
    district.close()
    monkeypatch.setenv("PUSTAKA_LANG", "en")
    capsys.readouterr()
    assert main(["--db", str(district.lib.path), "sync", "import", str(stick)]) == 1
    out = capsys.readouterr().out
    end = out[out.index("5 bundles:"):]  # what the officer reads when the list has scrolled away
    assert "5 bundles: 2 applied, 1 already applied, 2 rejected." in end
    assert f"Not imported: {Path(damaged).name} (SKM). Ask SKM for a new bundle" in end
    assert f"Not imported: {Path(foreign).name} (KRA). It belongs to CLP, not this office" in end
    reopened = Library.open(district.lib.path, clock)
    with reopened.bound():
        assert late.uid in changes.dump_replica(maju.lib.site_id)["member"]
        assert len(changes.dump_replica(suka.lib.site_id)["item"]) == 3
    reopened.close()
    for site in (suka, maju, other_district, stranger):
        site.close()


def test_the_inbox_page_says_what_to_do_about_a_bundle_that_did_not_go_in():
    from pustaka_desktop.gui.pages.district_inbox import DistrictInboxPage

    damaged = Refused("The bundle is damaged or incomplete (truncated file).", reason="damaged")
    line = hub.InboxLine("pustaka-SKM-to-DIN-20260302-1a2b3c4d.zip", "rejected", "SKM", reason="damaged",
                         error=damaged)
    why = DistrictInboxPage._why(line)
    assert why.startswith("The bundle is damaged") and "Ask SKM for a new bundle" in why


def test_a_village_the_district_no_longer_knows_is_named_with_enrolment_as_what_to_do(tmp_path):
    """The office restored a backup from before it enrolled SKM: SKM's bundle is addressed to it, but
    its sender is unknown here."""
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district, (suka, maju) = district_and_villages(tmp_path, clock)
    made = suka.export_to(district)
    with district:
        SyncPeer.delete().where(SyncPeer.code == "SKM").execute()
        line, = hub.import_folder(district.lib, district.staff, made.parent)
    assert (line.result, line.reason, line.sender) == ("rejected", "unknown-site", "SKM")
    template, params = hub.advice(line)
    assert template.startswith("Enrol {code} at this office") and params["code"] == "SKM"
    for site in (district, suka, maju):
        site.close()


def test_an_older_district_bundle_read_after_a_newer_one_keeps_the_newer_catalogue_pack(tmp_path):
    """Two district bundles for SKM on its stick, read newest first (their names sort by a random part):
    the older one's catalogue pack must not replace the newer one's."""
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district, (suka, maju) = district_and_villages(tmp_path, clock)

    def catalogue(isbn, title, barcode):
        with maju:
            record = store.insert(maju.lib, Record, title=title, isbn=isbn)
            store.insert(maju.lib, Item, record=record.id, barcode=barcode)
        district.import_file(maju.export_to(district))

    catalogue("9789793062792", "Laskar Pelangi", "MJU1")
    older = district.export_to(suka)
    clock.advance(days=1)
    catalogue("9789792248616", "Ronggeng Dukuh Paruk", "MJU2")
    newer = district.export_to(suka)
    suka.import_file(newer)
    suka.import_file(older)
    with suka:
        assert catalog_pack.lookup_isbn(suka.lib, "9789792248616")["title"] == "Ronggeng Dukuh Paruk"
    for site in (district, suka, maju):
        site.close()
