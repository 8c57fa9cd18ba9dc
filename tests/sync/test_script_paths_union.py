"""The district's union catalogue: a kitab romanised one way in one village is found by the other spellings."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.store.clock import FixedClock

from .sync_helpers import Site, authored, both_databases, enrol, union_titles


@pytest.fixture
def trio(tmp_path):
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    one = Site(tmp_path, "tebuireng", "TBR", clock)
    two = Site(tmp_path, "kajen", "KJN", clock)
    enrol(one, district, tmp_path)
    enrol(two, district, tmp_path)
    yield one, two, district
    for site in (one, two, district):
        site.close()



@both_databases
def test_the_district_finds_a_kitab_by_each_villages_romanisation(trio):
    one, two, district = trio
    authored(one, "Fathul Qarib", "Ibnu Qasim", "TBR1")
    authored(one, "Minhajul Abidin", "Imam Ghozali", "TBR2")
    authored(two, "Fath al-Qarib al-Mujib", "Ibn Qasim al-Ghazzi", "KJN1")
    authored(two, "Ihya Ulumuddin", "Al-Ghazali", "KJN2")
    district.import_file(one.export_to(district))
    district.import_file(two.export_to(district))

    assert union_titles(district, "Fathul Qorib") == ["Fath al-Qarib al-Mujib", "Fathul Qarib"]
    assert union_titles(district, "fath al-qarib") == ["Fath al-Qarib al-Mujib", "Fathul Qarib"]
    assert union_titles(district, "Ghazali") == ["Ihya Ulumuddin", "Minhajul Abidin"]
