"""Finding a live row (not tombstoned) by what a person types or scans: a code such as a card number or a
barcode, or an entry of a short named list (member types, collection types) by its id or its name."""

from __future__ import annotations

import difflib
from typing import Any

from peewee import Field, Model, ModelSelect, fn


def live(model: type[Model]) -> ModelSelect:
    return model.select().where(model.deleted == False)  # noqa: E712


def by_code(model: type[Model], column: Field, code: str | None) -> Any:
    """The live row whose ``column`` holds ``code`` as typed or, failing that, in any case (a card number
    typed in small letters); None when there is none."""
    code = (code or "").strip()
    row = live(model).where(column == code).first()
    if row is None and code:
        row = live(model).where(fn.UPPER(column) == code.upper()).first()
    return row


def by_id_or_name(model: type[Model], value: Any) -> Any:
    """A live entry of a named list from the row itself, its id (a number or digits) or its name in any
    case; None when none matches."""
    if isinstance(value, model):
        return value
    if isinstance(value, int) or (isinstance(value, str) and value.isascii() and value.isdigit()):
        return live(model).where(model.id == int(value)).first()
    return live(model).where(fn.LOWER(model.name) == str(value or "").strip().lower()).first()


def names_and_closest(model: type[Model], value: Any) -> tuple[str, str]:
    """For a name that is none of a named list's: the list's names ("Anak-anak, Lembaga, Pelajar, Umum") and the
    one closest to it ("Anak" -> "Anak-anak"), '' when none is close, so a refusal can say what there is."""
    names = sorted(name for (name,) in live(model).select(model.name).tuples())
    typed = str(value or "").strip().lower()
    starting = [name for name in names if typed and name.lower().startswith(typed)]
    close = starting if len(starting) == 1 else difflib.get_close_matches(
        typed, [name.lower() for name in names], n=1, cutoff=0.6)
    closest = next((name for name in names if close and name.lower() == close[0].lower()), "")
    return ", ".join(names), closest


def used_elsewhere(model: type[Model], condition: Any, current: Model | None) -> bool:
    """Whether a row other than ``current`` (the one being edited; None for a new one) meets ``condition``:
    a number or barcode already taken."""
    clash = model.select().where(condition)
    if current is not None:
        clash = clash.where(model.id != current.id)
    return clash.exists()
