"""A district office merging the bundles of many villages, as they really come: a village whose PC clock was
set a year wrong for a while, bundles copied twice or read out of order."""

from __future__ import annotations

import shutil

import pytest

from pustaka_desktop.core.catalog import records, review
from pustaka_desktop.core.errors import Refused
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import SyncBundleLog
from pustaka_desktop.core.sync import hub, keys, stats

from .sync_helpers import Site, enrol


def _review_column(district: Site) -> dict[str, int | None]:
    with district:
        rows, _total = stats.district_report(district.lib, stats.year_range(2026))
    return {row.code: row.to_check for row in rows}


def test_a_village_whose_clock_was_a_year_ahead_is_followed_again_once_it_is_set_right(tmp_path):
    """Cibodas's BIOS said 2027 for a day: its bundle was made "in 2027". Once the clock is right, its next
    bundles were made before that in the village's own words; the district still has to take them as the newest
    (what its review list holds now), not wait a year."""
    office_clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", office_clock, district=True)
    village_clock = FixedClock("2027-03-02T09:00:00+07:00")
    village = Site(tmp_path, "cibodas", "CBD", village_clock)
    try:
        enrol(village, district, tmp_path)
        with village:
            saved = records.add_record(village.lib, village.staff, isbn_as_printed=True, title="Laskar Pelangi",
                                       isbn="9789793062795")  # a wrong check digit, kept as printed
            review.note_isbn(village.lib, village.staff, saved.record)
        assert district.import_file(village.export_to(district)).result == "applied"
        assert _review_column(district) == {"CBD": 1}

        village_clock.set("2026-03-03T09:00:00+07:00")  # the librarian set the year right
        with village:
            review.keep(village.lib, village.staff, review.open_flags(village.lib)[0].id)
            assert review.open_count(village.lib) == 0
        office_clock.set("2026-03-04T09:00:00+07:00")
        stale = village.export_to(district)
        assert district.import_file(stale).result == "applied"
        assert _review_column(district) == {"CBD": 0}
    finally:
        village.close()
        district.close()


def test_an_office_database_moved_to_a_new_pc_stops_the_inbox_once_and_says_where_to_confirm(tmp_path):
    """The office copied its database folder (with its keys) to a new PC, then put in a stick of village bundles:
    the office's database is the problem, not each bundle. It is said once, with where to confirm, and nothing
    is imported; once confirmed, the same stick goes in."""
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    villages = [Site(tmp_path, name, code, clock) for name, code in (("cibodas", "CBD"), ("gambung", "GMB"))]
    stick = tmp_path / "usb"
    stick.mkdir()
    moved = None
    try:
        for village in villages:
            enrol(village, district, tmp_path)
            with village:
                records.add_record(village.lib, village.staff, title=f"Buku {village.code}")
            shutil.copy(village.export_to(district), stick)
        with district:
            district.lib.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        district.close()
        new_pc = tmp_path / "pc-baru"
        shutil.copytree(district.lib.path.parent, new_pc)  # the database and its keys folder beside it
        moved = Library.open(new_pc / district.lib.path.name, clock)
        with moved.bound():
            with pytest.raises(Refused) as refused:
                hub.import_folder(moved, district.staff, stick)
            assert refused.value.reason == "copied-database"
            assert "Sync with district" in refused.value.message()  # the page where it is confirmed
            assert SyncBundleLog.select().where(SyncBundleLog.direction == "in").count() == 0  # nothing read
            keys.resolve_copy(moved, district.staff, keep_site=True)
            assert [line.result for line in hub.import_folder(moved, district.staff, stick)] == ["applied", "applied"]
    finally:
        for village in villages:
            village.close()
        if moved is not None:
            moved.close()
