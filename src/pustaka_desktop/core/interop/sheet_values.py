"""Values of a sheet kept by hand, read as the people who keep them write them: several authors in one
cell, a range of accession numbers in one cell, a year column of date cells, Excel's error cells, and
text a plain CSV turned into question marks. Pure functions of a cell's value (no flags, no database):
``spreadsheet`` says what it makes of them."""

from __future__ import annotations

import re
from typing import Any

from ..fields import day_of
from .types import EXCEL_EPOCH, clean, fold


def _lines(value: Any) -> list[str]:
    return [part.strip() for part in clean(value).replace("\n", ";").split(";") if part.strip()]


# "dkk." (dan kawan-kawan) and "et al.": more authors than the cell names
_MORE_AUTHORS = re.compile(r"(?i)[\s,]*(?:\bdkk|\bet\.?\s*al)\.?\s*$")
_JOINED = re.compile(r"(?i)\s+(?:dan|and|&)\s+|\s+/\s+|\s*&\s*")
# the first word of a body's name: "Departemen Pendidikan dan Kebudayaan" is one author, not two
_BODIES = frozenset({"departemen", "kementerian", "kementrian", "dinas", "badan", "pusat", "tim", "lembaga", "yayasan",
                     "universitas", "institut", "direktorat", "balai", "perpustakaan", "dewan", "majelis", "pemerintah",
                     "pemdes", "pemkab", "kantor", "sekolah", "panitia", "komisi", "persatuan", "ikatan", "forum"})


def author_names(value: Any) -> tuple[list[str], bool]:
    """(the names, whether the cell says there are more: "dkk") of an author cell: one a line or ";"
    apart, and "A dan B", "A & B", "A / B" (not in a body's name: "Departemen Pendidikan dan Kebudayaan";
    never at a comma, which turns a name round: "Hirata, Andrea")."""
    names: list[str] = []
    more = False
    for part in _lines(value):
        bare = _MORE_AUTHORS.sub("", part)
        more = more or bare != part
        pieces = [piece.strip() for piece in _JOINED.split(bare)]
        if len(pieces) > 1 and all(piece and fold(piece).split()[0] not in _BODIES for piece in pieces):
            names += pieces
        elif bare:
            names.append(bare)
    return names, more


def year_text(value: Any) -> str:
    """A year cell as text: a date cell formatted to show its year (Excel: "yyyy") is that year; a year
    typed into a date-formatted cell is a small day count (2019 is 1905-07-11 to Excel), and is that
    count."""
    day = day_of(value)
    if day is None:
        return clean(value)
    serial = (day - EXCEL_EPOCH).days
    return str(serial if 1900 <= serial <= 2100 else day.year)  # (those counts are days of 1905 only)


MAX_RANGE = 500  # more copies from one row's numbers is a slip ("001-1000"), kept as written and flagged
_RANGE_SEPARATOR = re.compile(r"\s*(?:-|–|—|s\.?\s*/?\s*d\.?|sampai(?:\s+dengan)?)\s*", re.IGNORECASE)


def accession_range(text: str) -> list[str]:
    """The accession numbers a buku induk writes for several copies in one cell, as written with their
    zeros: ``015-017``, ``018 s/d 019``, ``020, 021`` (and mixes: ``001-003, 007``); [] for one number
    (``001/PD/2019``, ``2019-001``: a year and a number are no range)."""
    parts = [part for part in re.split(r"\s*[,;]\s*", text) if part]
    if not parts or not all(re.fullmatch(r"\d+", p) or _RANGE_SEPARATOR.search(p) for p in parts):
        return []
    numbers: list[str] = []
    for part in parts:
        ends = _RANGE_SEPARATOR.split(part)
        if len(ends) == 1:
            numbers.append(part)
            continue
        if len(ends) != 2 or not all(end.isdigit() for end in ends) or int(ends[0]) >= int(ends[1]):
            return []
        width = len(ends[0])  # "015": three digits each
        numbers += [str(n).zfill(width) for n in range(int(ends[0]), min(int(ends[1]), int(ends[0]) + MAX_RANGE) + 1)]
    return numbers if len(numbers) > 1 else []


# what Excel shows in a cell whose formula failed (a VLOOKUP that found nothing: #N/A): no value
EXCEL_ERRORS = frozenset({"#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"})


def looks_lost(text: str) -> bool:
    """Whether text is mostly question marks ("????? ????????"): script a plain CSV could not hold. A
    title that ends in a question or two ("Siapa Aku???") is not."""
    marks = text.count("?")
    return marks >= 3 and marks * 2 >= len(text.replace(" ", ""))
