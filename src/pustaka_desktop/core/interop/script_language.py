"""The language a title's script tells, for an imported row that names none: a title written all in aksara Jawa is
Javanese, in Balinese or Sundanese script those languages, in Arabic letters Arabic (the kitab of a pesantren's shelf;
a book in Pegon or Jawi, Javanese or Malay in Arabic letters, is rarer, and "Indonesian" was wrong for both). A title
with Latin letters too ("Tafsir Jalalain تفسير الجلالين") says nothing: the catalogue's default stays.

The guess is the import's, not the file's: a re-import never puts it over the language a record has
(``row_checks.checked_record`` marks it so)."""

from __future__ import annotations

import unicodedata

# a letter's script, as the first word of its Unicode name says it -> the script's language (ISO 639-2)
_LANGUAGES = {"ARABIC": "ara", "JAVANESE": "jav", "BALINESE": "ban", "SUNDANESE": "sun"}


def language_of_script(title: str) -> str:
    """The language every letter of ``title`` is written for (one script only), else ""."""
    if title.isascii():
        return ""  # (most titles: at once)
    found = ""
    for ch in title:
        if not ch.isalpha():
            continue  # (digits, spaces, punctuation and vowel signs belong to no one script)
        language = _LANGUAGES.get(unicodedata.name(ch, "").split(" ", 1)[0])
        if language is None or (found and language != found):
            return ""
        found = language
    return found
