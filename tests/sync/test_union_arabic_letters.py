"""The district's union catalogue finds a kitab a village catalogued in Arabic letters by its name typed in Latin
letters, as the village's own catalogue does (core/catalog/arabic_letters.py): the officer's PC and the phones
that read the published union catalogue have no Arabic keyboard. On SQLite and on PostgreSQL alike
(``dialect.arabic_words``), and for a union catalogue made before the words were listed (migration 0026)."""

from __future__ import annotations

from pustaka_desktop.core.settings import set_setting
from pustaka_desktop.core.sync import dialect, union_rebuild
from pustaka_desktop.web.source import SearchRequest
from pustaka_desktop.web.union_source import UnionSource

from .sync_helpers import authored, both_databases, union_titles


@both_databases
def test_a_kitab_in_arabic_letters_is_found_by_its_name_in_latin_letters(pair):
    village, district = pair
    authored(village, "رياض الصالحين", "النووي", "TBR1")
    authored(village, "تفسير الجلالين", "جلال الدين المحلي", "TBR2")
    authored(village, "Kerbau dan Petani", "Tim Penyusun", "TBR3")
    authored(village, "الفقه الإسلامي وأدلته", "وهبة الزحيلي", "TBR5")
    authored(village, "بداية الهداية", "الغزالي", "TBR6")
    authored(village, "إحياء علوم الدين", "الغزالي", "TBR7")
    district.import_file(village.export_to(district))

    # the union writes a tā' marbūṭa as hā' (بدايه): its last ه is read both ways, فقه stays fiqh
    assert union_titles(district, "Bidayatul Hidayah") == ["بداية الهداية"]
    assert union_titles(district, "Ihya Ulumuddin") == ["إحياء علوم الدين"]  # (two words written as one: ulum-ud-din)
    assert union_titles(district, "Fiqih Islami") == ["الفقه الإسلامي وأدلته"]
    assert union_titles(district, "Fiqhul Islami") == ["الفقه الإسلامي وأدلته"]
    assert union_titles(district, "Riyadhus Shalihin") == ["رياض الصالحين"]
    assert union_titles(district, "riyadus solihin") == ["رياض الصالحين"]
    assert union_titles(district, "Tafsir Jalalain") == ["تفسير الجلالين"]
    assert union_titles(district, "tafsir jala") == ["تفسير الجلالين"]  # (still being typed)
    assert union_titles(district, "Imam Nawawi") == []  # (every word must match: no "imam" there)
    assert union_titles(district, "Nawawi") == ["رياض الصالحين"]  # the author, as the village's catalogue finds him
    # an Indonesian word with an Arabic word's consonants is not that word: kerbau is no القريب
    assert union_titles(district, "kerbau") == ["Kerbau dan Petani"]
    assert union_titles(district, "رياض") == ["رياض الصالحين"]  # (typed in Arabic, as before)
    # typed in Arabic with or without the article the title has (a phone has an Arabic keyboard)
    assert union_titles(district, "صالحين") == ["رياض الصالحين"]
    assert union_titles(district, "الرياض") == ["رياض الصالحين"]
    with district:  # the union catalogue published on the web: a phone has no Arabic keyboard either
        page = UnionSource(district.lib).search(SearchRequest(text="Safinatun Naja"))
        assert page.total == 0
        page = UnionSource(district.lib).search(SearchRequest(text="Riyadhus"))
        assert [hit.title for hit in page.hits] == ["رياض الصالحين"]


@both_databases
def test_a_new_kitab_is_found_once_its_bundle_arrives(pair):
    village, district = pair
    authored(village, "Kerbau dan Petani", "Tim Penyusun", "TBR3")
    district.import_file(village.export_to(district))
    assert union_titles(district, "Safinatun Naja") == []  # (the words were read for this search: none yet)
    authored(village, "سفينة النجا", "سالم بن سمير الحضرمي", "TBR4")
    district.import_file(village.export_to(district))
    assert union_titles(district, "Safinatun Naja") == ["سفينة النجا"]


@both_databases
def test_a_union_catalogue_from_before_lists_its_arabic_words_on_the_next_open(pair):
    village, district = pair
    authored(village, "فتح القريب", "ابن قاسم الغزي", "TBR1")
    authored(village, "Laskar Pelangi", "Andrea Hirata", "TBR2")
    district.import_file(village.export_to(district))
    with district:  # as a district's file was before migration 0026: its words indexed, none listed
        conn = dialect.conn(district.lib)
        conn.execute("DELETE FROM union_arabic_word")
        set_setting(union_rebuild.ARABIC_SETTING, False)
    assert union_titles(district, "Fathul Qorib") == []
    with district:
        union_rebuild.ensure_current(district.lib)  # (as the district's pages do when they open)
        # only the records with Arabic letters were read: their words, none of the others'
        assert sorted(w for (w,) in conn.execute("SELECT word FROM union_arabic_word")) == sorted(
            ["فتح", "القريب", "ابن", "قاسم", "الغزي"])
    assert union_titles(district, "Fathul Qorib") == ["فتح القريب"]
    assert union_titles(district, "Ibnu Qasim") == ["فتح القريب"]
