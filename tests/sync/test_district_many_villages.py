"""A district office merging the bundles of many villages, as they really come: a village whose PC clock was
set a year wrong for a while, bundles copied twice or read out of order."""

from __future__ import annotations

from pustaka_desktop.core.catalog import records, review
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.sync import stats

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
