"""How dates, numbers and money look to people: dd-mm-yyyy, counts with thousands separators
(``100.000`` in Indonesian, ``100,000`` in English), rupiah (``Rp 12.500`` / ``Rp 12,500``). One place,
so every page, PDF and CLI message agrees (CSV cells stay plain digits for spreadsheets)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .store.clock import to_local

ISO_DATE_REFUSAL = QT_TRANSLATE_NOOP("Errors", "{value} is not a date (use YYYY-MM-DD).")


def format_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = to_local(value).date()
    return value.strftime("%d-%m-%Y")


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


def format_number(value: int | float, language: str | None = None) -> str:
    """Whole numbers with thousands separators: ``100.000`` in Indonesian, ``100,000`` in English."""
    text = f"{value:,.0f}"
    return text.replace(",", ".") if (language or _display_language[0]) == "id" else text


def format_money(rupiah: int | None, language: str | None = None) -> str:
    if rupiah is None:
        return ""
    sign = "-" if rupiah < 0 else ""
    return f"{sign}Rp {format_number(abs(rupiah), language)}"


MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember")


def long_date_id(day: date) -> str:
    """An Indonesian date written out, for letters and messages to patrons: ``2 Maret 2026``."""
    return f"{day.day} {MONTHS_ID[day.month - 1]} {day.year}"


def parse_date(text: str) -> date:
    """dd-mm-yyyy (also with / or .) or ISO yyyy-mm-dd; ValueError otherwise."""
    text = text.strip()
    for fmt in ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"not a date: {text!r}")


def day_of(value: Any) -> date | None:
    """The day a date or datetime value names (a spreadsheet cell, a stored field); None for anything
    else, such as text, which is the caller's to read."""
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


def date_field(value: Any, field: str, parse: Callable[[str], date] = date.fromisoformat,
               refusal: str = ISO_DATE_REFUSAL) -> date | None:
    """A date as typed or stored: empty is None, a date passes, text is read by ``parse`` (YYYY-MM-DD
    unless told); text it cannot read is a ValidationError naming ``field`` (``refusal``: the message,
    marked for translation, with {value})."""
    if value is None or value == "":
        return None
    day = day_of(value)
    if day is not None:
        return day
    try:
        return parse(str(value).strip())
    except ValueError:
        raise ValidationError(refusal, field=field, value=str(value).strip()) from None
