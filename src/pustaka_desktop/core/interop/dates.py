"""Dates as people and systems write them in the files an import reads: ISO days and SLiMS's
``0000-00-00`` for none (and that none as PHP's ``date()`` writes it: ``30-11--0001``), day-first Indonesian forms (``12/1/19``, ``12-Jan-19``, ``1 Agt. 2020``, ``Senin,
3 Maret 2019``), a month without its day (``Maret 2019``: its first day, said so by ``month_only``), and
Excel's day numbers (a date cell read as a number). A date that cannot be read raises ``RowError``
(the formats keep such a value as written and flag it: ``types.soft``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from ..fields import day_of
from ..i18n import QT_TRANSLATE_NOOP
from ..store.clock import SystemClock, this_year
from .types import RowError, clean

_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%Y/%m/%d", "%d.%m.%Y")


def parse_date(value: Any, column: str) -> date | None:
    if value is None or value == "":
        return None
    if value.__class__ is str:
        return _date_text(value, column)
    return _parse_date(value, column)


# said as people here write a date, day first (the review list takes a correction so, or as 2012-08-17)
NOT_A_DATE = QT_TRANSLATE_NOOP("Import", "{column}: {value} is not a date (write it day first, e.g. 17-08-2012).")
# (the same, as review flags of earlier versions keep it: still shown in the reader's language)
NOT_A_DATE_BEFORE = QT_TRANSLATE_NOOP("Import", "{column}: {value} is not a date (use YYYY-MM-DD).")


# MySQL's zero date (a date never entered) through PHP's ``date('d-m-Y', strtotime(...))``: INLISLite's reports
# write it so ("30-11--0001"; year -1), as ``Y-m-d`` "-0001-11-30": no day, not a day to correct
_PHP_ZERO_DATE = re.compile(r"(?:30[-/.]11[-/.]-0001|-0001-11-30)(?:\s.*)?$")


def _parse_date(value: Any, column: str) -> date | None:
    day = day_of(value) or excel_serial_day(value)
    if day is not None:
        return day
    text = clean(value)
    if not text or text.startswith("0000-00-00") or _PHP_ZERO_DATE.match(text):
        return None
    # "Senin, 3 Maret 2019": the day of the week adds nothing; nor a full stop after the year ("3 Maret 2019.")
    written = _WEEKDAY.sub("", text).removesuffix(".")
    text = written.split(" ")[0].split("T")[0]
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    day = _in_a_date_format(text) or _written_date(written) or month_of(written)
    if day is not None:
        return day
    error = RowError(NOT_A_DATE, column=column, value=clean(value))
    error.suggestion = date_suggestion(written)
    raise error


# Dates written in a way that is not read as a date but whose day is plain to a person: offered on the review list
# as the suggestion, never taken alone (the copy keeps the value as written in its note until the librarian says)
_APOSTROPHE_YEAR = re.compile(r"^(.*?)\s*['\u2019`](\d{2})$")  # "12 Mrt '15": the year's first two digits left out
_MONTH_SHORT_YEAR = re.compile(r"([A-Za-z]+)\.?[\s./-]*'?(\d{2})")  # "Mar-15", "Maret 15": Excel's "mmm-yy"


def date_suggestion(text: str) -> str:
    """The day (YYYY-MM-DD) a person reads in a date the import could not read: ``12 Mrt '15`` (2015-03-12),
    ``Mar-15`` and ``Maret '15`` (March 2015, as Excel shows a date formatted mmm-yy: its first day); else ""."""
    text = " ".join(str(text or "").split())
    apostrophe = _APOSTROPHE_YEAR.match(text)
    if apostrophe:
        day = _written_date(f"{apostrophe.group(1)} {apostrophe.group(2)}") if apostrophe.group(1)[:1].isdigit() \
            else None
        if day is not None:
            return day.isoformat()
        text = f"{apostrophe.group(1)}-{apostrophe.group(2)}"
    short = _MONTH_SHORT_YEAR.fullmatch(text)
    month = _MONTHS.get(short.group(1).lower()) if short else None
    if not month:
        return ""
    return date(_century(short.group(2)), month, 1).isoformat()


def _century(year: str) -> int:
    """A two-digit year: this century's unless that would be in the future (the PC's clock: a file's dates carry
    no clock of their own)."""
    return 2000 + int(year) if 2000 + int(year) <= this_year(SystemClock()) else 1900 + int(year)


# Excel counts days from 1899-12-30; a date cell read as a number (a CSV saved from a column whose
# date format was lost, a cell formatted as General) holds that count. 10000..60000 is 1927..2064: a
# plausible day in a date column, and never a year (four digits) or a written date
EXCEL_EPOCH = date(1899, 12, 30)
EXCEL_SERIALS = range(10000, 60001)


def excel_serial_day(value: Any) -> date | None:
    """The day an Excel date serial (``43536``, ``43536.0``, ``"44270"``) names; None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        value = int(value) if value.strip().isascii() and value.strip().isdigit() else None
    if isinstance(value, int | float) and int(value) in EXCEL_SERIALS:
        return EXCEL_EPOCH + timedelta(days=int(value))
    return None


# months as people write them in a buku induk: Indonesian and English names, short or whole
_MONTHS = {name: n for n, names in enumerate((
    ("januari", "january", "jan"), ("februari", "february", "feb", "febr", "peb", "pebr", "pebruari"),
    ("maret", "march", "mar", "mrt"), ("april", "apr"), ("mei", "may"), ("juni", "june", "jun"),
    ("juli", "july", "jul"), ("agustus", "august", "agu", "agt", "ags", "agst", "agus", "agust", "aug"),
    ("september", "sep", "sept"), ("oktober", "october", "okt", "oct"), ("november", "nopember", "nov", "nop"),
    ("desember", "december", "des", "dec")), start=1) for name in names}
# and as a letter number writes them, in Roman numerals: "12-III-2019", "12/XI/2019"
_MONTHS |= {roman: n for n, roman in enumerate(("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"),
                                                start=1)}
_WRITTEN = re.compile(r"(\d{1,2})[\s./-]*([A-Za-z]+)\.?[\s./,-]*(\d{4}|\d{2})")
_SHORT = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})")
_WEEKDAY = re.compile(r"(?i)^(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday"
                      r"|friday|saturday|sunday)\b[\s,]*")
_MONTH_YEAR = re.compile(r"([A-Za-z]+)\.?[\s./,-]*(\d{4})|(\d{1,2})[/.-](\d{4})")


def month_of(text: str) -> date | None:
    """The first day of a month written without its day (``Maret 2019``, ``Jan 2019``, ``03/2019``): a
    buku induk often says no more. The caller says the day was not written (``month_only``)."""
    written = _MONTH_YEAR.fullmatch(text.strip())
    if not written:
        return None
    month = _MONTHS.get(written.group(1).lower()) if written.group(1) else int(written.group(3))
    year = int(written.group(2) or written.group(4))
    return date(year, month, 1) if month and 1 <= month <= 12 and 1000 <= year else None


def month_only(value: Any) -> bool:
    """Whether a date as written names only its month and year (``month_of``): its day is a guess."""
    return isinstance(value, str) and month_of(_WEEKDAY.sub("", value.strip())) is not None


def _in_a_date_format(text: str) -> date | None:
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _written_date(text: str) -> date | None:
    """``12 Januari 2019``, ``12-Jan-19``, ``1 Agt. 2020``, ``12/1/19``, ``12 - 03 - 2019`` (day first, as
    Indonesia writes dates; a two-digit year is this century's unless that would be in the future)."""
    text = re.sub(r"\s*([/.-])\s*", r"\1", text)
    day = _in_a_date_format(text)  # (the spaces around the separators taken out: "12 - 03 - 2019")
    if day is not None:
        return day
    written = _WRITTEN.fullmatch(text)
    if written:
        day, month, year = int(written.group(1)), _MONTHS.get(written.group(2).lower()), written.group(3)
    else:
        short = _SHORT.fullmatch(text)
        if not short:
            return None
        day, month, year = int(short.group(1)), int(short.group(2)), short.group(3)
    if len(year) == 2:
        year = str(_century(year))
    try:
        return date(int(year), month, day) if month else None
    except ValueError:
        return None


# a catalogue's dates repeat (received on the same days, "0000-00-00" for none): each text read once
_date_text = functools.lru_cache(maxsize=8192)(_parse_date)


# A date a spreadsheet wrote month first, as Excel set to English (United States) saves a CSV: 3/12/2019 is
# 12 March; read day first it is 3 December, a day that can be right, so a column is known by the dates that
# cannot be read the other way: 12/25/2019 (no 25th month) and no 25/12/2019 beside it.
MONTH_FIRST = QT_TRANSLATE_NOOP(
    "Import", "{columns}: the dates are written month first, as Excel set to English (United States) saves a file "
              "(12/25/2019), and were read so: 3/12/2019 is 12 March 2019.")
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?=$|\s)")


def month_first(values: Iterable[Any]) -> bool:
    """Whether a column's dates are written month first: one of them only can be (12/25/2019), none only day first.
    The values are read until one can only be day first (as most are in Indonesia: a big file is not read through)."""
    month_first_only = False
    for value in values:
        written = _SLASHED.match(value.strip()) if value.__class__ is str else None
        if written:
            first, second = int(written.group(1)), int(written.group(2))
            if second <= 12 < first:
                return False
            month_first_only |= first <= 12 < second
    return month_first_only


def day_first(value: Any) -> Any:
    """A month-first date (``3/12/2019``) written day first (``12/3/2019``); anything else as it is."""
    written = _SLASHED.match(value.strip()) if value.__class__ is str else None
    if not written:
        return value
    return f"{written.group(2)}/{written.group(1)}/{written.group(3)}{value.strip()[written.end():]}"
