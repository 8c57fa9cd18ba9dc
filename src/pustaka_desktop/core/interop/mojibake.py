"""Text that an old SLiMS stored twice as UTF-8: its MySQL tables were latin1, PHP wrote UTF-8 bytes
into them, and an export or a backup made over a UTF-8 connection turned each of those bytes into a
character of its own. "Pendidikan Â· Agama", "cafÃ©" and "Ø§Ù„ÙÙ‚Ù‡" are what the librarian
typed as "Pendidikan · Agama", "café" and "الفقه".

``undo_double_utf8(line)`` gives such a line back as it was typed (stored so again and again: undone each
time). The test is strict: the line's characters, taken back to the bytes MySQL's latin1 (Windows-1252) made
of them, must read as UTF-8 without one error; text typed as it is (Arabic, Javanese, "«café»") never does, and
stays as it is."""

from __future__ import annotations

import re

# a UTF-8 lead byte seen as latin1 (Â..ô) followed by a continuation byte seen as latin1 or Windows-1252
_SUSPECT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                      "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def _latin1_byte(char: str) -> int:
    """The byte MySQL's latin1 (Windows-1252, its five unused bytes kept as they are) made ``char`` of."""
    code = ord(char)
    if code < 0x80 or 0xa0 <= code <= 0xff or 0x80 <= code <= 0x9f:
        return code
    return char.encode("cp1252")[0]  # (UnicodeEncodeError: no such byte, so not stored twice)


def undo_double_utf8(line: str) -> str:
    # stored so twice (SLiMS's own sample has "DeveloperÃ¢â‚¬â„¢s library" for "Developer’s library"): each
    # time undone, until the text reads as typed
    while not line.isascii() and _SUSPECT.search(line):
        try:
            line = bytes(_latin1_byte(char) for char in line).decode("utf-8")
        except (UnicodeError, ValueError):
            break
    return line
