"""The cells of a visitor book kept on paper and copied into Excel, read as the visitor book here keeps
them (``core.community.visits``): who (L/P, age, occupation), why (Keperluan), and counts a person wrote
("12", "12 orang", "dua belas"). A value that cannot be read raises ``RowError`` with what was written;
a value read from words is returned with ``in_words`` set, so the import can say it read it.
(Used by ``visit_sheets``.)"""

from __future__ import annotations

import re
from typing import Any

from ..community.demographics import band_of_age
from ..i18n import QT_TRANSLATE_NOOP
from .types import RowError, clean, fold

_MALE = frozenset({"l", "lk", "laki", "laki laki", "lakilaki", "pria", "cowok", "m", "male", "putra", "lelaki"})
_FEMALE = frozenset({"p", "pr", "perempuan", "wanita", "w", "f", "female", "putri", "cewek"})

# Keperluan / Tujuan Kunjungan, as people write it (INLISLite's own purposes included), -> our purpose
_PURPOSE_WORDS = (
    ("borrow", ("pinjam", "kembali", "mengembalikan", "meminjam", "peminjaman", "pengembalian")),
    ("internet", ("internet", "wifi", "wi fi", "komputer", "online", "browsing", "e book", "ebook")),
    ("study", ("tugas", "belajar", "penelitian", "riset", "skripsi", "les", "pr", "mengerjakan", "referensi",
               "diskusi", "mencari informasi", "informasi")),
    ("activity", ("kegiatan", "acara", "lomba", "pelatihan", "rapat", "sosialisasi", "kunjungan", "mendongeng",
                  "dongeng", "workshop", "bimtek", "studi banding")),
    ("read", ("baca", "membaca", "bacaan", "koran", "majalah", "buku", "melihat lihat", "lihat")),
)

_ONES = {"nol": 0, "satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
         "delapan": 8, "sembilan": 9}
NUMBER_TOO_BIG = 10_000  # a count beyond this in one row of a village visitor book is a typo


def gender(value: Any) -> str:
    """"M", "F" or "" (empty); anything else raises RowError."""
    text = fold(clean(value))
    if not text or text in ("-", ""):
        return ""
    if text in _MALE:
        return "M"
    if text in _FEMALE:
        return "F"
    raise RowError(QT_TRANSLATE_NOOP("Import", "L/P: {value} is neither L nor P (left empty)."), value=clean(value))


def age_band_of(value: Any) -> str:
    """The age band of an age written in whole years ("12", "12 th", "12 tahun"); "" when empty; RowError
    for anything else (a birth date, "anak", words)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value == int(value) and 0 <= value <= 120:
            return band_of_age(int(value))
    text = fold(clean(value))
    if not text or text == "-":
        return ""
    match = re.fullmatch(r"(\d{1,3})\s*(th|thn|tahun|tahunan|thun)?", text)
    if match and int(match.group(1)) <= 120:
        return band_of_age(int(match.group(1)))
    raise RowError(QT_TRANSLATE_NOOP("Import", "Age: {value} is not an age in years (left empty)."),
                   value=clean(value))


def purpose(value: Any) -> str:
    """Our purpose of a visit from what the book says; "read" when it says nothing (the book's usual
    reason), "other" when it says something else."""
    text = fold(clean(value))
    if not text or text == "-":
        return "read"
    words = f" {text} "
    for key, markers in _PURPOSE_WORDS:
        if any(f" {marker} " in words or text.startswith(marker) for marker in markers):
            return key
    return "other"


def words_number(text: str) -> int | None:
    """An Indonesian number written in words, up to 9999 ("dua belas", "seratus dua puluh lima"); None
    when it is not one."""
    words = fold(text).replace("sebelas", "satu belas").replace("seratus", "satu ratus") \
        .replace("sepuluh", "satu puluh").replace("seribu", "satu ribu").split()
    words = [w for w in words if w not in ("orang", "org", "anak", "peserta")]
    if not words:
        return None
    total, current = 0, 0
    for word in words:
        if word in _ONES:
            current += _ONES[word]
        elif word == "belas":
            current += 10
        elif word in ("puluh", "ratus", "ribu"):
            scale = {"puluh": 10, "ratus": 100, "ribu": 1000}[word]
            if scale == 1000:
                total += (current or 1) * 1000
                current = 0
            else:
                current = (current % 10 or 1) * scale + (current - current % 10)
        else:
            return None
    return total + current


def count(value: Any, column: str) -> tuple[int | None, bool]:
    """(a count, whether it was written in words) from a cell: 12, "12", "12 orang", "dua belas"; (None,
    False) for an empty cell or "-". RowError for anything else, a negative or a count too big."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if value != int(value) or not 0 <= value < NUMBER_TOO_BIG:
            raise RowError(NOT_A_COUNT, column=column, value=clean(value))
        return int(value), False
    text = clean(value)
    if not text or text in ("-", "--"):
        return None, False
    match = re.fullmatch(r"(\d{1,4})(?:[.,]0+)?\s*(orang|org|peserta|anak)?\.?", text.lower())
    if match:
        return int(match.group(1)), False
    number = words_number(text)
    if number is None or number >= NUMBER_TOO_BIG:
        raise RowError(NOT_A_COUNT, column=column, value=text)
    return number, True


NOT_A_COUNT = QT_TRANSLATE_NOOP("Import", "{column}: {value} is not a number of people.")


# a group written in the name cell of a book without count columns: "SDN 1 Sukamaju (25 siswa)", "PKK RW 03 12 orang"
_GROUP_IN_NAME = re.compile(r"[(\s](\d{1,4})\s*(?:siswa|murid|orang|org|anak|peserta|mahasiswa|santri|ibu)\b\)?\s*$")


def group_in_name(name: str) -> int | None:
    """The number of people a name cell says it signs for (a class, a group), when more than one; else None."""
    found = _GROUP_IN_NAME.search(f" {fold(name)}")
    return int(found.group(1)) if found and int(found.group(1)) > 1 else None


NOT_KEPT = QT_TRANSLATE_NOOP(
    "Import", "Columns the visitor book here has no place for, not imported: {columns}.")
ORIGIN_ONLY = QT_TRANSLATE_NOOP(
    "Import", "{columns}: read only as this village or elsewhere, for the reports; the visitor book here keeps no "
              "address.")
OTHER_PURPOSE = QT_TRANSLATE_NOOP(
    "Import", "{count} row(s) give a purpose the book does not count by, counted as other (rows {rows}): {values}.")
