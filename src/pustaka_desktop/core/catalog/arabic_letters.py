"""A kitab catalogued in Arabic letters, found by its name typed in Latin letters.

Pesantren and village libraries catalogue their kitab as the cover writes them: رياض الصالحين, تفسير الجلالين,
سفينة النجا. The PC at the desk and the patrons' phones have no Arabic keyboard, and people say and type these
names in Latin letters, each their own way: *Riyadhus Shalihin*, *Riyadus Solihin*, *Tafsir Jalalain*, *Safinatun
Naja*. Arabic writes the consonants and the long vowels, Latin every vowel, so the two meet on the consonants, as
a **key**:

- a word of the index in Arabic letters (``arabic_key``): its article (ال) off, its consonants as Latin letters, one
  letter for the sounds Indonesians write several ways (ث س ش ص are all *s*: ts, s, sy, sh), none for the vowels and
  the letters that are also vowels (ا و ي ى, ع, hamza, ta marbuta). رياض الصالحين -> ``rd slhn``; تفسير -> ``tfsr``;
- a word typed in Latin letters (``latin_keys``) the same way: its vowels, w, y and apostrophes dropped, a doubled
  letter (the shadda: *Muhammad*) once, the letter pairs first (kh, gh, sy, sh, ts, th, dz, dh, zh, ng, ny; dj and
  tj of the old spelling; th, sh, dh, kh, gh also as two sounds: *Fat-hul*). Its forms: without an article joined to
  it (*Riyadhus* -> *riyadh*, *Alquran* -> *quran*) and without the ta marbuta's sound at its end (*Risalah*,
  *Safinatun*: r s l, s f n). A word that is two written as one at the second one's article (``joined_halves``:
  *Ulumuddin*, *Abdullah*, *Abdurrahman*) is also the two, standing together.

Indonesian words have consonants too (*kerbau* has those of القريب, *dan* those of الدين): an Arabic word is taken
only when its long vowels, which Arabic writes, are among the vowels the Latin word has between the same consonants
(``_fits``: قريب is q-r-ī-b, *qarib* and *qorib* have the i, *kerbau* has not).

``core.catalog.search`` asks for the Arabic words that fit beside the typed word itself (``ArabicWords``, read from
the index's vocabulary once per change of the index): only the query changes, the index and the records stay as
they are.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections.abc import Callable, Iterable
from typing import Any

from .transliteration import ARTICLES, JOINED_ARTICLE_ENDINGS, MIN_AL_LENGTH, MIN_JOINED_LENGTH

# Arabic (and Pegon, Jawi) letters as the Latin letter of their sound; "" for a vowel's letter
LETTERS: dict[str, str] = {
    "ب": "b", "ت": "t", "ط": "t", "ث": "s", "س": "s", "ش": "s", "ص": "s", "ج": "j", "چ": "c",
    "ح": "h", "ه": "h", "خ": "k", "د": "d", "ذ": "d", "ض": "d", "ظ": "d", "ز": "d", "ر": "r",
    "ف": "f", "ڤ": "f", "ق": "k", "ك": "k", "ک": "k", "غ": "g", "گ": "g", "ڮ": "g", "ݢ": "g", "ل": "l",
    "م": "m", "ن": "n", "ڽ": "n", "ۑ": "n", "ڠ": "ng",
    "ا": "", "أ": "", "إ": "", "آ": "", "ٱ": "", "ء": "", "ؤ": "", "ئ": "", "ى": "", "و": "", "ي": "",
    "ی": "", "ع": "", "ة": "",
}
ARTICLE = "\u0627\u0644"  # al-

# Latin letters and letter pairs as the sound's letter (pairs first); any other letter counts as none
_LATIN_PAIRS = (("kh", "k"), ("gh", "g"), ("sy", "s"), ("sh", "s"), ("ts", "s"), ("th", "t"), ("dz", "d"),
                ("dh", "d"), ("zh", "d"), ("dj", "j"), ("tj", "c"), ("ch", "k"), ("ny", "n"), ("ng", "ng"))
_LATIN = {"b": "b", "t": "t", "s": "s", "j": "j", "c": "c", "h": "h", "k": "k", "q": "k", "d": "d", "z": "d",
          "r": "r", "f": "f", "p": "f", "v": "f", "g": "g", "l": "l", "m": "m", "n": "n"}
_PAIR = re.compile("|".join(one for one, _ in _LATIN_PAIRS) + "|.")
_PAIR_KEY = dict(_LATIN_PAIRS)
_TWO_SOUNDS = frozenset({"th", "sh", "dh", "kh", "gh"})  # Fat-hul, Is-haq, Ad-ham
_TA_MARBUTA_ENDINGS = ("ah", "at", "atun", "atan", "atin", "atul", "atil", "atus", "atur")
MAX_KEYS = 6


# the long vowels Arabic writes, and the Latin letters that may stand for each (pesantren spelling writes a as o:
# Qorib, Marom; و and ي are also the consonants w and y, which the key leaves out as vowels)
_LONG_VOWELS = {"ا": "A", "آ": "A", "ى": "A", "ٱ": "A", "و": "U", "ي": "I", "ی": "I"}
_LATIN_VOWELS = {"a": "A", "o": "AU", "u": "U", "i": "I", "e": "IA", "w": "U", "y": "I"}


def _readings(word: str) -> list[list[str]]:
    """A Latin word as its sounds, in order: a consonant's key letter (lower case) or the long vowels a vowel may be
    (upper case: ``o`` is ``AU``). A doubled letter counts once (the shadda: *Muhammad*); a pair that may also be two
    sounds gives both readings: *Fathul* is fat-hul (فتح), *Thaharah* tha-ha-rah (طهارة)."""
    readings: list[list[str]] = [[]]
    for piece in _PAIR.findall(re.sub(r"(.)\1", r"\1", word)):
        consonant = _PAIR_KEY.get(piece, _LATIN.get(piece, ""))
        if consonant:
            options = [[consonant]] + ([[_LATIN[piece[0]], "h"]] if piece in _TWO_SOUNDS else [])
        else:
            options = [[_LATIN_VOWELS[piece]]] if piece in _LATIN_VOWELS else [[]]
        readings = [reading + option for reading in readings for option in options][:MAX_KEYS]
    return readings


def _key(sounds: list[str]) -> str:
    return "".join(sound for sound in sounds if sound.islower())


def _latin_word(chunk: str) -> str:
    """A word typed in Latin letters as plain lower-case letters (accents and apostrophes off, a separate article
    dropped: *al-Qarib* is *qarib*); '' for a word that is not all Latin letters (a number, an Arabic word, an ISBN)."""
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", chunk.lower()) if not unicodedata.combining(ch))
    bare = re.sub(r"['’‘`ʼʻʾʿ]", "", bare)
    parts = [part for part in bare.split("-") if part]
    if not parts:
        return ""
    word = parts[-1] if len(parts) > 1 and parts[0] in ARTICLES else "".join(parts)
    return word if word.isascii() and word.isalpha() else ""


def latin_readings(chunk: str) -> list[list[str]]:
    """The readings (``_readings``) of a word typed in Latin letters, in the forms its Arabic word may have (see the
    module doc); [] for a word that is not all Latin letters (a number, an Arabic word, an ISBN)."""
    word = _latin_word(chunk)
    if not word:
        return []
    forms = [word]
    if len(word) >= MIN_AL_LENGTH and word.startswith("al"):
        forms.append(word[2:])  # Alquran: القرآن, whose article the index's key has not
    for form in list(forms):
        if len(form) >= MIN_JOINED_LENGTH:
            forms += [form[:-len(ending)] for ending in JOINED_ARTICLE_ENDINGS if form.endswith(ending)][:1]
    out = []
    for form in forms:
        for sounds in _readings(form):
            out.append(sounds)
            consonants = [n for n, sound in enumerate(sounds) if sound.islower()]
            if form.endswith(_TA_MARBUTA_ENDINGS) and len(consonants) > 2:
                out.append(sounds[:consonants[-1]])  # the ta marbuta is a vowel's letter in the key: رسالة is r s l
    return [sounds for sounds in out if _key(sounds)][:MAX_KEYS * 2]


MIN_HALF = 3  # letters of each word of two written as one (ulum|din, abd|lah): shorter ones are no word
_SUN_LETTERS = frozenset("tdrzsn")  # (and l; ts, dz, sy, sh, dh, th begin with these): the article takes their sound


def joined_halves(chunk: str) -> list[tuple[str, str]]:
    """A word typed in Latin letters that may be two Arabic words written as one, joined at the second one's article:
    *Ulumuddin* is علوم الدين (ulum-ud-din), *Abdullah* عبد الله, *Abdurrahman* عبد الرحمن, *Abdulaziz* عبد العزيز.
    The article is the vowel of the first word's ending and an *l*, or the first letter of the second word doubled
    (a sun letter takes the article's *l*: ad-din, ar-rahman), or written once (*Abdurahman*, *Nasirudin*). Each
    place it may be, as (first word, second word)."""
    word = _latin_word(chunk)
    out = []
    for at in range(MIN_HALF, len(word) - MIN_HALF):
        if word[at] not in "aiu":
            continue
        after = word[at + 1]
        if after == "l" or (after == word[at + 2] and after not in "aiueo"):
            out.append((word[:at], word[at + 2:]))
        if after in _SUN_LETTERS and after != word[at + 2]:
            out.append((word[:at], word[at + 1:]))
    return [(first, second) for first, second in out if len(second) >= MIN_HALF]


def latin_keys(chunk: str) -> list[str]:
    """The keys a word typed in Latin letters may have in Arabic letters (see the module doc)."""
    return list(dict.fromkeys(_key(sounds) for sounds in latin_readings(chunk)))[:MAX_KEYS]


def _fits(arabic: list[str], latin: list[str]) -> bool:
    """Whether an Arabic word's sounds (``spelled``) are the Latin word's: the same consonants, and each long vowel
    Arabic writes among the vowels Latin writes between the same consonants (قريب is q-r-ī-b: *qarib*, *qorib*, not
    *kerbau*, whose consonants are the same). What the Latin word has after them (a case ending) does not count."""
    at = 0
    for sound in arabic:
        if sound.islower():  # a consonant: the Latin word's next one
            while at < len(latin) and latin[at].isupper():
                at += 1
            if at == len(latin) or latin[at] != sound:
                return False
        else:  # a long vowel: one of the Latin vowels before the next consonant
            while at < len(latin) and latin[at].isupper() and sound not in latin[at]:
                at += 1
            if at == len(latin) or not latin[at].isupper():
                return False
        at += 1
    return True


def spelled(term: str) -> list[str]:
    """An Arabic word of the index as its sounds (``_readings``): consonants and long vowels, its article and a first
    alif (the seat of a hamza, not a long vowel: إحياء) left out. رياض -> r I A d."""
    if term.startswith(ARTICLE) and len(term) >= 4:
        term = term[2:]
    sounds = []
    for n, letter in enumerate(term):
        vowel = _LONG_VOWELS.get(letter)
        if vowel is not None:
            if n:
                sounds.append(vowel)
        elif LETTERS.get(letter):
            sounds.append(LETTERS[letter])
    return sounds


def with_and_without_article(word: str) -> list[str]:
    """A word typed in Arabic letters with and without its article: a title writes صحيح البخاري, a patron types
    بخاري, and the other way round. The index keeps the article on the word, so each form is asked for. A short
    word keeps its first letters (الله is no article and له). Any other word as it is."""
    if not word or not "\u0600" <= word[0] <= "\u06ff":
        return [word]
    if word.startswith(ARTICLE):
        return [word, word[2:]] if len(word) >= 5 else [word]
    return [word, ARTICLE + word]


def arabic_key(term: str) -> str:
    """The key of a word of the index written in Arabic letters (folded: no vowel marks): the consonants of its sounds
    (``spelled``), its article off. الصالحين -> ``slhn``; a short word keeps its first letters (الله is no article:
    ``lh``)."""
    return _key(spelled(term))


# the index's words in Arabic letters: from hamza to the last Arabic letter (Pegon and Persian ones too)
ARABIC_RANGE = ("\u0621", "\u0700")
_VOCABULARY = f"SELECT term FROM record_fts_vocab WHERE term >= '{ARABIC_RANGE[0]}' AND term < '{ARABIC_RANGE[1]}'"
MAX_TERMS = 30  # Arabic words a Latin word asks for


def in_arabic_letters(word: str) -> bool:
    """Whether a word of an index is written in Arabic letters (what ``ArabicWords`` reads of it)."""
    return ARABIC_RANGE[0] <= word[:1] < ARABIC_RANGE[1]


# per owner (a catalogue's database, a district's union catalogue): its words' state when they were read, and the
# words by key. FTS5 writes each change as a new segment and lists the segments in its structure record (id 10 of
# its data table), which changes with them: a loan at the desk leaves it as it is, a record added or edited does not.
_STRUCTURE = "SELECT block FROM record_fts_data WHERE id = 10"
_READ: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


class ArabicWords:
    """The Arabic words of an index by their keys, read when first asked and kept until the index changes (a
    pesantren's 5,000 kitab have some 17,000 words: read and keyed again for every letter typed, they made each
    search a tenth of a second slower). ``state``: what changes when the words do; ``words``: the words, as rows of
    one column. ``of_catalogue`` reads this library's catalogue index; the district's union catalogue keeps its
    own list (``sync.dialect.arabic_words``)."""

    def __init__(self, owner: Any, state: Callable[[], Any], words: Callable[[], Iterable[tuple[str]]],
                 ta_marbuta_as_ha: bool = False) -> None:
        self.owner = owner
        self._state = state
        self._words = words
        # the index writes a tā' marbūṭa as hā' (the union catalogue's words: ``sync.union_match``), so a word's
        # last ه is either: سفينه is سفينة (*Safinah*, *Safinatun*), فقه is *fiqh*
        self._final_ha_either = ta_marbuta_as_ha
        self._by_key: dict[str, list[tuple[str, list[str]]]] | None = None
        # the keys by their first two consonants: a word being typed looks among those, not every key (a province's
        # union catalogue has some 13,000 Arabic words: each search went through all of their keys)
        self._starting: dict[str, list[str]] = {}

    @classmethod
    def of_catalogue(cls, db: Any) -> ArabicWords:
        """The Arabic words of this library's catalogue index (its FTS5 vocabulary)."""
        return cls(db, lambda: db.execute_sql(_STRUCTURE).fetchone(), lambda: db.execute_sql(_VOCABULARY))

    def by_key(self) -> dict[str, list[tuple[str, list[str]]]]:
        """The index's Arabic words, with their sounds (``spelled``), by their keys."""
        if self._by_key is None:
            state = self._state()
            known = _READ.get(self.owner)
            if known is not None and known[0] == state:
                _, self._by_key, self._starting = known
            else:
                self._by_key = {}
                for (term,) in self._words():
                    sounds = spelled(term)
                    self._by_key.setdefault(_key(sounds), []).append((term, sounds))
                    if self._final_ha_either and term.endswith("\u0647") and len(sounds) > 2:
                        self._by_key.setdefault(_key(sounds[:-1]), []).append((term, sounds[:-1]))
                self._starting = {}
                for key in sorted(self._by_key, key=len):  # (the shortest first: the nearest to what is typed)
                    if len(key) >= 2:
                        self._starting.setdefault(key[:2], []).append(key)
                _READ[self.owner] = (state, self._by_key, self._starting)
        return self._by_key

    def terms(self, chunk: str, prefix: bool) -> list[str]:
        """The index's Arabic words a word typed in Latin letters may be (``_fits``). ``prefix``: the word is still
        being typed, so its sounds are the beginning of the Arabic word's, once it has two consonants; the words whose
        key is the typed one's come first ("riyadh" is رياض before رياضة), then those with the fewest consonants more
        (at most ``MAX_TERMS`` in all: a long list of words slows the search and brings books no one meant). A word
        that is two Arabic words written as one (``joined_halves``: *Ulumuddin*) may be the two, one after the other:
        a term of two words, a phrase."""
        if not self.by_key():
            return []
        found = self._matching(latin_readings(chunk), prefix)
        for first, second in joined_halves(chunk):
            ones = self._matching(latin_readings(first), False)
            found += [f"{one} {two}" for one in ones[:3] for two in self._matching(latin_readings(second), prefix)[:3]]
        return list(dict.fromkeys(found))[:MAX_TERMS]

    def _matching(self, readings: list[list[str]], prefix: bool) -> list[str]:
        by_key = self.by_key()
        found = [term for sounds in readings for term, arabic in by_key.get(_key(sounds), []) if _fits(arabic, sounds)]
        if prefix:
            for sounds in readings:
                key = _key(sounds)
                if len(key) < 2:
                    continue
                found += [term for known in self._starting.get(key[:2], ()) if known.startswith(key)
                          for term, arabic in by_key[known] if _fits(_first(arabic, len(key)), sounds)]
        return list(dict.fromkeys(found))


def _first(sounds: list[str], consonants: int) -> list[str]:
    """An Arabic word's sounds up to its ``consonants``-th consonant (the part a word being typed has reached)."""
    seen = 0
    for n, sound in enumerate(sounds):
        seen += sound.islower()
        if seen == consonants:
            return sounds[:n + 1]
    return sounds
