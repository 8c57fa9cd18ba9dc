"""Call numbers by the Indonesian convention: DDC class / first three letters of the main entry
(the main author's surname, or the title when there is no author) in capitals / first letter of
the title in lower case, e.g. ``899.221 HIR l``."""

from __future__ import annotations

import unicodedata

# Particles that are not a surname's first word ("van", "bin"...). Indonesian names have no
# surname rule: most catalogues take the last word of the name, as here.
_PARTICLES = {"bin", "binti", "van", "von", "de", "der", "al", "el"}


def _letters(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if ch.isalpha())


def entry_word(author: str) -> str:
    """The word a name is filed under: the part before a comma ("Hirata, Andrea"), else the last word."""
    author = author.strip()
    if not author:
        return ""
    if "," in author:
        return author.split(",", 1)[0].strip()
    words = [w for w in author.replace(".", ". ").split() if w]
    for word in reversed(words):
        if word.lower() not in _PARTICLES and _letters(word):
            return word
    return words[-1]


def derive_call_number(ddc: str, title: str, main_author: str = "") -> str:
    main_entry = _letters(entry_word(main_author)) if main_author else ""
    if not main_entry:
        main_entry = _letters(title)
    title_letter = _letters(title)[:1].lower()
    parts = [ddc.strip(), main_entry[:3].upper(), title_letter]
    return " ".join(p for p in parts if p)
