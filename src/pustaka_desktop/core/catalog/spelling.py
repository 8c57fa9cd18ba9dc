"""Search that forgives: old Indonesian spellings and typos.

Old spellings
-------------
Village collections hold books printed in every spelling Indonesian has had: Van Ophuijsen (1901),
Soewandi / Ejaan Republik (1947) and EYD (1972, today's). The same name or word is written
*Soekarno* / *Sukarno*, *Djakarta* / *Jakarta*, *Tjerita* / *Cerita*, *Pramoedya* / *Pramudya*,
*Achmad* / *Akhmad*, *Soerabaja* / *Surabaya*, *Njai* / *Nyai*, *Sjahrir* / *Syahrir*.

Both the search index and the query are *folded* to one key, so either spelling finds the other
(``fold``; the index applies the same steps in SQL, ``fold_sql``, see ``search_index``):

1. lower-case (ASCII letters: every rule below is ASCII)
2. ``dj`` → ``j``   (Djakarta → jakarta)
3. ``tj`` → ``c``   (Tjerita → cerita)
4. ``oe`` → ``u``   (Soekarno → sukarno)
5. ``ch`` → ``kh``  (Achmad → akhmad)
6. ``j`` → ``y``    (old j is today's y: Jogja → yogya; so nj → ny and sj → sy follow)

Arabic titles (kitab kuning, SLiMS records of pesantren libraries) are written with or without their
vowel marks: *تَفْسِيرُ الْجَلَالَيْنِ* and *تفسير الجلالين* are one title. The marks (harakat, tanwin,
shadda, sukun, the dagger alif) and the tatweel that only stretches a word are dropped
(``ARABIC_FOLDS``), as the district's union catalogue drops them. Without this a vowelled title was
indexed as single letters (the tokenizer splits a word at each mark) and a search typed without marks
found nothing. Hamza forms of alif stay as written (a typo correction offers the other form).

Javanese, Balinese, Sundanese (and Devanagari, Thai) words keep their vowel signs, which are marks: the index's
tokenizer counts marks as a word's letters (``search_index.TOKENIZER``) and the query's words are cut the same way
(``words``), so *ꦱꦼꦫꦠ꧀* (serat) is one word and no longer finds *ꦱꦸꦫꦠ꧀* (surat). A pangkon (virama) ends a word
(``accents``), in the index and the query alike: *ꦱꦼꦫꦠ꧀ꦮꦺꦝꦠꦩ* is found by *ꦮꦺꦝꦠꦩ*, and by *ꦱꦼꦫꦠ* typed without it.

Step 6 also turns today's j (from step 2, or written so) into y: *Jakarta* and *Djakarta* both fold to
*yakarta*, *Yogyakarta* and *Jogjakarta* to *yogyakarta*. The price is that a modern j and y become
one letter for search (*jam* also finds *yam*), which costs little when looking for a book. Folding is
only for finding: records keep their spelling as written.

Typos
-----
When a query finds nothing, each word of five letters or more that is not in the index vocabulary
is compared with the vocabulary's words sharing its first four, then three, then two letters
(optimal string alignment distance: one edit for words of 5-7 letters, two from 8; a typo in the
first two letters is not corrected), and the nearest, most used word is taken ("Maksud Anda:
pertanian?"; ``core.catalog.typos``). At the same distance a word that differs only by a glide written as
heard (*buwaya* for *buaya*, ``without_glides``) goes first.
"""

from __future__ import annotations

import re

from .. import accents

FOLDS: tuple[tuple[str, str], ...] = (("dj", "j"), ("tj", "c"), ("oe", "u"), ("ch", "kh"), ("j", "y"))
MIN_TYPO_LENGTH = 5
# Arabic code points dropped: tanwin, fatha, damma, kasra, shadda, sukun, madda and hamza above/below
# (U+064B-U+0655), the dagger alif (U+0670), the tatweel (U+0640)
ARABIC_DROPPED: tuple[int, ...] = (*range(0x064B, 0x0656), 0x0670, 0x0640)
_ARABIC = dict.fromkeys(ARABIC_DROPPED)

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def fold(text: str) -> str:
    """The search key of a text (see the module doc); the same as ``fold_sql`` gives in SQLite."""
    out = (text or "").translate(_ASCII_LOWER)
    if not out.isascii():
        out = out.translate(_ARABIC)
    for old, new in FOLDS:
        out = out.replace(old, new)
    return out


# the Arabic marks as a GLOB range, U+0640..U+0670 (tatweel to dagger alif: some letters and digits between,
# whose text takes the longer way for nothing; a range costs two comparisons a character, the marks listed
# one by one thirteen); and how a JSON list written with escapes holds them ("\u064e")
_MARKS_GLOB = f"'*[{chr(min(ARABIC_DROPPED))}-{chr(max(ARABIC_DROPPED))}]*'"
_ESCAPED_MARKS_GLOB = "'*\\u06[4-7]?*'"


def fold_sql(expression: str, json_text: str = "") -> str:
    """The same folding as an SQLite expression (``lower`` is ASCII-only there too). Only a text holding an
    Arabic mark goes through the thirteen passes that take them out: for every column of every record they made
    the search index of a 50,000-title move-in take half a second more. ``json_text``: the JSON column an
    expression reads its text from (authors, subjects), tested as written, escapes included, so the expression
    (a JSON query) is computed once."""
    latin = f"lower({expression})"
    for old, new in FOLDS:
        latin = f"replace({latin}, '{old}', '{new}')"
    arabic = latin
    for code in ARABIC_DROPPED:
        arabic = f"replace({arabic}, char({code}), '')"
    marked = (f"({json_text} GLOB {_MARKS_GLOB} OR {json_text} GLOB {_ESCAPED_MARKS_GLOB})" if json_text
              else f"{expression} GLOB {_MARKS_GLOB}")
    return f"CASE WHEN {marked} THEN {arabic} ELSE {latin} END"


def words(text: str) -> list[str]:
    """A folded text's words as the index's tokenizer makes them: a Javanese or Balinese word keeps its vowel
    signs, a pangkon ends it (``accents.words``)."""
    return accents.words(text or "")


def max_edits(word: str) -> int:
    """How many edits a typo may be from the word meant: 0 below five letters."""
    if len(word) < MIN_TYPO_LENGTH:
        return 0
    return 1 if len(word) < 8 else 2


def distance(a: str, b: str, limit: int) -> int:
    """Optimal-string-alignment distance (insert, delete, substitute, swap two neighbours), or
    ``limit + 1`` as soon as it must be more than ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        best = current[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            best = min(best, value)
        if best > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[len(b)]


def ranked(word: str, vocabulary: list[tuple[str, int]], most: int = 3) -> list[str]:
    """The vocabulary words (``(term, documents)`` pairs) within ``max_edits`` of ``word``, nearest first: at
    the same distance a word that differs only by a glide comes first (``same_sound``), then the word more
    records use. [] when nothing is near enough."""
    limit = max_edits(word)
    if not limit:
        return []
    sound = without_glides(word)
    found = []
    for term, documents in vocabulary:
        if term == word or term.isdigit():
            continue
        d = distance(word, term, limit)
        if d <= limit:
            found.append((d, without_glides(term) != sound, -documents, term))
    return [term for *_, term in sorted(found)[:most]]


def nearest(word: str, vocabulary: list[tuple[str, int]]) -> str | None:
    """The nearest of ``ranked``, None when nothing is near enough."""
    found = ranked(word, vocabulary, 1)
    return found[0] if found else None


_GLIDES = re.compile(r"(?<=u)w(?=[aeio])|(?<=i)y(?=[aeou])")


def without_glides(word: str) -> str:
    """A folded word without the glide people write as they hear it between two vowels: *buwaya* is
    *buaya*, *siyang* *siang*, *kuwat* *kuat* (so a typo of that kind corrects to the word meant, not to
    *budaya*, as near by letters and more common)."""
    return _GLIDES.sub("", word)
