"""Romanised Arabic as village and pesantren libraries write it: one title, several spellings.

Catalogues romanise Arabic titles and names by ear, not by one standard: *Fathul Qarib*, *Fath al-Qarib*,
*Fathul Qorib*; *Al-Ghazali*, *Imam Ghozali*; *Al-Qur'an*, *Alquran*. A librarian or a patron types one
of them and expects the books written with the others. The index keeps each record's words as written
(folded, ``spelling``); the query asks for each word in the forms the others write (``word_forms``):

- **the article**: ``al-`` and its assimilated forms (``an-``, ``asy-``, ``ad-``...) joined to a word by a
  hyphen, or a lone *al*, are left out of the query (*Fath al-Qarib* asks for *fath* and *qarib*); a word
  ending in the article joined to it (*Fathul*, *Tafsiril*, *Sullamut*, *Riyadhus*: ``JOINED_ARTICLE_ENDINGS``)
  also asks for the word without it, and every word of such a query is a prefix (*fath* finds *Fathul*,
  *sullam* finds *Sullamut*); *alquran* also asks for *quran*, and a word also asks for itself with *al*
  before it (*quran*, *alquran*).
- **the vowel after q, gh, sh, sy, dh, kh**, a or o in Javanese pesantren spelling: *qarib*/*qorib*,
  *ghazali*/*ghozali*, *qasim*/*qosim*, *shalihin*/*sholihin*.
- **one sound, two spellings**: Indonesian *ts*, *dz*, *sy* and English-style *th*, *dh*, *sh* (*Hadits*/*Hadith*,
  *Ibnu Katsir*/*Ibn Kathir*, *Syarh*/*Sharh*), *q* also as *k* (*Taufiq*/*Taufik*), and *Ibnu*/*Ibn*.
- **the apostrophe** of ayn and hamza: *Qur'an* (two index words, *qur an*) also asks for *quran*, and
  *quran* for the phrase *qur an* (the index splits words at ALA-LC's ʻ and ʼ too: ``search_index``).

Only the query changes: records keep their spelling and the index needs no rebuild. The forms that no
record uses cost one look-up each in the index (a few microseconds).
"""

from __future__ import annotations

import re

from ..accents import without_accents

# the article as romanised, before a sun letter too (an-Nawawi, asy-Syafi'i, at-Tirmidzi, ad-Din)
ARTICLES = frozenset({"al", "el", "an", "ar", "as", "asy", "ash", "at", "ad", "adz", "az", "ats"})
LONE_ARTICLES = frozenset({"al", "el"})  # a word of its own only in romanised Arabic ("Fath al Qarib")
# the article joined to the word before it, as it is said: Fathul = Fath al-, Tafsiril = Tafsir al-, and before a
# sun letter Sullamut Taufiq, Riyadhus Shalihin, Durratun Nashihin, Nurudh Dhalam (the longer endings first)
JOINED_ARTICLE_ENDINGS = ("usy", "ush", "uts", "udz", "udh", "ul", "il", "ut", "us", "ud", "ur", "un", "uz")
MIN_JOINED_LENGTH = 6  # fathul -> fath; shorter words ending so are Indonesian (betul, kecil, laut, tahun)
MIN_AL_LENGTH = 7  # alquran -> quran; alamat, alasan keep their letters
MIN_WITH_AL_LENGTH = 5  # quran -> alquran; amat does not become alamat
# one sound, two spellings: Indonesian ts, dz, sy (Hadits, Adzkar, Syarh) and English-style th, dh, sh (Hadith,
# Adhkar, Sharh)
LETTER_PAIRS = (("ts", "th"), ("dz", "dh"), ("sy", "sh"))
Q_AS_K = ("q", "k")  # Taufiq is also written Taufik (one way only: every k is not a q)
# whole words: the apostrophe a patron leaves out (the tokenizer splits at it), the Indonesian "Ibnu"
OTHER_SPELLINGS = {"quran": "qur an", "ibnu": "ibn", "ibn": "ibnu"}
MAX_LETTER_FORMS = 4
MAX_FORMS = 10
_ROMANISED = re.compile(r"\b(?:al|el|an|ar|as|asy|ash|at|ad|adz|az|ats)-\w|\bal\b|q|gh|dh|dz|sh|th\b|ts\b"
                        r"|\w{4,}[ui]l\b|\w['’‘`ʼ]\w")
# the vowel after the letters of the throat and the emphatic ones, a or o: Qarib/Qorib, Ghazali/Ghozali,
# Shalihin/Sholihin, Dhuha... (Indonesian words rarely have these pairs)
_AFTER_Q_OR_GH = re.compile(r"(q|gh|sh|sy|dh|kh)([ao])")
_SWAP_VOWEL = {"a": "o", "o": "a"}


def without_article(words: list[str]) -> list[str]:
    """The words of a hyphenated chunk without a leading article: ``al-qarib`` -> ``qarib``."""
    if len(words) >= 2 and words[0] in ARTICLES:
        return words[1:]
    return words


def is_lone_article(words: list[str]) -> bool:
    return len(words) == 1 and words[0] in LONE_ARTICLES


def joined(chunk: str, words: list[str]) -> str:
    """``qur'an`` typed with its apostrophe is also ``quran`` (one word); '' for any other chunk."""
    if len(words) < 2 or not any(mark in chunk for mark in "'’‘`ʼ"):
        return ""
    return "".join(words)


def looks_romanised(text: str) -> bool:
    """Whether a query shows romanised Arabic (an article, q, gh, an ayn's apostrophe, a word ending in
    the joined article): only then is every word a prefix and asks for its forms with and without the article
    (an Indonesian query stays as typed: *laskar* does not also ask for *allaskar*)."""
    return bool(_ROMANISED.search(without_accents(text).lower()))


def word_forms(word: str, romanised: bool = True) -> list[str]:
    """The folded query word in the spellings others write it, the word itself first (see the module doc).
    ``romanised``: the query looks like romanised Arabic (``looks_romanised``), else only the letters' forms
    count. Only Latin words have other forms; a form with a space is a phrase."""
    bare = without_accents(word)  # al-Ghazālī: the index drops the macrons too (remove_diacritics)
    if not bare.isascii() or not bare.isalpha():
        return [word]
    letters = _letter_forms(bare)
    forms = [word, *letters]
    forms += [OTHER_SPELLINGS[form] for form in letters if form in OTHER_SPELLINGS]
    if romanised:
        for base in letters:
            stems = [base, base[2:]] if len(base) >= MIN_AL_LENGTH and base.startswith("al") else [base]
            for stem in stems:
                forms.append(stem)
                if stem in OTHER_SPELLINGS:
                    forms.append(OTHER_SPELLINGS[stem])
                if len(stem) >= MIN_WITH_AL_LENGTH and not stem.startswith("al"):
                    forms.append("al" + stem)  # Alquran, Alhikam written as one word
                forms.extend(_without_joined_article(stem))
    return list(dict.fromkeys(forms))[:MAX_FORMS]


def _letter_forms(word: str) -> list[str]:
    """The word with each pair of letters written the other way (ts/th, dz/dh, sy/sh) and a/o after q and gh."""
    forms = [word]
    for one, other in LETTER_PAIRS:
        for form in list(forms):
            if one in form:
                forms.append(form.replace(one, other))
            elif other in form:
                forms.append(form.replace(other, one))
    forms += [swapped for swapped in map(_vowel_swapped, forms) if swapped not in forms]
    forms += [form.replace(*Q_AS_K) for form in forms if Q_AS_K[0] in form]
    return list(dict.fromkeys(forms))[:MAX_LETTER_FORMS]


def _vowel_swapped(word: str) -> str:
    return _AFTER_Q_OR_GH.sub(lambda m: m.group(1) + _SWAP_VOWEL[m.group(2)], word)


def _without_joined_article(word: str) -> list[str]:
    if len(word) < MIN_JOINED_LENGTH:
        return []
    return [word[:-len(ending)] for ending in JOINED_ARTICLE_ENDINGS if word.endswith(ending)][:1]
