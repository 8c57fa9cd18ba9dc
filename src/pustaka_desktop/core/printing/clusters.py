"""Where a line of any script may be cut or broken, so that no letter loses its vowel or conjunct.

A cut between code points can fall inside what a reader sees as one letter: before a vowel sign, harakat or
cecak (a mark, Unicode category M), or after a pangkon (U+A9C0), whose next letter is its pasangan written
under it (*ꦤ꧀ꦠ* is one conjunct; cut after the pangkon, the label prints a dead *n* and a new *ta*), or after a
zero-width joiner. ``cut_points`` gives the places where a cut leaves whole clusters on both sides.

Aksara Jawa is written without spaces between words: a title is one long "word", which a line may break
anywhere between clusters (``written_without_spaces``), as a manuscript does.
"""

from __future__ import annotations

import unicodedata

PANGKON = "\ua9c0"
_JOINS_NEXT = frozenset((PANGKON, "\u200d"))
JAVANESE = (0xA980, 0xA9DF)


def cut_points(text: str) -> list[int]:
    """The indexes where ``text`` may be cut with whole clusters on both sides, 0 and ``len(text)`` included."""
    return [i for i in range(len(text) + 1)
            if i in (0, len(text))
            or (not unicodedata.category(text[i]).startswith("M") and text[i - 1] not in _JOINS_NEXT)]


def written_without_spaces(word: str) -> bool:
    """Whether the word is in a script that a line may break inside (aksara Jawa)."""
    return any(JAVANESE[0] <= ord(char) <= JAVANESE[1] for char in word)


def pieces(word: str, fits) -> list[str]:
    """The word in pieces of whole clusters, each as long as ``fits(piece)`` allows (at least one cluster)."""
    points = cut_points(word)
    out: list[str] = []
    start = 0
    while start < len(word):
        later = [p for p in points if p > start]
        end = later[0]  # one cluster at least, even when it alone does not fit
        for point in later[1:]:
            if not fits(word[start:point]):
                break
            end = point
        out.append(word[start:end])
        start = end
    return out
