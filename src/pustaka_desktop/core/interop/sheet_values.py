"""Values of a sheet kept by hand, read as the people who keep them write them: several authors in one
cell, a range of accession numbers in one cell, a year column of date cells, Excel's error cells, and
text a plain CSV turned into question marks. Pure functions of a cell's value (no flags, no database):
``spreadsheet`` says what it makes of them."""

from __future__ import annotations

import re
from typing import Any

from ..catalog.transliteration import ARTICLES
from ..fields import day_of
from .dates import EXCEL_EPOCH
from .types import clean, fold
from .vocabulary import ROLE_IN


def parts(value: Any) -> list[str]:
    """The values of a cell that lists several, one a line or separated by ";" (subjects, authors)."""
    return [part.strip() for part in clean(value).replace("\n", ";").split(";") if part.strip()]


# "dkk." (dan kawan-kawan) and "et al.": more authors than the cell names
_MORE_AUTHORS = re.compile(r"(?i)[\s,]*(?:\bdkk|\bet\.?\s*al)\.?\s*$")
_JOINED = re.compile(r"(?i)\s+(?:dan|and|&)\s+|\s+/\s+|\s*&\s*")
# words of a body's name, not a person's: "Departemen Pendidikan dan Kebudayaan", "Rumah Baca Cahaya &
# Pustaka Bergerak" and "Kelompok Wanita Tani Melati dan PKK Desa Sukamaju" are each one author
_BODIES = frozenset({
    "departemen", "kementerian", "kementrian", "dinas", "badan", "pusat", "tim", "lembaga", "yayasan", "universitas",
    "institut", "direktorat", "balai", "perpustakaan", "dewan", "majelis", "pemerintah", "pemdes", "pemkab", "kantor",
    "sekolah", "panitia", "komisi", "persatuan", "ikatan", "forum", "kelompok", "rumah", "desa", "pkk", "penerbit",
    "pustaka", "redaksi", "komunitas", "sanggar", "taman", "karang", "taruna", "koperasi", "pt", "cv", "ud", "toko",
    "madrasah", "pesantren", "pondok", "masjid", "gereja", "paguyuban", "posyandu", "bumdes", "kecamatan",
    "kabupaten", "kab", "kota", "provinsi", "kelurahan", "dusun", "kampung", "organisasi", "asosiasi", "himpunan",
    "perkumpulan", "gerakan", "press", "media", "grup", "group", "studio", "team", "department",
    "ministry", "institute", "university", "foundation", "association", "society", "council", "committee"})
# small words of a person's name that are not capitalised: "Abdul Hayyie al-Kattani", "Ahmad bin Yusuf"; the Arabic
# article in each form Indonesian transliteration writes it (transliteration.ARTICLES: "as-Suyuthi", "asy-Syafi'i")
_NAME_PARTICLES = ARTICLES | {"bin", "binti", "van", "von", "der", "den", "de", "da", "di", "la", "le"}


def _capitalised(word: str) -> bool:
    """A word of a name written with its capital: "Hirata", and "al-Mahalli" (the name after its article)."""
    head, hyphen, rest = word.partition("-")
    return word[:1].isupper() or bool(hyphen and head.lower() in _NAME_PARTICLES and rest[:1].isupper())


def looks_personal(name: str) -> bool:
    """Whether a piece of an author cell reads as one person's name: two to four capitalised words
    ("Andrea Hirata", "Hirata, Andrea", "A. Fuadi", "Jalaluddin as-Suyuthi"), none of them a body's word (Rumah,
    Desa, PKK...)."""
    words = name.replace(",", " ").split()
    capitals = [word for word in words if _capitalised(word)]
    others = [word for word in words if not _capitalised(word)]
    return (2 <= len(capitals) <= 4
            and all(word.lower().split("-")[0].rstrip(".") in _NAME_PARTICLES for word in others)
            and not any(fold(word) in _BODIES for word in words))


def author_names(value: Any, joined: bool = True) -> tuple[list[str], bool]:
    """(the names, whether the cell says there are more: "dkk") of an author cell: one a line or ";"
    apart, and, when ``joined``, "A dan B", "A & B", "A / B" when each side reads as a person's name
    (``looks_personal``: not "Rumah Baca Cahaya & Pustaka Bergerak"; never at a comma, which turns a name
    round: "Hirata, Andrea"). Our own export joins names with ";" only: it is read with ``joined`` False."""
    names: list[str] = []
    more = False
    for part in parts(value):
        bare = _MORE_AUTHORS.sub("", part)
        more = more or bare != part
        pieces = [piece.strip() for piece in _JOINED.split(bare)] if joined else []
        if len(pieces) > 1 and all(looks_personal(_without_role(piece)[0]) for piece in pieces):
            names += pieces
        elif bare:
            names.append(bare)
    return names, more


# an author's role and kind after the name, as our export and hand-kept sheets write them:
# "Risdiyanto, Imam (penyunting)", "Gema Insani (badan, penerjemah)"
ROLE_WORDS = {"editor": "penyunting", "translator": "penerjemah", "illustrator": "ilustrator",
              "primary": "pengarang utama", "additional": "pengarang tambahan"}
ORGANISATION_WORD = "badan"
_ROLES_IN = {**{word: role for role, word in ROLE_WORDS.items()}, **ROLE_IN}
_KINDS_IN = {"badan", "badan korporasi", "korporasi", "lembaga", "organisasi", "organisation", "organization"}
_SUFFIX = re.compile(r"^(.*\S)\s*\(([^()]+)\)$")


def _without_role(name: str) -> tuple[str, str, str]:
    """(the name, its role or '', its kind or '') of ``Name (words)`` when every word in the brackets
    names a role or a body; a name with other words in brackets keeps them ("Hamka (Haji Abdul Malik)")."""
    found = _SUFFIX.match(name.strip())
    if not found:
        return name.strip(), "", ""
    words = [" ".join(fold(word).split()) for word in found.group(2).split(",")]
    if not all(word in _ROLES_IN or word in _KINDS_IN for word in words):
        return name.strip(), "", ""
    role = next((_ROLES_IN[word] for word in words if _ROLES_IN.get(word)), "")
    kind = "organisation" if any(word in _KINDS_IN for word in words) else ""
    return found.group(1), role, kind


def authors(value: Any, joined: bool = True) -> tuple[list[dict[str, str]], bool]:
    """The authors of a cell (``author_names``) as the catalogue keeps them, each with its role (the first
    is the primary author, the rest additional, unless the brackets after a name say otherwise) and kind."""
    names, more = author_names(value, joined)
    out = []
    for position, written in enumerate(names):
        name, role, kind = _without_role(written)
        out.append({"name": name, "role": role or ("primary" if position == 0 else "additional"),
                    "kind": kind or "person"})
    return out, more


def author_cell(entries: list[dict[str, str]]) -> str:
    """The authors as ``authors`` reads them back: ";" between them, a role or kind that is not the one
    of its place in brackets after the name."""
    written = []
    for position, author in enumerate(entries):
        words = [ORGANISATION_WORD] if author.get("kind") == "organisation" else []
        role = author.get("role") or ""
        if role and role != ("primary" if position == 0 else "additional"):
            words.append(ROLE_WORDS.get(role, role))
        written.append(f"{author['name']} ({', '.join(words)})" if words else author["name"])
    return "; ".join(written)


# a year in a number column Excel shows with a thousands separator ("Number", "Use 1000 separator"), as a CSV saved
# from it writes it: 2.008 (Indonesian), 2,008 (English)
_GROUPED_YEAR = re.compile(r"([12])[.,](\d{3})")


# a size typed as a bare number ("21", "20,5"): centimetres, as a book's size is always given
_BARE_SIZE = re.compile(r"\d{1,2}(?:[.,]\d)?")


def collation(pages: Any, size: Any) -> str:
    """The collation of a sheet that gives the pages and the size in columns of their own ("xiv, 529 hlm." and
    "20 cm"), as ISBD joins them: "xiv, 529 hlm. ; 20 cm" (a size that is a bare number is in cm: "21 cm")."""
    size_text = clean(size).strip(" ;.")
    if _BARE_SIZE.fullmatch(size_text):
        size_text += " cm"
    return " ; ".join(filter(None, [clean(pages).strip(" :;,"), size_text]))


def year_text(value: Any) -> str:
    """A year cell as text: a date cell formatted to show its year (Excel: "yyyy") is that year; a year
    typed into a date-formatted cell is a small day count (2019 is 1905-07-11 to Excel), and is that
    count."""
    day = day_of(value)
    if day is None:
        grouped = _GROUPED_YEAR.fullmatch(clean(value))  # (a CSV Excel wrote as its cell showed: "2.008")
        return grouped.group(1) + grouped.group(2) if grouped else clean(value)
    serial = (day - EXCEL_EPOCH).days
    return str(serial if 1900 <= serial <= 2100 else day.year)  # (those counts are days of 1905 only)


MAX_RANGE = 500  # more copies from one row's numbers is a slip ("001-1000"), kept as written and flagged
_RANGE_SEPARATOR = re.compile(r"\s*(?:-|–|—|s\.?\s*/?\s*d\.?|sampai(?:\s+dengan)?)\s*", re.IGNORECASE)


# a range of numbers that carry the library's code: "001-005/PD-SKM/2019" (the code once, after the range) and
# "001/PD-SKM/2019 - 005/PD-SKM/2019" or "PD.2019.001 s/d PD.2019.005" (each number in full, the same code)
_CODED_RANGE = re.compile(r"(?P<first>\d+)(?P<sep>\s*(?:-|–|—|s\.?\s*/?\s*d\.?|sampai(?:\s+dengan)?)\s*)(?P<last>\d+)"
                          r"(?P<code>\s*[/.].*)", re.IGNORECASE)


def _coded_range(text: str) -> list[str]:
    """The numbers of a range written with the library's code (``_CODED_RANGE``), each with the code as the
    book is stamped ("001/PD-SKM/2019" ... "005/PD-SKM/2019"); [] when the text is no such range."""
    coded = _CODED_RANGE.fullmatch(text)
    ends, before, after = ((coded["first"], coded["last"]), "", coded["code"].strip()) if coded else ((), "", "")
    for separator in ([] if coded else _RANGE_SEPARATOR.finditer(text)):  # (the code may hold a "-": "PD-SKM")
        first, last = (re.split(r"(\d+)", half.strip()) for half in (text[:separator.start()], text[separator.end():]))
        differ = [i for i, (a, b) in enumerate(zip(first, last, strict=False)) if a != b]
        at = differ[0] if len(differ) == 1 and len(first) == len(last) and differ[0] % 2 else 0
        if at and "".join(first[:at] + first[at + 1:]):  # one number differs, and a code beside it is alike
            ends, before, after = (first[at], last[at]), "".join(first[:at]), "".join(first[at + 1:])
            break
    if not ends or int(ends[0]) >= int(ends[1]) or int(ends[1]) - int(ends[0]) >= MAX_RANGE:
        return []
    width = len(ends[0])
    return [f"{before}{str(n).zfill(width)}{after}" for n in range(int(ends[0]), int(ends[1]) + 1)]


def accession_range(text: str) -> list[str]:
    """The accession numbers a buku induk writes for several copies in one cell, as written with their
    zeros: ``015-017``, ``018 s/d 019``, ``020, 021`` (and mixes: ``001-003, 007``), and with the library's
    code: ``001-005/PD-SKM/2019``, ``001/PD/2019 - 005/PD/2019``, ``001/PD/2019, 002/PD/2019``; [] for one number
    (``001/PD/2019``, ``2019-001``: a year and a number are no range)."""
    parts = [part for part in re.split(r"\s*[,;]\s*", text) if part]
    if len(parts) > 1 and not all(re.fullmatch(r"\d+", p) or _RANGE_SEPARATOR.search(p) for p in parts):
        return _coded_list(parts)  # (before a range: "001-003/PD/2019; 007/PD/2019" is a list, the code each's)
    coded = _coded_range(text.strip())
    if coded:
        return coded
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


def _coded_list(parts: list[str]) -> list[str]:
    """The numbers of a list written each with the library's code ("001/PD/2019, 002/PD/2019", a range among them:
    "001-003/PD/2019; 007/PD/2019"): each as written, when all are written alike but for their number; else []."""
    numbers = [number for part in parts for number in (_coded_range(part) or [part])]
    shapes = {re.sub(r"\d+", "0", number) for number in numbers}
    if len(shapes) != 1 or not re.search(r"\d", numbers[0]) or len(set(numbers)) != len(numbers):
        return []
    return numbers if re.search(r"[^\d\s]", shapes.pop()) else []


# a cell that says "nothing here": the dash typed where a value is unknown or none (a form or a list that wants
# every cell filled): no author "-", no date or language "-" to list for checking
NOTHING = frozenset({"-", "--", "---", "\u2013", "\u2014"})
# what Excel shows in a cell whose formula failed (a VLOOKUP that found nothing: #N/A): no value; Excel 365's newer
# ones, and Google Sheets' own (#ERROR!, a formula it cannot parse), which its downloads write as shown
EXCEL_ERRORS = frozenset({"#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!",
                          "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#GETTING_DATA", "#ERROR!"})


def looks_lost(text: str) -> bool:
    """Whether text is mostly question marks ("????? ????????"): script a plain CSV could not hold. A
    title that ends in a question or two ("Siapa Aku???") is not."""
    marks = text.count("?")
    return marks >= 3 and marks * 2 >= len(text.replace(" ", ""))
