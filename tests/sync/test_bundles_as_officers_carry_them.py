"""Bundles as a district officer really carries them: from many villages on one stick, several from
one village in a day, copied twice, renamed by Windows, one damaged among them, and offices that
restore an older backup between two rounds. Nothing a village did may be lost or applied twice, and
every bundle that cannot go in is named with what to do."""

from __future__ import annotations

from pustaka_desktop.core.store import backup
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Item, Loan, Member, MemberType, Record
from pustaka_desktop.core.sync import changes

from .sync_helpers import district_and_villages


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
