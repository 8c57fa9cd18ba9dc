"""Sukamaju moves into Pustaka on 5 December 2026 with its members kept in Excel, without registration dates;
Maju still runs an older version. The district counts each village's new members by the day their rows say they
registered, and those rows say the import's day: the district's December showed Sukamaju's whole member list as
new members. Now the bundle's manifest says how many members came from before Pustaka (by that day) and the
district's row of Sukamaju says what Sukamaju's own report says; Maju's older bundles are counted as before."""

from __future__ import annotations

from datetime import date

from openpyxl import Workbook

from pustaka_desktop.core.community import members
from pustaka_desktop.core.interop import member_import
from pustaka_desktop.core.reports import figures
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Member
from pustaka_desktop.core.sync import bundle, district_from_before, stats

from .sync_helpers import district_and_villages, round_trip

DECEMBER, NOVEMBER, MARCH_2025 = Period.month(2026, 12), Period.month(2026, 11), Period.month(2025, 3)
YEAR = Period.year(2026)


def _moved_in(site, tmp_path, names):
    book = Workbook()
    book.active.append(["No", "Nama", "L/P", "Alamat"])
    for n, name in enumerate(names, 1):
        book.active.append([n, name, "P", f"Dusun Krajan RT 0{n}"])
    path = tmp_path / f"anggota-{site.code}.xlsx"
    book.save(path)
    with site:
        return member_import.import_members(site.lib, site.staff, path)


def _older_version(monkeypatch) -> None:
    """Bundles as a village of an older version writes them: the manifest has no ``members_from_before``."""
    real = bundle.write

    def write(handle, manifest, *args, **kwargs):
        return real(handle, {k: v for k, v in manifest.items() if k != district_from_before.KEY}, *args, **kwargs)

    monkeypatch.setattr(bundle, "write", write)


def _rows(district, period):
    with district:
        rows, total = stats.district_report(district.lib, period)
    return {row.code: (row.new_members, row.members) for row in rows}, (total.new_members, total.members)


def _own(village, period):
    with village as lib:
        found = figures.members(lib, period)
    return found["new"], found["total"]


def test_the_district_counts_a_villages_members_from_before_as_its_own_report_does(tmp_path, monkeypatch):
    district, (sukamaju, maju) = district_and_villages(tmp_path, FixedClock("2026-12-05T09:00:00+07:00"))
    try:
        _moved_in(sukamaju, tmp_path, ["Siti Aminah", "Budi Santoso", "Rina Marlina"])
        with sukamaju:
            members.register(sukamaju.lib, sukamaju.staff, name="Dewi Lestari", member_type="Umum")  # new that day
        _moved_in(maju, tmp_path, ["Ahmad Fauzi", "Tini Suwarni"])
        round_trip(sukamaju, district)
        with monkeypatch.context() as patch:
            _older_version(patch)
            round_trip(maju, district)
        rows, total = _rows(district, DECEMBER)
        assert rows["SKM"] == (1, 4) == _own(sukamaju, DECEMBER)  # was (4, 4): the whole list "new"
        assert rows["MJU"] == (2, 2)  # an older version says nothing: counted as before
        assert total == (3, 6)
        assert _rows(district, NOVEMBER)[0]["SKM"] == (0, 3) == _own(sukamaju, NOVEMBER)
        assert _rows(district, YEAR)[0]["SKM"] == (1, 4) == _own(sukamaju, YEAR)
        # Sukamaju's librarian types Budi's real date from his old paper form: new in March 2025, at both ends
        sukamaju.clock.advance(days=10)
        with sukamaju:
            budi = Member.get(Member.name == "Budi Santoso")
            members.update_member(sukamaju.lib, sukamaju.staff, budi, registered_on="2025-03-15")
        round_trip(sukamaju, district)
        for period in (MARCH_2025, NOVEMBER, DECEMBER):
            assert _rows(district, period)[0]["SKM"] == _own(sukamaju, period), period
        assert _rows(district, MARCH_2025)[0]["SKM"] == (1, 3)
        # Maju updated: its next bundle says it too
        round_trip(maju, district)
        assert _rows(district, DECEMBER)[0]["MJU"] == (0, 2) == _own(maju, DECEMBER)
    finally:
        for site in (district, sukamaju, maju):
            site.close()


def test_the_manifest_carries_the_members_from_before_by_stand_in_day(tmp_path):
    district, (sukamaju, _maju) = district_and_villages(tmp_path, FixedClock("2026-12-05T09:00:00+07:00"))
    try:
        _moved_in(sukamaju, tmp_path, ["Siti Aminah", "Budi Santoso", "Rina Marlina"])
        with sukamaju:
            path = sukamaju.export_to(district)
        opened = bundle.open_bundle(path)
        opened.zf.close()
        assert opened.manifest[district_from_before.KEY] == {"2026-12-05": 3}
        # what the district keeps of a manifest it cannot read is nothing, never a traceback
        with district:
            district_from_before.note("x", {district_from_before.KEY: {"kemarin": 3, "2026-12-05": "tiga",
                                                                       "2026-12-06": -1, "2026-12-07": 2}})
            assert district_from_before.held()["x"] == {date(2026, 12, 7): 2}
    finally:
        for site in (district, sukamaju, _maju):
            site.close()
