"""Line breaks that SLiMS's export turned into letters. SLiMS 7, 8 and 9.0 to 9.6.0 write each field of the
bibliography export, and every version (9.7 too) each field of the item export, through MySQL's
``escape_string`` and then PHP's ``stripslashes``: the first writes a line break as ``\\r\\n``, the second
takes the backslashes away. A note typed "Sumbangan dari Pemdes⏎Tahun 2010" (a browser's text box breaks
lines with CR LF) arrives as "Sumbangan dari PemdesrnTahun 2010", a blank line as "rnrn", and a break
that came in another way (LF alone: an import, a copied MARC record) as "n".

The letters are only read as breaks where the text around them says so, by how sure that is:

- certain (put back): "rn" between a punctuation mark, a digit or a letter of another script (Arabic,
  Javanese) and a capital, a digit or such a letter: ``hlm.rnIlus``, ``2010rnBantuan``, ``الفقهrnالتفسير``;
  "n" between two letters of another script. No word of Indonesian, English or Javanese written in Latin
  letters is spelled so.
- likely (kept as written, with the breaks put back as the suggestion of a review flag): "rn" between a
  Latin letter and a capital or digit (``PemdesrnTahun``; a name written ``LearnEnglish`` would be so too),
  and "n" between a punctuation mark or digit and a capital (``hlm.nIlus``).
- doubtful (left as it is): a letter before and a small letter after (``Pemdesrntahun`` is not told from a
  word), and "n" after a Latin letter (``BukanMain``).

``put_back(text)`` gives the text with the certain breaks, ``suggested(text)`` with the likely ones too.
"""

from __future__ import annotations

import re
import unicodedata

# the candidates: a run of "rn" or a lone "n" with something other than a space on both sides and no small
# Latin letter after it (the word goes on); a lone "n" never after a Latin letter or an "r" of a run
_CANDIDATE = re.compile(r"(?<=\S)(?:rn)+(?=[^\sa-z])|(?<=[^\sA-Za-z])n(?=[^\sa-z])")
_AFTER_PUNCTUATION = frozenset(".,;:!?)]}\"'»”’-")
_OPENING = frozenset("([{\"'«“‘")
CERTAIN, LIKELY = 2, 1


def _other_script(ch: str) -> bool:
    """A letter not of the Latin alphabet (Arabic, Javanese, Pegon...), where "rn" is never written."""
    return ch.isalpha() and not unicodedata.name(ch, "LATIN").startswith("LATIN")


def _how_sure(before: str, letters: str, after: str) -> int:
    """CERTAIN, LIKELY or 0 that ``letters`` between ``before`` and ``after`` were line breaks."""
    starts_line = after.isupper() or after.isdigit() or after in _OPENING or _other_script(after)
    if letters == "n":  # (never after a Latin letter: see _CANDIDATE)
        if _other_script(before) and (_other_script(after) or after.isdigit()):
            return CERTAIN
        return LIKELY if (before in _AFTER_PUNCTUATION or before.isdigit()) and (after.isupper()) else 0
    if not starts_line:
        return 0
    if before in _AFTER_PUNCTUATION or before.isdigit() or _other_script(before) or _other_script(after):
        return CERTAIN
    return LIKELY if before.isalpha() else 0


# what every candidate has: an "n" with neither a space nor a small Latin letter after it. Most fields have none,
# and this one scan (a literal first: fast) spares them the candidates' (a 50,000-title import: half a second)
_MAYBE = re.compile(r"n[^\sa-z]")


def _breaks(text: str, level: int) -> str:
    if not _MAYBE.search(text):
        return text

    def one(match: re.Match) -> str:
        letters = match.group()
        before, after = text[match.start() - 1], text[match.end()] if match.end() < len(text) else ""
        if not after or _how_sure(before, letters, after) < level:
            return letters
        if letters == "n":
            return "\n"
        if len(letters) > 2 and before == "e":
            return "rn" + "\n" * (len(letters) // 2 - 1)  # "ModernrnTahun": modern, western, pattern + a break
        return "\n" * (len(letters) // 2)

    return _CANDIDATE.sub(one, text)


def put_back(text: str) -> str:
    """The text with the line breaks put back where the letters can only be breaks."""
    return _breaks(text, CERTAIN)


def suggested(text: str) -> str:
    """The text with the likely line breaks put back too ('' when there are none to suggest)."""
    fixed = _breaks(text, LIKELY)
    return fixed if fixed != text else ""
