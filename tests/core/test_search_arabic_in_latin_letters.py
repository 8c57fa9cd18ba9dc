"""A kitab catalogued in Arabic letters is found by its name typed in Latin letters, the ways a pesantren's santri
and a village librarian type them (core/catalog/arabic_letters.py): the desk PC, the kiosk and the patrons' phones
have no Arabic keyboard."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop.core.catalog import search
from pustaka_desktop.core.catalog.arabic_letters import arabic_key, latin_keys
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Record

# as a SLiMS or INLISLite catalogue of a pesantren library writes them: the cover's Arabic, some with vowel marks
KITAB = ("رياض الصالحين", "تَفْسِيرُ الْجَلَالَيْنِ", "سفينة النجا", "فتح القريب المجيب", "صحيح البخاري",
         "إحياء علوم الدين", "بلوغ المرام")


@pytest.fixture
def shelf(lib):
    for title in KITAB:
        store.insert(lib, Record, title=title, language="ara")
    store.insert(lib, Record, title="Tafsir al-Mishbah", authors=json.dumps([{"name": "M. Quraish Shihab"}]))
    store.insert(lib, Record, title="Laskar Pelangi", authors=json.dumps([{"name": "Andrea Hirata"}]))
    store.insert(lib, Record, title="Ilmu Tajwid Praktis")
    store.insert(lib, Record, title="Beternak Kerbau")
    store.insert(lib, Record, title="Dan Hujan pun Berhenti")
    return lib


def titles(lib, text, prefix=False):
    return [hit.title for hit in search.search(lib, text, prefix=prefix).hits]


@pytest.mark.parametrize(("typed", "kitab"), [
    ("Riyadhus Shalihin", "رياض الصالحين"), ("riyadus solihin", "رياض الصالحين"), ("Riyadh ash-Shalihin", "رياض الصالحين"),
    ("Tafsir Jalalain", "تَفْسِيرُ الْجَلَالَيْنِ"), ("safinatun naja", "سفينة النجا"), ("Safinah an-Najah", "سفينة النجا"),
    ("Fathul Qorib", "فتح القريب المجيب"), ("Fath al-Qarib al-Mujib", "فتح القريب المجيب"),
    ("shahih bukhari", "صحيح البخاري"), ("Sahih al-Bukhari", "صحيح البخاري"), ("ihya ulum", "إحياء علوم الدين"),
    ("bulughul marom", "بلوغ المرام"), ("Ihya Ulumuddin", "إحياء علوم الدين"), ("ihya ulumiddin", "إحياء علوم الدين"),
])
def test_a_kitab_is_found_by_its_name_typed_in_latin_letters(shelf, typed, kitab):
    assert kitab in titles(shelf, typed)


def test_the_name_being_typed_finds_it_as_soon_as_two_consonants_are_there(shelf):
    assert "رياض الصالحين" in titles(shelf, "riyad", prefix=True)
    assert "رياض الصالحين" in titles(shelf, "riyadhus shal", prefix=True)
    assert titles(shelf, "r", prefix=True) == []  # (one letter: nothing yet)


def test_books_in_latin_letters_are_found_as_before_beside_them(shelf):
    assert set(titles(shelf, "tafsir")) == {"Tafsir al-Mishbah", "تَفْسِيرُ الْجَلَالَيْنِ"}
    assert titles(shelf, "tafsir mishbah") == ["Tafsir al-Mishbah"]
    assert titles(shelf, "laskar pelangi") == ["Laskar Pelangi"]
    assert titles(shelf, "hirata") == ["Laskar Pelangi"]
    # every word must still match: a Latin title word and an Arabic one do not make one book
    assert titles(shelf, "laskar jalalain") == []


def test_an_indonesian_word_with_the_same_consonants_does_not_bring_a_kitab(shelf):
    # kerbau has the consonants of القريب (k r b) and dan those of الدين, but not the long vowels Arabic writes there
    assert titles(shelf, "kerbau") == ["Beternak Kerbau"]
    assert titles(shelf, "dan") == ["Dan Hujan pun Berhenti"]
    assert titles(shelf, "kerb", prefix=True) == ["Beternak Kerbau"]


def test_a_quoted_phrase_asks_for_what_was_typed_only(shelf):
    assert titles(shelf, '"riyadhus shalihin"') == []


def test_the_keys_of_the_two_alphabets_meet():
    assert arabic_key("الصالحين") == "slhn" and arabic_key("رياض") == "rd" and arabic_key("الله") == "lh"
    assert "slhn" in latin_keys("Shalihin") and "slhn" in latin_keys("solihin")
    assert "fth" in latin_keys("Fathul")  # fat-hul: the article joined, th as two sounds
    assert "rsl" in latin_keys("Risalah")  # the ta marbuta: رسالة
    assert latin_keys("Muhammad") == ["mhmd"]  # the shadda is one letter
    assert latin_keys("2019") == [] and latin_keys("رياض") == []


def test_a_kitab_added_or_renamed_after_a_search_is_found_at_the_next(shelf):
    assert titles(shelf, "nashaihul ibad") == []  # (the words read once are kept while the catalogue is unchanged)
    kitab = store.insert(shelf, Record, title="نصائح العباد")
    assert titles(shelf, "nashaihul ibad") == ["نصائح العباد"]
    store.update(shelf, kitab, title="نصائح العباد في بيان ألفاظ منبهات")
    assert titles(shelf, "nashaihul ibad bayan") == ["نصائح العباد في بيان ألفاظ منبهات"]


def test_two_words_written_as_one_at_the_article_are_found_as_the_two(lib):
    """Indonesians write a name of two Arabic words joined at the second one's article as one word: Ulumuddin is
    علوم الدين, Abdullah عبد الله, Abdurrahman عبد الرحمن. The two words must stand together in the catalogue."""
    store.insert(lib, Record, title="تفسير القرآن العظيم", authors=json.dumps([{"name": "عبد الله بن عباس"}]))
    store.insert(lib, Record, title="الفقه الميسر", authors=json.dumps([{"name": "عبد الرحمن الجزيري"}]))
    store.insert(lib, Record, title="الله الرحمن")  # (the two words, but not together as a name: no Abdullah)
    assert titles(lib, "Abdullah") == ["تفسير القرآن العظيم"]
    assert titles(lib, "tafsir abdullah") == ["تفسير القرآن العظيم"]
    assert titles(lib, "Abdurrahman al-Jaziri") == ["الفقه الميسر"]
    assert titles(lib, "Abdurahman") == ["الفقه الميسر"]  # (the sun letter written once)
    assert titles(lib, "Muhammad") == []  # (no محمد here; muh|mad are no words of it either)
