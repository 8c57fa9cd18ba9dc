"""The district's union catalogue finds a kitab a village catalogued in Arabic letters by its name typed in Latin
letters, as the village's own catalogue does (core/catalog/arabic_letters.py): the officer's PC and the phones
that read the published union catalogue have no Arabic keyboard. On SQLite and on PostgreSQL alike
(``dialect.arabic_words``), and for a union catalogue made before the words were listed (migration 0026)."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop.core.settings import set_setting
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Item, Record
from pustaka_desktop.core.sync import dialect, union, union_rebuild

from .sync_helpers import Site, both_databases, enrol


@pytest.fixture
def pair(tmp_path):
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    village = Site(tmp_path, "tebuireng", "TBR", clock)
    enrol(village, district, tmp_path)
    yield village, district
    for site in (village, district):
        site.close()


def _book(site, title: str, author: str, barcode: str) -> None:
    with site:
        record = store.insert(site.lib, Record, title=title,
                              authors=json.dumps([{"name": author, "role": "author", "kind": "person"}]))
        store.insert(site.lib, Item, record=record.id, barcode=barcode)


def _titles(district, text: str) -> list[str]:
    with district:
        return sorted(hit.title for hit in union.search(district.lib, text))


@both_databases
def test_a_kitab_in_arabic_letters_is_found_by_its_name_in_latin_letters(pair):
    village, district = pair
    _book(village, "رياض الصالحين", "النووي", "TBR1")
    _book(village, "تفسير الجلالين", "جلال الدين المحلي", "TBR2")
    _book(village, "Kerbau dan Petani", "Tim Penyusun", "TBR3")
    _book(village, "الفقه الإسلامي وأدلته", "وهبة الزحيلي", "TBR5")
    _book(village, "بداية الهداية", "الغزالي", "TBR6")
    district.import_file(village.export_to(district))

    # the union writes a tā' marbūṭa as hā' (بدايه): its last ه is read both ways, فقه stays fiqh
    assert _titles(district, "Bidayatul Hidayah") == ["بداية الهداية"]
    assert _titles(district, "Fiqih Islami") == ["الفقه الإسلامي وأدلته"]
    assert _titles(district, "Fiqhul Islami") == ["الفقه الإسلامي وأدلته"]
    assert _titles(district, "Riyadhus Shalihin") == ["رياض الصالحين"]
    assert _titles(district, "riyadus solihin") == ["رياض الصالحين"]
    assert _titles(district, "Tafsir Jalalain") == ["تفسير الجلالين"]
    assert _titles(district, "tafsir jala") == ["تفسير الجلالين"]  # (still being typed)
    assert _titles(district, "Imam Nawawi") == []  # (every word must match: no "imam" there)
    assert _titles(district, "Nawawi") == ["رياض الصالحين"]  # the author, as the village's catalogue finds him
    # an Indonesian word with an Arabic word's consonants is not that word: kerbau is no القريب
    assert _titles(district, "kerbau") == ["Kerbau dan Petani"]
    assert _titles(district, "رياض") == ["رياض الصالحين"]  # (typed in Arabic, as before)


@both_databases
def test_a_new_kitab_is_found_once_its_bundle_arrives(pair):
    village, district = pair
    _book(village, "Kerbau dan Petani", "Tim Penyusun", "TBR3")
    district.import_file(village.export_to(district))
    assert _titles(district, "Safinatun Naja") == []  # (the words were read for this search: none yet)
    _book(village, "سفينة النجا", "سالم بن سمير الحضرمي", "TBR4")
    district.import_file(village.export_to(district))
    assert _titles(district, "Safinatun Naja") == ["سفينة النجا"]


def test_a_union_catalogue_from_before_lists_its_arabic_words_on_the_next_open(pair):
    village, district = pair
    _book(village, "فتح القريب", "ابن قاسم الغزي", "TBR1")
    district.import_file(village.export_to(district))
    with district:  # as a district's file was before migration 0026: its words indexed, none listed
        conn = dialect.conn(district.lib)
        conn.execute("DELETE FROM union_arabic_word")
        set_setting(union_rebuild.WORDS_SETTING, 5)
    assert _titles(district, "Fathul Qorib") == []
    with district:
        union_rebuild.ensure_current(district.lib)
        assert _titles(district, "Fathul Qorib") == ["فتح القريب"]
        assert union_rebuild.WORDS_RULE == 6
