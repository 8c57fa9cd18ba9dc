"""Spreadsheet cells that must not run: CSV/formula injection (OWASP "CSV Injection").

A title or a member's name like ``=HYPERLINK("http://...")`` or ``+cmd|' /C calc'!A0`` is text to us,
but Excel and LibreOffice run it as a formula when the file is opened. Every xlsx and CSV we write
passes its text cells through ``neutralise``: a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab
or a carriage return gets a leading apostrophe (``'``), which spreadsheets show as text and do not
run. A cell that is only a number, a phone number or a date (``-5``, ``+62 812-3456-789``,
``-12,5``) cannot call anything and is left as it is, so numbers still add up and phone numbers still
read right. Every import takes that apostrophe off again (``as_written``: our own export comes back as
it was) and flags formula-looking cells for review (``looks_like_formula``).

Spreadsheets also damage what they take for numbers: a 13-digit ISBN or a 16-digit NIK is shown in
scientific notation (``9,78979E+12``), and a CSV saved from it keeps only that (``looks_like_scientific``);
a code of digits loses the zeros in front ("13" for the barcode 00013, "123" for the card 000123:
``by_digits_without_zeros`` finds the codes it may have been).

No imports from the rest of the app: every exporter (interop, buku induk, reports, members, audit)
may use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# digits with signs, spaces, dots, commas, dashes, slashes and brackets: a number, phone or date
_PLAIN_NUMBER = re.compile(r"^[+\-]?[\d\s.,()/+\-]*\d[\d\s.,()/\-]*$")


# a long number as a spreadsheet shows it (9,78979E+12 in an Indonesian Excel, 9.78979E+12 in an English one)
_SCIENTIFIC = re.compile(r"^\d[.,]\d+\s*E\+?\d+$", re.IGNORECASE)


def looks_like_scientific(text: str) -> bool:
    """True for a long number a spreadsheet turned into scientific notation: its last digits are gone."""
    return bool(_SCIENTIFIC.match(text.strip()))


def looks_like_formula(value: Any) -> bool:
    """True for text a spreadsheet would run (not for plain numbers, phone numbers or dates)."""
    return (isinstance(value, str) and value[:1] in FORMULA_START and value.strip() != "-"
            and not _PLAIN_NUMBER.match(value))


def neutralise(value: Any) -> Any:
    """The cell as it may be written to an xlsx or CSV file: formula-looking text gets a leading ``'``
    (and so does text that already looks escaped, ``'=A1``, so that ``as_written`` gives it back whole)."""
    return "'" + value if looks_like_formula(value) or _escaped(value) else value


def as_written(value: Any) -> Any:
    """A cell read from an xlsx or CSV file without the apostrophe ``neutralise`` put in front of it:
    ``'=Toko Buku`` is ``=Toko Buku``. Only that escape comes off (``'Tis``, ``'-5`` stay as they are)."""
    return value[1:] if _escaped(value) else value


def _escaped(value: Any) -> bool:
    """Whether the text is a formula-looking text with ``neutralise``'s apostrophe in front."""
    return (value.__class__ is str and value[:1] == "'"
            and (looks_like_formula(value[1:]) or _escaped(value[1:])))


def neutralise_row(values: Iterable[Any]) -> list[Any]:
    return [neutralise(v) for v in values]


def by_digits_without_zeros(codes: Iterable[str]) -> dict[str, list[str]]:
    """The codes of digits with zeros in front ("00013"), by what a spreadsheet leaves of them ("13")."""
    found: dict[str, list[str]] = {}
    for code in codes:
        if code[:1] == "0" and code.isdigit():
            found.setdefault(code.lstrip("0"), []).append(code)
    return found
