"""Words a village register writes more than one way in a title, made one for the union catalogue's title key
(``union_match.title_key``): a number written out (*SD Negeri Lima* = *SD Negeri 5*, *Sepuluh Cerita Rakyat* =
*10 Cerita Rakyat*, *Dua Puluh Satu* = *21*), a school grade or semester in roman numerals (*Kelas IV* = *Kelas 4*,
*Kls. 4* = *Kelas 4*), and a school subject or school written short (*IPA* = *Ilmu Pengetahuan Alam*, *SDN 5* =
*SD Negeri 5*). Each is the same words in another writing, so a book keeps every difference that makes it another:
*Kelas 4* and *Kelas 5*, *IPA* and *IPS* stay apart (*PPKn*, 2013's subject, is left short: written out it would
hold every word of 2006's *Pendidikan Kewarganegaraan*). A title key still meets another only with the same author,
or the same publisher and year; and a school book names the curriculum it was written for (``curriculum``): the
*Kurikulum 2013* and the *Kurikulum Merdeka* book of one subject and grade are two editions, never joined.

Pure Python, on text already folded (lower case, single spaces, old spellings made new: ``spelling.fold``)."""

from __future__ import annotations

import re

_UNITS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
          "sembilan": 9}
# a subject as schools shorten it: each to its own full name (never one subject to another)
SUBJECTS = {"ipa": "ilmu pengetahuan alam", "ips": "ilmu pengetahuan sosial", "pkn": "pendidikan kewarganegaraan",
 "pai": "pendidikan agama islam",
            "pjok": "pendidikan jasmani olahraga dan kesehatan", "tik": "teknologi informasi dan komunikasi",
            "sbdp": "seni budaya dan prakarya", "sdn": "sd negeri", "smpn": "smp negeri", "sman": "sma negeri",
            "smkn": "smk negeri", "kls": "kelas", "smt": "semester"}
# a grade or a semester in roman numerals (after these words only: elsewhere "mi", "di", "ci" are words)
_GRADE = re.compile(r"\b(kelas|semester) (i{1,3}|iv|v|vi{1,3}|ix|x|xi{1,2})\b")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11,
          "xii": 12}


def same_words(text: str) -> str:
    """``text`` (folded) with numbers in digits and short school words written out."""
    words = [SUBJECTS.get(word, word) for word in text.split()]
    text = _GRADE.sub(lambda m: f"{m.group(1)} {_ROMAN[m.group(2)]}", " ".join(words))
    return " ".join(_digits(text.split()))


def _digits(words: list[str]) -> list[str]:
    """Indonesian numbers from one to ninety-nine written out, as digits: *sepuluh* 10, *sebelas* 11, *dua belas*
    12, *dua puluh* 20, *dua puluh satu* 21."""
    out: list[str] = []
    index = 0
    while index < len(words):
        word, after = words[index], words[index + 1] if index + 1 < len(words) else ""
        if word == "sepuluh":
            out.append("10")
        elif word == "sebelas":
            out.append("11")
        elif word in _UNITS and after == "belas":
            out.append(str(10 + _UNITS[word]))
            index += 1
        elif word in _UNITS and after == "puluh":
            tens, index = 10 * _UNITS[word], index + 1
            following = words[index + 1] if index + 1 < len(words) else ""
            if following in _UNITS:
                tens, index = tens + _UNITS[following], index + 1
            out.append(str(tens))
        elif word in _UNITS:
            out.append(str(_UNITS[word]))
        else:
            out.append(word)
        index += 1
    return out


# The curricula Indonesian school books are written for, as their covers and registers name them
_CURRICULA = ((re.compile(r"\b(kurikulum merdeka|kurmer|kurikulum 2022|ikm)\b"), "km"),
              (re.compile(r"\b(kurikulum 2013|kurikulum tiga belas|k ?13|kurtilas)\b"), "k13"),
              (re.compile(r"\b(ktsp|kurikulum 2006)\b"), "ktsp"),
              (re.compile(r"\b(kbk|kurikulum 2004)\b"), "kbk"),
              (re.compile(r"\bkurikulum (19[5-9]\d)\b"), r"k\1"))
CURRICULUM_PHRASE = re.compile(r"\b(kurikulum (merdeka|\d{4}|tiga belas)|kurmer|ikm|k ?13|kurtilas|ktsp|kbk)\b")


def curriculum(text: str) -> str:
    """The curriculum a school book says it follows (``k13``, ``km``, ``ktsp``, ``kbk``, ``k1994``), from its
    folded title, subtitle, edition and series; '' when it names none."""
    for pattern, mark in _CURRICULA:
        found = pattern.search(text)
        if found:
            return found.expand(mark)
    return ""
