"""Text without its accents and vowel marks: ``Déjà`` -> ``Deja``, ``al-Ghazālī`` -> ``al-Ghazali``, and an Arabic
word without its harakat. The one way every comparison (import matching, places, the district's union key, the
audit search) takes them off, so a word typed plain finds the word written with them everywhere alike."""

from __future__ import annotations

import functools
import re
import unicodedata


def without_accents(text: str) -> str:
    """``text`` decomposed (NFKD: ligatures and compatibility forms too) with its combining marks dropped."""
    if text.isascii():  # (plain ASCII has none: most text, and the cheapest test)
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case, no accents, no punctuation, single spaces: for matching titles and names (an import's rows
    to what is here, a new programme's name to the programmes here: the two must agree)."""
    return " ".join(_NOT_WORD.sub(" ", without_accents(text or "").casefold()).split())


_NOT_WORD = re.compile(r"[^\w\s]")
