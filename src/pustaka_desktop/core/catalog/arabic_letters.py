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
  *Safinatun*: r s l, s f n).

``core.catalog.search`` asks for the Arabic words whose key is the typed word's beside the typed word itself
(``ArabicWords``, read from the index's vocabulary): only the query changes, the index and the records stay as
they are. A key has no vowels, so a Latin word may find an Arabic word with the same consonants besides the one
meant; the other words typed narrow it, as every word must match.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from typing import Any

from .transliteration import JOINED_ARTICLE_ENDINGS, MIN_AL_LENGTH, MIN_JOINED_LENGTH

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


def _keys(word: str) -> list[str]:
    """The consonants of a Latin word as the index keys an Arabic word's (a doubled letter once). A pair that may
    also be two sounds gives both readings: *Fathul* is fat-hul (فتح), *Thaharah* tha-ha-rah (طهارة)."""
    keys = [""]
    for piece in _PAIR.findall(re.sub(r"(.)\1", r"\1", word)):
        one = _PAIR_KEY.get(piece, _LATIN.get(piece, ""))
        readings = [one]
        if piece in _TWO_SOUNDS:
            readings.append(_LATIN[piece[0]] + "h")
        keys = [key + reading for key in keys for reading in readings][:MAX_KEYS]
    return keys


def latin_keys(chunk: str) -> list[str]:
    """The keys a word typed in Latin letters may have in Arabic letters (see the module doc); [] for a word that
    is not all Latin letters (a number, an Arabic word, an ISBN)."""
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", chunk.lower()) if not unicodedata.combining(ch))
    bare = re.sub(r"['’‘`ʼʻʾʿ]", "", bare)
    parts = [part for part in bare.split("-") if part]
    if not parts:
        return []
    word = parts[-1] if len(parts) > 1 and parts[0] in ("al", "el", "an", "ar", "as", "asy", "ash", "at", "ad", "adz",
                                                        "az", "ats") else "".join(parts)
    if not word.isascii() or not word.isalpha():
        return []
    forms = [word]
    if len(word) >= MIN_AL_LENGTH and word.startswith("al"):
        forms.append(word[2:])  # Alquran: القرآن, whose article the index's key has not
    for form in list(forms):
        if len(form) >= MIN_JOINED_LENGTH:
            forms += [form[:-len(ending)] for ending in JOINED_ARTICLE_ENDINGS if form.endswith(ending)][:1]
    keys = []
    for form in forms:
        for key in _keys(form):
            keys.append(key)
            if form.endswith(_TA_MARBUTA_ENDINGS) and len(key) > 2:
                keys.append(key[:-1])  # the ta marbuta is a vowel's letter in the key: رسالة is r s l
    return [key for key in dict.fromkeys(keys) if key][:MAX_KEYS]


def arabic_key(term: str) -> str:
    """The key of a word of the index written in Arabic letters (folded: no vowel marks), its article off: الصالحين
    -> ``slhn``. A short word keeps its first letters (الله is no article and له)."""
    if term.startswith(ARTICLE) and len(term) >= 4:
        term = term[2:]
    return term.translate(_KEY_LETTERS)


_KEY_LETTERS = str.maketrans(LETTERS)  # (a catalogue's thousands of Arabic words keyed in milliseconds)


# the index's words in Arabic letters: from hamza to the last Arabic letter (Pegon and Persian ones too)
_VOCABULARY = "SELECT term FROM record_fts_vocab WHERE term >= '\u0621' AND term < '\u0700'"
MAX_TERMS = 30  # Arabic words a Latin word asks for


# per database: the index's structure when its words were read, and the words by key. FTS5 writes each change as
# a new segment and lists the segments in its structure record (id 10 of its data table), which changes with them:
# a loan at the desk leaves it as it is, a record added or edited does not.
_STRUCTURE = "SELECT block FROM record_fts_data WHERE id = 10"
_READ: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


class ArabicWords:
    """The Arabic words of the catalogue's index by their keys, read from its vocabulary when first asked and kept
    until the catalogue changes (a pesantren's 5,000 kitab have some 17,000 words: read and keyed again for every
    letter typed, they made each search a tenth of a second slower)."""

    def __init__(self, db: Any) -> None:
        self.db = db
        self._by_key: dict[str, list[str]] | None = None

    def by_key(self) -> dict[str, list[str]]:
        if self._by_key is None:
            state = self.db.execute_sql(_STRUCTURE).fetchone()
            known = _READ.get(self.db)
            if known is not None and known[0] == state:
                self._by_key = known[1]
            else:
                self._by_key = {}
                for (term,) in self.db.execute_sql(_VOCABULARY):
                    self._by_key.setdefault(arabic_key(term), []).append(term)
                _READ[self.db] = (state, self._by_key)
        return self._by_key

    def terms(self, chunk: str, prefix: bool) -> list[str]:
        """The index's Arabic words a word typed in Latin letters may be (``prefix``: the word is still being typed,
        its key's beginning is enough once it has two letters)."""
        keys = latin_keys(chunk)
        if not keys:
            return []
        by_key = self.by_key()
        if not by_key:
            return []
        found = [term for key in keys for term in by_key.get(key, [])]
        if prefix:  # (the words whose key is the typed one's first: "riyadh" is رياض before رياضة)
            started = [key for key in keys if len(key) >= 2]
            found += [term for known, terms in by_key.items() if known.startswith(tuple(started)) for term in terms]
        return list(dict.fromkeys(found))[:MAX_TERMS]
