"""Input fields as forms, the CLI and imports hand them to the core: only names the table knows, text
trimmed, dates read from what people type."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date, datetime
from typing import Any

from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP

ISO_DATE_REFUSAL = QT_TRANSLATE_NOOP("Errors", "{value} is not a date (use YYYY-MM-DD).")


def known_fields(fields: dict[str, Any], names: Collection[str], kind: str, trim: bool = True) -> dict[str, Any]:
    """A copy of ``fields`` with text trimmed (unless ``trim`` is False); a name outside ``names`` is a
    programming error (ValueError naming the ``kind`` of fields), never a user's."""
    if not trim and isinstance(names, frozenset | set) and names.issuperset(fields):
        return dict(fields)  # (every imported record: a copy in C)
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in names:
            raise ValueError(f"unknown {kind} field {key}")
        out[key] = value.strip() if trim and isinstance(value, str) else value
    return out


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


def single_spaced(value: Any) -> str:
    """Text as one line with single spaces (None is empty): how names and short fields are kept."""
    return " ".join(str(value).split()) if value is not None else ""
