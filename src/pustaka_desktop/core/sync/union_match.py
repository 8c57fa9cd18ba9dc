"""How the union catalogue decides that two village records are the same book: the match keys, the
name and title normalisation behind them, and the "best form" a union record shows. The rules are
written down at the top of ``union``; this module is pure Python (no database), so they are easy to test.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from typing import Any

from ..accents import VIRAMA_SPACES, without_accents
from ..catalog import spelling
from ..catalog.imprint import publisher_name, year_with
from ..catalog.isbn import normalise_isbn
from ..errors import ValidationError
from .title_words import CURRICULUM_PHRASE, curriculum, same_words

PACK_FIELDS = ("title", "subtitle", "responsibility", "edition", "isbn", "publisher", "place", "year_text", "year",
               "collation", "series", "language", "ddc", "audience", "authors", "subjects", "material_type")

# Honorifics, religious titles and academic degrees written with Indonesian names: left out of the key.
HONORIFICS = frozenset("""
ir dr drs dra prof h hj haji hajah hajjah kh kyai kiai ust ustad ustadz ustaz ustadzah ny nn tn bpk ibu
sh se st sp sag spd skom ssi ssos shum sip sked sth sfil sps mh mm ma mpd mag mkom msi msos mhum mt mba
phd msc bsc ba lc mba dipl ing
""".split())
# degrees written with a dot inside: S.Pd., M.Ag., S.H., S.Kom. -> removed before splitting into words
_DEGREE = re.compile(r"\b[smd]\s*\.\s*(pd|ag|kom|si|sos|hum|h|e|t|ip|psi|sn|ak|farm|th|fil|kep|ked|pt|p)\b\.?")

_EDITION_WORDS = {"pertama": 1, "kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6,
                  "ketujuh": 7, "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10, "first": 1, "second": 2,
                  "third": 3, "fourth": 4, "fifth": 5}
# "Jilid Dua", "Bagian Kedua" as a village register spells them out (after a word that can only mean a volume: "Buku
# Dua Bahasa" is a bilingual book, "Buku Pertama Bayi" a baby's first book)
_COUNT_WORDS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
                "sembilan": 9, "sepuluh": 10}
_ORDINALS = "|".join(_EDITION_WORDS)
# Jilid 2, Jil. II, Jld. 2 (a village register's abbreviation), Jilid ke-2, Vol. 2, Buku 2, Jilid Dua, Bagian Pertama
_VOLUME = re.compile(r"\b(?:(?:jilid|jil|jld|volume|vol|vols|buku|bk|bagian|bag|part|juz|tome)\s*\.?\s*(?:ke\s*)?"
                     r"(\d+|[ivxlc]+)|(?:jilid|jil|jld|volume|vol|bagian|bag|juz)\s*\.?\s*(?:ke\s*)?("
                     + "|".join([*_COUNT_WORDS, *_EDITION_WORDS]) + r"))\b")
_REPRINT = re.compile(r"\b(cet|cetakan|printing|print|impression|impr)\b")
# a printing and its number ("cet. 2", "cetakan ke-3", "3rd printing"): not an edition's number
_PRINTING = re.compile(r"\b(?:(?:cet|cetakan|printing|impression|impr)\s*(?:ke\s*)?(?:\d+|[ivxlc]+|" + _ORDINALS
                       + r")?|(?:\d+(?:st|nd|rd|th)?|" + _ORDINALS + r")\s+(?:printing|impression))\b")
_EDITION = re.compile(r"\b(edisi|ed|edition|revisi|revised|rev)\b")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


_NOT_WORD = re.compile(r"[^a-z0-9\x80-\U0010ffff]+")  # non-ASCII left by _plain is a letter
# A district matches the same titles, names and publishers again and again (every village holds the
# popular books; a publisher or an author stands on hundreds of records): the string work below is
# remembered per distinct text, so a bundle pays it for the texts it brings new (issue 22).
_REMEMBER = 1 << 16


def _remembered(function):
    cached = lru_cache(maxsize=_REMEMBER)(function)

    def call(text: Any) -> str:
        return cached(text) if type(text) is str else function(text)  # noqa: E721 - lists are not hashable

    call.__doc__, call.__name__, call.cache_clear = function.__doc__, function.__name__, cached.cache_clear
    return call


# Letters Arabic titles are typed with either way (tā' marbūṭa / hā', alif maqṣūra / yā', Persian
# keyboards' yā' and kāf, alif waṣla) and the tatweel that only stretches a word.
_ARABIC_SAME = str.maketrans({"\u0629": "\u0647", "\u0649": "\u064a", "\u06cc": "\u064a", "\u06a9": "\u0643",
                              "\u0671": "\u0627", "\u0640": None})


# An ʿayn or a hamza romanised as an apostrophe is typed or left out (Al-Qur'an = Al-Quran, Do'a = Doa, Ma'ruf =
# Maruf): taken out, not made a space, so the word stays whole
_APOSTROPHES = str.maketrans(dict.fromkeys("'\u2019\u2018\u02bc\u02bb\u02bf\u02be`\u00b4"))


def _plain(text: Any) -> str:
    """Lower case, accents and Arabic vowel marks dropped; letters of every script kept (an Arabic or
    Javanese title is a title too: dropping its letters left it without a key, so the same kitab in
    two villages never met) with their vowel signs, a Javanese pangkon (a virama) and any other sign a space;
    apostrophes dropped."""
    text = str(text or "").translate(_APOSTROPHES)
    if text.isascii():
        return text.lower()
    text = without_accents(text.translate(VIRAMA_SPACES)).translate(_ARABIC_SAME)
    return "".join(c if c.isascii() or c.isalnum() or unicodedata.category(c)[0] == "M" else " "
                   for c in text).lower()


@_remembered
def fold(text: Any) -> str:
    """Lower case words separated by single spaces (diacritics, Arabic vowel marks and punctuation dropped)."""
    return _NOT_WORD.sub(" ", _plain(text)).strip()


def _roman(text: str) -> int | None:
    total, last = 0, 0
    for ch in reversed(text):
        value = _ROMAN.get(ch)
        if value is None:
            return None
        total += -value if value < last else value
        last = max(last, value)
    return total or None


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    return _EDITION_WORDS.get(text) or _COUNT_WORDS.get(text) or _roman(text)


def volume_of(data: dict[str, Any]) -> str:
    """``"v2"`` for Jilid 2 / Vol. II / Buku 2 / Bagian 2 / Juz 2 in the title, subtitle or edition."""
    for name in ("title", "subtitle", "edition"):
        volume = _volume_in(data.get(name))
        if volume:
            return volume
    return ""


@_remembered
def _volume_in(text: Any) -> str:
    found = _VOLUME.search(fold_keep_dots(text))
    number = _number(found.group(1) or found.group(2)) if found else None
    return f"v{number}" if number else ""


_NOT_WORD_DOT = re.compile(r"[^a-z0-9.\x80-\U0010ffff]+")


@_remembered
def fold_keep_dots(text: Any) -> str:
    return _NOT_WORD_DOT.sub(" ", _plain(text)).strip()


def edition_of(data: dict[str, Any]) -> str:
    """The edition as a short mark: ``"e2"``, ``"erev"``; '' for a first edition or a reprint
    (Cetakan/Cet. is a printing of the same edition, not a new one). A school book's curriculum is its own mark
    (``curriculum_of``): the year in *Kurikulum 2013* is no edition's."""
    return _edition_mark(CURRICULUM_PHRASE.sub(" ", fold(data.get("edition"))),
                         fold(f"{data.get('title') or ''} {data.get('subtitle') or ''}"))


def curriculum_of(data: dict[str, Any]) -> str:
    """The curriculum a school book names in its title, subtitle, edition or series (``title_words.curriculum``)."""
    return curriculum(" ".join(fold(data.get(name)) for name in ("title", "subtitle", "edition", "series")))


@lru_cache(maxsize=_REMEMBER)
def _edition_mark(edition: str, title: str) -> str:
    """``edition_of`` for the folded edition statement and title (remembered: both repeat)."""
    texts = [edition]
    named = _EDITION.search(title)
    if named:
        # in a title only the words from "Edisi" on say the edition (and an ordinal before "edition"): the 4 of
        # "IPA Kelas 4 Edisi Revisi" is its grade
        before = title[:named.start()].split()[-1:]
        ordinal = [w for w in before if re.match(r"^\d+(st|nd|rd|th)$", w) or w in _EDITION_WORDS]
        texts.append(CURRICULUM_PHRASE.sub(" ", " ".join([*ordinal, title[named.start():]])))
    for text in texts:
        if not text or (_REPRINT.search(text) and not _EDITION.search(text)):
            continue
        words = _PRINTING.sub(" ", text).split()  # "Edisi revisi, cet. 2" is the revised edition, printed twice
        for index, word in enumerate(words):
            digits = re.match(r"^(\d+)(st|nd|rd|th)?$", word)
            number = int(digits.group(1)) if digits else _EDITION_WORDS.get(word)
            if number is None and index and words[index - 1] in ("edisi", "ed", "edition"):
                number = _roman(word)  # Edisi II
            if number is not None:
                return "" if number <= 1 else f"e{number}"
        if any(w in ("revisi", "revised", "rev") for w in words):
            return "erev"
    return ""


@_remembered
def name_key(name: Any) -> str:
    """A person's name for matching: honorifics and degrees dropped, ``Surname, Given`` and
    ``Given Surname`` alike (the words are sorted)."""
    text = _DEGREE.sub(" ", _plain(name))
    words = [w for w in _NOT_WORD.sub(" ", text).split() if w not in HONORIFICS]
    return " ".join(sorted(words))


def authors_of(data: dict[str, Any]) -> list[dict[str, Any]]:
    value = data.get("authors")
    if isinstance(value, str):
        try:
            value = json.loads(value or "[]")
        except ValueError:
            value = []
    if not isinstance(value, list):
        return []
    return [a for a in value if isinstance(a, dict) and str(a.get("name") or "").strip()]


@lru_cache(maxsize=_REMEMBER)
def _first_name(authors: str) -> str:
    found = authors_of({"authors": authors})
    return str(found[0].get("name") or "") if found else ""


def first_author(data: dict[str, Any]) -> str:
    value = data.get("authors")
    if type(value) is str:  # noqa: E721 - the JSON text villages send: parsed once per distinct text
        name = _first_name(value)
    else:
        authors = authors_of(data)
        name = str(authors[0].get("name") or "") if authors else ""
    if name:
        return name
    statement = str(data.get("responsibility") or "")
    return re.split(r"[;/]| dan | and ", statement, maxsplit=1)[0].strip()


def title_key(data: dict[str, Any]) -> str:
    """The title proper (before any ``:``), folded, with volume and edition phrases taken out."""
    return _title_key(str(data.get("title") or ""))


@lru_cache(maxsize=_REMEMBER)
def _title_key(title: str) -> str:
    proper = title.split(":", 1)[0] if ":" in title and title.split(":", 1)[0].strip() else title
    text = _VOLUME.sub(" ", fold_keep_dots(proper))
    text = re.sub(r"\b(edisi|edition)\s*\.?\s*(revisi|revised|\d+|[ivxlc]+|" + "|".join(_EDITION_WORDS) + r")?\b", " ",
                  text)
    # Tjerita rakjat = Cerita rakyat: one book reprinted in a newer spelling; SD Negeri Lima = SD Negeri 5
    return same_words(spelling.fold(fold(text)))


def form_author(form: str) -> str:
    """The first author's name key of a stored form (``form_key``): '' for a record that names none."""
    parts = form.split("|")
    return parts[2] if len(parts) > 2 else ""


def form_title(form: str) -> str:
    """The title key of a stored form (``form_key``): its title as ``title_key`` makes it (the colon
    is gone from a form, so a subtitle stays in; ``titles_agree`` allows for that)."""
    return _title_key(form.split("|", 1)[0])


@lru_cache(maxsize=_REMEMBER)
def titles_agree(one: str, other: str) -> bool:
    """Whether two title keys can be the same book's: equal, one holding every word of the other
    (a subtitle typed into the title), or one word of five letters or more mistyped by a letter
    ("Laskar pelagi"). Issue 12: an ISBN shared by two records is a suggestion, not proof; a
    publisher's reused ISBN, or one copied from the wrong KDT, must not make two books one. Short
    words are not forgiven: *IPA terpadu* and *IPS terpadu*, *Fisika 1* and *Fisika 2* are two books."""
    if not one or not other or one == other:
        return True
    words, others = one.split(), other.split()
    if set(words) <= set(others) or set(others) <= set(words):
        return True
    differ = [(a, b) for a, b in zip(words, others, strict=False) if a != b]
    return len(words) == len(others) and len(differ) == 1 and _one_typo(*differ[0])


def title_fits(title: str, on_record: set[str] | None) -> bool:
    """A title fits a union record when it agrees with one of its village records' titles (one whose
    titles are not known, or a record without a title, does not disagree)."""
    return not title or not on_record or any(titles_agree(title, other) for other in on_record)


def _one_typo(a: str, b: str) -> bool:
    """One letter changed, added or dropped, in words of five letters or more."""
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    if len(a) == len(b):
        return a[start + 1:] == b[start + 1:]
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[start + 1:] == shorter[start:]


@_remembered
def clean_isbn(value: Any) -> str:
    try:
        return normalise_isbn(str(value or ""))
    except ValidationError:
        return ""


def match_keys(data: dict[str, Any]) -> list[str]:
    """The keys under which a record meets its twins in other villages, strongest first."""
    volume, edition, taught = volume_of(data), edition_of(data), curriculum_of(data)
    tail = f"|{volume}|{edition}" + (f"|{taught}" if taught else "")  # (unchanged for a book naming none)
    keys = []
    isbn = clean_isbn(data.get("isbn"))
    if isbn:
        keys.append(f"i:{isbn}{tail}")
    title = title_key(data)
    if title:
        author = spelling.fold(name_key(first_author(data)))  # Soedjito = Sudjito
        if author:
            keys.append(f"t:{title}|a:{author}{tail}")
        # (a village that stored "Djakarta: Balai Pustaka" whole meets one that took the place apart)
        written = str(data.get("publisher") or "")
        publisher, year = spelling.fold(fold(publisher_name(written))), year_with(written, data.get("year")).strip()
        if publisher and year:  # a title alone is not enough: publisher AND year must match too
            # a record with an author has it too, for the same book typed without one ("Tim Penebar Swadaya" in
            # INLISLite, nothing in SLiMS); two records that both name an author never meet on it (``same_book``,
            # ``union._choose``)
            keys.append(f"t:{title}|p:{publisher}|y:{year}{tail}")
    return keys


def is_publisher_key(key: str) -> bool:
    return key.startswith("t:") and "|p:" in key


def isbn_of_key(key: str) -> str:
    return key[2:].split("|", 1)[0] if key.startswith("i:") else ""


def form_key(data: dict[str, Any]) -> str:
    """Records written the same way (case, punctuation and accents aside) share a form."""
    return "|".join((fold(data.get("title")), fold(data.get("subtitle")), name_key(first_author(data)),
                     fold(data.get("publisher")), str(data.get("year") or ""), fold(data.get("edition"))))[:400]


def score(data: dict[str, Any]) -> int:
    """How complete and tidy a record is: filled fields count most, then a title not in capitals and
    without trailing ISBD punctuation."""
    filled = 0
    for name in PACK_FIELDS:  # a loop, not str() of every value: it runs for each record a bundle brings
        value = data.get(name)
        if value and (type(value) is not str or value.strip() not in ("", "[]")):  # noqa: E721
            filled += 1
    title = str(data.get("title") or "").strip()
    tidy = 0
    if any(c.isalpha() and not c.isupper() for c in title):  # a letter not in capitals (stops at the first)
        tidy += 2
    if title and title[-1] not in "./:;,=":
        tidy += 1
    return filled * 10 + tidy


def pack_data(data: dict[str, Any]) -> dict[str, Any]:
    out = {name: data.get(name) for name in PACK_FIELDS if name in data}
    if isinstance(out.get("title"), str):
        out["title"] = out["title"].strip().rstrip(" /:;,=").rstrip(".") if not out["title"].strip().endswith(
            "...") else out["title"].strip()
    if out.get("isbn"):
        out["isbn"] = clean_isbn(out["isbn"])
    return out


def authors_text(data: dict[str, Any]) -> str:
    return "; ".join(str(a.get("name") or "") for a in authors_of(data)) or str(data.get("responsibility") or "")


def isbn_query(text: str) -> str:
    """The ISBN-13 a search text stands for (ISBN-10 or 13, with or without hyphens), else ''."""
    compact = re.sub(r"[\s\-]", "", text or "")
    if not re.fullmatch(r"\d{9}[\dXx]|\d{13}", compact):
        return ""
    return clean_isbn(compact)


def same_book(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Rule 4 for two records: a shared key, never two different ISBNs, never two titles that
    disagree (one ISBN on two books: a publisher's reused number, or one copied from the wrong KDT), and never
    title, publisher and year alone when both name an author."""
    isbn_a, isbn_b = clean_isbn(a.get("isbn")), clean_isbn(b.get("isbn"))
    if isbn_a and isbn_b and isbn_a != isbn_b:
        return False
    if not titles_agree(title_key(a), title_key(b)):
        return False
    shared = set(match_keys(a)) & set(match_keys(b))
    if first_author(a) and first_author(b):  # two authors named: their title, publisher and year are not enough
        shared = {key for key in shared if not is_publisher_key(key)}
    return bool(shared)
