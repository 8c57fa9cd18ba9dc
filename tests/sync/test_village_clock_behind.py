"""A village PC whose clock fell a year behind (a flat clock battery, then the librarian typed last year): its bundles
are followed at once, not held back until the clock is set right, and the officer and the village are each told
whose clock is wrong, without trusting that clock."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.catalog import copies, records, review
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import SyncException
from pustaka_desktop.core.sync import conflicts, hub, stats, union

from .sync_helpers import Site, both_databases, enrol


@pytest.fixture
def sites(tmp_path):
    """Cibodas (CBD), enrolled with its district office; one book kept with an ISBN as printed (on its review list),
    sent, and the office's answer read back, all on 2 March 2026."""
    district = Site(tmp_path, "dinas", "DIN", FixedClock("2026-03-02T09:00:00+07:00"), district=True)
    village = Site(tmp_path, "cibodas", "CBD", FixedClock("2026-03-02T09:00:00+07:00"))
    enrol(village, district, tmp_path)
    with village:
        saved = records.add_record(village.lib, village.staff, isbn_as_printed=True, title="Laskar Pelangi",
                                   isbn="9789793062795")
        review.note_isbn(village.lib, village.staff, saved.record)
        copies.add_item(village.lib, village.staff, saved.record)
    district.import_file(village.export_to(district))
    district.clock.advance(hours=1)
    village.import_file(district.export_to(village))
    yield village, district
    village.close()
    district.close()


def _told(site: Site) -> list[tuple[str, str]]:
    with site:
        out = []
        for exception in SyncException.select():
            label, template, values = conflicts.exception_text(exception)
            out.append((exception.kind, template.format(**values)))
        return out


@both_databases
def test_a_village_whose_clock_fell_a_year_behind_is_followed_and_the_officer_is_told(sites):
    village, district = sites
    village.clock.set("2025-03-05T09:00:00+07:00")
    district.clock.set("2026-03-05T09:00:00+07:00")
    with village:
        review.keep(village.lib, village.staff, review.open_flags(village.lib)[0].id)
    assert district.import_file(village.export_to(district)).result == "applied"
    with district:
        rows, _total = stats.district_report(district.lib, stats.year_range(2026))
    assert {row.code: row.to_check for row in rows} == {"CBD": 0}  # not 1 until the clock is set right
    [(kind, sentence)] = _told(district)
    # (by the office's clock alone: its answer of 2 March 2026, 10:00 was already read on "5 March 2025")
    assert kind == "clock-behind" and "CBD" in sentence and "at least 362 days" in sentence


def test_the_village_is_told_its_own_clock_is_behind_not_that_the_offices_is_ahead(sites):
    village, district = sites
    village.clock.set("2025-03-05T09:00:00+07:00")
    district.clock.set("2026-03-05T09:00:00+07:00")
    with district:  # the officer corrects the title: the correction goes back stamped with the office's time
        [hit] = union.search(district.lib, "laskar")
        hub.edit_record(district.lib, district.staff, hit.id, title="Laskar Pelangi : sebuah novel")
    assert village.import_file(district.export_to(village)).result == "applied"
    [(kind, sentence)] = _told(village)
    assert kind == "clock-behind-here"
    assert "this computer's clock is probably behind" in sentence and "DIN" in sentence and "365 days" in sentence


def test_an_older_bundle_read_late_is_still_not_taken_for_the_newest(sites):
    """Two bundles made a minute apart with the clock right, read newest first (a second stick came sooner): the
    older one's review count does not come back."""
    village, district = sites
    first = village.export_to(district)
    with village:
        review.keep(village.lib, village.staff, review.open_flags(village.lib)[0].id)
    village.clock.advance(minutes=1)
    second = village.export_to(district)
    district.import_file(second)
    district.import_file(first)
    with district:
        rows, _total = stats.district_report(district.lib, stats.year_range(2026))
    assert {row.code: row.to_check for row in rows} == {"CBD": 0}


def test_a_bundle_the_stick_had_no_room_for_leaves_no_sign_of_a_restored_backup(sites, tmp_path, monkeypatch):
    """Each bundle ends with a change number of its own; a stick too full for the bundle takes that number back,
    and the next bundle must not look like the work of a PC put back to an older backup."""
    import errno

    from pustaka_desktop.core.errors import PustakaError
    from pustaka_desktop.core.store import files
    from pustaka_desktop.core.sync import export, keys

    village, district = sites
    real_open = open

    def full(path, mode="r", *args, **kwargs):
        if "w" in mode and str(path).startswith(str(tmp_path / "full")):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(path, mode, *args, **kwargs)

    (tmp_path / "full").mkdir()
    monkeypatch.setattr(files, "open", full, raising=False)
    with village, pytest.raises(PustakaError):
        export.export_bundle(village.lib, village.staff, "DIN", tmp_path / "full")
    monkeypatch.undo()
    with village:
        assert keys.restored_behind(village.lib) == 0
    assert district.import_file(village.export_to(district)).result == "applied"
    with village:
        assert keys.restored_behind(village.lib) == 0
