"""Call numbers (nomor panggil) by the Indonesian convention: the class number / the first three
letters of the main entry in capitals / the first letter of the title in lower case, e.g.
``899.221 3 HIR l`` or, with a collection prefix, ``R 030 ENS e`` and ``F HIR l``. How the class
part is written (segments, prefixes) is ``classnumber``'s job; this module picks the words.

The rules, as a cataloguer applies them
---------------------------------------
Title (the lower-case letter, and the main entry when a title has no author):
  T1. A leading article is skipped when more words follow: English *The, A, An*; Dutch *De, Het,
      Een, 't*; Arabic *Al-, El-* and their assimilated forms (*As-, Asy-, Ad-, An-, Ar-, At-, Az-*)
      and a separate *Al*; Indonesian *Si* and *Sang* (the articles of Indonesian grammar).
      *The Hobbit* → ``h``, *Al-Qur'an* → ``q``, *Sang Pemimpi* → ``p``.
  T2. Only letters count: *Bumi Manusia* → ``b``, *'Salah Asuhan'* → ``s``, *1001 Malam* → ``m``.

Personal names (the main author; the first author in the record):
  N1. Titles and degrees around a name are not part of it: *Dr.*, *Drs.*, *Ir.*, *Prof.*, *H.*, *Hj.*,
      *K.H.*, *R.*, *Raden*, *Ustadz*, *S.Pd.*, *M.Si.*, *Ph.D.*, *Lc.* … (*Prof. Dr. H. Hamka* → HAM,
      *Budi Santoso, S.Pd.* → SAN).
  N2. A name written inverted, *Hirata, Andrea*, files under the part before the comma → HIR.
  N3. Otherwise the last word of the name, as Indonesian catalogues file most names
      (*Pramoedya Ananta Toer* → TOE, *Raden Ajeng Kartini* → KAR, a one-word name *Soekarno* → SOE).
  N4. Patronymic names with *bin*, *binti*, *bt.*, *ibn*, *ibnu* inside: the person's own name, the
      first word (*Abdullah bin Abdul Kadir* → ABD, *Siti Aisyah binti Ahmad* → SIT). A name that
      starts with *Ibnu*/*Ibn* files under it (*Ibnu Sina* → IBN). In Arabic script the same (بن, بنت, ابن).
  N5. An Arabic article joined to the surname is skipped (*Al-Ghazali*, *Imam al-Ghazali* → GHA,
      *Yusuf al-Qaradawi* → QAR); in Arabic script the same (*الغزالي* → غزا, the title *الرسالة* → ر).
  N6. Dutch and German particles before a surname are skipped (*Ludwig van Beethoven* → BEE,
      *Berg, Pieter van den* → BER, *Van der Berg, Pieter* → BER).
  N7. A name written in Chinese order (*Oei Hong Djien*) cannot be told from others: catalogue it
      inverted (*Oei, Hong Djien*) and rule N2 files it under OEI.
  N8. A Javanese ruler's name ending in a regnal number files under the name itself, its first word after
      the court titles (*Mangkunegara IV* → MAN, *Sri Sultan Hamengku Buwono IX* → HAM, as Perpusnas's
      authority file enters them), never under the number (*IV*).
Organisations (author kind "organisation"): the first word after a leading article (*Badan Pusat
Statistik* → BAD, *The World Bank* → WOR).
"""

from __future__ import annotations

import re

from ..accents import without_accents
from . import classnumber
from .transliteration import ARTICLES

TITLE_ARTICLES = frozenset({"the", "a", "an", "de", "het", "een", "'t", "t", "al", "el", "si", "sang"})
# Arabic definite article joined with a hyphen (or an apostrophe), including the sun-letter forms (longest first:
# "asy-" before "as-").
_ARABIC_ARTICLE = re.compile(rf"^(?:{'|'.join(sorted(ARTICLES, key=len, reverse=True))})[-‐'’]", re.IGNORECASE)
# The article written in Arabic script, joined to its word: الغزالي (alef or alef wasla, lam, any vowel marks).
_ARABIC_SCRIPT_ARTICLE = re.compile("^[\u0627\u0671][\u064B-\u0652]*\u0644[\u064B-\u0652]*")
PATRONYMIC = frozenset({"bin", "binti", "bt", "ibn", "ibnu", "بن", "بنت", "ابن"})  # (and in Arabic script)
PARTICLES = frozenset({"van", "von", "der", "den", "de", "ter", "ten", "te", "zu", "al", "el"})
# Honorifics and degrees, compared in lower case without dots.
HONORIFICS = frozenset({
    "dr", "drs", "dra", "ir", "prof", "h", "hj", "kh", "kyai", "kiai", "r", "rd", "raden", "ust", "ustadz",
    "ustaz", "ustadzah", "habib", "syekh", "syaikh", "tuan", "sir", "mr", "mrs", "ms", "ny", "nn", "sdr",
    "spd", "mpd", "spdi", "mpdi", "sh", "mh", "se", "mm", "st", "mt", "ssi", "msi", "skom", "mkom", "sag",
    "mag", "ssos", "msos", "sip", "shum", "mhum", "ss", "ma", "msc", "ba", "bsc", "phd", "mba", "lc", "sth",
    "mth", "skep", "ns", "sfarm", "apt", "spsi", "mpsi", "skes", "mkes", "sp", "amd", "dipl", "ing",
    "shi", "mhi", "sei", "mei", "spt", "sked", "mpa", "mpp", "llm", "jr", "sr",
})
_REGNAL = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\.?$")  # I … XXXIX, as courts number their rulers
# Court titles before a ruler's name (rule N8); compared in lower case without dots.
COURT_TITLES = frozenset({"sri", "sultan", "sunan", "susuhunan", "sinuhun", "sampeyan", "dalem", "ingkang",
                          "kanjeng", "gusti", "pangeran", "adipati", "arya", "kgpaa", "kgpa", "gpa", "prabu", "raja"})
# Short honorifics that are also real names or words (Ma, Ny...) count only when written with a dot.
_DOTTED_ONLY = frozenset({"ma", "ba", "ss", "sp", "st", "se", "sh", "mm", "ns", "r", "h", "ny", "nn", "ing", "apt",
                          "jr", "sr", "mt", "lc", "ms", "mr"})


def letters(text: str) -> str:
    """Only the letters, without accents: ``Déjà-vu`` -> ``Dejavu``."""
    return "".join(ch for ch in without_accents(text or "") if ch.isalpha())


def _bare(word: str) -> str:
    return re.sub(r"[.\s]", "", word).lower()


def _is_honorific(word: str) -> bool:
    bare = _bare(word)
    if bare not in HONORIFICS:
        return False
    return "." in word or bare not in _DOTTED_ONLY


def _without_arabic_article(word: str) -> str:
    stripped = _ARABIC_ARTICLE.sub("", word)
    if stripped == word and len(letters(word)) >= 5:  # (الله is no article and له: short words keep theirs)
        stripped = _ARABIC_SCRIPT_ARTICLE.sub("", word)
    return stripped if letters(stripped) else word


def title_words(title: str) -> list[str]:
    """The title's words from the first filing word on (rule T1)."""
    words = [w for w in (title or "").replace("’", "'").split() if letters(w)]
    if len(words) > 1 and words[0].lower().strip("'\"“”‘") in TITLE_ARTICLES:
        words = words[1:]
    if words:
        words[0] = _without_arabic_article(words[0].strip("'\"“”‘"))
    return words


def title_letter(title: str) -> str:
    words = title_words(title)
    return letters(words[0])[:1].lower() if words else ""


def _name_words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s,;]+", text) if w]


def _strip_honorifics(words: list[str]) -> list[str]:
    out = [w for w in words if not _is_honorific(w)]
    return out or words


def entry_word(author: str, kind: str = "person") -> str:
    """The word a name is filed under (see the rules at the top)."""
    author = " ".join((author or "").split())
    if not author:
        return ""
    if kind == "organisation":
        words = title_words(author)
        return words[0] if words else ""
    if "," in author:
        before, after = (part.strip() for part in author.split(",", 1))
        after_words = _name_words(after)
        if after_words and all(_is_honorific(w) or not letters(w) for w in after_words):
            author = before  # "Budi Santoso, S.Pd., M.Pd.": only degrees after the comma
        else:
            words = _strip_honorifics(_name_words(before))
            words = [w for w in words if w.lower() not in PARTICLES] or words
            return _without_arabic_article(words[0]) if words else before
    words = _strip_honorifics([w for w in _name_words(author) if letters(w)])
    if not words:
        return ""
    if len(words) > 1 and _REGNAL.match(words[-1]):
        name = [w for w in words[:-1] if _bare(w) not in COURT_TITLES] or words[:-1]
        return name[0]
    lowered = [w.lower().rstrip(".") for w in words]
    if lowered[0] in ("ibn", "ibnu", "ابن"):
        return words[0]
    if any(w in PATRONYMIC for w in lowered[1:]):
        return _without_arabic_article(words[0])
    for word in reversed(words):
        if word.lower() not in PARTICLES:
            return _without_arabic_article(word)
    return words[-1]


def main_entry(title: str, main_author: str = "", kind: str = "person") -> str:
    """The three capital letters: from the main author, or from the title when there is none."""
    entry = letters(entry_word(main_author, kind)) if main_author else ""
    if not entry:
        words = title_words(title)
        entry = letters("".join(words))
    return entry[:3].upper()


def derive_call_number(ddc: str, title: str, main_author: str = "", kind: str = "person",
                       segmented: bool = False) -> str:
    """``899.2213 HIR l``: class part, three letters of the main entry, the title's letter. ``segmented``:
    the class with the KDT space (``899.221 3 HIR l``), when that is the library's way (``class_style``)."""
    parts = [class_part(ddc, segmented), main_entry(title, main_author, kind), title_letter(title)]
    return " ".join(p for p in parts if p)


def class_part(ddc: str, segmented: bool = False) -> str:
    """The class number as the call number shows it (``classnumber.display``: prefix, number); a
    value that is not a class number (kept as written by an import) is used as it stands."""
    text = " ".join((ddc or "").split())
    return classnumber.display(text, segmented) if classnumber.parse(text) is not None else text
