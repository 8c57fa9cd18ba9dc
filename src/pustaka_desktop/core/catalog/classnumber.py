"""Class numbers as librarians write them, read into one stored form.

What comes in (KDT data printed in books, SLiMS, INLISLite, MARC records, hand-kept Excel):

- DDC with the segmentation marks of the KDT / Library of Congress: a space or a prime
  (``899.221 3``, ``899.221'3``, ``899.221′3``) and MARC's slashes (``005.13/3``, ``811/.5/4``):
  the marks only show where a short number may be cut, so they are dropped: ``899.2213``,
  ``005.133``, ``811.54``. A comma for the point (``297,122 7``) is read as the point.
- The DDC edition a copied record names after its class (LC's ``082 $a005.13/3 $222``, pasted into SLiMS as
  ``005.13/3 22``, in a SLiMS call number ``005.13/3-22 Jan p``) is no part of the number: ``005.133``.
- Perpusnas's Islam expansion of class 200 (``2X4.1``, ``2x7``).
- The Indonesian collection prefixes, in front of a class or alone: ``F``/``FIK`` fiction, ``R``/``REF``
  reference, ``A``/``AN`` children's (``F 899.221 3``, ``R 030``, ``FIK``). Kept as a prefix and stored
  in front of the number (``F 899.2213``): the call number starts with it.
- Other schemes (UDC, BBK, LCC... in MARC 084 with ``$2``) are kept as written with their scheme name,
  never read as DDC (``other_scheme``).

Public:
- ``parse(text) -> ClassNumber | None``   None when the text is not a class number of these forms
- ``normalise(text) -> str``              the stored form; ValidationError (field ``ddc``) otherwise
- ``suggest(text) -> str``                a likely class number inside a bad value, or ''
- ``main_class(stored) -> str``           "800" for ``F 899.2213``; '' for a prefix alone
- ``display(stored, segmented)``          ``899.221 3`` with a segmentation space after the third decimal
- ``other_scheme(number, scheme)``        ``"udc 821.161.1"``, a non-DDC class kept as such
- ``from_call_number(call)``              the class at the start of a call number (``F HIR l`` -> ``F``)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP

# Indonesian collection prefixes -> what they mark
PREFIXES: dict[str, str] = {
    "F": "fiction", "FIK": "fiction", "R": "reference", "REF": "reference", "A": "children", "AN": "children",
}
# Schemes named in MARC 084 $2 (or a spreadsheet header) that are DDC after all
DDC_SCHEMES = {"", "ddc", "dc", "dcc", "dewey", "ddc23", "ddc22", "ddc21", "23", "22", "21", "23/ind", "23/eng"}

_PRIMES = re.compile(r"[/'’′‘`]")
_PREFIX = re.compile(r"^(FIK|REF|AN|F|R|A)(?:[\s.\-:]+|(?=\d)|$)", re.IGNORECASE)
_NUMBER = re.compile(r"^(\d{3}|2X\d)(?:\.(\d+))?$")
# a class and the DDC edition after it (editions 10..23: abridged and full): "005.13/3 22", "025 22"
_EDITION = re.compile(r"^(.+?)\s+(?:1\d|2[0-3])$")


@dataclass(frozen=True)
class ClassNumber:
    prefix: str = ""  # "F", "FIK", "R", "REF", "A", "AN" or ""
    number: str = ""  # DDC without marks: "899.2213", "2X4.1"; "" for a prefix alone

    @property
    def stored(self) -> str:
        return " ".join(p for p in (self.prefix, self.number) if p)

    @property
    def collection(self) -> str:
        """fiction | reference | children | '' (from the prefix)."""
        return PREFIXES.get(self.prefix, "")


def _without_edition(text: str) -> str:
    """``005.13/3 22`` -> ``005.13/3``. The space is an edition's, not the KDT's segmentation (``899.221 32``,
    ``364.132 209 17``: groups of three decimals), when the class has LC's slashes, no point, or a number of
    decimals before the space that is no multiple of three (``005.1 22``, ``899.221 3 22``)."""
    match = _EDITION.match(text)
    if match is None:
        return text
    number = match.group(1)
    _, point, decimals = "".join(_PRIMES.sub("", number).split()).partition(".")
    return number if "/" in number or not point or len(decimals) % 3 else text


def _number(text: str) -> str | None:
    """``899.221 3`` / ``811/.5/4`` / ``297,122'7`` -> the DDC number without marks, or None."""
    text = _without_edition(text.strip().upper().replace(",", "."))
    if not text:
        return None
    text = _PRIMES.sub("", text)
    parts = text.split()
    if len(parts) > 1:
        # a segmentation space: only digit groups after a number that already has its point
        if "." not in parts[0] or not all(p.isdigit() for p in parts[1:]):
            return None
        text = parts[0] + "".join(parts[1:])
    text = text.rstrip(".")
    match = _NUMBER.match(text)
    if match is None or not text.isascii():
        return None
    return text


def parse(text: str) -> ClassNumber | None:
    """A class number as librarians write it, or None when ``text`` is not one."""
    text = " ".join((text or "").split())
    if not text:
        return ClassNumber()
    prefix = ""
    match = _PREFIX.match(text)
    if match is not None:
        rest = text[match.end():].strip()
        # "A 899" is a prefix; "A" alone too; but "AB" or "Agama" is not
        prefix = match.group(1).upper()
        text = rest
        if not text:
            return ClassNumber(prefix=prefix)
    number = _number(text)
    if number is None:
        return None
    return ClassNumber(prefix=prefix, number=number)


def normalise(text: str) -> str:
    """The stored form of a class number (``F 899.2213``), '' for empty; ValidationError otherwise."""
    parsed = parse(text)
    if parsed is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{ddc} is not a DDC class number (e.g. 899.221 3, 2X4.1 or F 899.221)."),
            field="ddc", ddc=(text or "").strip())
    return parsed.stored


_CALL = re.compile(r"^(.*?\d)\s+[A-Z][A-Za-z]{0,3}\.?(\s+[a-z]\.?)?$")  # the author mark: HIR or Hir (SLiMS keeps both)
# A call number typed in a spreadsheet with slashes between its parts (899.221 3/HIR/l, R 030/ENS/e) or dashes
# (899.221 3 - HIR - l): parts as with spaces. A slash between digits is MARC's segmentation mark
# (005.13/3, 811/.5/4), kept.
_CALL_SEPARATOR = re.compile(r"(?<![\d.])/|/(?![\d.])|\s[-\u2013]\s")
# SLiMS's sample call numbers join the DDC edition to the class with a dash (005.13/3-22 Jan p, 025-22 Tay o)
_EDITION_DASH = re.compile(r"(?<=\d)-(?=(?:1\d|2[0-3])(?:\s|$))")


def _call_text(call: str) -> str:
    return " ".join(_CALL_SEPARATOR.sub(" ", _EDITION_DASH.sub(" ", call or "")).split())


# a class Excel took for a number and saved without the zeros in front (005.133 -> 5.133, 070.4 -> 70.4; the
# comma of an Indonesian Windows too): with a fraction it is no main class alone ("8" for 800), so the zeros are sure
_ZEROS_LOST = re.compile(r"^(\d{1,2})[.,](\d+)(?=\s|$)")


def suggest(text: str) -> str:
    """A class number hidden in a bad value, for the review list: a whole call number in the class
    field (``899.221 3 HIR l`` -> ``899.2213``), a missing point (``8992213`` -> ``899.2213``) or the zeros in
    front a spreadsheet dropped (``5.133`` -> ``005.133``)."""
    text = _call_text(text)
    padded = _ZEROS_LOST.sub(lambda m: f"{m[1]:0>3}.{m[2]}", text, count=1)
    if padded != text:
        text = padded
        parsed = parse(text)
        if parsed is not None and parsed.number:
            return parsed.stored
    match = _CALL.match(text)
    if match is not None:
        parsed = parse(match.group(1))
        if parsed is not None and parsed.number:
            return parsed.stored
    if " " in text:  # a call number whose author mark the pattern misses: F DIN a, 005.13/3 W.M p, 333.7 PEN ر
        found = from_call_number(text)
        if found:
            return found
    if text.strip("[]").upper() in ("FIC", "FIKSI", "E"):  # LC's [Fic], a plain "Fiksi"
        return "F" if text.strip("[]").upper() != "E" else "A"
    digits = text.replace(" ", "")
    if digits.isascii() and digits.isdigit() and len(digits) > 3:
        return f"{digits[:3]}.{digits[3:]}"
    return ""


def main_class(stored: str) -> str:
    """The DDC main class ("000".."900") of a stored class number; '' when it has none."""
    parsed = parse(stored)
    if parsed is None or not parsed.number:
        return ""
    first = parsed.number[0]
    return f"{first}00" if first.isdigit() else ""


def display(stored: str, segmented: bool = False) -> str:
    """A stored class number for labels and screens; ``segmented`` puts the KDT space after the third
    decimal (``899.2213`` -> ``899.221 3``), as many libraries print it."""
    parsed = parse(stored)
    if parsed is None:
        return stored
    number = parsed.number
    if segmented and "." in number:
        whole, decimals = number.split(".", 1)
        if len(decimals) > 3:
            number = f"{whole}.{decimals[:3]} {decimals[3:]}"
    return " ".join(p for p in (parsed.prefix, number) if p)


def is_ddc_scheme(scheme: str) -> bool:
    return " ".join((scheme or "").lower().split()) in DDC_SCHEMES


def other_scheme(number: str, scheme: str) -> str:
    """A class number of another scheme kept as written, with its scheme: ``"udc 821.161.1"``."""
    number = " ".join((number or "").split())
    scheme = "".join((scheme or "").lower().split()) or "other"
    return f"{scheme} {number}" if number else ""


def split_other(text: str) -> tuple[str, str]:
    """``"udc 821.161.1"`` -> ("udc", "821.161.1")."""
    scheme, _, number = (text or "").partition(" ")
    return scheme, number


def from_call_number(call: str) -> str:
    """The class part at the start of a call number (``899.221 3 HIR l`` -> ``899.2213``,
    ``F HIR l`` -> ``F``, ``R 030 ENS e`` -> ``R 030``); '' when it starts with none."""
    words = _call_text(call).split()
    for n in range(min(len(words), 4), 0, -1):
        parsed = parse(" ".join(words[:n]))
        if parsed is not None and (parsed.number or parsed.prefix):
            return parsed.stored
    return ""
