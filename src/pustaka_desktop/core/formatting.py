"""How dates, numbers and money look to people: dd-mm-yyyy (and a day to act on with its weekday,
``Selasa, 8 Desember 2026``), counts with thousands separators
(``100.000`` in Indonesian, ``100,000`` in English), rupiah (``Rp 12.500`` / ``Rp 12,500``). One place,
so every page, PDF and CLI message agrees (CSV cells stay plain digits for spreadsheets).

Which language: the one a caller names, else the language of the report being written (``written_in``: an
English report made from an Indonesian screen writes ``7.4``), else the display language."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, datetime

from .i18n import QT_TRANSLATE_NOOP
from .store.clock import to_local


def format_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = to_local(value).date()
    return value.strftime("%d-%m-%Y")


class Day(date):
    """A day in a message's values (an import's left-out row, a review flag): ``"dated {date}".format(date=Day.of(d))``
    writes ``dated 05-03-2024``, day first as people here read dates, while the value stays the day it is: ``str()``
    and JSON give ISO ``2024-03-05``. Sentences are for people, also in ``pustaka-cli --json`` (as the desk's are); a
    script reads the day among the message's values, ISO."""

    @classmethod
    def of(cls, value: date) -> Day:
        return cls(value.year, value.month, value.day)

    def __format__(self, spec: str) -> str:
        if spec:
            return super().__format__(spec)
        return format_date(self)


class Month(Day):
    """A month in a message's values, named as people say it: ``Maret 2026`` / ``March 2026`` (its first day, ISO, in
    JSON, like ``Day``)."""

    def __format__(self, spec: str) -> str:
        if spec:
            return super().__format__(spec)
        return f"{(MONTHS_EN if _language() == 'en' else MONTHS_ID)[self.month - 1]} {self.year}"


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return to_local(value).strftime("%d-%m-%Y %H:%M")


_display_language = ["id"]  # set by the GUI and the CLI when they choose the user's language


def set_display_language(language: str) -> None:
    """The language numbers are written in when a caller does not say (``100.000`` / ``100,000``)."""
    _display_language[0] = "en" if language == "en" else "id"


def display_language() -> str:
    return _display_language[0]


# A report's catalogue says its language by the decimal separator it writes ("decimal separator: ," in Indonesian).
DECIMAL_MARK = QT_TRANSLATE_NOOP("Reports", "decimal separator: .")
# the language of the report being written on this thread (None: none is; a report made off the GUI thread leaves
# the pages' numbers in the display language)
_writing: ContextVar[str | None] = ContextVar("report_language", default=None)


def language_of(translate: Callable[[str, str], str]) -> str:
    """The language a report's translate function writes: ``id`` or ``en`` (the source words)."""
    return "id" if translate("Reports", DECIMAL_MARK).strip().endswith(",") else "en"


@contextmanager
def written_in(translate: Callable[[str, str], str]) -> Iterator[str]:
    """While a report is written with ``translate``, its numbers, money, months and weekdays are in the report's
    language, not the screen's (a librarian with an Indonesian screen makes the English report for a partner).
    Gives the language."""
    token = _writing.set(language_of(translate))
    try:
        yield _writing.get()
    finally:
        _writing.reset(token)


def _language(language: str | None = None) -> str:
    """The language a number is written in: the one asked for, the report's being written, or the display's."""
    return language or _writing.get() or _display_language[0]


def format_number(value: int | float, language: str | None = None) -> str:
    """Whole numbers with thousands separators: ``100.000`` in Indonesian, ``100,000`` in English."""
    text = f"{value:,.0f}"
    return text.replace(",", ".") if _language(language) == "id" else text


class Count(int):
    """A count of things in a message's values: ``"{count} records".format(count=Count(5055))`` writes
    ``5.055 records`` in Indonesian, at the moment the message is shown, while the value stays a number (it
    compares, and goes into JSON, as the int it is). A row number is no count: it stays a plain int."""

    def __format__(self, spec: str) -> str:
        return format_number(self) if not spec else super().__format__(spec)


def format_decimal(value: float, places: int = 1, language: str | None = None) -> str:
    """A figure with decimals, such as visitors per open day: ``7,4`` in Indonesian, ``7.4`` in English
    (with thousands separators like ``format_number``)."""
    text = f"{value:,.{places}f}"
    if _language(language) == "id":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def format_measure(value: float, language: str | None = None, places: int = 2) -> str:
    """A measurement such as a label's size in millimetres (or a chart's figure), with the decimals it
    has, up to ``places``: ``38,1``, ``64``, ``-1,25`` in Indonesian; ``38.1``, ``64``, ``-1.25`` in English."""
    text = format_decimal(value, places, language)
    return text.rstrip("0").rstrip(".,") if places else text


def format_percent(value: float, places: int = 1, language: str | None = None) -> str:
    """A share in per cent: ``12,5%`` in Indonesian, ``12.5%`` in English."""
    return f"{format_decimal(value, places, language)}%"


def format_money(rupiah: int | None, language: str | None = None) -> str:
    if rupiah is None:
        return ""
    sign = "-" if rupiah < 0 else ""
    return f"{sign}Rp {format_number(abs(rupiah), language)}"


# A rupiah amount as people type it: 5000, 5.000, Rp 5.000, Rp5000. No leading zero: a card number
# ("0001234") typed or scanned into an amount box is not an amount.
_RUPIAH = re.compile(r"(?:rp\.?\s*)?([1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d*)", re.IGNORECASE)


def parse_rupiah(text: str) -> int | None:
    """Whole rupiah from what was typed (``Rp 5.000`` -> 5000), or None when it is not an amount."""
    match = _RUPIAH.fullmatch((text or "").strip())
    return int(match.group(1).replace(".", "")) if match else None


MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember")


def long_date_id(day: date) -> str:
    """An Indonesian date written out, for letters and messages to patrons: ``2 Maret 2026``."""
    return f"{day.day} {MONTHS_ID[day.month - 1]} {day.year}"


# The same names as the translations of the weekday boxes (Circulation rules) and the report months, kept here
# as tables so patrons' texts in Indonesian never depend on a compiled catalogue (receipts, WhatsApp, the web).
WEEKDAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")


def weekday_name(iso: int, language: str | None = None) -> str:
    """The name of ISO weekday ``iso`` (1 Monday … 7 Sunday) in ``language`` (the display language when not said)."""
    return (WEEKDAYS_EN if _language(language) == "en" else WEEKDAYS_ID)[iso - 1]


def format_day(value: date | datetime | None, language: str | None = None, short: bool = False) -> str:
    """A day a patron acts on, with its weekday, so nobody has to work it out: ``Selasa, 8 Desember 2026`` /
    ``Tuesday, 8 December 2026``; ``short`` where space is tight: ``Sel, 08-12-2026`` / ``Tue, 08-12-2026``.
    In ``language`` (the display language when not said); a time is taken on its local day."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = to_local(value).date()
    english = _language(language) == "en"
    weekday = (WEEKDAYS_EN if english else WEEKDAYS_ID)[value.weekday()]
    if short:  # Sen Sel Rab Kam Jum Sab Min / Mon Tue …: the first three letters, as calendars print them
        return f"{weekday[:3]}, {format_date(value)}"
    month = (MONTHS_EN if english else MONTHS_ID)[value.month - 1]
    return f"{weekday}, {value.day} {month} {value.year}"


def parse_date(text: str) -> date:
    """dd-mm-yyyy (also with / or .) or ISO yyyy-mm-dd; ValueError otherwise."""
    text = text.strip()
    for fmt in ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"not a date: {text!r}")
