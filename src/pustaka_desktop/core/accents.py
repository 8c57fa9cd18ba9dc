"""Text without its accents and vowel marks: ``Déjà`` -> ``Deja``, ``al-Ghazālī`` -> ``al-Ghazali``, and an Arabic
word without its harakat. The one way every comparison (import matching, places, the district's union key, the
audit search) takes them off, so a word typed plain finds the word written with them everywhere alike.

The vowel signs of the Indic scripts villages write (Javanese ꦱꦼꦫꦠ꧀ *serat*, Balinese ᬩᬮᬶ, Sundanese ᮞᮥᮔ᮪ᮓ, and
Devanagari or Thai in donated books) are no accents: they are the word's vowels, and stay in the word
(``word_marks``; ``without_accents`` drops only the marks of the scripts before U+0900 and the diacritic blocks).
Dropped or read as spaces, *serat* and *surat* both became ``ꦱ ꦫꦠ``. Their virama (Javanese pangkon ꧀, Balinese adeg-adeg, Sundanese pamaéh) ends a word: these
scripts write no spaces, and a word ending in a consonant is closed by it (or by a pasangan, encoded as the
virama and the next consonant), so ``ꦱꦼꦫꦠ꧀ꦮꦺꦝꦠꦩ`` is ``ꦱꦼꦫꦠ ꦮꦺꦝꦠꦩ`` (*Serat Wedhatama*), the same whether
written with a space or without, and *serat* is found typed with its final pangkon or without it.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Virama signs read as a space (``VIRAMA_SPACES``) and as separators by the search index (``search_index``):
# Javanese pangkon, Balinese adeg-adeg, Sundanese pamaéh and virama, Batak pangolat and panongonan, Rejang
# virama, Devanagari, Bengali and Tamil virama. A fixed list (not every sign of combining class 9 Python knows):
# the index's tokenizer is written with it, and a newer Python must not make another.
VIRAMAS = "\ua9c0\u1b44\u1baa\u1bab\u1bf2\u1bf3\ua953\u094d\u09cd\u0bcd"
VIRAMA_SPACES = dict.fromkeys(map(ord, VIRAMAS), " ")
_SUPPLEMENTARY_END = 0x20000


def without_accents(text: str) -> str:
    """``text`` decomposed (NFKD: ligatures and compatibility forms too) with its combining marks dropped."""
    if text.isascii():  # (plain ASCII has none: most text, and the cheapest test)
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not (unicodedata.combining(ch) and _accent(ch)))


def _accent(mark: str) -> bool:
    """Whether a combining mark is an accent or a vowel point to drop: those of Latin, Greek, Cyrillic, Hebrew,
    Arabic (harakat, the dagger alif), Syriac and the diacritic blocks any script uses. From Devanagari on (U+0900:
    the Indic and Southeast Asian scripts) a mark is a vowel or a sound of the word (Buginese ᨕᨘᨁᨗ *ugi*) and
    stays; their viramas are words' ends (``VIRAMA_SPACES``)."""
    return mark < "\u0900" or any(low <= mark <= high for low, high in _DIACRITIC_BLOCKS)


# Combining Diacritical Marks Extended and Supplement, for Symbols, Half Marks; Hebrew presentation's judeo-spanish
# varika; Arabic's extended marks (U+08D3-U+08FF)
_DIACRITIC_BLOCKS = (("\u1ab0", "\u1aff"), ("\u1dc0", "\u1dff"), ("\u20d0", "\u20ff"), ("\ufe20", "\ufe2f"),
                     ("\ufb1e", "\ufb1e"), ("\u08d3", "\u08ff"))


@functools.cache
def word_marks() -> str:
    """Every mark (Unicode category M) but a virama, as the inside of a regex ``[...]``: a letter's part of a word
    as ``\\w`` is (Python's ``\\w`` has no marks). Made on first use, from the planes that hold marks (the
    basic and the supplementary: a pass of ~30 ms) and the variation selectors above them."""
    marks = [c for c in range(_SUPPLEMENTARY_END) if unicodedata.category(chr(c))[0] == "M" and chr(c) not in VIRAMAS]
    marks += range(0xE0100, 0xE01F0)  # (Variation Selectors Supplement: the only marks past the two planes)
    ranges, start = [], marks[0]
    for previous, current in zip(marks, [*marks[1:], None], strict=True):
        if current != previous + 1:
            ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(previous)) if previous > start else ""))
            start = current
    return "".join(ranges)


@functools.cache
def word_pattern() -> re.Pattern[str]:
    """A word: letters, digits and the marks of its vowels (``\\w`` and ``word_marks``); a virama ends it."""
    return re.compile(rf"[\w{word_marks()}]+")


@functools.cache
def _not_word() -> re.Pattern[str]:
    return re.compile(rf"[^\w\s{word_marks()}]")


def words(text: str) -> list[str]:
    """The words of ``text`` (see ``word_pattern``); ASCII text the cheap way."""
    if text.isascii():
        return _ASCII_WORD.findall(text)
    return word_pattern().findall(text.translate(VIRAMA_SPACES))


@functools.lru_cache(maxsize=1 << 13)
def fold(text: str) -> str:
    """Lower case, no accents, no punctuation, single spaces: for matching titles and names (an import's rows
    to what is here, a new programme's name to the programmes here: the two must agree). A vowel sign stays in
    its word, a virama ends the word (see the module doc)."""
    text = text or ""
    if text.isascii():
        return " ".join(_ASCII_NOT_WORD.sub(" ", text.casefold()).split())
    plain = without_accents(text.translate(VIRAMA_SPACES)).casefold()
    return " ".join(_not_word().sub(" ", plain).split())


def fold_of_older_versions(text: str) -> str:
    """``fold`` as versions before migration 0022 made it (every combining mark dropped, the other marks read as
    spaces: ꦱꦸꦫꦠ꧀ and ꦱꦼꦫꦠ꧀ both ``ꦱ ꦫꦠ``). Only to recognise the keys those versions stored (an imported visitor
    book line's uid, ``interop.row_uids``), never to make a new one."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(_ASCII_NOT_WORD.sub(" ", plain).split())


_ASCII_NOT_WORD = re.compile(r"[^\w\s]")
_ASCII_WORD = re.compile(r"\w+")
