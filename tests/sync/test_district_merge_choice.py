"""A district officer with many villages merging duplicates by hand: the record the officer keeps is the one the
union catalogue goes on showing (its spelling, its class number, its publisher), the officer sees that before the
merge happens, and a split undoes it."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.catalog import copies, records
from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.sync import hub, union

from .sync_helpers import Site, both_databases, enrol

# what each village typed: three wrote the title with a slip and no class number, one wrote it as printed
BOOKS = {"CBD": ("Dongeng Nusantra Pilihan", ""), "GMB": ("Dongeng Nusantra Pilihan", ""),
         "PSR": ("Dongeng Nusantra Pilihan", ""), "SKM": ("Dongeng Nusantara Pilihan", "398.2")}


@pytest.fixture
def district(tmp_path):
    """A district office and four villages that each sent their copy of one book, written two ways."""
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    office = Site(tmp_path, "dinas", "DIN", clock, district=True)
    villages = []
    for code, (title, ddc) in BOOKS.items():
        village = Site(tmp_path, code.lower(), code, clock)
        villages.append(village)
        enrol(village, office, tmp_path)
        with village:
            saved = records.add_record(village.lib, village.staff, title=title, publisher="Kanisius", year=2015,
                                       ddc=ddc, authors=[{"name": "Tim Kanisius"}])
            copies.add_item(village.lib, village.staff, saved.record)
        office.import_file(village.export_to(office))
    yield office
    for site in (office, *villages):
        site.close()


def _both(office: Site) -> tuple[union.UnionHit, union.UnionHit]:
    [slip] = union.search(office.lib, "nusantra")
    [right] = union.search(office.lib, "nusantara")
    return slip, right


@both_databases
def test_the_record_the_officer_keeps_goes_on_saying_what_it_said_though_more_villages_wrote_the_other(district):
    with district:
        slip, right = _both(district)
        assert (slip.villages, right.villages) == (3, 1)
        kept = hub.merge_records(district.lib, district.staff, right.id, slip.id)
        fields = union.record_fields(district.lib, kept.id)
        [hit] = union.search(district.lib, "dongeng pilihan")
    assert (hit.id, hit.title, hit.villages, hit.copies) == (right.id, "Dongeng Nusantara Pilihan", 4, 4)
    assert (fields["ddc"], fields["publisher"], fields["year"]) == ("398.2", "Kanisius", 2015)


@both_databases
def test_the_preview_says_what_the_kept_record_will_say_and_writes_nothing(district):
    with district:
        slip, right = _both(district)
        either = {keep.id: hub.merge_preview(district.lib, keep.id, other.id)
                  for keep, other in ((right, slip), (slip, right))}
        assert len(union.search(district.lib, "dongeng pilihan")) == 2  # nothing merged yet
        kept = hub.merge_records(district.lib, district.staff, slip.id, right.id)
        after = union.record_fields(district.lib, kept.id)
    assert (either[right.id]["title"], either[right.id]["villages"]) == ("Dongeng Nusantara Pilihan", 4)
    # keeping the slip keeps its spelling; the class number it lacked comes from the other
    assert (either[slip.id]["title"], either[slip.id]["ddc"]) == ("Dongeng Nusantra Pilihan", "398.2")
    assert {k: either[slip.id][k] for k in ("title", "ddc", "publisher", "year")} == {
        k: after[k] for k in ("title", "ddc", "publisher", "year")}


@both_databases
def test_a_split_undoes_the_merge_and_the_kept_wording_survives_the_next_bundles(district, tmp_path):
    with district:
        slip, right = _both(district)
        kept = hub.merge_records(district.lib, district.staff, right.id, slip.id)
        moved = [r["record_uid"] for r in union.village_records(district.lib, kept.id) if r["code"] != "SKM"]
        again = hub.split_records(district.lib, district.staff, kept.id, moved)
        left = union.record_fields(district.lib, kept.id)
    assert (again.title, again.villages, left["title"]) == ("Dongeng Nusantra Pilihan", 3, "Dongeng Nusantara Pilihan")


def test_merging_a_record_with_itself_is_refused_in_words(district):
    with district:
        _slip, right = _both(district)
        with pytest.raises(ValidationError):
            hub.merge_preview(district.lib, right.id, right.id)
