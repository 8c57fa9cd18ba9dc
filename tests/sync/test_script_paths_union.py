"""The district's union catalogue: a kitab romanised one way in one village is found by the other spellings."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Item, Record
from pustaka_desktop.core.sync import union

from .sync_helpers import Site, both_databases, enrol


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


def _book(site, title: str, author: str, barcode: str) -> None:
    with site:
        record = store.insert(site.lib, Record, title=title,
                              authors=json.dumps([{"name": author, "role": "author", "kind": "person"}]))
        store.insert(site.lib, Item, record=record.id, barcode=barcode)


@both_databases
def test_the_district_finds_a_kitab_by_each_villages_romanisation(trio):
    one, two, district = trio
    _book(one, "Fathul Qarib", "Ibnu Qasim", "TBR1")
    _book(one, "Minhajul Abidin", "Imam Ghozali", "TBR2")
    _book(two, "Fath al-Qarib al-Mujib", "Ibn Qasim al-Ghazzi", "KJN1")
    _book(two, "Ihya Ulumuddin", "Al-Ghazali", "KJN2")
    district.import_file(one.export_to(district))
    district.import_file(two.export_to(district))

    def titles(text):
        with district:
            return sorted(hit.title for hit in union.search(district.lib, text))

    assert titles("Fathul Qorib") == ["Fath al-Qarib al-Mujib", "Fathul Qarib"]
    assert titles("fath al-qarib") == ["Fath al-Qarib al-Mujib", "Fathul Qarib"]
    assert titles("Ghazali") == ["Ihya Ulumuddin", "Minhajul Abidin"]
