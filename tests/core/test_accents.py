"""One way to take accents and vowel marks off, for every comparison (core/accents.py)."""

from pustaka_desktop.core.accents import without_accents
from pustaka_desktop.core.audit_search import fold as audit_fold
from pustaka_desktop.core.catalog.callnumber import letters
from pustaka_desktop.core.interop.types import fold as import_fold
from pustaka_desktop.core.sync.union_match import fold as union_fold


def test_latin_accents_and_ligatures_come_off():
    assert without_accents("al-Ghazālī, Déjà vu") == "al-Ghazali, Deja vu"
    assert without_accents("ﬁkih") == "fikih"  # (a ligature a PDF's text gives: NFKD splits it)


def test_arabic_harakat_come_off_and_letters_stay():
    assert without_accents("فَتْحُ القَرِيبِ") == "فتح القريب"


def test_javanese_letters_stay():
    word = "ꦱꦼꦫꦠ꧀"
    assert without_accents(word).startswith("ꦱ") and "ꦫ" in without_accents(word)


def test_every_comparison_takes_them_off_alike():
    assert import_fold("Al-Ghazālī") == "al ghazali"
    assert union_fold("Al-Ghazālī") == "al ghazali"
    assert audit_fold("Ghazālī") == "ghazali"
    assert letters("Ghazālī") == "Ghazali"
