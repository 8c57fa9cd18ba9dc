"""The language a title's script tells, for an imported row that names none: a title written all in aksara Jawa is
Javanese, in Balinese or Sundanese script those languages, in Arabic letters Arabic (the kitab of a pesantren's shelf;
a book in Pegon or Jawi, Javanese or Malay in Arabic letters, is rarer, and "Indonesian" was wrong for both). A title
with Latin letters too ("Tafsir Jalalain تفسير الجلالين") says nothing: the catalogue's default stays.

The guess is the import's, not the file's: a re-import never puts it over the language a record has
(``row_checks.checked_record`` marks it so)."""

from __future__ import annotations

import unicodedata

# (first, last) code point of each script -> its language (ISO 639-2)
_SCRIPTS = (
    (0x0600, 0x06FF, "ara"), (0x0750, 0x077F, "ara"), (0x08A0, 0x08FF, "ara"), (0xFB50, 0xFDFF, "ara"),
    (0xFE70, 0xFEFF, "ara"),
    (0xA980, 0xA9DF, "jav"),
    (0x1B00, 0x1B7F, "ban"),
    (0x1B80, 0x1BBF, "sun"), (0x1CC0, 0x1CCF, "sun"),
)


def _language_of(ch: str) -> str | None:
    point = ord(ch)
    for first, last, language in _SCRIPTS:
        if first <= point <= last:
            return language
    return None


def language_of_script(title: str) -> str:
    """The language every letter of ``title`` is written for (one script only), else ""."""
    if title.isascii():
        return ""  # (most titles: at once)
    found = ""
    for ch in title:
        if not unicodedata.category(ch).startswith("L"):
            continue  # (digits, spaces, punctuation and marks belong to no one script)
        language = _language_of(ch)
        if language is None or (found and language != found):
            return ""
        found = language
    return found
